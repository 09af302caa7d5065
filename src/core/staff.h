// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace stampdesk {

/// What a staff member may do: a cashier works the counter; a manager also
/// opens the settings, and approves what is beyond a cashier (an undo
/// outside its window).
enum class StaffRole { Cashier, Manager };

/// A person who works at the register. Signs in with a PIN; every action is
/// recorded under the name.
struct StaffMember
{
    QString id; ///< random, made when the member is added
    QString name;
    StaffRole role = StaffRole::Cashier;
    bool active = true; ///< a member who left keeps their name in the ledger
    friend bool operator==(const StaffMember &, const StaffMember &) = default;
};

/// "cashier", "manager": in the database and on the command line; never
/// translated.
QString wireName(StaffRole role);
std::optional<StaffRole> staffRoleFromString(QStringView text);

/// A PIN as stored: salted PBKDF2-HMAC-SHA256. Never the PIN itself.
struct PinHash
{
    QByteArray salt; ///< 16 random bytes
    int iterations = 0;
    QByteArray hash; ///< 32 bytes

    /// "pbkdf2-sha256$ITERATIONS$SALT$HASH", salt and hash in base64: one
    /// column, and the algorithm named, so a stronger one can follow.
    QString encoded() const;
    /// The inverse of encoded(); none for anything else.
    static std::optional<PinHash> decode(const QString &text);

    friend bool operator==(const PinHash &, const PinHash &) = default;
};

/// Why a PIN is not accepted as a new PIN.
enum class PinProblem {
    TooShort, ///< fewer than minLength digits
    TooLong, ///< more than maxLength digits
    NotDigits, ///< anything but 0-9
    TooSimple, ///< all one digit, or a straight run (1234, 9876)
};

namespace Pins {

/// OWASP's 2023 figure for PBKDF2-HMAC-SHA256. About half a second on a
/// register: hash and verify off the GUI thread.
inline constexpr int iterations = 600'000;
inline constexpr int minLength = 4;
inline constexpr int maxLength = 8;

/// Whether pin may be chosen as a PIN.
std::optional<PinProblem> check(const QString &pin);
/// The problem in plain words, in the current UI language.
QString message(PinProblem problem);

/// Hashes pin with a fresh random salt (OpenSSL's RAND_bytes).
PinHash hash(const QString &pin, int iterations = Pins::iterations);
/// Whether pin matches, compared in constant time (CRYPTO_memcmp). A stored
/// hash that is malformed matches nothing.
bool verify(const QString &pin, const PinHash &stored);

/// Wrong PINs in a row that cost nothing; from the next one on, each wrong
/// PIN locks the member out for lockout(failures).
inline constexpr int freeAttempts = 3;
/// How long a member is locked out after failures wrong PINs in a row: none
/// up to freeAttempts, then 30 s, doubling with each further failure, at
/// most 15 minutes.
std::chrono::seconds lockout(int failures);

} // namespace Pins

/// A member's PIN and the wrong attempts against it, as the store keeps
/// them across restarts (so that quitting the app does not reset a lockout).
struct PinState
{
    PinHash pin;
    int failures = 0; ///< wrong PINs in a row since the last right one
    std::optional<QDateTime> lockedUntil;

    bool isLocked(const QDateTime &now) const { return lockedUntil && now < *lockedUntil; }
};

} // namespace stampdesk
