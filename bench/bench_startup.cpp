// SPDX-License-Identifier: Apache-2.0
// stampdesk-bench-startup: how long the register's app takes to show its
// first frame, and how much memory it holds at rest (issue 5). A benchmark,
// not a test: it prints figures for docs/PERFORMANCE.md and never judges
// them. It does stop when the app fails to report: a crash is not a time.
//
// Each round starts the real executable (QProcess) with --startup-report
// three ways, interleaved so that a noisy neighbour hits them all alike:
//
//   wizard    a fresh database each run: the first start of a new shop.
//   sign-in   a prepared shop (cards, staff, today's activity): what the
//             register shows every morning.
//   counter   the same shop with --staff and --pin: the cashier's screen.
//             The PIN is hashed with 1,000 iterations, not 600,000, so that
//             the figure is the window's and not PBKDF2's (which a real
//             sign-in pays after the first frame, on a worker thread).
//
// The app reports the time from its process's start (/proc/self/stat) and
// from main() to its first frameSwapped, then VmRSS after 3 s at rest. The
// benchmark also times it from the outside: from QProcess::start to the
// line read from the pipe, which includes fork, exec and the pipe.
#include "customers.h"
#include "series.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <random>

using namespace Qt::StringLiterals;
using namespace stampdesk;
using bench::Series;

namespace {

const QString manager = u"Lan"_s;
const QString pin = u"2580"_s;

struct Options
{
    int runs = 15;
    int cards = 2'000;
    int stampsToday = 200;
    quint64 seed = 20261123;
    QString app = QStringLiteral(STAMPDESK_EXECUTABLE);
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void fail(const QString &message)
{
    QTextStream(stderr) << "stampdesk-bench-startup: " << message << '\n';
    std::exit(1);
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Starts stampdesk again and again and prints the time to its first frame and its "
        "memory at rest."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"runs"_s, u"Starts of each kind (default 15)."_s, u"n"_s},
        {u"cards"_s, u"Cards in the prepared shop (default 2000)."_s, u"n"_s},
        {u"stamps-today"_s, u"Stamp events today in the prepared shop (default 200)."_s, u"n"_s},
        {u"app"_s, u"The stampdesk executable (default: the one built with this)."_s, u"path"_s},
    });
    parser.process(app);
    Options o;
    const auto number = [&parser](const QString &name, int fallback) {
        if (!parser.isSet(name))
            return fallback;
        bool ok = false;
        const int n = parser.value(name).toInt(&ok);
        if (!ok || n < 1)
            fail(u"--%1 must be a whole number above 0"_s.arg(name));
        return n;
    };
    o.runs = number(u"runs"_s, o.runs);
    o.cards = number(u"cards"_s, o.cards);
    o.stampsToday = number(u"stamps-today"_s, o.stampsToday);
    if (parser.isSet(u"app"_s))
        o.app = parser.value(u"app"_s);
    return o;
}

