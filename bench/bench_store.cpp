// SPDX-License-Identifier: Apache-2.0
// stampdesk-bench-store: how fast the register's SQLite store is in a shop
// with many cards (issue 3). A benchmark, not a test: it prints figures for
// docs/PERFORMANCE.md and never fails on a slow machine.
#include "core/text.h"
#include "customers.h"
#include "series.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStorageInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdlib>
#include <random>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace stampdesk;
using bench::Series;

namespace {

const QString staff = u"bench"_s;

struct Options
{
    int cards = 100'000;
    int batch = 5'000;
    int samples = 2'000; // lookups; findCards takes a quarter of this
    int stamps = 1'000;
    int opens = 10;
    quint64 seed = 20261123;
    QString dir; // where the temporary directory goes; empty: the system's
    QString fsyncFreeDir = u"/dev/shm"_s; // tmpfs for the fsync-free copy; empty: none
    bool keep = false;
    bool json = false;
    QStringList command;
};

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void progress(const QString &text)
{
    err() << text << Qt::endl;
}

[[noreturn]] void fail(const QString &what, const QString &detail = {})
{
    err() << "stampdesk-bench-store: " << what;
    if (!detail.isEmpty())
        err() << ": " << detail;
    err() << Qt::endl;
    std::exit(1);
}

[[noreturn]] void fail(const QString &what, const StoreError &e)
{
    fail(what, e.message() + u" ("_s + e.detail + u')');
}

template<typename T>
T valueOrFail(StoreResult<T> result, const QString &what)
{
    if (!result)
        fail(what, result.error());
    return std::move(result).value();
}

int positive(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const int n = parser.value(name).toInt(&ok);
    if (!ok || n < 1)
        fail(u"--%1 needs a positive number"_s.arg(name));
    return n;
}

Options parseOptions(const QCoreApplication &app)
{
    Options o;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures the Stampdesk store: card lookups and stamp transactions in a fresh "
        "database of many cards, and the cost of opening it."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"cards"_s, u"Cards in the database (default 100000)."_s, u"N"_s, u"100000"_s},
        {u"batch"_s, u"Cards per createCards transaction (default 5000)."_s, u"N"_s, u"5000"_s},
        {u"samples"_s, u"Timed lookups of each kind (default 2000)."_s, u"N"_s, u"2000"_s},
        {u"stamps"_s, u"Timed stamp transactions (default 1000)."_s, u"N"_s, u"1000"_s},
        {u"opens"_s, u"Timed Store::open calls (default 10)."_s, u"N"_s, u"10"_s},
        {u"seed"_s, u"Seed of the made-up customers and the choices."_s, u"N"_s,
         QString::number(o.seed)},
        {u"dir"_s, u"Create the database under this folder (default: system temp)."_s, u"DIR"_s},
        {u"fsync-free-dir"_s,
         u"tmpfs folder for the fsync-free comparison (default /dev/shm; \"\" for none)."_s,
         u"DIR"_s, o.fsyncFreeDir},
        {u"keep"_s, u"Keep the database and print where it is."_s},
        {u"json"_s, u"Print one JSON object instead of the table."_s},
    });
    parser.process(app);
    o.cards = positive(parser, u"cards"_s);
    o.batch = positive(parser, u"batch"_s);
    o.samples = positive(parser, u"samples"_s);
    o.stamps = positive(parser, u"stamps"_s);
    o.opens = positive(parser, u"opens"_s);
    o.seed = parser.value(u"seed"_s).toULongLong();
    o.dir = parser.value(u"dir"_s);
    o.fsyncFreeDir = parser.value(u"fsync-free-dir"_s);
    o.keep = parser.isSet(u"keep"_s);
    o.json = parser.isSet(u"json"_s);
    o.command = app.arguments();
    return o;
}

// A plain SQLite connection of the benchmark's own, read-only, for the
// figures the Store does not expose (quick_check alone, SQLite's version, a
// statement prepared once). Never used to write.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(u"bench-raw-%1"_s.arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            fail(u"cannot open %1 read-only"_s.arg(path));
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    QString scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            fail(u"raw query failed"_s, sql);
        return q.value(0).toString();
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

std::unique_ptr<Store> openStore(const QString &path)
{
    return valueOrFail(Store::open(path), u"cannot open %1"_s.arg(path));
}

// The cards the benchmark made, to pick existing ones from.
struct Population
{
    QList<QString> ids;
    QList<NewCard> details; // in the order of ids
};

