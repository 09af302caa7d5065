// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "keys.h"
#include "result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace stampdesk {

/// What a scanned or typed code is. Card and voucher codes are signed
/// payloads (docs/payloads.md); redeem codes are short typable codes that
/// carry a check symbol instead (core/ids.h).
enum class PayloadKind { Card, Voucher, RedeemCode };

/// "card", "voucher", "redeem-code": the names on the command line and in JSON.
QString wireName(PayloadKind kind);
std::optional<PayloadKind> payloadKindFromString(QStringView text);

/// A code that is ours and genuine.
struct Payload
{
    PayloadKind kind = PayloadKind::Card;
    /// The card id, the voucher id, or the redeem code (normalised: upper
    /// case, no separators).
    QString id;
    /// The key that signed it; none for a redeem code.
    std::optional<KeyId> signedBy;
    friend bool operator==(const Payload &, const Payload &) = default;
};

/// Why a scanned text is not a genuine code of this shop.
struct PayloadError
{
    Q_DECLARE_TR_FUNCTIONS(PayloadError)
public:
    enum class Code {
        NotOurs, ///< not a Stampdesk code at all (maybe a code of the POS)
        UnknownVersion, ///< a Stampdesk code of a format this version does not know
        BadEncoding, ///< shaped like ours but damaged: wrong length or characters
        BadSignature, ///< forged or altered
        UnknownKey, ///< signed with a key of this shop that the register does not hold
        OtherShop, ///< a genuine-looking code of another shop
        Typo, ///< a redeem code with a wrong symbol
    };
    Code code = Code::NotOurs;
    /// The scanned text, as it came (for a NotOurs code the app may still
    /// look it up, e.g. among redeem codes imported from the POS).
    QString text;

    /// A stable machine-readable name, e.g. "bad-signature".
    QString codeName() const;
    /// What the cashier sees, in the current UI language, with what to do next.
    QString message() const;
    friend bool operator==(const PayloadError &, const PayloadError &) = default;
};

namespace Payloads {

/// The payload format version this code writes (and the highest it reads).
inline constexpr int version = 1;

/// The length of every payload text of this version (docs/payloads.md): at
/// most 122, so that its QR code is version 5 or less at error correction M
/// in alphanumeric mode, and version 7 or less even in byte mode.
inline constexpr int textLength = 120;

/// Why make() refused: a mistake of the caller (a tool, the backend), not of
/// a cashier. (A type of its own because Result<QString, QString> cannot
/// tell its two sides apart.)
struct MakeError
{
    QString message;
};

/// The signed payload text for a card or voucher id (16 symbols of
/// Ids::alphabet). Refused (with the reason) for a redeem-code kind or a
/// malformed id.
Result<QString, MakeError> make(PayloadKind kind, const QString &id, const SigningKey &key);

/// What a scanned or typed byte string is. Total: any input whatsoever gives
/// a payload or a typed error, without crashing or reading out of bounds
/// (fuzzed). Signatures are checked against keyring, offline.
Result<Payload, PayloadError> parse(QByteArrayView scanned, const Keyring &keyring);

} // namespace Payloads
} // namespace stampdesk
