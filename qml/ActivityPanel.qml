// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// Today at this register, newest first, with Undo for a stamp or a
// redemption made by mistake (Ctrl+Z takes back the newest). Beyond the
// undo window the model asks for a manager's PIN first.
Panel {
    id: panel

    required property ActivityModel activity

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap / 2

        Label {
            Layout.fillWidth: true
            //: Heading of the list of what happened today at this register
            text: qsTr("Today")
            color: Theme.ink
            font.pixelSize: Theme.large
            font.bold: true
        }

        Label {
            objectName: "activityMessage"
            visible: text !== ""
            Layout.fillWidth: true
            padding: 8
            text: panel.activity.message
            color: panel.activity.failed ? Theme.bad : Theme.ink
            wrapMode: Text.Wrap
            background: Rectangle {
                radius: Theme.radius
                color: panel.activity.failed ? Theme.badSoft : Theme.accentSoft
            }
        }

        CounterButton {
            objectName: "cancelApprovalButton"
            visible: panel.activity.awaitingManager
            //: Give up an undo that waits for a manager's PIN
            text: qsTr("Do not undo")
            onClicked: panel.activity.cancelApproval()
        }

        Label {
            visible: panel.activity.count === 0
            Layout.fillWidth: true
            text: qsTr("Nothing yet today.")
            color: Theme.muted
            wrapMode: Text.Wrap
        }

        ListView {
            id: list

            objectName: "activityList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: panel.activity
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            delegate: RowLayout {
                id: entry

                required property int index
                required property string time
                required property string kind
                required property string card
                required property string staff
                required property string detail
                required property bool undone
                required property bool canUndo
                required property bool needsManager

                objectName: "activityRow"
                width: ListView.view.width
                spacing: 8
                opacity: entry.undone ? 0.55 : 1

                Label {
                    Layout.alignment: Qt.AlignTop
                    text: entry.time
                    color: Theme.muted
                    font.pixelSize: Theme.small
                    font.family: Theme.monospace
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0

                    Label {
                        Layout.fillWidth: true
                        //: A line of today's activity: what, the card, the detail
                        text: entry.detail !== "" ? qsTr("%1 · %2 · %3").arg(entry.kind).arg(entry.card).arg(entry.detail)
                                                  : qsTr("%1 · %2").arg(entry.kind).arg(entry.card)
                        color: Theme.ink
                        font.pixelSize: Theme.small
                        font.strikeout: entry.undone
                        // One line, elided: a wrapped label in a list's
                        // row layout makes Qt 6.4's layouts polish in a loop.
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        //: Who did it; %1 is a staff member's name
                        text: qsTr("by %1").arg(entry.staff)
                        color: Theme.muted
                        font.pixelSize: Theme.small
                        elide: Text.ElideRight
                    }
                }
                CounterButton {
                    objectName: "undoButton"
                    visible: entry.canUndo
                    implicitHeight: 48
                    font.pixelSize: Theme.small
                    //: Take back a stamp or a redemption; "(PIN)" when it needs a manager's PIN
                    text: entry.needsManager ? qsTr("Undo (PIN)") : qsTr("Undo")
                    // (The list's model: Qt 6.4's qmllint does not let a
                    // delegate see the ids around it.)
                    onClicked: entry.ListView.view.model.undo(entry.index)
                }
            }
        }
    }
}
