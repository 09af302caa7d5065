// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// Online or offline, and how many changes wait to be sent: always in
// sight, so that nobody wonders whether an offline register still records.
// A word for the state and a short count (the header is crowded), never
// cut off; the sentences in the tooltip.
Rectangle {
    id: indicator

    required property SyncStatus sync

    implicitWidth: row.implicitWidth + 2 * 12
    implicitHeight: Math.max(36, row.implicitHeight + 8)
    radius: height / 2
    color: indicator.sync.online ? Theme.goodSoft : Theme.background
    border.color: Theme.line

    ToolTip.visible: hover.hovered
    ToolTip.text: indicator.sync.stateText + "\n" + indicator.sync.pendingText
    Accessible.role: Accessible.StaticText
    Accessible.name: indicator.sync.stateText + ". " + indicator.sync.pendingText

    HoverHandler {
        id: hover
    }

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        spacing: 8

        Rectangle {
            implicitWidth: 12
            implicitHeight: 12
            radius: 6
            // The accent while a round runs.
            color: indicator.sync.syncing ? Theme.accent : indicator.sync.online ? Theme.good : Theme.muted
        }
        Label {
            objectName: "syncState"
            text: indicator.sync.stateWord
            color: Theme.ink
            font.pixelSize: Theme.small
            font.bold: true
        }
        Label {
            objectName: "syncPending"
            text: indicator.sync.pendingShort
            color: indicator.sync.pendingCount > 0 ? Theme.accent : Theme.muted
            font.pixelSize: Theme.small
            font.bold: indicator.sync.pendingCount > 0
        }
    }
}
