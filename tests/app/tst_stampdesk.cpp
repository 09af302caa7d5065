// SPDX-License-Identifier: Apache-2.0
// The stampdesk executable from the outside, as a packager, CI and a shop
// that has lost its database meet it.
#include "../cli/programrun.h"
#include "core/version.h"
#include "store/store.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace stampdesk;
using namespace Qt::StringLiterals;

namespace {

using test::Run;

Run run(const QStringList &arguments, const QMap<QString, QString> &environment = {})
{
    return test::runProgram(QStringLiteral(STAMPDESK_EXECUTABLE), arguments, environment);
}

} // namespace

class TestStampdesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tellsItsVersionWithoutADisplay()
    {
        // No display at all: --version must not need one.
        const Run r = run({u"--version"_s},
                          {{u"QT_QPA_PLATFORM"_s, u"xcb"_s},
                           {u"DISPLAY"_s, QString()},
                           {u"WAYLAND_DISPLAY"_s, QString()}});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"stampdesk %1\n"_s.arg(QString::fromLatin1(stampdesk::version)));
    }

    void listsItsOptions()
    {
        const Run r = run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--db", "--lang", "--self-test", "--version"})
            QVERIFY2(r.out.contains(QLatin1StringView(option)), option);
        // The screenshot and search options are tools, not for a cashier.
        QVERIFY(!r.out.contains(u"--screenshot"));
    }

    void passesItsSelfTest_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("vi") << u"vi"_s;
    }

    void passesItsSelfTest()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const Run r =
            run({u"--self-test"_s, u"--lang"_s, language, u"--db"_s, dir.filePath(u"shop.db"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u", 0 problems"), qPrintable(r.err));
        QVERIFY(QFile::exists(dir.filePath(u"shop.db"_s)));
    }

    void refusesAFileThatIsNotItsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.db"_s);
        QFile notes(path);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write(QByteArray(8192, 'x'));
        notes.close();

        const Run r = run({u"--self-test"_s, u"--lang"_s, u"en"_s, u"--db"_s, path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"is not a Stampdesk database"), qPrintable(r.err));
        QVERIFY(r.err.contains(path));
        // The file was left as it was.
        QVERIFY(notes.open(QIODevice::ReadOnly));
        QCOMPARE(notes.readAll(), QByteArray(8192, 'x'));
    }

    void saysWhyInTheChosenLanguage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.db"_s);
        QFile notes(path);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write(QByteArray(8192, 'x'));
        notes.close();

        const Run r = run({u"--self-test"_s, u"--lang"_s, u"vi"_s, u"--db"_s, path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(path));
        QVERIFY2(!r.err.contains(u"is not a Stampdesk database"), qPrintable(r.err));
    }

    void refusesALanguageItDoesNotSpeak()
    {
        const Run r = run({u"--lang"_s, u"fr"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--lang"));
    }

    void savesAScreenshotOfTheCardFound()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"shop.db"_s);
        {
            auto store = Store::open(db);
            QVERIFY(store);
            QVERIFY(store.value()->createCard(u"Nguyễn Thị Đào"_s, u"0901234567"_s, u"Lan"_s));
        }
        const QString png = dir.filePath(u"window.png"_s);
        const Run r = run({u"--db"_s, db, u"--lang"_s, u"en"_s, u"--search"_s, u"0901234567"_s,
                           u"--screenshot"_s, png});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 960 && image.height() >= 640);
    }

    void aSecondStartBringsTheFirstToTheFront()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"shop.db"_s);
        const QString log = dir.filePath(u"logs/stampdesk.log"_s);
        QProcess first;
        first.start(
            QStringLiteral(STAMPDESK_EXECUTABLE),
            {u"--db"_s, db, u"--lang"_s, u"en"_s, u"--log-folder"_s, dir.filePath(u"logs"_s)});
        auto stop = qScopeGuard([&first] {
            first.kill();
            first.waitForFinished();
        });
        // Its log says when it has claimed the database.
        const QByteArray started = QByteArray("Stampdesk ") + stampdesk::version + " started";
        QTRY_VERIFY_WITH_TIMEOUT(contents(log).contains(started), 60'000);

        const QString otherLogs = dir.filePath(u"second-logs"_s);
        const Run second = run({u"--db"_s, db, u"--lang"_s, u"en"_s, u"--log-folder"_s, otherLogs});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(u"Stampdesk is already open on %1"_s.arg(db)),
                 qPrintable(second.out));
        // The second start opened nothing: not the database, not a log.
        QVERIFY(!QFileInfo::exists(otherLogs));
        QTRY_VERIFY_WITH_TIMEOUT(contents(log).contains("brought to the front"), 30'000);
        QCOMPARE(first.state(), QProcess::Running);
    }

private:
    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

QTEST_GUILESS_MAIN(TestStampdesk)
#include "tst_stampdesk.moc"
