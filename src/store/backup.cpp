// SPDX-License-Identifier: Apache-2.0
// Store::backup and Store::restore: whole-database copies with SQLite's
// online backup API, on connections of their own (raw SQLite, so that they
// can run on any thread while the app keeps its Store open).
#include "probe.h"
#include "store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <memory>
#include <sqlite3.h>

namespace stampdesk {

namespace {

using namespace Qt::StringLiterals;
using Kind = StoreError::Kind;

// Writers of the live database wait this long for each other (as Store's
// own connections do) before giving up with "busy".
constexpr int busyTimeoutMs = 10000;
// Pages per backup step: the source is locked only while a step runs.
constexpr int pagesPerStep = 256;

struct Closer
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, Closer>;

StoreError failure(Kind kind, const QString &subject, const QString &detail = {})
{
    StoreError e;
    e.kind = kind;
    e.subject = subject;
    e.detail = detail;
    return e;
}

StoreError sqliteError(int rc, sqlite3 *db, const QString &subject)
{
    const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return failure(Kind::Busy, subject, detail);
    case SQLITE_FULL:
        return failure(Kind::DiskFull, subject, detail);
    case SQLITE_CORRUPT:
        return failure(Kind::Corrupt, subject, detail);
    case SQLITE_NOTADB:
        return failure(Kind::NotADatabase, subject, detail);
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
        return failure(Kind::CannotOpen, subject, detail);
    default:
        return failure(Kind::Io, subject, detail);
    }
}

StoreResult<Connection> openRaw(const QString &path, int flags)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    Connection db(raw);
    if (rc != SQLITE_OK)
        return sqliteError(rc, db.get(), path);
    sqlite3_busy_timeout(db.get(), busyTimeoutMs);
    return db;
}

// Copies every page of source's main database into destination's, in steps,
// reporting progress. The destination's write lock is held from the first
// step to the end, so its other connections see the old content or the
// new, never a mix. A source written meanwhile by another connection makes
// SQLite start again from its first page.
StoreResult<Done> copyPages(sqlite3 *source, sqlite3 *destination, const QString &subject,
                            const Store::Progress &progress)
{
    sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        return sqliteError(sqlite3_errcode(destination), destination, subject);
    int rc = SQLITE_OK;
    while (rc == SQLITE_OK) {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        if (progress && (rc == SQLITE_OK || rc == SQLITE_DONE)) {
            const int total = sqlite3_backup_pagecount(backup);
            progress(total - sqlite3_backup_remaining(backup), total);
        }
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return sqliteError(rc, nullptr, subject);
    if (finished != SQLITE_OK)
        return sqliteError(finished, destination, subject);
    return Done{};
}

bool sameFile(const QString &a, const QString &b)
{
    // b may not exist yet: compare its folder's canonical path and its name.
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    const QString ca = fa.exists() ? fa.canonicalFilePath() : fa.absoluteFilePath();
    const QString folder = fb.absoluteDir().canonicalPath();
    const QString cb = fb.exists()
        ? fb.canonicalFilePath()
        : (folder.isEmpty() ? fb.absoluteFilePath() : folder + u'/' + fb.fileName());
    return ca == cb;
}

// A path is the database when it is its file or one of SQLite's files
// beside it.
bool isDatabaseFile(const QString &database, const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (sameFile(database + suffix, path))
            return true;
    }
    return false;
}

void removeWithSidecars(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

// A new empty file beside target, for writing it under a name no one
// mistakes for the finished file.
StoreResult<QString> temporaryBeside(const QString &target, const QString &purpose)
{
    const QFileInfo info(target);
    QTemporaryFile file(
        info.absoluteDir().filePath(u".%1.XXXXXX.%2"_s.arg(info.fileName(), purpose)));
    file.setAutoRemove(false);
    if (!file.open())
        return failure(Kind::CannotWrite, target, file.errorString());
    return file.fileName();
}

// A byte copy (of a file no connection writes).
StoreResult<Done> copyFile(const QString &from, const QString &to, const QString &subject)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return failure(Kind::CannotOpen, subject, in.errorString());
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failure(Kind::CannotWrite, to, out.errorString());
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return failure(Kind::CannotOpen, subject, in.errorString());
        if (out.write(chunk) != chunk.size())
            return failure(out.error() == QFileDevice::ResourceError ? Kind::DiskFull : Kind::Io,
                           to, out.errorString());
    }
    if (!out.flush())
        return failure(Kind::DiskFull, to, out.errorString());
    return Done{};
}

