// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// The register's main window: the header (the product, the language), the
// page of the moment (the counter) and the footer with the keys to know.
ApplicationWindow {
    id: window

    required property Shell shell

    width: 1180
    height: 760
    minimumWidth: 960
    minimumHeight: 640
    visible: true
    //: The product's name, the window's title
    title: qsTr("Stampdesk")
    color: Theme.background
    font.pixelSize: Theme.body

    Shortcut {
        sequence: "Ctrl+L"
        onActivated: window.shell.language.toggle()
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

    CounterPage {
        objectName: "counterPage"
        anchors.fill: parent
        shell: window.shell
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
