// SPDX-License-Identifier: Apache-2.0
// The main window as a cashier uses it: type a phone number, press Enter,
// see the customer's card; hold a card up to the camera or scan it with a
// barcode gun and see it too; add stamps, redeem a voucher, make a card and
// take a stamp back, all from the keyboard; switch the language and see the
// window follow.
#include "app/language.h"
#include "app/shell.h"
#include "core/ids.h"
#include "core/payload.h"
#include "core/rules.h"
#include "scan/encoder.h"
#include "shopfixture.h"
#include "windowdriver.h"

#include <QCameraDevice>
#include <QMediaDevices>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(StampdeskPlugin)
Q_IMPORT_QML_PLUGIN(Stampdesk_AppPlugin)
Q_IMPORT_QML_PLUGIN(Stampdesk_ScanPlugin)

using namespace stampdesk;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject, private test::WindowDriver
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The backend the app uses: Qt 6.4's FFmpeg one is not reliable.
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
    }

    void init()
    {
        m_shop = std::make_unique<test::Shop>();
        m_dao = m_shop->card(u"Nguyễn Thị Đào"_s, u"0901234567"_s, 3);
        // A shop past its first start, with a cashier at the register.
        auto lan = m_shop->store().addStaff(u"Lan"_s, StaffRole::Cashier, Pins::hash(u"2580"_s, 1));
        QVERIFY(lan);
        m_lan = lan.value();
        QVERIFY(m_shop->store().addStaff(u"Minh"_s, StaffRole::Manager, Pins::hash(u"1357"_s, 1)));
        m_language = std::make_unique<Language>();
        QVERIFY(m_language->setCode(u"en"_s));
        open();
    }

    void cleanup()
    {
        QVERIFY2(qmlWarnings().isEmpty(), qPrintable(qmlWarnings()));
        // The engine and its window go before the objects they show.
        close();
        m_language.reset();
        m_shop.reset();
    }

    void opensReadyToType()
    {
        QCOMPARE(m_window->title(), u"Stampdesk"_s);
        QTRY_VERIFY(item(u"searchField"_s)->hasActiveFocus());
        QCOMPARE(item(u"programmeGoal"_s)->property("text").toString(), u"8 stamps"_s);
        QCOMPARE(item(u"programmeReward"_s)->property("text").toString(), u"A free coffee"_s);
        QVERIFY(!item(u"cardPanel"_s)->isVisible());
        QVERIFY(!item(u"lookupMessage"_s)->isVisible());
        QVERIFY(!item(u"resultPanel"_s)->isVisible());
        QVERIFY(item(u"programmePanel"_s)->isVisible());
        QVERIFY(item(u"syncIndicator"_s)->isVisible());
        QCOMPARE(text(u"syncState"_s), m_shell->sync()->stateWord());
        QCOMPARE(text(u"syncPending"_s), m_shell->sync()->pendingShort());
    }

    void showsTheCardOfATypedPhoneNumber()
    {
        QTRY_VERIFY(item(u"searchField"_s)->hasActiveFocus());
        type(u"+84 90 123 4567"_s);
        QTest::keyClick(m_window, Qt::Key_Return);

        QTRY_VERIFY(item(u"cardPanel"_s)->isVisible());
        QCOMPARE(text(u"cardName"_s), u"Nguyễn Thị Đào"_s);
        QCOMPARE(text(u"cardPhone"_s), u"••• ••• 4567"_s);
        QCOMPARE(text(u"cardId"_s), Ids::formatCardId(m_dao));
        QCOMPARE(text(u"cardStatus"_s), u"Active"_s);
        QCOMPARE(text(u"cardProgress"_s), u"3 of 8 stamps"_s);
        QCOMPARE(item(u"stampRow"_s)->property("shown").toInt(), 3);
        QVERIFY(!item(u"lookupMessage"_s)->isVisible());
        // Found, the field is emptied: the next Enter adds the stamps.
        QCOMPARE(text(u"searchField"_s), QString());
        QVERIFY(item(u"addStampsButton"_s)->isVisible());
    }

    void saysWhenNoCardMatches()
    {
        QTRY_VERIFY(item(u"searchField"_s)->hasActiveFocus());
        type(u"0999999999"_s);
        QTest::keyClick(m_window, Qt::Key_Enter);

        QTRY_VERIFY(item(u"lookupMessage"_s)->isVisible());
        QCOMPARE(text(u"lookupMessage"_s), m_shell->checkout()->message());
        QCOMPARE(m_shell->checkout()->state(), CheckoutSession::State::NoMatch);
        QVERIFY(text(u"lookupMessage"_s).contains(u"0999999999"));
        QVERIFY(!item(u"cardPanel"_s)->isVisible());
    }

    void startsOverOnEscape()
    {
        QTRY_VERIFY(item(u"searchField"_s)->hasActiveFocus());
        type(u"0901234567"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(item(u"cardPanel"_s)->isVisible());

        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!item(u"cardPanel"_s)->isVisible());
        QCOMPARE(text(u"searchField"_s), QString());
        QCOMPARE(m_shell->checkout()->state(), CheckoutSession::State::Idle);
        QVERIFY(item(u"searchField"_s)->hasActiveFocus());
    }

    void switchesTheLanguageFromTheKeyboard()
    {
        type(u"0901234567"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(item(u"cardPanel"_s)->isVisible());
        QCOMPARE(text(u"findButton"_s), u"Find"_s);
        QSignalSpy changed(m_language.get(), &Language::changed);

        QTest::keyClick(m_window, Qt::Key_L, Qt::ControlModifier);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(m_language->code(), u"vi"_s);
        QCOMPARE(text(u"findButton"_s), QCoreApplication::translate("CounterPage", "Find"));
        QVERIFY(text(u"findButton"_s) != u"Find"_s);
        QCOMPARE(text(u"cardProgress"_s),
                 QCoreApplication::translate("CardPanel", "%1 of %n stamp(s)", nullptr, 8).arg(3));
        QVERIFY(!text(u"cardProgress"_s).contains(u"stamps"));
        // The longer Vietnamese words leave the sync count whole.
        QVERIFY(item(u"syncPending"_s)->width() >= item(u"syncPending"_s)->implicitWidth());
        QVERIFY(item(u"syncState"_s)->width() >= item(u"syncState"_s)->implicitWidth());
        // The card stays as it was.
        QCOMPARE(text(u"cardName"_s), u"Nguyễn Thị Đào"_s);
        QVERIFY(item(u"cardPanel"_s)->isVisible());
    }

    void switchesTheLanguageWithItsButtons()
    {
        auto *vietnamese = item(u"language_vi"_s);
        auto *english = item(u"language_en"_s);
        QCOMPARE(vietnamese->property("text").toString(), u"Tiếng Việt"_s);
        QCOMPARE(english->property("text").toString(), u"English"_s);

        click(vietnamese);
        QTRY_COMPARE(m_language->code(), u"vi"_s);
        QVERIFY(text(u"programmeGoal"_s) != u"8 stamps"_s);
        click(english);
        QTRY_COMPARE(m_language->code(), u"en"_s);
        QCOMPARE(text(u"programmeGoal"_s), u"8 stamps"_s);
        // A click leaves the keyboard with the search field.
        QVERIFY(item(u"searchField"_s)->hasActiveFocus());
    }

    // Numbers on screen are written as the UI language writes them, and
    // follow a switch at once, like the words around them.
    void writesNumbersAsTheLanguageDoes()
    {
        QQmlComponent component(engine());
        component.setData("import QtQml\nimport Stampdesk\n"
                          "QtObject { property string shown: Theme.number(1234.5, 1) }\n",
                          QUrl());
        std::unique_ptr<QObject> number(component.create());
        QVERIFY2(number, qPrintable(component.errorString()));
        QCOMPARE(number->property("shown").toString(), u"1,234.5"_s);

        QVERIFY(m_language->setCode(u"vi"_s));
        QCOMPARE(number->property("shown").toString(), u"1.234,5"_s);
        QVERIFY(m_language->setCode(u"en"_s));
        QCOMPARE(number->property("shown").toString(), u"1,234.5"_s);
    }

    // A card held up to the camera (here an image file standing in for
    // one) is read, checked and shown, with no key pressed.
    void showsTheCardHeldUpToTheCamera()
    {
        QTemporaryDir dir;
        const QString picture = dir.filePath(u"card.png"_s);
        scan::RenderOptions big;
        big.moduleSize = 6;
        QVERIFY(scan::render(scan::Symbology::QRCode, payload(PayloadKind::Card, m_dao), big)
                    .save(picture));
        close();
        open(CameraChoice{QString(), picture});
        QTRY_COMPARE_WITH_TIMEOUT(m_shell->camera()->state(), scan::FrameSource::State::Active,
                                  10'000);
        QTRY_VERIFY_WITH_TIMEOUT(item(u"cardPanel"_s)->isVisible(), 10'000);
        QCOMPARE(text(u"cardName"_s), u"Nguyễn Thị Đào"_s);
        QCOMPARE(text(u"cardId"_s), Ids::formatCardId(m_dao));
        QCOMPARE(m_shell->lastScan()->kind(), ScanReport::Kind::Card);
        QCOMPARE(m_shell->checkout()->state(), CheckoutSession::State::Card);
        QVERIFY(!item(u"resultPanel"_s)->isVisible());
        QCOMPARE(text(u"cameraState"_s), m_shell->camera()->stateText());
        QVERIFY(text(u"cameraState"_s).contains(u"card.png"));
        // Held there, it is one scan, not one a frame.
        auto *scanner = m_window->findChild<scan::VideoScanner *>(u"videoScanner"_s);
        QVERIFY(scanner);
        QTRY_VERIFY_WITH_TIMEOUT(scanner->decodedFrames() >= 3, 10'000);
        QCOMPARE(m_shell->lastScan()->count(), 1);
        // Offscreen is Qt Quick's software renderer, as a PC without a GPU:
        // the viewfinder is a FramePicture, and it shows the card.
        QObject *viewfinder = m_window->findChild<QObject *>(u"viewfinderOutput"_s);
        QVERIFY(viewfinder);
        QCOMPARE(viewfinder->metaObject()->className(), "stampdesk::scan::qml::FramePicture");
        QVERIFY(viewfinder->property("visible").toBool());
        QCOMPARE(viewfinder->property("frameSize").toSize(), QImage(picture).size());
        // The marks that show where to hold a code, over the picture.
        QVERIFY(item(u"scanArea"_s)->isVisible());
    }

    // A barcode gun types into the focused search field's window; its code
    // is taken as a scan, and the field is left as it was.
    void showsTheCardScannedWithABarcodeGun()
    {
        QTRY_VERIFY(item(u"searchField"_s)->hasActiveFocus());
        scanWithGun(payload(PayloadKind::Card, m_dao));
        QTRY_VERIFY(item(u"cardPanel"_s)->isVisible());
        QCOMPARE(text(u"cardName"_s), u"Nguyễn Thị Đào"_s);
        QCOMPARE(text(u"searchField"_s), QString());
        QVERIFY(m_shell->lastScan()->fromBarcodeGun());
        QVERIFY(item(u"searchField"_s)->hasActiveFocus());

        // The cashier can still type, at a person's pace.
        type(u"0999999999"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(item(u"lookupMessage"_s)->isVisible());
        QCOMPARE(text(u"searchField"_s), u"0999999999"_s);
        QCOMPARE(m_shell->lookup()->query(), u"0999999999"_s);
    }

    void saysWhyAScannedCodeIsRefused()
    {
        const auto forger = SigningKey::generate(m_shop->store().signingKey()->id());
        const QString forged = Payloads::make(PayloadKind::Card, m_dao, forger).value();
        scanWithGun(forged);
        QTRY_VERIFY(item(u"resultPanel"_s)->isVisible());
        QCOMPARE(m_shell->lastScan()->kind(), ScanReport::Kind::Refused);
        QCOMPARE(m_shell->checkout()->problem(), u"bad-signature"_s);
        QCOMPARE(text(u"resultMessage"_s), m_shell->lastScan()->message());
        QVERIFY(!text(u"resultMessage"_s).isEmpty());
        QVERIFY(item(u"scanText"_s)->isVisible());
        QVERIFY(text(u"scanText"_s).contains(forged.left(20)));
        QVERIFY(!item(u"cardPanel"_s)->isVisible());

        // Escape starts over: the message goes too.
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!item(u"resultPanel"_s)->isVisible());
        QCOMPARE(m_shell->lastScan()->kind(), ScanReport::Kind::None);
        QCOMPARE(m_shell->checkout()->state(), CheckoutSession::State::Idle);
    }

    // Scan → stamp, from the keyboard and a barcode gun alone: the card is
    // scanned, + makes it two stamps, Enter adds them and the stamp card
    // shows them; Ctrl+Z takes them back.
    void addsStampsFromTheKeyboard()
    {
        QTRY_VERIFY(item(u"searchField"_s)->hasActiveFocus());
        scanWithGun(payload(PayloadKind::Card, m_dao));
        QTRY_VERIFY(item(u"cardPanel"_s)->isVisible());
        QCOMPARE(text(u"quantity"_s), u"1"_s);
        type(u"+"_s);
        QTRY_COMPARE(text(u"quantity"_s), u"2"_s);
        QCOMPARE(text(u"searchField"_s), QString());
        QCOMPARE(text(u"addStampsButton"_s),
                 QCoreApplication::translate("StampCard", "Add %n stamp(s)", nullptr, 2));

        QSignalSpy feedback(m_shell->checkout(), &CheckoutSession::feedback);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(item(u"resultPanel"_s)->isVisible());
        QCOMPARE(feedback.count(), 1);
        QCOMPARE(text(u"resultMessage"_s), m_shell->checkout()->message());
        // Green with a tick: it worked.
        QCOMPARE(item(u"resultIcon"_s)->property("color").value<QColor>(), QColor(u"#23764a"_s));
        QCOMPARE(item(u"stampRow"_s)->property("shown").toInt(), 5);
        QCOMPARE(text(u"cardProgress"_s), u"5 of 8 stamps"_s);
        QCOMPARE(m_shop->store().card(m_dao)->stamps, 5);
        QCOMPARE(m_shop->store().events().value().last().staff, u"Lan"_s);
        // Today's activity has it, and the outbox count follows.
        QCOMPARE(m_shell->activity()->index(0).data(ActivityModel::StaffRole).toString(), u"Lan"_s);
        QCOMPARE(text(u"syncPending"_s), m_shell->sync()->pendingShort());
        // Enter again does not stamp twice.
        QTest::keyClick(m_window, Qt::Key_Return);
        QCOMPARE(m_shop->store().card(m_dao)->stamps, 5);

        QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(m_shop->store().card(m_dao)->stamps, 3);
        QTRY_COMPARE(item(u"stampRow"_s)->property("shown").toInt(), 3);
        QCOMPARE(text(u"activityMessage"_s), m_shell->activity()->message());
    }

    // Reaching the goal shows the voucher issued and the fresh card.
    void showsTheVoucherIssuedAtTheGoal()
    {
        scanWithGun(payload(PayloadKind::Card, m_dao));
        QTRY_VERIFY(item(u"cardPanel"_s)->isVisible());
        type(u"++++"_s);
        QTRY_COMPARE(text(u"quantity"_s), u"5"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(item(u"issuedVoucher"_s)->isVisible());
        QVERIFY(text(u"issuedVoucher"_s).contains(u"A free coffee"));
        QVERIFY(
            text(u"issuedVoucher"_s).contains(Ids::formatRedeemCode(Ids::redeemCode(m_dao, 1))));
        QVERIFY(item(u"nextCycle"_s)->isVisible());
        QCOMPARE(item(u"stampRow"_s)->property("shown").toInt(), 0);
        QVERIFY(item(u"voucherList"_s)->isVisible());
    }

    // Scan → confirm: the voucher is shown, Enter redeems it; scanned again,
    // it is refused.
    void redeemsAScannedVoucher()
    {
        QVERIFY(m_shop->store().addStamps(m_dao, 5, QString(), u"Lan"_s));
        const QString voucher = Ids::voucherId(m_dao, 1);
        scanWithGun(payload(PayloadKind::Voucher, voucher));
        QTRY_VERIFY(item(u"voucherPanel"_s)->isVisible());
        QVERIFY(!item(u"cardPanel"_s)->isVisible());
        QCOMPARE(text(u"voucherReward"_s), u"A free coffee"_s);
        QCOMPARE(text(u"voucherCustomer"_s), u"Nguyễn Thị Đào"_s);
        QVERIFY(item(u"confirmButton"_s)->isVisible());

        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(m_shop->store().voucher(voucher)->state, VoucherState::Redeemed);
        QTRY_VERIFY(item(u"resultPanel"_s)->isVisible());
        QCOMPARE(text(u"resultMessage"_s), m_shell->checkout()->message());
        QVERIFY(!item(u"confirmButton"_s)->isVisible());

        scanWithGun(payload(PayloadKind::Voucher, voucher));
        QTRY_COMPARE(m_shell->checkout()->problem(), u"voucher-redeemed"_s);
        QVERIFY(text(u"resultMessage"_s).contains(m_shop->store().registerInfo().name));
        QVERIFY(!item(u"confirmButton"_s)->isVisible());
    }

    // F2 makes a card; its signed code is shown, and the card is at the
    // counter when the dialog closes.
    void makesACardFromTheKeyboard()
    {
        QTRY_VERIFY(item(u"searchField"_s)->hasActiveFocus());
        QTest::keyClick(m_window, Qt::Key_F2);
        auto *dialog = m_window->findChild<QObject *>(u"newCardDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QTRY_VERIFY(item(u"newCardName"_s)->hasActiveFocus());
        type(u"Ha"_s);
        QTest::keyClick(m_window, Qt::Key_Tab);
        QTRY_VERIFY(item(u"newCardPhone"_s)->hasActiveFocus());
        type(u"0935551234"_s);
        QTest::keyClick(m_window, Qt::Key_Return);

        QTRY_VERIFY(item(u"newCardCode"_s)->isVisible());
        QTRY_COMPARE(item(u"newCardCode"_s)->property("status").toInt(), 1); // Image.Ready
        const QString id = m_shell->newCard()->cardId();
        QCOMPARE(m_shop->store().card(id)->phone, u"0935551234"_s);
        QVERIFY(text(u"newCardId"_s).contains(Ids::formatCardId(id)));

        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->property("opened").toBool());
        QTRY_VERIFY(item(u"cardPanel"_s)->isVisible());
        QCOMPARE(text(u"cardName"_s), u"Ha"_s);
        QVERIFY(item(u"searchField"_s)->hasActiveFocus());
    }

    // An old stamp needs a manager's PIN to be taken back.
    void asksForAManagersPinForAnOldUndo()
    {
        m_shop->advance(std::chrono::seconds(Rules::undoWindow).count() + 60);
        m_shell->activity()->refresh();
        QTRY_VERIFY(item(u"searchField"_s)->hasActiveFocus());
        QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
        auto *dialog = m_window->findChild<QObject *>(u"undoPinDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(m_shell->activity()->awaitingManager());
        QCOMPARE(m_shop->store().card(m_dao)->stamps, 3);

        type(u"1357"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_shop->store().card(m_dao)->stamps, 0, 10'000);
        QTRY_VERIFY(!dialog->property("opened").toBool());
        QVERIFY(!m_shell->activity()->awaitingManager());
        QCOMPARE(text(u"activityMessage"_s), m_shell->activity()->message());
        QVERIFY(item(u"searchField"_s)->hasActiveFocus());

        // Another one, declined: Esc closes the PIN dialog, nothing changes.
        QVERIFY(m_shop->store().addStamps(m_dao, 2, QString(), u"Lan"_s));
        m_shop->advance(std::chrono::seconds(Rules::undoWindow).count() + 60);
        m_shell->activity()->refresh();
        QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->property("opened").toBool());
        QTRY_VERIFY(!m_shell->activity()->awaitingManager());
        QCOMPARE(m_shop->store().card(m_dao)->stamps, 2);
    }

    // There is no webcam on a build machine: the viewfinder says so.
    void saysWhenThereIsNoCamera()
    {
        const scan::FrameSource *camera = m_shell->camera();
        QVERIFY(camera->isActive());
        if (QMediaDevices::videoInputs().isEmpty())
            QVERIFY(camera->state() == scan::FrameSource::State::NoCamera
                    || camera->state() == scan::FrameSource::State::Denied);
        QCOMPARE(text(u"cameraState"_s), camera->stateText());
        QVERIFY(!text(u"cameraState"_s).isEmpty());
        QVERIFY(!item(u"scannerPace"_s)->isVisible());
        if (QMediaDevices::videoInputs().isEmpty())
            QVERIFY(!item(u"scanArea"_s)->isVisible());
    }

    void explainsWhyItCannotStart()
    {
        QQmlComponent component(engine(), QUrl(u"qrc:/Stampdesk/StartupError.qml"_s));
        const QString message = u"The database /tmp/x.db cannot be opened: permission denied"_s;
        std::unique_ptr<QObject> window(
            component.createWithInitialProperties({{u"message"_s, message}}));
        QVERIFY2(window, qPrintable(component.errorString()));
        auto *shown = window->findChild<QQuickItem *>(u"errorMessage"_s);
        QVERIFY(shown);
        QCOMPARE(shown->property("text").toString(), message);
    }

private:
    // The main window over a shell whose camera is camera.
    void open(const CameraChoice &camera = {})
    {
        m_shell = std::make_unique<Shell>(m_shop->store(), *m_language, camera);
        m_shell->staff()->signInAs(m_lan);
        openMain(*m_shell, *m_language);
        m_window = mainWindow();
        QVERIFY(m_window);
    }

    void close()
    {
        closeMain();
        m_shell.reset();
    }

    // A signed code of this shop, as its wallet passes carry them.
    QString payload(PayloadKind kind, const QString &id) const
    {
        const auto key = m_shop->store().signingKey();
        if (!key)
            qFatal("the test shop has no signing key");
        return Payloads::make(kind, id, *key).value();
    }

    std::unique_ptr<test::Shop> m_shop;
    std::unique_ptr<Language> m_language;
    std::unique_ptr<Shell> m_shell;
    QQuickWindow *m_window = nullptr;
    QString m_dao;
    StaffMember m_lan;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
