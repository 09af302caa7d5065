// SPDX-License-Identifier: Apache-2.0
// CardLookup: the cashier types what the customer shows or says, and sees
// the one card it names, or why there is none.
#include "app/cardlookup.h"
#include "app/language.h"
#include "core/ids.h"
#include "shopfixture.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace stampdesk;
using namespace Qt::StringLiterals;

class TestCardLookup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_language.setCode(u"en"_s));
        m_dao = m_shop.card(u"Nguyễn Thị Đào"_s, u"0901234567"_s, 3);
        m_binh = m_shop.card(u"Trần Văn Bình"_s, u"+84 912 345 678"_s);
        m_an = m_shop.card(u"Nguyễn Văn An"_s, QString());
    }

    void findsTheCard_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("who");

        const QString id = m_dao;
        const QString dashed =
            id.first(4) + u'-' + id.sliced(4, 4) + u'-' + id.sliced(8, 4) + u'-' + id.sliced(12);
        QTest::newRow("card number") << id << u"dao"_s;
        QTest::newRow("card number in lower case with dashes") << dashed.toLower() << u"dao"_s;
        QTest::newRow("card number with spaces around") << u"  "_s + id + u" "_s << u"dao"_s;
        QTest::newRow("first symbols of the card number") << id.first(6).toLower() << u"dao"_s;
        QTest::newRow("phone as stored") << u"0901234567"_s << u"dao"_s;
        QTest::newRow("phone in international form") << u"+84 90 123 4567"_s << u"dao"_s;
        QTest::newRow("phone with 0084 and dashes") << u"0084-90-123-4567"_s << u"dao"_s;
        QTest::newRow("phone stored internationally, typed nationally")
            << u"0912 345 678"_s << u"binh"_s;
        QTest::newRow("last digits of the phone") << u"5678"_s << u"binh"_s;
        QTest::newRow("name without accents") << u"tran van binh"_s << u"binh"_s;
    }

    void findsTheCard()
    {
        QFETCH(QString, typed);
        QFETCH(QString, who);
        const QString expected = who == u"dao" ? m_dao : m_binh;

        CardLookup lookup(m_shop.store(), m_language);
        QSignalSpy changed(&lookup, &CardLookup::changed);
        lookup.lookUp(typed);

        QCOMPARE(changed.count(), 1);
        QCOMPARE(lookup.state(), CardLookup::State::Found);
        QVERIFY(lookup.found());
        QCOMPARE(lookup.card().id, expected);
        QCOMPARE(lookup.query(), typed.trimmed());
        QVERIFY(lookup.message().isEmpty());
    }

    void showsWhatTheCashierChecks()
    {
        CardLookup lookup(m_shop.store(), m_language);
        lookup.lookUp(u"0901234567"_s);

        const CardSummary card = lookup.card();
        QCOMPARE(card.name, u"Nguyễn Thị Đào"_s);
        QCOMPARE(card.maskedPhone, u"••• ••• 4567"_s);
        QVERIFY(!card.maskedPhone.contains(u"0901"));
        QCOMPARE(card.displayId, Ids::formatCardId(m_dao));
        QCOMPARE(card.displayId.size(), 19);
        QCOMPARE(card.stamps, 3);
        QCOMPARE(card.goal, 8);
        QCOMPARE(card.cycles, 0);
        QCOMPARE(card.lifetimeStamps, 3);
        QCOMPARE(card.blocked, false);
        QCOMPARE(card.readyVouchers, 0);
    }

    void countsTheVouchersReadyToRedeem()
    {
        test::Shop shop;
        const QString id = shop.card(u"Lê Thị Hoa"_s, u"0933333333"_s, 2 * 8 + 1);
        CardLookup lookup(shop.store(), m_language);
        lookup.lookUp(id);
        QCOMPARE(lookup.card().cycles, 2);
        QCOMPARE(lookup.card().stamps, 1);
        QCOMPARE(lookup.card().lifetimeStamps, 17);
        QCOMPARE(lookup.card().readyVouchers, 2);

        // A redeemed voucher is no longer ready; refresh() shows it.
        const auto vouchers = shop.store().vouchers({id, std::nullopt, 10});
        QVERIFY(vouchers);
        QVERIFY(shop.store().redeem(vouchers->first().id, u"Lan"_s));
        QSignalSpy changed(&lookup, &CardLookup::changed);
        lookup.refresh();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(lookup.card().readyVouchers, 1);

        // So is an expired one (the demo programme's vouchers last 60 days).
        shop.advance(61 * 24 * 3600);
        lookup.refresh();
        QCOMPARE(lookup.card().readyVouchers, 0);
    }

    void showsABlockedCardAsBlocked()
    {
        test::Shop shop;
        const QString id = shop.card(u"Phạm Minh"_s, u"0944444444"_s, 1);
        QVERIFY(shop.store().setCardStatus(id, CardStatus::Blocked, u"lost"_s, u"Quản lý"_s));
        CardLookup lookup(shop.store(), m_language);
        lookup.lookUp(u"0944444444"_s);
        QVERIFY(lookup.found());
        QVERIFY(lookup.card().blocked);
    }

    void saysWhenNothingMatches()
    {
        CardLookup lookup(m_shop.store(), m_language);
        QSignalSpy changed(&lookup, &CardLookup::changed);
        lookup.lookUp(u" 0999 999 999 "_s);

        QCOMPARE(changed.count(), 1);
        QCOMPARE(lookup.state(), CardLookup::State::NotFound);
        QVERIFY(!lookup.found());
        QCOMPARE(lookup.card(), CardSummary());
        QCOMPARE(lookup.message(),
                 u"No card matches \"0999 999 999\". Check the number, or try the phone number."_s);
    }

    void asksForInputWhenNothingIsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << u"   "_s;
    }

    void asksForInputWhenNothingIsTyped()
    {
        QFETCH(QString, typed);
        CardLookup lookup(m_shop.store(), m_language);
        lookup.lookUp(m_dao);
        QSignalSpy changed(&lookup, &CardLookup::changed);
        lookup.lookUp(typed);

        QCOMPARE(changed.count(), 1);
        QCOMPARE(lookup.state(), CardLookup::State::EmptyInput);
        QVERIFY(!lookup.found());
        QCOMPARE(lookup.message(),
                 u"Type a card number, a phone number or a name, then press Enter."_s);
    }

    void asksForMoreWhenSeveralCardsMatch()
    {
        CardLookup lookup(m_shop.store(), m_language);
        lookup.lookUp(u"nguyen"_s);
        QCOMPARE(lookup.state(), CardLookup::State::SeveralFound);
        QVERIFY(!lookup.found());
        QVERIFY(lookup.message().contains(u"\"nguyen\""));
    }

    void clearsForTheNextCustomer()
    {
        CardLookup lookup(m_shop.store(), m_language);
        lookup.lookUp(m_dao);
        QSignalSpy changed(&lookup, &CardLookup::changed);
        lookup.clear();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(lookup.state(), CardLookup::State::Idle);
        QVERIFY(lookup.query().isEmpty());
        QVERIFY(lookup.message().isEmpty());
        QCOMPARE(lookup.card(), CardSummary());
    }

    void saysWhenTheStoreFails()
    {
        test::Shop shop;
        shop.card(u"Võ Thị Lan"_s, u"0955555555"_s);
        // Another program breaks the database under the running app.
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"saboteur"_s);
            other.setDatabaseName(shop.path());
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(u"ALTER TABLE cards RENAME TO gone"_s));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"saboteur"_s);

        CardLookup lookup(shop.store(), m_language);
        QSignalSpy changed(&lookup, &CardLookup::changed);
        lookup.lookUp(u"0955555555"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(lookup.state(), CardLookup::State::Failed);
        QVERIFY(!lookup.found());
        QVERIFY2(lookup.message().startsWith(u"The database could not be written or read"),
                 qPrintable(lookup.message()));
    }

    void sayItAgainInTheNewLanguage()
    {
        CardLookup lookup(m_shop.store(), m_language);
        lookup.lookUp(u"0999999999"_s);
        const QString english = lookup.message();
        QSignalSpy changed(&lookup, &CardLookup::changed);

        QVERIFY(m_language.setCode(u"vi"_s));
        QCOMPARE(changed.count(), 1);
        QVERIFY(lookup.message() != english);
        QVERIFY2(lookup.message().contains(u"\"0999999999\""), qPrintable(lookup.message()));
        QCOMPARE(lookup.message(),
                 QCoreApplication::translate(
                     "stampdesk::CardLookup",
                     "No card matches \"%1\". Check the number, or try the phone number.")
                     .arg(u"0999999999"_s));
        QVERIFY(m_language.setCode(u"en"_s));
        QCOMPARE(lookup.message(), english);
    }

private:
    test::Shop m_shop;
    Language m_language;
    QString m_dao;
    QString m_binh;
    QString m_an;
};

QTEST_GUILESS_MAIN(TestCardLookup)
#include "tst_cardlookup.moc"
