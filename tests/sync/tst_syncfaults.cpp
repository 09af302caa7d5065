// SPDX-License-Identifier: Apache-2.0
// The sync engine against the real reference server on 127.0.0.1, through a
// proxy that breaks what a shop's network breaks: slow and failing answers,
// dropped connections, cut bodies, a push applied whose answer never came
// back, the server killed in the middle of a round, the register killed in
// the middle of one. After each, the checker: no event lost, none applied
// twice, every register where the server is, both stores consistent.
#include "../server/servertest.h"
#include "faultproxy.h"
#include "sync/syncengine.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace stampdesk;
using namespace stampdesk::server::test;
using stampdesk::server::ServerApi;
using stampdesk::server::ServerStore;
using stampdesk::test::FaultProxy;
using Fault = FaultProxy::Fault;

namespace {

const QString lan = QStringLiteral("Lan");
const QByteArray eventsPath = QByteArrayLiteral("/v1/events");
const QByteArray changesPath = QByteArrayLiteral("/v1/changes");
const QByteArray shopPath = QByteArrayLiteral("/v1/shop");

SyncEngine::Options fastOptions()
{
    SyncEngine::Options options;
    options.retry.baseDelay = std::chrono::milliseconds(10);
    options.batchSize = 7; // several batches even in small tests
    options.pageSize = 3;
    return options;
}

// A register: its own database and its sync engine.
struct Register
{
    std::unique_ptr<Store> store;
    std::unique_ptr<SyncEngine> engine;

    Register(const QString &path, const QString &name,
             const SyncEngine::Options &options = fastOptions())
    {
        auto opened = Store::open(path);
        if (!opened)
            qFatal("cannot open %s", qPrintable(path));
        store = std::move(opened).value();
        (void)store->setRegisterInfo(name, {});
        engine = std::make_unique<SyncEngine>(*store);
        engine->setOptions(options);
    }

