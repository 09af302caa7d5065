// SPDX-License-Identifier: Apache-2.0
// The signed payloads of cards and vouchers, and redeem codes: what a
// register makes of any scanned or typed text, and what the cashier sees.
#include "core/base45.h"
#include "core/ids.h"
#include "core/payload.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace stampdesk;
using Code = PayloadError::Code;

Q_DECLARE_METATYPE(stampdesk::PayloadKind)
Q_DECLARE_METATYPE(stampdesk::PayloadError::Code)

namespace {

constexpr quint16 shop = 4711;

SigningKey fixedKey(KeyId id, char fill)
{
    return *SigningKey::fromSeed(id, QByteArray(32, fill));
}

const SigningKey key1 = fixedKey({shop, 1}, '\x01');
const SigningKey key2 = fixedKey({shop, 2}, '\x02');
const SigningKey key3 = fixedKey({shop, 3}, '\x03');
const SigningKey otherShopKey = fixedKey({815, 1}, '\x04');

Keyring keyring()
{
    return Keyring(shop, {key1.publicKey(), key2.publicKey()});
}

const QString cardId = QStringLiteral("RHYNS3RWNXZ9GMJG");
const QString voucherId = Ids::voucherId(cardId, 1);

QString made(PayloadKind kind, const QString &id, const SigningKey &key)
{
    auto text = Payloads::make(kind, id, key);
    if (!text)
        qFatal("make refused: %s", qPrintable(text.error().message));
    return text.value();
}

QByteArray madeCard(const SigningKey &key = key1)
{
    return made(PayloadKind::Card, cardId, key).toLatin1();
}

// The characters of a QR code's alphanumeric mode, which a keyboard-wedge
// barcode gun also types without trouble (no lower case, no accents).
bool qrAlphanumeric(QStringView text)
{
    static const QString allowed = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:");
    return std::all_of(text.begin(), text.end(), [](QChar c) { return allowed.contains(c); });
}

Code errorOf(QByteArrayView text)
{
    const auto r = Payloads::parse(text, keyring());
    if (r.ok())
        qFatal("%s parsed as a payload", text.toByteArray().constData());
    return r.error().code;
}

} // namespace

class TestPayload : public QObject
{
    Q_OBJECT
private slots:
    // --- Base45 (RFC 9285) ----------------------------------------------

