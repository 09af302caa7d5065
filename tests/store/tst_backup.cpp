// SPDX-License-Identifier: Apache-2.0
// Store::backup and Store::restore on real files: a backup is an exact copy
// made while others write; a restore replaces the database only with a sound
// Stampdesk backup, keeps a safety copy, and leaves everything as it was
// when it refuses.
#include "storetest.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <sqlite3.h>

using namespace stampdesk;
using namespace stampdesk::test;
using namespace Qt::StringLiterals;

namespace {

QStringList eventIds(Store &store)
{
    QStringList ids;
    auto events = store.events();
    if (!events)
        qFatal("events: %s", qPrintable(events.error().message()));
    for (const Event &e : events.value())
        ids << e.id;
    return ids;
}

QStringList eventIds(const QString &path)
{
    auto store = openStore(path);
    return eventIds(*store);
}

// A database big enough for several backup steps of 256 pages.
QString makeShop(const QString &path, int cards)
{
    auto store = openStore(path);
    Programme p = Programme::demo();
    p.maxPerVisit = maxStampsPerVisit;
    p.cooldownMinutes = 0;
    if (!store->setProgramme(p, u"Lan"_s))
        qFatal("setProgramme failed");
    QList<NewCard> list;
    for (int i = 0; i < cards; ++i)
        list.append({u"Khách hàng số %1 với một cái tên khá dài"_s.arg(i), {}});
    auto ids = store->createCards(list, u"Lan"_s);
    if (!ids)
        qFatal("createCards failed");
    if (!store->addStamps(ids->first(), 1, u"sale-1"_s, u"Lan"_s))
        qFatal("addStamps failed");
    return ids->first();
}

void damagePage(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek((f.size() / 4096 / 2) * 4096 + 100);
    f.write(QByteArray(2000, '\xA5'));
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
private slots:
    void backupIsAnExactCheckedCopy()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"live.db"_s);
        makeShop(db, 3000);
        auto live = openStore(db); // the app keeps it open meanwhile
        const QString target = dir.filePath(u"copy.db"_s);

