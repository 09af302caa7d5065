// SPDX-License-Identifier: Apache-2.0
// Ed25519 keys through OpenSSL, and the keyring a register verifies with.
#include "core/keys.h"

#include <QTest>

using namespace stampdesk;

namespace {

// RFC 8032, section 7.1, test 1 and test 2.
const QByteArray rfcSeed1 =
    QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
const QByteArray rfcPublic1 =
    QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
const QByteArray rfcSignature1 = QByteArray::fromHex(
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b"
    "46bd25bf5f0595bbe24655141438e7a100b");
const QByteArray rfcSeed2 =
    QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");
const QByteArray rfcPublic2 =
    QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
const QByteArray rfcMessage2 = QByteArray::fromHex("72");
const QByteArray rfcSignature2 = QByteArray::fromHex(
    "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d"
    "8c387b2eaeb4302aeeb00d291612bb0c00");

const KeyId shopKey{4711, 1};

} // namespace

class TestKeys : public QObject
{
    Q_OBJECT
private slots:
    // Proves that OpenSSL is driven the right way: the RFC's own vectors.
    void rfc8032Vectors()
    {
        const auto key1 = SigningKey::fromSeed(shopKey, rfcSeed1);
        QVERIFY(key1);
        QCOMPARE(key1->publicKey().bytes, rfcPublic1);
        QCOMPARE(key1->publicKey().id, shopKey);
        QCOMPARE(key1->seed(), rfcSeed1);
        QCOMPARE(key1->sign(QByteArrayView()), rfcSignature1);
        QVERIFY(verify(key1->publicKey(), QByteArrayView(), rfcSignature1));

        const auto key2 = SigningKey::fromSeed(shopKey, rfcSeed2);
        QVERIFY(key2);
        QCOMPARE(key2->publicKey().bytes, rfcPublic2);
        QCOMPARE(key2->sign(rfcMessage2), rfcSignature2);
        QVERIFY(verify(PublicKey{shopKey, rfcPublic2}, rfcMessage2, rfcSignature2));
    }

    void generatedKeysSignAndVerify()
    {
        const SigningKey key = SigningKey::generate(shopKey);
        QCOMPARE(key.id(), shopKey);
        QCOMPARE(key.seed().size(), 32);
        QCOMPARE(key.publicKey().bytes.size(), 32);
        const QByteArray message("SD1 a card");
        const QByteArray signature = key.sign(message);
        QCOMPARE(signature.size(), 64);
        QVERIFY(verify(key.publicKey(), message, signature));
        // Ed25519 is deterministic: the same message, the same signature.
        QCOMPARE(key.sign(message), signature);
        // The seed alone gives the same key back (how the store keeps it).
        const auto again = SigningKey::fromSeed(shopKey, key.seed());
        QVERIFY(again);
        QCOMPARE(again->publicKey(), key.publicKey());
        // Two generated keys differ.
        QVERIFY(SigningKey::generate(shopKey).seed() != key.seed());
    }

    void malformedSeedsAreRefused()
    {
        QVERIFY(!SigningKey::fromSeed(shopKey, QByteArray()));
        QVERIFY(!SigningKey::fromSeed(shopKey, QByteArray(31, 'x')));
        QVERIFY(!SigningKey::fromSeed(shopKey, QByteArray(33, 'x')));
    }

    void verifyRejectsAWrongKey()
    {
        const SigningKey key = SigningKey::generate(shopKey);
        const SigningKey other = SigningKey::generate(shopKey);
        const QByteArray message("SD1 a voucher");
        QVERIFY(!verify(other.publicKey(), message, key.sign(message)));
    }

    void verifyRejectsEveryFlippedBit()
    {
        const SigningKey key = SigningKey::generate(shopKey);
        const QByteArray message("SD1 a card to be stamped");
        const QByteArray signature = key.sign(message);
        for (qsizetype bit = 0; bit < message.size() * 8; ++bit) {
            QByteArray altered = message;
            altered[bit / 8] = char(altered[bit / 8] ^ (1 << (bit % 8)));
            QVERIFY2(!verify(key.publicKey(), altered, signature),
                     qPrintable(QString::number(bit)));
        }
        for (qsizetype bit = 0; bit < signature.size() * 8; ++bit) {
            QByteArray altered = signature;
            altered[bit / 8] = char(altered[bit / 8] ^ (1 << (bit % 8)));
            QVERIFY2(!verify(key.publicKey(), message, altered), qPrintable(QString::number(bit)));
        }
    }

    void verifyRejectsMalformedInput()
    {
        const SigningKey key = SigningKey::generate(shopKey);
        const QByteArray message("m");
        const QByteArray signature = key.sign(message);
        QVERIFY(!verify(key.publicKey(), message, signature.first(63)));
        QVERIFY(!verify(key.publicKey(), message, signature + 'x'));
        QVERIFY(!verify(key.publicKey(), message, QByteArray()));
        QVERIFY(!verify(PublicKey{shopKey, {}}, message, signature));
        QVERIFY(!verify(PublicKey{shopKey, key.publicKey().bytes.first(31)}, message, signature));
        // Thirty-two bytes that are no point on the curve.
        QVERIFY(!verify(PublicKey{shopKey, QByteArray(32, '\xff')}, message, signature));
    }

    void keyringHoldsOneShopsKeys()
    {
        const PublicKey one = SigningKey::generate({4711, 1}).publicKey();
        const PublicKey two = SigningKey::generate({4711, 2}).publicKey();
        const PublicKey foreign = SigningKey::generate({815, 3}).publicKey();
        Keyring ring(4711, {one, foreign});
        QCOMPARE(ring.shop(), 4711);
        QCOMPARE(ring.keys().size(), 1);
        QCOMPARE(*ring.find(1), one);
        QCOMPARE(ring.find(2), nullptr);
        QCOMPARE(ring.find(3), nullptr);

        ring.add(two);
        ring.add(foreign);
        QCOMPARE(ring.keys().size(), 2);
        QCOMPARE(*ring.find(2), two);

        // A key with a number already held replaces it.
        const PublicKey twoAgain = SigningKey::generate({4711, 2}).publicKey();
        ring.add(twoAgain);
        QCOMPARE(ring.keys().size(), 2);
        QCOMPARE(*ring.find(2), twoAgain);
    }
};

QTEST_GUILESS_MAIN(TestKeys)
#include "tst_keys.moc"