    void base45FollowsTheRfc_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("text");
        // RFC 9285, section 4.3 and 4.4.
        QTest::newRow("AB") << QByteArray("AB") << QByteArray("BB8");
        QTest::newRow("Hello!!") << QByteArray("Hello!!") << QByteArray("%69 VD92EX0");
        QTest::newRow("base-45") << QByteArray("base-45") << QByteArray("UJCLQE7W581");
        QTest::newRow("ietf!") << QByteArray("ietf!") << QByteArray("QED8WEX0");
        QTest::newRow("empty") << QByteArray() << QByteArray();
    }
    void base45FollowsTheRfc()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, text);
        QCOMPARE(Base45::encode(bytes), text);
        QCOMPARE(Base45::decode(text), std::optional<QByteArray>(bytes));
    }

    void base45RefusesWhatIsNotCanonical()
    {
        QVERIFY(!Base45::decode("GGW!")); // '!' is not in the alphabet
        QVERIFY(!Base45::decode("ZZZ")); // 80999 > 65535
        QVERIFY(!Base45::decode("ZZ")); // 2024 > 255
        QVERIFY(!Base45::decode("A")); // one character is no group
        QVERIFY(!Base45::decode("bb8")); // lower case
        QCOMPARE(*Base45::decode("FGW"), QByteArray("\xff\xff"));
    }

    // --- Making and reading ----------------------------------------------

    void madePayloadsVerify_data()
    {
        QTest::addColumn<PayloadKind>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("keyNumber");
        QTest::newRow("card, key 1") << PayloadKind::Card << cardId << 1;
        QTest::newRow("voucher, key 1") << PayloadKind::Voucher << voucherId << 1;
        QTest::newRow("card, key 2") << PayloadKind::Card << cardId << 2;
        QTest::newRow("voucher, key 2") << PayloadKind::Voucher << voucherId << 2;
        QTest::newRow("all 2s") << PayloadKind::Card << QStringLiteral("2222222222222222") << 1;
        QTest::newRow("all Zs") << PayloadKind::Voucher << QStringLiteral("ZZZZZZZZZZZZZZZZ") << 2;
    }
    void madePayloadsVerify()
    {
        QFETCH(PayloadKind, kind);
        QFETCH(QString, id);
        QFETCH(int, keyNumber);
        const SigningKey &key = keyNumber == 1 ? key1 : key2;
        const QString text = made(kind, id, key);
        QVERIFY(text.startsWith(u"SD1"));
        const auto parsed = Payloads::parse(text.toLatin1(), keyring());
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().codeName()));
        QCOMPARE(parsed->kind, kind);
        QCOMPARE(parsed->id, id);
        QCOMPARE(parsed->signedBy, std::optional<KeyId>(key.id()));
        // One text per payload: signing again gives the same text.
        QCOMPARE(made(kind, id, key), text);
    }

    void cardAndVoucherCodesDiffer()
    {
        // The same 16 symbols as a card and as a voucher are two codes.
        const QString asCard = made(PayloadKind::Card, cardId, key1);
        const QString asVoucher = made(PayloadKind::Voucher, cardId, key1);
        QVERIFY(asCard != asVoucher);
        QCOMPARE(Payloads::parse(asVoucher.toLatin1(), keyring())->kind, PayloadKind::Voucher);
    }

    void makeRefusesWhatCannotBeSigned()
    {
        QVERIFY(!Payloads::make(PayloadKind::RedeemCode, Ids::redeemCode(cardId, 1), key1));
        QVERIFY(!Payloads::make(PayloadKind::Card, cardId.first(15), key1));
        QVERIFY(!Payloads::make(PayloadKind::Card, cardId + u'2', key1));
        QVERIFY(!Payloads::make(PayloadKind::Card, QStringLiteral("RHYNS3RWNXZ9GMJO"), key1));
        QVERIFY(!Payloads::make(PayloadKind::Card, cardId.toLower(), key1));
        const auto refused = Payloads::make(PayloadKind::Card, QStringLiteral("nope"), key1);
        QVERIFY(refused.error().message.contains(u"nope"));
    }

    // --- Capacity: a QR code that reads easily from a phone screen --------

    void everyPayloadFitsASmallQrCode()
    {
        // QR version 5-M holds 86 data codewords, version 7-M 124
        // (ISO/IEC 18004, table 7). Alphanumeric mode spends 4 bits on the
        // mode, 9 on the length and 11 per two characters; byte mode 4, 8
        // and 8 per character.
        const auto alphanumericBits = [](qsizetype n) {
            return 4 + 9 + 11 * (n / 2) + 6 * (n % 2);
        };
        const auto byteBits = [](qsizetype n) {
            return 4 + 8 + 8 * n;
        };
        QRandomGenerator random(2026);
        for (int i = 0; i < 500; ++i) {
            QString id;
            for (int k = 0; k < Ids::cardIdLength; ++k)
                id.append(Ids::alphabet[random.bounded(32)]);
            const KeyId keyId{quint16(random.bounded(65536)), quint8(random.bounded(256))};
            const SigningKey key = fixedKey(keyId, char(i));
            const QString text = made(i % 2 ? PayloadKind::Card : PayloadKind::Voucher, id, key);
            QCOMPARE(text.size(), Payloads::textLength);
            QVERIFY(text.size() <= 122);
            QVERIFY2(qrAlphanumeric(text), qPrintable(text));
            QVERIFY(alphanumericBits(text.size()) <= 86 * 8);
            QVERIFY(byteBits(text.size()) <= 124 * 8);
            // A text field that trims what a barcode gun typed loses nothing.
            QCOMPARE(text.trimmed(), text);
            QVERIFY(Payloads::parse(text.toLatin1(), Keyring(keyId.shop, {key.publicKey()})).ok());
        }
    }

    // --- Keys, shops and forgeries -----------------------------------------

    void rotationKeepsOldKeysValid()
    {
        const Keyring ring = keyring();
        QCOMPARE(Payloads::parse(madeCard(key1), ring)->signedBy->number, 1);
        QCOMPARE(Payloads::parse(madeCard(key2), ring)->signedBy->number, 2);
        QCOMPARE(errorOf(madeCard(key3)), Code::UnknownKey);
        // Once the register learns key 3, its codes pass too.
        Keyring updated = ring;
        updated.add(key3.publicKey());
        QVERIFY(Payloads::parse(madeCard(key3), updated).ok());
        // A keyring that lost key 1 no longer accepts key 1's codes.
        QCOMPARE(Payloads::parse(madeCard(key1), Keyring(shop, {key2.publicKey()})).error().code,
                 Code::UnknownKey);
    }

    void anotherShopsCodeIsOtherShop()
    {
        QCOMPARE(errorOf(madeCard(otherShopKey)), Code::OtherShop);
        // Even another shop's key with a number this shop uses.
        QCOMPARE(errorOf(madeCard(fixedKey({815, 2}, '\x05'))), Code::OtherShop);
    }

    void aForgeryWithAKnownKeyNumberIsBadSignature()
    {
        // Someone who made a key of their own, numbered like the shop's.
        QCOMPARE(errorOf(madeCard(fixedKey({shop, 1}, '\x06'))), Code::BadSignature);
        const auto r = Payloads::parse(madeCard(fixedKey({shop, 2}, '\x07')), keyring());
        QCOMPARE(r.error().codeName(), QStringLiteral("bad-signature"));
    }

    void everySingleByteChangeIsAnError()
    {
        // Never a different valid payload: every byte at every position.
        const Keyring ring = keyring();
        for (const QByteArray &valid :
             {madeCard(), made(PayloadKind::Voucher, voucherId, key2).toLatin1()}) {
            QSet<Code> seen;
            for (qsizetype i = 0; i < valid.size(); ++i) {
                for (int b = 0; b < 256; ++b) {
                    if (char(b) == valid[i])
                        continue;
                    QByteArray altered = valid;
                    altered[i] = char(b);
                    const auto r = Payloads::parse(altered, ring);
                    if (r.ok())
                        QFAIL(qPrintable(QStringLiteral("position %1, byte %2 gives a valid %3")
                                             .arg(i)
                                             .arg(b)
                                             .arg(r->id)));
                    seen.insert(r.error().code);
                }
            }
            for (Code c : {Code::NotOurs, Code::UnknownVersion, Code::BadEncoding,
                           Code::BadSignature, Code::UnknownKey, Code::OtherShop})
                QVERIFY2(seen.contains(c), qPrintable(PayloadError({c, {}}).codeName()));
        }
    }

    void truncationsAndExtensionsAreErrors()
    {
        const QByteArray valid = madeCard();
        for (qsizetype n = 0; n < valid.size(); ++n) {
            const Code expected = n < 3 ? Code::NotOurs : Code::BadEncoding;
            QCOMPARE(errorOf(valid.first(n)), expected);
            // Cut at the front: no longer a signed code (the last ten
            // characters might even pass for a redeem code).
            const auto tail = Payloads::parse(valid.sliced(valid.size() - n), keyring());
            QVERIFY(!tail.ok() || tail->kind == PayloadKind::RedeemCode);
            if (!tail.ok())
                QVERIFY(tail.error().code == Code::NotOurs || tail.error().code == Code::Typo);
        }
        QCOMPARE(errorOf(valid + ' '), Code::BadEncoding);
        QCOMPARE(errorOf(valid + "\r\n"), Code::BadEncoding);
        QCOMPARE(errorOf(valid + valid), Code::BadEncoding);
        QCOMPARE(errorOf(valid.toLower()), Code::NotOurs);
    }

    void otherVersionsAreToldApartFromOtherCodes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Code>("expected");
        const QByteArray body = madeCard().sliced(3);
        QTest::newRow("version 2") << "SD2" + body << Code::UnknownVersion;
        QTest::newRow("version Z") << "SDZ" + body << Code::UnknownVersion;
        QTest::newRow("version 0") << "SD0" + body << Code::UnknownVersion;
        QTest::newRow("version 2, longer") << "SD2" + body + body << Code::UnknownVersion;
        QTest::newRow("version 2, lower case") << "SD2" + body.toLower() << Code::NotOurs;
        QTest::newRow("a short code of the POS")
            << QByteArray("SD2024-11-23-0001") << Code::NotOurs;
        QTest::newRow("a URL") << QByteArray("https://example.com/SD1") << Code::NotOurs;
        QTest::newRow("SD, then a space") << "SD " + body << Code::NotOurs;
        QTest::newRow("empty") << QByteArray() << Code::NotOurs;
        QTest::newRow("a NUL") << QByteArray(1, '\0') << Code::NotOurs;
        QTest::newRow("EAN-13") << QByteArray("8934588063053") << Code::NotOurs;
        QTest::newRow("not UTF-8") << QByteArray("\xff\xfe\xc3") << Code::NotOurs;
    }
    void otherVersionsAreToldApartFromOtherCodes()
    {
        QFETCH(QByteArray, text);
        QFETCH(Code, expected);
        QCOMPARE(errorOf(text), expected);
    }

    // --- Redeem codes ------------------------------------------------------

    void redeemCodesAreRecognised_data()
    {
        QTest::addColumn<QByteArray>("typed");
        const QByteArray code = Ids::redeemCode(cardId, 1).toLatin1();
        QTest::newRow("as printed") << code;
        QTest::newRow("with a dash") << code.first(5) + '-' + code.sliced(5);
        QTest::newRow("lower case, spaces")
            << " " + code.toLower().first(5) + " " + code.sliced(5).toLower();
        QTest::newRow("a barcode's Enter") << code + "\r\n";
    }
    void redeemCodesAreRecognised()
    {
        QFETCH(QByteArray, typed);
        const auto r = Payloads::parse(typed, keyring());
        QVERIFY(r.ok());
        QCOMPARE(r->kind, PayloadKind::RedeemCode);
        QCOMPARE(r->id, Ids::redeemCode(cardId, 1));
        QCOMPARE(r->signedBy, std::nullopt);
    }

    void everyWrongSymbolInARedeemCodeIsATypo()
    {
        const QString code = Ids::redeemCode(cardId, 2);
        for (qsizetype i = 0; i < code.size(); ++i) {
            for (QChar c : Ids::alphabet) {
                if (c == code[i])
                    continue;
                QString typo = code;
                typo[i] = c;
                const auto r = Payloads::parse(typo.toLatin1(), keyring());
                QVERIFY2(!r.ok(), qPrintable(typo));
                QCOMPARE(r.error().code, Code::Typo);
                QCOMPARE(r.error().text, typo);
            }
        }
        // A zero typed for an O, a one for an I: still a typo, not a stranger.
        QString withZero = code;
        withZero[3] = u'0';
        QCOMPARE(errorOf(withZero.toLatin1()), Code::Typo);
        // Two foreign symbols: something else.
        QCOMPARE(errorOf("0000011111"), Code::NotOurs);
        QCOMPARE(errorOf("ABCDEFGHJ"), Code::NotOurs); // nine symbols
    }

    // --- Anything at all -----------------------------------------------------

    void randomInputAlwaysGivesATypedResult_data()
    {
        QTest::addColumn<int>("shape");
        QTest::newRow("any bytes") << 0;
        QTest::newRow("SD1 and alphanumerics") << 1;
        QTest::newRow("SD1 and a valid body") << 2;
        QTest::newRow("ten symbols") << 3;
    }
    void randomInputAlwaysGivesATypedResult()
    {
        QFETCH(int, shape);
        QRandomGenerator random(quint32(20261123 + shape));
        const QByteArray valid = madeCard();
        const Keyring ring = keyring();
        const QByteArrayView qr = Base45::alphabet;
        for (int i = 0; i < 5000; ++i) {
            QByteArray text;
            switch (shape) {
            case 0:
                text.resize(random.bounded(300));
                for (char &c : text)
                    c = char(random.bounded(256));
                break;
            case 1:
                text = "SD1";
                while (text.size() < Payloads::textLength)
                    text.append(qr[random.bounded(int(qr.size()))]);
                break;
            case 2: {
                // Decodable bodies with random fields, to reach the shop,
                // key and signature checks.
                QByteArray bytes = *Base45::decode(valid.sliced(3));
                for (int k = 0; k < 1 + random.bounded(4); ++k)
                    bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
                text = "SD1" + Base45::encode(bytes);
                break;
            }
            default:
                for (int k = 0; k < 10; ++k)
                    text.append(qr[random.bounded(int(qr.size()))]);
            }
            const auto r = Payloads::parse(text, ring);
            if (r.ok() && text == valid)
                continue; // a random byte that happened to be the one it replaced
            if (r.ok()) {
                QVERIFY2(r->kind == PayloadKind::RedeemCode, text.constData());
                QCOMPARE(Ids::checkRedeemCode(r->id), Ids::CodeCheck::Valid);
                continue;
            }
            QVERIFY(!r.error().codeName().isEmpty());
            QVERIFY(!r.error().message().isEmpty());
        }
    }

    // --- What the cashier sees -----------------------------------------------

    void everyErrorHasAMessageThatSaysWhatToDo_data()
    {
        QTest::addColumn<QByteArray>("scanned");
        QTest::addColumn<Code>("code");
        QTest::addColumn<QString>("codeName");
        QTest::addColumn<QStringList>("words");
        QByteArray forged = madeCard();
        forged[60] = forged[60] == 'A' ? 'B' : 'A';
        QString typo = Ids::redeemCode(cardId, 1);
        typo[0] = typo[0] == u'A' ? u'B' : u'A';
        QTest::newRow("not ours") << QByteArray("8934588063053") << Code::NotOurs
                                  << QStringLiteral("not-ours")
                                  << QStringList{QStringLiteral("not a loyalty card"),
                                                 QStringLiteral("wallet app"),
                                                 QStringLiteral("phone number")};
        QTest::newRow("unknown version")
            << "SD2" + madeCard().sliced(3) << Code::UnknownVersion
            << QStringLiteral("unknown-version")
            << QStringList{QStringLiteral("newer"), QStringLiteral("Update Stampdesk")};
        QTest::newRow("bad encoding")
            << madeCard().first(80) << Code::BadEncoding << QStringLiteral("bad-encoding")
            << QStringList{QStringLiteral("not read completely"), QStringLiteral("Scan it again")};
        QTest::newRow("bad signature")
            << forged << Code::BadSignature << QStringLiteral("bad-signature")
            << QStringList{QStringLiteral("not genuine"), QStringLiteral("Do not give"),
                           QStringLiteral("manager")};
        QTest::newRow("unknown key")
            << madeCard(key3) << Code::UnknownKey << QStringLiteral("unknown-key")
            << QStringList{QStringLiteral("key"), QStringLiteral("internet"),
                           QStringLiteral("scan again")};
        QTest::newRow("other shop")
            << madeCard(otherShopKey) << Code::OtherShop << QStringLiteral("other-shop")
            << QStringList{QStringLiteral("another shop"), QStringLiteral("cannot be used here")};
        QTest::newRow("typo") << typo.toLower().toLatin1() << Code::Typo << QStringLiteral("typo")
                              << QStringList{QStringLiteral("typo"), Ids::formatRedeemCode(typo),
                                             QStringLiteral("type it again")};
    }
    void everyErrorHasAMessageThatSaysWhatToDo()
    {
        QFETCH(QByteArray, scanned);
        QFETCH(Code, code);
        QFETCH(QString, codeName);
        QFETCH(QStringList, words);
        const auto r = Payloads::parse(scanned, keyring());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().codeName(), codeName);
        QCOMPARE(r.error().text, QString::fromLatin1(scanned));
        const QString message = r.error().message();
        qInfo("%s: %s", qPrintable(codeName), qPrintable(message));
        QVERIFY(!message.contains(u"%1"));
        for (const QString &w : words)
            QVERIFY2(message.contains(w, Qt::CaseInsensitive),
                     qPrintable(w + QStringLiteral(" in ") + message));
    }

    void everyErrorCodeIsCovered()
    {
        QSet<QString> names;
        for (int c = 0; c <= int(Code::Typo); ++c) {
            const PayloadError e{Code(c), QStringLiteral("X")};
            QVERIFY(!e.message().isEmpty());
            names.insert(e.codeName());
        }
        QCOMPARE(names.size(), int(Code::Typo) + 1);
        QVERIFY(!names.contains(QString()));
    }

    void kindsHaveWireNames()
    {
        for (PayloadKind k : {PayloadKind::Card, PayloadKind::Voucher, PayloadKind::RedeemCode})
            QCOMPARE(payloadKindFromString(wireName(k)), std::optional<PayloadKind>(k));
        QCOMPARE(wireName(PayloadKind::RedeemCode), QStringLiteral("redeem-code"));
        QCOMPARE(payloadKindFromString(u"ticket"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestPayload)
#include "tst_payload.moc"
