// SPDX-License-Identifier: Apache-2.0
// The app's background sync against the real reference server on
// 127.0.0.1: pairing through the service, a cashier's action sent by the
// round it starts, the state when the server goes away, and a voucher
// redeemed at two registers shown as a conflict until marked seen.
#include "../server/servertest.h"
#include "app/language.h"
#include "app/shell.h"
#include "core/payload.h"
#include "shopfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace stampdesk;
using namespace stampdesk::server::test;
using namespace Qt::StringLiterals;

namespace {

SyncEngine::Options quickOptions()
{
    SyncEngine::Options options;
    options.retry.baseDelay = std::chrono::milliseconds(10);
    options.retry.maxAttempts = 2;
    options.timeout = std::chrono::milliseconds(3000);
    return options;
}

} // namespace

class TestSyncService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_language.setCode(u"en"_s));
        m_shop = std::make_unique<test::Shop>();
        // The server's clock is the real one: so is the register's, near enough.
        m_shop->advance(test::t0().secsTo(QDateTime::currentDateTimeUtc()));
        (void)m_shop->store().setRegisterInfo(u"Quầy 1"_s, {});
        m_lan = m_shop->manager();
    }

    void cleanup()
    {
        m_shell.reset();
        m_shop.reset();
    }

    void aRegisterThatIsNotPairedStartsNoThread()
    {
        open();
        SyncService *service = m_shell->syncService();
        QVERIFY(!service->paired());
        QVERIFY(!service->isRunning());
        QCOMPARE(m_shell->sync()->stateText(), u"Offline — not connected to a shop server"_s);
        QCOMPARE(m_shell->sync()->stateWord(), u"Offline"_s);

        // Actions and "sync now" start nothing.
        service->syncNow();
        service->noteActivity();
        QTest::qWait(0);
        QVERIFY(!service->isRunning());
        QVERIFY(!m_shell->sync()->syncing());
    }

    void aWrongCodeChangesNothing()
    {
        TestServer server;
        open();
        SyncService *service = m_shell->syncService();
        QSignalSpy finished(service, &SyncService::pairingFinished);
        service->pair(server.url({}).toString(), u"ABCD-EFGH"_s);
        QVERIFY(service->pairing());
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!service->pairing());
        QVERIFY(!service->paired());
        QVERIFY(service->pairingError().contains(u"pairing code"_s));
        QVERIFY(!m_shop->store().syncLink().value().has_value());
        // No thread stays for a register that is still not paired.
        QVERIFY(!service->isRunning());

        // A form's mistakes are said before the server is asked.
        finished.clear();
        service->pair(u"not an address"_s, u"ABCD-EFGH"_s);
        QVERIFY(finished.wait(1000));
        QVERIFY(service->pairingError().contains(u"https://"_s));
        service->pair(server.url({}).toString(), u"X"_s, u"/no/such/ca.pem"_s);
        QVERIFY(finished.wait(1000));
        QVERIFY(service->pairingError().contains(u"/no/such/ca.pem"_s));
        QVERIFY(!service->isRunning());
    }

    void pairsAndSendsACashiersWorkAfterTheAction()
    {
        TestServer server;
        open();
        SyncService *service = m_shell->syncService();
        SyncStatus *status = m_shell->sync();
        pair(server);
        QVERIFY(service->paired());
        QVERIFY(service->isRunning());
        QCOMPARE(service->serverUrl(), server.url({}).toString());
        QCOMPARE(m_shop->store().registerInfo().shop, server.store->shop());
        // The window's store trusts the shop's keys: a card the server signed
        // is read at the counter.
        const QString signedCard = server.store->enrol({}, {})->card.id;
        const QString payload =
            Payloads::make(PayloadKind::Card, signedCard, server.store->currentKey().value())
                .value();
        QVERIFY(Payloads::parse(payload.toUtf8(), m_shop->store().keyring().value()).ok());

        // The first round runs at once and reaches the server.
        QTRY_VERIFY_WITH_TIMEOUT(status->online() && !status->syncing(), 10'000);
        QCOMPARE(status->stateWord(), u"Online"_s);
        QCOMPARE(status->stateText(), u"Online — connected to the shop server"_s);
        QTRY_COMPARE(status->pendingCount(), 0);
        QVERIFY(!status->lastSuccessText().isEmpty());
        QVERIFY(status->lastError().isEmpty());

        // A card and its stamps at the counter: sent by the round that the
        // action starts (no 30-second wait).
        const QString card = server.store->enrol(u"Hạnh"_s, {})->card.id;
        QVERIFY(round());
        QVERIFY(m_shop->store().card(card).ok());
        m_shell->checkout()->showCard(card);
        QSignalSpy rounds(service, &SyncService::roundFinished);
        QVERIFY(m_shell->checkout()->addStamps(2));
        QVERIFY(status->pendingCount() > 0); // counted at once, before the round
        QVERIFY(rounds.wait(10'000));
        QCOMPARE(rounds.last().first().toBool(), true);
        QTRY_COMPARE(status->pendingCount(), 0);
        QCOMPARE(server.store->card(card).value()->card.stamps, 2);
    }

    void goesOfflineWhenTheServerGoesAway()
    {
        auto server = std::make_unique<TestServer>();
        open();
        SyncService *service = m_shell->syncService();
        SyncStatus *status = m_shell->sync();
        pair(*server);
        QTRY_VERIFY_WITH_TIMEOUT(status->online() && !status->syncing(), 10'000);
        const QString card = server->store->enrol({}, {})->card.id;
        QVERIFY(round());
        QVERIFY(m_shop->store().card(card).ok());

        server.reset();
        m_shell->checkout()->showCard(card);
        QSignalSpy rounds(service, &SyncService::roundFinished);
        QVERIFY(m_shell->checkout()->addStamps(1));
        QVERIFY(rounds.wait(20'000));
        QCOMPARE(rounds.last().first().toBool(), false);
        QVERIFY(!status->online());
        QCOMPARE(status->stateWord(), u"Offline"_s);
        QVERIFY(status->stateText().startsWith(u"Offline — the shop server cannot be reached"_s));
        QVERIFY(status->pendingCount() > 0); // kept for later
        QVERIFY(!status->lastError().isEmpty());
        QCOMPARE(service->lastError(), status->lastError());
        QVERIFY(service->paired()); // still paired: the next round tries again
    }

    void aVoucherRedeemedAtTwoRegistersIsAConflictUntilSeen()
    {
        TestServer server;
        open();
        SyncService *service = m_shell->syncService();
        SyncStatus *status = m_shell->sync();
        pair(server);
        QTRY_VERIFY_WITH_TIMEOUT(status->online() && !status->syncing(), 10'000);

        // Another register: its own database and engine.
        QTemporaryDir dir;
        auto other = Store::open(dir.filePath(u"b.db"_s)).value();
        QVERIFY(other->setRegisterInfo(u"Quầy B"_s, {}).ok());
        SyncEngine engine(*other);
        engine.setOptions(quickOptions());
        QSignalSpy paired(&engine, &SyncEngine::pairingFinished);
        engine.pair(server.url({}), server.pairingCode());
        QVERIFY(paired.wait(10'000));
        QVERIFY(!paired.first().first().value<std::optional<SyncError>>());
        const auto syncOther = [&] {
            QSignalSpy done(&engine, &SyncEngine::finished);
            QVERIFY(engine.syncNow());
            QVERIFY(done.wait(10'000));
            QVERIFY(!done.first().first().value<SyncSummary>().error);
        };

        // B earns the voucher; both registers know it.
        const QString card = server.store->enrol(u"Hạnh"_s, {})->card.id;
        syncOther();
        QVERIFY(other->addStamps(card, 5, {}, u"Minh"_s).ok());
        QVERIFY(other->addStamps(card, 3, {}, u"Minh"_s).ok());
        syncOther();
        QVERIFY(round());
        const QString voucher = m_shop->store().cardState(card)->vouchers.first().id;

        // Both give the reward offline; B's reaches the server first.
        QVERIFY(other->redeem(voucher, u"Minh"_s).ok());
        QVERIFY(m_shop->store().redeem(voucher, u"Lan"_s).ok());
        syncOther();
        QCOMPARE(status->unseenConflicts(), 0);
        QVERIFY(round());
        QCOMPARE(status->unseenConflicts(), 1);
        QCOMPARE(service->unseenConflicts(), 1);
        const QVariantList conflicts = service->conflicts();
        QCOMPARE(conflicts.size(), 1);
        const QVariantMap c = conflicts.first().toMap();
        QVERIFY2(c.value(u"what"_s).toString().contains(u"Voucher redeemed"_s),
                 qPrintable(c.value(u"what"_s).toString()));
        QVERIFY(c.value(u"what"_s).toString().contains(u"Hạnh"_s));
        QVERIFY(c.value(u"winner"_s).toString().contains(u"Quầy B"_s));
        QVERIFY(c.value(u"message"_s).toString().contains(u"Quầy B"_s));
        QCOMPARE(c.value(u"seen"_s).toBool(), false);

        // In the staff's language.
        QVERIFY(m_language.setCode(u"vi"_s));
        const QString vi = service->conflicts().first().toMap().value(u"message"_s).toString();
        QVERIFY(vi != c.value(u"message"_s).toString());
        QVERIFY(m_language.setCode(u"en"_s));

        QSignalSpy changed(status, &SyncStatus::changed);
        service->markConflictsSeen();
        QVERIFY(changed.count() > 0);
        QCOMPARE(status->unseenConflicts(), 0);
        QCOMPARE(service->conflicts().size(), 1); // still listed, as seen
        QCOMPARE(service->conflicts().first().toMap().value(u"seen"_s).toBool(), true);
    }

    void unpairingStopsTheRounds()
    {
        TestServer server;
        open();
        SyncService *service = m_shell->syncService();
        pair(server);
        QTRY_VERIFY_WITH_TIMEOUT(service->online() && !service->syncing(), 10'000);
        QVERIFY(service->unpair());
        QVERIFY(!service->paired());
        QVERIFY(!service->isRunning());
        QVERIFY(!m_shop->store().syncLink().value().has_value());
        QCOMPARE(m_shell->sync()->stateText(), u"Offline — not connected to a shop server"_s);
    }

    void aRoundUnderWayIsAbortedOnShutdown()
    {
        // A "server" that takes the connection and never answers.
        TestServer server;
        open();
        pair(server);
        SyncService *service = m_shell->syncService();
        QTRY_VERIFY_WITH_TIMEOUT(service->online() && !service->syncing(), 10'000);
        server.api.reset();
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, server.port));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this,
                [&] { held.append(silent.nextPendingConnection()); });
        service->syncNow();
        QTRY_VERIFY(service->syncing());
        QTRY_VERIFY(!held.isEmpty());

        QElapsedTimer clock;
        clock.start();
        m_shell.reset(); // the round's request is aborted, the thread joined
        QVERIFY(clock.elapsed() < 2000);
    }

private:
    void open()
    {
        m_shell = std::make_unique<Shell>(m_shop->store(), m_language);
        m_shell->syncService()->setEngineOptions(quickOptions());
        m_shell->syncService()->setDebounce(std::chrono::milliseconds(50));
        m_shell->staff()->signInAs(m_lan);
    }

    // One round asked for and ended; whether it reached the server.
    bool round()
    {
        SyncService *service = m_shell->syncService();
        if (service->syncing()) {
            QSignalSpy running(service, &SyncService::roundFinished);
            if (!running.wait(10'000))
                return false;
        }
        QSignalSpy done(service, &SyncService::roundFinished);
        service->syncNow();
        return done.wait(10'000) && done.first().first().toBool();
    }

    void pair(const TestServer &server)
    {
        SyncService *service = m_shell->syncService();
        QSignalSpy finished(service, &SyncService::pairingFinished);
        service->pair(server.url({}).toString(), server.pairingCode());
        QVERIFY(finished.wait(10'000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(service->pairingError()));
    }

    Language m_language;
    std::unique_ptr<test::Shop> m_shop;
    StaffMember m_lan;
    std::unique_ptr<Shell> m_shell;
};

QTEST_MAIN(TestSyncService)
#include "tst_syncservice.moc"
