// SPDX-License-Identifier: Apache-2.0
#include "fixtures.h"

#include <QTest>

using namespace stampdesk;
using namespace stampdesk::test;

namespace {

// The store's part of an undo: the target event and what the ledger knows.
Rules::UndoTarget target(const Outcome &stamped, std::optional<QDateTime> previous = {})
{
    return Rules::UndoTarget{stamped.events.first(), false, previous};
}

} // namespace

class TestUndo : public QObject
{
    Q_OBJECT
private slots:
    void undoTakesTheStampsBack()
    {
        const Programme p = programme(8);
        const CardState first = expectAllowed(Rules::addStamps(p, newCard(), 2, {}, at(t0())));
        auto second = Rules::addStamps(p, first, 3, {}, at(t0().addSecs(60)));
        QVERIFY(second.ok());

        auto undone =
            Rules::undoStamps(second->state, target(second.value(), t0()), at(t0().addSecs(120)));
        QVERIFY(undone.ok());
        QCOMPARE(undone->state.card.stamps, 2);
        QCOMPARE(undone->state.card.lifetimeStamps, 2);
        // The card's last stamp is the one before, so a cooldown does not
        // punish a cashier who corrects a mistake.
        QCOMPARE(undone->state.card.lastStampAt, t0());
        QCOMPARE(undone->events.size(), 1);
        const auto *e = undone->events.first().as<Events::StampsUndone>();
        QCOMPARE(e->undoneEventId, second->events.first().id);
        QCOMPARE(e->count, 3);
        QVERIFY(e->reopenedVoucherIds.isEmpty());
    }

    void undoingTheStampThatCompletedACycleVoidsItsVoucher()
    {
        const Programme p = programme(5);
        const CardState four = expectAllowed(Rules::addStamps(p, newCard(), 4, {}, at(t0())));
        auto fifth = Rules::addStamps(p, four, 1, {}, at(t0().addSecs(60)));
        QCOMPARE(fifth->state.card.cycles, 1);
        const QString voucherId = fifth->issuedVouchers().first().id;

        auto undone =
            Rules::undoStamps(fifth->state, target(fifth.value(), t0()), at(t0().addSecs(90)));
        QVERIFY(undone.ok());
        QCOMPARE(undone->state.card.stamps, 4);
        QCOMPARE(undone->state.card.cycles, 0);
        const Voucher *v = undone->state.voucher(voucherId);
        QCOMPARE(v->state, VoucherState::Voided);
        QVERIFY(v->reopened);
        QCOMPARE(undone->events.size(), 2);
        QCOMPARE(undone->events.at(1).type(), QStringLiteral("voucher.voided"));
        QCOMPARE(undone->events.at(1).voucherId, voucherId);

        // The reopened cycle completes again with a new voucher number, so
        // the voided voucher keeps its identity.
        auto again = Rules::addStamps(p, undone->state, 1, {}, at(t0().addSecs(120)));
        QCOMPARE(again->issuedVouchers().first().cycle, 2);
        QVERIFY(again->issuedVouchers().first().id != voucherId);
    }

    void undoIsRefusedWhenItsRewardWasRedeemed()
    {
        const Programme p = programme(5);
        auto stamped = Rules::addStamps(p, newCard(), 5, {}, at(t0()));
        const QString voucherId = stamped->issuedVouchers().first().id;
        const CardState redeemed = expectAllowed(
            Rules::redeem(stamped->state, voucherId, Channel::Register, at(t0().addSecs(30))));

        auto undone = Rules::undoStamps(redeemed, target(stamped.value()), at(t0().addSecs(60)));
        QVERIFY(!undone.ok());
        QCOMPARE(undone.error().code, Refusal::Code::UndoTakesBackRedeemed);
        QVERIFY(!undone.error().message().isEmpty());
    }

    // Stamps added after the completing visit still earn the reward: undoing
    // the earlier visit keeps the voucher when enough stamps remain.
    void laterStampsKeepACompletedCycle()
    {
        const Programme p = programme(5);
        const CardState four = expectAllowed(Rules::addStamps(p, newCard(), 4, {}, at(t0())));
        auto completing = Rules::addStamps(p, four, 1, {}, at(t0().addSecs(60)));
        const CardState later =
            expectAllowed(Rules::addStamps(p, completing->state, 3, {}, at(t0().addSecs(120))));

        auto undone = Rules::undoStamps(later, target(completing.value()), at(t0().addSecs(180)));
        QVERIFY(undone.ok());
        QCOMPARE(undone->state.card.stamps, 2);
        QCOMPARE(undone->state.card.cycles, 1);
        QCOMPARE(undone->state.vouchers.first().state, VoucherState::Issued);
    }

