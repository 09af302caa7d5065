// SPDX-License-Identifier: Apache-2.0
// The signed payload codec; the format is described in docs/payloads.md.
#include "payload.h"

#include "base45.h"
#include "enumnames.h"
#include "ids.h"

#include <algorithm>

namespace stampdesk {

namespace {

using C = PayloadError::Code;

constexpr EnumNames<C, 7> codeNames{{{
    {C::NotOurs, u"not-ours"},
    {C::UnknownVersion, u"unknown-version"},
    {C::BadEncoding, u"bad-encoding"},
    {C::BadSignature, u"bad-signature"},
    {C::UnknownKey, u"unknown-key"},
    {C::OtherShop, u"other-shop"},
    {C::Typo, u"typo"},
}}};

constexpr EnumNames<PayloadKind, 3> kindNames{{{
    {PayloadKind::Card, u"card"},
    {PayloadKind::Voucher, u"voucher"},
    {PayloadKind::RedeemCode, u"redeem-code"},
}}};

// "SD" and the version as one base-36 symbol: told apart before decoding.
constexpr QByteArrayView magic = "SD";
constexpr QByteArrayView prefix = "SD1";
// Every signed format of any version carries an Ed25519 signature, 64
// bytes or 96 Base45 characters; shorter texts that start with "SD" are
// somebody else's codes, not a future version of ours.
constexpr qsizetype shortestOtherVersion = 96;

// The binary body: kind, key number, shop (big-endian), the subject id.
constexpr qsizetype subjectSize = 10; // 16 symbols of 5 bits
constexpr qsizetype bodySize = 4 + subjectSize;
constexpr qsizetype signatureSize = 64;
constexpr quint8 cardByte = 1;
constexpr quint8 voucherByte = 2;

static_assert(prefix.size() + (bodySize + signatureSize) / 2 * 3 == Payloads::textLength);
static_assert((bodySize + signatureSize) % 2 == 0,
              "an even length ends the text on a group's last character, never a space");

// The 16 symbols of an id as its 80 bits, most significant first (the way
// Ids makes them from random or hashed bytes).
QByteArray subjectBytes(QStringView id)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (QChar c : id) {
        buffer = (buffer << 5) | quint32(Ids::alphabet.indexOf(c));
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xffu));
        }
    }
    return out;
}

QString subjectId(QByteArrayView bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (char b : bytes) {
        buffer = (buffer << 8) | quint8(b);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(Ids::alphabet[int((buffer >> bits) & 31u)]);
        }
    }
    return out;
}

QByteArray signedMessage(QByteArrayView body)
{
    // The prefix is signed too, so the same body cannot be passed off
    // under another version's rules.
    return prefix.toByteArray() + body.toByteArray();
}

PayloadError error(C code, QByteArrayView scanned)
{
    return PayloadError{code, QString::fromUtf8(scanned)};
}

Result<Payload, PayloadError> parseVersion1(QByteArrayView scanned, const Keyring &keyring)
{
    if (scanned.size() != Payloads::textLength)
        return error(C::BadEncoding, scanned);
    const auto decoded = Base45::decode(scanned.sliced(prefix.size()));
    if (!decoded || decoded->size() != bodySize + signatureSize)
        return error(C::BadEncoding, scanned);
    const QByteArrayView body = QByteArrayView(*decoded).first(bodySize);
    const QByteArrayView signature = QByteArrayView(*decoded).sliced(bodySize);

    const quint8 kindByte = quint8(body[0]);
    if (kindByte != cardByte && kindByte != voucherByte)
        return error(C::BadEncoding, scanned);
    const KeyId signer{quint16(quint8(body[2]) << 8 | quint8(body[3])), quint8(body[1])};
    if (signer.shop != keyring.shop())
        return error(C::OtherShop, scanned);
    const PublicKey *key = keyring.find(signer.number);
    if (!key)
        return error(C::UnknownKey, scanned);
    if (!verify(*key, signedMessage(body), signature))
        return error(C::BadSignature, scanned);
    return Payload{kindByte == cardByte ? PayloadKind::Card : PayloadKind::Voucher,
                   subjectId(body.sliced(4)), signer};
}

