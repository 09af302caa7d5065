// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// The first start: language, the shop's name, the manager and their PIN,
// the programme (the demo one to start from), then the counter. Enter is
// Next; each step says what it misses.
FocusScope {
    id: page

    required property Shell shell
    readonly property SetupWizard wizard: page.shell.setup
    readonly property int step: page.wizard.step

    function focusStep() {
        if (page.step === SetupWizard.ShopName)
            shopName.forceActiveFocus();
        else if (page.step === SetupWizard.Manager)
            managerName.forceActiveFocus();
        else
            page.forceActiveFocus();
    }
    function next() {
        if (page.step === SetupWizard.Manager)
            page.wizard.setPin(pin.text, pinAgain.text);
        if (page.step === SetupWizard.Done)
            page.wizard.finish();
        else
            page.wizard.next();
    }

    onStepChanged: focusLater.restart()

    // After the step's page is shown.
    Timer {
        id: focusLater

        interval: 0
        onTriggered: page.focusStep()
    }
    Keys.onReturnPressed: page.next()
    Keys.onEnterPressed: page.next()

    Panel {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 880)
        height: Math.min(parent.height - 2 * Theme.margin, 640)

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.gap

            Label {
                objectName: "wizardStep"
                Layout.fillWidth: true
                //: %1 is the step shown, %2 the number of steps
                text: qsTr("Setting up Stampdesk · step %1 of %2").arg(page.step + 1).arg(page.wizard.stepCount)
                color: Theme.muted
                wrapMode: Text.Wrap
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: page.step

                // Language
                ColumnLayout {
                    spacing: Theme.gap

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Welcome! Which language should Stampdesk speak?")
                        font.pixelSize: Theme.title
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("You can switch at any time, in the header or in the settings.")
                        color: Theme.muted
                        wrapMode: Text.Wrap
                    }
                    RowLayout {
                        spacing: Theme.gap

                        Repeater {
                            // (Qt 6.4's qmllint does not let a delegate
                            // see the ids around it: each choice carries them.)
                            model: {
                                const choices = [];
                                for (const code of page.shell.language.codes)
                                    choices.push({ code: code, language: page.shell.language, wizard: page.wizard });
                                return choices;
                            }

                            delegate: Button {
                                id: languageChoice

                                required property var modelData
                                readonly property bool current: languageChoice.modelData.language.code === languageChoice.modelData.code

                                objectName: "wizardLanguage_" + languageChoice.modelData.code
                                implicitWidth: 220
                                implicitHeight: 72
                                text: languageChoice.modelData.language.nativeName(languageChoice.modelData.code)
                                font.pixelSize: Theme.large
                                focusPolicy: Qt.NoFocus
                                onClicked: languageChoice.modelData.wizard.setLanguage(languageChoice.modelData.code)

                                contentItem: Label {
                                    text: languageChoice.text
                                    font: languageChoice.font
                                    color: languageChoice.current ? Theme.surface : Theme.ink
                                    horizontalAlignment: Text.AlignHCenter
                                    verticalAlignment: Text.AlignVCenter
                                }
                                background: Rectangle {
                                    radius: Theme.radius
                                    color: languageChoice.current ? Theme.accent : Theme.background
                                    border.color: languageChoice.current ? Theme.accent : Theme.line
                                }
                            }
                        }
                    }
                    Item {
                        Layout.fillHeight: true
                    }
                }

                // The shop's name
                ColumnLayout {
                    spacing: Theme.gap

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("What is the shop called?")
                        font.pixelSize: Theme.title
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    TextField {
                        id: shopName

                        objectName: "wizardShopName"
                        Layout.fillWidth: true
                        text: page.wizard.shopName
                        maximumLength: 100
                        font.pixelSize: Theme.large
                        placeholderText: qsTr("e.g. Cà phê Đào")
                        onTextEdited: page.wizard.shopName = text
                    }
                    Item {
                        Layout.fillHeight: true
                    }
                }

                // The manager
                ColumnLayout {
                    spacing: Theme.gap

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Who manages the shop?")
                        font.pixelSize: Theme.title
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("The manager signs in with a PIN of 4 to 8 digits, opens the settings and adds the other staff.")
                        color: Theme.muted
                        wrapMode: Text.Wrap
                    }
                    SettingsLabel {
                        text: qsTr("Manager's name")

                        TextField {
                            id: managerName

                            objectName: "wizardManagerName"
                            Layout.fillWidth: true
                            text: page.wizard.managerName
                            maximumLength: 100
                            onTextEdited: page.wizard.managerName = text
                        }
                    }
                    SettingsLabel {
                        text: qsTr("PIN")

                        TextField {
                            id: pin

                            objectName: "wizardPin"
                            Layout.fillWidth: true
                            echoMode: TextInput.Password
                            inputMethodHints: Qt.ImhDigitsOnly
                            maximumLength: 8
                        }
                    }
                    SettingsLabel {
                        text: qsTr("The same PIN again")

                        TextField {
                            id: pinAgain

                            objectName: "wizardPinAgain"
                            Layout.fillWidth: true
                            echoMode: TextInput.Password
                            inputMethodHints: Qt.ImhDigitsOnly
                            maximumLength: 8
                        }
                    }
                    Item {
                        Layout.fillHeight: true
                    }
                }

                // The programme
                Flickable {
                    contentWidth: width
                    contentHeight: programme.implicitHeight + programmeTitle.implicitHeight + Theme.gap
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}

                    Label {
                        id: programmeTitle

                        width: parent.width - Theme.gap
                        text: qsTr("The stamp card and its reward")
                        font.pixelSize: Theme.title
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    SettingsProgrammeForm {
                        id: programme

                        y: programmeTitle.height + Theme.gap
                        width: parent.width - Theme.gap
                        editor: page.wizard.programme
                    }
                }

                // Done
                ColumnLayout {
                    spacing: Theme.gap

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("All set!")
                        font.pixelSize: Theme.title
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "wizardDone"
                        Layout.fillWidth: true
                        //: %1 is the manager's name
                        text: qsTr("%1 is signed in. Scan a customer's card, or create one at the counter. More staff, redeem codes and reports are in the settings.").arg(page.shell.staff.name)
                        wrapMode: Text.Wrap
                    }
                    Item {
                        Layout.fillHeight: true
                    }
                }
            }

            Label {
                objectName: "wizardProblem"
                Layout.fillWidth: true
                visible: page.wizard.problem.length > 0
                text: page.wizard.problem
                color: Theme.bad
                font.bold: true
                wrapMode: Text.Wrap
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap

                CounterButton {
                    objectName: "wizardBack"
                    visible: page.step !== SetupWizard.Language && page.step !== SetupWizard.Done
                    enabled: !page.wizard.busy
                    text: qsTr("Back")
                    focusPolicy: Qt.NoFocus
                    onClicked: page.wizard.back()
                }
                Item {
                    Layout.fillWidth: true
                }
                BusyIndicator {
                    running: page.wizard.busy
                    visible: page.wizard.busy
                    implicitWidth: 48
                    implicitHeight: 48
                }
                CounterButton {
                    objectName: "wizardNext"
                    implicitWidth: Math.max(160, implicitContentWidth + leftPadding + rightPadding)
                    enabled: !page.wizard.busy
                    primary: true
                    text: page.step === SetupWizard.Done ? qsTr("Open the counter")
                        : page.step === SetupWizard.Programme ? qsTr("Finish") : qsTr("Next")
                    focusPolicy: Qt.NoFocus
                    onClicked: page.next()
                }
            }
        }
    }
}