// The application id and schema version of a file that passed the probe.
StoreResult<std::pair<quint32, int>> identity(const QString &path, const QString &subject)
{
    auto db = openRaw(path, SQLITE_OPEN_READONLY);
    if (!db)
        return failure(db.error().kind, subject, db.error().detail);
    qint64 values[2] = {0, 0};
    const char *pragmas[2] = {"PRAGMA application_id", "PRAGMA user_version"};
    for (int i = 0; i < 2; ++i) {
        sqlite3_stmt *statement = nullptr;
        int rc = sqlite3_prepare_v2(db->get(), pragmas[i], -1, &statement, nullptr);
        if (rc == SQLITE_OK && (rc = sqlite3_step(statement)) == SQLITE_ROW)
            values[i] = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        if (rc != SQLITE_ROW)
            return sqliteError(rc, db->get(), subject);
    }
    return std::pair{quint32(values[0]), int(values[1])};
}

} // namespace

StoreResult<BackupReport> Store::backup(const QString &databasePath, const QString &target,
                                        const Progress &progress)
{
    if (!QFileInfo(databasePath).isFile())
        return failure(Kind::CannotOpen, databasePath, u"the file does not exist"_s);
    const QFileInfo to(target);
    if (target.trimmed().isEmpty() || !to.absoluteDir().exists())
        return failure(Kind::CannotWrite, target, u"the folder does not exist"_s);
    if (isDatabaseFile(databasePath, target))
        return failure(Kind::SameFile, target);
    if (to.exists())
        return failure(Kind::Exists, target);

    auto partial = temporaryBeside(target, u"partial"_s);
    if (!partial)
        return partial.error();
    const QString partialPath = partial.value();
    auto failed = [&partialPath](StoreError e) -> StoreResult<BackupReport> {
        removeWithSidecars(partialPath);
        return e;
    };

    int pages = 0;
    {
        auto source = openRaw(databasePath, SQLITE_OPEN_READONLY);
        if (!source)
            return failed(source.error());
        auto destination = openRaw(partialPath, SQLITE_OPEN_READWRITE);
        if (!destination)
            return failed(failure(Kind::CannotWrite, target, destination.error().detail));
        auto copied =
            copyPages(source->get(), destination->get(), target, [&](int done, int total) {
                pages = total;
                if (progress)
                    progress(done, total);
            });
        if (!copied) {
            StoreError e = copied.error();
            if (e.kind == Kind::Corrupt || e.kind == Kind::NotADatabase)
                e.subject = databasePath; // reading the database failed
            return failed(e);
        }
        // One self-contained file: no -wal beside the backup when it is
        // opened, copied or mailed.
        char *message = nullptr;
        const int rc = sqlite3_exec(destination->get(), "PRAGMA journal_mode = DELETE", nullptr,
                                    nullptr, &message);
        sqlite3_free(message);
        if (rc != SQLITE_OK)
            return failed(sqliteError(rc, destination->get(), target));
    }

    // The backup must itself be sound; a damaged page of the database shows
    // here.
    if (auto checked = probeFile(partialPath, Verification::Full); !checked) {
        StoreError e = checked.error();
        e.subject = databasePath;
        return failed(e);
    }
    if (!QFile::rename(partialPath, target))
        return failed(
            failure(QFileInfo::exists(target) ? Kind::Exists : Kind::CannotWrite, target));
    return BackupReport{target, QFileInfo(target).size(), pages};
}