    std::optional<SyncError> pair(const QUrl &url, const QString &code)
    {
        QSignalSpy done(engine.get(), &SyncEngine::pairingFinished);
        engine->pair(url, code);
        if (!done.wait(10'000))
            qFatal("pairing did not finish");
        return done.first().first().value<std::optional<SyncError>>();
    }

    SyncSummary sync()
    {
        QSignalSpy done(engine.get(), &SyncEngine::finished);
        if (!engine->syncNow())
            qFatal("a round was running");
        if (!done.wait(20'000))
            qFatal("the round did not finish");
        return done.first().first().value<SyncSummary>();
    }
};

// Work done while offline: cards made and stamped (goal 8, so each card
// also issues a voucher). The stamps added.
int workOffline(Register &r, int cards)
{
    for (int i = 0; i < cards; ++i) {
        const auto made = r.store->createCard({}, {}, lan);
        if (!made)
            qFatal("cannot make a card");
        const QString card = made->state.card.id;
        if (!r.store->addStamps(card, 5, u"HD-%1"_qs.arg(i), lan)
            || !r.store->addStamps(card, 4, {}, lan))
            qFatal("cannot add stamps");
    }
    return cards * 9;
}

// The checker: every event of the register reached the server once, the
// server's stamps are exactly those given (none applied twice), and every
// card the server knows is on the register as the server has it.
void expectConverged(const Register &r, const TestServer &server, int stampsGiven)
{
    QCOMPARE(r.store->pendingSyncCount().value(), 0);
    auto problems = server.store->check();
    QVERIFY(problems.ok());
    QCOMPARE(problems->join(u'\n'), QString());
    auto report = r.store->check();
    QVERIFY(report.ok());
    QCOMPARE(report->problems.join(u'\n'), QString());

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"checker"_qs);
    db.setDatabaseName(server.store->path());
    QVERIFY(db.open());
    {
        const QList<Event> events = r.store->events().value();
        for (const Event &e : events) {
            if (e.as<Events::ProgrammeChanged>())
                continue;
            QSqlQuery q(db);
            q.prepare(u"SELECT COUNT(*) FROM events WHERE id = ?"_qs);
            q.addBindValue(e.id);
            QVERIFY(q.exec() && q.next());
            QVERIFY2(q.value(0).toInt() == 1, qPrintable(e.id + u' ' + e.type()));
        }
        int stamps = 0;
        QSqlQuery cards(db);
        QVERIFY(cards.exec(u"SELECT id FROM cards"_qs));
        while (cards.next()) {
            const QString id = cards.value(0).toString();
            auto theirs = server.store->card(id);
            QVERIFY(theirs.ok() && theirs->has_value());
            stamps += (*theirs)->card.lifetimeStamps;
            QCOMPARE(r.store->cardState(id).value(), **theirs);
        }
        QCOMPARE(stamps, stampsGiven);
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"checker"_qs);
}

// The results of a push the proxy saw answered: "accepted", "duplicate" ...
QStringList resultsOf(const FaultProxy::Request &request)
{
    QStringList out;
    const QJsonObject body = QJsonDocument::fromJson(request.answer).object();
    for (const QJsonValue &v : body.value(u"results"_qs).toArray())
        out << v.toObject().value(u"result"_qs).toString();
    return out;
}

// The pushes the proxy saw, by their index in requests().
QList<int> pushes(const FaultProxy &proxy)
{
    QList<int> out;
    for (qsizetype i = 0; i < proxy.requests().size(); ++i) {
        if (proxy.requests().at(i).path == eventsPath)
            out << int(i);
    }
    return out;
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    int m_files = 0;

    // A register paired with the server through the proxy, with its first
    // round done (it has the shop's programme).
    std::unique_ptr<Register> paired(const SyncEngine::Options &options = fastOptions())
    {
        const int n = ++m_files;
        auto r = std::make_unique<Register>(m_dir.filePath(u"r%1.db"_qs.arg(n)),
                                            u"Quầy %1"_qs.arg(n), options);
        const QString code = m_server->store->newPairingCode().value();
        if (auto error = r->pair(m_proxy->url(), code))
            qFatal("pairing failed: %s", qPrintable(error->message()));
        if (r->sync().error)
            qFatal("the first round failed");
        return r;
    }

    // The server stops at once, as a killed process would: its port closes
    // and its store is closed.
    void killServer()
    {
        m_server->api.reset();
        m_server->store.reset();
        m_server->port = 0;
    }

    // A new server process on the same database file, on another port.
    void restartServer()
    {
        auto opened = ServerStore::open(m_server->dir.filePath(u"server.db"_qs));
        QVERIFY(opened.ok());
        m_server->store = std::move(opened).value();
        m_server->api = std::make_unique<ServerApi>(*m_server->store);
        m_server->port = m_server->api->listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_server->port != 0);
        m_proxy->setUpstreamPort(m_server->port);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<SyncSummary>();
        qRegisterMetaType<std::optional<SyncError>>();
    }

    void init()
    {
        m_server = std::make_unique<TestServer>();
        m_proxy = std::make_unique<FaultProxy>(m_server->port);
        QVERIFY(m_proxy->listen());
    }

    void cleanup()
    {
        m_proxy.reset();
        m_server.reset();
    }

    void slowAnswersAndATimeout()
    {
        SyncEngine::Options options = fastOptions();
        options.timeout = std::chrono::milliseconds(300);
        auto r = paired(options);
        const int given = workOffline(*r, 5);

        // The first push is held past the client's timeout: the client
        // tries again, and the first copy still reaches the server later.
        m_proxy->plan(eventsPath, {{Fault::Delay, 700}, {Fault::Delay, 30}, {Fault::Delay, 30}});
        m_proxy->plan(changesPath, {{Fault::Delay, 30}, {Fault::Delay, 30}});
        const SyncSummary s = r->sync();
        QVERIFY(!s.error);
        QCOMPARE(s.pushed, 20);
        QTRY_VERIFY(m_proxy->idle());

        // Every copy of the first batch was answered by the server: the
        // first to arrive all accepted, the others all duplicate.
        const QList<int> pushed = pushes(*m_proxy);
        QVERIFY(pushed.size() >= 4);
        const QByteArray first = m_proxy->requests().at(pushed.at(0)).body;
        const QStringList accepted(7, u"accepted"_qs);
        const QStringList duplicate(7, u"duplicate"_qs);
        int copies = 0;
        int acceptedCopies = 0;
        for (int i : pushed) {
            const auto &request = m_proxy->requests().at(i);
            if (request.body != first)
                continue;
            ++copies;
            const QStringList results = resultsOf(request);
            QVERIFY2(results == accepted || results == duplicate, qPrintable(results.join(u',')));
            acceptedCopies += results == accepted ? 1 : 0;
        }
        QVERIFY(copies >= 2);
        QCOMPARE(acceptedCopies, 1);
        expectConverged(*r, *m_server, given);
    }

    void serverErrorsThenSuccess()
    {
        auto r = paired();
        const int given = workOffline(*r, 4);
        m_proxy->plan(shopPath, Fault::Error500);
        m_proxy->plan(eventsPath, Fault::Error500, 2);
        m_proxy->plan(changesPath, Fault::Error500, 2);
        const SyncSummary s = r->sync();
        QVERIFY(!s.error);
        QCOMPARE(s.pushed, 16);
        QCOMPARE(s.conflicts, 0);
        // 3 batches and 2 retries; the 500s never reached the server.
        QCOMPARE(m_proxy->count("POST", eventsPath), 5);
        expectConverged(*r, *m_server, given);

        // 500s past the retries: the round fails as passing, and sends
        // nothing twice when the next round succeeds.
        const int more = workOffline(*r, 1);
        m_proxy->plan(eventsPath, Fault::Error500, 5);
        const SyncSummary failed = r->sync();
        QVERIFY(failed.error);
        QVERIFY(failed.error->isTransient());
        QCOMPARE(failed.error->api->kind, ApiError::Kind::Server);
        QCOMPARE(r->store->pendingSyncCount().value(), 4);
        QVERIFY(!r->sync().error);
        expectConverged(*r, *m_server, given + more);
    }

    void rateLimitedWithRetryAfter()
    {
        auto r = paired();
        const int given = workOffline(*r, 2);
        m_proxy->plan(eventsPath, Fault::RateLimit);
        QVERIFY(!r->sync().error);
        const QList<int> pushed = pushes(*m_proxy);
        QVERIFY(pushed.size() >= 3);
        const auto &limited = m_proxy->requests().at(pushed.at(0));
        const auto &retry = m_proxy->requests().at(pushed.at(1));
        QCOMPARE(limited.fault, Fault::RateLimit);
        QCOMPARE(retry.body, limited.body);
        // Retry-After: 1 is honoured (a lower bound only; the proxy's clock).
        QVERIFY2(retry.arrivedMs - limited.arrivedMs >= 990,
                 qPrintable(QString::number(retry.arrivedMs - limited.arrivedMs)));
        expectConverged(*r, *m_server, given);
    }

    void droppedConnections()
    {
        auto r = paired();
        const int given = workOffline(*r, 3);
        m_proxy->plan(shopPath, Fault::Drop);
        m_proxy->plan(eventsPath, {{Fault::Pass}, {Fault::Drop}, {Fault::Drop}});
        m_proxy->plan(changesPath, Fault::Drop, 2);
        const SyncSummary s = r->sync();
        QVERIFY(!s.error);
        QCOMPARE(s.pushed, 12);
        int dropped = 0;
        for (const auto &request : m_proxy->requests())
            dropped += request.fault == Fault::Drop ? 1 : 0;
        QCOMPARE(dropped, 5);
        expectConverged(*r, *m_server, given);
    }

    void truncatedAnswers()
    {
        auto r = paired();
        const int given = workOffline(*r, 3);
        m_proxy->plan(eventsPath, {{Fault::Pass}, {Fault::Truncate}});
        m_proxy->plan(changesPath, Fault::Truncate);
        const SyncSummary s = r->sync();
        QVERIFY(!s.error);
        QCOMPARE(s.pushed, 12);

        // The cut push was applied; the retry of it changed nothing.
        const QList<int> pushed = pushes(*m_proxy);
        QCOMPARE(pushed.size(), 3);
        const auto &cut = m_proxy->requests().at(pushed.at(1));
        const auto &retry = m_proxy->requests().at(pushed.at(2));
        QCOMPARE(cut.fault, Fault::Truncate);
        QCOMPARE(retry.body, cut.body);
        QCOMPARE(resultsOf(cut), QStringList(5, u"accepted"_qs));
        QCOMPARE(resultsOf(retry), QStringList(5, u"duplicate"_qs));
        expectConverged(*r, *m_server, given);
    }

    void aPushAppliedWhoseAnswerWasLost()
    {
        SyncEngine::Options options = fastOptions();
        options.retry.maxAttempts = 1; // the round fails; the next one sends again
        auto r = paired(options);
        const int given = workOffline(*r, 3);
        // Qt's network access sends a request once more by itself when the
        // connection closes before any byte of the answer: lose both.
        m_proxy->plan(eventsPath, {{Fault::Pass}, {Fault::LoseAnswer}, {Fault::LoseAnswer}});
        const SyncSummary failed = r->sync();
        QVERIFY(failed.error);
        QVERIFY(failed.error->isTransient());
        QCOMPARE(failed.pushed, 7);
        QCOMPARE(r->store->pendingSyncCount().value(), 5);

        const SyncSummary s = r->sync();
        QVERIFY(!s.error);
        QCOMPARE(s.pushed, 5);
        const QList<int> pushed = pushes(*m_proxy);
        QCOMPARE(pushed.size(), 4);
        const auto &lost = m_proxy->requests().at(pushed.at(1));
        const auto &lostAgain = m_proxy->requests().at(pushed.at(2));
        const auto &again = m_proxy->requests().at(pushed.at(3));
        QCOMPARE(lost.fault, Fault::LoseAnswer);
        QCOMPARE(lostAgain.fault, Fault::LoseAnswer);
        QCOMPARE(lostAgain.body, lost.body);
        QCOMPARE(again.fault, Fault::Pass);
        QCOMPARE(again.body, lost.body);
        // The server applied the batch the first time, and only then.
        QCOMPARE(resultsOf(lost), QStringList(5, u"accepted"_qs));
        QCOMPARE(resultsOf(lostAgain), QStringList(5, u"duplicate"_qs));
        QCOMPARE(resultsOf(again), QStringList(5, u"duplicate"_qs));
        expectConverged(*r, *m_server, given);
    }

    void theServerKilledInTheMiddleOfAPush_data()
    {
        QTest::addColumn<int>("when");
        QTest::newRow("between batches") << 0;
        QTest::newRow("push on its way") << 1;
        QTest::newRow("push applied, answer lost") << 2;
    }

    void theServerKilledInTheMiddleOfAPush()
    {
        QFETCH(int, when);
        SyncEngine::Options options = fastOptions();
        options.retry.maxAttempts = 3;
        auto r = paired(options);
        const int given = workOffline(*r, 5);

        bool killed = false;
        if (when == 0) {
            connect(r->engine.get(), &SyncEngine::progress, this, [&](int pushed, int) {
                if (pushed == 7 && !killed) {
                    killed = true;
                    killServer();
                }
            });
        } else {
            if (when == 2)
                m_proxy->plan(eventsPath, {{Fault::Pass}, {Fault::LoseAnswer}});
            const auto signal = when == 1 ? &FaultProxy::forwarded : &FaultProxy::answered;
            connect(m_proxy.get(), signal, this, [&](int index) {
                if (m_proxy->requests().at(index).path == eventsPath && !killed
                    && pushes(*m_proxy).size() == 2) {
                    killed = true;
                    killServer();
                }
            });
        }
        const SyncSummary failed = r->sync();
        QVERIFY(killed);
        QVERIFY(failed.error);
        QVERIFY(failed.error->isTransient());
        QCOMPARE(failed.pushed, 7);
        QTRY_VERIFY(m_proxy->idle());

        restartServer();
        const SyncSummary s = r->sync();
        QVERIFY(!s.error);
        QCOMPARE(s.pushed, 13);
        if (when == 2) {
            // The server had applied the batch before it went down.
            const QList<int> pushed = pushes(*m_proxy);
            const auto &applied = m_proxy->requests().at(pushed.at(1));
            QCOMPARE(resultsOf(applied), QStringList(7, u"accepted"_qs));
            bool answeredDuplicate = false;
            for (int i : pushed.mid(2)) {
                const auto &request = m_proxy->requests().at(i);
                if (request.body == applied.body && request.status == 200)
                    answeredDuplicate = resultsOf(request) == QStringList(7, u"duplicate"_qs);
            }
            QVERIFY(answeredDuplicate);
        }
        expectConverged(*r, *m_server, given);
    }

    void theRegisterKilledInTheMiddleOfARound_data()
    {
        QTest::addColumn<bool>("pulling");
        QTest::newRow("pushing") << false;
        QTest::newRow("pulling") << true;
    }

    void theRegisterKilledInTheMiddleOfARound()
    {
        QFETCH(bool, pulling);
        // Enough cards at the server for several pages of 3.
        for (int i = 0; i < 14; ++i)
            QVERIFY(m_server->store->enrol({}, {}).ok());
        const int n = ++m_files;
        auto r =
            std::make_unique<Register>(m_dir.filePath(u"r%1.db"_qs.arg(n)), u"Quầy %1"_qs.arg(n));
        const QString file = r->store->path();
        QVERIFY(!r->pair(m_proxy->url(), m_server->store->newPairingCode().value()));
        const int given = workOffline(*r, 4); // 16 events, 3 batches

        // Killed after the first batch, or after the second page: the
        // engine and its store go at once, the request under way with them.
        bool killing = false;
        bool killed = false;
        connect(r->engine.get(), &SyncEngine::progress, this, [&](int pushed, int pulled) {
            if (!killing && (pulling ? pulled >= 6 : pushed == 7)) {
                killing = true;
                QTimer::singleShot(0, this, [&] {
                    r->engine.reset();
                    r->store.reset();
                    killed = true;
                });
            }
        });
        QVERIFY(r->engine->syncNow());
        QTRY_VERIFY(killed);
        QTRY_VERIFY(m_proxy->idle());
        const int pagesBefore = m_proxy->count("GET", changesPath);
        QVERIFY(pulling ? pagesBefore >= 2 : pagesBefore == 0);

        r = std::make_unique<Register>(file, u"Quầy %1"_qs.arg(n));
        QVERIFY(r->store->syncLink().value().has_value());
        QCOMPARE(r->store->syncLink().value()->cursor.isEmpty(), !pulling);
        const SyncSummary s = r->sync();
        QVERIFY(!s.error);
        const int pagesAfter = m_proxy->count("GET", changesPath) - pagesBefore;

        // A register pulling everything from the start needs more pages.
        auto witness = paired();
        const int fullPull = m_proxy->count("GET", changesPath) - pagesBefore - pagesAfter;
        if (pulling)
            QVERIFY2(pagesAfter < fullPull,
                     qPrintable(u"%1 pages, %2 from the start"_qs.arg(pagesAfter).arg(fullPull)));
        expectConverged(*r, *m_server, given);
        expectConverged(*witness, *m_server, given);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
