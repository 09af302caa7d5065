// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// What just happened, readable from a step away: green with a tick when
// it worked, red with a cross when refused, in plain words with what to do
// next. A voucher just issued is shown with its code and the fresh card.
Rectangle {
    id: banner

    required property CheckoutSession checkout
    readonly property bool refused: banner.checkout.state === CheckoutSession.Refused
    readonly property bool issued: banner.checkout.result === CheckoutSession.VoucherIssued

    radius: Theme.radius
    color: banner.refused ? Theme.badSoft : Theme.goodSoft
    border.width: 2
    border.color: banner.refused ? Theme.bad : Theme.good
    implicitHeight: content.implicitHeight + 2 * Theme.gap

    Accessible.role: Accessible.AlertMessage
    Accessible.name: message.text

    ColumnLayout {
        id: content

        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap / 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap

            Rectangle {
                objectName: "resultIcon"
                implicitWidth: 48
                implicitHeight: 48
                radius: 24
                color: banner.refused ? Theme.bad : Theme.good
                Layout.alignment: Qt.AlignTop

                Label {
                    anchors.centerIn: parent
                    text: banner.refused ? "✕" : "✓"
                    color: Theme.surface
                    font.pixelSize: 28
                    font.bold: true
                }
            }

            Label {
                id: message

                objectName: "resultMessage"
                Layout.fillWidth: true
                text: banner.checkout.message
                color: banner.refused ? Theme.bad : Theme.good
                font.pixelSize: Theme.large
                font.bold: true
                wrapMode: Text.Wrap
            }
        }

        // What a refused code held, for the cashier who wonders.
        Label {
            objectName: "scanText"
            visible: banner.refused && banner.checkout.readText !== "" && !banner.checkout.hasCard && !banner.checkout.hasVoucher
            Layout.fillWidth: true
            Layout.leftMargin: 48 + Theme.gap
            //: Under a refused code's message; %1 is the text the scanner read
            text: qsTr("Read: %1").arg(banner.checkout.readText)
            color: Theme.muted
            font.family: Theme.monospace
            font.pixelSize: Theme.small
            elide: Text.ElideRight
        }

        // The voucher the stamps just earned.
        Label {
            objectName: "issuedVoucher"
            visible: banner.issued
            Layout.fillWidth: true
            Layout.leftMargin: 48 + Theme.gap
            //: %1 is the reward, %2 its redeem code, %3 e.g. "Valid until 23/01/2027"
            text: qsTr("New voucher: %1 · code %2 · %3").arg(banner.checkout.issued.rewardName)
                      .arg(banner.checkout.issued.redeemCode).arg(banner.checkout.issued.expiryText)
            color: Theme.ink
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "issuedCount"
            visible: banner.issued && banner.checkout.issuedCount > 1
            Layout.fillWidth: true
            Layout.leftMargin: 48 + Theme.gap
            //: More than one voucher was issued at once
            text: qsTr("%n voucher(s) issued in all.", "", banner.checkout.issuedCount)
            color: Theme.ink
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "nextCycle"
            visible: banner.issued
            Layout.fillWidth: true
            Layout.leftMargin: 48 + Theme.gap
            //: After a voucher was issued; %1 stamps already on the new card
            text: qsTr("A new card starts with %1 of %n stamp(s).", "", banner.checkout.card.goal)
                      .arg(banner.checkout.card.stamps)
            color: Theme.muted
            wrapMode: Text.Wrap
        }

        CounterButton {
            objectName: "backToCardButton"
            visible: banner.refused && banner.checkout.hasCard
            Layout.leftMargin: 48 + Theme.gap
            //: After a refusal: show the customer's card again
            text: qsTr("Back to the card")
            onClicked: banner.checkout.cancel()
        }
    }
}