struct FillReport
{
    Population population;
    Series batches{u"fill"_s, u"createCards batch"_s};
    qint64 totalNs = 0;
};

FillReport fill(Store &store, const Options &o)
{
    FillReport report;
    bench::Customers customers(o.seed);
    report.population.ids.reserve(o.cards);
    report.population.details.reserve(o.cards);
    QElapsedTimer total;
    total.start();
    for (int done = 0; done < o.cards;) {
        QList<NewCard> batch;
        const int size = std::min(o.batch, o.cards - done);
        batch.reserve(size);
        for (int i = 0; i < size; ++i)
            batch.append(customers.next());
        const QList<QString> ids = report.batches.time(
            [&] { return valueOrFail(store.createCards(batch, staff), u"createCards"_s); });
        report.population.ids.append(ids);
        report.population.details.append(batch);
        done += size;
        if (!o.json || done % (o.batch * 5) == 0 || done == o.cards)
            progress(u"filled %1 of %2 cards"_s.arg(done).arg(o.cards));
    }
    report.totalNs = total.nsecsElapsed();
    return report;
}

// Store::open on the filled file, as stampdesk-cli opens it (header, schema
// and file size) and as the app opens it at start (also every page, PRAGMA
// quick_check), side by side.
void measureOpens(const QString &path, const Options &o, QList<Series> &out)
{
    Series quick(u"Opening the filled database (page cache warm)"_s,
                 u"Store::open, Verification::Structure (the CLI)"_s);
    Series full(quick.group(), u"Store::open, Verification::Pages (the app)"_s);
    for (int i = 0; i < o.opens; ++i) {
        for (auto [series, verification] : {std::pair{&quick, Store::Verification::Structure},
                                            std::pair{&full, Store::Verification::Pages}}) {
            auto store = series->time([&] {
                return valueOrFail(Store::open(path, verification), u"cannot open %1"_s.arg(path));
            });
        }
    }
    out << quick << full;
}

// A programme that never refuses a stamp, so that every timed transaction
// commits: a large per-visit cap and no cooldown.
void setGenerousProgramme(Store &store)
{
    Programme p = valueOrFail(store.programme(), u"programme"_s);
    p.maxPerVisit = maxStampsPerVisit;
    p.cooldownMinutes = 0;
    (void)valueOrFail(store.setProgramme(p, staff), u"setProgramme"_s);
}

class Picker
{
public:
    Picker(const Population &population, quint64 seed)
        : m_population(population)
        , m_random(seed)
    { }
    qsizetype next()
    {
        return std::uniform_int_distribution<qsizetype>(0, m_population.ids.size() - 1)(m_random);
    }

private:
    const Population &m_population;
    std::mt19937_64 m_random;
};

void expectCard(const Card &card, const QString &id, const QString &what)
{
    if (card.id != id)
        fail(u"%1 found card %2 instead of %3"_s.arg(what, card.id, id));
}

void measureLookups(Store &store, const Population &population, const Options &o,
                    QList<Series> &out)
{
    const QString group = u"Card lookups (random existing cards)"_s;
    Series byId(group, u"Store::card(id)"_s);
    Series byPhone(group, u"Store::cardByPhone(\"+84 …\")"_s);
    Series raw(group, u"same row by id, raw SQL prepared once (diagnostic)"_s);

    RawConnection connection(store.path());
    QSqlQuery prepared(connection.db());
    prepared.setForwardOnly(true);
    if (!prepared.prepare(u"SELECT * FROM cards WHERE id = ?"_s))
        fail(u"prepare"_s);

    Picker picker(population, o.seed + 1);
    const int warmUp = std::min(100, o.samples / 10);
    for (int i = -warmUp; i < o.samples; ++i) {
        const qsizetype k = picker.next();
        const QString &id = population.ids[k];
        const QString phone = bench::Customers::international(population.details[k].phone);
        const bool timed = i >= 0;

        QElapsedTimer t;
        t.start();
        const Card a = valueOrFail(store.card(id), u"card"_s);
        if (timed)
            byId.add(t.nsecsElapsed());
        expectCard(a, id, u"card"_s);

        t.restart();
        const Card b = valueOrFail(store.cardByPhone(phone), u"cardByPhone"_s);
        if (timed)
            byPhone.add(t.nsecsElapsed());
        expectCard(b, id, u"cardByPhone(%1)"_s.arg(phone));

        t.restart();
        prepared.addBindValue(id);
        QVariantList row;
        if (prepared.exec() && prepared.next()) {
            for (int c = 0; c < prepared.record().count(); ++c)
                row.append(prepared.value(c));
        }
        prepared.finish();
        if (timed)
            raw.add(t.nsecsElapsed());
        if (row.isEmpty() || row.first().toString() != id)
            fail(u"raw lookup"_s, id);
    }
    out << byId << byPhone << raw;
}

