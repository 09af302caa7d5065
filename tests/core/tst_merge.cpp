// SPDX-License-Identifier: Apache-2.0
// The merge (core/merge.h): what the backend makes of the events of several
// registers that acted on one card, some of them offline.
#include "core/ids.h"
#include "core/json.h"
#include "core/merge.h"
#include "fixtures.h"

#include <QTest>

using namespace stampdesk;
using namespace stampdesk::test;

namespace {

Context atRegister(const QDateTime &time, const QString &registerId, const QString &name)
{
    return Context{time, Actor{QStringLiteral("Lan"), registerId, name}, {}};
}

const QString cardId = QStringLiteral("CARD2345CARD2345");

// Folds events through the merge; fails the test on a conflict.
CardState mergeAll(CardState state, const QList<Event> &events, const Programme &p)
{
    for (const Event &e : events) {
        auto next = Merge::apply(state, e, MergeContext{p, {}, {}});
        if (!next.ok())
            qFatal("conflict %s", qPrintable(next.error().codeName()));
        state = std::move(next).value();
    }
    return state;
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT
private slots:
    void stampsFromTwoRegistersAddUpAndTheirVoucherConverges()
    {
        // Both registers saw the card at 4 of 8 and added 3 while offline:
        // each issued nothing. Merged: 10 stamps make one cycle and 2 over.
        const Programme p = programme(8);
        const CardState four = expectAllowed(Rules::addStamps(p, newCard(cardId), 4, {}, at(t0())));
        auto a = Rules::addStamps(p, four, 3, {}, atRegister(t0().addSecs(60), u"A"_qs, u"A"_qs));
        auto b = Rules::addStamps(p, four, 3, {}, atRegister(t0().addSecs(90), u"B"_qs, u"B"_qs));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->issuedVouchers().isEmpty() && b->issuedVouchers().isEmpty());

        const CardState merged = mergeAll(four, a->events + b->events, p);
        QCOMPARE(merged.card.stamps, 2);
        QCOMPARE(merged.card.lifetimeStamps, 10);
        QCOMPARE(merged.card.cycles, 1);
        QCOMPARE(merged.vouchers.size(), 1);
        const Voucher &v = merged.vouchers.first();
        QCOMPARE(v.id, Ids::voucherId(cardId, 1));
        // Issued when the stamps that completed the cycle were added.
        QCOMPARE(v.issuedAt, t0().addSecs(90));
        QCOMPARE(merged.card.lastStampAt, t0().addSecs(90));
    }

    void aVoucherBothRegistersIssuedIsOneVoucher()
    {
        const Programme p = programme(8);
        const CardState six = expectAllowed(Rules::addStamps(p, newCard(cardId), 6, {}, at(t0())));
        auto a = Rules::addStamps(p, six, 2, {}, atRegister(t0().addSecs(60), u"A"_qs, u"A"_qs));
        auto b = Rules::addStamps(p, six, 2, {}, atRegister(t0().addSecs(90), u"B"_qs, u"B"_qs));
        QCOMPARE(a->issuedVouchers().first().id, b->issuedVouchers().first().id);

        // Each register's voucher.issued names the voucher the merge issued.
        const CardState merged = mergeAll(six, a->events + b->events, p);
        QCOMPARE(merged.vouchers.size(), 1);
        QCOMPARE(merged.card.stamps, 2);
        QCOMPARE(merged.card.cycles, 1);
    }

    void stampsBeyondACycleIssueTheNextVoucher()
    {
        const Programme p = programme(5);
        const CardState four = expectAllowed(Rules::addStamps(p, newCard(cardId), 4, {}, at(t0())));
        auto a = Rules::addStamps(p, four, 4, {}, atRegister(t0().addSecs(60), u"A"_qs, u"A"_qs));
        auto b = Rules::addStamps(p, four, 4, {}, atRegister(t0().addSecs(90), u"B"_qs, u"B"_qs));
        const CardState merged = mergeAll(four, a->events + b->events, p);
        QCOMPARE(merged.card.lifetimeStamps, 12);
        QCOMPARE(merged.card.cycles, 2);
        QCOMPARE(merged.card.stamps, 2);
        QCOMPARE(merged.vouchers.at(1).id, Ids::voucherId(cardId, 2));
        // The register's own state knew only the first.
        QCOMPARE(b->state.vouchers.size(), 1);
    }

