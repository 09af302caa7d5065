// SPDX-License-Identifier: Apache-2.0
// The app's log: what a shop's integrator reads when a register misbehaved
// last week, bounded however long the register runs.
#include "app/logfile.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace stampdesk;
using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTestSync, "stampdesk.sync")

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesQtsMessagesOneLineEach()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"logs"_s);
        LogFile log(folder);
        QString error;
        QVERIFY2(log.open(&error), qPrintable(error));
        QCOMPARE(log.path(), folder + u"/stampdesk.log"_s);
        LogFile::install(&log);
        qInfo("Stampdesk started on %s", "shop.db");
        qCWarning(lcTestSync, "The shop's server did not answer\nin 5 s");
        LogFile::uninstall();
        qInfo("not in the log");

        const QList<QByteArray> lines = contents(log.path()).split('\n');
        QCOMPARE(lines.size(), 3); // two lines and the end
        QVERIFY2(lines.at(0).endsWith(" info Stampdesk started on shop.db"), lines.at(0));
        // A line starts with the time in UTC, to the millisecond.
        const QDateTime at = QDateTime::fromString(
            QString::fromLatin1(lines.at(0).split(' ').first()), Qt::ISODateWithMs);
        QVERIFY(at.isValid());
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // The category is named; a message's line break stays on its line.
        QVERIFY2(lines.at(1).endsWith(
                     " warning [stampdesk.sync] The shop's server did not answer\\nin 5 s"),
                 lines.at(1));
        QVERIFY(lines.at(2).isEmpty());
    }

    void appendsToTheLogOfTheLastRun()
    {
        QTemporaryDir dir;
        for (const char *run : {"first run", "second run"}) {
            LogFile log(dir.path());
            QString error;
            QVERIFY(log.open(&error));
            log.write(QtInfoMsg, {}, QString::fromLatin1(run));
        }
        const QByteArray text = contents(dir.filePath(u"stampdesk.log"_s));
        QVERIFY(text.contains("first run\n"));
        QVERIFY(text.contains("second run\n"));
        QVERIFY(text.indexOf("first run") < text.indexOf("second run"));
    }

    void rotatesBySizeAndKeepsTheNewestFiles()
    {
        QTemporaryDir dir;
        LogFile log(dir.path(), {1000, 3});
        QString error;
        QVERIFY(log.open(&error));
        // Lines of ~60 bytes, numbered: 100 of them make ~6 files' worth.
        for (int i = 0; i < 100; ++i)
            log.write(QtInfoMsg, {},
                      u"line %1 %2"_s.arg(i, 3, 10, QLatin1Char('0')).arg(QString(20, u'x')));

        QDir folder(dir.path());
        QCOMPARE(folder.entryList({u"stampdesk*.log"_s}, QDir::Files, QDir::Name),
                 QStringList({u"stampdesk.1.log"_s, u"stampdesk.2.log"_s, u"stampdesk.3.log"_s,
                              u"stampdesk.log"_s}));
        for (const QString &name : folder.entryList({u"stampdesk*.log"_s}, QDir::Files))
            QVERIFY2(QFileInfo(folder.filePath(name)).size() <= 1000, qPrintable(name));
        // The newest line is in stampdesk.log, the ones before it in .1, .2,
        // .3 in that order, with nothing lost between them; the oldest are
        // gone.
        const QByteArray current = contents(log.path());
        QVERIFY(current.contains("line 099"));
        QByteArray kept;
        for (int n = 3; n >= 1; --n)
            kept += contents(log.rotatedPath(n));
        kept += current;
        QVERIFY(!kept.contains("line 000"));
        const int first = kept.indexOf("line ");
        const int firstNumber = kept.mid(first + 5, 3).toInt();
        QVERIFY(firstNumber > 0);
        for (int i = firstNumber; i < 100; ++i)
            QVERIFY2(kept.contains(u"line %1"_s.arg(i, 3, 10, QLatin1Char('0')).toLatin1()),
                     qPrintable(QString::number(i)));
        QCOMPARE(kept.count('\n'), qsizetype(100 - firstNumber));
    }

    void takesLinesFromSeveralThreads()
    {
        QTemporaryDir dir;
        LogFile log(dir.path(), {4000, 50});
        QString error;
        QVERIFY(log.open(&error));
        LogFile::install(&log);
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back(QThread::create([t] {
                for (int i = 0; i < 200; ++i)
                    qInfo("thread %d line %d", t, i);
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(30'000));
        LogFile::uninstall();

        QByteArray all;
        for (int n = 50; n >= 1; --n)
            all += contents(log.rotatedPath(n));
        all += contents(log.path());
        // Every line whole, none lost.
        const QList<QByteArray> lines = all.split('\n');
        QCOMPARE(lines.size(), 4 * 200 + 1);
        for (int t = 0; t < 4; ++t) {
            for (int i = 0; i < 200; ++i) {
                const QByteArray line =
                    "thread " + QByteArray::number(t) + " line " + QByteArray::number(i) + '\n';
                QVERIFY2(all.contains(line), line.constData());
            }
        }
    }

    void saysWhyItCannotWrite()
    {
        QTemporaryDir dir;
        // A file where the folder should be.
        QFile blocker(dir.filePath(u"logs"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        LogFile log(dir.filePath(u"logs"_s));
        QString error;
        QVERIFY(!log.open(&error));
        QVERIFY2(error.contains(dir.filePath(u"logs"_s)), qPrintable(error));
        // Writing to a log that is not open changes nothing.
        log.write(QtWarningMsg, {}, u"lost"_s);
        QCOMPARE(QFileInfo(blocker.fileName()).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