void measureFinds(Store &store, const Population &population, const Options &o, QList<Series> &out)
{
    const QString group = u"findCards, limit 50 (informative)"_s;
    Series last4(group, u"findCards(last 4 phone digits)"_s);
    Series given(group, u"findCards(given name, no accents)"_s);
    Series full(group, u"findCards(full name, no accents)"_s);

    Picker picker(population, o.seed + 2);
    const int samples = std::max(10, o.samples / 4);
    for (int i = 0; i < samples; ++i) {
        const NewCard &c = population.details[picker.next()];
        const QString queries[] = {Text::phoneDigits(c.phone).right(4),
                                   bench::Customers::givenNameTyped(c.name),
                                   Text::foldForSearch(c.name)};
        Series *series[] = {&last4, &given, &full};
        for (int q = 0; q < 3; ++q) {
            const auto found = series[q]->time(
                [&] { return valueOrFail(store.findCards(queries[q]), u"findCards"_s); });
            if (found.isEmpty())
                fail(u"findCards found nothing for"_s, queries[q]);
        }
    }
    out << last4 << given << full;
}

#ifdef Q_OS_UNIX
// The floor under a durable commit on this disk: overwrite 4 KiB of a file
// (as SQLite overwrites its WAL once it has been reset) and fdatasync it.
class SyncProbe
{
public:
    explicit SyncProbe(const QString &folder)
        : m_file(folder + u"/fsync-probe"_s)
        , m_block(4096, 'x')
    {
        if (!m_file.open(QIODevice::ReadWrite) || !m_file.resize(m_size))
            fail(u"cannot create"_s, m_file.fileName());
    }
    ~SyncProbe() { m_file.remove(); }
    void run()
    {
        m_offset = (m_offset + m_block.size()) % m_size;
        m_file.seek(m_offset);
        m_file.write(m_block);
        m_file.flush();
        if (::fdatasync(m_file.handle()) != 0)
            fail(u"fdatasync failed"_s);
    }

private:
    static constexpr qint64 m_size = 4 << 20;
    QFile m_file;
    QByteArray m_block;
    qint64 m_offset = 0;
};
#endif

// Every goal-th stamp completes a cycle, and that transaction also issues a
// voucher: timed apart, on cards first brought (untimed) to one stamp short.
Series measureCompletions(Store &store, const Population &population, const Options &o,
                          const QString &group)
{
    Series completing(group, u"Store::addStamps completing a cycle (+ voucher)"_s);
    const int goal = valueOrFail(store.programme(), u"programme"_s).goal;
    Picker picker(population, o.seed + 4);
    const int samples = std::max(10, o.stamps / 10);
    for (int i = 0; i < samples; ++i) {
        const QString &id = population.ids[picker.next()];
        const int missing = goal - 1 - valueOrFail(store.card(id), u"card"_s).stamps;
        if (missing > 0)
            (void)valueOrFail(store.addStamps(id, missing, u"top-up"_s, staff), u"addStamps"_s);
        const Outcome outcome = completing.time([&] {
            return valueOrFail(store.addStamps(id, 1, u"completion-%1"_s.arg(i), staff),
                               u"addStamps"_s);
        });
        if (outcome.issuedVouchers().size() != 1)
            fail(u"completing a cycle issued no voucher on"_s, id);
    }
    return completing;
}

struct StampReport
{
    int vouchersIssued = 0;
};

