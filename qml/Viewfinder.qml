// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import Stampdesk.App
import Stampdesk.Scan

// The camera's picture, with the scanner that reads codes from it, and one
// line that says whether the camera works (and what to do when it does
// not). What a scan means is the shell's business, not this panel's.
Panel {
    id: panel

    required property Shell shell
    readonly property FrameSource camera: panel.shell.camera
    readonly property bool showing: panel.camera.state === FrameSource.Active
    // Qt Quick's software renderer (the default without a GPU, see main.cpp)
    // or one of the RHI's; fixed for the process, known once in a window.
    readonly property bool software: GraphicsInfo.api === GraphicsInfo.Software
    // Where the camera's frames go: the item that shows them.
    readonly property VideoSink videoSink: panel.software ? picture.videoSink : output.videoSink

    implicitHeight: column.implicitHeight + 2 * Theme.gap

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap / 2

        Rectangle {
            Layout.fillWidth: true
            // 4:3, as most webcams; a 16:9 picture gets bars.
            Layout.preferredHeight: width * 3 / 4
            radius: Theme.radius / 2
            color: Theme.ink
            clip: true

            VideoOutput {
                id: output

                objectName: panel.software ? "" : "viewfinderOutput"
                visible: !panel.software
                anchors.fill: parent
                fillMode: VideoOutput.PreserveAspectFit
            }

            // Qt 6.4's VideoOutput draws nothing on the software renderer
            // (it needs the RHI): this item paints the frames itself.
            FramePicture {
                id: picture

                objectName: panel.software ? "viewfinderOutput" : ""
                visible: panel.software
                anchors.fill: parent
            }

            // Where to hold the code: four corner marks in the middle of the
            // picture. The scanner reads the whole picture; the marks only
            // show the customer where to aim.
            Item {
                id: scanArea

                objectName: "scanArea"
                visible: panel.showing
                anchors.centerIn: parent
                width: Math.min(parent.width, parent.height) * 0.7
                height: width

                Corner {
                    atRight: false
                    atBottom: false
                    side: scanArea.width / 5
                }
                Corner {
                    x: scanArea.width - width
                    atRight: true
                    atBottom: false
                    side: scanArea.width / 5
                }
                Corner {
                    y: scanArea.height - height
                    atRight: false
                    atBottom: true
                    side: scanArea.width / 5
                }
                Corner {
                    x: scanArea.width - width
                    y: scanArea.height - height
                    atRight: true
                    atBottom: true
                    side: scanArea.width / 5
                }
            }

            // Where the picture would be: the state in large, when there is
            // no picture to show.
            Label {
                visible: !panel.showing
                anchors.fill: parent
                anchors.margins: Theme.gap
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                //: Shown where the camera's picture would be
                text: panel.camera.state === FrameSource.Starting ? qsTr("Starting…") : qsTr("No picture")
                color: Theme.surface
                font.pixelSize: Theme.large
                wrapMode: Text.Wrap
            }
        }

        Label {
            objectName: "cameraState"
            Layout.fillWidth: true
            text: panel.camera.stateText
            color: panel.showing || panel.camera.state === FrameSource.Starting ? Theme.muted : Theme.bad
            font.pixelSize: Theme.small
            wrapMode: Text.Wrap
        }

        // The scanner's pace, for whoever sets the camera up.
        Label {
            objectName: "scannerPace"
            visible: panel.showing && scanner.decodedFrames > 0
            Layout.fillWidth: true
            //: The code scanner's speed: frames read per second, and milliseconds per frame
            text: qsTr("%1 frames/s · %2 ms each").arg(Theme.number(scanner.framesPerSecond, 0)).arg(Theme.number(scanner.decodeMilliseconds, 1))
            color: Theme.muted
            font.pixelSize: Theme.small
        }
    }

    VideoScanner {
        id: scanner

        objectName: "videoScanner"
        videoSink: panel.videoSink
    }

    // Again if the renderer becomes known only later (a window given late).
    onVideoSinkChanged: panel.shell.useViewfinder(panel.videoSink, scanner)
    Component.onCompleted: panel.shell.useViewfinder(panel.videoSink, scanner)

    // One corner mark of the scan area: two strokes meeting at the corner
    // the flags name.
    component Corner: Item {
        id: corner

        required property bool atRight
        required property bool atBottom
        required property real side

        width: corner.side
        height: corner.side

        Rectangle {
            id: across

            y: corner.atBottom ? corner.height - across.height : 0
            width: corner.width
            height: 4
            radius: 2
            // Seen over a dark room and over a white screen alike.
            color: Theme.accent
        }
        Rectangle {
            id: down

            x: corner.atRight ? corner.width - down.width : 0
            width: 4
            height: corner.height
            radius: 2
            color: Theme.accent
        }
    }
}