// A shop that has worked for a while: cards, a manager, and today's
// stamps, so that the counter's activity list has rows to read.
void prepareShop(const QString &path, const Options &o)
{
    auto opened = Store::open(path);
    if (!opened)
        fail(opened.error().message());
    Store &store = *opened.value();
    bench::Customers customers(o.seed);
    QList<NewCard> cards;
    for (int i = 0; i < o.cards; ++i)
        cards.append(customers.next());
    const auto ids = store.createCards(cards, manager);
    if (!ids)
        fail(ids.error().message());
    if (auto added = store.addStaff(manager, StaffRole::Manager, Pins::hash(pin, 1'000)); !added)
        fail(added.error().message());
    std::mt19937_64 random(o.seed);
    std::uniform_int_distribution<qsizetype> pick(0, ids->size() - 1);
    // One stamp a visit: within any per-visit cap. A card met twice may be
    // in its cooldown and refused; another one is taken then.
    int added = 0;
    for (int tries = 0; added < o.stampsToday && tries < 10 * o.stampsToday; ++tries) {
        if (store.addStamps(ids->at(pick(random)), 1, u"sale"_s, manager))
            ++added;
    }
    if (added < o.stampsToday)
        fail(u"only %1 of %2 stamps were added"_s.arg(added).arg(o.stampsToday));
}

struct Report
{
    double sinceStartMs = -1; ///< process start (kernel) to first frame, as the app saw it
    double sinceMainMs = -1; ///< main() to first frame
    double outsideMs = -1; ///< QProcess::start to the line read
    qint64 rssKb = -1; ///< VmRSS after 3 s at rest
    qint64 anonKb = -1; ///< RssAnon then: the app's own, not the libraries' shared pages
    qint64 peakKb = -1; ///< VmHWM then
};

// One start of the app, until it exits by itself after its report.
Report start(const Options &o, const QStringList &arguments, const QString &home)
{
    QProcess app;
    // Nothing of the user's: the app's own files go to a scratch home.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, home + u"/run"_s);
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);

    Report r;
    QElapsedTimer outside;
    outside.start();
    app.start(o.app, QStringList{u"--startup-report"_s} + arguments);
    QByteArray text;
    while (!text.contains("first-frame-ms-since-main") || !text.endsWith('\n')) {
        if (!app.waitForReadyRead(30'000))
            fail(u"%1 %2 reported no first frame"_s.arg(o.app, arguments.join(u' ')));
        text += app.readAllStandardOutput();
        if (r.outsideMs < 0 && text.contains('\n'))
            r.outsideMs = double(outside.nsecsElapsed()) / 1e6;
    }
    if (!app.waitForFinished(30'000) || app.exitStatus() != QProcess::NormalExit
        || app.exitCode() != 0)
        fail(u"%1 %2 did not exit cleanly"_s.arg(o.app, arguments.join(u' ')));
    text += app.readAllStandardOutput();

    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() != 2)
            continue;
        const QByteArray &key = words.at(0);
        if (key == "first-frame-ms")
            r.sinceStartMs = words.at(1).toDouble();
        else if (key == "first-frame-ms-since-main")
            r.sinceMainMs = words.at(1).toDouble();
        else if (key == "idle-rss-kb")
            r.rssKb = words.at(1).toLongLong();
        else if (key == "idle-rss-anon-kb")
            r.anonKb = words.at(1).toLongLong();
        else if (key == "peak-rss-kb")
            r.peakKb = words.at(1).toLongLong();
    }
    if (r.sinceStartMs < 0 || r.sinceMainMs < 0 || r.rssKb < 0)
        fail(u"%1 %2 reported: %3"_s.arg(o.app, arguments.join(u' '), QString::fromUtf8(text)));
    return r;
}

struct Kind
{
    explicit Kind(const QString &kind)
        : name(kind)
        , sinceStart(kind, u"start"_s)
        , sinceMain(kind, u"main"_s)
        , outside(kind, u"outside"_s)
    { }

    QString name;
    Series sinceStart;
    Series sinceMain;
    Series outside;
    QList<qint64> rssKb;
    QList<qint64> anonKb;
    QList<qint64> peakKb;
};

// The load average, so that a reader can tell a busy machine's figures.
QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

void printKinds(const QList<Kind> &kinds)
{
    out() << "\nTime to the first frame, ms (median / p90 / max):\n";
    out() << u"%1 %2 %3 %4\n"_s.arg(u"start"_s, -10)
                 .arg(u"from process start"_s, 24)
                 .arg(u"from main()"_s, 24)
                 .arg(u"from outside"_s, 24);
    const auto cell = [](const Series &s) {
        return u"%1 / %2 / %3"_s.arg(s.medianMs(), 0, 'f', 0)
            .arg(s.percentileMs(90), 0, 'f', 0)
            .arg(s.maxMs(), 0, 'f', 0);
    };
    for (const Kind &k : kinds) {
        out() << u"%1 %2 %3 %4\n"_s.arg(k.name, -10)
                     .arg(cell(k.sinceStart), 24)
                     .arg(cell(k.sinceMain), 24)
                     .arg(cell(k.outside), 24);
    }
    out() << "\nMemory after 3 s at rest, MB (median VmRSS, max VmRSS, median RssAnon, median "
             "VmHWM):\n";
    for (const Kind &k : kinds) {
        out() << u"%1 %2 %3 %4 %5\n"_s.arg(k.name, -10)
                     .arg(double(median(k.rssKb)) / 1024, 8, 'f', 1)
                     .arg(double(*std::max_element(k.rssKb.begin(), k.rssKb.end())) / 1024, 8, 'f',
                          1)
                     .arg(double(median(k.anonKb)) / 1024, 8, 'f', 1)
                     .arg(double(median(k.peakKb)) / 1024, 8, 'f', 1);
    }
    out().flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"stampdesk-bench-startup"_s);
    const Options o = parseOptions(app);

    QTemporaryDir dir;
    if (!dir.isValid())
        fail(u"cannot create a temporary folder"_s);
    const QString shop = dir.filePath(u"shop.db"_s);
    const QString home = dir.filePath(u"home"_s);
    // The runtime folder must be the user's alone, or Qt warns.
    if (!QDir().mkpath(home + u"/run"_s)
        || !QFile::setPermissions(home + u"/run"_s,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner))
        fail(u"cannot create %1/run"_s.arg(home));
    prepareShop(shop, o);

    const QByteArray platform = qEnvironmentVariableIsSet("QT_QPA_PLATFORM")
        ? qgetenv("QT_QPA_PLATFORM")
        : (qEnvironmentVariableIsSet("DISPLAY") ? "xcb (DISPLAY " + qgetenv("DISPLAY") + ")"
                                                : "default");
    out() << "stampdesk-bench-startup " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
          << "\napp: " << o.app << "\nplatform: " << platform
          << (qEnvironmentVariableIsSet("QT_QUICK_BACKEND")
                  ? ", QT_QUICK_BACKEND=" + qgetenv("QT_QUICK_BACKEND")
                  : QByteArray())
          << "\nmachine: " << QSysInfo::prettyProductName() << ", "
          << QSysInfo::currentCpuArchitecture() << "\nruns: " << o.runs
          << " of each, interleaved; prepared shop: " << o.cards << " cards, " << o.stampsToday
          << " stamps today\nload average at start: " << loadAverage() << '\n';
    out().flush();

    QList<Kind> kinds{Kind(u"wizard"_s), Kind(u"sign-in"_s), Kind(u"counter"_s)};
    // One unmeasured start first: the page cache then holds the libraries,
    // as on a register that has started before.
    start(o, {u"--db"_s, shop, u"--lang"_s, u"vi"_s}, home);
    for (int run = 0; run < o.runs; ++run) {
        const QString fresh = dir.filePath(u"new-%1.db"_s.arg(run));
        const QList<QStringList> arguments{
            {u"--db"_s, fresh, u"--lang"_s, u"vi"_s},
            {u"--db"_s, shop, u"--lang"_s, u"vi"_s},
            {u"--db"_s, shop, u"--lang"_s, u"vi"_s, u"--staff"_s, manager, u"--pin"_s, pin},
        };
        for (qsizetype k = 0; k < kinds.size(); ++k) {
            const Report r = start(o, arguments.at(k), home);
            Kind &kind = kinds[k];
            kind.sinceStart.add(qint64(r.sinceStartMs * 1e6));
            kind.sinceMain.add(qint64(r.sinceMainMs * 1e6));
            kind.outside.add(qint64(r.outsideMs * 1e6));
            kind.rssKb.append(r.rssKb);
            kind.anonKb.append(r.anonKb);
            kind.peakKb.append(r.peakKb);
        }
        QTextStream(stderr) << "run " << run + 1 << " of " << o.runs << '\n';
    }
    printKinds(kinds);
    out() << "\nload average at the end: " << loadAverage() << '\n';
    return 0;
}
