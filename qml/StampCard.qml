// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// The customer's stamp card at the counter: who, how far (a paper card's
// circles), the big Add stamp action with its quantity, and the vouchers
// ready to redeem. What may be done is the checkout session's answer.
ColumnLayout {
    id: stampCard

    required property CheckoutSession checkout

    spacing: Theme.gap

    CardPanel {
        objectName: "cardPanel"
        Layout.fillWidth: true
        card: stampCard.checkout.card
    }

    // Add stamp: the one action of the common case, Enter from the search
    // field; + and - change the quantity.
    RowLayout {
        objectName: "addStampsRow"
        visible: stampCard.checkout.canAddStamps
        Layout.fillWidth: true
        spacing: Theme.gap

        CounterButton {
            objectName: "decreaseButton"
            //: Decrease the number of stamps to add
            text: "−"
            Accessible.name: qsTr("One stamp less")
            enabled: stampCard.checkout.quantity > 1
            Layout.preferredWidth: 64
            onClicked: stampCard.checkout.decrease()
        }

        Label {
            objectName: "quantity"
            Layout.minimumWidth: 56
            horizontalAlignment: Text.AlignHCenter
            text: Theme.number(stampCard.checkout.quantity, 0)
            color: Theme.ink
            font.pixelSize: Theme.title
            font.bold: true
            Accessible.name: qsTr("Stamps to add: %1").arg(text)
        }

        CounterButton {
            objectName: "increaseButton"
            //: Increase the number of stamps to add
            text: "+"
            Accessible.name: qsTr("One stamp more")
            enabled: stampCard.checkout.quantity < stampCard.checkout.maxStamps
            Layout.preferredWidth: 64
            onClicked: stampCard.checkout.increase()
        }

        CounterButton {
            objectName: "addStampsButton"
            Layout.fillWidth: true
            primary: true
            //: The main button at the counter; %n is how many stamps it adds
            text: qsTr("Add %n stamp(s)", "", stampCard.checkout.quantity)
            onClicked: stampCard.checkout.addStamps(stampCard.checkout.quantity)
        }
    }

    Label {
        objectName: "addStampsHint"
        visible: stampCard.checkout.canAddStamps
        Layout.fillWidth: true
        //: %n is the most stamps one visit may get
        text: qsTr("Enter adds them · + and − change the number (at most %n per visit)", "",
                   stampCard.checkout.maxStamps)
        color: Theme.muted
        font.pixelSize: Theme.small
        wrapMode: Text.Wrap
    }

    VoucherList {
        objectName: "voucherList"
        visible: stampCard.checkout.vouchers.count > 0
        Layout.fillWidth: true
        checkout: stampCard.checkout
    }
}
