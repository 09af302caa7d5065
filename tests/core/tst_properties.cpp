// SPDX-License-Identifier: Apache-2.0
// Property-style tests: long random sequences of stamps, undos, redemptions,
// undone redemptions, POS codes, voids and programme changes, with the
// invariants checked after every step.
#include "core/merge.h"
#include "fixtures.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using namespace stampdesk;
using namespace stampdesk::test;

namespace {

struct Session
{
    QRandomGenerator random;
    Programme programme = test::programme(5, 7, 0);
    CardState state;
    QList<Event> ledger;
    QList<Programme> programmeAt; // the programme in force at each ledger event
    QList<Event> stampEvents; // candidates for undo
    QSet<QString> undone;
    QDateTime now = t0();
    int refusals = 0;

    explicit Session(quint32 seed)
        : random(seed)
    {
        auto created = Rules::createCard(QStringLiteral("PROP2345PROP2345"), {}, {}, at(t0()));
        ledger << created->events;
        programmeAt << programme;
        state = created->state;
    }

    // Tallies of the ledger, kept as events are appended.
    int added = 0;
    int takenBack = 0;
    QHash<QString, int> redemptions; // redeemed minus undone, per voucher
    int redemptionsUndone = 0;
    int codesAttached = 0;
    QSet<int> issuedCycles;
    bool cycleIssuedTwice = false;

    void record(const Result<Outcome, Refusal> &r)
    {
        if (!r.ok()) {
            ++refusals;
            return;
        }
        for (const Event &e : r->events) {
            if (const auto *a = e.as<Events::StampsAdded>())
                added += a->count;
            if (const auto *u = e.as<Events::StampsUndone>())
                takenBack += u->count;
            if (e.as<Events::VoucherRedeemed>())
                redemptions[e.voucherId] += 1;
            if (e.as<Events::RedemptionUndone>()) {
                redemptions[e.voucherId] -= 1;
                ++redemptionsUndone;
            }
            if (e.as<Events::VoucherCodeAttached>())
                ++codesAttached;
            if (const auto *i = e.as<Events::VoucherIssued>()) {
                cycleIssuedTwice |= issuedCycles.contains(i->voucher.cycle);
                issuedCycles.insert(i->voucher.cycle);
            }
        }
        ledger << r->events;
        for (qsizetype i = 0; i < r->events.size(); ++i)
            programmeAt << programme;
        state = r->state;
    }

    void step(bool changeGoal)
    {
        now = now.addSecs(random.bounded(1, 4000));
        const int action = random.bounded(100);
        if (action < 50) {
            auto r = Rules::addStamps(programme, state, random.bounded(-1, 10), {}, at(now));
            if (r.ok())
                stampEvents << r->events.first();
            record(r);
            // As the store does in redeem-code mode while its stock lasts.
            if (r.ok() && random.bounded(2)) {
                for (const Voucher &v : r->issuedVouchers()) {
                    const QString code = QStringLiteral("POS-%1").arg(codesAttached);
                    record(Rules::attachPosCode(state, v.id, code, at(now)));
                }
            }
        } else if (action < 62 && !stampEvents.isEmpty()) {
            const Event &target = stampEvents.at(random.bounded(int(stampEvents.size())));
            const Rules::UndoTarget undo{target, undone.contains(target.id), previousStamp(target)};
            auto r = Rules::undoStamps(state, undo, at(now));
            if (r.ok())
                undone.insert(target.id);
            record(r);
        } else if (action < 80 && !state.vouchers.isEmpty()) {
            const Voucher &v = state.vouchers.at(random.bounded(int(state.vouchers.size())));
            record(Rules::redeem(state, v.id, Channel::Register, at(now)));
        } else if (action < 85 && !state.vouchers.isEmpty()) {
            const Voucher &v = state.vouchers.at(random.bounded(int(state.vouchers.size())));
            record(Rules::undoRedemption(state, v.id, QStringLiteral("mistake"), at(now)));
        } else if (action < 90 && !state.vouchers.isEmpty()) {
            const Voucher &v = state.vouchers.at(random.bounded(int(state.vouchers.size())));
            record(Rules::voidVoucher(state, v.id, QStringLiteral("test"), at(now)));
        } else if (action < 93 && changeGoal) {
            programme.goal = random.bounded(1, 9);
        } else if (action < 95) {
            programme.validDays =
                random.bounded(2) ? std::optional<int>(random.bounded(1, 5)) : std::nullopt;
        }
    }

