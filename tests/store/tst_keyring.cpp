// SPDX-License-Identifier: Apache-2.0
// The register's keys of signed codes: made with the database, kept across
// opening it again, rotated, and never silently replaced.
#include "core/payload.h"
#include "storetest.h"

#include <QTest>

using namespace stampdesk;
using namespace stampdesk::test;

namespace {

QString cardCode(const SigningKey &key)
{
    return Payloads::make(PayloadKind::Card, QStringLiteral("RHYNS3RWNXZ9GMJG"), key).value();
}

} // namespace

class TestKeyring : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("shop.db"));
    }

    void aNewDatabaseIsItsOwnIssuer()
    {
        auto store = openStore(m_path);
        const quint16 shop = store->registerInfo().shop;
        QVERIFY(shop != 0);
        const auto key = store->signingKey();
        QVERIFY(key);
        QCOMPARE(key->id(), (KeyId{shop, 1}));
        const Keyring ring = store->keyring().value();
        QCOMPARE(ring.keys(), QList<PublicKey>{key->publicKey()});
        const auto parsed = Payloads::parse(cardCode(*key).toLatin1(), ring);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->signedBy, std::optional<KeyId>(key->id()));
        QVERIFY(store->check()->ok());
    }

    void keysSurviveReopening()
    {
        QByteArray seed;
        PublicKey added;
        {
            auto store = openStore(m_path);
            seed = store->signingKey()->seed();
            added = SigningKey::generate({store->registerInfo().shop, 2}).publicKey();
            QVERIFY(store->addPublicKey(added).ok());
        }
        auto store = openStore(m_path);
        QCOMPARE(store->signingKey()->seed(), seed);
        const Keyring ring = store->keyring().value();
        QCOMPARE(ring.keys().size(), 2);
        QCOMPARE(*ring.find(2), added);
        // Learning the backend's public key does not make it ours to sign with.
        QCOMPARE(store->signingKey()->id().number, 1);
    }

    void rotationSignsWithTheNewestKeyAndStillTrustsTheOld()
    {
        TestClock clock;
        auto store = openStore(m_path, &clock);
        const SigningKey first = *store->signingKey();
        const QString oldCode = cardCode(first);
        clock.now = QDateTime::currentDateTimeUtc().addDays(30); // after the first key
        const SigningKey second = SigningKey::generate({store->registerInfo().shop, 2});
        QVERIFY(store->addSigningKey(second).ok());
        QCOMPARE(store->signingKey()->publicKey(), second.publicKey());

        const Keyring ring = store->keyring().value();
        QVERIFY(Payloads::parse(oldCode.toLatin1(), ring).ok());
        QVERIFY(Payloads::parse(cardCode(second).toLatin1(), ring).ok());
        const SigningKey third = SigningKey::generate({store->registerInfo().shop, 3});
        QCOMPARE(Payloads::parse(cardCode(third).toLatin1(), ring).error().code,
                 PayloadError::Code::UnknownKey);
        QVERIFY(store->check()->ok());
    }

    void aKeyThisRegisterSignsWithIsNeverReplaced()
    {
        auto store = openStore(m_path);
        const SigningKey own = *store->signingKey();
        const PublicKey impostor = SigningKey::generate(own.id()).publicKey();
        const auto refused = store->addPublicKey(impostor);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StoreError::Kind::KeyConflict);
        QCOMPARE(refused.error().codeName(), QStringLiteral("key-conflict"));
        QVERIFY(refused.error().message().contains(u"1"));
        QCOMPARE(*store->keyring()->find(1), own.publicKey());
        QCOMPARE(store->signingKey()->seed(), own.seed());

        // The same key again is no change at all.
        QVERIFY(store->addPublicKey(own.publicKey()).ok());
        QCOMPARE(store->signingKey()->seed(), own.seed());
    }

    void aPublicKeyMayBeReplacedAndLaterSignedWith()
    {
        auto store = openStore(m_path);
        const quint16 shop = store->registerInfo().shop;
        const SigningKey backend = SigningKey::generate({shop, 7});
        QVERIFY(store->addPublicKey(SigningKey::generate({shop, 7}).publicKey()).ok());
        QVERIFY(store->addPublicKey(backend.publicKey()).ok());
        QCOMPARE(*store->keyring()->find(7), backend.publicKey());
        // The seed of a key already trusted can be added (the backend hands
        // over its key), and then it is the newest to sign with.
        QVERIFY(store->addSigningKey(backend).ok());
        QCOMPARE(store->signingKey()->id().number, 7);
    }

    void anotherShopsKeyIsKeptButNotTrusted()
    {
        auto store = openStore(m_path);
        const quint16 shop = store->registerInfo().shop;
        const quint16 other = shop == 1 ? 2 : shop - 1;
        const SigningKey foreign = SigningKey::generate({other, 1});
        QVERIFY(store->addPublicKey(foreign.publicKey()).ok());
        const Keyring ring = store->keyring().value();
        QCOMPARE(ring.keys().size(), 1);
        QCOMPARE(Payloads::parse(cardCode(foreign).toLatin1(), ring).error().code,
                 PayloadError::Code::OtherShop);
    }

    void checkFindsASeedThatIsNotItsKey()
    {
        openStore(m_path).reset();
        RawDatabase(m_path).exec(
            QStringLiteral("UPDATE keys SET seed = zeroblob(32) WHERE number = 1"));
        const CheckReport report = openStore(m_path)->check().value();
        QVERIFY(!report.ok());
        QVERIFY2(report.problems.join(u'\n').contains(u"does not match"),
                 qPrintable(report.problems.join(u'\n')));
    }

    void checkFindsAShopWithoutKeys()
    {
        openStore(m_path).reset();
        RawDatabase(m_path).exec(QStringLiteral("DELETE FROM keys"));
        auto store = openStore(m_path);
        QVERIFY(!store->signingKey());
        QVERIFY(store->keyring()->keys().isEmpty());
        QVERIFY(!store->check()->ok());
    }
};

QTEST_GUILESS_MAIN(TestKeyring)
#include "tst_keyring.moc"
