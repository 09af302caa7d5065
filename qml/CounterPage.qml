// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// The counter, the cashier's screen: the camera's viewfinder and today's
// activity on the left; on the right the customer at hand. Keyboard and
// scanner first: the search field keeps the focus; a card held up to the
// camera or read by a barcode gun is shown without a key pressed; Enter
// adds the stamps or confirms the voucher shown, + and - change the
// number of stamps, Esc starts over, F2 makes a card, Ctrl+Z takes back
// the last stamp or redemption (an old one after a manager's PIN). What
// may be done is the checkout session's and the activity's answer; this
// page only shows it. The sync state is in the window's header.
Item {
    id: counter

    required property Shell shell
    readonly property CheckoutSession checkout: counter.shell.checkout
    readonly property int stage: counter.checkout.state
    readonly property bool dialogOpen: newCardDialog.opened || undoPinDialog.opened

    // Enter in the search field: look the text up, or do what the screen
    // offers when nothing is typed.
    function submit() {
        counter.shell.lastScan.clear();
        counter.checkout.submit(search.text);
        // Found: the field is emptied, so that the next Enter acts. Not
        // found: the text stays, selected, to be corrected or replaced.
        if (counter.stage === CheckoutSession.Card || counter.stage === CheckoutSession.Voucher)
            search.clear();
        else
            search.selectAll();
        search.forceActiveFocus();
    }

    function startOver() {
        counter.shell.lastScan.clear();
        counter.checkout.clear();
        search.clear();
        search.forceActiveFocus();
    }

    function undoLast() {
        counter.shell.activity.undoLast();
    }

    function declineUndo() {
        if (counter.shell.activity.awaitingManager && !undoPinDialog.opened)
            counter.shell.activity.cancelApproval();
    }

    Shortcut {
        enabled: counter.visible && !counter.dialogOpen
        sequences: ["Ctrl+F", "F3"]
        onActivated: {
            search.forceActiveFocus();
            search.selectAll();
        }
    }
    Shortcut {
        enabled: counter.visible && !counter.dialogOpen
        sequence: "Esc"
        onActivated: counter.startOver()
    }
    Shortcut {
        enabled: counter.visible && !counter.dialogOpen
        sequence: "F2"
        onActivated: newCardDialog.start()
    }
    Shortcut {
        enabled: counter.visible && !counter.dialogOpen
        sequence: "Ctrl+Z"
        onActivated: counter.undoLast()
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        ColumnLayout {
            Layout.preferredWidth: 400
            Layout.maximumWidth: 400
            Layout.fillHeight: true
            spacing: Theme.margin

            Viewfinder {
                objectName: "viewfinder"
                Layout.fillWidth: true
                shell: counter.shell
            }

            ActivityPanel {
                objectName: "activityPanel"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 160
                activity: counter.shell.activity
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap

                TextField {
                    id: search

                    objectName: "searchField"
                    Layout.fillWidth: true
                    focus: true
                    font.pixelSize: Theme.large
                    padding: 14
                    // Short enough for the field in both languages; the
                    // hint below the card says it in full.
                    //: Placeholder of the search field: a card's number, a phone number, a customer's name or a voucher's code
                    placeholderText: qsTr("Card, phone, name or code")
                    inputMethodHints: Qt.ImhNoPredictiveText
                    onAccepted: counter.submit()

                    // With nothing typed, + and - are the quantity of stamps
                    // and Ctrl+Z the last action; typed, they are text.
                    Keys.onPressed: event => {
                        if (search.text !== "")
                            return;
                        if (event.matches(StandardKey.Undo)) {
                            counter.undoLast();
                            event.accepted = true;
                            return;
                        }
                        if (!counter.checkout.canAddStamps)
                            return;
                        if (event.text === "+" || event.key === Qt.Key_Plus) {
                            counter.checkout.increase();
                            event.accepted = true;
                        } else if (event.text === "-" || event.key === Qt.Key_Minus) {
                            counter.checkout.decrease();
                            event.accepted = true;
                        }
                    }
                }

                CounterButton {
                    objectName: "findButton"
                    //: Looks up what was typed in the search field
                    text: qsTr("Find")
                    focusPolicy: Qt.NoFocus
                    onClicked: counter.submit()
                }

                CounterButton {
                    objectName: "newCardButton"
                    //: Opens the dialog that makes a card; F2 is its key
                    text: qsTr("New card (F2)")
                    onClicked: newCardDialog.start()
                }
            }

            // The customer at hand; scrolls only when a window too low for
            // a long name and a long list leaves no other way.
            Flickable {
                id: page

                Layout.fillWidth: true
                Layout.fillHeight: true
                contentWidth: width
                contentHeight: column.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}

                ColumnLayout {
                    id: column

                    width: page.width
                    spacing: Theme.gap

                    CounterResult {
                        objectName: "resultPanel"
                        visible: counter.stage === CheckoutSession.Done || counter.stage === CheckoutSession.Refused
                        Layout.fillWidth: true
                        checkout: counter.checkout
                    }

                    // Why no card is shown: nothing matches, several do, or
                    // the store failed.
                    Label {
                        objectName: "lookupMessage"
                        visible: counter.stage === CheckoutSession.NoMatch
                        Layout.fillWidth: true
                        padding: Theme.gap + 4
                        text: counter.checkout.message
                        color: Theme.ink
                        font.pixelSize: Theme.large
                        wrapMode: Text.Wrap
                        background: Rectangle {
                            radius: Theme.radius
                            color: Theme.surface
                            border.color: Theme.line
                        }
                    }

                    StampCard {
                        objectName: "stampCard"
                        visible: counter.checkout.hasCard
                        Layout.fillWidth: true
                        checkout: counter.checkout
                    }

                    VoucherPanel {
                        objectName: "voucherPanel"
                        visible: counter.checkout.hasVoucher
                        Layout.fillWidth: true
                        checkout: counter.checkout
                    }

                    Label {
                        objectName: "idleHint"
                        visible: counter.stage === CheckoutSession.Idle
                        Layout.fillWidth: true
                        text: qsTr("Scan the card's or the voucher's QR code, or type the card number, the customer's phone number or a voucher code, then press Enter.")
                        color: Theme.muted
                        wrapMode: Text.Wrap
                    }

                    ProgrammePanel {
                        objectName: "programmePanel"
                        visible: counter.stage === CheckoutSession.Idle || counter.stage === CheckoutSession.NoMatch
                        Layout.fillWidth: true
                        programme: counter.shell.programme
                    }
                }
            }
        }
    }

    // An undo beyond the window waits for a manager's PIN; the activity
    // goes on by itself once it is given.
    Connections {
        target: counter.shell.activity

        function onManagerNeeded() {
            undoPinDialog.open();
        }
    }

    Timer {
        id: declineTimer

        interval: 0
        onTriggered: counter.declineUndo()
    }

    PinDialog {
        id: undoPinDialog

        objectName: "undoPinDialog"
        parent: Overlay.overlay
        staff: counter.shell.staff
        reason: counter.shell.activity.message
        // Closed without a PIN, the undo is off. (Later: the dialog closes
        // before the session's approved() reaches the activity.)
        onClosed: {
            declineTimer.start();
            search.forceActiveFocus();
        }
    }

    NewCardDialog {
        id: newCardDialog

        objectName: "newCardDialog"
        parent: Overlay.overlay
        newCard: counter.shell.newCard
        onClosed: search.forceActiveFocus()
    }
}
