// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls

// A button of the counter: at least 56 px each way for a finger on a touch
// screen, in the accent colour when it is the action of the moment.
Button {
    id: button

    property bool primary: false
    property color tint: Theme.accent

    // A click leaves the keyboard where it was (the search field); Tab
    // still reaches the button, and Enter presses it as Space does.
    focusPolicy: Qt.TabFocus
    Keys.onReturnPressed: button.clicked()
    Keys.onEnterPressed: button.clicked()

    implicitHeight: Math.max(56, implicitContentHeight + topPadding + bottomPadding)
    // A one-character button ("+") is a finger's width too.
    implicitWidth: Math.max(56, implicitContentWidth + leftPadding + rightPadding)
    padding: 14
    font.pixelSize: Theme.large
    font.bold: button.primary

    contentItem: Label {
        text: button.text
        font: button.font
        color: !button.enabled ? Theme.muted : (button.primary ? Theme.surface : Theme.ink)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        radius: Theme.radius
        color: !button.enabled ? Theme.background
                               : button.primary ? (button.down ? Qt.darker(button.tint, 1.2) : button.tint)
                                                : (button.down ? Theme.line : Theme.surface)
        border.width: button.visualFocus ? 3 : 1
        border.color: button.visualFocus ? Theme.ink : (button.primary ? button.tint : Theme.line)
    }
}
