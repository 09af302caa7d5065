// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace stampdesk {

/// Identifiers and redeem codes.
///
/// Everything a person may have to read out or type uses one alphabet of 32
/// symbols without 0/O and 1/I, which are easily confused on a screen and on
/// a receipt. Card ids are random and unguessable; a voucher's id and redeem
/// code are derived from (card, cycle), so that two registers that complete
/// the same cycle while offline issue the same voucher.
namespace Ids {

inline constexpr QStringView alphabet = u"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
inline constexpr int cardIdLength = 16; // 80 random bits
inline constexpr int voucherIdLength = 16; // 80 bits of a hash
inline constexpr int redeemCodeLength = 10; // 9 symbols and a check symbol

/// A new random card id from the operating system's CSPRNG (OpenSSL RAND_bytes).
QString newCardId();

/// A new random event id (a UUID without braces), unique across registers.
QString newEventId();

/// The id of the voucher that completes the cycle-th cycle of a card.
QString voucherId(QStringView cardId, int cycle);

/// The redeem code of that voucher, with its check symbol last.
QString redeemCode(QStringView cardId, int cycle);

/// Whether text (upper-case, no separators) consists only of alphabet symbols.
bool inAlphabet(QStringView text);

/// The check symbol for payload symbols (Luhn mod 32): it catches every
/// single wrong symbol and most swaps of two neighbours.
QChar checkSymbol(QStringView payload);

/// Upper-cases and drops spaces and dashes, as a cashier may type or a
/// receipt may print them ("abcde-fghjk" → "ABCDEFGHJK").
QString normalise(QStringView typed);

/// "ABCDEFGHJKLMNPQR" → "ABCD-EFGH-JKLM-NPQR", the way card ids are shown.
QString formatCardId(QStringView id);

/// "ABCDEFGHJK" → "ABCDE-FGHJK", the way codes are printed and shown.
QString formatRedeemCode(QStringView code);

/// What a typed or scanned text is as a redeem code.
enum class CodeCheck {
    Valid, ///< our alphabet, right length, right check symbol
    Typo, ///< looks like one of our codes but a symbol is wrong
    NotACode, ///< not shaped like one of our codes at all
};
CodeCheck checkRedeemCode(QStringView normalised);

} // namespace Ids
} // namespace stampdesk
