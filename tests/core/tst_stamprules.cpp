// SPDX-License-Identifier: Apache-2.0
#include "core/ids.h"
#include "fixtures.h"

#include <QTest>

using namespace stampdesk;
using namespace stampdesk::test;

// Programmes are a column of data-driven rows.
Q_DECLARE_METATYPE(stampdesk::Programme)

class TestStampRules : public QObject
{
    Q_OBJECT
private slots:
    void stampsFillTheCurrentCycle()
    {
        auto r = Rules::addStamps(programme(8), newCard(), 3, QStringLiteral("sale 17"), at(t0()));
        QVERIFY(r.ok());
        QCOMPARE(r->state.card.stamps, 3);
        QCOMPARE(r->state.card.lifetimeStamps, 3);
        QCOMPARE(r->state.card.cycles, 0);
        QCOMPARE(r->state.card.lastStampAt, t0());
        QCOMPARE(r->events.size(), 1);
        const auto *added = r->events.first().as<Events::StampsAdded>();
        QVERIFY(added);
        QCOMPARE(added->count, 3);
        QCOMPARE(added->source, QStringLiteral("sale 17"));
        QCOMPARE(r->events.first().staff, QStringLiteral("Lan"));
        QCOMPARE(r->events.first().registerId, QStringLiteral("reg-1"));
        QVERIFY(r->issuedVouchers().isEmpty());
    }

