// SPDX-License-Identifier: Apache-2.0
#include "fixtures.h"

#include <QTest>

using namespace stampdesk;
using namespace stampdesk::test;

namespace {

// A card with one issued voucher under a programme with these settings.
CardState cardWithVoucher(RedemptionMode mode, const QString &location = {},
                          std::optional<int> validDays = 30)
{
    Programme p = programme(3);
    p.mode = mode;
    p.location = location;
    p.validDays = validDays;
    return expectAllowed(Rules::addStamps(p, newCard(), 3, {}, at(t0())));
}

} // namespace

class TestRedemption : public QObject
{
    Q_OBJECT
private slots:
    void aCashierRedeemsStaffScanAndRedeemCodeVouchers_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("staff-scan") << int(RedemptionMode::StaffScan);
        QTest::newRow("redeem-code") << int(RedemptionMode::RedeemCode);
    }
    void aCashierRedeemsStaffScanAndRedeemCodeVouchers()
    {
        QFETCH(int, mode);
        const CardState card = cardWithVoucher(RedemptionMode(mode));
        const QString id = card.vouchers.first().id;
        const QDateTime when = t0().addDays(2);
        auto r = Rules::redeem(card, id, Channel::Register, at(when));
        QVERIFY(r.ok());
        const Voucher *v = r->state.voucher(id);
        QCOMPARE(v->state, VoucherState::Redeemed);
        QCOMPARE(v->redeemedAt, when);
        QCOMPARE(v->redeemedBy, QStringLiteral("Lan"));
        QCOMPARE(v->redeemedRegister, QStringLiteral("Counter 1"));
        QCOMPARE(r->events.size(), 1);
        QCOMPARE(r->events.first().type(), QStringLiteral("voucher.redeemed"));
        QCOMPARE(r->events.first().voucherId, id);
        // Redeeming leaves the stamps alone.
        QCOMPARE(r->state.card, card.card);
    }

    void aVoucherIsConsumedOnce()
    {
        const CardState card = cardWithVoucher(RedemptionMode::StaffScan);
        const QString id = card.vouchers.first().id;
        const CardState redeemed =
            expectAllowed(Rules::redeem(card, id, Channel::Register, at(t0().addDays(1))));
        auto again = Rules::redeem(redeemed, id, Channel::Register, at(t0().addDays(2)));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Refusal::Code::VoucherRedeemed);
        // The cashier is told when and where it was redeemed.
        QCOMPARE(again.error().when, t0().addDays(1));
        QCOMPARE(again.error().detail, QStringLiteral("Counter 1"));
        QVERIFY(again.error().message().contains(QStringLiteral("Counter 1")));
    }

    void refusals_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("voucherLocation");
        QTest::addColumn<QString>("registerLocation");
        QTest::addColumn<int>("daysLater");
        QTest::addColumn<int>("channel");
        QTest::addColumn<int>("code");
        const int staff = int(RedemptionMode::StaffScan);
        const int self = int(RedemptionMode::SelfRedeem);
        const int reg = int(Channel::Register);
        const int customer = int(Channel::Customer);
        QTest::newRow("expired") << staff << ""
                                 << "" << 31 << reg << int(Refusal::Code::VoucherExpired);
        QTest::newRow("expires at the very moment")
            << staff << ""
            << "" << 30 << reg << int(Refusal::Code::VoucherExpired);
        QTest::newRow("wrong location")
            << staff << "Quận 1"
            << "Quận 3" << 1 << reg << int(Refusal::Code::WrongLocation);
        QTest::newRow("no location at the register")
            << staff << "Quận 1"
            << "" << 1 << reg << int(Refusal::Code::WrongLocation);
        QTest::newRow("self-redeem at the register")
            << self << ""
            << "" << 1 << reg << int(Refusal::Code::SelfRedeemOnly);
        QTest::newRow("staff-scan by the customer")
            << staff << ""
            << "" << 1 << customer << int(Refusal::Code::RegisterOnly);
    }
    void refusals()
    {
        QFETCH(int, mode);
        QFETCH(QString, voucherLocation);
        QFETCH(QString, registerLocation);
        QFETCH(int, daysLater);
        QFETCH(int, channel);
        QFETCH(int, code);
        const CardState card = cardWithVoucher(RedemptionMode(mode), voucherLocation);
        const Voucher &v = card.vouchers.first();
        const Context here = at(t0().addDays(daysLater), registerLocation);
        const auto refusal = Rules::checkRedemption(v, card.card, Channel(channel), here);
        QVERIFY(refusal);
        QCOMPARE(int(refusal->code), code);
        QVERIFY(!refusal->message().isEmpty());
        auto r = Rules::redeem(card, v.id, Channel(channel), here);
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), *refusal);
    }

    void allowedCases_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("voucherLocation");
        QTest::addColumn<QString>("registerLocation");
        QTest::addColumn<int>("channel");
        QTest::newRow("right location, other case") << int(RedemptionMode::StaffScan) << "Quận 1"
                                                    << "quận 1" << int(Channel::Register);
        QTest::newRow("no location restriction") << int(RedemptionMode::StaffScan) << ""
                                                 << "Quận 3" << int(Channel::Register);
        QTest::newRow("self-redeem by the customer") << int(RedemptionMode::SelfRedeem) << ""
                                                     << "" << int(Channel::Customer);
    }
    void allowedCases()
    {
        QFETCH(int, mode);
        QFETCH(QString, voucherLocation);
        QFETCH(QString, registerLocation);
        QFETCH(int, channel);
        const CardState card = cardWithVoucher(RedemptionMode(mode), voucherLocation);
        QVERIFY(!Rules::checkRedemption(card.vouchers.first(), card.card, Channel(channel),
                                        at(t0().addDays(1), registerLocation)));
    }

    void aBlockedCardsVouchersAreHeld()
    {
        CardState card = cardWithVoucher(RedemptionMode::StaffScan);
        card = expectAllowed(Rules::setCardStatus(card, CardStatus::Blocked, {}, at(t0())));
        auto r = Rules::redeem(card, card.vouchers.first().id, Channel::Register, at(t0()));
        QCOMPARE(r.error().code, Refusal::Code::CardBlocked);
    }

    void voidingIsTerminal()
    {
        const CardState card = cardWithVoucher(RedemptionMode::StaffScan);
        const QString id = card.vouchers.first().id;
        const CardState voided = expectAllowed(
            Rules::voidVoucher(card, id, QStringLiteral("issued by mistake"), at(t0())));
        QCOMPARE(voided.voucher(id)->state, VoucherState::Voided);
        QCOMPARE(voided.voucher(id)->voidReason, QStringLiteral("issued by mistake"));

        auto redeem = Rules::redeem(voided, id, Channel::Register, at(t0()));
        QCOMPARE(redeem.error().code, Refusal::Code::VoucherVoided);
        QVERIFY(redeem.error().message().contains(QStringLiteral("issued by mistake")));
        auto again = Rules::voidVoucher(voided, id, {}, at(t0()));
        QCOMPARE(again.error().code, Refusal::Code::VoucherVoided);
    }

    void redeemedAndExpiredVouchersCannotBeVoided()
    {
        const CardState card = cardWithVoucher(RedemptionMode::StaffScan);
        const QString id = card.vouchers.first().id;
        const CardState redeemed =
            expectAllowed(Rules::redeem(card, id, Channel::Register, at(t0())));
        QCOMPARE(Rules::voidVoucher(redeemed, id, {}, at(t0())).error().code,
                 Refusal::Code::VoucherRedeemed);
        QCOMPARE(Rules::voidVoucher(card, id, {}, at(t0().addDays(40))).error().code,
                 Refusal::Code::VoucherExpired);
    }

    void stateFollowsTime()
    {
        const Voucher v = cardWithVoucher(RedemptionMode::StaffScan).vouchers.first();
        QCOMPARE(v.stateAt(t0().addDays(29)), VoucherState::Issued);
        QCOMPARE(v.stateAt(t0().addDays(30)), VoucherState::Expired);
        const Voucher noExpiry =
            cardWithVoucher(RedemptionMode::StaffScan, {}, std::nullopt).vouchers.first();
        QCOMPARE(noExpiry.stateAt(t0().addYears(5)), VoucherState::Issued);
    }
};

QTEST_GUILESS_MAIN(TestRedemption)
#include "tst_redemption.moc"