    void undoCanReopenSeveralCycles()
    {
        const Programme p = programme(2);
        auto stamped = Rules::addStamps(p, newCard(), 5, {}, at(t0()));
        QCOMPARE(stamped->state.card.cycles, 2);
        auto undone = Rules::undoStamps(stamped->state, target(stamped.value()), at(t0()));
        QVERIFY(undone.ok());
        QCOMPARE(undone->state.card.stamps, 0);
        QCOMPARE(undone->state.card.cycles, 0);
        const auto *e = undone->events.first().as<Events::StampsUndone>();
        QCOMPARE(e->reopenedVoucherIds.size(), 2);
        for (const Voucher &v : undone->state.vouchers)
            QCOMPARE(v.state, VoucherState::Voided);
    }

    void aManagerVoidedVoucherIsReopenedWithoutASecondVoid()
    {
        const Programme p = programme(2);
        auto stamped = Rules::addStamps(p, newCard(), 2, {}, at(t0()));
        const QString id = stamped->issuedVouchers().first().id;
        const CardState voided =
            expectAllowed(Rules::voidVoucher(stamped->state, id, {}, at(t0())));
        auto undone = Rules::undoStamps(voided, target(stamped.value()), at(t0()));
        QVERIFY(undone.ok());
        QCOMPARE(undone->events.size(), 1); // only the compensating event
        QCOMPARE(undone->state.card.cycles, 0);
        QCOMPARE(undone->state.card.stamps, 0);
    }

    void refusals()
    {
        const Programme p = programme(8);
        auto stamped = Rules::addStamps(p, newCard(), 2, {}, at(t0()));

        Rules::UndoTarget twice = target(stamped.value());
        twice.alreadyUndone = true;
        QCOMPARE(Rules::undoStamps(stamped->state, twice, at(t0())).error().code,
                 Refusal::Code::AlreadyUndone);

        auto blocked = Rules::setCardStatus(stamped->state, CardStatus::Blocked, {}, at(t0()));
        QCOMPARE(Rules::undoStamps(blocked->state,
                                   Rules::UndoTarget{blocked->events.first(), false, std::nullopt},
                                   at(t0()))
                     .error()
                     .code,
                 Refusal::Code::NotUndoable);

        const CardState other = newCard(QStringLiteral("OTHER2345OTHER23"));
        QCOMPARE(Rules::undoStamps(other, target(stamped.value()), at(t0())).error().code,
                 Refusal::Code::NotUndoable);
    }

    // A redemption made by mistake is taken back with a compensating event:
    // the voucher is issued again, and the redemption stays in the ledger.
    void aRedemptionIsUndone()
    {
        auto stamped = Rules::addStamps(programme(5), newCard(), 5, {}, at(t0()));
        const QString id = stamped->issuedVouchers().first().id;
        auto redeemed = Rules::redeem(stamped->state, id, Channel::Register, at(t0().addSecs(30)));
        QVERIFY(redeemed.ok());

        auto undone = Rules::undoRedemption(redeemed->state, id, QStringLiteral(" wrong card "),
                                            at(t0().addSecs(60)));
        QVERIFY(undone.ok());
        QCOMPARE(undone->events.size(), 1);
        const Event &e = undone->events.first();
        QCOMPARE(e.type(), QStringLiteral("voucher.redemption-undone"));
        QCOMPARE(e.voucherId, id);
        QCOMPARE(e.cardId, stamped->state.card.id);
        QCOMPARE(e.staff, QStringLiteral("Lan"));
        QCOMPARE(e.as<Events::RedemptionUndone>()->reason, QStringLiteral("wrong card"));
        const Voucher *v = undone->state.voucher(id);
        QCOMPARE(v->state, VoucherState::Issued);
        QVERIFY(!v->redeemedAt);
        QVERIFY(v->redeemedBy.isEmpty());
        QVERIFY(v->redeemedRegister.isEmpty());
        // Exactly as it was before the redemption.
        QCOMPARE(*v, *stamped->state.voucher(id));
        QCOMPARE(undone->state.card, redeemed->state.card);

        // It can be redeemed again, once.
        auto again = Rules::redeem(undone->state, id, Channel::Register, at(t0().addSecs(90)));
        QVERIFY(again.ok());
        QCOMPARE(again->state.voucher(id)->redeemedAt, t0().addSecs(90));
        QCOMPARE(
            Rules::redeem(again->state, id, Channel::Register, at(t0().addSecs(95))).error().code,
            Refusal::Code::VoucherRedeemed);
    }