    void aVoucherRedeemedAtTwoRegistersIsAcceptedOnce()
    {
        const Programme p = programme(2);
        const CardState issued =
            expectAllowed(Rules::addStamps(p, newCard(cardId), 2, {}, at(t0())));
        const QString voucherId = issued.vouchers.first().id;
        auto a = Rules::redeem(issued, voucherId, Channel::Register,
                               atRegister(t0().addSecs(60), u"A"_qs, u"Counter A"_qs));
        auto b = Rules::redeem(issued, voucherId, Channel::Register,
                               atRegister(t0().addSecs(90), u"B"_qs, u"Counter B"_qs));

        const CardState first = mergeAll(issued, a->events, p);
        auto second = Merge::apply(first, b->events.first(), MergeContext{p, {}, {}});
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, Refusal::Code::VoucherRedeemed);
        // The conflict names where and when it was redeemed first.
        QCOMPARE(second.error().detail, u"Counter A"_qs);
        QCOMPARE(second.error().when, t0().addSecs(60));
        QVERIFY(second.error().message().contains(u"Counter A"_qs));
    }

    void whatCannotBeTrueOfTheMergedCardIsAConflict()
    {
        const Programme p = programme(2);
        const MergeContext context{p, {}, {}};
        const CardState card = newCard(cardId);

        // Stamps for a card the merging side never saw.
        auto stamped = Rules::addStamps(p, card, 1, {}, at(t0()));
        auto unknown = Merge::apply(CardState{}, stamped->events.first(), context);
        QCOMPARE(unknown.error().code, Refusal::Code::UnknownCard);

        // A card created twice.
        auto created = Rules::createCard(cardId, {}, {}, at(t0()));
        QCOMPARE(Merge::apply(card, created->events.first(), context).error().code,
                 Refusal::Code::CardExists);

        // Stamps added offline on a card the shop has blocked since.
        auto blocked = Rules::setCardStatus(card, CardStatus::Blocked, {}, at(t0()));
        auto onBlocked = Merge::apply(blocked->state, stamped->events.first(), context);
        QCOMPARE(onBlocked.error().code, Refusal::Code::CardBlocked);

        // An undo of stamps the backend never received.
        auto two = Rules::addStamps(p, card, 2, {}, at(t0()));
        auto undo = Rules::undoStamps(two->state, Rules::UndoTarget{two->events.first(), false, {}},
                                      at(t0().addSecs(5)));
        QCOMPARE(Merge::apply(two->state, undo->events.first(), context).error().code,
                 Refusal::Code::UnknownEvent);

        // A voucher.issued whose cycle the merged stamps do not reach.
        const Event issued = two->events.at(1);
        QVERIFY(issued.as<Events::VoucherIssued>());
        auto notEarned = Merge::apply(card, issued, context);
        QCOMPARE(notEarned.error().code, Refusal::Code::VoucherNotEarned);
        QCOMPARE(notEarned.error().detail, issued.voucherId);

        // A redemption of a voucher voided elsewhere.
        auto voided = Rules::voidVoucher(two->state, issued.voucherId, u"mistake"_qs, at(t0()));
        auto redeemed =
            Rules::redeem(two->state, issued.voucherId, Channel::Register, at(t0().addSecs(9)));
        QCOMPARE(Merge::apply(voided->state, redeemed->events.first(), context).error().code,
                 Refusal::Code::VoucherVoided);
    }

    void anUndoThatWouldTakeBackARedeemedRewardIsAConflict()
    {
        // Register A adds the stamps that complete a cycle; register B
        // redeems that voucher after a sync; then A undoes its stamps.
        const Programme p = programme(2);
        auto added = Rules::addStamps(p, newCard(cardId), 2, {}, at(t0()));
        const QString voucherId = added->issuedVouchers().first().id;
        auto undo =
            Rules::undoStamps(added->state, Rules::UndoTarget{added->events.first(), false, {}},
                              at(t0().addSecs(30)));
        QVERIFY(undo.ok()); // A did not know of the redemption
        auto redeemedAtB = Rules::redeem(added->state, voucherId, Channel::Register,
                                         atRegister(t0().addSecs(20), u"B"_qs, u"B"_qs));

        MergeContext context{p, Rules::UndoTarget{added->events.first(), false, {}}, {}};
        auto merged = Merge::apply(redeemedAtB->state, undo->events.first(), context);
        QCOMPARE(merged.error().code, Refusal::Code::UndoTakesBackRedeemed);

        context.undoTarget->alreadyUndone = true;
        QCOMPARE(Merge::apply(added->state, undo->events.first(), context).error().code,
                 Refusal::Code::AlreadyUndone);
    }

    void aPosCodeIsAttachedOnce()
    {
        const Programme p = programme(1);
        auto two = Rules::addStamps(p, newCard(cardId), 2, {}, at(t0()));
        const QString first = two->state.vouchers.at(0).id;
        const QString second = two->state.vouchers.at(1).id;
        auto attach = Rules::attachPosCode(two->state, second, u"POS-0001"_qs, at(t0()));

        // Another register attached the same code to another voucher.
        auto conflict = Merge::apply(two->state, attach.events.first(), MergeContext{p, {}, first});
        QCOMPARE(conflict.error().code, Refusal::Code::CodeInUse);
        QCOMPARE(conflict.error().detail, first);

        auto ok = Merge::apply(two->state, attach.events.first(), MergeContext{p, {}, second});
        QCOMPARE(ok->voucher(second)->posCode, u"POS-0001"_qs);
    }

    void conflictsChangeNothingAndFactsAreNotJudgedAgain()
    {
        // The per-visit cap and the cooldown were the register's to check;
        // the merge takes the stamps as the fact they are.
        const Programme strict = programme(8, 1, 60);
        const Programme lax = programme(8);
        auto many = Rules::addStamps(lax, newCard(cardId), 5, {}, at(t0()));
        auto soon = Rules::addStamps(lax, many->state, 1, {}, at(t0().addSecs(1)));
        const CardState merged = mergeAll(newCard(cardId), many->events + soon->events, strict);
        QCOMPARE(merged.card.stamps, 6);
    }

    void aCardWithItsVouchersRoundTripsThroughJson()
    {
        const Programme p = programme(2);
        auto added = Rules::addStamps(p, newCard(cardId), 5, {}, at(t0()));
        auto redeemed = Rules::redeem(added->state, added->state.vouchers.first().id,
                                      Channel::Register, at(t0().addSecs(5)));
        const CardState state = redeemed->state;
        const QJsonObject json = Json::toJson(state, t0().addSecs(10));
        auto back = Json::cardStateFromJson(json, Json::Fields::Strict);
        if (!back.ok())
            QFAIL(qPrintable(back.error()));
        QCOMPARE(back.value(), state);

        QJsonObject extra = json;
        extra.insert(u"bonus"_qs, 1);
        QCOMPARE(Json::cardStateFromJson(extra, Json::Fields::Strict).error(),
                 u"bonus: unknown field"_qs);
        QVERIFY(Json::cardStateFromJson(extra).ok()); // a newer backend's field is ignored
    }

    void strictReadingRefusesUnknownFieldsAtEveryDepth()
    {
        auto added = Rules::addStamps(programme(1), newCard(cardId), 1, {}, at(t0()));
        for (const Event &e : added->events) {
            QJsonObject json = Json::toJson(e);
            QVERIFY(Json::eventFromJson(json, Json::Fields::Strict).ok());
            json.insert(u"extra"_qs, true);
            QCOMPARE(Json::eventFromJson(json, Json::Fields::Strict).error(),
                     u"extra: unknown field"_qs);
        }
        QJsonObject issued = Json::toJson(added->events.at(1));
        QJsonObject data = issued.value(u"data"_qs).toObject();
        QJsonObject reward = data.value(u"reward"_qs).toObject();
        reward.insert(u"price"_qs, 3);
        data.insert(u"reward"_qs, reward);
        issued.insert(u"data"_qs, data);
        QCOMPARE(Json::eventFromJson(issued, Json::Fields::Strict).error(),
                 u"data.voucher.reward.price: unknown field"_qs);
        QVERIFY(Json::eventFromJson(issued).ok());
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
