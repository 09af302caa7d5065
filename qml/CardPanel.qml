// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// The customer's card as the cashier checks it: whose it is, how far it
// has come and whether it can be used.
Panel {
    id: panel

    required property cardSummary card

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
                objectName: "cardName"
                Layout.fillWidth: true
                text: panel.card.name !== "" ? panel.card.name : qsTr("Customer without a name")
                color: panel.card.name !== "" ? Theme.ink : Theme.muted
                font.pixelSize: Theme.title
                font.bold: true
                font.italic: panel.card.name === ""
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }

            Badge {
                objectName: "cardStatus"
                //: A card's status
                text: panel.card.blocked ? qsTr("Blocked") : qsTr("Active")
                tint: panel.card.blocked ? Theme.bad : Theme.good
                fill: panel.card.blocked ? Theme.badSoft : Theme.goodSoft
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap * 2

            Label {
                objectName: "cardPhone"
                text: panel.card.maskedPhone !== "" ? panel.card.maskedPhone : qsTr("No phone number")
                color: Theme.muted
                font.pixelSize: Theme.large
            }

            Label {
                objectName: "cardId"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                text: panel.card.displayId
                color: Theme.muted
                font.family: Theme.monospace
                font.pixelSize: Theme.body
                elide: Text.ElideLeft
            }
        }

        Label {
            visible: panel.card.blocked
            Layout.fillWidth: true
            text: qsTr("This card is blocked: it gets no stamps and its vouchers cannot be redeemed. Ask the manager.")
            color: Theme.bad
            wrapMode: Text.Wrap
        }

        Label {
            objectName: "cardProgress"
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap / 2
            //: Progress on the card: "3 of 8 stamps"
            text: qsTr("%1 of %n stamp(s)", "", panel.card.goal).arg(panel.card.stamps)
            color: Theme.ink
            font.pixelSize: Theme.large
            font.bold: true
        }

        StampRow {
            objectName: "stampRow"
            Layout.fillWidth: true
            stamps: panel.card.stamps
            goal: panel.card.goal
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            spacing: Theme.gap * 2

            Figure {
                objectName: "cardCycles"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                //: How many times the card was filled up
                label: qsTr("Cards completed")
                value: panel.card.cycles
            }
            Figure {
                objectName: "cardLifetime"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                label: qsTr("Stamps in all")
                value: panel.card.lifetimeStamps
            }
            Figure {
                objectName: "cardVouchers"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                label: qsTr("Vouchers ready")
                value: panel.card.readyVouchers
                highlight: panel.card.readyVouchers > 0
            }
        }
    }
}
