// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// The manager's settings: the pages on the left, the page chosen on the
// right. Main.qml shows it only to a manager (or after a manager's PIN).
FocusScope {
    id: settings

    required property Shell shell
    property alias currentIndex: pages.currentIndex
    // The shop server's tab: the header's conflict badge opens it.
    readonly property int serverTab: 5
    readonly property int backupTab: 6

    signal closed()

    Shortcut {
        enabled: settings.visible
        sequence: "Esc"
        onActivated: settings.closed()
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        Panel {
            Layout.preferredWidth: 280
            Layout.fillHeight: true

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: 6

                Label {
                    Layout.fillWidth: true
                    Layout.bottomMargin: Theme.gap / 2
                    text: qsTr("Settings")
                    font.pixelSize: Theme.large
                    font.bold: true
                    wrapMode: Text.Wrap
                }

                Repeater {
                    // Each tab with the pages it switches (Qt 6.4's qmllint
                    // does not let a delegate see the ids around it).
                    model: {
                        const tabs = [];
                        for (const title of [qsTr("Programme and reward"), qsTr("Staff"),
                                             qsTr("Redeem codes"), qsTr("This register"), qsTr("Reports"),
                                             qsTr("Shop server"), qsTr("Backup")])
                            tabs.push({ title: title, pages: pages });
                        return tabs;
                    }

                    delegate: ItemDelegate {
                        id: choice

                        required property int index
                        required property var modelData
                        readonly property StackLayout pages: choice.modelData.pages
                        readonly property bool current: choice.pages.currentIndex === choice.index

                        objectName: "settingsTab_" + choice.index
                        Layout.fillWidth: true
                        implicitHeight: 52
                        text: choice.modelData.title
                        highlighted: choice.current
                        onClicked: choice.pages.currentIndex = choice.index

                        contentItem: Label {
                            text: choice.text
                            color: choice.current ? Theme.surface : Theme.ink
                            font.bold: choice.current
                            wrapMode: Text.Wrap
                            verticalAlignment: Text.AlignVCenter
                        }
                        background: Rectangle {
                            radius: Theme.radius / 2
                            color: choice.current ? Theme.accent : (choice.hovered ? Theme.background : "transparent")
                        }
                    }
                }

                Item {
                    Layout.fillHeight: true
                }

                Button {
                    objectName: "closeSettings"
                    Layout.fillWidth: true
                    implicitHeight: 56
                    //: Leaves the settings for the cashier's screen
                    text: qsTr("Back to the counter")
                    onClicked: settings.closed()
                }
            }
        }

        Panel {
            Layout.fillWidth: true
            Layout.fillHeight: true

            StackLayout {
                id: pages

                anchors.fill: parent

                SettingsSection {
                    objectName: "settingsProgramme"
                    title: qsTr("Programme and reward")
                    summary: qsTr("Changes apply to vouchers issued from now on; vouchers already issued keep their reward.")

                    SettingsProgrammeForm {
                        Layout.fillWidth: true
                        editor: settings.shell.programmeEditor
                    }
                    RowLayout {
                        spacing: Theme.gap

                        Button {
                            objectName: "saveProgrammeButton"
                            implicitHeight: 52
                            text: qsTr("Save the programme")
                            enabled: settings.shell.programmeEditor.dirty && settings.shell.programmeEditor.valid
                            onClicked: settings.shell.programmeEditor.save(settings.shell.staff.name)
                        }
                        Button {
                            implicitHeight: 52
                            text: qsTr("Undo the changes")
                            enabled: settings.shell.programmeEditor.dirty
                            onClicked: settings.shell.programmeEditor.load()
                        }
                        Label {
                            objectName: "programmeState"
                            Layout.fillWidth: true
                            text: settings.shell.programmeEditor.saved ? qsTr("Saved.")
                                : settings.shell.programmeEditor.dirty ? qsTr("Not saved yet.") : ""
                            color: settings.shell.programmeEditor.saved ? Theme.good : Theme.muted
                            wrapMode: Text.Wrap
                        }
                    }
                }

                SettingsStaff {
                    objectName: "settingsStaff"
                    editor: settings.shell.staffEditor
                }

                SettingsCodes {
                    objectName: "settingsCodes"
                    codes: settings.shell.codeStock
                    staff: settings.shell.staff
                }

                SettingsRegister {
                    objectName: "settingsRegister"
                    shell: settings.shell
                }

                ReportPage {
                    objectName: "reportPage"
                    report: settings.shell.report
                }

                SettingsServer {
                    objectName: "settingsServer"
                    service: settings.shell.syncService
                    status: settings.shell.sync
                }

                SettingsBackup {
                    objectName: "settingsBackup"
                    backup: settings.shell.backup
                }
            }
        }
    }
}
