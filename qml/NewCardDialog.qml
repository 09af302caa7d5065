// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// A card made at the counter (F2): a name and a phone number, both
// optional; then the card's signed QR code, to photograph from the screen
// or to print from the saved PNG. Enter makes the card, Esc closes.
Popup {
    id: dialog

    required property CardCode newCard
    readonly property bool made: dialog.newCard.state === CardCode.Shown

    function start() {
        dialog.newCard.clear();
        name.clear();
        phone.clear();
        dialog.open();
        name.forceActiveFocus();
    }

    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, (parent ? parent.width : 640) - 2 * Theme.margin)
    padding: Theme.margin
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.line
    }

    onClosed: dialog.newCard.clear()

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap

        Label {
            Layout.fillWidth: true
            //: Title of the dialog that makes a card at the counter
            text: qsTr("New card")
            color: Theme.ink
            font.pixelSize: Theme.title
            font.bold: true
        }

        // The form, until the card is made.
        ColumnLayout {
            visible: !dialog.made
            Layout.fillWidth: true
            spacing: Theme.gap / 2

            Label {
                Layout.fillWidth: true
                text: qsTr("Name and phone number are optional; with a phone number the card can be found without the code.")
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            TextField {
                id: name

                objectName: "newCardName"
                Layout.fillWidth: true
                font.pixelSize: Theme.large
                padding: 12
                //: Placeholder: the customer's name
                placeholderText: qsTr("Name")
                KeyNavigation.tab: phone
                onAccepted: create.clicked()
            }
            TextField {
                id: phone

                objectName: "newCardPhone"
                Layout.fillWidth: true
                font.pixelSize: Theme.large
                padding: 12
                //: Placeholder: the customer's phone number
                placeholderText: qsTr("Phone number")
                inputMethodHints: Qt.ImhDialableCharactersOnly
                KeyNavigation.tab: create
                onAccepted: create.clicked()
            }
        }

        Label {
            objectName: "newCardMessage"
            visible: text !== ""
            Layout.fillWidth: true
            text: dialog.newCard.message
            color: dialog.newCard.state === CardCode.Refused ? Theme.bad : Theme.ink
            wrapMode: Text.Wrap
        }

        // The card made, and its code.
        ColumnLayout {
            visible: dialog.made
            Layout.fillWidth: true
            spacing: Theme.gap / 2

            Label {
                objectName: "newCardId"
                Layout.fillWidth: true
                text: dialog.newCard.name !== "" ? qsTr("%1 · card %2").arg(dialog.newCard.name).arg(dialog.newCard.displayId)
                                                 : qsTr("Card %1").arg(dialog.newCard.displayId)
                color: Theme.ink
                font.pixelSize: Theme.large
                font.bold: true
                wrapMode: Text.Wrap
            }
            Image {
                objectName: "newCardCode"
                visible: dialog.newCard.hasCode
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: 300
                Layout.preferredHeight: 300
                source: dialog.newCard.imageUrl
                fillMode: Image.PreserveAspectFit
                smooth: false
                Accessible.name: qsTr("The card's QR code")
            }
            Label {
                visible: dialog.newCard.hasCode
                Layout.fillWidth: true
                text: qsTr("The customer photographs this code, or you print it. It works at every register of the shop.")
                color: Theme.muted
                wrapMode: Text.Wrap
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap

            CounterButton {
                id: create

                objectName: "newCardCreate"
                visible: !dialog.made
                Layout.fillWidth: true
                primary: true
                //: Make the new card
                text: qsTr("Make the card")
                onClicked: dialog.newCard.create(name.text, phone.text)
            }
            CounterButton {
                objectName: "newCardSave"
                visible: dialog.made && dialog.newCard.hasCode
                Layout.fillWidth: true
                //: Save the card's code as a picture
                text: qsTr("Save as PNG")
                onClicked: dialog.newCard.savePng()
            }
            CounterButton {
                objectName: "newCardClose"
                Layout.fillWidth: dialog.made
                primary: dialog.made
                //: Close the dialog; after a card was made, it is shown at the counter
                text: dialog.made ? qsTr("Done") : qsTr("Cancel")
                onClicked: dialog.close()
            }
        }
    }
}
