// SPDX-License-Identifier: Apache-2.0
// stampdesk-cli backup and restore, through the real binary on real files: a
// round trip keeps every event; a damaged or foreign file is refused with
// the database unchanged byte for byte; an older Stampdesk's backup is
// migrated; the database as it was is kept beside it.
#include "../store/storetest.h"
#include "programrun.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace stampdesk;
using stampdesk::test::fileHash;
using stampdesk::test::loadDump;
using stampdesk::test::Run;
using stampdesk::test::runProgram;
using namespace Qt::StringLiterals;

class TestBackupCli : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

    Run cli(const QStringList &args)
    {
        return runProgram(QStringLiteral(STAMPDESK_CLI), QStringList{u"--db"_s, m_db} + args,
                          {{u"STAMPDESK_STAFF"_s, u"Lan"_s}});
    }
    Run json(const QStringList &args) { return cli(QStringList{u"--json"_s} + args); }

    QJsonArray ledger() { return json({u"ledger"_s, u"--format"_s, u"json"_s}).array(); }

    QString addCardWithStamps()
    {
        const Run card = json({u"card"_s, u"create"_s, u"--name"_s, u"Đào Thị Hoa"_s});
        if (card.exitCode != 0)
            qFatal("card create failed: %s", qPrintable(card.err));
        const QString id = card.object().value(u"id").toString();
        if (json({u"stamp"_s, id, u"--count"_s, u"2"_s}).exitCode != 0)
            qFatal("stamp failed");
        return id;
    }

    QStringList files() { return QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(u"register.db"_s);
        QCOMPARE(cli({u"program"_s, u"set"_s, u"--goal"_s, u"5"_s, u"--cooldown-minutes"_s, u"0"_s})
                     .exitCode,
                 0);
    }

    void helpListsBackupAndRestore()
    {
        const Run help = cli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"backup PATH"));
        QVERIFY(help.out.contains(u"restore PATH"));
    }

    void roundTripKeepsEveryEvent()
    {
        addCardWithStamps();
        const QJsonArray before = ledger();
        QVERIFY(before.size() >= 3);
        const QString backup = m_dir->filePath(u"backup.db"_s);

        const Run made = json({u"backup"_s, backup});
        QCOMPARE(made.exitCode, 0);
        QCOMPARE(made.object().value(u"path").toString(), backup);
        QVERIFY(made.object().value(u"bytes").toInteger() > 0);
        QVERIFY(QFile::exists(backup));

        // Work after the backup is taken back by the restore.
        addCardWithStamps();
        QCOMPARE(ledger().size(), before.size() + 2);

        const Run restored = json({u"restore"_s, backup});
        QCOMPARE(restored.exitCode, 0);
        QCOMPARE(ledger(), before);
        QCOMPARE(restored.object().value(u"events").toInt(), before.size());
        const QString safety = restored.object().value(u"safetyCopy").toString();
        QVERIFY(QFileInfo(safety).fileName().startsWith(u"register.db.before-restore-"));
        QVERIFY(QFile::exists(safety));
        QCOMPARE(json({u"--db"_s, safety, u"ledger"_s, u"--format"_s, u"json"_s}).array().size(),
                 before.size() + 2);
        QCOMPARE(json({u"check"_s}).object().value(u"ok").toBool(), true);

        // Text for people says where the safety copy is.
        const Run again = cli({u"restore"_s, backup});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(u"before-restore-"));
    }

    void aDamagedBackupIsRefusedAndNothingChanges()
    {
        addCardWithStamps();
        // A backup of a bigger shop, with a page in the middle overwritten.
        const QString other = m_dir->filePath(u"other.db"_s);
        {
            auto store = Store::open(other);
            QVERIFY(store.ok());
            QList<NewCard> cards;
            for (int i = 0; i < 3000; ++i)
                cards.append({u"Khách hàng %1"_s.arg(i), {}});
            QVERIFY((*store)->createCards(cards, u"Lan"_s).ok());
        }
        const QString backup = m_dir->filePath(u"damaged.db"_s);
        QCOMPARE(cli({u"--db"_s, other, u"backup"_s, backup}).exitCode, 0);
        {
            QFile f(backup);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek((f.size() / 4096 / 2) * 4096 + 100);
            f.write(QByteArray(2000, '\xA5'));
        }
        const QByteArray live = fileHash(m_db);
        const QByteArray damaged = fileHash(backup);
        const QStringList before = files();

        const Run refused = json({u"restore"_s, backup});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.errorCode(), u"corrupt-backup"_s);
        QVERIFY(refused.err.contains(backup));
        QCOMPARE(fileHash(m_db), live);
        QCOMPARE(fileHash(backup), damaged);
        QCOMPARE(files(), before); // no safety copy, no temporary file
    }

    void anotherProgramsDatabaseIsRefused()
    {
        const QString foreign = m_dir->filePath(u"orders.sqlite"_s);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(foreign).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE orders (id INTEGER, total REAL)", nullptr, nullptr,
                              nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        const QByteArray live = fileHash(m_db);
        const QStringList before = files();

        const Run refused = json({u"restore"_s, foreign});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.errorCode(), u"foreign-database"_s);
        QCOMPARE(fileHash(m_db), live);
        QCOMPARE(files(), before);
        // A backup onto the database itself, or over a file, is refused too.
        QCOMPARE(json({u"backup"_s, m_db}).errorCode(), u"same-file"_s);
        const Run exists = json({u"backup"_s, foreign});
        QCOMPARE(exists.exitCode, 1);
        QCOMPARE(exists.errorCode(), u"exists"_s);
        QCOMPARE(json({u"backup"_s, m_dir->filePath(u"missing/b.db"_s)}).errorCode(),
                 u"cannot-write"_s);
    }

    // The frozen database of version 1, restored: it is migrated, keeps its
    // data, and the file itself is not touched.
    void anOlderVersionsBackupIsMigrated()
    {
        const QString old = m_dir->filePath(u"v1.db"_s);
        QVERIFY(loadDump(QStringLiteral(STAMPDESK_TEST_DATA "/stampdesk-v1.sql"), old));
        const QByteArray oldHash = fileHash(old);
        int oldEvents = 0;
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(old).constData(), &db), SQLITE_OK);
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(db, "SELECT count(*) FROM events", -1, &st, nullptr);
            QCOMPARE(sqlite3_step(st), SQLITE_ROW);
            oldEvents = sqlite3_column_int(st, 0);
            sqlite3_finalize(st);
            sqlite3_close(db);
        }
        QVERIFY(oldEvents > 0);
        const QByteArray oldHashAfterRead = fileHash(old);
        QCOMPARE(oldHashAfterRead, oldHash);

        const Run restored = json({u"restore"_s, old});
        QCOMPARE(restored.exitCode, 0);
        QCOMPARE(restored.object().value(u"fromVersion").toInt(), 1);
        QCOMPARE(restored.object().value(u"events").toInt(), oldEvents);
        QCOMPARE(ledger().size(), oldEvents);
        QCOMPARE(fileHash(old), oldHash);
        QCOMPARE(json({u"check"_s}).object().value(u"ok").toBool(), true);
        QVERIFY(QFile::exists(restored.object().value(u"safetyCopy").toString()));
    }
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
