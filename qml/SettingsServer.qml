// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// The shop's server: a register that is not paired pairs here with the
// server's address and a one-time code; a paired one shows its link, the
// last sync, what waits, what the server refused, and can be unpaired.
SettingsSection {
    id: page

    required property SyncService service
    required property SyncStatus status

    title: qsTr("Shop server")
    summary: page.service.paired
             ? qsTr("This register sends its changes to the shop's server and fetches the other registers' on its own, every 30 seconds and after each action.")
             : qsTr("Pair this register with the shop's server so that every register and the customers' wallet passes agree. Until then it works on its own.")

    // --- Not paired: the form ---
    SettingsLabel {
        visible: !page.service.paired
        text: qsTr("Server address")
        hint: qsTr("As the shop server's manager gives it, e.g. https://shop.example:8443.")

        TextField {
            id: serverUrl

            objectName: "serverUrlField"
            Layout.fillWidth: true
            enabled: !page.service.pairing
            placeholderText: "https://"
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        }
    }
    SettingsLabel {
        visible: !page.service.paired
        text: qsTr("Pairing code")
        hint: qsTr("A one-time code from the shop server (stampdesk-server admin pairing-code).")

        TextField {
            id: pairingCode

            objectName: "pairingCodeField"
            Layout.fillWidth: true
            enabled: !page.service.pairing
            inputMethodHints: Qt.ImhNoPredictiveText
            onAccepted: pairButton.clicked()
        }
    }
    SettingsLabel {
        visible: !page.service.paired
        text: qsTr("CA certificate (optional)")
        hint: qsTr("The path of a PEM file, only for a server with a certificate of its own.")

        TextField {
            id: caFile

            objectName: "caFileField"
            Layout.fillWidth: true
            enabled: !page.service.pairing
        }
    }
    RowLayout {
        visible: !page.service.paired
        spacing: Theme.gap

        Button {
            id: pairButton

            objectName: "pairButton"
            implicitHeight: 52
            //: Pairs this register with the shop's server
            text: qsTr("Pair")
            enabled: !page.service.pairing
            onClicked: page.service.pair(serverUrl.text, pairingCode.text, caFile.text)
        }
        BusyIndicator {
            objectName: "pairingBusy"
            visible: page.service.pairing
            running: page.service.pairing
            implicitWidth: 40
            implicitHeight: 40
        }
    }
    Label {
        objectName: "pairingError"
        Layout.fillWidth: true
        visible: !page.service.paired && text.length > 0
        text: page.service.pairingError
        color: Theme.bad
        wrapMode: Text.Wrap
    }

    // --- Paired: the link and its state ---
    GridLayout {
        visible: page.service.paired
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.gap
        rowSpacing: 8

        Label {
            text: qsTr("Server")
            font.bold: true
        }
        Label {
            objectName: "pairedServer"
            Layout.fillWidth: true
            text: page.service.serverUrl
            wrapMode: Text.WrapAnywhere
        }
        Label {
            text: qsTr("Shop")
            font.bold: true
        }
        Label {
            objectName: "pairedShop"
            Layout.fillWidth: true
            text: page.service.shopText
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("This register")
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            text: page.service.registerName
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("State")
            font.bold: true
        }
        Label {
            objectName: "serverState"
            Layout.fillWidth: true
            text: page.status.stateText
            color: page.status.online ? Theme.good : Theme.ink
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("Last sync")
            font.bold: true
        }
        Label {
            objectName: "lastSync"
            Layout.fillWidth: true
            //: The register has never reached the shop's server
            text: page.service.lastSuccessText.length > 0 ? page.service.lastSuccessText : qsTr("Never")
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("Waiting")
            font.bold: true
        }
        Label {
            objectName: "serverPending"
            Layout.fillWidth: true
            text: page.status.pendingText
            wrapMode: Text.Wrap
        }
        Label {
            visible: page.service.lastError.length > 0
            text: qsTr("Last error")
            font.bold: true
        }
        Label {
            objectName: "lastSyncError"
            Layout.fillWidth: true
            visible: page.service.lastError.length > 0
            text: page.service.lastError
            color: Theme.bad
            wrapMode: Text.Wrap
        }
    }
    RowLayout {
        visible: page.service.paired
        spacing: Theme.gap

        Button {
            objectName: "syncNowButton"
            implicitHeight: 52
            text: qsTr("Sync now")
            enabled: !page.service.syncing
            onClicked: page.service.syncNow()
        }
        BusyIndicator {
            visible: page.service.syncing
            running: page.service.syncing
            implicitWidth: 40
            implicitHeight: 40
        }
        Label {
            objectName: "syncProgress"
            Layout.fillWidth: true
            text: page.service.progressText
            color: Theme.muted
            wrapMode: Text.Wrap
        }
    }

    // --- Paired: what the server refused ---
    Label {
        visible: page.service.paired
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        text: qsTr("Conflicts")
        font.pixelSize: Theme.large
        font.bold: true
    }
    Label {
        visible: page.service.paired && page.service.conflicts.length === 0
        Layout.fillWidth: true
        text: qsTr("None: the shop's server accepted everything this register sent.")
        color: Theme.muted
        wrapMode: Text.Wrap
    }
    Repeater {
        objectName: "conflictList"
        model: page.service.paired ? page.service.conflicts : []

        delegate: Panel {
            id: conflict

            required property var modelData

            Layout.fillWidth: true
            implicitHeight: conflictText.implicitHeight + 2 * 12
            color: conflict.modelData.seen ? Theme.surface : Theme.badSoft

            ColumnLayout {
                id: conflictText

                anchors.fill: parent
                anchors.margins: 12
                spacing: 4

                Label {
                    Layout.fillWidth: true
                    text: conflict.modelData.what
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: conflict.modelData.winner
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: conflict.modelData.message
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }
            }
        }
    }
    Button {
        objectName: "markConflictsSeen"
        visible: page.service.paired && page.service.unseenConflicts > 0
        implicitHeight: 52
        text: qsTr("Mark all as seen")
        onClicked: page.service.markConflictsSeen()
    }

    // --- Paired: the way out ---
    Button {
        objectName: "unpairButton"
        visible: page.service.paired
        Layout.topMargin: Theme.gap
        implicitHeight: 52
        text: qsTr("Unpair this register")
        onClicked: unpairDialog.open()
    }

    Dialog {
        id: unpairDialog

        objectName: "unpairDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(560, parent ? parent.width - 2 * Theme.margin : 560)
        modal: true
        title: qsTr("Unpair this register?")
        standardButtons: Dialog.Yes | Dialog.No
        onAccepted: page.service.unpair()

        Label {
            width: unpairDialog.availableWidth
            text: qsTr("The register stops syncing with the shop's server. Its cards and history stay here; changes not yet sent wait until it is paired again.")
            wrapMode: Text.Wrap
        }
    }
}