    void onlyARedeemedVoucherCanBeUnredeemed()
    {
        auto stamped = Rules::addStamps(programme(5), newCard(), 10, {}, at(t0()));
        const QString issued = stamped->issuedVouchers().at(0).id;
        const QString voided = stamped->issuedVouchers().at(1).id;
        const CardState state =
            expectAllowed(Rules::voidVoucher(stamped->state, voided, {}, at(t0())));

        for (const QString &id : {issued, voided}) {
            auto refused = Rules::undoRedemption(state, id, {}, at(t0()));
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, Refusal::Code::NotRedeemed);
            QCOMPARE(refused.error().codeName(), QStringLiteral("not-redeemed"));
            QVERIFY(refused.error().message().contains(u"not been redeemed"));
        }
        // Undone once, there is nothing left to undo.
        const CardState redeemed =
            expectAllowed(Rules::redeem(state, issued, Channel::Register, at(t0())));
        const CardState undone =
            expectAllowed(Rules::undoRedemption(redeemed, issued, {}, at(t0())));
        QCOMPARE(Rules::undoRedemption(undone, issued, {}, at(t0())).error().code,
                 Refusal::Code::NotRedeemed);
    }

    // An expired voucher whose redemption is undone is expired, not issued.
    void anUndoneRedemptionAfterExpiryLeavesItExpired()
    {
        Programme p = programme(5);
        p.validDays = 1;
        auto stamped = Rules::addStamps(p, newCard(), 5, {}, at(t0()));
        const QString id = stamped->issuedVouchers().first().id;
        const CardState redeemed =
            expectAllowed(Rules::redeem(stamped->state, id, Channel::Register, at(t0())));
        const QDateTime later = t0().addDays(2);
        const CardState undone = expectAllowed(Rules::undoRedemption(redeemed, id, {}, at(later)));
        QCOMPARE(undone.voucher(id)->stateAt(later), VoucherState::Expired);
        QCOMPARE(Rules::redeem(undone, id, Channel::Register, at(later)).error().code,
                 Refusal::Code::VoucherExpired);
    }

    void theUndoWindow_data()
    {
        QTest::addColumn<qint64>("ageSeconds");
        QTest::addColumn<bool>("within");
        QTest::newRow("just now") << qint64(0) << true;
        QTest::newRow("a minute ago") << qint64(60) << true;
        QTest::newRow("10 minutes to the second") << qint64(600) << true;
        QTest::newRow("10 minutes and a second") << qint64(601) << false;
        QTest::newRow("an hour ago") << qint64(3600) << false;
        QTest::newRow("yesterday") << qint64(86400) << false;
        // Another register's clock a little ahead: still now.
        QTest::newRow("30 s in the future") << qint64(-30) << true;
        QTest::newRow("a minute in the future") << qint64(-60) << true;
        QTest::newRow("61 s in the future") << qint64(-61) << false;
        QTest::newRow("a day in the future") << qint64(-86400) << false;
    }
    void theUndoWindow()
    {
        QFETCH(qint64, ageSeconds);
        QFETCH(bool, within);
        QCOMPARE(Rules::undoWindow, std::chrono::minutes(10));
        const QDateTime now = t0();
        QCOMPARE(Rules::withinUndoWindow(now.addSecs(-ageSeconds), now), within);
    }

    void noUndoWindowWithoutATime()
    {
        QVERIFY(!Rules::withinUndoWindow(QDateTime(), t0()));
        QVERIFY(!Rules::withinUndoWindow(t0(), QDateTime()));
    }
};

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"
