// SPDX-License-Identifier: Apache-2.0
// The register's side of sync in the store (docs/sync.md): the outbox, the
// backend's answers, and pulled pages applied over the register's own
// unanswered events. The backend's state is made with core's merge, as the
// backend makes it; the network is tested in tests/sync.
#include "core/ids.h"
#include "core/json.h"
#include "core/merge.h"
#include "storetest.h"

#include <QJsonDocument>
#include <QTest>

using namespace stampdesk;
using namespace stampdesk::test;

namespace {

const QString lan = QStringLiteral("Lan");

// The backend's side of a test: its state of each card, made by merging the
// events of every register in the order they arrive.
struct Backend
{
    Programme programme;
    QHash<QString, CardState> cards;

    QList<PushResult> receive(const QList<Event> &events)
    {
        QList<PushResult> results;
        for (const Event &e : events) {
            if (const auto *changed = e.as<Events::ProgrammeChanged>()) {
                programme = changed->programme;
                results.append({e.id, PushResult::Kind::Accepted, {}});
                continue;
            }
            auto merged = Merge::apply(cards.value(e.cardId), e, MergeContext{programme, {}, {}});
            if (!merged) {
                results.append({e.id, PushResult::Kind::Conflict, merged.error()});
                continue;
            }
            cards.insert(e.cardId, std::move(merged).value());
            results.append({e.id, PushResult::Kind::Accepted, {}});
        }
        return results;
    }