bool isVersionSymbol(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

// "SD", another version symbol, and the length and characters a signed
// code of any version has.
bool looksLikeOtherVersion(QByteArrayView scanned)
{
    if (scanned.size() < shortestOtherVersion || !scanned.startsWith(magic)
        || !isVersionSymbol(scanned[magic.size()]))
        return false;
    return std::all_of(scanned.begin(), scanned.end(),
                       [](char c) { return Base45::value(c) >= 0; });
}

} // namespace

QString wireName(PayloadKind kind)
{
    return kindNames.name(kind);
}

std::optional<PayloadKind> payloadKindFromString(QStringView text)
{
    return kindNames.value(text);
}

QString PayloadError::codeName() const
{
    return codeNames.name(code);
}

QString PayloadError::message() const
{
    switch (code) {
    case C::NotOurs:
        //: A scanned barcode or QR code that is not a loyalty card or voucher
        return tr("This is not a loyalty card or voucher code. Ask the customer to show the card "
                  "or voucher in their wallet app, or find the card by phone number.");
    case C::UnknownVersion:
        return tr("This card or voucher code is of a newer kind than this register can read. "
                  "Update Stampdesk, or find the card by the customer's phone number.");
    case C::BadEncoding:
        return tr("This code was not read completely. Scan it again; on a phone, turn the screen "
                  "brightness up.");
    case C::BadSignature:
        return tr("This code is not genuine: it was altered or forged. Do not give stamps or "
                  "rewards for it, and tell the manager.");
    case C::UnknownKey:
        //: "key": the cryptographic key that signs the codes, not a door key
        return tr("This register does not have the key that signed this code yet. Connect the "
                  "register to the internet so that it can update, then scan again.");
    case C::OtherShop:
        return tr("This card or voucher belongs to another shop and cannot be used here.");
    case C::Typo:
        //: A redeem code: the short code printed on a voucher, typed by the cashier
        return tr("The redeem code %1 has a typo. Check it against the voucher and type it again.")
            .arg(Ids::formatRedeemCode(Ids::normalise(text)));
    }
    return {};
}

namespace Payloads {

Result<QString, MakeError> make(PayloadKind kind, const QString &id, const SigningKey &key)
{
    if (kind == PayloadKind::RedeemCode)
        return MakeError{QCoreApplication::translate(
            "Payloads",
            "A redeem code is typed, not signed: only cards and vouchers have a signed code.")};
    if (id.size() != Ids::cardIdLength || !Ids::inAlphabet(id))
        return MakeError{
            QCoreApplication::translate(
                "Payloads", "\"%1\" is not a card or voucher id (16 letters and digits).")
                .arg(id)};

    QByteArray body;
    body.reserve(bodySize);
    body.append(char(kind == PayloadKind::Card ? cardByte : voucherByte));
    body.append(char(key.id().number));
    body.append(char(key.id().shop >> 8));
    body.append(char(key.id().shop & 0xff));
    body.append(subjectBytes(id));
    Q_ASSERT(body.size() == bodySize);

    const QByteArray signature = key.sign(signedMessage(body));
    if (signature.size() != signatureSize)
        return MakeError{QCoreApplication::translate("Payloads", "The code could not be signed.")};
    return QString::fromLatin1(prefix.toByteArray() + Base45::encode(body + signature));
}

Result<Payload, PayloadError> parse(QByteArrayView scanned, const Keyring &keyring)
{
    if (scanned.startsWith(prefix))
        return parseVersion1(scanned, keyring);
    if (looksLikeOtherVersion(scanned))
        return error(C::UnknownVersion, scanned);

    // A redeem code, as a barcode or typed: case, spaces and dashes do not
    // matter, a wrong symbol is a typo.
    const QString code = Ids::normalise(QString::fromUtf8(scanned));
    switch (Ids::checkRedeemCode(code)) {
    case Ids::CodeCheck::Valid:
        return Payload{PayloadKind::RedeemCode, code, std::nullopt};
    case Ids::CodeCheck::Typo:
        return error(C::Typo, scanned);
    case Ids::CodeCheck::NotACode:
        break;
    }
    return error(C::NotOurs, scanned);
}

} // namespace Payloads
} // namespace stampdesk
