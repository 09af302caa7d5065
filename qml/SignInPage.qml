// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// Who works the register: the active members as big buttons, then the
// chosen member's PIN. Every action at the counter is recorded under the
// name signed in here.
FocusScope {
    id: page

    required property Shell shell
    readonly property StaffSession staff: page.shell.staff
    property string chosenId: ""
    property string chosenName: ""

    function choose(staffId, name) {
        page.chosenId = staffId;
        page.chosenName = name;
        pad.message = "";
        pad.clear();
        page.staff.pick(staffId);
        pad.forceActiveFocus();
    }

    // Ready for the next member: one alone is chosen at once.
    function reset() {
        pad.clear();
        pad.message = "";
        const list = page.shell.staffList;
        if (list.count === 1) {
            page.choose(list.staffIdAt(0), list.nameAt(0));
        } else {
            page.chosenId = "";
            page.chosenName = "";
            pad.forceActiveFocus();
        }
    }

    onVisibleChanged: if (page.visible) resetLater.restart()
    Component.onCompleted: if (page.visible) resetLater.restart()

    Timer {
        id: resetLater

        interval: 0
        onTriggered: page.reset()
    }

    Connections {
        target: page.staff
        enabled: page.visible

        function onRefused(message) {
            pad.message = message;
            pad.clear();
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        Panel {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.margin
                spacing: Theme.gap

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Who is at the register?")
                    font.pixelSize: Theme.title
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Choose your name, then type your PIN.")
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }

                Flickable {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    contentHeight: names.implicitHeight
                    clip: true

                    Flow {
                        id: names

                        width: parent.width
                        spacing: Theme.gap

                        Repeater {
                            id: members

                            // Each member with the page (Qt 6.4's qmllint does
                            // not let a delegate see the ids around it).
                            model: {
                                const buttons = [];
                                for (const member of page.shell.staffList.list)
                                    buttons.push(Object.assign({ page: page }, member));
                                return buttons;
                            }

                            delegate: Button {
                                id: member

                                required property var modelData
                                readonly property string staffId: member.modelData.staffId
                                readonly property string name: member.modelData.name
                                readonly property bool isManager: member.modelData.isManager
                                readonly property bool chosen: member.staffId === member.modelData.page.chosenId

                                objectName: "staffButton_" + member.name
                                width: 240
                                implicitHeight: 88
                                focusPolicy: Qt.NoFocus
                                onClicked: member.modelData.page.choose(member.staffId, member.name)

                                contentItem: ColumnLayout {
                                    spacing: 2
                                    Label {
                                        Layout.fillWidth: true
                                        text: member.name
                                        color: member.chosen ? Theme.surface : Theme.ink
                                        font.pixelSize: Theme.large
                                        font.bold: true
                                        elide: Text.ElideRight
                                        horizontalAlignment: Text.AlignHCenter
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        text: member.isManager ? qsTr("Manager") : qsTr("Cashier")
                                        color: member.chosen ? Theme.surface : Theme.muted
                                        font.pixelSize: Theme.small
                                        elide: Text.ElideRight
                                        horizontalAlignment: Text.AlignHCenter
                                    }
                                }
                                background: Rectangle {
                                    radius: Theme.radius
                                    color: member.chosen ? Theme.accent : (member.down ? Theme.line : Theme.background)
                                    border.color: member.chosen ? Theme.accent : Theme.line
                                }
                            }
                        }
                    }
                }
            }
        }

        Panel {
            Layout.preferredWidth: 380
            Layout.fillHeight: true

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.margin
                spacing: Theme.gap

                PinPad {
                    id: pad

                    Layout.alignment: Qt.AlignHCenter
                    focus: true
                    title: page.chosenId.length > 0
                           //: Above the PIN pad; %1 is the staff member's name
                           ? qsTr("PIN of %1").arg(page.chosenName) : qsTr("Choose your name first")
                    busy: page.staff.busy
                    locked: page.chosenId.length === 0 || page.staff.lockedSeconds > 0
                    onSubmitted: (pin) => page.staff.signIn(page.chosenId, pin)
                }

                Label {
                    objectName: "lockoutCountdown"
                    Layout.fillWidth: true
                    visible: page.chosenId.length > 0 && page.staff.lockedSeconds > 0
                    //: %n is the number of seconds until the member may type a PIN again
                    text: qsTr("Wait %n second(s) before trying again.", "", page.staff.lockedSeconds)
                    color: Theme.bad
                    font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                }

                Item {
                    Layout.fillHeight: true
                }
            }
        }
    }
}
