// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls

// A short word on a coloured pill: a card's status, a reward's kind.
Label {
    id: badge

    property color tint: Theme.muted
    property color fill: Theme.background

    color: badge.tint
    font.pixelSize: Theme.small
    font.bold: true
    leftPadding: 12
    rightPadding: 12
    topPadding: 4
    bottomPadding: 4
    background: Rectangle {
        radius: height / 2
        color: badge.fill
    }
}
