// SPDX-License-Identifier: Apache-2.0
// Several processes share one database (the app, and a POS calling
// stampdesk-cli): writers wait for each other and nothing is lost.
#include "storetest.h"

#include <QProcess>
#include <QTest>

using namespace stampdesk;
using namespace stampdesk::test;

class TestConcurrency : public QObject
{
    Q_OBJECT
private slots:
    void parallelWritersLoseNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.db"));
        const QString cardId = databaseWithCard(path, 7);

        constexpr int writers = 4;
        constexpr int stampsEach = 100;
        constexpr int cliStamps = 20;
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < writers; ++i) {
            auto p = std::make_unique<QProcess>();
            p->start(QStringLiteral(STAMPWRITER), {path, cardId, QString::number(stampsEach)});
            QVERIFY(p->waitForStarted());
            processes.push_back(std::move(p));
        }
        // Meanwhile a "POS" stamps through the command-line tool.
        for (int i = 0; i < cliStamps; ++i) {
            QProcess cli;
            cli.start(QStringLiteral(STAMPDESK_CLI),
                      {QStringLiteral("--db"), path, QStringLiteral("stamp"), cardId});
            QVERIFY(cli.waitForFinished(60000));
            QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        }
        int acknowledged = 0;
        for (auto &p : processes) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            acknowledged += int(p->readAllStandardOutput().count("ack "));
        }
        QCOMPARE(acknowledged, writers * stampsEach);

        auto store = openStore(path);
        const int total = writers * stampsEach + cliStamps;
        const CardState card = store->cardState(cardId).value();
        QCOMPARE(card.card.lifetimeStamps, total);
        QCOMPARE(card.card.cycles, total / 7);
        QCOMPARE(card.card.stamps, total % 7);
        QCOMPARE(int(card.vouchers.size()), total / 7);
        const CheckReport report = store->check().value();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
