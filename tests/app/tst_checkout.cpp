// SPDX-License-Identifier: Apache-2.0
// CheckoutSession: one customer at the counter. A card is scanned and gets
// its stamps, up to the cap and outside the cooldown; the goal issues a
// voucher and the next cycle starts; a voucher is confirmed once and never
// again; everything else is refused in words, and nothing changes.
#include "app/cardlookup.h"
#include "app/checkoutsession.h"
#include "app/language.h"
#include "app/staffsession.h"
#include "core/ids.h"
#include "core/payload.h"
#include "shopfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace stampdesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(stampdesk::CheckoutSession::Feedback)

class TestCheckout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CheckoutSession::Feedback>();
        QVERIFY(m_language.setCode(u"en"_s));
    }

    void init()
    {
        m_shop = std::make_unique<test::Shop>();
        m_dao = m_shop->card(u"Nguyễn Thị Đào"_s, u"0901234567"_s, 3);
        m_finder = std::make_unique<CardLookup>(m_shop->store(), m_language);
        m_staff = std::make_unique<StaffSession>(m_shop->store());
        signIn(u"Lan"_s);
        m_checkout = std::make_unique<CheckoutSession>(m_shop->store(), m_language, *m_finder);
        m_checkout->setStaff(m_staff.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_checkout->vouchers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_checkout.reset();
        m_staff.reset();
        m_finder.reset();
        m_shop.reset();
    }

    void showsAScannedCard()
    {
        QSignalSpy changed(m_checkout.get(), &CheckoutSession::changed);
        m_checkout->take(scan(card(m_dao)));

        QCOMPARE(m_checkout->state(), CheckoutSession::State::Card);
        QVERIFY(changed.count() >= 1);
        QVERIFY(m_checkout->hasCard());
        QVERIFY(!m_checkout->hasVoucher());
        const CardSummary shown = m_checkout->card();
        QCOMPARE(shown.id, m_dao);
        QCOMPARE(shown.name, u"Nguyễn Thị Đào"_s);
        QCOMPARE(shown.maskedPhone, u"••• ••• 4567"_s);
        QCOMPARE(shown.stamps, 3);
        QCOMPARE(shown.goal, 8);
        QCOMPARE(m_checkout->maxStamps(), 5);
        QCOMPARE(m_checkout->quantity(), 1);
        QVERIFY(m_checkout->canAddStamps());
        QCOMPARE(m_checkout->vouchers()->count(), 0);
        QCOMPARE(m_checkout->message(), QString());
    }

    void addsStampsUpToTheCap()
    {
        m_checkout->take(scan(card(m_dao)));
        m_checkout->setQuantity(9);
        QCOMPARE(m_checkout->quantity(), 5);
        m_checkout->increase();
        QCOMPARE(m_checkout->quantity(), 5);
        m_checkout->decrease();
        m_checkout->decrease();
        QCOMPARE(m_checkout->quantity(), 3);
        m_checkout->setQuantity(0);
        QCOMPARE(m_checkout->quantity(), 1);
        m_checkout->setQuantity(3);

        QSignalSpy acted(m_checkout.get(), &CheckoutSession::acted);
        QSignalSpy feedback(m_checkout.get(), &CheckoutSession::feedback);
        QVERIFY(m_checkout->addStamps(m_checkout->quantity()));

        QCOMPARE(m_checkout->state(), CheckoutSession::State::Done);
        QCOMPARE(m_checkout->result(), CheckoutSession::Result::StampsAdded);
        QCOMPARE(m_checkout->stampsAdded(), 3);
        QCOMPARE(m_checkout->card().stamps, 6);
        // (The English plural comes from translations/stampdesk_en.ts.)
        QCOMPARE(m_checkout->message(), CheckoutSession::tr("%n stamp(s) added.", nullptr, 3));
        QCOMPARE(m_checkout->issuedCount(), 0);
        QVERIFY(m_checkout->hasCard());
        QVERIFY(!m_checkout->canAddStamps());
        QCOMPARE(acted.count(), 1);
        QCOMPARE(feedback.count(), 1);
        QCOMPARE(feedback.first().first().value<CheckoutSession::Feedback>(),
                 CheckoutSession::Feedback::Success);
        // In the ledger, under the cashier signed in.
        QCOMPARE(m_shop->store().card(m_dao)->stamps, 6);
        QCOMPARE(lastEvent().staff, u"Lan"_s);
        QVERIFY(lastEvent().as<Events::StampsAdded>());
    }

    void enterAddsTheStampsOfACardShown()
    {
        m_checkout->take(scan(card(m_dao)));
        m_checkout->increase();
        m_checkout->submit(QString());
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Done);
        QCOMPARE(m_shop->store().card(m_dao)->stamps, 5);
        // Enter again does not stamp twice.
        m_checkout->submit(u"  "_s);
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Done);
        QCOMPARE(m_shop->store().card(m_dao)->stamps, 5);
    }

    void refusesStampsAboveTheCap()
    {
        m_checkout->take(scan(card(m_dao)));
        QSignalSpy acted(m_checkout.get(), &CheckoutSession::acted);
        QSignalSpy feedback(m_checkout.get(), &CheckoutSession::feedback);
        QVERIFY(!m_checkout->addStamps(6));

        QCOMPARE(m_checkout->state(), CheckoutSession::State::Refused);
        QCOMPARE(m_checkout->problem(), u"above-visit-cap"_s);
        QCOMPARE(m_checkout->message(), u"At most 5 stamps can be added in one visit."_s);
        QVERIFY(m_checkout->hasCard());
        QCOMPARE(acted.count(), 0);
        QCOMPARE(feedback.first().first().value<CheckoutSession::Feedback>(),
                 CheckoutSession::Feedback::Failure);
        QCOMPARE(m_shop->store().card(m_dao)->stamps, 3);

        // Back to the card, which can be stamped as allowed.
        m_checkout->cancel();
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Card);
        QVERIFY(m_checkout->addStamps(5));
    }

    void refusesStampsInsideTheCooldown()
    {
        Programme p = m_shop->store().programme().value();
        p.cooldownMinutes = 30;
        QVERIFY(m_shop->store().setProgramme(p, u"Minh"_s));
        m_shop->advance(3600);

        m_checkout->take(scan(card(m_dao)));
        QVERIFY(m_checkout->addStamps(1));
        m_shop->advance(60);
        m_checkout->take(scan(card(m_dao)));
        QVERIFY(!m_checkout->addStamps(1));
        QCOMPARE(m_checkout->problem(), u"inside-cooldown"_s);
        QVERIFY(m_checkout->message().contains(u"stamped moments ago"));
        QCOMPARE(m_shop->store().card(m_dao)->stamps, 4);
    }

    void reachingTheGoalIssuesAVoucherAndStartsTheNextCycle()
    {
        m_checkout->take(scan(card(m_dao)));
        QSignalSpy feedback(m_checkout.get(), &CheckoutSession::feedback);
        QVERIFY(m_checkout->addStamps(5));

        QCOMPARE(m_checkout->result(), CheckoutSession::Result::VoucherIssued);
        QCOMPARE(m_checkout->issuedCount(), 1);
        const VoucherView issued = m_checkout->issued();
        QCOMPARE(issued.id, Ids::voucherId(m_dao, 1));
        QCOMPARE(issued.rewardName, u"A free coffee"_s);
        QVERIFY(issued.ready);
        QCOMPARE(issued.redeemCode, Ids::formatRedeemCode(Ids::redeemCode(m_dao, 1)));
        QVERIFY(issued.expiryText.startsWith(u"Valid until"));
        // The fresh cycle: 3 + 5 = 8 fills the card, nothing carries over.
        QCOMPARE(m_checkout->card().stamps, 0);
        QCOMPARE(m_checkout->card().cycles, 1);
        QCOMPARE(m_checkout->card().readyVouchers, 1);
        QCOMPARE(m_checkout->message(),
                 CheckoutSession::tr("%n stamp(s) added. The card is full: the customer gets %1.",
                                     nullptr, 5)
                     .arg(u"A free coffee"_s));
        QCOMPARE(feedback.first().first().value<CheckoutSession::Feedback>(),
                 CheckoutSession::Feedback::Issued);

        // The card's ready vouchers.
        VoucherListModel *vouchers = m_checkout->vouchers();
        QCOMPARE(vouchers->count(), 1);
        const QModelIndex row = vouchers->index(0);
        QCOMPARE(row.data(VoucherListModel::VoucherIdRole).toString(), issued.id);
        QCOMPARE(row.data(VoucherListModel::RewardNameRole).toString(), u"A free coffee"_s);
        QCOMPARE(row.data(VoucherListModel::RedeemCodeRole).toString(), issued.redeemCode);
        QVERIFY(row.data(VoucherListModel::CanRedeemHereRole).toBool());
        QVERIFY(!row.data(VoucherListModel::SelfRedeemRole).toBool());
        QCOMPARE(row.data(VoucherListModel::ExpiryRole).toDateTime(), test::t0().addDays(60));
    }

    void stampsCarryOverIntoTheNextCycle()
    {
        m_shop->advance(60);
        const QString full = m_shop->card(u"Bình"_s, QString(), 7);
        m_checkout->showCard(full);
        QVERIFY(m_checkout->addStamps(3));
        QCOMPARE(m_checkout->result(), CheckoutSession::Result::VoucherIssued);
        QCOMPARE(m_checkout->card().stamps, 2);
    }

    void redeemsAScannedVoucherOnce()
    {
        const QString voucher = issueVoucher();
        QSignalSpy feedback(m_checkout.get(), &CheckoutSession::feedback);
        m_checkout->take(scan(signedVoucher(voucher)));

        QCOMPARE(m_checkout->state(), CheckoutSession::State::Voucher);
        QVERIFY(m_checkout->hasVoucher());
        QVERIFY(!m_checkout->hasCard());
        QVERIFY(m_checkout->canConfirm());
        QCOMPARE(m_checkout->voucherNote(), QString());
        const VoucherView shown = m_checkout->voucher();
        QCOMPARE(shown.id, voucher);
        QCOMPARE(shown.cardName, u"Nguyễn Thị Đào"_s);
        QCOMPARE(shown.rewardName, u"A free coffee"_s);
        QCOMPARE(shown.stateText, u"Ready"_s);
        QVERIFY(shown.canRedeemHere);
        QCOMPARE(m_shop->store().voucher(voucher)->state, VoucherState::Issued);

        QVERIFY(m_checkout->confirmRedemption());
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Done);
        QCOMPARE(m_checkout->result(), CheckoutSession::Result::Redeemed);
        QCOMPARE(m_checkout->message(), u"Redeemed. Give the customer A free coffee."_s);
        QCOMPARE(m_checkout->voucher().stateText, u"Redeemed"_s);
        QCOMPARE(feedback.last().first().value<CheckoutSession::Feedback>(),
                 CheckoutSession::Feedback::Success);
        const Voucher stored = m_shop->store().voucher(voucher).value();
        QCOMPARE(stored.state, VoucherState::Redeemed);
        QCOMPARE(stored.redeemedBy, u"Lan"_s);
        QVERIFY(!m_checkout->confirmRedemption());

        // The same voucher again, later: when and where it was redeemed.
        m_shop->advance(3600);
        m_checkout->take(scan(signedVoucher(voucher)));
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Refused);
        QCOMPARE(m_checkout->problem(), u"voucher-redeemed"_s);
        QVERIFY(m_checkout->hasVoucher());
        QVERIFY(!m_checkout->canConfirm());
        const QString registerName = m_shop->store().registerInfo().name;
        QVERIFY(!registerName.isEmpty());
        QVERIFY2(m_checkout->message().contains(registerName), qPrintable(m_checkout->message()));
        QVERIFY2(m_checkout->message().contains(
                     QLocale().toString(test::t0().toLocalTime(), QLocale::ShortFormat)),
                 qPrintable(m_checkout->message()));
        QVERIFY(m_checkout->message().contains(u"Do not give the reward again"));
        QVERIFY(!m_checkout->confirmRedemption());
        QCOMPARE(redemptions(), 1);
    }

    void redeemsATypedRedeemCodeWithEnter()
    {
        const QString voucher = issueVoucher();
        const QString code = Ids::formatRedeemCode(Ids::redeemCode(m_dao, 1)).toLower();
        m_checkout->submit(u" "_s + code + u" "_s);
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Voucher);
        QCOMPARE(m_checkout->voucher().id, voucher);
        m_checkout->submit(QString());
        QCOMPARE(m_checkout->result(), CheckoutSession::Result::Redeemed);
        QCOMPARE(m_shop->store().voucher(voucher)->state, VoucherState::Redeemed);
    }

    void redeemsATypedVoucherId()
    {
        const QString voucher = issueVoucher();
        m_checkout->enter(Ids::formatCardId(voucher));
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Voucher);
        QCOMPARE(m_checkout->voucher().id, voucher);
    }

    void redeemsFromTheCardsList()
    {
        const QString voucher = issueVoucher();
        m_checkout->showCard(m_dao);
        QCOMPARE(m_checkout->vouchers()->count(), 1);
        // Its Redeem button.
        m_checkout->vouchers()->redeem(0);
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Voucher);
        // Cancel: back to the card, nothing redeemed.
        m_checkout->cancel();
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Card);
        QCOMPARE(m_checkout->card().id, m_dao);
        QCOMPARE(m_shop->store().voucher(voucher)->state, VoucherState::Issued);

        m_checkout->showVoucher(voucher);
        QVERIFY(m_checkout->confirmRedemption());
        m_checkout->showCard(m_dao);
        QCOMPARE(m_checkout->vouchers()->count(), 0);
    }

    // Zero integration: the voucher carries a code the POS made; the
    // cashier scans it from the receipt (a Code 128 that is not ours) or
    // types it, and confirms.
    void redeemsByACodeThePosMade_data()
    {
        QTest::addColumn<bool>("typed");
        QTest::newRow("scanned") << false;
        QTest::newRow("typed") << true;
    }

    void redeemsByACodeThePosMade()
    {
        QFETCH(bool, typed);
        Programme p = m_shop->store().programme().value();
        p.mode = RedemptionMode::RedeemCode;
        QVERIFY(m_shop->store().setProgramme(p, u"Minh"_s));
        const auto imported =
            m_shop->store().importRedeemCodes("code\nPOS-771204\nPOS-771205\n", u"Minh"_s);
        QVERIFY(imported);
        QCOMPARE(imported->added, 2);
        const QString voucher = issueVoucher();
        QCOMPARE(m_shop->store().voucher(voucher)->posCode, u"POS-771204"_s);

        m_checkout->showCard(m_dao);
        QCOMPARE(m_checkout->vouchers()->index(0).data(VoucherListModel::RedeemCodeRole),
                 u"POS-771204"_s);
        m_checkout->clear();

        if (typed) {
            m_checkout->submit(u"pos-771204"_s);
        } else {
            const QString text = u"POS-771204"_s;
            m_checkout->take(scan(text));
            QCOMPARE(m_checkout->readText(), text);
        }
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Voucher);
        QCOMPARE(m_checkout->voucher().id, voucher);
        QCOMPARE(m_checkout->voucher().redeemCode, u"POS-771204"_s);
        QVERIFY(m_checkout->canConfirm());
        QVERIFY(m_checkout->confirmRedemption());
        QCOMPARE(m_shop->store().voucher(voucher)->state, VoucherState::Redeemed);

        // The code again: already redeemed.
        m_checkout->take(scan(u"POS-771204"_s));
        QCOMPARE(m_checkout->problem(), u"voucher-redeemed"_s);
        // A code of the stock not yet on a voucher is not a voucher.
        m_checkout->take(scan(u"POS-771205"_s));
        QCOMPARE(m_checkout->problem(), u"not-ours"_s);
    }

    void aSelfRedeemVoucherIsNotConsumedHere()
    {
        Programme p = m_shop->store().programme().value();
        p.mode = RedemptionMode::SelfRedeem;
        QVERIFY(m_shop->store().setProgramme(p, u"Minh"_s));
        const QString voucher = issueVoucher();

        m_checkout->showCard(m_dao);
        const QModelIndex row = m_checkout->vouchers()->index(0);
        QVERIFY(row.data(VoucherListModel::SelfRedeemRole).toBool());
        QVERIFY(!row.data(VoucherListModel::CanRedeemHereRole).toBool());

        m_checkout->take(scan(signedVoucher(voucher)));
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Voucher);
        QVERIFY(!m_checkout->canConfirm());
        QVERIFY(m_checkout->voucher().selfRedeem);
        QVERIFY(m_checkout->voucher().ready);
        QVERIFY(m_checkout->voucherNote().contains(u"on the phone"));
        QVERIFY(!m_checkout->confirmRedemption());
        m_checkout->submit(QString());
        QCOMPARE(m_shop->store().voucher(voucher)->state, VoucherState::Issued);
    }

    void refusesSettledVouchers_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("says");
        QTest::newRow("expired") << u"expire"_s << u"voucher-expired"_s << u"expired on"_s;
        QTest::newRow("voided") << u"void"_s << u"voucher-voided"_s << u"voided (broken cup)"_s;
        QTest::newRow("another location")
            << u"elsewhere"_s << u"wrong-location"_s << u"only be redeemed at Hội An"_s;
    }

    void refusesSettledVouchers()
    {
        QFETCH(QString, how);
        QFETCH(QString, problem);
        QFETCH(QString, says);
        if (how == u"elsewhere") {
            Programme p = m_shop->store().programme().value();
            p.location = u"Hội An"_s;
            QVERIFY(m_shop->store().setProgramme(p, u"Minh"_s));
        }
        const QString voucher = issueVoucher();
        if (how == u"expire")
            m_shop->advance(61 * 24 * 3600);
        if (how == u"void")
            QVERIFY(m_shop->store().voidVoucher(voucher, u"broken cup"_s, u"Minh"_s));

        m_checkout->take(scan(signedVoucher(voucher)));
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Refused);
        QCOMPARE(m_checkout->problem(), problem);
        QVERIFY2(m_checkout->message().contains(says), qPrintable(m_checkout->message()));
        QVERIFY(m_checkout->hasVoucher());
        QVERIFY(!m_checkout->confirmRedemption());
    }

    void refusesCodesThatAreNotGenuine_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("problem");
        QTest::newRow("forged") << u"forged"_s << u"bad-signature"_s;
        QTest::newRow("unknown key") << u"unknown key"_s << u"unknown-key"_s;
        QTest::newRow("another shop") << u"another shop"_s << u"other-shop"_s;
        QTest::newRow("damaged") << u"damaged"_s << u"bad-encoding"_s;
        QTest::newRow("a product's barcode") << u"not ours"_s << u"not-ours"_s;
        QTest::newRow("card not in this register") << u"unknown card"_s << u"unknown-card"_s;
        QTest::newRow("voucher not in this register")
            << u"unknown voucher"_s << u"unknown-voucher"_s;
    }

    void refusesCodesThatAreNotGenuine()
    {
        QFETCH(QString, what);
        QFETCH(QString, problem);
        const SigningKey key = m_shop->store().signingKey().value();
        QString text;
        if (what == u"forged")
            text = Payloads::make(PayloadKind::Card, m_dao, SigningKey::generate(key.id())).value();
        if (what == u"unknown key")
            text =
                Payloads::make(PayloadKind::Card, m_dao,
                               SigningKey::generate({key.id().shop, quint8(key.id().number + 1)}))
                    .value();
        if (what == u"another shop")
            text = Payloads::make(PayloadKind::Card, m_dao,
                                  SigningKey::generate({quint16(key.id().shop + 1), 1}))
                       .value();
        if (what == u"damaged")
            text = card(m_dao).chopped(3);
        if (what == u"not ours")
            text = u"4006381333931"_s;
        if (what == u"unknown card")
            text = card(Ids::newCardId());
        if (what == u"unknown voucher")
            text = signedVoucher(Ids::voucherId(Ids::newCardId(), 1));

        // Shown first, the card goes: a refused code is about someone else.
        m_checkout->showCard(m_dao);
        QSignalSpy feedback(m_checkout.get(), &CheckoutSession::feedback);
        m_checkout->take(scan(text));
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Refused);
        QCOMPARE(m_checkout->problem(), problem);
        QVERIFY(!m_checkout->message().isEmpty());
        QCOMPARE(m_checkout->readText(), text);
        QVERIFY(!m_checkout->hasCard());
        QVERIFY(!m_checkout->hasVoucher());
        QVERIFY(!m_checkout->addStamps(1));
        QCOMPARE(feedback.count(), 1);
        QCOMPARE(m_shop->store().card(m_dao)->stamps, 3);

        // Typed, the same code says the same.
        if (what != u"not ours" && what != u"unknown card") {
            m_checkout->enter(text);
            QCOMPARE(m_checkout->problem(), problem);
        }
    }

    void saysWhenATypedRedeemCodeHasATypo()
    {
        issueVoucher();
        QString code = Ids::redeemCode(m_dao, 1);
        code[3] = code[3] == u'A' ? u'B' : u'A';
        m_checkout->enter(Ids::formatRedeemCode(code));
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Refused);
        QCOMPARE(m_checkout->problem(), u"typo"_s);
        QVERIFY(m_checkout->message().contains(u"typo"));
    }

    void findsATypedCard_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("phone") << u"+84 90 123 4567"_s;
        // The card's own number is made in the test.
        QTest::newRow("card number in lower case with dashes") << u"<card>"_s;
        QTest::newRow("name") << u"thi dao"_s;
    }

    void findsATypedCard()
    {
        QFETCH(QString, typed);
        if (typed == u"<card>")
            typed = Ids::formatCardId(m_dao).toLower();
        m_checkout->enter(typed);
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Card);
        QCOMPARE(m_checkout->card().id, m_dao);
        QVERIFY(m_checkout->canAddStamps());
    }

    void saysWhenNoCardMatches()
    {
        m_checkout->enter(u"0999999999"_s);
        QVERIFY2(m_checkout->state() == CheckoutSession::State::NoMatch,
                 qPrintable(m_checkout->problem() + u' ' + m_checkout->message()));
        QVERIFY(m_checkout->message().contains(u"0999999999"));
        QVERIFY(!m_checkout->hasCard());

        m_shop->card(u"Nguyễn Văn An"_s, QString());
        m_checkout->enter(u"Nguyễn"_s);
        QVERIFY2(m_checkout->state() == CheckoutSession::State::NoMatch,
                 qPrintable(m_checkout->problem() + u' ' + m_checkout->message()));
        QVERIFY(m_checkout->message().contains(u"More than one card"));

        m_checkout->submit(QString());
        QCOMPARE(m_checkout->state(), CheckoutSession::State::NoMatch);
        QVERIFY(m_checkout->message().startsWith(u"Type a card number"));

        m_checkout->clear();
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Idle);
        QCOMPARE(m_checkout->message(), QString());
    }

    void refusesActionsWhileNobodyIsSignedIn()
    {
        m_staff->signOut();
        const QString voucher = issueVoucher();
        m_checkout->showCard(m_dao);
        QVERIFY(!m_checkout->canAddStamps());
        QVERIFY(!m_checkout->addStamps(1));
        QCOMPARE(m_checkout->problem(), u"not-signed-in"_s);
        QVERIFY(m_checkout->message().contains(u"Sign in"));
        QVERIFY(m_checkout->hasCard());

        m_checkout->showVoucher(voucher);
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Voucher);
        QVERIFY(!m_checkout->canConfirm());
        QVERIFY(m_checkout->voucherNote().contains(u"Sign in"));
        QVERIFY(!m_checkout->confirmRedemption());
        QCOMPARE(m_shop->store().voucher(voucher)->state, VoucherState::Issued);

        // Signing in makes the same screen able to act.
        QSignalSpy changed(m_checkout.get(), &CheckoutSession::changed);
        signIn(u"Hoa"_s);
        QVERIFY(changed.count() >= 1);
        m_checkout->showVoucher(voucher);
        QVERIFY(m_checkout->confirmRedemption());
        QCOMPARE(m_shop->store().voucher(voucher)->redeemedBy, u"Hoa"_s);
    }

    // Taken back at the activity list, the card or voucher shown follows,
    // ready for the next action.
    void followsAnUndoElsewhere()
    {
        m_checkout->showCard(m_dao);
        QVERIFY(m_checkout->addStamps(2));
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Done);
        const QString added = m_shop->store().events().value().last().id;
        QVERIFY(m_shop->store().undo(added, u"Lan"_s));
        m_checkout->refresh();
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Card);
        QCOMPARE(m_checkout->card().stamps, 3);
        QCOMPARE(m_checkout->message(), QString());

        const QString voucher = issueVoucher();
        m_checkout->showVoucher(voucher);
        QVERIFY(m_checkout->confirmRedemption());
        QVERIFY(m_shop->store().undoRedemption(voucher, u"mistake"_s, u"Lan"_s));
        m_checkout->refresh();
        QCOMPARE(m_checkout->state(), CheckoutSession::State::Voucher);
        QVERIFY(m_checkout->voucher().ready);
        QVERIFY(m_checkout->canConfirm());
    }

    void speaksTheCurrentLanguage()
    {
        m_checkout->take(scan(card(m_dao)));
        QVERIFY(!m_checkout->addStamps(9));
        const QString english = m_checkout->message();
        QSignalSpy changed(m_checkout.get(), &CheckoutSession::changed);
        QVERIFY(m_language.setCode(u"vi"_s));
        QVERIFY(changed.count() >= 1);
        QVERIFY(m_checkout->message() != english);
        QVERIFY(!m_checkout->message().isEmpty());
        QVERIFY(m_language.setCode(u"en"_s));
    }

    void voucherRolesFollowTheLanguage()
    {
        issueVoucher();
        m_checkout->showCard(m_dao);
        QSignalSpy dataChanged(m_checkout->vouchers(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_language.setCode(u"vi"_s));
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(m_checkout->vouchers()->index(0).data(VoucherListModel::RewardNameRole),
                 u"Một ly cà phê miễn phí"_s);
        QVERIFY(m_language.setCode(u"en"_s));
    }

private:
    void signIn(const QString &name)
    {
        auto member = m_shop->store().addStaff(name, StaffRole::Cashier, Pins::hash(u"2580"_s, 1));
        QVERIFY2(member, qPrintable(member ? QString() : member.error().message()));
        m_staff->signInAs(member.value());
        QCOMPARE(m_staff->name(), name);
    }

    // Fills Đào's card (3 + 5 stamps): its first voucher.
    QString issueVoucher()
    {
        auto added = m_shop->store().addStamps(m_dao, 5, QString(), u"Lan"_s);
        if (!added || added->issuedVouchers().size() != 1)
            qFatal("no voucher issued");
        return added->issuedVouchers().first().id;
    }

    QString card(const QString &id) const { return signedCode(PayloadKind::Card, id); }
    QString signedVoucher(const QString &id) const { return signedCode(PayloadKind::Voucher, id); }

    QString signedCode(PayloadKind kind, const QString &id) const
    {
        return Payloads::make(kind, id, m_shop->store().signingKey().value()).value();
    }

    // The scan of text by a barcode gun, checked against the shop's keys.
    scan::ScanResult scan(const QString &text) const
    {
        scan::ScanResult result;
        result.payload = Payloads::parse(text.toUtf8(), m_shop->store().keyring().value());
        result.text = text;
        result.source = scan::ScanSource::BarcodeGun;
        return result;
    }

    Event lastEvent() const { return m_shop->store().events().value().last(); }

    int redemptions() const
    {
        int n = 0;
        const QList<Event> events = m_shop->store().events().value();
        for (const Event &e : events)
            n += e.as<Events::VoucherRedeemed>() != nullptr;
        return n;
    }

    Language m_language;
    std::unique_ptr<test::Shop> m_shop;
    std::unique_ptr<CardLookup> m_finder;
    std::unique_ptr<StaffSession> m_staff;
    std::unique_ptr<CheckoutSession> m_checkout;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_dao;
};

QTEST_GUILESS_MAIN(TestCheckout)
#include "tst_checkout.moc"
