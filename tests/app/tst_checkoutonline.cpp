// SPDX-License-Identifier: Apache-2.0
// CheckoutSession on a paired register (docs/sync.md, Redemption): Confirm
// asks the shop's server first, against the real reference server on
// 127.0.0.1. Online the server decides; offline the programme's policy
// does (deny: nothing is written; allow: a provisional redemption that a
// later sync may turn into a conflict staff see).
#include "../server/servertest.h"
#include "app/cardlookup.h"
#include "app/checkoutsession.h"
#include "app/language.h"
#include "app/staffsession.h"
#include "shopfixture.h"
#include "sync/syncengine.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace stampdesk;
using namespace Qt::StringLiterals;
using server::test::TestServer;

Q_DECLARE_METATYPE(stampdesk::CheckoutSession::Feedback)

namespace {

const QString lan = u"Lan"_s;

std::unique_ptr<SyncEngine> engineFor(Store &store)
{
    auto engine = std::make_unique<SyncEngine>(store);
    SyncEngine::Options options;
    options.retry.baseDelay = std::chrono::milliseconds(10);
    options.redeemRetry.baseDelay = std::chrono::milliseconds(10);
    engine->setOptions(options);
    return engine;
}

void pair(SyncEngine &engine, const TestServer &server)
{
    QSignalSpy done(&engine, &SyncEngine::pairingFinished);
    engine.pair(server.url({}), server.store->newPairingCode().value());
    QVERIFY(done.wait(10'000));
    QVERIFY(!done.first().first().value<std::optional<SyncError>>().has_value());
}

SyncSummary sync(SyncEngine &engine)
{
    QSignalSpy done(&engine, &SyncEngine::finished);
    if (!engine.syncNow() || !done.wait(20'000))
        qFatal("the round did not finish");
    return done.first().first().value<SyncSummary>();
}

} // namespace

class TestCheckoutOnline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CheckoutSession::Feedback>();
        qRegisterMetaType<SyncSummary>();
        qRegisterMetaType<std::optional<SyncError>>();
        qRegisterMetaType<RedeemAnswer>();
        QVERIFY(m_language.setCode(u"en"_s));
    }

    void init()
    {
        m_server = std::make_unique<TestServer>();
        // Register A: the counter under test.
        m_shop = std::make_unique<test::Shop>();
        QVERIFY(m_shop->store().setRegisterInfo(u"Quầy A"_s, {}).ok());
        m_engine = engineFor(m_shop->store());
        pair(*m_engine, *m_server);
        QVERIFY(!sync(*m_engine).error);
        // Register B, elsewhere in the shop.
        m_other = Store::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                                             + u"-b.db"_s))
                      .value();
        QVERIFY(m_other->setRegisterInfo(u"Quầy B"_s, {}).ok());
        m_otherEngine = engineFor(*m_other);
        pair(*m_otherEngine, *m_server);

        // Đào's card, full at A: its voucher is known to both registers.
        const QString card = m_shop->card(u"Nguyễn Thị Đào"_s, u"0901234567"_s, 8);
        m_voucher = m_shop->store().cardState(card)->vouchers.first().id;
        QVERIFY(!sync(*m_engine).error);
        QVERIFY(!sync(*m_otherEngine).error);
        QCOMPARE(m_other->voucher(m_voucher)->state, VoucherState::Issued);

        m_finder = std::make_unique<CardLookup>(m_shop->store(), m_language);
        m_staff = std::make_unique<StaffSession>(m_shop->store());
        auto member =
            m_shop->store().addStaff(u"Lan"_s, StaffRole::Cashier, Pins::hash(u"2580"_s, 1));
        QVERIFY(member.ok());
        m_staff->signInAs(member.value());
        m_checkout = std::make_unique<CheckoutSession>(m_shop->store(), m_language, *m_finder);
        m_checkout->setStaff(m_staff.get());
        m_checkout->setSyncEngine(m_engine.get());
        m_events = int(m_shop->store().events()->size());
    }

    void cleanup()
    {
        m_checkout.reset();
        m_staff.reset();
        m_finder.reset();
        m_otherEngine.reset();
        m_other.reset();
        m_engine.reset();
        m_shop.reset();
        m_server.reset();
    }