    PulledPage page(const QString &cursor) const
    {
        return PulledPage{cursor, programme, cards.values(), {}};
    }
};

void expectChecked(Store &store)
{
    auto report = store.check();
    QVERIFY(report.ok());
    if (!report->ok())
        QFAIL(qPrintable(report->problems.join(u'\n')));
}

Programme freeStamping(int goal)
{
    Programme p = Programme::demo();
    p.goal = goal;
    p.maxPerVisit = 100;
    return p;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestClock m_clock;
    std::unique_ptr<Store> open(const QString &name)
    {
        return openStore(m_dir.filePath(name), &m_clock);
    }
    // A register paired with the backend of shop 4242.
    std::unique_ptr<Store> paired(const QString &name)
    {
        auto store = open(name);
        SyncLink link;
        link.serverUrl = u"http://127.0.0.1:1"_qs;
        link.token = u"token"_qs;
        if (!store->pair(link, 4242, {SigningKey::generate(KeyId{4242, 1}).publicKey()}))
            qFatal("pair failed");
        return store;
    }

private slots:
    void theOutboxIsTheUnansweredPartOfTheLedger()
    {
        auto store = open(u"outbox.db"_qs);
        QVERIFY(store->setProgramme(freeStamping(8), lan).ok());
        const QString card = store->createCard({}, {}, lan)->state.card.id;
        QVERIFY(store->addStamps(card, 3, {}, lan).ok());

        auto pending = store->pendingEvents(100);
        QVERIFY(pending.ok());
        // The demo programme of a new database, the change, the card, the stamps.
        QCOMPARE(pending->size(), 4);
        QCOMPARE(pending->last().type(), u"stamps.added"_qs);
        QCOMPARE(store->pendingEvents(2)->size(), 2);

        Backend backend;
        QVERIFY(store->recordPushResults(backend.receive(pending->mid(0, 2))).ok());
        QCOMPARE(store->pendingSyncCount().value(), 2);
        QCOMPARE(store->pendingEvents(100)->first().id, pending->at(2).id);
        // An answer again for the same event, or for an unknown one, is harmless.
        QVERIFY(store->recordPushResults(backend.receive(pending->mid(0, 1))).ok());
        QVERIFY(
            store->recordPushResults({{u"no-such-event"_qs, PushResult::Kind::Accepted, {}}}).ok());
        QCOMPARE(store->pendingSyncCount().value(), 2);
        expectChecked(*store);
    }

    void aConflictIsKeptForStaffWithWhereAndWhen()
    {
        auto store = open(u"conflict.db"_qs);
        QVERIFY(store->setProgramme(freeStamping(2), lan).ok());
        const QString card = store->createCard({}, {}, lan)->state.card.id;
        const QString voucher = store->addStamps(card, 2, {}, lan)->issuedVouchers().first().id;
        QVERIFY(store->redeem(voucher, lan).ok());
        const QString redeemEvent = store->pendingEvents(100)->last().id;

        const Refusal first{Refusal::Code::VoucherRedeemed, u"Quầy 1"_qs, t0().addSecs(-60), 0};
        QList<PushResult> results;
        const QList<Event> pending = store->pendingEvents(100).value();
        for (const Event &e : pending)
            results.append(
                {e.id,
                 e.id == redeemEvent ? PushResult::Kind::Conflict : PushResult::Kind::Accepted,
                 e.id == redeemEvent ? std::optional<Refusal>(first) : std::nullopt});
        QVERIFY(store->recordPushResults(results).ok());
        QCOMPARE(store->pendingSyncCount().value(), 0);

        auto conflicts = store->conflicts(true);
        QVERIFY(conflicts.ok());
        QCOMPARE(conflicts->size(), 1);
        const SyncConflict &c = conflicts->first();
        QCOMPARE(c.event.id, redeemEvent);
        QCOMPARE(c.reason, first);
        QVERIFY(c.reason.message().contains(u"Quầy 1"_qs));
        QVERIFY(!c.seen);

        QVERIFY(store->markConflictsSeen().ok());
        QVERIFY(store->conflicts(true)->isEmpty());
        QCOMPARE(store->conflicts()->size(), 1);
        QVERIFY(store->conflicts()->first().seen);
    }

    void aRedemptionIsPlannedThenCommitted()
    {
        auto store = open(u"plan.db"_qs);
        QVERIFY(store->setProgramme(freeStamping(2), lan).ok());
        const QString card = store->createCard({}, {}, lan)->state.card.id;
        const QString first = store->addStamps(card, 2, {}, lan)->issuedVouchers().first().id;
        const QString second = store->addStamps(card, 2, {}, lan)->issuedVouchers().first().id;
        QVERIFY(
            store->recordPushResults(Backend().receive(store->pendingEvents(100).value())).ok());
        QCOMPARE(store->pendingSyncCount().value(), 0);
        const int events = int(store->events()->size());

        // Planned: the rules said yes, the event is made, nothing is written.
        auto planned = store->planRedemption(first, lan);
        QVERIFY(planned.ok());
        QVERIFY(planned->as<Events::VoucherRedeemed>());
        QCOMPARE(planned->voucherId, first);
        QCOMPARE(planned->at, t0());
        QCOMPARE(store->events()->size(), events);
        QCOMPARE(store->voucher(first)->state, VoucherState::Issued);

        // Accepted by the backend: written as planned, and not in the outbox.
        m_clock.now = t0().addSecs(3);
        auto accepted = store->commitRedemption(planned.value(), Store::Acceptance::Accepted);
        QVERIFY(accepted.ok());
        QCOMPARE(accepted->events.first(), planned.value());
        QCOMPARE(store->event(planned->id).value(), planned.value());
        QCOMPARE(store->voucher(first)->state, VoucherState::Redeemed);
        QCOMPARE(store->voucher(first)->redeemedAt, t0());
        QCOMPARE(store->pendingSyncCount().value(), 0);
        QVERIFY(store->conflicts()->isEmpty());

        // Provisional: written, and waiting in the outbox.
        auto offline = store->planRedemption(second, u"Minh"_qs);
        QVERIFY(offline.ok());
        QVERIFY(store->commitRedemption(offline.value(), Store::Acceptance::Provisional).ok());
        QCOMPARE(store->pendingSyncCount().value(), 1);
        QCOMPARE(store->pendingEvents(10)->first().id, offline->id);
        QCOMPARE(store->voucher(second)->redeemedBy, u"Minh"_qs);
        expectChecked(*store);
    }

    void aRedemptionCommittedAfterTheVoucherChangedIsRefused()
    {
        auto store = open(u"changed.db"_qs);
        QVERIFY(store->setProgramme(freeStamping(2), lan).ok());
        const QString card = store->createCard({}, {}, lan)->state.card.id;
        const QString voucher = store->addStamps(card, 2, {}, lan)->issuedVouchers().first().id;
        auto planned = store->planRedemption(voucher, lan);
        QVERIFY(planned.ok());
        // Meanwhile the voucher was redeemed (another process of this register).
        QVERIFY(store->redeem(voucher, u"Minh"_qs).ok());
        const int events = int(store->events()->size());
        const int pending = store->pendingSyncCount().value();

        auto again = store->commitRedemption(planned.value(), Store::Acceptance::Accepted);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, StoreError::Kind::Refused);
        QCOMPARE(again.error().refusal->code, Refusal::Code::VoucherRedeemed);
        QCOMPARE(store->events()->size(), events);
        QCOMPARE(store->pendingSyncCount().value(), pending);
        QCOMPARE(store->voucher(voucher)->redeemedBy, u"Minh"_qs);
        QVERIFY(!store->event(planned->id).ok());

        // A voucher the rules refuse is not even planned.
        auto refused = store->planRedemption(voucher, lan);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().refusal->code, Refusal::Code::VoucherRedeemed);
        expectChecked(*store);
    }

    void aPulledCardIsStoredAndFound()
    {
        auto store = paired(u"pulled.db"_qs);
        Backend backend{freeStamping(4), {}};
        CardState elsewhere =
            Rules::createCard(u"PULL2345PULL2345"_qs, u"Ngô Bảo Châu"_qs, u"0901 234 567"_qs,
                              Context{t0(), Actor{lan, u"other"_qs, u"Quầy 2"_qs}, {}})
                ->state;
        elsewhere = Rules::addStamps(backend.programme, elsewhere, 5, {},
                                     Context{t0(), Actor{lan, u"other"_qs, u"Quầy 2"_qs}, {}})
                        ->state;
        backend.cards.insert(elsewhere.card.id, elsewhere);

        auto applied = store->applyPulledPage(backend.page(u"7"_qs));
        QVERIFY(applied.ok());
        QCOMPARE(applied->cards, 1);
        QVERIFY(applied->programme);
        QCOMPARE(store->cardState(elsewhere.card.id).value(), elsewhere);
        QCOMPARE(store->cardByPhone(u"0901234567"_qs)->id, elsewhere.card.id);
        QCOMPARE(store->findCards(u"chau"_qs)->size(), 1);
        QCOMPARE(store->programme().value(), backend.programme);
        // The backend's programme is in the ledger, already synced; the
        // demo programme of the new register was never sent.
        QVERIFY(store->pendingEvents(100)->isEmpty());
        expectChecked(*store);

        // The same page again changes nothing.
        QVERIFY(store->applyPulledPage(backend.page(u"7"_qs)).ok());
        QCOMPARE(store->cardState(elsewhere.card.id).value(), elsewhere);
        expectChecked(*store);
    }

    void unansweredStampsAreReplayedOnThePulledCard()
    {
        // Both registers know the card at 4 of 8. This register adds 3
        // while offline; another register's 3 reached the backend first.
        auto store = paired(u"rebase.db"_qs);
        Backend backend{freeStamping(8), {}};
        QVERIFY(store->setProgramme(backend.programme, lan).ok());
        const QString card = store->createCard({}, {}, lan)->state.card.id;
        QVERIFY(store->addStamps(card, 4, {}, lan).ok());
        QVERIFY(store->recordPushResults(backend.receive(store->pendingEvents(100).value())).ok());
        QVERIFY(store->applyPulledPage(backend.page(u"1"_qs)).ok());
        expectChecked(*store);

        m_clock.now = t0().addSecs(60);
        QVERIFY(store->addStamps(card, 3, {}, lan).ok());
        const Context other{t0().addSecs(30), Actor{lan, u"other"_qs, u"Quầy 2"_qs}, {}};
        auto theirs = Rules::addStamps(backend.programme, backend.cards.value(card), 3, {}, other);
        backend.receive(theirs->events);

        QVERIFY(store->applyPulledPage(backend.page(u"2"_qs)).ok());
        // 4 + 3 + 3: a voucher for the first cycle and 2 stamps over, shown
        // at once, before this register's stamps are even sent.
        auto state = store->cardState(card);
        QCOMPARE(state->card.stamps, 2);
        QCOMPARE(state->card.cycles, 1);
        QCOMPARE(state->vouchers.size(), 1);
        QCOMPARE(state->vouchers.first().id, Ids::voucherId(card, 1));
        QCOMPARE(store->pendingSyncCount().value(), 1);
        expectChecked(*store);

        // Sent and pulled again: the register shows the backend's state.
        QVERIFY(store->recordPushResults(backend.receive(store->pendingEvents(100).value())).ok());
        QVERIFY(store->applyPulledPage(backend.page(u"3"_qs)).ok());
        QCOMPARE(store->cardState(card).value(), backend.cards.value(card));
        QCOMPARE(store->pendingSyncCount().value(), 0);
        expectChecked(*store);

        // Acting on the pulled card goes on as usual, and check still holds.
        m_clock.now = t0().addSecs(120);
        auto more = store->addStamps(card, 6, {}, lan);
        QVERIFY(more.ok());
        QCOMPARE(more->state.card.cycles, 2);
        QVERIFY(store->redeem(Ids::voucherId(card, 1), lan).ok());
        expectChecked(*store);
        QVERIFY(store->recordPushResults(backend.receive(store->pendingEvents(100).value())).ok());
        QVERIFY(store->applyPulledPage(backend.page(u"4"_qs)).ok());
        QCOMPARE(store->cardState(card).value(), backend.cards.value(card));
        expectChecked(*store);
    }

    void aPulledCardWithoutItsVouchersLosesThem()
    {
        // The register shows a voucher the backend no longer has (voided
        // elsewhere and taken back by an undo, say): the pulled card is the
        // truth, vouchers included.
        auto store = paired(u"vouchers-gone.db"_qs);
        Backend backend{freeStamping(4), {}};
        QVERIFY(store->setProgramme(backend.programme, lan).ok());
        const QString card = store->createCard({}, {}, lan)->state.card.id;
        QVERIFY(store->addStamps(card, 4, {}, lan).ok());
        QVERIFY(store->recordPushResults(backend.receive(store->pendingEvents(100).value())).ok());
        QVERIFY(store->applyPulledPage(backend.page(u"1"_qs)).ok());
        QCOMPARE(store->cardState(card)->vouchers.size(), 1);

        CardState without = backend.cards.value(card);
        without.vouchers.clear();
        backend.cards.insert(card, without);
        QVERIFY(store->applyPulledPage(backend.page(u"2"_qs)).ok());
        QCOMPARE(store->cardState(card).value(), without);
        expectChecked(*store);
    }

    void aCardNamedTwiceInAPageEndsAsItsLastCopy()
    {
        // A fresh register skips removing vouchers (it has none), except
        // for a card the same page already wrote.
        auto store = paired(u"twice.db"_qs);
        Backend backend{freeStamping(4), {}};
        const Context other{t0(), Actor{lan, u"other"_qs, u"Quầy 2"_qs}, {}};
        CardState first = Rules::createCard(u"TWCE2345TWCE2345"_qs, {}, {}, other)->state;
        first = Rules::addStamps(backend.programme, first, 4, {}, other)->state;
        QCOMPARE(first.vouchers.size(), 1);
        CardState last = first;
        last.vouchers.clear();
        QVERIFY(
            store->applyPulledPage(PulledPage{u"1"_qs, backend.programme, {first, last}, {}}).ok());
        QCOMPARE(store->cardState(first.card.id).value(), last);
        expectChecked(*store);
    }

    void theBackendsTextOfACardIsItsBaseline()
    {
        // The page carries the JSON the backend sent (a field this version
        // does not know included): it is kept as it came, and check()
        // rebuilds the card from it.
        auto store = paired(u"as-sent.db"_qs);
        Backend backend{freeStamping(4), {}};
        const Context other{t0(), Actor{lan, u"other"_qs, u"Quầy 2"_qs}, {}};
        CardState pulled =
            Rules::createCard(u"SENT2345SENT2345"_qs, u"Lê Văn Tám"_qs, {}, other)->state;
        pulled = Rules::addStamps(backend.programme, pulled, 5, {}, other)->state;
        QJsonObject sent = Json::toJson(pulled, t0());
        sent.insert(u"tier"_qs, u"gold"_qs);
        const QByteArray text = QJsonDocument(sent).toJson(QJsonDocument::Compact);
        QVERIFY(
            store->applyPulledPage(PulledPage{u"1"_qs, backend.programme, {pulled}, {text}}).ok());
        QCOMPARE(store->cardState(pulled.card.id).value(), pulled);
        RawDatabase raw(m_dir.filePath(u"as-sent.db"_qs));
        QCOMPARE(raw.scalar(u"SELECT state FROM baselines"_qs).toString(), QString::fromUtf8(text));
        expectChecked(*store);
    }

    void anUndoWhoseTargetCannotBeReadLeavesThePageUnapplied()
    {
        // Stamps answered by the backend, their undo not yet: applying a
        // page replays the undo, which reads its target from the ledger.
        // A damaged target is an error for the whole page, not an abort.
        auto store = paired(u"undo-target.db"_qs);
        Backend backend{freeStamping(8), {}};
        QVERIFY(store->setProgramme(backend.programme, lan).ok());
        const QString card = store->createCard({}, {}, lan)->state.card.id;
        const QString stamps = store->addStamps(card, 3, {}, lan)->events.first().id;
        QVERIFY(store->recordPushResults(backend.receive(store->pendingEvents(100).value())).ok());
        QVERIFY(store->applyPulledPage(backend.page(u"1"_qs)).ok());
        m_clock.now = t0().addSecs(60);
        QVERIFY(store->undo(stamps, lan).ok());
        const CardState before = store->cardState(card).value();
        QCOMPARE(before.card.stamps, 0);

        {
            RawDatabase raw(m_dir.filePath(u"undo-target.db"_qs));
            QCOMPARE(raw.exec(u"DROP TRIGGER events_no_rewrite"_qs), QString());
            QCOMPARE(raw.exec(u"UPDATE events SET data = '{' WHERE id = '%1'"_qs.arg(stamps)),
                     QString());
        }
        auto applied = store->applyPulledPage(backend.page(u"2"_qs));
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().kind, StoreError::Kind::Corrupt);
        QCOMPARE(store->cardState(card).value(), before);
        QCOMPARE(store->syncLink().value()->cursor, u"1"_qs);
    }

    void aProgrammeChangedHereWinsUntilItIsSent()
    {
        auto store = paired(u"programme.db"_qs);
        Backend backend{freeStamping(8), {}};
        Programme mine = freeStamping(6);
        QVERIFY(store->setProgramme(mine, lan).ok());
        QCOMPARE(store->applyPulledPage(backend.page(u"1"_qs))->programme, false);
        QCOMPARE(store->programme().value(), mine);

        QVERIFY(store->recordPushResults(backend.receive(store->pendingEvents(100).value())).ok());
        QCOMPARE(backend.programme, mine);
        backend.programme.goal = 10;
        QVERIFY(store->applyPulledPage(backend.page(u"2"_qs))->programme);
        QCOMPARE(store->programme()->goal, 10);
        expectChecked(*store);
    }

    void pairingAdoptsTheBackendsShopAndKeys()
    {
        auto store = open(u"pair.db"_qs);
        QVERIFY(!store->syncLink().value().has_value());
        const SigningKey key = SigningKey::generate(KeyId{4242, 1});
        SyncLink link;
        link.serverUrl = u"https://shop.example:8443"_qs;
        link.token = u"secret"_qs;
        link.shopName = u"Cà phê Hạnh"_qs;
        QVERIFY(store->pair(link, 4242, {key.publicKey()}).ok());

        QCOMPARE(store->registerInfo().shop, 4242);
        QVERIFY(store->keyring()->find(1));
        QCOMPARE(store->keyring()->find(1)->bytes, key.publicKey().bytes);
        QVERIFY(!store->signingKey()); // the backend signs now
        // The demo programme of the new register is not sent: it would
        // replace the shop's.
        QVERIFY(store->pendingEvents(100)->isEmpty());
        auto stored = store->syncLink();
        QCOMPARE(stored.value()->serverUrl, link.serverUrl);
        QCOMPARE(stored.value()->token, link.token);
        QCOMPARE(stored.value()->cursor, QString());
        QCOMPARE(stored.value()->pairedAt, t0());

        QVERIFY(store->applyPulledPage(PulledPage{u"12"_qs, {}, {}, {}}).ok());
        QVERIFY(store->recordSyncOutcome(u"The shop's server cannot be reached."_qs).ok());
        QCOMPARE(store->syncLink().value()->cursor, u"12"_qs);
        QCOMPARE(store->syncLink().value()->lastError, u"The shop's server cannot be reached."_qs);
        QVERIFY(store->recordSyncOutcome({}).ok());
        QCOMPARE(store->syncLink().value()->lastSuccessAt, t0());
        QVERIFY(store->syncLink().value()->lastError.isEmpty());

        // Still paired after the app restarts.
        store.reset();
        store = open(u"pair.db"_qs);
        QCOMPARE(store->registerInfo().shop, 4242);
        QCOMPARE(store->syncLink().value()->cursor, u"12"_qs);
        expectChecked(*store);
    }

    void init() { m_clock.now = t0(); }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
