// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private to the store: the thin layer between Qt's SQL classes and the
// store's typed results and domain values.

#include "core/card.h"
#include "core/event.h"
#include "core/voucher.h"
#include "storeerror.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace stampdesk::sql {

StoreError errorFrom(const QSqlError &error);

/// A prepared statement with positional parameters that reports failures as
/// StoreErrors.
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql);

    Statement &bind(const QVariant &value);
    Statement &bindAll(std::initializer_list<QVariant> values);
    StoreResult<Done> exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    const QSqlQuery &query() const { return m_query; }
    /// The first column of the first row, after exec().
    StoreResult<QVariant> scalar();

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

/// Runs a statement without parameters (PRAGMAs, BEGIN, DDL).
StoreResult<Done> exec(const QSqlDatabase &db, const QString &sql);
StoreResult<QVariant> scalar(const QSqlDatabase &db, const QString &sql);

// Runs body between BEGIN IMMEDIATE and COMMIT, or ROLLBACK when it fails:
// BEGIN IMMEDIATE takes the write lock at once, so a second writer waits on
// the busy timeout instead of failing with SQLITE_BUSY half-way through.
template<typename T, typename Body>
StoreResult<T> writeTransaction(const QSqlDatabase &db, Body &&body)
{
    if (auto begin = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !begin)
        return begin.error();
    StoreResult<T> result = body();
    if (!result.ok()) {
        (void)exec(db, QStringLiteral("ROLLBACK"));
        return result;
    }
    if (auto commit = exec(db, QStringLiteral("COMMIT")); !commit) {
        (void)exec(db, QStringLiteral("ROLLBACK"));
        return commit.error();
    }
    return result;
}

// Times are stored as milliseconds since the epoch (UTC), NULL for none.
QVariant fromTime(const QDateTime &time);
QVariant fromTime(const std::optional<QDateTime> &time);
QDateTime toTime(const QVariant &value);
std::optional<QDateTime> toOptionalTime(const QVariant &value);

// The columns read for each value type, and the matching row readers.
extern const QString cardColumns;
extern const QString voucherColumns;
extern const QString eventColumns;
Card cardFromRow(const QSqlQuery &row);
StoreResult<Voucher> voucherFromRow(const QSqlQuery &row);
StoreResult<Event> eventFromRow(const QSqlQuery &row);

} // namespace stampdesk::sql
