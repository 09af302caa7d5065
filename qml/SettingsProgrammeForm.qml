// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// The programme and its reward as a form over a ProgrammeEditor: every
// value, with what is wrong with it under it. Used by the settings and by
// the first-start wizard; saving is theirs.
ColumnLayout {
    id: form

    required property ProgrammeEditor editor

    spacing: Theme.gap

    SettingsLabel {
        text: qsTr("Stamps for a reward")
        hint: qsTr("Reaching this number issues a voucher; extra stamps count towards the next one.")
        problem: form.editor.goalProblem

        SpinBox {
            objectName: "goalField"
            from: 0
            to: 99999
            editable: true
            value: form.editor.goal
            onValueModified: form.editor.goal = value
        }
    }

    SettingsLabel {
        text: qsTr("Reward name")
        problem: form.editor.rewardNameProblem

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.gap

            Label {
                text: "VI"
                color: Theme.muted
            }
            TextField {
                objectName: "rewardNameVi"
                Layout.fillWidth: true
                text: form.editor.rewardNameVi
                maximumLength: 200
                placeholderText: qsTr("In Vietnamese")
                onTextEdited: form.editor.rewardNameVi = text
            }
            Label {
                text: "EN"
                color: Theme.muted
            }
            TextField {
                objectName: "rewardNameEn"
                Layout.fillWidth: true
                text: form.editor.rewardNameEn
                maximumLength: 200
                placeholderText: qsTr("In English")
                onTextEdited: form.editor.rewardNameEn = text
            }
        }
    }

    SettingsLabel {
        text: qsTr("Reward description")

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.gap

            Label {
                text: "VI"
                color: Theme.muted
            }
            TextField {
                Layout.fillWidth: true
                text: form.editor.rewardDescriptionVi
                maximumLength: 500
                placeholderText: qsTr("In Vietnamese")
                onTextEdited: form.editor.rewardDescriptionVi = text
            }
            Label {
                text: "EN"
                color: Theme.muted
            }
            TextField {
                Layout.fillWidth: true
                text: form.editor.rewardDescriptionEn
                maximumLength: 500
                placeholderText: qsTr("In English")
                onTextEdited: form.editor.rewardDescriptionEn = text
            }
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: form.width > 900 ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.gap

        SettingsLabel {
            text: qsTr("Kind of reward")

            ComboBox {
                objectName: "rewardKind"
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                model: [
                    //: A kind of reward
                    { value: ProgrammeInfo.FreeItem, text: qsTr("A free item") },
                    //: A kind of reward: something extra with a purchase
                    { value: ProgrammeInfo.AddOn, text: qsTr("An add-on") },
                    //: A kind of reward: a bigger size or better product
                    { value: ProgrammeInfo.Upgrade, text: qsTr("An upgrade") },
                    //: A kind of reward: any other advantage
                    { value: ProgrammeInfo.Perk, text: qsTr("A perk") }
                ]
                currentIndex: count > 0 ? indexOfValue(form.editor.rewardKind) : -1
                onActivated: form.editor.rewardKind = currentValue
            }
        }

        SettingsLabel {
            text: qsTr("How vouchers are redeemed")

            ComboBox {
                objectName: "redemptionMode"
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                model: [
                    { value: ProgrammeInfo.SelfRedeem, text: qsTr("By the customer, on the phone") },
                    { value: ProgrammeInfo.StaffScan, text: qsTr("Scanned and confirmed by the cashier") },
                    { value: ProgrammeInfo.RedeemCode, text: qsTr("With a redeem code") }
                ]
                currentIndex: count > 0 ? indexOfValue(form.editor.redemptionMode) : -1
                onActivated: form.editor.redemptionMode = currentValue
            }
        }

        SettingsLabel {
            text: qsTr("Validity")
            problem: form.editor.validDaysProblem

            ColumnLayout {
                Layout.fillWidth: true

                CheckBox {
                    objectName: "expiresField"
                    Layout.fillWidth: true
                    text: qsTr("Vouchers expire after")
                    checked: form.editor.expires
                    onToggled: form.editor.expires = checked
                }
                RowLayout {
                    SpinBox {
                        objectName: "validDaysField"
                        enabled: form.editor.expires
                        from: 0
                        to: 99999
                        editable: true
                        value: form.editor.validDays
                        onValueModified: form.editor.validDays = value
                    }
                    Label {
                        Layout.fillWidth: true
                        //: After a number of days, as in "Vouchers expire after [60] days"
                        text: qsTr("day(s)", "", form.editor.validDays)
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        SettingsLabel {
            text: qsTr("Most stamps per visit")
            problem: form.editor.maxPerVisitProblem

            SpinBox {
                objectName: "maxPerVisitField"
                from: 0
                to: 99999
                editable: true
                value: form.editor.maxPerVisit
                onValueModified: form.editor.maxPerVisit = value
            }
        }

        SettingsLabel {
            text: qsTr("Least time between two stamps on a card")
            hint: qsTr("In minutes; 0 for none.")
            problem: form.editor.cooldownProblem

            SpinBox {
                objectName: "cooldownField"
                from: -1
                to: 99999
                editable: true
                value: form.editor.cooldownMinutes
                onValueModified: form.editor.cooldownMinutes = value
            }
        }

        SettingsLabel {
            text: qsTr("Where vouchers may be redeemed")
            hint: qsTr("Empty for any register of the shop.")

            TextField {
                objectName: "locationField"
                Layout.fillWidth: true
                text: form.editor.location
                maximumLength: 100
                onTextEdited: form.editor.location = text
            }
        }
    }

    Label {
        Layout.fillWidth: true
        visible: form.editor.otherProblem.length > 0
        text: form.editor.otherProblem
        color: Theme.bad
        wrapMode: Text.Wrap
    }
}
