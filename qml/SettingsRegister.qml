// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import Stampdesk.App
import Stampdesk.Scan

// This register: the shop's and the register's names, where it stands,
// the camera it scans with (with a live picture), sounds and language.
// The shop's server has a tab of its own (SettingsServer.qml).
SettingsSection {
    id: page

    required property Shell shell
    readonly property RegisterSettings settings: page.shell.registerSettings
    readonly property FrameSource preview: page.settings.preview
    // The counter's camera rests while this page shows another picture of it.
    readonly property bool previewing: page.visible
    // As in Viewfinder.qml: on Qt Quick's software renderer (the default
    // without a GPU) VideoOutput draws nothing, and FramePicture shows it.
    readonly property bool software: GraphicsInfo.api === GraphicsInfo.Software

    title: qsTr("This register")

    // One camera, one picture: the counter's rests while this one runs.
    onPreviewingChanged: {
        page.shell.camera.active = !page.previewing;
        page.preview.active = page.previewing;
    }
    Component.onCompleted: page.preview.videoSink = page.software ? picture.videoSink : output.videoSink
    onSoftwareChanged: page.preview.videoSink = page.software ? picture.videoSink : output.videoSink

    SettingsLabel {
        text: qsTr("Shop name")

        TextField {
            id: shopName

            objectName: "shopNameField"
            Layout.fillWidth: true
            text: page.settings.shopName
            maximumLength: 100
        }
    }
    SettingsLabel {
        text: qsTr("Register name")
        hint: qsTr("Shown in the activity and in refusals, e.g. \"Counter 1\".")

        TextField {
            id: registerName

            objectName: "registerNameField"
            Layout.fillWidth: true
            text: page.settings.registerName
            maximumLength: 100
        }
    }
    SettingsLabel {
        text: qsTr("Location")
        hint: qsTr("Where this register is; vouchers tied to a location are redeemed only there.")

        TextField {
            id: location

            objectName: "locationNameField"
            Layout.fillWidth: true
            text: page.settings.location
            maximumLength: 100
        }
    }
    RowLayout {
        spacing: Theme.gap

        Button {
            objectName: "saveRegisterButton"
            implicitHeight: 52
            text: qsTr("Save")
            onClicked: page.settings.save(shopName.text, registerName.text, location.text)
        }
        Label {
            Layout.fillWidth: true
            visible: page.settings.saved || page.settings.problem.length > 0
            text: page.settings.problem.length > 0 ? page.settings.problem : qsTr("Saved.")
            color: page.settings.problem.length > 0 ? Theme.bad : Theme.good
            wrapMode: Text.Wrap
        }
    }

    SettingsLabel {
        Layout.topMargin: Theme.gap
        text: qsTr("Camera")

        ComboBox {
            objectName: "cameraChoice"
            Layout.fillWidth: true
            textRole: "name"
            valueRole: "id"
            model: page.settings.cameras
            currentIndex: count > 0 ? indexOfValue(page.settings.cameraId) : -1
            onActivated: page.settings.cameraId = currentValue
        }
    }

    // The camera's picture as chosen, to aim it at the counter.
    Rectangle {
        Layout.preferredWidth: 400
        Layout.preferredHeight: 300
        radius: Theme.radius / 2
        color: Theme.ink
        clip: true

        VideoOutput {
            id: output

            visible: !page.software
            anchors.fill: parent
            fillMode: VideoOutput.PreserveAspectFit
        }
        FramePicture {
            id: picture

            visible: page.software
            anchors.fill: parent
        }
        Label {
            anchors.fill: parent
            anchors.margins: Theme.gap
            visible: page.preview.state !== FrameSource.Active
            text: page.preview.stateText
            color: Theme.surface
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
        }
    }
    Label {
        objectName: "previewState"
        Layout.fillWidth: true
        text: page.preview.stateText
        color: page.preview.state === FrameSource.Active ? Theme.muted : Theme.bad
        font.pixelSize: Theme.small
        wrapMode: Text.Wrap
    }

    Switch {
        objectName: "soundsSwitch"
        Layout.topMargin: Theme.gap
        text: qsTr("Sounds for stamps, vouchers and refusals")
        checked: page.settings.sounds
        onToggled: page.settings.sounds = checked
    }

    SettingsLabel {
        text: qsTr("Language")

        Repeater {
            // Each choice carries the objects it works with: in Qt 6.4 the
            // linter does not let a delegate see the ids around it.
            model: {
                const choices = [];
                for (const code of page.shell.language.codes)
                    choices.push({ code: code, language: page.shell.language, settings: page.settings });
                return choices;
            }

            delegate: RadioButton {
                id: languageChoice

                required property var modelData

                objectName: "settingsLanguage_" + languageChoice.modelData.code
                text: languageChoice.modelData.language.nativeName(languageChoice.modelData.code)
                checked: languageChoice.modelData.language.code === languageChoice.modelData.code
                onClicked: languageChoice.modelData.settings.setLanguage(languageChoice.modelData.code)
            }
        }
    }

    // The shop's server has a tab of its own.
    Label {
        objectName: "serverPointer"
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        text: qsTr("The connection to the shop's server (pairing, sync and conflicts) is in the \"Shop server\" tab.")
        color: Theme.muted
        wrapMode: Text.Wrap
    }
}