// Stamp transactions as a cashier makes them: one stamp, one BEGIN
// IMMEDIATE … COMMIT at synchronous=FULL. Side by side with it, to see where
// the time goes: the same transaction on a copy on tmpfs (where fsync costs
// nothing), the reads the transaction starts with, and a bare fdatasync.
StampReport measureStamps(Store &disk, Store *fsyncFree, const Population &population,
                          const Options &o, QList<Series> &out)
{
    const QString group = u"Stamp transactions (1 stamp, synchronous=FULL, WAL)"_s;
    Series onDisk(group, u"Store::addStamps on disk"_s);
    const QString breakdown = u"Where a stamp transaction's time goes (diagnostic)"_s;
    Series onTmpfs(breakdown, u"Store::addStamps on a tmpfs copy (fsync free)"_s);
    Series reads(breakdown, u"its reads alone: programme() + cardState()"_s);
    Series sync(breakdown, u"bare 4 KiB write + fdatasync on the disk"_s);
#ifdef Q_OS_UNIX
    SyncProbe probe(QFileInfo(disk.path()).absolutePath());
#endif

    StampReport report;
    Picker picker(population, o.seed + 3);
    const int warmUp = std::min(20, o.stamps / 10);
    for (int i = -warmUp; i < o.stamps; ++i) {
        const bool timed = i >= 0;
        const QString &id = population.ids[picker.next()];
        const QString sale = u"sale-%1"_s.arg(i + warmUp);

        QElapsedTimer t;
        t.start();
        const Outcome outcome = valueOrFail(disk.addStamps(id, 1, sale, staff), u"addStamps"_s);
        if (timed)
            onDisk.add(t.nsecsElapsed());
        report.vouchersIssued += int(outcome.issuedVouchers().size());

        if (fsyncFree) {
            t.restart();
            (void)valueOrFail(fsyncFree->addStamps(id, 1, sale, staff), u"addStamps (tmpfs)"_s);
            if (timed)
                onTmpfs.add(t.nsecsElapsed());
        }

        t.restart();
        (void)valueOrFail(disk.programme(), u"programme"_s);
        (void)valueOrFail(disk.cardState(id), u"cardState"_s);
        if (timed)
            reads.add(t.nsecsElapsed());

#ifdef Q_OS_UNIX
        t.restart();
        probe.run();
        if (timed)
            sync.add(t.nsecsElapsed());
#endif
    }
    out << onDisk << measureCompletions(disk, population, o, group);
    if (fsyncFree)
        out << onTmpfs;
    out << reads;
    if (sync.count() > 0)
        out << sync;
    return report;
}

QString cpuModel()
{
    QFile f(u"/proc/cpuinfo"_s);
    if (!f.open(QIODevice::ReadOnly))
        return QSysInfo::currentCpuArchitecture();
    const QString text = QString::fromUtf8(f.readAll());
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(u"model name"))
            return line.section(u':', 1).trimmed();
    }
    return QSysInfo::currentCpuArchitecture();
}

QJsonObject machine(const QString &path, const QString &sqliteVersion)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return QJsonObject{
        {u"cpus"_s, QThread::idealThreadCount()},
        {u"cpu"_s, cpuModel()},
        {u"os"_s, QSysInfo::prettyProductName()},
        {u"kernel"_s, QSysInfo::kernelVersion()},
        {u"filesystem"_s, QString::fromUtf8(storage.fileSystemType())},
        {u"device"_s, QString::fromUtf8(storage.device())},
        {u"qt"_s, QString::fromLatin1(qVersion())},
        {u"sqlite"_s, sqliteVersion},
    };
}

// Copies the closed database (and a WAL, should one be left) to tmpfs.
std::unique_ptr<QTemporaryDir> copyToTmpfs(const QString &path, const Options &o)
{
    if (o.fsyncFreeDir.isEmpty() || !QFileInfo(o.fsyncFreeDir).isDir())
        return {};
    if (QStorageInfo(o.fsyncFreeDir).fileSystemType() != "tmpfs") {
        progress(u"%1 is not tmpfs: skipping the fsync-free comparison"_s.arg(o.fsyncFreeDir));
        return {};
    }
    auto dir = std::make_unique<QTemporaryDir>(o.fsyncFreeDir + u"/stampdesk-bench-XXXXXX"_s);
    if (!dir->isValid())
        fail(u"cannot create a folder in"_s, o.fsyncFreeDir);
    for (const QString &suffix : {QString(), u"-wal"_s}) {
        if (QFile::exists(path + suffix)
            && !QFile::copy(path + suffix, dir->filePath(u"stampdesk.db"_s) + suffix))
            fail(u"cannot copy the database to"_s, dir->path());
    }
    return dir;
}

