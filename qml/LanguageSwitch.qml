// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import Stampdesk.App

// The UI language as a two-way switch, each language named in its own
// words so that anyone can find theirs. Ctrl+L switches from the keyboard.
Rectangle {
    id: languageSwitch

    required property Language language

    implicitWidth: choices.implicitWidth + 8
    implicitHeight: choices.implicitHeight + 8
    radius: height / 2
    color: Theme.background
    border.color: Theme.line

    Row {
        id: choices

        anchors.centerIn: parent
        spacing: 2

        Repeater {
            // Qt 6.4's qmllint does not let a delegate see the ids around it
            // (pragma ComponentBehavior comes with 6.5), so each button gets
            // the Language object through its model data.
            model: {
                const choices = [];
                for (const code of languageSwitch.language.codes)
                    choices.push({ code: code, language: languageSwitch.language });
                return choices;
            }

            delegate: AbstractButton {
                id: choice

                required property var modelData
                readonly property bool current: choice.modelData.language.code === choice.modelData.code

                objectName: "language_" + choice.modelData.code
                text: choice.modelData.language.nativeName(choice.modelData.code)
                // The search field keeps the keyboard focus; a click only switches.
                focusPolicy: Qt.NoFocus
                topPadding: 6
                bottomPadding: 6
                leftPadding: 16
                rightPadding: 16
                onClicked: choice.modelData.language.setCode(choice.modelData.code)

                Accessible.role: Accessible.RadioButton
                Accessible.checked: choice.current
                ToolTip.visible: choice.hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Switch the language (Ctrl+L)")

                contentItem: Label {
                    text: choice.text
                    color: choice.current ? Theme.surface : Theme.ink
                    font.pixelSize: Theme.body
                    font.weight: Font.DemiBold
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: height / 2
                    color: choice.current ? Theme.accent : (choice.hovered ? Theme.line : "transparent")
                }
            }
        }
    }
}
