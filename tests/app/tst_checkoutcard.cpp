// SPDX-License-Identifier: Apache-2.0
// CardCode: a card made at the counter, and its signed QR code on screen
// and as a PNG, read back as the register's scanner reads it.
#include "app/cardcode.h"
#include "app/language.h"
#include "app/staffsession.h"
#include "core/ids.h"
#include "core/payload.h"
#include "scan/decoder.h"
#include "scan/imageframe.h"
#include "shopfixture.h"

#include <QFileInfo>
#include <QImageReader>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace stampdesk;
using namespace Qt::StringLiterals;

class TestCardCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_language.setCode(u"en"_s)); }

    void makesACardAndShowsItsSignedCode()
    {
        test::Shop shop;
        StaffSession staff(shop.store());
        signIn(shop, staff);
        CardCode code(shop.store(), m_language);
        code.setStaff(&staff);
        QSignalSpy created(&code, &CardCode::created);

        QVERIFY(code.create(u"  Lê Thu Hà "_s, u"+84 93 555 1234"_s));
        QCOMPARE(code.state(), CardCode::State::Shown);
        QCOMPARE(created.count(), 1);
        const QString id = created.first().first().toString();
        QCOMPARE(code.cardId(), id);
        QCOMPARE(code.displayId(), Ids::formatCardId(id));
        QCOMPARE(code.name(), u"Lê Thu Hà"_s);
        const Card card = shop.store().card(id).value();
        QCOMPARE(card.phone, u"+84 93 555 1234"_s);
        QCOMPARE(shop.store().events().value().last().staff, u"Lan"_s);

        // The code is the card's, signed with the shop's key, and a scanner
        // reads it from the picture.
        QVERIFY(code.hasCode());
        const auto parsed =
            Payloads::parse(code.payload().toUtf8(), shop.store().keyring().value());
        QVERIFY(parsed);
        QCOMPARE(parsed->kind, PayloadKind::Card);
        QCOMPARE(parsed->id, id);
        const scan::ImageFrame frame(code.image());
        const auto read = scan::decode(frame.view());
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().text, code.payload());

        // The same picture reaches QML as a data URL.
        const QUrl url = code.imageUrl();
        QCOMPARE(url.scheme(), u"data"_s);
        QVERIFY(url.toString().startsWith(u"data:image/png;base64,"));
        QVERIFY(url.toString().size() < 20'000);
        QCOMPARE(code.message(), QString());
    }

    void savesTheCodeAsAPng()
    {
        test::Shop shop;
        StaffSession staff(shop.store());
        signIn(shop, staff);
        CardCode code(shop.store(), m_language);
        code.setStaff(&staff);
        QTemporaryDir pictures;
        code.setFolder(pictures.filePath(u"Stampdesk"_s));
        QVERIFY(!code.savePng()); // nothing to save yet

        QVERIFY(code.create(QString(), QString()));
        QVERIFY(code.savePng());
        const QString expected =
            pictures.filePath(u"Stampdesk/card-%1.png"_s.arg(code.displayId()));
        QCOMPARE(code.savedPath(), expected);
        QVERIFY(code.message().contains(QFileInfo(expected).fileName()));
        const QImage saved(expected);
        QVERIFY(!saved.isNull());
        const scan::ImageFrame frame(saved);
        QCOMPARE(scan::decode(frame.view()).first().text, code.payload());
    }

    void saysWhenThePictureCannotBeSaved()
    {
        test::Shop shop;
        StaffSession staff(shop.store());
        signIn(shop, staff);
        CardCode code(shop.store(), m_language);
        code.setStaff(&staff);
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        code.setFolder(dir.filePath(u"file/Stampdesk"_s));
        QVERIFY(code.create(QString(), QString()));
        QVERIFY(!code.savePng());
        QVERIFY(code.message().contains(u"could not be saved"));
        QCOMPARE(code.savedPath(), QString());
    }

    void refusesInvalidDetails_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("says");
        QTest::newRow("phone too short") << u"Hà"_s << u"123"_s << u"6 to 15 digits"_s;
        QTest::newRow("phone with letters") << u"Hà"_s << u"09x1234567"_s << u"6 to 15 digits"_s;
        QTest::newRow("name too long") << QString(101, u'a') << QString() << u"100 characters"_s;
    }

    void refusesInvalidDetails()
    {
        QFETCH(QString, name);
        QFETCH(QString, phone);
        QFETCH(QString, says);
        test::Shop shop;
        StaffSession staff(shop.store());
        signIn(shop, staff);
        CardCode code(shop.store(), m_language);
        code.setStaff(&staff);
        const int events = int(shop.store().events().value().size());
        QSignalSpy created(&code, &CardCode::created);

        QVERIFY(!code.create(name, phone));
        QCOMPARE(code.state(), CardCode::State::Refused);
        QVERIFY2(code.message().contains(says), qPrintable(code.message()));
        QCOMPARE(created.count(), 0);
        QVERIFY(!code.hasCode());
        QCOMPARE(shop.store().events().value().size(), events);
    }

    void refusesWhileNobodyIsSignedIn()
    {
        test::Shop shop;
        StaffSession staff(shop.store());
        CardCode code(shop.store(), m_language);
        code.setStaff(&staff);
        const int events = int(shop.store().events().value().size());
        QVERIFY(!code.create(u"Hà"_s, QString()));
        QCOMPARE(code.state(), CardCode::State::Refused);
        QVERIFY(code.message().contains(u"Sign in"));
        QCOMPARE(shop.store().events().value().size(), events);
    }

    void showsTheCodeOfACardAgain()
    {
        test::Shop shop;
        const QString dao = shop.card(u"Đào"_s, QString());
        CardCode code(shop.store(), m_language);
        QVERIFY(code.show(dao));
        QCOMPARE(code.cardId(), dao);
        QVERIFY(code.hasCode());
        QVERIFY(!code.show(u"ZZZZZZZZZZZZZZZZ"_s));
        QCOMPARE(code.state(), CardCode::State::Refused);

        code.clear();
        QCOMPARE(code.state(), CardCode::State::Idle);
        QVERIFY(code.imageUrl().isEmpty());
    }

private:
    static void signIn(test::Shop &shop, StaffSession &staff)
    {
        auto lan = shop.store().addStaff(u"Lan"_s, StaffRole::Cashier, Pins::hash(u"2580"_s, 1));
        QVERIFY(lan);
        staff.signInAs(lan.value());
    }

    Language m_language;
};

QTEST_GUILESS_MAIN(TestCardCode)
#include "tst_checkoutcard.moc"
