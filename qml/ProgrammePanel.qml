// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// The programme at a glance: what the customer collects for, and the rules
// the cashier works under.
Panel {
    id: panel

    required property ProgrammeInfo programme

    implicitWidth: 400
    implicitHeight: content.implicitHeight + 2 * Theme.margin

    function kindText(kind: int): string {
        switch (kind) {
        case ProgrammeInfo.FreeItem:
            return qsTr("Free item");
        case ProgrammeInfo.AddOn:
            return qsTr("Add-on");
        case ProgrammeInfo.Upgrade:
            return qsTr("Upgrade");
        case ProgrammeInfo.Perk:
            return qsTr("Perk");
        }
        return "";
    }

    function modeText(mode: int): string {
        switch (mode) {
        case ProgrammeInfo.SelfRedeem:
            return qsTr("The customer redeems it on the phone");
        case ProgrammeInfo.StaffScan:
            return qsTr("The cashier scans the voucher and confirms");
        case ProgrammeInfo.RedeemCode:
            return qsTr("The cashier scans or types the voucher's code");
        }
        return "";
    }

    function cooldownText(minutes: int): string {
        if (minutes === 0)
            return qsTr("No waiting time");
        if (minutes % 60 === 0)
            return qsTr("%n hour(s)", "", minutes / 60);
        return qsTr("%n minute(s)", "", minutes);
    }

    // Scrolls only when the window is too low for the whole programme.
    Flickable {
        id: flick

        anchors.fill: parent
        anchors.margins: 1
        clip: true
        contentWidth: width
        contentHeight: content.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: content

            x: Theme.margin - 1
            y: Theme.margin - 1
            width: flick.width - 2 * Theme.margin + 2
            spacing: 10

            Label {
                Layout.fillWidth: true
                //: Heading over the shop's stamp-card programme
                text: qsTr("Stamp card programme")
                color: Theme.muted
                font.pixelSize: Theme.small
                font.bold: true
                font.capitalization: Font.AllUppercase
                wrapMode: Text.Wrap
            }

            Label {
                objectName: "programmeError"
                visible: !panel.programme.loaded
                Layout.fillWidth: true
                text: panel.programme.error
                color: Theme.bad
                wrapMode: Text.Wrap
            }

            Label {
                objectName: "programmeGoal"
                visible: panel.programme.loaded
                Layout.fillWidth: true
                Layout.topMargin: 4
                //: The stamp goal, shown large: "8 stamps"
                text: qsTr("%n stamp(s)", "", panel.programme.goal)
                color: Theme.accent
                font.pixelSize: Theme.huge
                font.bold: true
                wrapMode: Text.Wrap
            }

            Label {
                visible: panel.programme.loaded
                Layout.fillWidth: true
                Layout.topMargin: -6
                //: Between the stamp goal and the reward: "8 stamps / earn a voucher for / A free coffee"
                text: qsTr("earn a voucher for")
                color: Theme.muted
                wrapMode: Text.Wrap
            }

            Label {
                objectName: "programmeReward"
                visible: panel.programme.loaded
                Layout.fillWidth: true
                text: panel.programme.rewardName
                color: Theme.ink
                font.pixelSize: Theme.large
                font.bold: true
                wrapMode: Text.Wrap
            }

            Badge {
                visible: panel.programme.loaded
                text: panel.kindText(panel.programme.rewardKind)
                tint: Theme.accent
                fill: Theme.accentSoft
            }

            Label {
                visible: panel.programme.loaded && text !== ""
                Layout.fillWidth: true
                text: panel.programme.rewardDescription
                color: Theme.muted
                wrapMode: Text.Wrap
            }

            Rectangle {
                visible: panel.programme.loaded
                Layout.fillWidth: true
                Layout.topMargin: 6
                Layout.bottomMargin: 6
                implicitHeight: 1
                color: Theme.line
            }

            ColumnLayout {
                visible: panel.programme.loaded
                Layout.fillWidth: true
                spacing: 10

                Detail {
                    Layout.fillWidth: true
                    name: qsTr("Redemption")
                    value: panel.modeText(panel.programme.redemptionMode)
                }
                Detail {
                    Layout.fillWidth: true
                    name: qsTr("Vouchers valid for")
                    value: panel.programme.validDays > 0
                           ? qsTr("%n day(s)", "", panel.programme.validDays)
                           : qsTr("No expiry")
                }
                Detail {
                    Layout.fillWidth: true
                    name: qsTr("Stamps per visit")
                    value: qsTr("At most %n", "", panel.programme.maxPerVisit)
                }
                Detail {
                    Layout.fillWidth: true
                    name: qsTr("Between two visits")
                    value: panel.cooldownText(panel.programme.cooldownMinutes)
                }
                Detail {
                    Layout.fillWidth: true
                    name: qsTr("Vouchers redeemable")
                    value: panel.programme.location !== ""
                           ? qsTr("Only at %1").arg(panel.programme.location)
                           : qsTr("At every location")
                }
            }
        }
    }
}
