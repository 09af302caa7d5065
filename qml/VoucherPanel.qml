// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// A scanned or typed voucher: the reward, whose it is, its state and how
// it is redeemed; Confirm consumes it where a cashier may (Enter), Cancel
// leaves it as it was (Esc).
Panel {
    id: panel

    required property CheckoutSession checkout
    readonly property voucherView voucher: panel.checkout.voucher
    readonly property bool asking: panel.checkout.state === CheckoutSession.Voucher

    implicitHeight: content.implicitHeight + 2 * Theme.margin

    ColumnLayout {
        id: content

        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap

            Label {
                objectName: "voucherReward"
                Layout.fillWidth: true
                text: panel.voucher.rewardName
                color: Theme.ink
                font.pixelSize: Theme.title
                font.bold: true
                wrapMode: Text.Wrap
            }

            Badge {
                objectName: "voucherState"
                text: panel.voucher.stateText
                tint: panel.voucher.ready ? Theme.good : Theme.bad
                fill: panel.voucher.ready ? Theme.goodSoft : Theme.badSoft
            }
        }

        Label {
            visible: panel.voucher.rewardDescription !== ""
            Layout.fillWidth: true
            text: panel.voucher.rewardDescription
            color: Theme.muted
            wrapMode: Text.Wrap
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.gap
            rowSpacing: 4

            Label {
                //: Whose voucher it is
                text: qsTr("Customer")
                color: Theme.muted
            }
            Label {
                objectName: "voucherCustomer"
                Layout.fillWidth: true
                text: panel.voucher.cardName !== "" ? panel.voucher.cardName : qsTr("Customer without a name")
                color: Theme.ink
                wrapMode: Text.Wrap
            }
            Label {
                //: How the voucher is redeemed
                text: qsTr("Redemption")
                color: Theme.muted
            }
            Label {
                objectName: "voucherMode"
                Layout.fillWidth: true
                text: panel.voucher.modeText
                color: Theme.ink
                wrapMode: Text.Wrap
            }
            Label {
                //: The voucher's redeem code
                text: qsTr("Code")
                color: Theme.muted
            }
            Label {
                objectName: "voucherCode"
                Layout.fillWidth: true
                text: panel.voucher.redeemCode
                color: Theme.ink
                font.family: Theme.monospace
                elide: Text.ElideRight
            }
            Label {
                //: Until when the voucher can be used
                text: qsTr("Validity")
                color: Theme.muted
            }
            Label {
                objectName: "voucherExpiry"
                Layout.fillWidth: true
                text: panel.voucher.expiryText
                color: Theme.ink
                wrapMode: Text.Wrap
            }
        }

        // Why a ready voucher cannot be consumed here (self-redeem, nobody
        // signed in).
        Label {
            objectName: "voucherNote"
            visible: panel.asking && panel.checkout.voucherNote !== ""
            Layout.fillWidth: true
            padding: Theme.gap / 2
            text: panel.checkout.voucherNote
            color: Theme.ink
            wrapMode: Text.Wrap
            background: Rectangle {
                radius: Theme.radius
                color: Theme.accentSoft
            }
        }

        // A paired register asks the shop's server before it redeems.
        RowLayout {
            objectName: "checkingServer"
            visible: panel.asking && panel.checkout.checking
            Layout.fillWidth: true
            spacing: Theme.gap

            BusyIndicator {
                running: parent.visible
                implicitWidth: 32
                implicitHeight: 32
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Checking with the shop's server…")
                color: Theme.ink
                wrapMode: Text.Wrap
            }
        }

        RowLayout {
            visible: panel.asking
            Layout.fillWidth: true
            spacing: Theme.gap

            CounterButton {
                objectName: "confirmButton"
                visible: panel.checkout.canConfirm
                enabled: !panel.checkout.checking
                Layout.fillWidth: true
                primary: true
                tint: Theme.good
                //: Consume the voucher: the customer gets the reward now
                text: qsTr("Confirm redemption")
                onClicked: panel.checkout.confirmRedemption()
            }
            CounterButton {
                objectName: "cancelButton"
                Layout.fillWidth: !panel.checkout.canConfirm
                //: Leave the voucher as it is
                text: panel.checkout.canConfirm ? qsTr("Cancel") : qsTr("Close")
                onClicked: panel.checkout.cancel()
            }
        }
    }
}
