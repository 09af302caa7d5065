// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// The counter, the cashier's screen: the camera's viewfinder and the
// programme on the left; on the right the search for a customer's card and
// the card found. Keyboard and scanner first: the search field has the
// focus, Enter searches, Escape starts over; a card held up to the camera,
// or read by a barcode gun, is shown without a key pressed.
Item {
    id: counter

    required property Shell shell
    readonly property CardLookup lookup: counter.shell.lookup

    function find() {
        counter.shell.lastScan.clear();
        counter.lookup.lookUp(search.text);
        // The next scan or typing replaces this text.
        search.selectAll();
    }

    function startOver() {
        counter.shell.lastScan.clear();
        counter.lookup.clear();
        search.clear();
        search.forceActiveFocus();
    }

    Shortcut {
        enabled: counter.visible
        sequences: ["Ctrl+F", "F3"]
        onActivated: {
            search.forceActiveFocus();
            search.selectAll();
        }
    }
    Shortcut {
        enabled: counter.visible
        sequence: "Esc"
        onActivated: counter.startOver()
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

            ProgrammePanel {
                objectName: "programmePanel"
                Layout.fillWidth: true
                Layout.fillHeight: true
                programme: counter.shell.programme
            }
        }

        // The search and its result; scrolls only when a window too low
        // for a long name and a long goal leaves no other way.
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

                Label {
                    text: qsTr("Find a customer's card")
                    color: Theme.ink
                    font.pixelSize: Theme.large
                    font.bold: true
                }

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
                        placeholderText: qsTr("Card number, phone number or name")
                        inputMethodHints: Qt.ImhNoPredictiveText
                        onAccepted: counter.find()
                    }

                    Button {
                        objectName: "findButton"
                        text: qsTr("Find")
                        font.pixelSize: Theme.large
                        padding: 14
                        focusPolicy: Qt.NoFocus
                        onClicked: counter.find()
                    }
                }

                // What was scanned when it is not a card: a voucher, a redeem
                // code, or a code refused and why.
                Label {
                    id: scanMessage

                    readonly property bool refused: counter.shell.lastScan.kind === ScanReport.Refused

                    objectName: "scanMessage"
                    visible: counter.shell.lastScan.message !== ""
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    padding: Theme.gap + 4
                    text: counter.shell.lastScan.message
                    color: scanMessage.refused ? Theme.bad : Theme.ink
                    font.pixelSize: Theme.large
                    wrapMode: Text.Wrap
                    background: Rectangle {
                        radius: Theme.radius
                        color: scanMessage.refused ? Theme.badSoft : Theme.accentSoft
                        border.color: Theme.line
                    }
                }

                // What a refused code held, for the cashier who wonders.
                Label {
                    objectName: "scanText"
                    visible: scanMessage.refused
                    Layout.fillWidth: true
                    //: Under a refused code's message; %1 is the text the scanner read
                    text: qsTr("Read: %1").arg(counter.shell.lastScan.text)
                    color: Theme.muted
                    font.family: Theme.monospace
                    font.pixelSize: Theme.small
                    elide: Text.ElideRight
                }

                // Why no card is shown: nothing matches, several do, or the
                // store failed.
                Label {
                    id: lookupMessage

                    readonly property bool failed: counter.lookup.state === CardLookup.Failed

                    objectName: "lookupMessage"
                    visible: counter.lookup.message !== ""
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    padding: Theme.gap + 4
                    text: counter.lookup.message
                    color: lookupMessage.failed ? Theme.bad : Theme.ink
                    font.pixelSize: Theme.large
                    wrapMode: Text.Wrap
                    background: Rectangle {
                        radius: Theme.radius
                        color: lookupMessage.failed ? Theme.badSoft : Theme.surface
                        border.color: Theme.line
                    }
                }

                CardPanel {
                    objectName: "cardPanel"
                    visible: counter.lookup.found
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    card: counter.lookup.card
                }

                Label {
                    visible: counter.lookup.state === CardLookup.Idle && counter.shell.lastScan.kind === ScanReport.None
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    text: qsTr("Scan the card's QR code, or type the card number or the customer's phone number, then press Enter.")
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }

            }
        }
    }
}
