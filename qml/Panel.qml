// SPDX-License-Identifier: Apache-2.0
import QtQuick

// A white card on the paper background that groups one subject.
Rectangle {
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.line
    border.width: 1
}
