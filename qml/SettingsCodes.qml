// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// Redeem codes made in the POS ("zero integration"): a CSV file of them is
// imported here, and each voucher issued takes the next one. The stock and
// its warning are in sight.
SettingsSection {
    id: page

    required property CodeStockController codes
    required property StaffSession staff

    title: qsTr("Redeem codes")
    summary: qsTr("Import the codes your POS made, as a CSV file with the codes in the first column. Each new voucher gets the next code, and the cashier can redeem it by that code.")

    onVisibleChanged: if (page.visible) page.codes.refresh()

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.margin

        Figure {
            objectName: "codesAvailable"
            value: page.codes.available
            //: Redeem codes not yet on a voucher
            label: qsTr("waiting for vouchers")
        }
        Figure {
            objectName: "codesAttached"
            value: page.codes.attached
            label: qsTr("on vouchers so far")
        }
    }

    Rectangle {
        objectName: "codeStockWarning"
        Layout.fillWidth: true
        visible: page.codes.codeStockLow
        implicitHeight: warning.implicitHeight + 2 * Theme.gap
        radius: Theme.radius
        color: Theme.badSoft

        Label {
            id: warning

            anchors.fill: parent
            anchors.margins: Theme.gap
            text: page.codes.warning
            color: Theme.bad
            font.bold: true
            wrapMode: Text.Wrap
        }
    }

    SettingsLabel {
        text: qsTr("CSV file")
        hint: qsTr("The full path, e.g. /home/shop/Documents/codes.csv")

        TextField {
            id: path

            objectName: "codesPath"
            Layout.fillWidth: true
            onAccepted: importButton.clicked()
        }
        Button {
            id: importButton

            objectName: "importCodesButton"
            implicitHeight: 52
            text: qsTr("Import")
            onClicked: page.codes.importFile(path.text)
        }
    }

    Label {
        objectName: "codesProblem"
        Layout.fillWidth: true
        visible: page.codes.problem.length > 0
        text: page.codes.problem
        color: Theme.bad
        wrapMode: Text.Wrap
    }

    Label {
        objectName: "codesResult"
        Layout.fillWidth: true
        visible: page.codes.imported
        //: After an import: %1 codes added, %2 codes known already, %3 lines not imported
        text: qsTr("Added: %1 · already known: %2 · not imported: %3")
            .arg(Theme.number(page.codes.added, 0))
            .arg(Theme.number(page.codes.alreadyKnown, 0))
            .arg(Theme.number(page.codes.rejected.length, 0))
        color: Theme.good
        font.bold: true
        wrapMode: Text.Wrap
    }

    Repeater {
        model: page.codes.rejected

        delegate: Label {
            required property string modelData

            Layout.fillWidth: true
            text: modelData
            color: Theme.bad
            font.pixelSize: Theme.small
            wrapMode: Text.Wrap
        }
    }
}
