// SPDX-License-Identifier: Apache-2.0
// stampdesk-bench-sync: how long a register takes to push its offline work
// and to pull a big shop into a fresh database (issue 6), through the real
// sync engine, the real reference server and real HTTP on 127.0.0.1. A
// benchmark, not a test: it prints figures for docs/PERFORMANCE.md.
#include "core/ids.h"
#include "core/rules.h"
#include "series.h"
#include "server/serverapi.h"
#include "server/serverstore.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace stampdesk;
using bench::Series;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void fail(const QString &what)
{
    QTextStream(stderr) << "stampdesk-bench-sync: " << what << '\n';
    std::exit(1);
}

template<typename T>
T need(StoreResult<T> r, const char *what)
{
    if (!r)
        fail(QString::fromUtf8(what) + u": "_s + r.error().message());
    return std::move(r).value();
}

// A server on a fresh database, listening on 127.0.0.1.
struct Backend
{
    std::unique_ptr<server::ServerStore> store;
    std::unique_ptr<server::ServerApi> api;
    QUrl url;

    explicit Backend(const QString &path)
    {
        store = need(server::ServerStore::open(path), "server store");
        api = std::make_unique<server::ServerApi>(*store);
        const quint16 port = api->listen(QHostAddress::LocalHost, 0);
        if (port == 0)
            fail(u"the server cannot listen"_s);
        url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    }

    // count cards made at another register, as they reach the backend.
    void seed(int count)
    {
        const Context elsewhere{
            QDateTime::currentDateTimeUtc(), Actor{u"seed"_s, u"seed-register"_s, u"Seed"_s}, {}};
        QList<Event> batch;
        for (int i = 0; i < count; ++i) {
            auto created = Rules::createCard(Ids::newCardId(), u"Khách %1"_s.arg(i), {}, elsewhere);
            batch += created->events;
            if (batch.size() == 500 || i == count - 1) {
                need(store->ingest(batch), "seed");
                batch.clear();
            }
        }
    }
};

// A register on a fresh database, paired with backend.
struct Register
{
    std::unique_ptr<Store> store;
    std::unique_ptr<SyncEngine> engine;

    Register(const QString &path, Backend &backend, const SyncEngine::Options &options)
    {
        store = need(Store::open(path), "register store");
        engine = std::make_unique<SyncEngine>(*store);
        engine->setOptions(options);
        QEventLoop loop;
        std::optional<SyncError> error;
        QObject::connect(engine.get(), &SyncEngine::pairingFinished, &loop,
                         [&](const std::optional<SyncError> &e) {
                             error = e;
                             loop.quit();
                         });
        engine->pair(backend.url, need(backend.store->newPairingCode(), "pairing code"));
        loop.exec();
        if (error)
            fail(u"pairing: "_s + error->message());
    }

    // One round; the times of the whole round and of its push part.
    SyncSummary round(qint64 *pushNs)
    {
        QEventLoop loop;
        SyncSummary summary;
        QElapsedTimer timer;
        const int waiting = store->pendingSyncCount().value();
        QObject::connect(engine.get(), &SyncEngine::progress, &loop, [&](int pushed, int pulled) {
            if (pushed == waiting && pulled == 0)
                *pushNs = timer.nsecsElapsed();
        });
        QObject::connect(engine.get(), &SyncEngine::finished, &loop, [&](const SyncSummary &s) {
            summary = s;
            loop.quit();
        });
        timer.start();
        engine->syncNow();
        loop.exec();
        if (summary.error)
            fail(u"sync: "_s + summary.error->message());
        return summary;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Sync: push offline events, pull a big shop (issue 6)."_s);
    parser.addHelpOption();
    const QCommandLineOption cardsOption(u"cards"_s, u"cards at the backend to pull"_s, u"N"_s,
                                         u"100000"_s);
    const QCommandLineOption eventsOption(u"events"_s, u"offline events to push"_s, u"N"_s,
                                          u"10000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"runs of each"_s, u"N"_s, u"5"_s);
    parser.addOptions({cardsOption, eventsOption, runsOption});
    parser.process(app);
    const int cards = parser.value(cardsOption).toInt();
    const int events = parser.value(eventsOption).toInt() / 5 * 5;
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const SyncEngine::Options options; // the app's defaults

    QTemporaryDir dir;
    out() << "Stampdesk sync benchmark: " << QSysInfo::prettyProductName() << ", "
          << QThread::idealThreadCount() << " threads; batches of " << options.batchSize
          << " events, pages of " << options.pageSize << " cards\n";
    out().flush();

    Series push(u"push"_s, u"%1 offline events: push only"_s.arg(events));
    Series pushRound(u"push"_s, u"%1 offline events: the whole round"_s.arg(events));
    Series pull(u"pull"_s, u"%1 cards into a fresh register"_s.arg(cards));

    // Push: each run a fresh register with its own offline work (a fifth
    // new cards, four stamp events each), to a backend of its own.
    for (int run = 0; run < runs; ++run) {
        Backend backend(dir.filePath(u"push-server-%1.db"_s.arg(run)));
        Register reg(dir.filePath(u"push-%1.db"_s.arg(run)), backend, options);
        NewCard blank;
        const QList<QString> ids =
            need(reg.store->createCards(QList<NewCard>(events / 5, blank), u"bench"_s), "cards");
        for (const QString &id : ids) {
            for (int i = 0; i < 4; ++i)
                need(reg.store->addStamps(id, 1, {}, u"bench"_s), "stamps");
        }
        qint64 pushNs = 0;
        QElapsedTimer timer;
        timer.start();
        const SyncSummary s = reg.round(&pushNs);
        pushRound.add(timer.nsecsElapsed());
        push.add(pushNs);
        if (s.pushed != events)
            fail(u"pushed %1 of %2"_s.arg(s.pushed).arg(events));
        out() << "push run " << run + 1 << ": " << pushNs / 1'000'000 << " ms (round "
              << timer.elapsed() << " ms)\n";
        out().flush();
    }

    // Pull: one big backend, a fresh register each run.
    Backend big(dir.filePath(u"pull-server.db"_s));
    QElapsedTimer seeding;
    seeding.start();
    big.seed(cards);
    out() << "seeded " << cards << " cards at the backend in " << seeding.elapsed() << " ms\n";
    for (int run = 0; run < runs; ++run) {
        Register reg(dir.filePath(u"pull-%1.db"_s.arg(run)), big, options);
        qint64 pushNs = 0;
        QElapsedTimer timer;
        timer.start();
        const SyncSummary s = reg.round(&pushNs);
        pull.add(timer.nsecsElapsed());
        if (s.pulled != cards)
            fail(u"pulled %1 of %2"_s.arg(s.pulled).arg(cards));
        out() << "pull run " << run + 1 << ": " << timer.elapsed() << " ms\n";
        out().flush();
    }

    out() << '\n' << bench::formatTable({push, pushRound, pull});
    out().flush();
    return 0;
}
