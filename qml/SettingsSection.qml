// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One page of the settings: a title, a line on what it is for, and its
// fields below, scrolled when the window is too low for them.
Flickable {
    id: section

    property string title
    property string summary
    default property alias fields: column.data

    contentWidth: width
    contentHeight: column.implicitHeight + 2 * Theme.margin
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    ColumnLayout {
        id: column

        x: Theme.margin
        y: Theme.margin
        width: section.width - 2 * Theme.margin
        spacing: Theme.gap

        Label {
            Layout.fillWidth: true
            text: section.title
            font.pixelSize: Theme.title
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: section.summary.length > 0
            text: section.summary
            color: Theme.muted
            wrapMode: Text.Wrap
        }
    }
}
