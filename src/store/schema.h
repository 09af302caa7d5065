// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private to the store: the schema and its migrations.

#include "storeerror.h"

#include <QSqlDatabase>

namespace stampdesk::schema {

/// Applies the migrations after `from` up to and including `to`, inside the
/// caller's transaction, and sets PRAGMA user_version to `to`.
StoreResult<Done> migrate(const QSqlDatabase &db, int from, int to);

/// Card columns derived for searching, kept next to the card.
struct SearchKeys
{
    QString nameFolded;
    QString phoneDigits;
    QString phoneReversed; ///< digits reversed, so "ends with" is an index range
};
SearchKeys searchKeys(const QString &name, const QString &phone);

} // namespace stampdesk::schema
