// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// The register's main window: the header (the product, the shop, who is
// signed in, the sync state, the settings, the language), the page of the
// moment and the footer with the keys to know.
//
// The page follows the shop's state: the first-start wizard until the shop
// has a manager, the sign-in while nobody works the register, then the
// counter, or the settings a manager opened.
ApplicationWindow {
    id: window

    required property Shell shell
    property bool settingsOpen: false

    readonly property int wizardPage: 0
    readonly property int signInPage: 1
    readonly property int counterPage: 2
    readonly property int settingsPage: 3
    readonly property int page: window.shell.setup.active ? window.wizardPage
        : !window.shell.staff.signedIn ? window.signInPage
        : window.settingsOpen ? window.settingsPage : window.counterPage

    // The keyboard goes to the page shown, and within it to its first field.
    function focusPage() {
        if (pinDialog.opened)
            return;
        const scopes = [wizardScope, signInScope, counterScope, settingsScope];
        scopes[window.page].forceActiveFocus();
    }

    // The settings at one of their tabs (the shop server's, for conflicts).
    function openSettingsAt(tab: int) {
        settingsPageItem.currentIndex = tab;
        window.openSettings();
    }

    function openSettings() {
        if (window.shell.staff.isManager)
            window.settingsOpen = true;
        else
            pinDialog.open();
    }

    width: 1180
    height: 760
    minimumWidth: 960
    minimumHeight: 640
    visible: true
    //: The product's name, the window's title
    title: qsTr("Stampdesk")
    color: Theme.background
    font.pixelSize: Theme.body

    onPageChanged: focusLater.restart()
    Component.onCompleted: focusLater.restart()

    // Once the page shown has settled.
    Timer {
        id: focusLater

        interval: 0
        onTriggered: window.focusPage()
    }

    Shortcut {
        sequence: "Ctrl+L"
        onActivated: window.shell.language.toggle()
    }

    Connections {
        target: window.shell.staff

        // A new member at the register starts at the counter.
        function onChanged() {
            if (!window.shell.staff.isManager)
                window.settingsOpen = false;
        }
    }

    PinDialog {
        id: pinDialog

        objectName: "settingsPinDialog"
        staff: window.shell.staff
        reason: qsTr("The settings are for managers. A manager's PIN opens them.")
        onApproved: {
            if (window.shell.staff.takeApproval())
                window.settingsOpen = true;
        }
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
                // The window's title says it too, where room is short.
                visible: window.width > 1100
                text: qsTr("Stampdesk")
                color: Theme.ink
                font.pixelSize: Theme.large
                font.bold: true
            }
            Label {
                objectName: "shopName"
                Layout.fillWidth: true
                Layout.minimumWidth: 0
                Layout.preferredWidth: Math.min(implicitWidth, 220)
                //: Subtitle beside the product name in the window's header, before the shop has a name
                text: window.shell.registerSettings.shopName.length > 0
                      ? window.shell.registerSettings.shopName : qsTr("Stamp cards and vouchers")
                color: Theme.muted
                elide: Text.ElideRight
            }

            // Low on POS redeem codes: a manager sees it on every page.
            Label {
                objectName: "codeStockLow"
                Layout.maximumWidth: 220
                visible: window.shell.staff.isManager && window.shell.codeStock.codeStockLow
                text: qsTr("Few redeem codes left")
                color: Theme.bad
                font.pixelSize: Theme.small
                font.bold: true
                elide: Text.ElideRight
                ToolTip.visible: codeStockArea.containsMouse
                ToolTip.text: window.shell.codeStock.warning

                MouseArea {
                    id: codeStockArea

                    anchors.fill: parent
                    hoverEnabled: true
                }
            }

            // Always whole: the shop's name gives way first.
            SyncIndicator {
                objectName: "syncIndicator"
                Layout.minimumWidth: implicitWidth
                sync: window.shell.sync
            }

            // What the shop's server refused and nobody has looked at yet.
            Badge {
                objectName: "conflictBadge"
                visible: window.shell.sync.unseenConflicts > 0
                //: In the header: sync conflicts nobody has looked at yet
                text: qsTr("%n conflict(s)", "", window.shell.sync.unseenConflicts)
                tint: Theme.surface
                fill: Theme.bad
                Accessible.role: Accessible.Button
                Accessible.name: text

                MouseArea {
                    anchors.fill: parent
                    enabled: window.shell.staff.signedIn
                    cursorShape: Qt.PointingHandCursor
                    onClicked: window.openSettingsAt(settingsPageItem.serverTab)
                }
            }

            // Who works the register, and the way to hand it over.
            RowLayout {
                visible: window.shell.staff.signedIn
                spacing: 8

                Label {
                    objectName: "signedInName"
                    Layout.maximumWidth: 180
                    text: window.shell.staff.name
                    color: Theme.ink
                    font.bold: true
                    elide: Text.ElideRight
                }
                CounterButton {
                    objectName: "switchStaffButton"
                    //: Hands the register over to another staff member
                    text: qsTr("Switch")
                    focusPolicy: Qt.NoFocus
                    implicitHeight: 48
                    padding: 10
                    font.pixelSize: Theme.body
                    onClicked: {
                        window.settingsOpen = false;
                        window.shell.staff.signOut();
                    }
                }
            }

            CounterButton {
                objectName: "settingsButton"
                visible: window.shell.staff.signedIn && !window.settingsOpen
                text: qsTr("Settings")
                focusPolicy: Qt.NoFocus
                implicitHeight: 48
                padding: 10
                font.pixelSize: Theme.body
                onClicked: window.openSettings()
            }

            LanguageSwitch {
                language: window.shell.language
            }
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: window.page

        FocusScope {
            id: wizardScope

            WizardPage {
                objectName: "wizardPage"
                anchors.fill: parent
                focus: true
                shell: window.shell
            }
        }

        FocusScope {
            id: signInScope

            SignInPage {
                objectName: "signInPage"
                anchors.fill: parent
                focus: true
                shell: window.shell
            }
        }

        // The counter's search field has the focus within its scope.
        FocusScope {
            id: counterScope

            CounterPage {
                objectName: "counterPage"
                anchors.fill: parent
                shell: window.shell
            }
        }

        FocusScope {
            id: settingsScope

            SettingsPage {
                id: settingsPageItem

                objectName: "settingsPage"
                anchors.fill: parent
                focus: true
                shell: window.shell
                onClosed: window.settingsOpen = false
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
