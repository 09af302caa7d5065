// SPDX-License-Identifier: Apache-2.0
// The settings' "Shop server" tab as a manager uses it: a wrong pairing
// code is said and changes nothing; the right one pairs the register with
// the real server on 127.0.0.1, and the tab shows the link and its state;
// unpairing asks first.
#include "../server/servertest.h"
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
using namespace stampdesk::server::test;
using namespace Qt::StringLiterals;

class TestServerWindow : public QObject, private test::WindowDriver
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("QT_MEDIA_BACKEND", "gstreamer"); }

    void init()
    {
        m_shop = std::make_unique<test::Shop>();
        m_shop->advance(test::t0().secsTo(QDateTime::currentDateTimeUtc()));
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

    void aManagerPairsTheRegisterInTheSettings()
    {
        TestServer server;
        const StaffMember lan = m_shop->manager();
        open();
        m_shell->staff()->signInAs(lan);
        QTRY_VERIFY(item(u"settingsButton"_s)->isVisible());
        QCOMPARE(text(u"syncState"_s), u"Offline"_s);
        QVERIFY(!item(u"conflictBadge"_s)->isVisible());
        click(item(u"settingsButton"_s));
        QTRY_VERIFY(item(u"settingsPage"_s)->isVisible());

        // The register's page points to the new tab.
        click(item(u"settingsTab_3"_s));
        QTRY_VERIFY(item(u"serverPointer"_s)->isVisible());
        QVERIFY(text(u"serverPointer"_s).contains(u"Shop server"_s));

        click(item(u"settingsTab_5"_s));
        QTRY_VERIFY(item(u"settingsServer"_s)->isVisible());
        QVERIFY(item(u"pairButton"_s)->isVisible());
        QVERIFY(!item(u"syncNowButton"_s)->isVisible());
        QVERIFY(!item(u"pairingError"_s)->isVisible());

        // A code the server never made: refused, said, nothing changed. (The
        // barcode gun's watch holds a person's last key back a moment.)
        click(item(u"serverUrlField"_s));
        type(server.url({}).toString());
        QTRY_COMPARE(text(u"serverUrlField"_s), server.url({}).toString());
        click(item(u"pairingCodeField"_s));
        type(u"ABCD-EFGH"_s);
        QTRY_COMPARE(text(u"pairingCodeField"_s), u"ABCD-EFGH"_s);
        SyncService *service = m_shell->syncService();
        QSignalSpy finished(service, &SyncService::pairingFinished);
        click(item(u"pairButton"_s));
        QVERIFY(finished.wait(10'000));
        QTRY_VERIFY(item(u"pairingError"_s)->isVisible());
        QCOMPARE(text(u"pairingError"_s), service->pairingError());
        QVERIFY2(text(u"pairingError"_s).contains(u"pairing code"_s),
                 qPrintable(text(u"pairingError"_s)));
        QVERIFY(!text(u"pairingError"_s).isEmpty());
        QVERIFY(!m_shop->store().syncLink().value().has_value());
        QVERIFY(item(u"pairButton"_s)->isVisible());
        QVERIFY(!service->isRunning());

        // The right code, typed over the wrong one.
        QQuickItem *code = item(u"pairingCodeField"_s);
        code->setProperty("text", QString());
        click(code);
        const QString right = server.store->newPairingCode().value();
        type(right);
        QTRY_COMPARE(text(u"pairingCodeField"_s), right);
        finished.clear();
        QTest::keyClick(m_window, Qt::Key_Return);
        QVERIFY(finished.wait(10'000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(service->pairingError()));

        QTRY_VERIFY(item(u"syncNowButton"_s)->isVisible());
        QVERIFY(!item(u"pairButton"_s)->isVisible());
        QVERIFY(!item(u"pairingError"_s)->isVisible());
        QCOMPARE(text(u"pairedServer"_s), server.url({}).toString());
        QVERIFY(text(u"pairedShop"_s).contains(QString::number(server.store->shop())));
        QTRY_COMPARE_WITH_TIMEOUT(text(u"serverState"_s),
                                  u"Online — connected to the shop server"_s, 10'000);
        QTRY_COMPARE(text(u"syncState"_s), u"Online"_s);
        QTRY_VERIFY(text(u"lastSync"_s) != u"Never"_s);
        QTRY_COMPARE(text(u"serverPending"_s), u"Nothing waiting to sync"_s);
        QVERIFY(item(u"unpairButton"_s)->isVisible());
        QVERIFY(!item(u"conflictBadge"_s)->isVisible());

        // "Sync now" runs a round.
        QSignalSpy rounds(service, &SyncService::roundFinished);
        click(item(u"syncNowButton"_s));
        QVERIFY(rounds.wait(10'000));
        QCOMPARE(rounds.first().first().toBool(), true);

        // Unpairing asks first; "No" keeps the link, "Yes" drops it.
        QObject *confirm = m_window->findChild<QObject *>(u"unpairDialog"_s);
        QVERIFY(confirm);
        click(item(u"unpairButton"_s));
        QTRY_VERIFY(confirm->property("opened").toBool());
        QVERIFY(QMetaObject::invokeMethod(confirm, "reject"));
        QTRY_VERIFY(!confirm->property("visible").toBool());
        QVERIFY(service->paired());
        click(item(u"unpairButton"_s));
        QTRY_VERIFY(confirm->property("opened").toBool());
        QVERIFY(QMetaObject::invokeMethod(confirm, "accept"));
        QTRY_VERIFY(item(u"pairButton"_s)->isVisible());
        QVERIFY(!service->paired());
        QVERIFY(!service->isRunning());
        QVERIFY(!m_shop->store().syncLink().value().has_value());
        QTRY_COMPARE(text(u"syncState"_s), u"Offline"_s);
    }

private:
    void open()
    {
        m_shell = std::make_unique<Shell>(m_shop->store(), *m_language);
        SyncEngine::Options options;
        options.retry.baseDelay = std::chrono::milliseconds(10);
        m_shell->syncService()->setEngineOptions(options);
        openMain(*m_shell, *m_language);
        m_window = mainWindow();
        QVERIFY(m_window);
    }

    std::unique_ptr<test::Shop> m_shop;
    std::unique_ptr<Language> m_language;
    std::unique_ptr<Shell> m_shell;
    QQuickWindow *m_window = nullptr;
};

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
