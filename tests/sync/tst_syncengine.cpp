// SPDX-License-Identifier: Apache-2.0
// The sync engine against the real reference server on 127.0.0.1: pairing,
// offline work sent later, and registers that acted on the same card or the
// same voucher while offline. After each, a checker compares both sides.
#include "../server/servertest.h"
#include "core/payload.h"
#include "sync/syncengine.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace stampdesk;
using namespace stampdesk::server::test;

namespace {

const QString lan = QStringLiteral("Lan");

// A register: its own database and its sync engine.
struct Register
{
    std::unique_ptr<Store> store;
    std::unique_ptr<SyncEngine> engine;

    Register(const QString &path, const QString &name)
    {
        auto opened = Store::open(path);
        if (!opened)
            qFatal("cannot open %s", qPrintable(path));
        store = std::move(opened).value();
        (void)store->setRegisterInfo(name, {});
        engine = std::make_unique<SyncEngine>(*store);
        SyncEngine::Options options;
        options.retry.baseDelay = std::chrono::milliseconds(10);
        options.batchSize = 7; // several batches even in small tests
        options.pageSize = 3;
        options.redeemRetry.baseDelay = std::chrono::milliseconds(10);
        engine->setOptions(options);
    }

    std::optional<SyncError> pair(const TestServer &server, const QString &code)
    {
        QSignalSpy done(engine.get(), &SyncEngine::pairingFinished);
        engine->pair(server.url({}), code);
        if (!done.wait(10'000))
            qFatal("pairing did not finish");
        return done.first().first().value<std::optional<SyncError>>();
    }

    /// A new card stamped to the goal in two visits (5, then 3 of 8): the
    /// id of the voucher it earned.
    QString readyVoucher()
    {
        const QString card = store->createCard({}, {}, lan)->state.card.id;
        if (!store->addStamps(card, 5, {}, lan))
            qFatal("cannot stamp the card");
        auto earned = store->addStamps(card, 3, {}, lan);
        if (!earned || earned->issuedVouchers().isEmpty())
            qFatal("the card earned no voucher");
        return earned->issuedVouchers().first().id;
    }

    RedeemAnswer redeem(const Event &planned)
    {
        QSignalSpy answered(engine.get(), &SyncEngine::redeemAnswered);
        engine->redeem(planned);
        if (!answered.wait(20'000))
            qFatal("no answer to the redemption");
        if (answered.first().first().toString() != planned.id)
            qFatal("the answer is for another event");
        return answered.first().at(1).value<RedeemAnswer>();
    }

    SyncSummary sync()
    {
        QSignalSpy done(engine.get(), &SyncEngine::finished);
        if (!engine->syncNow())
            qFatal("a round was running");
        if (!done.wait(20'000))
            qFatal("the round did not finish");
        return done.first().first().value<SyncSummary>();
    }
};

// The checker: every event of the register reached the server once, and
// every card the server knows is on the register as the server has it.
void expectConverged(const Register &r, const TestServer &server)
{
    QCOMPARE(r.store->pendingSyncCount().value(), 0);
    auto problems = server.store->check();
    QVERIFY(problems.ok());
    QCOMPARE(problems->join(u'\n'), QString());
    auto report = r.store->check();
    QVERIFY(report.ok());
    QCOMPARE(report->problems.join(u'\n'), QString());

    // Events: each one of this register's (not the programme changes it
    // keeps to itself) is in the server's ledger exactly once.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"checker"_qs);
    db.setDatabaseName(server.store->path());
    QVERIFY(db.open());
    {
        const QList<Event> events = r.store->events().value();
        for (const Event &e : events) {
            if (e.as<Events::ProgrammeChanged>())
                continue;
            QSqlQuery q(db);
            q.prepare(u"SELECT COUNT(*) FROM events WHERE id = ?"_qs);
            q.addBindValue(e.id);
            QVERIFY(q.exec() && q.next());
            QVERIFY2(q.value(0).toInt() == 1, qPrintable(e.id + u' ' + e.type()));
        }
        QSqlQuery cards(db);
        QVERIFY(cards.exec(u"SELECT id FROM cards"_qs));
        while (cards.next()) {
            const QString id = cards.value(0).toString();
            auto theirs = server.store->card(id);
            QVERIFY(theirs.ok() && theirs->has_value());
            QCOMPARE(r.store->cardState(id).value(), **theirs);
        }
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"checker"_qs);
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<Register> paired(const TestServer &server, const QString &file,
                                     const QString &name)
    {
        auto r = std::make_unique<Register>(m_dir.filePath(file), name);
        if (auto error = r->pair(server, server.pairingCode()))
            qFatal("pairing failed: %s", qPrintable(error->message()));
        return r;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SyncSummary>();
        qRegisterMetaType<std::optional<SyncError>>();
        qRegisterMetaType<RedeemAnswer>();
    }

    void aFreshRegisterPairsAndAdoptsTheShop()
    {
        TestServer server;
        Register r(m_dir.filePath(u"fresh.db"_qs), u"Quầy 1"_qs);

        // A code that the server never made: refused, nothing kept.
        auto refused = r.pair(server, u"ABCD-EFGH"_qs);
        QVERIFY(refused.has_value());
        QCOMPARE(refused->codeName(), u"pairing-code-invalid"_qs);
        QCOMPARE(refused->api->code, u"pairing-code-invalid"_qs);
        QVERIFY(!r.store->syncLink().value().has_value());

        QVERIFY(!r.pair(server, server.pairingCode()).has_value());
        QCOMPARE(r.store->registerInfo().shop, server.store->shop());
        QCOMPARE(r.store->syncLink().value()->serverUrl, server.url({}).toString());

        // The first round brings the shop's programme, and the register
        // reads cards signed by the server.
        const SyncSummary first = r.sync();
        QVERIFY(!first.error);
        QCOMPARE(r.store->programme().value(), server.store->programme().value());
        auto enrolled = server.store->enrol(u"Hạnh"_qs, {});
        QVERIFY(enrolled.ok());
        const QString payload =
            Payloads::make(PayloadKind::Card, enrolled->card.id, server.store->currentKey().value())
                .value();
        auto parsed = Payloads::parse(payload.toUtf8(), r.store->keyring().value());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->id, enrolled->card.id);
        QCOMPARE(r.sync().pulled, 1);
        expectConverged(r, server);
    }

    void aRegisterThatIsNotPairedSaysSo()
    {
        Register r(m_dir.filePath(u"alone.db"_qs), u"Quầy 9"_qs);
        const SyncSummary s = r.sync();
        QVERIFY(s.error);
        QCOMPARE(s.error->kind, SyncError::Kind::NotPaired);
        QVERIFY(!s.error->message().isEmpty());
    }

    void offlineWorkIsSentLater()
    {
        TestServer server;
        auto r = paired(server, u"offline.db"_qs, u"Quầy 1"_qs);
        QVERIFY(!r->sync().error);

        // Work while "offline": nothing is sent until the round.
        QList<QString> cards;
        for (int i = 0; i < 5; ++i) {
            const QString card = r->store->createCard({}, {}, lan)->state.card.id;
            QVERIFY(r->store->addStamps(card, 5, u"HD-%1"_qs.arg(i), lan).ok());
            QVERIFY(r->store->addStamps(card, 4, {}, lan).ok());
            cards << card;
        }
        const int waiting = r->store->pendingSyncCount().value();
        QCOMPARE(waiting, 5 * 4); // created, stamps, stamps, voucher issued
        QVERIFY(server.store->card(cards.first()).value() == std::nullopt);

        const SyncSummary s = r->sync();
        QVERIFY(!s.error);
        QCOMPARE(s.pushed, waiting);
        QCOMPARE(s.conflicts, 0);
        QCOMPARE(s.pulled, 5);
        for (const QString &card : cards)
            QCOMPARE(server.store->card(card).value()->card.cycles, 1);
        expectConverged(*r, server);

        // A second round has nothing to do.
        const SyncSummary again = r->sync();
        QCOMPARE(again.pushed, 0);
        QCOMPARE(again.pulled, 0);
    }

    void stampsOfTwoRegistersOnOneCardAddUp()
    {
        TestServer server;
        auto a = paired(server, u"two-a.db"_qs, u"Quầy A"_qs);
        auto b = paired(server, u"two-b.db"_qs, u"Quầy B"_qs);
        const QString card = server.store->enrol({}, {})->card.id;
        QVERIFY(!a->sync().error);
        QVERIFY(!b->sync().error);

        // Both offline; goal 8: each adds 5, neither reaches the goal alone.
        QVERIFY(a->store->addStamps(card, 5, {}, lan).ok());
        QVERIFY(b->store->addStamps(card, 5, {}, lan).ok());
        QVERIFY(a->store->cardState(card)->vouchers.isEmpty());

        QVERIFY(!a->sync().error);
        QVERIFY(!b->sync().error);
        QVERIFY(!a->sync().error);
        const CardState merged = server.store->card(card).value().value();
        QCOMPARE(merged.card.lifetimeStamps, 10);
        QCOMPARE(merged.card.cycles, 1);
        QCOMPARE(merged.card.stamps, 2);
        expectConverged(*a, server);
        expectConverged(*b, server);
    }

    void aVoucherRedeemedAtTwoRegistersOfflineIsAConflictForOne()
    {
        TestServer server;
        auto a = paired(server, u"redeem-a.db"_qs, u"Quầy A"_qs);
        auto b = paired(server, u"redeem-b.db"_qs, u"Quầy B"_qs);
        const QString card = server.store->enrol({}, {})->card.id;
        QVERIFY(!a->sync().error);
        QVERIFY(a->store->addStamps(card, 5, {}, lan).ok());
        QVERIFY(a->store->addStamps(card, 3, {}, lan).ok());
        QVERIFY(!a->sync().error);
        QVERIFY(!b->sync().error);
        const QString voucher = b->store->cardState(card)->vouchers.first().id;

        // Both offline, both give the reward.
        QVERIFY(a->store->redeem(voucher, lan).ok());
        QVERIFY(b->store->redeem(voucher, u"Minh"_qs).ok());
        QCOMPARE(a->sync().conflicts, 0);
        const SyncSummary lost = b->sync();
        QVERIFY(!lost.error);
        QCOMPARE(lost.conflicts, 1);

        auto conflicts = b->store->conflicts(true);
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->first().event.voucherId, voucher);
        QCOMPARE(conflicts->first().reason.code, Refusal::Code::VoucherRedeemed);
        QCOMPARE(conflicts->first().reason.detail, u"Quầy A"_qs);
        QVERIFY(conflicts->first().reason.message().contains(u"Quầy A"_qs));
        // B now shows the voucher as the server has it: redeemed at A.
        QCOMPARE(b->store->voucher(voucher)->redeemedRegister, u"Quầy A"_qs);
        expectConverged(*a, server);
        expectConverged(*b, server);
    }

    // Online, the server decides at once: the first redemption wins, the
    // same event asked again is the same redemption, another register's is
    // a conflict that names the first register.
    void anOnlineRedemptionIsDecidedByTheServer()
    {
        TestServer server;
        auto a = paired(server, u"online-a.db"_qs, u"Quầy A"_qs);
        auto b = paired(server, u"online-b.db"_qs, u"Quầy B"_qs);
        const QString card = server.store->enrol({}, {})->card.id;
        QVERIFY(!a->sync().error);
        QVERIFY(a->store->addStamps(card, 5, {}, lan).ok());
        QVERIFY(a->store->addStamps(card, 3, {}, lan).ok());
        QVERIFY(!a->sync().error);
        QVERIFY(!b->sync().error);
        const QString voucher = b->store->cardState(card)->vouchers.first().id;

        const Event atA = a->store->planRedemption(voucher, lan).value();
        RedeemAnswer first = a->redeem(atA);
        QCOMPARE(first.kind, RedeemAnswer::Kind::Accepted);
        QVERIFY(!first.duplicate);
        QVERIFY(a->store->commitRedemption(atA, Store::Acceptance::Accepted).ok());
        QCOMPARE(a->store->pendingSyncCount().value(), 0);
        // An answer lost on the way: asked again, the same redemption.
        RedeemAnswer again = a->redeem(atA);
        QCOMPARE(again.kind, RedeemAnswer::Kind::Accepted);
        QVERIFY(again.duplicate);

        const Event atB = b->store->planRedemption(voucher, u"Minh"_qs).value();
        RedeemAnswer lost = b->redeem(atB);
        QCOMPARE(lost.kind, RedeemAnswer::Kind::Conflict);
        QVERIFY(lost.conflict.has_value());
        QCOMPARE(lost.conflict->code, Refusal::Code::VoucherRedeemed);
        QCOMPARE(lost.conflict->detail, u"Quầy A"_qs);
        QCOMPARE(lost.conflict->when, std::optional<QDateTime>(atA.at));
        QVERIFY(lost.conflict->message().contains(u"Quầy A"_qs));
        QCOMPARE(server.store->card(card).value()->voucher(voucher)->redeemedRegister,
                 u"Quầy A"_qs);
        // The engine wrote nothing at B.
        QVERIFY(!b->store->event(atB.id).ok());
        QCOMPARE(b->store->voucher(voucher)->state, VoucherState::Issued);
        QVERIFY(!a->sync().error);
        QVERIFY(!b->sync().error);
        expectConverged(*a, server);
        expectConverged(*b, server);
    }

    // A pull between the server's answer and the commit (the background
    // sync) brings the voucher redeemed by this very event: it is written
    // to the ledger all the same, and nothing is refused.
    void anAcceptedRedemptionPulledBeforeItsCommitIsKept()
    {
        TestServer server;
        auto a = paired(server, u"race.db"_qs, u"Quầy A"_qs);
        QVERIFY(!a->sync().error);
        const QString voucher = a->readyVoucher();
        QVERIFY(!a->sync().error);

        const Event planned = a->store->planRedemption(voucher, lan).value();
        QCOMPARE(a->redeem(planned).kind, RedeemAnswer::Kind::Accepted);
        QVERIFY(!a->sync().error);
        QCOMPARE(a->store->voucher(voucher)->state, VoucherState::Redeemed);
        auto kept = a->store->commitRedemption(planned, Store::Acceptance::Accepted);
        QVERIFY(kept.ok());
        QCOMPARE(a->store->event(planned.id).value(), planned);
        QCOMPARE(a->store->pendingSyncCount().value(), 0);
        QVERIFY(a->store->conflicts()->isEmpty());
        expectConverged(*a, server);
    }

    // A voucher issued here a moment ago is not at the server yet: the
    // outbox goes first, then the redemption.
    void aVoucherNotSentYetIsSentBeforeItsRedemption()
    {
        TestServer server;
        auto a = paired(server, u"unsent.db"_qs, u"Quầy A"_qs);
        QVERIFY(!a->sync().error);
        const QString voucher = a->readyVoucher();

        const Event planned = a->store->planRedemption(voucher, lan).value();
        QCOMPARE(a->redeem(planned).kind, RedeemAnswer::Kind::Accepted);
        QCOMPARE(a->store->pendingSyncCount().value(), 0);
        QVERIFY(a->store->commitRedemption(planned, Store::Acceptance::Accepted).ok());
        QVERIFY(!a->sync().error);
        expectConverged(*a, server);
    }

    void aServerThatCannotBeReachedLeavesItToThePolicy()
    {
        auto server = std::make_unique<TestServer>();
        auto a = paired(*server, u"down.db"_qs, u"Quầy A"_qs);
        QVERIFY(!a->sync().error);
        const QString voucher = a->readyVoucher();
        QVERIFY(!a->sync().error);
        server.reset(); // the shop's server is down

        const Event planned = a->store->planRedemption(voucher, lan).value();
        QElapsedTimer waited;
        waited.start();
        const RedeemAnswer answer = a->redeem(planned);
        QCOMPARE(answer.kind, RedeemAnswer::Kind::Unreachable);
        QVERIFY(answer.error.has_value());
        QVERIFY(answer.error->isTransient());
        QCOMPARE(answer.error->api->kind, ApiError::Kind::Offline);
        QVERIFY(waited.elapsed() < 5'000); // a customer is waiting
        QVERIFY(!a->store->event(planned.id).ok());
    }

    void aRevokedRegisterIsToldSo()
    {
        TestServer server;
        auto a = paired(server, u"revoked.db"_qs, u"Quầy A"_qs);
        QVERIFY(!a->sync().error);
        const QString voucher = a->readyVoucher();
        QVERIFY(!a->sync().error);
        QVERIFY(server.store->revoke(a->store->registerInfo().id).ok());

        const RedeemAnswer answer = a->redeem(a->store->planRedemption(voucher, lan).value());
        QCOMPARE(answer.kind, RedeemAnswer::Kind::Failed);
        QCOMPARE(answer.error->codeName(), u"unauthorized"_qs);
        QVERIFY(answer.error->message().contains(u"pair"_qs));
        QVERIFY(!answer.error->isTransient());
    }

    void aRegisterThatIsNotPairedIsNotAsked()
    {
        Register r(m_dir.filePath(u"unpaired.db"_qs), u"Quầy 9"_qs);
        const QString voucher = r.readyVoucher();
        const RedeemAnswer answer = r.redeem(r.store->planRedemption(voucher, lan).value());
        QCOMPARE(answer.kind, RedeemAnswer::Kind::Failed);
        QCOMPARE(answer.error->kind, SyncError::Kind::NotPaired);
    }

    // The manager's `stampdesk-server admin program set --offline-redeem
    // allow` reaches the registers with their next pull.
    void theOfflinePolicyReachesTheRegister()
    {
        TestServer server;
        auto a = paired(server, u"policy.db"_qs, u"Quầy A"_qs);
        QVERIFY(!a->sync().error);
        QCOMPARE(a->store->programme()->offlineRedeem, OfflineRedeem::Deny);
        Programme p = server.store->programme().value();
        p.offlineRedeem = OfflineRedeem::Allow;
        QVERIFY(server.store->setProgramme(p).ok());
        QVERIFY(!a->sync().error);
        QCOMPARE(a->store->programme()->offlineRedeem, OfflineRedeem::Allow);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
