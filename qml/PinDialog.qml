// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// Asks for a manager's PIN for one action beyond a cashier (the settings,
// an old undo). approved() follows a right PIN; the action then calls
// staff.takeApproval() right before it acts. Who is signed in stays.
//   PinDialog { staff: shell.staff; onApproved: (name) => ... }
Dialog {
    id: dialog

    required property StaffSession staff
    // What the PIN is for, in the cashier's words.
    property string reason: qsTr("A manager's PIN is needed for this.")

    signal approved(string managerName)

    objectName: "pinDialog"
    modal: true
    // The PIN pad takes the keyboard while the dialog is open.
    focus: true
    anchors.centerIn: Overlay.overlay
    padding: Theme.margin
    //: Title of the dialog that asks for a manager's PIN
    title: qsTr("Manager's PIN")
    closePolicy: Popup.CloseOnEscape

    onOpened: {
        pad.clear();
        pad.message = "";
        pad.forceActiveFocus();
    }

    Connections {
        target: dialog.staff
        enabled: dialog.visible

        function onApproved(managerName) {
            dialog.close();
            dialog.approved(managerName);
        }
        function onRefused(message) {
            pad.message = message;
            pad.clear();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap

        Label {
            Layout.fillWidth: true
            Layout.preferredWidth: pad.implicitWidth
            text: dialog.reason
            color: Theme.muted
            wrapMode: Text.Wrap
        }
        PinPad {
            id: pad

            objectName: "pinDialogPad"
            Layout.alignment: Qt.AlignHCenter
            focus: true
            busy: dialog.staff.busy
            onSubmitted: (pin) => dialog.staff.approve(pin)
        }
        Button {
            objectName: "pinDialogCancel"
            Layout.fillWidth: true
            implicitHeight: 52
            text: qsTr("Cancel")
            focusPolicy: Qt.NoFocus
            onClicked: dialog.close()
        }
    }
}
