// SPDX-License-Identifier: Apache-2.0
// The cashier's day in one run of the app, end to end: the main window is
// loaded as stampdesk loads it, over a real shop; a cashier signs in on the
// PIN pad; a customer holds the card up to the camera (an image file
// standing in for one) and gets a stamp with the Add stamp button; later
// the card is read by a barcode gun and the stamps typed on the keyboard
// fill it, which issues a voucher and starts the next card; the voucher is
// held up to the camera, confirmed and shown redeemed. At the end the
// ledger holds every action in order, under the cashier and this register.
#include "app/language.h"
#include "app/shell.h"
#include "core/ids.h"
#include "core/payload.h"
#include "qmlwindows.h"
#include "scan/encoder.h"
#include "scan/filesource.h"
#include "shopfixture.h"
#include "windowdriver.h"

#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQuickTest/quicktest.h>

#include <algorithm>
#include <memory>

Q_IMPORT_QML_PLUGIN(StampdeskPlugin)
Q_IMPORT_QML_PLUGIN(Stampdesk_AppPlugin)
Q_IMPORT_QML_PLUGIN(Stampdesk_ScanPlugin)

using namespace stampdesk;
using namespace Qt::StringLiterals;

class TestEndToEnd : public QObject, private test::WindowDriver
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // As stampdesk does: Qt 6.4's FFmpeg backend is not reliable.
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
    }

    void cleanup()
    {
        // The engine and its window go before the objects they show.
        m_warnings.reset();
        m_engine.reset();
        m_shell.reset();
        m_language.reset();
        m_shop.reset();
    }

    void aCustomerEarnsAndRedeemsAVoucher()
    {
        // Yesterday: the card was made and got 4 of its 8 stamps.
        m_shop = std::make_unique<test::Shop>();
        const QString dao = m_shop->card(u"Nguyễn Thị Đào"_s, u"0901234567"_s, 4);
        m_shop->manager();
        const StaffMember hoa = m_shop->staffMember(u"Hoa"_s, StaffRole::Cashier, u"1357"_s);
        m_shop->advance(24 * 3600);
        const QDateTime today = m_shop->store().now();
        const QString here = m_shop->store().registerInfo().id;
        QVERIFY(!here.isEmpty());

        // The camera sees the empty counter.
        QVERIFY(m_files.isValid());
        const QString nothing = m_files.filePath(u"counter.png"_s);
        QImage counter(640, 480, QImage::Format_RGB32);
        counter.fill(Qt::white);
        QVERIFY(counter.save(nothing));
        const QString cardPicture = picture(u"card.png"_s, PayloadKind::Card, dao);
        open(CameraChoice{QString(), nothing});
        auto *camera = qobject_cast<scan::FileSource *>(m_shell->camera());
        QVERIFY(camera);

        // Hoa signs in with her PIN, checked as at any sign-in.
        QTRY_VERIFY(item(u"signInPage"_s)->isVisible());
        QVERIFY(!m_shell->staff()->signedIn());
        click(item(u"staffButton_Hoa"_s));
        QTRY_VERIFY(item(u"pinPad"_s)->hasActiveFocus());
        QSignalSpy signedIn(m_shell->staff(), &StaffSession::signedInAs);
        type(u"1357"_s);
        // The barcode gun's watch holds the last key a moment (a scan may follow).
        QTRY_COMPARE(text(u"pinDots"_s), u"●●●●"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 10'000);
        QCOMPARE(m_shell->staff()->staffId(), hoa.id);
        QTRY_VERIFY(item(u"counterPage"_s)->isVisible());
        QCOMPARE(text(u"signedInName"_s), u"Hoa"_s);
        QTRY_VERIFY(item(u"searchField"_s)->hasActiveFocus());
        QTRY_COMPARE_WITH_TIMEOUT(m_shell->camera()->state(), scan::FrameSource::State::Active,
                                  10'000);
        QVERIFY(!item(u"cardPanel"_s)->isVisible());

        // First visit: the card held up to the camera, one stamp by touch.
        camera->setFile(cardPicture);
        QTRY_VERIFY_WITH_TIMEOUT(item(u"cardPanel"_s)->isVisible(), 10'000);
        QCOMPARE(m_shell->lastScan()->kind(), ScanReport::Kind::Card);
        QVERIFY(!m_shell->lastScan()->fromBarcodeGun());
        QCOMPARE(text(u"cardName"_s), u"Nguyễn Thị Đào"_s);
        QCOMPARE(text(u"cardId"_s), Ids::formatCardId(dao));
        QCOMPARE(text(u"cardProgress"_s), u"4 of 8 stamps"_s);
        QCOMPARE(item(u"stampRow"_s)->property("shown").toInt(), 4);
        QCOMPARE(text(u"addStampsButton"_s), u"Add 1 stamp"_s);
        click(item(u"addStampsButton"_s));
        QTRY_VERIFY(item(u"resultPanel"_s)->isVisible());
        QCOMPARE(text(u"resultMessage"_s), u"1 stamp added."_s);
        QCOMPARE(text(u"cardProgress"_s), u"5 of 8 stamps"_s);
        QCOMPARE(item(u"stampRow"_s)->property("shown").toInt(), 5);
        QVERIFY(!item(u"issuedVoucher"_s)->isVisible());
        QCOMPARE(m_shop->store().card(dao)->stamps, 5);
        // The card is put away; the keyboard stayed with the search field.
        camera->setFile(nothing);
        QVERIFY(item(u"searchField"_s)->hasActiveFocus());
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!item(u"cardPanel"_s)->isVisible());

        // An hour later: the card read by a barcode gun, four stamps typed.
        m_shop->advance(3600);
        scanWithGun(payload(PayloadKind::Card, dao));
        QTRY_VERIFY(item(u"cardPanel"_s)->isVisible());
        QVERIFY(m_shell->lastScan()->fromBarcodeGun());
        QCOMPARE(text(u"cardProgress"_s), u"5 of 8 stamps"_s);
        QCOMPARE(text(u"searchField"_s), QString());
        type(u"+++"_s);
        QTRY_COMPARE(text(u"quantity"_s), u"4"_s);
        QCOMPARE(text(u"addStampsButton"_s), u"Add 4 stamps"_s);
        QSignalSpy feedback(m_shell->checkout(), &CheckoutSession::feedback);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(feedback.count(), 1);
        QCOMPARE(feedback.first().first().value<CheckoutSession::Feedback>(),
                 CheckoutSession::Feedback::Issued);

        // The goal: the voucher issued, and the next card with the one
        // stamp over the goal.
        const QString voucher = Ids::voucherId(dao, 1);
        const QString code = Ids::formatRedeemCode(Ids::redeemCode(dao, 1));
        QTRY_VERIFY(item(u"issuedVoucher"_s)->isVisible());
        QVERIFY(text(u"resultMessage"_s).contains(u"A free coffee"));
        QVERIFY(text(u"issuedVoucher"_s).contains(u"A free coffee"));
        QVERIFY(text(u"issuedVoucher"_s).contains(code));
        QVERIFY(item(u"nextCycle"_s)->isVisible());
        QCOMPARE(text(u"nextCycle"_s), u"A new card starts with 1 of 8 stamps."_s);
        QCOMPARE(text(u"cardProgress"_s), u"1 of 8 stamps"_s);
        QCOMPARE(item(u"stampRow"_s)->property("shown").toInt(), 1);
        QCOMPARE(item(u"cardCycles"_s)->property("value").toInt(), 1);
        QVERIFY(item(u"voucherList"_s)->isVisible());
        QCOMPARE(m_shop->store().voucher(voucher)->state, VoucherState::Issued);

        // Straight away: the voucher shown on the phone, held up to the camera.
        m_shop->advance(60);
        camera->setFile(picture(u"voucher.png"_s, PayloadKind::Voucher, voucher));
        QTRY_VERIFY_WITH_TIMEOUT(item(u"voucherPanel"_s)->isVisible(), 10'000);
        QCOMPARE(m_shell->lastScan()->kind(), ScanReport::Kind::Voucher);
        QVERIFY(!m_shell->lastScan()->fromBarcodeGun());
        QVERIFY(!item(u"cardPanel"_s)->isVisible());
        QCOMPARE(text(u"voucherReward"_s), u"A free coffee"_s);
        QCOMPARE(text(u"voucherCustomer"_s), u"Nguyễn Thị Đào"_s);
        QCOMPARE(text(u"voucherCode"_s), code);
        QCOMPARE(text(u"voucherState"_s), m_shell->checkout()->voucher().stateText);
        QVERIFY(item(u"confirmButton"_s)->isVisible());
        QVERIFY(!item(u"voucherNote"_s)->isVisible());
        // Shown, not yet consumed: that takes the cashier's confirmation.
        QCOMPARE(m_shop->store().voucher(voucher)->state, VoucherState::Issued);

        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(m_shop->store().voucher(voucher)->state, VoucherState::Redeemed);
        QTRY_VERIFY(item(u"resultPanel"_s)->isVisible());
        QCOMPARE(text(u"resultMessage"_s), u"Redeemed. Give the customer A free coffee."_s);
        QCOMPARE(item(u"resultIcon"_s)->property("color").value<QColor>(), QColor(u"#23764a"_s));
        QVERIFY(!item(u"confirmButton"_s)->isVisible());
        QCOMPARE(m_shell->checkout()->result(), CheckoutSession::Result::Redeemed);
        camera->setFile(nothing);

        // Today's activity at this register: the four of them, newest
        // first, by Hoa.
        const QStringList newestFirst{u"voucher.redeemed"_s, u"voucher.issued"_s, u"stamps.added"_s,
                                      u"stamps.added"_s};
        QTRY_COMPARE(m_shell->activity()->rowCount(), int(newestFirst.size()));
        for (int row = 0; row < newestFirst.size(); ++row) {
            const QModelIndex entry = m_shell->activity()->index(row);
            QCOMPARE(entry.data(ActivityModel::TypeRole).toString(), newestFirst.at(row));
            QCOMPARE(entry.data(ActivityModel::StaffRole).toString(), u"Hoa"_s);
        }
        QCOMPARE(text(u"syncPending"_s), m_shell->sync()->pendingShort());

        // The ledger: every action of today in order, each under the member
        // signed in and this register.
        const auto events = m_shop->store().events(today);
        QVERIFY(events);
        QStringList types;
        for (const Event &e : events.value()) {
            types.append(e.type());
            QCOMPARE(e.staff, hoa.name);
            QCOMPARE(e.registerId, here);
            QCOMPARE(e.cardId, dao);
        }
        QCOMPARE(types,
                 (QStringList{u"stamps.added"_s, u"stamps.added"_s, u"voucher.issued"_s,
                              u"voucher.redeemed"_s}));
        const QList<Event> &ledger = events.value();
        QCOMPARE(ledger.at(0).as<Events::StampsAdded>()->count, 1);
        QCOMPARE(ledger.at(1).as<Events::StampsAdded>()->count, 4);
        QCOMPARE(ledger.at(2).voucherId, voucher);
        QCOMPARE(ledger.at(2).as<Events::VoucherIssued>()->voucher.id, voucher);
        QCOMPARE(ledger.at(3).voucherId, voucher);
        QCOMPARE(ledger.at(3).as<Events::VoucherRedeemed>()->registerName,
                 m_shop->store().registerInfo().name);
        QVERIFY(ledger.at(0).at < ledger.at(1).at);
        QVERIFY(ledger.at(2).at < ledger.at(3).at);

        // The register's own view of its day is the same, newest first.
        auto mine = m_shop->store().registerEvents(today);
        QVERIFY(mine);
        std::reverse(mine->begin(), mine->end());
        QCOMPARE(mine.value(), ledger);
        // Nothing of it has left the register yet: all four wait to sync.
        QCOMPARE(m_shop->store().pendingSyncCount().value(), m_shell->sync()->pendingCount());
        QVERIFY(m_shell->sync()->pendingCount() >= 4);
        // And the state still is what the ledger says.
        QVERIFY(m_shop->store().check()->ok());

        QVERIFY2(m_warnings->isEmpty(), qPrintable(warnings(*m_warnings)));
    }

private:
    // The main window over a shell whose camera is camera, as stampdesk's
    // main() makes them.
    void open(const CameraChoice &camera)
    {
        m_language = std::make_unique<Language>();
        QVERIFY(m_language->setCode(u"en"_s));
        m_shell = std::make_unique<Shell>(m_shop->store(), *m_language, camera);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        QmlWindows::prepare(*m_engine);
        m_language->setEngine(m_engine.get());
        m_warnings = std::make_unique<QSignalSpy>(m_engine.get(), &QQmlEngine::warnings);
        QVERIFY(QmlWindows::loadMain(*m_engine, *m_shell));
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        drive(m_window);
    }

    // A signed code of this shop, as its wallet passes carry them.
    QString payload(PayloadKind kind, const QString &id) const
    {
        const auto key = m_shop->store().signingKey();
        if (!key)
            qFatal("the test shop has no signing key");
        return Payloads::make(kind, id, *key).value();
    }

    // The code as a phone shows it: a QR code drawn by the project's
    // encoder, saved where the camera can be pointed at it.
    QString picture(const QString &name, PayloadKind kind, const QString &id) const
    {
        const QString path = m_files.filePath(name);
        scan::RenderOptions big;
        big.moduleSize = 6;
        if (!scan::render(scan::Symbology::QRCode, payload(kind, id), big).save(path))
            qFatal("cannot save %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_files;
    std::unique_ptr<test::Shop> m_shop;
    std::unique_ptr<Language> m_language;
    std::unique_ptr<Shell> m_shell;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<QSignalSpy> m_warnings;
    QQuickWindow *m_window = nullptr;
};

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
