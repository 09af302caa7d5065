// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A PIN pad for a touch screen and a keyboard alike: large keys, the
// digits typed shown as dots, Backspace to take one back, Enter to send.
// It says nothing of its own about a PIN: the session checks it, and what
// the session answers is shown in message.
FocusScope {
    id: pad

    // What the pad is for, e.g. "Lan's PIN".
    property string title
    // The session's answer to the last PIN (a refusal), or advice.
    property string message
    // The PIN is being checked: the keys wait.
    property bool busy: false
    // Locked out: the keys wait, the message says until when.
    property bool locked: false
    readonly property int length: pad.typed.length
    property string typed: ""

    signal submitted(string pin)

    function press(digit) {
        if (pad.busy || pad.locked || pad.typed.length >= 8)
            return;
        pad.typed += digit;
    }
    function backspace() {
        pad.typed = pad.typed.slice(0, -1);
    }
    function clear() {
        pad.typed = "";
    }
    function submit() {
        if (pad.busy || pad.locked || pad.typed.length === 0)
            return;
        const pin = pad.typed;
        pad.typed = "";
        pad.submitted(pin);
    }

    objectName: "pinPad"
    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight
    activeFocusOnTab: true

    Keys.onPressed: (event) => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            pad.press(String(event.key - Qt.Key_0));
        } else if (event.key === Qt.Key_Backspace) {
            pad.backspace();
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            pad.submit();
        } else if (event.key === Qt.Key_Escape && pad.typed.length > 0) {
            pad.clear();
        } else {
            return;
        }
        event.accepted = true;
    }

    ColumnLayout {
        id: column

        anchors.fill: parent
        spacing: Theme.gap

        Label {
            objectName: "pinTitle"
            Layout.fillWidth: true
            visible: pad.title.length > 0
            text: pad.title
            font.pixelSize: Theme.large
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }

        // The digits typed, as dots; a line when none.
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: keys.implicitWidth
            implicitHeight: 56
            radius: Theme.radius
            color: Theme.background
            border.color: pad.activeFocus ? Theme.ink : Theme.line
            border.width: pad.activeFocus ? 2 : 1

            Label {
                objectName: "pinDots"
                anchors.centerIn: parent
                text: pad.typed.length > 0 ? "●".repeat(pad.typed.length) : "—"
                color: Theme.ink
                font.pixelSize: Theme.large
                font.letterSpacing: 6
            }
            BusyIndicator {
                objectName: "pinBusy"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.rightMargin: 8
                height: 40
                width: 40
                running: pad.busy
                visible: pad.busy
            }
        }

        GridLayout {
            id: keys

            Layout.alignment: Qt.AlignHCenter
            columns: 3
            rowSpacing: 10
            columnSpacing: 10

            Repeater {
                // Each key with its pad (Qt 6.4's qmllint does not let a
                // delegate see the ids around it).
                model: {
                    const keys = [];
                    for (const k of ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "✓"])
                        keys.push({ key: k, pad: pad });
                    return keys;
                }

                delegate: Button {
                    id: key

                    required property var modelData
                    readonly property string symbol: key.modelData.key
                    readonly property PinPad pad: key.modelData.pad

                    objectName: key.symbol === "⌫" ? "pinBackspace"
                              : key.symbol === "✓" ? "pinEnter" : "pinKey_" + key.symbol
                    text: key.symbol
                    // The keyboard stays with the pad.
                    focusPolicy: Qt.NoFocus
                    enabled: !key.pad.busy && !key.pad.locked
                             && (key.symbol !== "✓" || key.pad.typed.length > 0)
                    implicitWidth: 88
                    implicitHeight: 64
                    font.pixelSize: Theme.title
                    Accessible.name: key.symbol === "⌫" ? qsTr("Delete the last digit")
                                   : key.symbol === "✓" ? qsTr("Enter the PIN") : key.symbol
                    onClicked: {
                        if (key.symbol === "⌫")
                            key.pad.backspace();
                        else if (key.symbol === "✓")
                            key.pad.submit();
                        else
                            key.pad.press(key.symbol);
                        key.pad.forceActiveFocus();
                    }

                    contentItem: Label {
                        text: key.text
                        font: key.font
                        color: key.enabled ? (key.symbol === "✓" ? Theme.surface : Theme.ink) : Theme.muted
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    background: Rectangle {
                        radius: Theme.radius
                        color: key.symbol === "✓" && key.enabled
                               ? (key.down ? Qt.darker(Theme.accent, 1.2) : Theme.accent)
                               : (key.down ? Theme.line : Theme.surface)
                        border.color: Theme.line
                    }
                }
            }
        }

        Label {
            objectName: "pinMessage"
            Layout.fillWidth: true
            Layout.preferredWidth: keys.implicitWidth
            visible: pad.message.length > 0
            text: pad.message
            color: Theme.bad
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }
}
