// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A number the cashier reads at a glance, under a small label.
ColumnLayout {
    id: figure

    required property string label
    required property int value
    property bool highlight: false

    spacing: 2

    Label {
        Layout.fillWidth: true
        text: figure.label
        color: Theme.muted
        font.pixelSize: Theme.small
        wrapMode: Text.Wrap
    }
    Label {
        objectName: figure.objectName + "Value"
        text: Theme.number(figure.value, 0)
        color: figure.highlight ? Theme.accent : Theme.ink
        font.pixelSize: Theme.title
        font.bold: true
    }
}
