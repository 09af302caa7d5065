// SPDX-License-Identifier: Apache-2.0
#pragma once

// The payload parser's fuzzing fixtures, shared by the fuzzer, the tool that
// writes the seed corpus and the test that replays it: fixed keys, and the
// seed corpus itself. The keys' seeds are public: they sign test codes only.

#include "core/base45.h"
#include "core/ids.h"
#include "core/payload.h"

#include <QList>

#include <utility>

namespace stampdesk::fuzz {

inline constexpr quint16 shop = 4711;

inline SigningKey fixedKey(KeyId id, char fill)
{
    return *SigningKey::fromSeed(id, QByteArray(32, fill));
}

/// Keys 1 and 2 of the shop, which the fuzzer's keyring trusts.
inline const SigningKey &shopKey(int number)
{
    static const SigningKey one = fixedKey({shop, 1}, '\x01');
    static const SigningKey two = fixedKey({shop, 2}, '\x02');
    return number == 1 ? one : two;
}

inline Keyring keyring()
{
    return Keyring(shop, {shopKey(1).publicKey(), shopKey(2).publicKey()});
}

/// The seed corpus: file name and content. A name is "<expected>--<what>",
/// where expected is a payload kind ("card", "voucher", "redeem-code") or
/// an error's code name ("bad-signature"); tst_corpus holds each file to it.
inline QList<std::pair<QString, QByteArray>> seedCorpus()
{
    const QString card = QStringLiteral("RHYNS3RWNXZ9GMJG");
    const QString voucher = Ids::voucherId(card, 1);
    const auto make = [](PayloadKind kind, const QString &id, const SigningKey &key) {
        return Payloads::make(kind, id, key).value().toLatin1();
    };
    const QByteArray valid = make(PayloadKind::Card, card, shopKey(1));
    const QByteArray code = Ids::redeemCode(card, 1).toLatin1();
    // The signed bytes of the valid card code, to alter and encode again.
    const QByteArray bytes = *Base45::decode(valid.sliced(3));
    const auto withByte = [&bytes](qsizetype at, char value) {
        QByteArray changed = bytes;
        changed[at] = value;
        return "SD1" + Base45::encode(changed);
    };
    QByteArray typo = code;
    typo[4] = typo[4] == 'A' ? 'B' : 'A';
    QByteArray zero = code;
    zero[2] = '0';

    return {
        {QStringLiteral("card--key-1"), valid},
        {QStringLiteral("card--key-2"), make(PayloadKind::Card, card, shopKey(2))},
        {QStringLiteral("voucher--key-1"), make(PayloadKind::Voucher, voucher, shopKey(1))},
        {QStringLiteral("voucher--key-2"), make(PayloadKind::Voucher, voucher, shopKey(2))},
        {QStringLiteral("redeem-code--printed"), code},
        {QStringLiteral("redeem-code--typed"),
         " " + code.first(5).toLower() + " - " + code.sliced(5).toLower() + "\r\n"},
        {QStringLiteral("typo--wrong-symbol"), typo},
        {QStringLiteral("typo--zero-for-o"), zero},
        {QStringLiteral("not-ours--empty"), QByteArray()},
        {QStringLiteral("not-ours--ean-13"), QByteArray("8934588063053")},
        {QStringLiteral("not-ours--url"), QByteArray("https://stampdesk.example/c/SD1")},
        {QStringLiteral("not-ours--pos-code"), QByteArray("SD2024-11-23-0001")},
        {QStringLiteral("not-ours--lower-case"), valid.toLower()},
        {QStringLiteral("not-ours--binary"), QByteArray("\x00\xff\xfe\x80SD1", 7)},
        {QStringLiteral("unknown-version--2"), "SD2" + valid.sliced(3)},
        {QStringLiteral("bad-encoding--truncated"), valid.first(60)},
        {QStringLiteral("bad-encoding--prefix-only"), QByteArray("SD1")},
        {QStringLiteral("bad-encoding--extended"), valid + " "},
        {QStringLiteral("bad-encoding--group-out-of-range"),
         valid.first(3) + ":::" + valid.sliced(6)},
        {QStringLiteral("bad-encoding--unknown-kind"), withByte(0, '\x03')},
        {QStringLiteral("other-shop--815"),
         make(PayloadKind::Card, card, fixedKey({815, 1}, '\x04'))},
        {QStringLiteral("unknown-key--3"),
         make(PayloadKind::Card, card, fixedKey({shop, 3}, '\x03'))},
        {QStringLiteral("bad-signature--forged"),
         make(PayloadKind::Voucher, voucher, fixedKey({shop, 1}, '\x06'))},
        {QStringLiteral("bad-signature--altered-id"), withByte(13, char(bytes[13] ^ 1))},
        {QStringLiteral("bad-signature--card-as-voucher"), withByte(0, '\x02')},
    };
}

} // namespace stampdesk::fuzz
