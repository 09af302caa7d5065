// SPDX-License-Identifier: Apache-2.0
// The reports: today's and this month's figures, in the UI language's
// numbers and dates, and the month as a CSV file for a spreadsheet.
#include "app/language.h"
#include "app/reportmodel.h"
#include "shopfixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace stampdesk;
using namespace Qt::StringLiterals;

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_language.setCode(u"en"_s));
        m_shop = std::make_unique<test::Shop>();
    }

    void cleanup() { m_shop.reset(); }

    void countsTodayAndThisMonth()
    {
        // Two days ago: a card with 3 stamps. Today: a card reaching the
        // goal (8) with 2 over, a voucher issued.
        m_shop->card(u"Đào"_s, u"0901234567"_s, 3);
        m_shop->advance(2 * 24 * 3600);
        m_shop->card(u"Minh"_s, u"0907654321"_s, 10);

        ReportModel report(m_shop->store(), m_language);
        QAbstractItemModelTester tester(&report,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(report.rowCount(), 6);
        QCOMPARE(report.today().stampsAdded, 10);
        QCOMPARE(report.today().cardsCreated, 1);
        QCOMPARE(report.today().vouchersIssued, 1);
        QCOMPARE(report.month().stampsAdded, 13);
        QCOMPARE(report.month().cardsCreated, 2);

        const QModelIndex stamps = report.index(0);
        QCOMPARE(stamps.data(ReportModel::LabelRole).toString(), u"Stamps added"_s);
        QCOMPARE(stamps.data(ReportModel::TodayValueRole).toInt(), 10);
        QCOMPARE(stamps.data(ReportModel::MonthRole).toString(), u"13"_s);
        QCOMPARE(report.monthTitle(), u"November 2026"_s);
        QVERIFY2(report.todayTitle().contains(u"25"), qPrintable(report.todayTitle()));
    }

    void followsTheLanguage()
    {
        for (int i = 0; i < 250; ++i)
            m_shop->store().createCard(QString(), QString(), u"Lan"_s).value();
        ReportModel report(m_shop->store(), m_language);
        QAbstractItemModelTester tester(&report,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy titles(&report, &ReportModel::titlesChanged);
        QSignalSpy data(&report, &ReportModel::dataChanged);
        QCOMPARE(report.index(3).data(ReportModel::TodayRole).toString(), u"250"_s);
        const QString english = report.monthTitle();

        QVERIFY(m_language.setCode(u"vi"_s));
        QCOMPARE(titles.count(), 1);
        QCOMPARE(data.count(), 1);
        QVERIFY(report.monthTitle() != english);
        QCOMPARE(report.monthTitle(),
                 QLocale(u"vi_VN"_s).toString(QDate(2026, 11, 23), u"MMMM yyyy"_s));
        QCOMPARE(report.index(0).data(ReportModel::LabelRole).toString(),
                 QCoreApplication::translate("stampdesk::ReportModel", "Stamps added"));
    }

    void exportsTheMonthAsCsv()
    {
        m_shop->card(u"Đào"_s, u"0901234567"_s, 3);
        m_shop->advance(24 * 3600);
        m_shop->card(u"Minh"_s, u"0907654321"_s, 10);
        ReportModel report(m_shop->store(), m_language);
        QVERIFY(report.defaultExportPath().endsWith(u"stampdesk-report-2026-11.csv"));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"out/report.csv"_s);
        QSignalSpy exported(&report, &ReportModel::exportChanged);
        QVERIFY(report.exportCsv(path));
        QVERIFY(exported.count() >= 1);
        QCOMPARE(report.savedPath(), path);
        QVERIFY(report.problem().isEmpty());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first(),
                 "date,stamps_added,vouchers_issued,vouchers_redeemed,cards_created,"
                 "stamps_undone,redemptions_undone");
        // 1 to 24 November, the total, and the empty piece after the last newline.
        QCOMPARE(lines.size(), 1 + 24 + 1 + 1);
        QCOMPARE(lines.at(1), "2026-11-01,0,0,0,0,0,0");
        QCOMPARE(lines.at(23), "2026-11-23,3,0,0,1,0,0");
        QCOMPARE(lines.at(24), "2026-11-24,10,1,0,1,0,0");
        QCOMPARE(lines.at(25), "2026-11,13,1,0,2,0,0");
    }

    void saysWhyItCannotExport()
    {
        ReportModel report(m_shop->store(), m_language);
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // A folder where a file is: nothing can be written there.
        QVERIFY(!report.exportCsv(dir.filePath(u"file/report.csv"_s)));
        QVERIFY(report.problem().contains(u"file/report.csv"));
        QCOMPARE(report.savedPath(), QString());
    }

private:
    Language m_language;
    std::unique_ptr<test::Shop> m_shop;
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