    // Goal 5: how many vouchers a visit issues and what carries over.
    void goalsIssueVouchersAndCarryTheRest_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("stampsAfter");
        QTest::addColumn<int>("vouchers");
        QTest::newRow("one short") << 3 << 1 << 4 << 0;
        QTest::newRow("exactly the goal") << 4 << 1 << 0 << 1;
        QTest::newRow("past the goal carries over") << 4 << 3 << 2 << 1;
        QTest::newRow("two goals in one visit") << 4 << 7 << 1 << 2;
        QTest::newRow("three goals exactly") << 0 << 15 << 0 << 3;
    }
    void goalsIssueVouchersAndCarryTheRest()
    {
        QFETCH(int, before);
        QFETCH(int, count);
        QFETCH(int, stampsAfter);
        QFETCH(int, vouchers);
        const Programme p = programme(5);
        CardState card = newCard();
        if (before > 0)
            card = expectAllowed(Rules::addStamps(p, card, before, {}, at(t0())));

        auto r = Rules::addStamps(p, card, count, {}, at(t0().addSecs(60)));
        QVERIFY(r.ok());
        QCOMPARE(r->state.card.stamps, stampsAfter);
        QCOMPARE(r->state.card.cycles, vouchers);
        QCOMPARE(r->state.card.lifetimeStamps, before + count);
        const QList<Voucher> issued = r->issuedVouchers();
        QCOMPARE(issued.size(), vouchers);
        for (int i = 0; i < issued.size(); ++i) {
            const Voucher &v = issued.at(i);
            QCOMPARE(v.cycle, i + 1);
            QCOMPARE(v.id, Ids::voucherId(card.card.id, i + 1));
            QCOMPARE(v.code, Ids::redeemCode(card.card.id, i + 1));
            QCOMPARE(v.state, VoucherState::Issued);
            QCOMPARE(v.goal, 5);
        }
    }

    void aVoucherSnapshotsTheProgramme()
    {
        Programme p = programme(2);
        p.reward.nameEn = QStringLiteral("Free croissant");
        p.reward.nameVi = QStringLiteral("Bánh sừng bò miễn phí");
        p.reward.kind = RewardKind::AddOn;
        p.mode = RedemptionMode::RedeemCode;
        p.validDays = 30;
        p.location = QStringLiteral("Quận 1");
        auto r = Rules::addStamps(p, newCard(), 2, {}, at(t0()));
        QVERIFY(r.ok());
        const Voucher v = r->issuedVouchers().first();
        QCOMPARE(v.reward, p.reward);
        QCOMPARE(v.mode, RedemptionMode::RedeemCode);
        QCOMPARE(v.location, QStringLiteral("Quận 1"));
        QCOMPARE(v.issuedAt, t0());
        QCOMPARE(v.expiresAt, t0().addDays(30));

        // A later programme change leaves the issued voucher as it was.
        Programme changed = p;
        changed.reward.nameEn = QStringLiteral("Free muffin");
        changed.goal = 3;
        auto next = Rules::addStamps(changed, r->state, 3, {}, at(t0().addSecs(60)));
        QVERIFY(next.ok());
        QCOMPARE(next->state.voucher(v.id)->reward.nameEn, QStringLiteral("Free croissant"));
        QCOMPARE(next->issuedVouchers().first().reward.nameEn, QStringLiteral("Free muffin"));
        QCOMPARE(next->issuedVouchers().first().goal, 3);
    }

    void noExpiryWithoutValidity()
    {
        Programme p = programme(1);
        p.validDays.reset();
        auto r = Rules::addStamps(p, newCard(), 1, {}, at(t0()));
        QVERIFY(r.ok());
        QVERIFY(!r->issuedVouchers().first().expiresAt);
        QCOMPARE(r->issuedVouchers().first().stateAt(t0().addYears(10)), VoucherState::Issued);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("minutesSinceLastStamp");
        QTest::addColumn<bool>("blocked");
        QTest::addColumn<int>("code");
        QTest::newRow("zero stamps") << 0 << 60 << false << int(Refusal::Code::InvalidCount);
        QTest::newRow("negative stamps") << -2 << 60 << false << int(Refusal::Code::InvalidCount);
        QTest::newRow("above the visit cap")
            << 4 << 60 << false << int(Refusal::Code::AboveVisitCap);
        QTest::newRow("inside the cooldown")
            << 1 << 9 << false << int(Refusal::Code::InsideCooldown);
        QTest::newRow("clock went backwards")
            << 1 << -5 << false << int(Refusal::Code::InsideCooldown);
        QTest::newRow("blocked card") << 1 << 60 << true << int(Refusal::Code::CardBlocked);
    }
    void refusals()
    {
        QFETCH(int, count);
        QFETCH(int, minutesSinceLastStamp);
        QFETCH(bool, blocked);
        QFETCH(int, code);
        const Programme p = programme(10, 3, 10);
        CardState card = expectAllowed(Rules::addStamps(p, newCard(), 1, {}, at(t0())));
        if (blocked)
            card = expectAllowed(Rules::setCardStatus(card, CardStatus::Blocked, {}, at(t0())));

        auto r = Rules::addStamps(p, card, count, {},
                                  at(t0().addSecs(qint64(minutesSinceLastStamp) * 60)));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QVERIFY(!r.error().message().isEmpty());
    }

    void theCapAndCooldownBoundariesAreAllowed()
    {
        const Programme p = programme(10, 3, 10);
        CardState card = expectAllowed(Rules::addStamps(p, newCard(), 3, {}, at(t0())));
        // Exactly the cooldown later, exactly the cap: allowed.
        auto r = Rules::addStamps(p, card, 3, {}, at(t0().addSecs(10 * 60)));
        QVERIFY(r.ok());
        QCOMPARE(r->state.card.stamps, 6);
    }

    void refusalsSayWhatToDo()
    {
        const Programme p = programme(10, 3, 10);
        CardState card = expectAllowed(Rules::addStamps(p, newCard(), 1, {}, at(t0())));
        auto cap = Rules::addStamps(p, card, 4, {}, at(t0().addSecs(3600)));
        QCOMPARE(cap.error().number, 3);
        QVERIFY(cap.error().message().contains(u'3'));
        auto cooldown = Rules::addStamps(p, card, 1, {}, at(t0().addSecs(60)));
        QCOMPARE(cooldown.error().when, t0().addSecs(600));
        QCOMPARE(cooldown.error().codeName(), QStringLiteral("inside-cooldown"));
    }

    void blockingAndUnblocking()
    {
        CardState card = newCard();
        auto again = Rules::setCardStatus(card, CardStatus::Active, {}, at(t0()));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Refusal::Code::CardAlreadyInStatus);
        card = expectAllowed(
            Rules::setCardStatus(card, CardStatus::Blocked, QStringLiteral("lost"), at(t0())));
        QCOMPARE(card.card.status, CardStatus::Blocked);
        card = expectAllowed(Rules::setCardStatus(card, CardStatus::Active, {}, at(t0())));
        QVERIFY(Rules::addStamps(programme(5), card, 1, {}, at(t0())).ok());
    }

    void cardDetailsAreChecked_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        QTest::newRow("nothing at all") << QString() << QString() << true;
        QTest::newRow("vietnamese mobile") << QStringLiteral("Đào") << "090 123 4567" << true;
        QTest::newRow("international") << QString() << "+84 (90) 123-4567" << true;
        QTest::newRow("letters in phone") << QString() << "090 CALL ME" << false;
        QTest::newRow("too few digits") << QString() << "12345" << false;
        QTest::newRow("too many digits") << QString() << "1234567890123456" << false;
        QTest::newRow("name too long") << QString(101, u'a') << QString() << false;
    }
    void cardDetailsAreChecked()
    {
        QFETCH(QString, name);
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        auto r = Rules::createCard(QStringLiteral("CARD"), name, phone, at(t0()));
        QCOMPARE(r.ok(), valid);
        if (!valid)
            QCOMPARE(r.error().code, Refusal::Code::InvalidCard);
    }

    void programmesAreValidated_data()
    {
        QTest::addColumn<Programme>("programme");
        QTest::addColumn<bool>("valid");
        const Programme good = Programme::demo();
        QTest::newRow("demo") << good << true;
        Programme p = good;
        p.goal = 0;
        QTest::newRow("goal 0") << p << false;
        p = good;
        p.goal = maxGoal + 1;
        QTest::newRow("goal too high") << p << false;
        p = good;
        p.reward.nameVi.clear();
        QTest::newRow("no vietnamese name") << p << false;
        p = good;
        p.reward.nameEn = QStringLiteral("   ");
        QTest::newRow("blank english name") << p << false;
        p = good;
        p.validDays = 0;
        QTest::newRow("valid 0 days") << p << false;
        p = good;
        p.maxPerVisit = 0;
        QTest::newRow("cap 0") << p << false;
        p = good;
        p.cooldownMinutes = -1;
        QTest::newRow("negative cooldown") << p << false;
        p = good;
        p.cooldownMinutes = maxCooldownMinutes + 1;
        QTest::newRow("cooldown over a week") << p << false;
    }
    void programmesAreValidated()
    {
        QFETCH(Programme, programme);
        QFETCH(bool, valid);
        auto r = Rules::changeProgramme(programme, at(t0()));
        QCOMPARE(r.ok(), valid);
        if (valid) {
            QCOMPARE(r->as<Events::ProgrammeChanged>()->programme, programme);
        } else {
            QCOMPARE(r.error().code, Refusal::Code::InvalidProgramme);
            QVERIFY(!r.error().detail.isEmpty());
        }
    }

    void rewardNamesFallBackToTheOtherLanguage()
    {
        Reward r;
        r.nameEn = QStringLiteral("Free tea");
        QCOMPARE(r.name(u"vi"), QStringLiteral("Free tea"));
        r.nameVi = QStringLiteral("Trà miễn phí");
        QCOMPARE(r.name(u"vi_VN"), QStringLiteral("Trà miễn phí"));
        QCOMPARE(r.name(u"en"), QStringLiteral("Free tea"));
    }
};

QTEST_GUILESS_MAIN(TestStampRules)
#include "tst_stamprules.moc"