    void onlineTheServerAcceptsAndTheRedemptionIsNotSentAgain()
    {
        m_checkout->showVoucher(m_voucher);
        QVERIFY(m_checkout->canConfirm());
        QSignalSpy feedback(m_checkout.get(), &CheckoutSession::feedback);
        QSignalSpy acted(m_checkout.get(), &CheckoutSession::acted);

        // Asked: the answer comes later, Confirm waits meanwhile.
        QVERIFY(!m_checkout->confirmRedemption());
        QVERIFY(m_checkout->checking());
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Voucher);
        QVERIFY(!m_checkout->confirmRedemption()); // a second press asks nothing
        QVERIFY(feedback.wait(10'000));

        QCOMPARE(m_checkout->state(), CheckoutSession::State::Done);
        QVERIFY(!m_checkout->checking());
        QCOMPARE(m_checkout->result(), CheckoutSession::Result::Redeemed);
        QCOMPARE(feedback.first().first().value<CheckoutSession::Feedback>(),
                 CheckoutSession::Feedback::Success);
        QCOMPARE(acted.count(), 1);
        QCOMPARE(m_checkout->message(), u"Redeemed. Give the customer A free coffee."_s);
        QCOMPARE(m_shop->store().voucher(m_voucher)->state, VoucherState::Redeemed);
        QCOMPARE(m_shop->store().voucher(m_voucher)->redeemedBy, u"Lan"_s);
        // The server has it; the outbox does not.
        QCOMPARE(m_shop->store().pendingSyncCount().value(), 0);
        QCOMPARE(m_server->store->card(m_shop->store().voucher(m_voucher)->cardId)
                     .value()
                     ->voucher(m_voucher)
                     ->redeemedRegister,
                 u"Quầy A"_s);
        QCOMPARE(sync(*m_engine).pushed, 0);
        QVERIFY(m_shop->store().conflicts()->isEmpty());
    }

    void redeemedAtTheOtherRegisterIsRefusedWithItsName()
    {
        // B redeems online first.
        const Event atB = m_other->planRedemption(m_voucher, u"Minh"_s).value();
        QSignalSpy answered(m_otherEngine.get(), &SyncEngine::redeemAnswered);
        m_otherEngine->redeem(atB);
        QVERIFY(answered.wait(10'000));
        QVERIFY(m_other->commitRedemption(atB, Store::Acceptance::Accepted).ok());

        // A has not pulled yet: the voucher looks ready here.
        m_checkout->showVoucher(m_voucher);
        QVERIFY(m_checkout->canConfirm());
        QSignalSpy feedback(m_checkout.get(), &CheckoutSession::feedback);
        QSignalSpy acted(m_checkout.get(), &CheckoutSession::acted);
        QVERIFY(!m_checkout->confirmRedemption());
        QVERIFY(feedback.wait(10'000));

        QCOMPARE(m_checkout->state(), CheckoutSession::State::Refused);
        QCOMPARE(feedback.first().first().value<CheckoutSession::Feedback>(),
                 CheckoutSession::Feedback::Failure);
        QCOMPARE(m_checkout->problem(), u"voucher-redeemed"_s);
        QVERIFY2(m_checkout->message().contains(u"already redeemed"_s),
                 qPrintable(m_checkout->message()));
        QVERIFY(m_checkout->message().contains(u"Quầy B"_s));
        QCOMPARE(acted.count(), 0);
        // Nothing written here.
        QCOMPARE(m_shop->store().events()->size(), m_events);
        QCOMPARE(m_shop->store().pendingSyncCount().value(), 0);
        QVERIFY(m_shop->store().conflicts()->isEmpty());
    }

    void serverDownAndTheShopDeniesOfflineRedemption()
    {
        QCOMPARE(m_shop->store().programme()->offlineRedeem, OfflineRedeem::Deny);
        stopServer();
        m_checkout->showVoucher(m_voucher);
        QSignalSpy feedback(m_checkout.get(), &CheckoutSession::feedback);
        QVERIFY(!m_checkout->confirmRedemption());
        QVERIFY(feedback.wait(10'000));

        QCOMPARE(m_checkout->state(), CheckoutSession::State::Refused);
        QCOMPARE(m_checkout->problem(), u"offline-redeem-denied"_s);
        QCOMPARE(m_checkout->message(),
                 u"The shop's server cannot be reached, and this shop does not allow redeeming "
                 "offline. Try again when the register is online."_s);
        QCOMPARE(m_shop->store().events()->size(), m_events);
        QCOMPARE(m_shop->store().voucher(m_voucher)->state, VoucherState::Issued);
        QCOMPARE(m_shop->store().pendingSyncCount().value(), 0);
    }

    void serverDownAndTheShopAllowsItProvisionallyThenAConflict()
    {
        // The manager allows redeeming offline at the server; the registers pull it.
        Programme p = m_server->store->programme().value();
        p.offlineRedeem = OfflineRedeem::Allow;
        QVERIFY(m_server->store->setProgramme(p).ok());
        QVERIFY(!sync(*m_engine).error);
        QVERIFY(!sync(*m_otherEngine).error);
        QCOMPARE(m_shop->store().programme()->offlineRedeem, OfflineRedeem::Allow);
        m_events = int(m_shop->store().events()->size());

        stopServer();
        m_checkout->showVoucher(m_voucher);
        QSignalSpy feedback(m_checkout.get(), &CheckoutSession::feedback);
        QVERIFY(!m_checkout->confirmRedemption());
        QVERIFY(feedback.wait(10'000));
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Done);
        QCOMPARE(m_checkout->result(), CheckoutSession::Result::Redeemed);
        QCOMPARE(m_checkout->message(),
                 u"Redeemed offline: give the customer A free coffee. It will be confirmed when "
                 "the register is back online."_s);
        QCOMPARE(m_shop->store().events()->size(), m_events + 1);
        QCOMPARE(m_shop->store().pendingSyncCount().value(), 1);

        // Meanwhile B, online, redeemed the same voucher first.
        startServer();
        const Event atB = m_other->planRedemption(m_voucher, u"Minh"_s).value();
        QSignalSpy answered(m_otherEngine.get(), &SyncEngine::redeemAnswered);
        m_otherEngine->redeem(atB);
        QVERIFY(answered.wait(10'000));
        QCOMPARE(answered.first().at(1).value<RedeemAnswer>().kind, RedeemAnswer::Kind::Accepted);

        // A's next sync: a conflict for staff, naming B.
        const SyncSummary round = sync(*m_engine);
        QVERIFY(!round.error);
        QCOMPARE(round.conflicts, 1);
        auto conflicts = m_shop->store().conflicts(true);
        QVERIFY(conflicts.ok());
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->first().event.voucherId, m_voucher);
        QCOMPARE(conflicts->first().reason.code, Refusal::Code::VoucherRedeemed);
        QCOMPARE(conflicts->first().reason.detail, u"Quầy B"_s);
        QCOMPARE(m_shop->store().pendingSyncCount().value(), 0);
    }

    void cancelledWhileCheckingWritesNothing()
    {
        m_checkout->showVoucher(m_voucher);
        QSignalSpy answered(m_engine.get(), &SyncEngine::redeemAnswered);
        QSignalSpy acted(m_checkout.get(), &CheckoutSession::acted);
        QVERIFY(!m_checkout->confirmRedemption());
        QVERIFY(m_checkout->checking());
        m_checkout->cancel();
        QVERIFY(!m_checkout->checking());
        QVERIFY(answered.wait(10'000));
        QVERIFY(m_checkout->state() != CheckoutSession::State::Done);
        QCOMPARE(acted.count(), 0);
        QCOMPARE(m_shop->store().events()->size(), m_events);
        // The server took it, though: the next sync brings the voucher as redeemed.
        QCOMPARE(answered.first().at(1).value<RedeemAnswer>().kind, RedeemAnswer::Kind::Accepted);
        QVERIFY(!sync(*m_engine).error);
        QCOMPARE(m_shop->store().voucher(m_voucher)->state, VoucherState::Redeemed);
    }

    void aRegisterThatIsNotPairedDecidesAlone()
    {
        test::Shop alone;
        const QString card = alone.card(u"Hạnh"_s, {}, 8);
        const QString voucher = alone.store().cardState(card)->vouchers.first().id;
        CardLookup finder(alone.store(), m_language);
        StaffSession staff(alone.store());
        staff.signInAs(
            alone.store().addStaff(lan, StaffRole::Cashier, Pins::hash(u"2580"_s, 1)).value());
        CheckoutSession checkout(alone.store(), m_language, finder);
        checkout.setStaff(&staff);
        auto engine = engineFor(alone.store());
        checkout.setSyncEngine(engine.get());
        QSignalSpy answered(engine.get(), &SyncEngine::redeemAnswered);
        checkout.showVoucher(voucher);
        QVERIFY(checkout.confirmRedemption());
        QCOMPARE(checkout.state(), CheckoutSession::State::Done);
        QCOMPARE(alone.store().voucher(voucher)->state, VoucherState::Redeemed);
        QCOMPARE(answered.count(), 0);
    }

private:
    void stopServer() { m_server->api.reset(); }
    void startServer()
    {
        m_server->api = std::make_unique<server::ServerApi>(*m_server->store);
        QCOMPARE(m_server->api->listen(QHostAddress::LocalHost, m_server->port), m_server->port);
    }

    QTemporaryDir m_dir;
    Language m_language;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<test::Shop> m_shop;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<Store> m_other;
    std::unique_ptr<SyncEngine> m_otherEngine;
    std::unique_ptr<CardLookup> m_finder;
    std::unique_ptr<StaffSession> m_staff;
    std::unique_ptr<CheckoutSession> m_checkout;
    QString m_voucher;
    int m_events = 0;
};

QTEST_GUILESS_MAIN(TestCheckoutOnline)
#include "tst_checkoutonline.moc"
