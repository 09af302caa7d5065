// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls

// The card's progress as a customer knows it from a paper card: one circle
// per stamp of the goal, filled for the stamps collected. A goal too long
// to count at a glance is drawn as a bar.
Item {
    id: row

    required property int stamps
    required property int goal

    // Beyond this many circles nobody counts them; a bar reads better.
    readonly property int mostCircles: 30
    readonly property bool asCircles: row.goal <= row.mostCircles
    readonly property int shown: Math.min(row.stamps, row.goal)
    readonly property int circle: row.goal <= 10 ? 52 : 40

    implicitWidth: row.asCircles ? circles.implicitWidth : 400
    implicitHeight: row.asCircles ? circles.implicitHeight : bar.implicitHeight

    Accessible.role: Accessible.ProgressBar
    Accessible.name: qsTr("%1 of %n stamp(s)", "", row.goal).arg(row.shown)

    Flow {
        id: circles

        visible: row.asCircles
        width: row.width
        spacing: 10

        Repeater {
            // Qt 6.4's qmllint does not let a delegate see the ids around it
            // (pragma ComponentBehavior comes with 6.5), so each stamp gets
            // all it needs through its model data.
            model: {
                const stamps = [];
                for (let i = 0; row.asCircles && i < row.goal; ++i)
                    stamps.push({ filled: i < row.shown, size: row.circle });
                return stamps;
            }

            delegate: Rectangle {
                id: stamp

                required property int index
                required property var modelData
                readonly property bool filled: stamp.modelData.filled

                width: stamp.modelData.size
                height: stamp.modelData.size
                radius: width / 2
                color: stamp.filled ? Theme.accent : Theme.surface
                border.width: 2
                border.color: stamp.filled ? Theme.accent : Theme.line

                Label {
                    anchors.centerIn: parent
                    // A filled circle shows the stamp's mark, an empty one
                    // its number, so that the count can be read either way.
                    text: stamp.filled ? "✓" : Theme.number(stamp.index + 1, 0)
                    color: stamp.filled ? Theme.surface : Theme.muted
                    font.pixelSize: stamp.filled ? stamp.width * 0.5 : stamp.width * 0.34
                    font.bold: stamp.filled
                }
            }
        }
    }

    Rectangle {
        id: bar

        visible: !row.asCircles
        width: row.width
        implicitHeight: 16
        radius: height / 2
        color: Theme.line

        Rectangle {
            width: parent.width * row.shown / Math.max(1, row.goal)
            height: parent.height
            radius: height / 2
            color: Theme.accent
        }
    }
}
