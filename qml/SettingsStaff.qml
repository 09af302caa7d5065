// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// The staff page: who works here, as cashier or manager; a new member with
// a PIN typed twice; a member who left (kept, for the ledger's names); a
// new PIN for one who forgot theirs.
SettingsSection {
    id: page

    required property StaffEditor editor

    title: qsTr("Staff")
    summary: qsTr("Everyone who works the register signs in with a PIN. Managers also open the settings and approve late undos.")

    Label {
        objectName: "staffProblem"
        Layout.fillWidth: true
        visible: page.editor.problem.length > 0
        text: page.editor.problem
        color: Theme.bad
        font.bold: true
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "staffMessage"
        Layout.fillWidth: true
        visible: page.editor.message.length > 0
        text: page.editor.message
        color: Theme.good
        wrapMode: Text.Wrap
    }

    Repeater {
        // Each member with the editor (Qt 6.4's qmllint does not let a
        // delegate see the ids around it).
        model: {
            const rows = [];
            for (const member of page.editor.members.list)
                rows.push(Object.assign({ editor: page.editor }, member));
            return rows;
        }

        delegate: Panel {
            id: row

            required property var modelData
            readonly property StaffEditor editor: row.modelData.editor
            readonly property string staffId: row.modelData.staffId
            readonly property string name: row.modelData.name
            readonly property bool isManager: row.modelData.isManager
            readonly property bool active: row.modelData.active
            property bool newPin: false

            Layout.fillWidth: true
            implicitHeight: rowColumn.implicitHeight + 2 * Theme.gap

            ColumnLayout {
                id: rowColumn

                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: Theme.gap / 2

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gap

                    Label {
                        Layout.fillWidth: true
                        text: row.name
                        font.pixelSize: Theme.large
                        font.bold: true
                        color: row.active ? Theme.ink : Theme.muted
                        elide: Text.ElideRight
                    }
                    Switch {
                        objectName: "managerSwitch_" + row.name
                        text: qsTr("Manager")
                        checked: row.isManager
                        onToggled: {
                            row.editor.setManager(row.staffId, checked);
                            // The store may refuse (the last manager): show what it kept.
                            checked = Qt.binding(() => row.isManager);
                        }
                    }
                    Switch {
                        objectName: "activeSwitch_" + row.name
                        //: A staff member who still works at the shop
                        text: qsTr("Works here")
                        checked: row.active
                        onToggled: {
                            row.editor.setActive(row.staffId, checked);
                            checked = Qt.binding(() => row.active);
                        }
                    }
                    Button {
                        text: qsTr("New PIN…")
                        onClicked: row.newPin = !row.newPin
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    visible: row.newPin
                    spacing: Theme.gap

                    TextField {
                        id: resetPin

                        Layout.fillWidth: true
                        echoMode: TextInput.Password
                        inputMethodHints: Qt.ImhDigitsOnly
                        maximumLength: 8
                        placeholderText: qsTr("New PIN")
                    }
                    TextField {
                        id: resetAgain

                        Layout.fillWidth: true
                        echoMode: TextInput.Password
                        inputMethodHints: Qt.ImhDigitsOnly
                        maximumLength: 8
                        placeholderText: qsTr("The same PIN again")
                    }
                    Button {
                        text: qsTr("Save the PIN")
                        enabled: !row.editor.busy
                        onClicked: {
                            row.editor.resetPin(row.staffId, resetPin.text, resetAgain.text);
                            resetPin.clear();
                            resetAgain.clear();
                            row.newPin = false;
                        }
                    }
                }
            }
        }
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        text: qsTr("A new member")
        font.pixelSize: Theme.large
        font.bold: true
        wrapMode: Text.Wrap
    }

    GridLayout {
        Layout.fillWidth: true
        columns: page.width > 720 ? 2 : 1
        columnSpacing: Theme.gap
        rowSpacing: Theme.gap

        SettingsLabel {
            text: qsTr("Name")

            TextField {
                id: newName

                objectName: "newStaffName"
                Layout.fillWidth: true
                maximumLength: 100
            }
        }
        SettingsLabel {
            text: qsTr("Role")

            CheckBox {
                id: newManager

                objectName: "newStaffManager"
                text: qsTr("Manager")
            }
        }
        SettingsLabel {
            text: qsTr("PIN (4 to 8 digits)")

            TextField {
                id: newPin

                objectName: "newStaffPin"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly
                maximumLength: 8
            }
        }
        SettingsLabel {
            text: qsTr("The same PIN again")

            TextField {
                id: newAgain

                objectName: "newStaffPinAgain"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly
                maximumLength: 8
                onAccepted: addButton.clicked()
            }
        }
    }

    RowLayout {
        spacing: Theme.gap

        Button {
            id: addButton

            objectName: "addStaffButton"
            implicitHeight: 52
            text: qsTr("Add the member")
            enabled: !page.editor.busy
            onClicked: page.editor.add(newName.text, newManager.checked, newPin.text, newAgain.text)
        }
        BusyIndicator {
            running: page.editor.busy
            visible: page.editor.busy
            implicitHeight: 40
            implicitWidth: 40
        }
    }

    Connections {
        target: page.editor

        function onAdded() {
            newName.clear();
            newManager.checked = false;
            newPin.clear();
            newAgain.clear();
        }
    }
}
