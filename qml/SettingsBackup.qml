// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// Backup and restore of this register's database (docs/backup.md): a backup
// to a file now, the backups in the default folder, and a restore from one
// of them after the manager confirms. Everything waits while one runs.
SettingsSection {
    id: page

    required property BackupController backup

    title: qsTr("Backup")
    summary: qsTr("A backup is a copy of everything on this register: cards, vouchers, the ledger, staff and settings. Keep copies on another disk too.")

    onVisibleChanged: {
        if (page.visible) {
            page.backup.refresh();
            target.text = page.backup.suggestedPath;
        }
    }

    SettingsLabel {
        text: qsTr("Back up to")
        hint: qsTr("A new file; the register keeps working meanwhile.")

        TextField {
            id: target

            objectName: "backupPathField"
            Layout.fillWidth: true
            enabled: !page.backup.busy
            text: page.backup.suggestedPath
            selectByMouse: true
            onAccepted: backupButton.clicked()
        }
        Button {
            id: backupButton

            objectName: "backupNowButton"
            implicitHeight: 52
            text: qsTr("Back up now")
            enabled: !page.backup.busy
            onClicked: page.backup.backup(target.text)
        }
    }

    ProgressBar {
        objectName: "backupProgress"
        Layout.fillWidth: true
        visible: page.backup.busy
        value: page.backup.progress
    }
    Label {
        objectName: "backupMessage"
        Layout.fillWidth: true
        visible: text.length > 0
        text: page.backup.problem.length > 0 ? page.backup.problem : page.backup.message
        color: page.backup.problem.length > 0 ? Theme.bad : Theme.good
        wrapMode: Text.Wrap
    }

    SettingsLabel {
        Layout.topMargin: Theme.gap
        text: qsTr("Backups in %1").arg(page.backup.folder)
        hint: page.backup.backups.length === 0 ? qsTr("No backups in this folder yet.")
            : qsTr("Choose one to restore it.")
    }

    ListView {
        id: list

        objectName: "backupList"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(count, 6) * 52
        visible: count > 0
        clip: true
        enabled: !page.backup.busy
        model: page.backup.backups
        currentIndex: -1
        onCountChanged: list.currentIndex = -1

        delegate: ItemDelegate {
            id: row

            required property int index
            required property var modelData

            width: ListView.view.width
            implicitHeight: 52
            highlighted: ListView.isCurrentItem
            onClicked: row.ListView.view.currentIndex = row.index

            contentItem: RowLayout {
                spacing: Theme.gap

                Label {
                    Layout.fillWidth: true
                    text: row.modelData.name
                    font.bold: row.highlighted
                    elide: Text.ElideMiddle
                }
                Label {
                    text: row.modelData.date
                    color: Theme.muted
                }
                Label {
                    Layout.preferredWidth: 90
                    horizontalAlignment: Text.AlignRight
                    text: row.modelData.size
                    color: Theme.muted
                }
            }
        }
    }

    SettingsLabel {
        Layout.topMargin: Theme.gap
        text: qsTr("Restore from")
        hint: qsTr("Replaces everything on this register with the backup. The database as it is now is kept beside it first.")

        TextField {
            id: source

            objectName: "restorePathField"
            Layout.fillWidth: true
            enabled: !page.backup.busy
            text: list.currentIndex >= 0 && list.currentIndex < page.backup.backups.length
                ? page.backup.backups[list.currentIndex].path : ""
            selectByMouse: true
        }
        Button {
            objectName: "restoreButton"
            implicitHeight: 52
            text: qsTr("Restore…")
            enabled: !page.backup.busy && source.text.length > 0
            onClicked: confirm.open()
        }
    }

    Dialog {
        id: confirm

        objectName: "restoreConfirmDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(560, parent ? parent.width - 2 * Theme.margin : 560)
        modal: true
        title: qsTr("Restore this backup?")
        standardButtons: Dialog.Cancel

        ColumnLayout {
            width: confirm.availableWidth
            spacing: Theme.gap

            Label {
                Layout.fillWidth: true
                text: qsTr("Everything on this register (cards, vouchers, the ledger, staff, settings and the link with the shop's server) is replaced by %1. The database as it is now is kept as a safety copy beside it. From then on the staff and PINs of the backup apply.").arg(source.text)
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "confirmRestoreButton"
                Layout.alignment: Qt.AlignRight
                implicitHeight: 52
                text: qsTr("Replace everything and restore")
                onClicked: {
                    confirm.close();
                    page.backup.restore(source.text);
                }
            }
        }
    }
}