        QList<std::pair<int, int>> steps;
        auto made = Store::backup(db, target, [&](int done, int total) {
            steps.append({done, total});
        });
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message()));
        QCOMPARE(made->path, target);
        QCOMPARE(made->bytes, QFileInfo(target).size());
        // Progress in steps, up to every page.
        QVERIFY2(steps.size() > 1, "a database of this size takes several steps");
        QCOMPARE(steps.last().first, steps.last().second);
        QCOMPARE(steps.last().second, made->pages);
        // One file, no temporary left, no -wal beside it.
        QCOMPARE(filesIn(dir.path()).filter(u"copy"_s), QStringList{u"copy.db"_s});
        QCOMPARE(eventIds(target), eventIds(*live));
        auto opened = Store::open(target, Store::Verification::Full);
        QVERIFY(opened.ok());
        QVERIFY(opened.value()->check()->ok());
    }

    // Another connection writes between the steps: SQLite starts over and
    // the backup holds the write.
    void backupWhileAnotherConnectionWrites()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"live.db"_s);
        const QString card = makeShop(db, 3000);
        auto writer = openStore(db);
        int writes = 0;
        auto made = Store::backup(db, dir.filePath(u"copy.db"_s), [&](int done, int total) {
            if (writes < 3 && done < total) {
                QVERIFY(writer->addStamps(card, 1, u"sale-%1"_s.arg(writes + 2), u"Lan"_s).ok());
                ++writes;
            }
        });
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message()));
        QCOMPARE(writes, 3);
        QCOMPARE(eventIds(dir.filePath(u"copy.db"_s)), eventIds(*writer));
    }

    void backupRefusals()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"live.db"_s);
        makeShop(db, 10);
        const QString existing = dir.filePath(u"old.db"_s);
        QVERIFY(QFile(existing).open(QIODevice::WriteOnly));
        const QStringList before = filesIn(dir.path());
        const QByteArray hash = fileHash(db);

        const struct
        {
            QString target;
            StoreError::Kind kind;
        } cases[] = {
            {db, StoreError::Kind::SameFile},
            {dir.filePath(u"sub/../live.db"_s), StoreError::Kind::SameFile},
            {db + u"-wal"_s, StoreError::Kind::SameFile},
            {existing, StoreError::Kind::Exists},
            {dir.filePath(u"no-such-folder/copy.db"_s), StoreError::Kind::CannotWrite},
            {QString(), StoreError::Kind::CannotWrite},
        };
        for (const auto &c : cases) {
            auto made = Store::backup(db, c.target);
            QVERIFY(!made.ok());
            QCOMPARE(made.error().kind, c.kind);
            QVERIFY(!made.error().message().isEmpty());
        }
        QCOMPARE(filesIn(dir.path()), before);
        QCOMPARE(fileHash(db), hash);
    }

    void restoreReplacesTheDatabaseAndKeepsASafetyCopy()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"live.db"_s);
        const QString card = makeShop(db, 100);
        auto app = openStore(db); // the window's store stays open
        const QString backup = dir.filePath(u"backup.db"_s);
        QVERIFY(Store::backup(db, backup).ok());
        const QStringList backedUp = eventIds(*app);
        const QByteArray backupHash = fileHash(backup);

        // Work goes on after the backup, then the manager goes back to it.
        QVERIFY(app->addStamps(card, 2, u"sale-9"_s, u"Lan"_s).ok());
        const QStringList later = eventIds(*app);
        QCOMPARE(later.size(), backedUp.size() + 1);

        int lastDone = 0;
        int lastTotal = -1;
        auto restored = Store::restore(db, backup, [&](int done, int total) {
            lastDone = done;
            lastTotal = total;
        });
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message()));
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(restored->fromVersion, Store::schemaVersion);
        // The open connection sees the restored database.
        QCOMPARE(eventIds(*app), backedUp);
        QVERIFY(app->check()->ok());
        // The database as it was is beside it, whole.
        QVERIFY(QFileInfo(restored->safetyCopy).fileName().startsWith(u"live.db.before-restore-"));
        QCOMPARE(QFileInfo(restored->safetyCopy).absolutePath(), QFileInfo(db).absolutePath());
        QCOMPARE(eventIds(restored->safetyCopy), later);
        // The manager's backup is as it was; no temporary file is left.
        QCOMPARE(fileHash(backup), backupHash);
        for (const QString &f : filesIn(dir.path()))
            QVERIFY2(!f.contains(u"restoring"), qPrintable(f));
    }

    void restoreRefusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expected");
        QTest::newRow("a damaged page") << "damaged" << int(StoreError::Kind::CorruptBackup);
        QTest::newRow("another program's database")
            << "foreign" << int(StoreError::Kind::ForeignDatabase);
        QTest::newRow("a text file") << "text" << int(StoreError::Kind::NotADatabase);
        QTest::newRow("an empty file") << "empty" << int(StoreError::Kind::NotADatabase);
        QTest::newRow("an empty database") << "emptydb" << int(StoreError::Kind::ForeignDatabase);
        QTest::newRow("a newer Stampdesk") << "newer" << int(StoreError::Kind::TooNew);
        QTest::newRow("no such file") << "missing" << int(StoreError::Kind::CannotOpen);
        QTest::newRow("the database itself") << "itself" << int(StoreError::Kind::SameFile);
    }
    void restoreRefusals()
    {
        QFETCH(QString, kind);
        QFETCH(int, expected);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"live.db"_s);
        makeShop(db, 10);
        QString source = dir.filePath(u"other/backup.db"_s);
        QVERIFY(QDir(dir.path()).mkpath(u"other"_s));
        if (kind == u"damaged") {
            makeShop(source, 3000);
            damagePage(source);
        } else if (kind == u"foreign") {
            RawDatabase raw(source);
            QVERIFY(raw.exec(u"CREATE TABLE orders (id INTEGER, total REAL)"_s).isEmpty());
        } else if (kind == u"text") {
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("customer,stamps\nĐào,4\n");
        } else if (kind == u"empty") {
            QVERIFY(QFile(source).open(QIODevice::WriteOnly));
        } else if (kind == u"emptydb") {
            RawDatabase raw(source);
            QVERIFY(raw.exec(u"CREATE TABLE t (x)"_s).isEmpty());
            QVERIFY(raw.exec(u"DROP TABLE t"_s).isEmpty());
        } else if (kind == u"newer") {
            makeShop(source, 10);
            RawDatabase raw(source);
            QVERIFY(raw.exec(u"PRAGMA user_version = 99"_s).isEmpty());
        } else if (kind == u"itself") {
            source = db;
        }
        QFile::remove(source + u"-shm"_s);
        const QStringList liveBefore = filesIn(dir.path());
        const QStringList otherBefore = filesIn(dir.filePath(u"other"_s));
        const QByteArray liveHash = fileHash(db);
        const QByteArray sourceHash = fileHash(source);

        auto restored = Store::restore(db, source);
        QVERIFY(!restored.ok());
        QCOMPARE(int(restored.error().kind), expected);
        QCOMPARE(restored.error().subject, source);
        QVERIFY(restored.error().message().contains(source));
        // Nothing changed: no safety copy, no temporary file, both files
        // as they were.
        QCOMPARE(fileHash(db), liveHash);
        QCOMPARE(fileHash(source), sourceHash);
        QCOMPARE(filesIn(dir.path()), liveBefore);
        QCOMPARE(filesIn(dir.filePath(u"other"_s)), otherBefore);
    }

    // A backup of an older Stampdesk is brought up to date; the file itself
    // is not touched.
    void restoreMigratesAnOlderBackup()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"live.db"_s);
        makeShop(db, 10);
        const QString old = dir.filePath(u"v1.db"_s);
        QVERIFY(Store::createAtVersion(old, 1).ok());
        const QByteArray oldHash = fileHash(old);

        auto restored = Store::restore(db, old);
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message()));
        QCOMPARE(restored->fromVersion, 1);
        QCOMPARE(fileHash(old), oldHash);
        RawDatabase raw(db);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), Store::schemaVersion);
        auto store = openStore(db);
        QCOMPARE(eventIds(*store), eventIds(old));
        QVERIFY(store->check()->ok());
    }

    // Another connection holds the write lock past the busy timeout: the
    // restore says so and changes nothing.
    void restoreWhileAnotherConnectionWritesIsBusy()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"live.db"_s);
        makeShop(db, 10);
        const QString backup = dir.filePath(u"backup.db"_s);
        QVERIFY(Store::backup(db, backup).ok());
        {
            auto store = openStore(db);
            QVERIFY(store->setSetting(u"shop_name"_s, u"Đào Coffee"_s).ok());
        }
        sqlite3 *holder = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(db).constData(), &holder), SQLITE_OK);
        QCOMPARE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        const QStringList before = filesIn(dir.path());

        auto restored = Store::restore(db, backup);
        const QStringList after = filesIn(dir.path()); // no safety copy left
        sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(holder);
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error().kind, StoreError::Kind::Busy);
        QCOMPARE(after, before);
        auto store = openStore(db);
        QCOMPARE(store->setting(u"shop_name"_s).value(), u"Đào Coffee"_s);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
