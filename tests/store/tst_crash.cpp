// SPDX-License-Identifier: Apache-2.0
// A register killed in the middle of its work (power cut, crash, SIGKILL)
// keeps every stamp it acknowledged, exactly once.
#include "storetest.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace stampdesk;
using namespace stampdesk::test;

class TestCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedWritersKeepEveryAcknowledgedStamp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.db"));
        const QString cardId = databaseWithCard(path, 5);

        QRandomGenerator rng(20261123);
        QStringList acknowledged;
        constexpr int kills = 30;
        for (int round = 0; round < kills; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(STAMPWRITER), {path, cardId, QStringLiteral("1000000")});
            QVERIFY(writer.waitForStarted());
            // Kill it after a random number of commits, while it is in the
            // middle of the next one.
            const int target = rng.bounded(1, 40);
            int seen = 0;
            QByteArray pending;
            while (seen < target) {
                QVERIFY2(writer.waitForReadyRead(30000), writer.readAllStandardError().constData());
                pending += writer.readAllStandardOutput();
                qsizetype newline;
                while ((newline = pending.indexOf('\n')) >= 0) {
                    const QByteArray line = pending.left(newline);
                    pending.remove(0, newline + 1);
                    QVERIFY(line.startsWith("ack "));
                    acknowledged << QString::fromLatin1(line.mid(4));
                    ++seen;
                }
            }
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(30000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            // Acknowledgements already written before the kill count too.
            pending += writer.readAllStandardOutput();
            for (const QByteArray &line : pending.split('\n')) {
                if (line.startsWith("ack "))
                    acknowledged << QString::fromLatin1(line.mid(4));
            }
        }

        auto store = openStore(path);
        RawDatabase raw(path);
        for (const QString &id : std::as_const(acknowledged)) {
            QVERIFY2(store->event(id).ok(), qPrintable(id));
            QCOMPARE(
                raw.scalar(QStringLiteral("SELECT count(*) FROM events WHERE id = '%1'").arg(id))
                    .toInt(),
                1);
        }
        // Commits that were under way when the process died may or may not
        // be there; the card agrees with whatever the ledger holds.
        const int stampEvents =
            raw.scalar(QStringLiteral("SELECT count(*) FROM events WHERE type = 'stamps.added'"))
                .toInt();
        QVERIFY(stampEvents >= acknowledged.size());
        QVERIFY(stampEvents <= acknowledged.size() + kills);
        QCOMPARE(store->card(cardId)->lifetimeStamps, stampEvents);
        const CheckReport report = store->check().value();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
