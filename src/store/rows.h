// SPDX-License-Identifier: Apache-2.0
#pragma once

// The row writers of the store's tables, shared by its source files.

#include "core/cardstate.h"
#include "sql.h"
#include "storeerror.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace stampdesk::rows {

QString jsonText(const QJsonObject &object);
/// Appends an event to the ledger (not yet synced).
StoreResult<Done> insertEvent(const QSqlDatabase &db, const Event &e);
StoreResult<Done> upsertCard(const QSqlDatabase &db, const Card &c);
StoreResult<Done> upsertVoucher(const QSqlDatabase &db, const Voucher &v);

// The same writers on a statement prepared once, for a caller that writes
// many rows in one transaction (a pulled page): preparing a statement costs
// more than running it.
sql::Statement cardUpsert(const QSqlDatabase &db);
sql::Statement voucherUpsert(const QSqlDatabase &db);
StoreResult<Done> upsertCard(sql::Statement &upsert, const Card &c);
StoreResult<Done> upsertVoucher(sql::Statement &upsert, const Voucher &v);

} // namespace stampdesk::rows
