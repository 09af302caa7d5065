// SPDX-License-Identifier: Apache-2.0
#pragma once

// The row writers of the store's tables, shared by its source files.

#include "core/cardstate.h"
#include "storeerror.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace stampdesk::rows {

QString jsonText(const QJsonObject &object);
/// Appends an event to the ledger (not yet synced).
StoreResult<Done> insertEvent(const QSqlDatabase &db, const Event &e);
StoreResult<Done> upsertCard(const QSqlDatabase &db, const Card &c);
StoreResult<Done> upsertVoucher(const QSqlDatabase &db, const Voucher &v);

} // namespace stampdesk::rows
