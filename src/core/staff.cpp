// SPDX-License-Identifier: Apache-2.0
#include "staff.h"

#include "enumnames.h"

#include <QCoreApplication>
#include <QStringList>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>

namespace stampdesk {

namespace {

constexpr EnumNames<StaffRole, 2> roleNames{{{
    {StaffRole::Cashier, u"cashier"},
    {StaffRole::Manager, u"manager"},
}}};

constexpr QStringView algorithm = u"pbkdf2-sha256";
constexpr qsizetype saltSize = 16;
constexpr qsizetype hashSize = 32;
// A stored hash that asks for more than this is not ours: a tampered row
// must not keep the register busy for minutes on one sign-in.
constexpr int maxIterations = 100'000'000;

bool wellFormed(const PinHash &h)
{
    return h.salt.size() == saltSize && h.hash.size() == hashSize && h.iterations >= 1
        && h.iterations <= maxIterations;
}

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    const QByteArray text = pin.toUtf8();
    QByteArray out(hashSize, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(text.constData(), int(text.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()),
                                     int(salt.size()), iterations, EVP_sha256(), int(out.size()),
                                     reinterpret_cast<unsigned char *>(out.data()));
    if (ok != 1)
        qFatal("PKCS5_PBKDF2_HMAC failed");
    return out;
}

// Digits as a keypad has them; QChar::isDigit would also let through the
// digits of other scripts.
bool asciiDigits(const QString &pin)
{
    return std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// All one digit (0000), or a straight run up or down (1234, 9876): the
// first PINs anyone tries.
bool tooSimple(const QString &pin)
{
    if (pin.size() < 2)
        return false;
    const int step = pin.at(1).unicode() - pin.at(0).unicode();
    if (step < -1 || step > 1)
        return false;
    for (qsizetype i = 2; i < pin.size(); ++i) {
        if (pin.at(i).unicode() - pin.at(i - 1).unicode() != step)
            return false;
    }
    return true;
}

QString trPins(const char *text)
{
    return QCoreApplication::translate("stampdesk::Pins", text);
}

} // namespace

QString wireName(StaffRole role)
{
    return roleNames.name(role);
}

std::optional<StaffRole> staffRoleFromString(QStringView text)
{
    return roleNames.value(text);
}

QString PinHash::encoded() const
{
    return QStringLiteral("%1$%2$%3$%4")
        .arg(algorithm)
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

std::optional<PinHash> PinHash::decode(const QString &text)
{
    const QStringList parts = text.split(u'$');
    if (parts.size() != 4 || parts.at(0) != algorithm)
        return std::nullopt;
    const QString &count = parts.at(1);
    if (count.isEmpty() || count.size() > 9 || !asciiDigits(count))
        return std::nullopt;
    PinHash h;
    h.iterations = count.toInt();
    const auto bytes = [](const QString &base64) -> std::optional<QByteArray> {
        auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || !base64.isSimpleText())
            return std::nullopt;
        return *decoded;
    };
    const auto salt = bytes(parts.at(2));
    const auto hash = bytes(parts.at(3));
    if (!salt || !hash)
        return std::nullopt;
    h.salt = *salt;
    h.hash = *hash;
    if (!wellFormed(h))
        return std::nullopt;
    return h;
}

namespace Pins {

std::optional<PinProblem> check(const QString &pin)
{
    if (!asciiDigits(pin))
        return PinProblem::NotDigits;
    if (pin.size() < minLength)
        return PinProblem::TooShort;
    if (pin.size() > maxLength)
        return PinProblem::TooLong;
    if (tooSimple(pin))
        return PinProblem::TooSimple;
    return std::nullopt;
}

QString message(PinProblem problem)
{
    switch (problem) {
    case PinProblem::TooShort:
        //: %1 is the least number of digits of a PIN
        return trPins(QT_TRANSLATE_NOOP("stampdesk::Pins", "A PIN needs at least %1 digits."))
            .arg(minLength);
    case PinProblem::TooLong:
        //: %1 is the most digits a PIN may have
        return trPins(QT_TRANSLATE_NOOP("stampdesk::Pins", "A PIN has at most %1 digits."))
            .arg(maxLength);
    case PinProblem::NotDigits:
        return trPins(QT_TRANSLATE_NOOP("stampdesk::Pins", "A PIN is made of digits only."));
    case PinProblem::TooSimple:
        return trPins(QT_TRANSLATE_NOOP(
            "stampdesk::Pins",
            "This PIN is too easy to guess (all one digit, or digits in a row). Choose another."));
    }
    return {};
}

PinHash hash(const QString &pin, int rounds)
{
    Q_ASSERT(rounds >= 1 && rounds <= maxIterations);
    PinHash h;
    h.iterations = std::clamp(rounds, 1, maxIterations);
    h.salt = QByteArray(saltSize, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(h.salt.data()), int(h.salt.size())) != 1)
        qFatal("RAND_bytes failed");
    h.hash = derive(pin, h.salt, h.iterations);
    return h;
}

bool verify(const QString &pin, const PinHash &stored)
{
    if (!wellFormed(stored))
        return false;
    const QByteArray candidate = derive(pin, stored.salt, stored.iterations);
    return CRYPTO_memcmp(candidate.constData(), stored.hash.constData(), std::size_t(hashSize))
        == 0;
}

std::chrono::seconds lockout(int failures)
{
    using namespace std::chrono_literals;
    constexpr std::chrono::seconds first = 30s;
    constexpr std::chrono::seconds longest = 15min;
    if (failures <= freeAttempts)
        return 0s;
    std::chrono::seconds wait = first;
    for (int i = freeAttempts + 1; i < failures && wait < longest; ++i)
        wait *= 2;
    return std::min(wait, longest);
}

} // namespace Pins
} // namespace stampdesk