void print(const QJsonObject &report, const QList<Series> &series, bool json)
{
    QTextStream out(stdout);
    if (json) {
        QJsonObject object = report;
        QJsonArray results;
        for (const Series &s : series)
            results.append(s.toJson());
        object.insert(u"results"_s, results);
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return;
    }
    const QJsonObject m = report.value(u"machine"_s).toObject();
    const QJsonObject f = report.value(u"fill"_s).toObject();
    out << "Stampdesk store benchmark, " << report.value(u"date"_s).toString() << '\n'
        << "command:  " << report.value(u"command"_s).toString() << '\n'
        << "machine:  " << m.value(u"cpus"_s).toInt() << " x " << m.value(u"cpu"_s).toString()
        << ", " << m.value(u"os"_s).toString() << ", kernel " << m.value(u"kernel"_s).toString()
        << '\n'
        << "disk:     " << m.value(u"filesystem"_s).toString() << " on "
        << m.value(u"device"_s).toString() << '\n'
        << "software: Qt " << m.value(u"qt"_s).toString() << ", SQLite "
        << m.value(u"sqlite"_s).toString() << '\n'
        << "database: " << report.value(u"cards"_s).toInt() << " cards, "
        << QString::number(report.value(u"database_bytes"_s).toDouble() / 1e6, 'f', 1)
        << " MB after the fill\n"
        << "fill:     " << QString::number(f.value(u"seconds"_s).toDouble(), 'f', 1) << " s in "
        << f.value(u"batches"_s).toInt() << " createCards transactions of "
        << f.value(u"batch"_s).toInt() << " cards ("
        << QString::number(f.value(u"cards_per_second"_s).toDouble(), 'f', 0) << " cards/s)\n\n"
        << bench::formatTable(series) << '\n'
        << "reading every page makes an open "
        << QString::number(report.value(u"pages_to_structure_open_ratio"_s).toDouble(), 'f', 0)
        << " times slower (medians); the timed single stamps issued "
        << report.value(u"vouchers_issued"_s).toInt() << " vouchers\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"stampdesk-bench-store"_s);
    const Options o = parseOptions(app);

    QTemporaryDir dir(o.dir.isEmpty() ? QDir::tempPath() + u"/stampdesk-bench-XXXXXX"_s
                                      : o.dir + u"/stampdesk-bench-XXXXXX"_s);
    if (!dir.isValid())
        fail(u"cannot create a temporary folder"_s, dir.errorString());
    dir.setAutoRemove(!o.keep);
    const QString path = dir.filePath(u"stampdesk.db"_s);

    progress(u"creating %1 with %2 cards"_s.arg(path).arg(o.cards));
    FillReport filled;
    {
        auto store = openStore(path);
        filled = fill(*store, o);
        setGenerousProgramme(*store);
    } // closing the last connection checkpoints the WAL into the file

    const qint64 bytes = QFileInfo(path).size();
    QString sqliteVersion;
    {
        RawConnection raw(path);
        sqliteVersion = raw.scalar(u"SELECT sqlite_version()"_s);
    }

    QList<Series> series;
    progress(u"timing %1 opens"_s.arg(o.opens));
    measureOpens(path, o, series);
    const double pagesRatio = series[1].medianMs() / series[0].medianMs();

    auto tmpfsDir = copyToTmpfs(path, o);
    auto store = openStore(path);
    std::unique_ptr<Store> fsyncFree;
    if (tmpfsDir)
        fsyncFree = openStore(tmpfsDir->filePath(u"stampdesk.db"_s));

    progress(u"timing lookups"_s);
    measureLookups(*store, filled.population, o, series);
    measureFinds(*store, filled.population, o, series);
    progress(u"timing stamp transactions"_s);
    const StampReport stamps = measureStamps(*store, fsyncFree.get(), filled.population, o, series);

    const QJsonObject report{
        {u"benchmark"_s, u"store"_s},
        {u"date"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {u"command"_s, o.command.join(u' ')},
        {u"machine"_s, machine(path, sqliteVersion)},
        {u"cards"_s, o.cards},
        {u"database_bytes"_s, bytes},
        {u"fill"_s,
         QJsonObject{
             {u"seconds"_s, double(filled.totalNs) / 1e9},
             {u"batches"_s, filled.batches.count()},
             {u"batch"_s, o.batch},
             {u"cards_per_second"_s, double(o.cards) * 1e9 / double(filled.totalNs)},
             {u"median_batch_ms"_s, filled.batches.medianMs()},
         }},
        {u"pages_to_structure_open_ratio"_s, pagesRatio},
        {u"vouchers_issued"_s, stamps.vouchersIssued},
    };
    print(report, series, o.json);
    if (o.keep)
        progress(u"kept %1"_s.arg(path));
    return 0;
}