StoreResult<RestoreReport> Store::restore(const QString &databasePath, const QString &source,
                                          const Progress &progress)
{
    const QFileInfo from(source);
    if (!from.isFile())
        return failure(Kind::CannotOpen, source, u"no such file"_s);
    if (isDatabaseFile(databasePath, source))
        return failure(Kind::SameFile, source);
    const QFileInfo live(databasePath);
    if (!live.absoluteDir().exists())
        return failure(Kind::CannotOpen, databasePath, u"the folder does not exist"_s);

    // Everything is checked (and migrated) on a copy beside the database,
    // so the manager's file stays as it is.
    auto staged = temporaryBeside(databasePath, u"restoring"_s);
    if (!staged)
        return staged.error();
    const QString stage = staged.value();
    struct Cleanup
    {
        QString path;
        ~Cleanup() { removeWithSidecars(path); }
    } cleanup{stage};

    if (auto copied = copyFile(source, stage, source); !copied)
        return copied.error();
    // A backup copied while it was open may hold its newest pages in a
    // -wal file beside it.
    if (QFileInfo(source + u"-wal"_s).size() > 0) {
        if (auto copied = copyFile(source + u"-wal"_s, stage + u"-wal"_s, source); !copied)
            return copied.error();
    }
    const auto aboutSource = [&source](StoreError e) {
        e.subject = source;
        if (e.kind == Kind::Corrupt)
            e.kind = Kind::CorruptBackup;
        return e;
    };
    if (QFileInfo(stage).size() == 0)
        return failure(Kind::NotADatabase, source, u"the file is empty"_s);
    if (auto checked = probeFile(stage, Verification::Full); !checked)
        return aboutSource(checked.error());
    auto id = identity(stage, source);
    if (!id)
        return aboutSource(id.error());
    if (id->first != applicationId) // an empty database passes the probe
        return failure(Kind::ForeignDatabase, source);
    RestoreReport report;
    report.fromVersion = id->second;
    {
        // Store::open brings an older schema up to date and checks it again.
        auto opened = open(stage, Verification::Full);
        if (!opened)
            return aboutSource(opened.error());
    }

    // The database as it is now, kept beside it before it is replaced.
    if (live.exists()) {
        const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
        QString safety = databasePath + u".before-restore-"_s + stamp;
        for (int n = 2; QFileInfo::exists(safety); ++n)
            safety = databasePath + u".before-restore-%1-%2"_s.arg(stamp).arg(n);
        auto kept = backup(databasePath, safety);
        if (!kept) {
            // A database too damaged to be read page by page is kept as
            // its files are: it is the one a restore is for.
            const Kind kind = kept.error().kind;
            if (kind != Kind::Corrupt && kind != Kind::NotADatabase)
                return kept.error();
            if (auto copied = copyFile(databasePath, safety, databasePath); !copied)
                return copied.error();
            if (QFileInfo(databasePath + u"-wal"_s).size() > 0) {
                if (auto copied =
                        copyFile(databasePath + u"-wal"_s, safety + u"-wal"_s, databasePath);
                    !copied)
                    return copied.error();
            }
        }
        report.safetyCopy = safety;
    }

    auto failed = [&report](StoreError e) -> StoreResult<RestoreReport> {
        // The database is unchanged: the safety copy is not needed.
        if (!report.safetyCopy.isEmpty())
            removeWithSidecars(report.safetyCopy);
        return e;
    };
    auto sourceDb = openRaw(stage, SQLITE_OPEN_READONLY);
    if (!sourceDb)
        return failed(aboutSource(sourceDb.error()));
    auto destination = openRaw(databasePath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!destination)
        return failed(destination.error());
    auto copied = copyPages(sourceDb->get(), destination->get(), databasePath, progress);
    if (copied)
        return report;
    const Kind kind = copied.error().kind;
    if (kind != Kind::NotADatabase && kind != Kind::Corrupt)
        return failed(copied.error());
    // The database is too damaged to be written page by page; nothing can
    // be using it (Store::open refuses it), so the checked copy takes its
    // place as a file.
    destination.value().reset();
    sourceDb.value().reset();
    QFile::remove(databasePath + u"-wal"_s);
    QFile::remove(databasePath + u"-shm"_s);
    QFile::remove(databasePath);
    if (!QFile::rename(stage, databasePath))
        return failure(Kind::CannotWrite, databasePath);
    return report;
}

} // namespace stampdesk
