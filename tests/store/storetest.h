// SPDX-License-Identifier: Apache-2.0
#pragma once

// Helpers for the store tests: real SQLite files in a temporary folder, a
// clock the test moves, and raw SQL for what the store itself never does.

#include "store/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace stampdesk::test {

inline QDateTime t0()
{
    return QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
}

/// A clock that stands still until the test moves it.
struct TestClock
{
    QDateTime now = t0();
    Store::Clock function()
    {
        return [this] {
            return now;
        };
    }
};

inline std::unique_ptr<Store> openStore(const QString &path, TestClock *clock = nullptr)
{
    auto store = Store::open(path, Store::Verification::Structure,
                             clock ? clock->function() : Store::Clock{});
    if (!store)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(store.error().message()));
    return std::move(store).value();
}

/// A database with one card, stamped freely (no cap worth the name, no
/// cooldown) under the given goal; returns the card's id.
inline QString databaseWithCard(const QString &path, int goal)
{
    auto store = openStore(path);
    Programme p = Programme::demo();
    p.goal = goal;
    p.maxPerVisit = maxStampsPerVisit;
    p.cooldownMinutes = 0;
    if (!store->setProgramme(p, QStringLiteral("Lan")))
        qFatal("setProgramme failed");
    return store->createCard({}, {}, QStringLiteral("Lan"))->state.card.id;
}

/// Runs SQL on a file behind the store's back (to tamper, or to look).
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("raw open failed");
    }
    ~RawDatabase()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    /// Executes sql; returns the error text, empty on success.
    QString exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) ? QString() : q.lastError().text();
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QString m_name;
};

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Loads an SQL dump the way the sqlite3 shell would (Qt runs one statement
// per call, a dump has hundreds).
inline bool loadDump(const QString &dumpPath, const QString &dbPath)
{
    QFile dump(dumpPath);
    if (!dump.open(QIODevice::ReadOnly))
        return false;
    sqlite3 *db = nullptr;
    if (sqlite3_open(dbPath.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    char *error = nullptr;
    const int rc = sqlite3_exec(db, dump.readAll().constData(), nullptr, nullptr, &error);
    if (error) {
        qWarning("%s", error);
        sqlite3_free(error);
    }
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

} // namespace stampdesk::test
