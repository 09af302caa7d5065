// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Shown instead of the main window when Stampdesk cannot start, most often
// because its database cannot be opened: says why, then quits.
ApplicationWindow {
    id: window

    required property string message

    width: 680
    height: 340
    minimumWidth: 480
    minimumHeight: 260
    visible: true
    title: qsTr("Stampdesk cannot start")
    color: Theme.background
    font.pixelSize: Theme.body

    Shortcut {
        sequences: ["Esc", "Return", "Enter"]
        onActivated: window.close()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        Label {
            Layout.fillWidth: true
            text: qsTr("Stampdesk cannot open its database")
            color: Theme.bad
            font.pixelSize: Theme.large
            font.bold: true
            wrapMode: Text.Wrap
        }

        Label {
            objectName: "errorMessage"
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: window.message
            color: Theme.ink
            wrapMode: Text.Wrap
        }

        Button {
            objectName: "quitButton"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Quit")
            font.pixelSize: Theme.body
            onClicked: window.close()
        }
    }
}
