// SPDX-License-Identifier: Apache-2.0
// The main window around the counter, as staff use it: a new shop starts
// with the wizard and ends at the counter; members sign in on the PIN pad
// and hand the register over; the settings open for a manager, or for a
// cashier with a manager's PIN.
#include "app/language.h"
#include "app/shell.h"
#include "shopfixture.h"
#include "windowdriver.h"

#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(StampdeskPlugin)
Q_IMPORT_QML_PLUGIN(Stampdesk_AppPlugin)
Q_IMPORT_QML_PLUGIN(Stampdesk_ScanPlugin)

using namespace stampdesk;
using namespace Qt::StringLiterals;

class TestStaffWindow : public QObject, private test::WindowDriver
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("QT_MEDIA_BACKEND", "gstreamer"); }

    void init()
    {
        m_shop = std::make_unique<test::Shop>();
        m_language = std::make_unique<Language>();
        QVERIFY(m_language->setCode(u"en"_s));
    }

    void cleanup()
    {
        QVERIFY2(qmlWarnings().isEmpty(), qPrintable(qmlWarnings()));
        closeMain();
        m_shell.reset();
        m_language.reset();
        m_shop.reset();
    }

    void aNewShopStartsWithTheWizard()
    {
        open();
        QVERIFY(item(u"wizardPage"_s)->isVisible());
        QVERIFY(!item(u"counterPage"_s)->isVisible());
        QVERIFY(!item(u"settingsButton"_s)->isVisible());

        click(item(u"wizardNext"_s)); // English, as it is
        QTRY_VERIFY(item(u"wizardShopName"_s)->hasActiveFocus());
        QTest::keyClick(m_window, Qt::Key_Return); // no name yet
        QTRY_VERIFY(item(u"wizardProblem"_s)->isVisible());
        type(u"Dao Coffee"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(item(u"wizardManagerName"_s)->hasActiveFocus());
        QVERIFY(!item(u"wizardProblem"_s)->isVisible());
        type(u"Lan"_s);
        QTest::keyClick(m_window, Qt::Key_Tab);
        type(u"2580"_s);
        QTest::keyClick(m_window, Qt::Key_Tab);
        type(u"2580"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(m_shell->setup()->step(), SetupWizard::Step::Programme);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(m_shell->setup()->step(), SetupWizard::Step::Done);
        QVERIFY(text(u"wizardDone"_s).contains(u"Lan"));
        QCOMPARE(text(u"signedInName"_s), u"Lan"_s);
        QCOMPARE(text(u"shopName"_s), u"Dao Coffee"_s);

        click(item(u"wizardNext"_s));
        QTRY_VERIFY(item(u"counterPage"_s)->isVisible());
        QVERIFY(!item(u"wizardPage"_s)->isVisible());
        QTRY_VERIFY(item(u"searchField"_s)->hasActiveFocus());
    }

    void aMemberSignsInOnThePinPad()
    {
        m_shop->manager();
        m_shop->staffMember(u"Minh"_s, StaffRole::Cashier, u"1357"_s);
        open();
        QVERIFY(item(u"signInPage"_s)->isVisible());
        QVERIFY(!item(u"counterPage"_s)->isVisible());

        click(item(u"staffButton_Minh"_s));
        QTRY_VERIFY(item(u"pinPad"_s)->hasActiveFocus());
        // A wrong PIN from the keyboard: said, and the pad is ready again.
        type(u"2468"_s);
        // The barcode gun's watch holds the last key a moment (a scan may follow).
        QTRY_COMPARE(text(u"pinDots"_s), u"●●●●"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(item(u"pinMessage"_s)->isVisible());
        QVERIFY(text(u"pinMessage"_s).startsWith(u"Wrong PIN."));
        QVERIFY(!m_shell->staff()->signedIn());

        // The right one on the keys, Backspace taking a slip back.
        for (const QString &key : {u"pinKey_1"_s, u"pinKey_3"_s, u"pinKey_9"_s})
            click(item(key));
        click(item(u"pinBackspace"_s));
        for (const QString &key : {u"pinKey_5"_s, u"pinKey_7"_s})
            click(item(key));
        click(item(u"pinEnter"_s));
        QTRY_VERIFY(item(u"counterPage"_s)->isVisible());
        QCOMPARE(m_shell->staff()->name(), u"Minh"_s);
        QCOMPARE(text(u"signedInName"_s), u"Minh"_s);
        QTRY_VERIFY(item(u"searchField"_s)->hasActiveFocus());

        // Handing the register over.
        click(item(u"switchStaffButton"_s));
        QTRY_VERIFY(item(u"signInPage"_s)->isVisible());
        QVERIFY(!m_shell->staff()->signedIn());
    }

    void aCashierOpensTheSettingsWithAManagersPin()
    {
        m_shop->manager();
        const StaffMember minh = m_shop->staffMember(u"Minh"_s, StaffRole::Cashier, u"1357"_s);
        open();
        m_shell->staff()->signInAs(minh);
        QTRY_VERIFY(item(u"counterPage"_s)->isVisible());
        QTRY_VERIFY(item(u"searchField"_s)->hasActiveFocus());

        click(item(u"settingsButton"_s));
        QObject *dialog = m_window->findChild<QObject *>(u"settingsPinDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        // The settings' dialog, not the counter's own for undos.
        auto *pad = item(u"pinDialogPad"_s, dialog->property("contentItem").value<QQuickItem *>());
        QTRY_VERIFY(pad->hasActiveFocus());
        type(u"1357"_s); // the cashier's own: no
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(!m_shell->staff()->busy());
        QVERIFY(dialog->property("visible").toBool());
        QTRY_VERIFY(pad->property("message").toString().startsWith(u"Wrong PIN."));
        QVERIFY(!item(u"settingsPage"_s)->isVisible());

        type(u"2580"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(item(u"settingsPage"_s)->isVisible());
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QCOMPARE(m_shell->staff()->name(), u"Minh"_s);

        click(item(u"closeSettings"_s));
        QTRY_VERIFY(item(u"counterPage"_s)->isVisible());
    }

    void aManagerOpensTheSettingsAtOnce()
    {
        const StaffMember lan = m_shop->manager();
        open();
        m_shell->staff()->signInAs(lan);
        QTRY_VERIFY(item(u"settingsButton"_s)->isVisible());
        click(item(u"settingsButton"_s));
        QTRY_VERIFY(item(u"settingsPage"_s)->isVisible());
        QVERIFY(item(u"settingsProgramme"_s)->isVisible());

        click(item(u"settingsTab_4"_s));
        QTRY_VERIFY(item(u"reportPage"_s)->isVisible());
        QVERIFY(!text(u"reportMonth"_s).isEmpty());

        // Esc leaves the settings, as the button does.
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(item(u"counterPage"_s)->isVisible());
    }

private:
    void open()
    {
        m_shell = std::make_unique<Shell>(m_shop->store(), *m_language);
        m_shell->setup()->setPinIterations(test::Shop::cheapIterations);
        openMain(*m_shell, *m_language);
        m_window = mainWindow();
        QVERIFY(m_window);
    }

    std::unique_ptr<test::Shop> m_shop;
    std::unique_ptr<Language> m_language;
    std::unique_ptr<Shell> m_shell;
    QQuickWindow *m_window = nullptr;
};

QTEST_MAIN(TestStaffWindow)
#include "tst_staffwindow.moc"
