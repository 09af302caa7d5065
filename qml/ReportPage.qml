// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stampdesk.App

// The shop's figures for today and this month, and the month as a CSV
// file for a spreadsheet or the accountant.
SettingsSection {
    id: page

    required property ReportModel report

    title: qsTr("Reports")
    summary: qsTr("Stamps and vouchers of every register of the shop.")

    onVisibleChanged: if (page.visible) page.report.reload()

    // The columns' titles: today's date and the month.
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.margin

        Item {
            Layout.fillWidth: true
        }
        Label {
            objectName: "reportToday"
            Layout.preferredWidth: 220
            text: page.report.todayTitle
            font.bold: true
            horizontalAlignment: Text.AlignRight
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "reportMonth"
            Layout.preferredWidth: 180
            text: page.report.monthTitle
            font.bold: true
            horizontalAlignment: Text.AlignRight
            wrapMode: Text.Wrap
        }
    }

    Repeater {
        model: page.report

        delegate: RowLayout {
            id: figureRow

            required property string label
            required property string today
            required property string month

            Layout.fillWidth: true
            spacing: Theme.margin

            Label {
                Layout.fillWidth: true
                text: figureRow.label
                wrapMode: Text.Wrap
            }
            Label {
                Layout.preferredWidth: 220
                text: figureRow.today
                font.pixelSize: Theme.large
                font.bold: true
                horizontalAlignment: Text.AlignRight
            }
            Label {
                Layout.preferredWidth: 180
                text: figureRow.month
                font.pixelSize: Theme.large
                font.bold: true
                horizontalAlignment: Text.AlignRight
            }
        }
    }

    SettingsLabel {
        Layout.topMargin: Theme.gap
        text: qsTr("Save this month as a CSV file")
        hint: qsTr("Empty for %1").arg(page.report.defaultExportPath)

        TextField {
            id: exportPath

            objectName: "reportPath"
            Layout.fillWidth: true
            placeholderText: page.report.defaultExportPath
            onAccepted: exportButton.clicked()
        }
        Button {
            id: exportButton

            objectName: "exportReportButton"
            implicitHeight: 52
            text: qsTr("Export CSV…")
            onClicked: page.report.exportCsv(exportPath.text)
        }
    }
    Label {
        objectName: "reportSaved"
        Layout.fillWidth: true
        visible: page.report.savedPath.length > 0 || page.report.problem.length > 0
        //: %1 is the path of the file saved
        text: page.report.problem.length > 0 ? page.report.problem : qsTr("Saved to %1").arg(page.report.savedPath)
        color: page.report.problem.length > 0 ? Theme.bad : Theme.good
        wrapMode: Text.WrapAnywhere
    }
}
