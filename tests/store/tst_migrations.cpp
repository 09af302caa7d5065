// SPDX-License-Identifier: Apache-2.0
// Databases of every earlier schema version open, migrate, and keep their data.
#include "core/payload.h"
#include "storetest.h"

#include <QTest>

#include <sqlite3.h>

using namespace stampdesk;
using namespace stampdesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString dao = QStringLiteral("GCPKSQ74DQS2UNKD");
const QString minh = QStringLiteral("MXCSZD7DHBLMYL3A");
const QString hong = QStringLiteral("RHYNS3RWNXZ9GMJG");
const QString bao = QStringLiteral("QNP57JRMN95UFW3T");

// Version 3 gave the database a shop and a first signing key, and codes
// signed with it verify with the register's keyring.
void expectKeysOfItsOwn(const Store &s, const QString &path)
{
    const quint16 shop = s.registerInfo().shop;
    QVERIFY(shop != 0);
    QCOMPARE(RawDatabase(path)
                 .scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'shop'"))
                 .toString(),
             QString::number(shop));
    const Keyring ring = s.keyring().value();
    QCOMPARE(ring.shop(), shop);
    QCOMPARE(ring.keys().size(), 1);
    const auto key = s.signingKey();
    QVERIFY(key);
    QCOMPARE(key->id(), (KeyId{shop, 1}));
    QCOMPARE(*ring.find(1), key->publicKey());
    const QString code = Payloads::make(PayloadKind::Card, hong, *key).value();
    QCOMPARE(Payloads::parse(code.toLatin1(), ring)->id, hong);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    // The frozen version-1 database, made by version 1's code.
    void version1OpensWithItsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        QVERIFY(loadDump(QStringLiteral(STAMPDESK_TEST_DATA "/stampdesk-v1.sql"), path));
        QCOMPARE(RawDatabase(path).scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);

        auto store = Store::open(path);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message()));
        Store &s = *store.value();
        QCOMPARE(RawDatabase(path).scalar(QStringLiteral("PRAGMA user_version")).toInt(),
                 Store::schemaVersion);

        // Everything is still there and consistent with the ledger.
        const CheckReport report = s.check().value();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.cards, 2);
        QCOMPARE(report.vouchers, 2);
        QCOMPARE(s.programme()->goal, 3);
        const CardState d = s.cardState(dao).value();
        QCOMPARE(d.card.name, QStringLiteral("Nguyễn Thị Đào"));
        QCOMPARE(d.card.lifetimeStamps, 4);
        QCOMPARE(d.vouchers.first().state, VoucherState::Redeemed);
        QCOMPARE(s.cardState(minh)->vouchers.first().state, VoucherState::Voided);

        // Version 3's keys were made.
        expectKeysOfItsOwn(s, path);

        // Version 2's search keys were filled in for the old cards.
        QCOMPARE(s.cardByPhone(QStringLiteral("0901234567"))->id, dao);
        QCOMPARE(s.findCards(QStringLiteral("van minh"))->first().id, minh);
        QCOMPARE(s.findCards(QStringLiteral("4321"))->first().id, minh);

        // And the database takes new work.
        QVERIFY(s.addStamps(minh, 1, {}, QStringLiteral("Lan"))->issuedVouchers().size() == 1);
        QVERIFY(s.check()->ok());
    }

    // The frozen version-2 database, made by version 2's code.
    void version2OpensWithItsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.db"));
        QVERIFY(loadDump(QStringLiteral(STAMPDESK_TEST_DATA "/stampdesk-v2.sql"), path));
        QCOMPARE(RawDatabase(path).scalar(QStringLiteral("PRAGMA user_version")).toInt(), 2);

        auto store = Store::open(path);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message()));
        Store &s = *store.value();
        QCOMPARE(RawDatabase(path).scalar(QStringLiteral("PRAGMA user_version")).toInt(),
                 Store::schemaVersion);

        const CheckReport report = s.check().value();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.events, 14);
        QCOMPARE(report.cards, 2);
        QCOMPARE(report.vouchers, 3);
        QCOMPARE(s.registerInfo().name, QStringLiteral("Quầy 1"));
        QCOMPARE(s.registerInfo().location, QStringLiteral("Quận 1"));
        const CardState h = s.cardState(hong).value();
        QCOMPARE(h.card.lifetimeStamps, 6);
        QCOMPARE(h.card.cycles, 2);
        QCOMPARE(s.voucher(QStringLiteral("9AE56-E6867"))->state, VoucherState::Redeemed);
        QCOMPARE(s.voucher(QStringLiteral("YWYTTWFPKJ"))->state, VoucherState::Issued);
        QCOMPARE(s.voucher(QStringLiteral("9BRBCA834Q44Y5VU"))->state, VoucherState::Voided);
        QCOMPARE(s.cardState(bao)->card.stamps, 1);
        QCOMPARE(s.cardByPhone(QStringLiteral("0938111222"))->id, bao);
        QCOMPARE(s.findCards(QStringLiteral("le thi hong"))->first().id, hong);
        expectKeysOfItsOwn(s, path);

        // And the database takes new work.
        QVERIFY(s.redeem(QStringLiteral("YWYTT-WFPKJ"), QStringLiteral("Lan")).ok());
        QVERIFY(s.check()->ok());
    }

    // The frozen version-3 database, made by version 3's code: it gains
    // staff, settings and POS codes, and keeps its shop and key.
    void version3OpensWithItsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.db"));
        QVERIFY(loadDump(QStringLiteral(STAMPDESK_TEST_DATA "/stampdesk-v3.sql"), path));
        QCOMPARE(RawDatabase(path).scalar(QStringLiteral("PRAGMA user_version")).toInt(), 3);
        const QByteArray seed =
            RawDatabase(path).scalar(QStringLiteral("SELECT seed FROM keys")).toByteArray();

        auto store = Store::open(path);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message()));
        Store &s = *store.value();
        QCOMPARE(RawDatabase(path).scalar(QStringLiteral("PRAGMA user_version")).toInt(),
                 Store::schemaVersion);

        const CheckReport report = s.check().value();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.events, 14);
        QCOMPARE(report.cards, 3);
        QCOMPARE(report.vouchers, 3);
        QCOMPARE(s.registerInfo().name, QStringLiteral("Quầy 2"));
        QCOMPARE(s.registerInfo().location, QStringLiteral("Quận 3"));
        QCOMPARE(s.registerInfo().shop, quint16(50333));
        QCOMPARE(s.signingKey()->seed(), seed);
        QCOMPARE(s.keyring()->keys().size(), 1);

        const QString khoa = QStringLiteral("W63ZPQ2MJHDEJAJZ");
        const QString ha = QStringLiteral("A9DLVD5F2W85FDMS");
        const CardState k = s.cardState(khoa).value();
        QCOMPARE(k.card.name, QStringLiteral("Trần Văn Khoa"));
        QCOMPARE(k.card.stamps, 2);
        QCOMPARE(k.card.lifetimeStamps, 5);
        const Voucher redeemed = s.voucher(QStringLiteral("9L7XH-N9B4E")).value();
        QCOMPARE(redeemed.state, VoucherState::Redeemed);
        QCOMPARE(redeemed.redeemedBy, QStringLiteral("Minh"));
        QVERIFY(redeemed.posCode.isEmpty());
        QCOMPARE(s.voucher(QStringLiteral("T93NCXLE9HZ36ZSH"))->voidReason, QStringLiteral("thử"));
        QCOMPARE(s.voucher(QStringLiteral("F428Z5CLJP"))->state, VoucherState::Issued);
        QCOMPARE(s.cardByPhone(QStringLiteral("0903333444"))->id, ha);
        QCOMPARE(s.findCards(QStringLiteral("vo thi mai"))->first().name,
                 QStringLiteral("Võ Thị Mai"));

        // Version 4's tables are there and empty.
        QVERIFY(s.staff()->isEmpty());
        QCOMPARE(s.setting(QStringLiteral("language"), QStringLiteral("vi")).value(),
                 QStringLiteral("vi"));
        QCOMPARE(s.codeStock()->available, 0);
        QVERIFY(!s.codeStock()->isLow());

        // And the database takes new work of every kind.
        QVERIFY(s.addStaff(QStringLiteral("Hoa"), StaffRole::Manager, Pins::hash(u"2580"_s, 1000)));
        QVERIFY(s.undoRedemption(redeemed.id, QStringLiteral("wrong card"), QStringLiteral("Hoa")));
        QCOMPARE(s.voucher(redeemed.id)->state, VoucherState::Issued);
        QCOMPARE(s.importRedeemCodes("code\nPOS-0001\nPOS-0002\n", QStringLiteral("Hoa"))->added,
                 2);
        Programme p = s.programme().value();
        p.mode = RedemptionMode::RedeemCode;
        QVERIFY(s.setProgramme(p, QStringLiteral("Hoa")));
        const Outcome issued = s.addStamps(ha, 3, {}, QStringLiteral("Hoa")).value();
        QCOMPARE(issued.issuedVouchers().size(), 1);
        QCOMPARE(s.voucher(QStringLiteral("pos-0001"))->cardId, ha);
        QVERIFY(s.redeem(QStringLiteral("pos-0001"), QStringLiteral("Hoa")));
        const CheckReport after = s.check().value();
        QVERIFY2(after.ok(), qPrintable(after.problems.join(u'\n')));
    }

    // Every version the code can still make, upgraded to the current one.
    void everyVersionMigrates_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Store::schemaVersion; ++v)
            QTest::addRow("version %d", v) << v;
    }
    void everyVersionMigrates()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        QVERIFY(Store::createAtVersion(path, version).ok());
        QCOMPARE(RawDatabase(path).scalar(QStringLiteral("PRAGMA user_version")).toInt(), version);
        auto store = Store::open(path);
        QVERIFY(store.ok());
        QVERIFY(store.value()->check()->ok());
        expectKeysOfItsOwn(*store.value(), path);
        QVERIFY(store.value()->createCard(QStringLiteral("Đào"), {}, QStringLiteral("Lan")).ok());
    }

    // Migrating twice, or opening a migrated file again, makes no new keys.
    void keysAreMadeOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.db"));
        QVERIFY(loadDump(QStringLiteral(STAMPDESK_TEST_DATA "/stampdesk-v2.sql"), path));
        QByteArray seed;
        quint16 shop = 0;
        {
            auto store = openStore(path);
            seed = store->signingKey()->seed();
            shop = store->registerInfo().shop;
        }
        auto again = openStore(path);
        QCOMPARE(again->registerInfo().shop, shop);
        QCOMPARE(again->signingKey()->seed(), seed);
        QCOMPARE(RawDatabase(path).scalar(QStringLiteral("SELECT count(*) FROM keys")).toInt(), 1);

        // Two databases are two shops' worth of keys.
        QTemporaryDir other;
        const QString otherPath = other.filePath(QStringLiteral("v2.db"));
        QVERIFY(loadDump(QStringLiteral(STAMPDESK_TEST_DATA "/stampdesk-v2.sql"), otherPath));
        QVERIFY(openStore(otherPath)->signingKey()->seed() != seed);
    }

    void aNewerDatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        openStore(path).reset();
        RawDatabase(path).exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Store::schemaVersion + 1));
        const QByteArray before = fileHash(path);
        auto store = Store::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().kind, StoreError::Kind::TooNew);
        QVERIFY(store.error().message().contains(u"newer version"));
        QCOMPARE(fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
