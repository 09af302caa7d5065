// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private to the store: redeem codes made by the shop's POS, imported in
// bulk and attached to vouchers as they are issued ("zero integration").

#include "core/rules.h"
#include "storeerror.h"

#include <QSqlDatabase>

namespace stampdesk::PosCodes {

inline constexpr int minLength = 4;
inline constexpr int maxLength = 32;

/// A POS code as stored and looked up: trimmed, upper case.
QString normalise(QStringView text);
/// 4 to 32 letters, digits and dashes, with at least one letter or digit.
bool looksLikeCode(QStringView text);

/// One line of an import file that is not a code, for the manager to fix.
struct Line
{
    int number = 0; ///< 1-based, as an editor shows it
    QString firstField; ///< trimmed
};
/// The first fields of the non-blank lines of a CSV file (UTF-8, with or
/// without a byte order mark; CRLF, LF or CR line ends; comma, semicolon or
/// tab separated; the first field may be quoted), without a header line.
QList<Line> firstFields(const QByteArray &csv);

/// Gives every redeem-code voucher the outcome issues the oldest available
/// code of the stock: a voucher.code-attached event right after its
/// voucher.issued event, and the state with the code. Vouchers beyond the
/// stock get none.
StoreResult<Done> attach(const QSqlDatabase &db, Outcome &outcome, const Context &context);
/// Marks the codes the outcome attached as used, once its vouchers are
/// stored.
StoreResult<Done> markAttached(const QSqlDatabase &db, const Outcome &outcome);

} // namespace stampdesk::PosCodes
