// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// The register's main window: the camera's viewfinder and the programme on
// the left; on the right the search for a customer's card and the card
// found. Keyboard and scanner first: the search field has the focus, Enter
// searches, Escape starts over; a card held up to the camera, or read by a
// barcode gun, is shown without a key pressed.
ApplicationWindow {
    id: window

    required property Shell shell
    readonly property CardLookup lookup: window.shell.lookup

    width: 1180
    height: 760
    minimumWidth: 960
    minimumHeight: 640
    visible: true
    //: The product's name, the window's title
    title: qsTr("Stampdesk")
    color: Theme.background
    font.pixelSize: Theme.body

    function find() {
        window.shell.lastScan.clear();
        window.lookup.lookUp(search.text);
        // The next scan or typing replaces this text.
        search.selectAll();
    }

    function startOver() {
        window.shell.lastScan.clear();
        window.lookup.clear();
        search.clear();
        search.forceActiveFocus();
    }

    Shortcut {
        sequence: "Ctrl+L"
        onActivated: window.shell.language.toggle()
    }
    Shortcut {
        sequences: ["Ctrl+F", "F3"]
        onActivated: {
            search.forceActiveFocus();
            search.selectAll();
        }
    }
    Shortcut {
        sequence: "Esc"
        onActivated: window.startOver()
    }

    header: Rectangle {
        implicitHeight: 72
        color: Theme.surface

        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.line
        }

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            spacing: Theme.gap

            Rectangle {
                implicitWidth: 36
                implicitHeight: 36
                radius: 18
                color: Theme.accent

                Label {
                    anchors.centerIn: parent
                    text: "✓"
                    color: Theme.surface
                    font.pixelSize: 20
                    font.bold: true
                }
            }
            Label {
                text: qsTr("Stampdesk")
                color: Theme.ink
                font.pixelSize: Theme.large
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                //: Subtitle beside the product name in the window's header
                text: qsTr("Stamp cards and vouchers")
                color: Theme.muted
                elide: Text.ElideRight
            }
            LanguageSwitch {
                language: window.shell.language
            }
        }
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
                shell: window.shell
            }

            ProgrammePanel {
                objectName: "programmePanel"
                Layout.fillWidth: true
                Layout.fillHeight: true
                programme: window.shell.programme
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
                        onAccepted: window.find()
                    }

                    Button {
                        objectName: "findButton"
                        text: qsTr("Find")
                        font.pixelSize: Theme.large
                        padding: 14
                        focusPolicy: Qt.NoFocus
                        onClicked: window.find()
                    }
                }

                // What was scanned when it is not a card: a voucher, a redeem
                // code, or a code refused and why.
                Label {
                    id: scanMessage

                    readonly property bool refused: window.shell.lastScan.kind === ScanReport.Refused

                    objectName: "scanMessage"
                    visible: window.shell.lastScan.message !== ""
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    padding: Theme.gap + 4
                    text: window.shell.lastScan.message
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
                    text: qsTr("Read: %1").arg(window.shell.lastScan.text)
                    color: Theme.muted
                    font.family: Theme.monospace
                    font.pixelSize: Theme.small
                    elide: Text.ElideRight
                }

                // Why no card is shown: nothing matches, several do, or the
                // store failed.
                Label {
                    id: lookupMessage

                    readonly property bool failed: window.lookup.state === CardLookup.Failed

                    objectName: "lookupMessage"
                    visible: window.lookup.message !== ""
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    padding: Theme.gap + 4
                    text: window.lookup.message
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
                    visible: window.lookup.found
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    card: window.lookup.card
                }

                Label {
                    visible: window.lookup.state === CardLookup.Idle && window.shell.lastScan.kind === ScanReport.None
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    text: qsTr("Scan the card's QR code, or type the card number or the customer's phone number, then press Enter.")
                    color: Theme.muted
                    wrapMode: Text.Wrap
                }

            }
        }
    }

    footer: RowLayout {
        Label {
            Layout.fillWidth: true
            padding: 8
            leftPadding: Theme.margin
            //: In the window's footer; %1 is the version number
            text: qsTr("Stampdesk %1").arg(window.shell.version)
            color: Theme.muted
            font.pixelSize: Theme.small
        }
        Label {
            padding: 8
            rightPadding: Theme.margin
            text: qsTr("Enter: find · Esc: start over · Ctrl+L: language")
            color: Theme.muted
            font.pixelSize: Theme.small
        }
    }
}