    // What the store reads from the ledger: the newest other stamp event
    // that is not undone.
    std::optional<QDateTime> previousStamp(const Event &target) const
    {
        for (auto it = stampEvents.crbegin(); it != stampEvents.crend(); ++it) {
            if (it->id != target.id && !undone.contains(it->id))
                return it->at;
        }
        return std::nullopt;
    }
};

// The register's ledger folded through the merge, as the backend folds it
// (docs/sync.md): with one register the merge must agree with the rules,
// so that a register that replays its own events on a pulled state, and
// the backend, reach the state the register showed.
CardState merged(const Session &s)
{
    QHash<QString, Event> stampEvents;
    QSet<QString> undone;
    CardState state;
    for (qsizetype i = 0; i < s.ledger.size(); ++i) {
        const Event &e = s.ledger.at(i);
        MergeContext context{s.programmeAt.at(i), {}, {}};
        if (const auto *u = e.as<Events::StampsUndone>()) {
            context.undoTarget =
                Rules::UndoTarget{stampEvents.value(u->undoneEventId),
                                  undone.contains(u->undoneEventId), u->lastStampAt};
            undone.insert(u->undoneEventId);
        }
        if (e.as<Events::StampsAdded>())
            stampEvents.insert(e.id, e);
        if (auto refusal = Merge::fold(state, e, context))
            qFatal("the merge refused %s: %s", qPrintable(e.type()),
                   qPrintable(refusal->codeName()));
    }
    return state;
}

void checkInvariants(const Session &s, bool goalIsConstant, bool replay, bool merge)
{
    const Card &card = s.state.card;
    // Lifetime stamps are the sum of the stamp events.
    QCOMPARE(card.lifetimeStamps, s.added - s.takenBack);
    // At most one voucher per cycle, and none redeemed twice: a voucher is
    // consumed once, unless that redemption was undone.
    QVERIFY(!s.cycleIssuedTwice);
    for (auto it = s.redemptions.cbegin(); it != s.redemptions.cend(); ++it) {
        QVERIFY2(it.value() == 0 || it.value() == 1, qPrintable(it.key()));
        const Voucher *v = s.state.voucher(it.key());
        QCOMPARE(v->state == VoucherState::Redeemed, it.value() == 1);
        QCOMPARE(bool(v->redeemedAt), it.value() == 1);
    }

    // The stamps in hand plus the cycles that count make up every stamp.
    int counted = 0;
    int countingVouchers = 0;
    for (const Voucher &v : s.state.vouchers) {
        if (!v.reopened) {
            counted += v.goal;
            ++countingVouchers;
        }
        if (v.state == VoucherState::Redeemed)
            QVERIFY(!v.reopened);
    }
    QCOMPARE(card.stamps + counted, card.lifetimeStamps);
    QCOMPARE(card.cycles, countingVouchers);
    QVERIFY(card.stamps >= 0);
    if (goalIsConstant)
        QVERIFY(card.stamps < s.programme.goal);

    // State is a function of the ledger (replayed now and then: it is the
    // slow part).
    if (replay)
        QCOMPARE(Projection::applied(CardState{}, s.ledger), s.state);
    // The merge, once at the end: it is the slower fold (an undo through
    // the merge copies the card).
    if (merge)
        QCOMPARE(merged(s), s.state);
}

} // namespace

class TestProperties : public QObject
{
    Q_OBJECT
private slots:
    void randomSessions_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("changeGoal");
        for (quint32 seed : {1u, 2u, 3u, 42u, 2026u, 77777u}) {
            QTest::addRow("seed %u, fixed goal", seed) << seed << false;
            QTest::addRow("seed %u, changing goal", seed) << seed << true;
        }
    }
    void randomSessions()
    {
        QFETCH(quint32, seed);
        QFETCH(bool, changeGoal);
        Session s(seed);
        constexpr int steps = 3000;
        for (int i = 0; i < steps; ++i) {
            s.step(changeGoal);
            checkInvariants(s, !changeGoal, i % 250 == 0 || i == steps - 1, i == steps - 1);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("after step %1").arg(i)));
        }
        // The sequences really exercised the rules.
        QVERIFY(s.state.card.cycles > 10);
        QVERIFY(s.undone.size() > 10);
        QVERIFY(s.refusals > 10);
        QVERIFY(s.redemptionsUndone > 10);
        QVERIFY(s.codesAttached > 10);
    }
};

QTEST_GUILESS_MAIN(TestProperties)
#include "tst_properties.moc"
