// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A field's name above it, and what is wrong with its value below it (in
// the rules' words), both wrapping rather than clipped.
ColumnLayout {
    id: label

    property string text
    property string problem
    property string hint
    default property alias control: holder.data

    Layout.fillWidth: true
    spacing: 4

    Label {
        Layout.fillWidth: true
        text: label.text
        font.bold: true
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: label.hint.length > 0
        text: label.hint
        color: Theme.muted
        font.pixelSize: Theme.small
        wrapMode: Text.Wrap
    }
    RowLayout {
        id: holder

        Layout.fillWidth: true
        spacing: Theme.gap
    }
    Label {
        Layout.fillWidth: true
        visible: label.problem.length > 0
        text: label.problem
        color: Theme.bad
        wrapMode: Text.Wrap
    }
}
