// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// The card's vouchers ready to redeem, oldest first, each with Redeem when
// a cashier may consume it here (a self-redeem voucher says it is the
// customer's to redeem).
Panel {
    id: list

    required property CheckoutSession checkout

    implicitHeight: content.implicitHeight + 2 * Theme.gap

    ColumnLayout {
        id: content

        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap / 2

        Label {
            Layout.fillWidth: true
            //: Heading over a card's vouchers
            text: qsTr("Vouchers ready (%1)").arg(list.checkout.vouchers.count)
            color: Theme.ink
            font.pixelSize: Theme.large
            font.bold: true
            elide: Text.ElideRight
        }

        ListView {
            objectName: "voucherRows"
            Layout.fillWidth: true
            implicitHeight: contentHeight
            interactive: false
            spacing: Theme.gap / 2
            model: list.checkout.vouchers

            delegate: RowLayout {
                id: row

                required property int index
                required property string rewardName
                required property string expiryText
                required property string redeemCode
                required property bool canRedeemHere
                required property bool selfRedeem

                objectName: "voucherRow"
                width: ListView.view.width
                spacing: Theme.gap

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2

                    Label {
                        Layout.fillWidth: true
                        text: row.rewardName
                        color: Theme.ink
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.selfRedeem
                              ? qsTr("The customer redeems it on the phone")
                              //: %1 is the voucher's redeem code, %2 e.g. "Valid until 23/01/2027"
                              : qsTr("Code %1 · %2").arg(row.redeemCode).arg(row.expiryText)
                        color: Theme.muted
                        font.pixelSize: Theme.small
                        wrapMode: Text.Wrap
                    }
                }

                CounterButton {
                    objectName: "redeemButton"
                    visible: row.canRedeemHere
                    //: Button beside a voucher: open it to redeem it
                    text: qsTr("Redeem")
                    // (The list's model: Qt 6.4's qmllint does not let a
                    // delegate see the ids around it.)
                    onClicked: row.ListView.view.model.redeem(row.index)
                }
            }
        }
    }
}
