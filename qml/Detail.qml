// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One rule of the programme: its name on the left, its value on the right.
RowLayout {
    id: detail

    required property string name
    required property string value

    spacing: Theme.gap

    Label {
        Layout.preferredWidth: 140
        Layout.alignment: Qt.AlignTop
        topPadding: 2
        text: detail.name
        color: Theme.muted
        font.pixelSize: Theme.small
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignTop
        text: detail.value
        color: Theme.ink
        wrapMode: Text.Wrap
    }
}
