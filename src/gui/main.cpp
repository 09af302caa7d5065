// SPDX-License-Identifier: Apache-2.0
// stampdesk: the register's app. Parses the options, opens the store and
// shows the main window; everything else lives in the libraries.
#include "app/language.h"
#include "app/logfile.h"
#include "app/shell.h"
#include "app/singleinstance.h"
#include "core/version.h"
#include "qmlwindows.h"
#include "store/store.h"

#include <QCameraDevice>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMediaDevices>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstring>
#include <ctime>
#include <memory>
#include <unistd.h>
#include <utility>

Q_IMPORT_QML_PLUGIN(StampdeskPlugin)
Q_IMPORT_QML_PLUGIN(Stampdesk_AppPlugin)
Q_IMPORT_QML_PLUGIN(Stampdesk_ScanPlugin)

using namespace stampdesk;
using namespace Qt::StringLiterals;

namespace {

bool hasArgument(int argc, char *argv[], std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *name : names) {
            if (std::strcmp(argv[i], name) == 0)
                return true;
        }
    }
    return false;
}

// The value of --name, given as "--name value" or "--name=value"; empty if
// absent. For the few choices made before the application exists.
QByteArray argumentValue(int argc, char *argv[], QByteArrayView name)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == name && i + 1 < argc)
            return argv[i + 1];
        if (argument.startsWith(name) && argument.sliced(name.size()).startsWith('='))
            return argument.sliced(name.size() + 1).toByteArray();
    }
    return {};
}

// Qt Quick's renderer, chosen before the application is made. On Linux
// without a GPU (no render node: no /dev/dri/renderD*) Mesa draws OpenGL
// with llvmpipe, in software anyway, which holds ~95 MB more and shows the first frame later
// than Qt Quick's own software renderer (docs/PERFORMANCE.md, "App
// startup"); so the software renderer is the default there, and the
// viewfinder draws the camera with FramePicture. --renderer software|opengl,
// or Qt's own QT_QUICK_BACKEND or QSG_RHI_BACKEND, decide instead.
void chooseRenderer(int argc, char *argv[])
{
    const QByteArray asked = argumentValue(argc, argv, "--renderer");
    bool software = false;
    if (asked == "opengl") {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::OpenGL);
    } else if (asked == "software") {
        software = true;
    } else if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND")
               || qEnvironmentVariableIsSet("QSG_RHI_BACKEND")) {
        software = qgetenv("QT_QUICK_BACKEND") == "software";
    } else {
#ifdef Q_OS_LINUX
        software = QDir(u"/dev/dri"_s).entryList({u"renderD*"_s}, QDir::System).isEmpty();
#endif
        // Elsewhere (Windows, macOS) the system's own graphics stand.
    }
    if (!software)
        return;
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    // QVideoFrame::toImage() (FramePicture's conversion) would otherwise make
    // an OpenGL context of its own wherever the platform offers OpenGL, i.e.
    // llvmpipe again (+90 MB, 0.4 s for the first frame under Xvfb). Qt 6.4
    // converts on the CPU when this attribute is set (qvideoframeconverter.cpp,
    // initializeRHI); it is otherwise a Qt Widgets setting, and there are none.
    QCoreApplication::setAttribute(Qt::AA_ForceRasterWidgets);
}

struct Options
{
    QString db;
    QString language;
    bool selfTest = false;
    QString screenshot;
    QString search;
    CameraChoice camera;
    QString page;
    QString staff;
    QString pin;
    bool startupReport = false;
    QString logFolder;

    /// Runs made by tools (tests, screenshots, the startup benchmark) neither
    /// claim their database nor write the user's log.
    bool toolRun() const { return selfTest || !screenshot.isEmpty() || startupReport; }
};

// --list-cameras: what --camera accepts, one camera a line.
void listCameras()
{
    QTextStream out(stdout);
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    for (const QCameraDevice &camera : cameras) {
        out << QString::fromUtf8(camera.id()) << '\t' << camera.description()
            << (camera.isDefault() ? "\t(default)" : "") << '\n';
    }
    if (cameras.isEmpty())
        out << "no camera\n";
}

// Parses the command line; exits for --help, --version and mistakes.
Options parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Stampdesk: stamp cards and vouchers at the register."_s);
    parser.addHelpOption();
    const QCommandLineOption version({u"v"_s, u"version"_s}, u"Show the version and exit."_s);
    const QCommandLineOption db(
        u"db"_s, u"The database to work on (default: stampdesk.db in the user's data folder)."_s,
        u"path"_s);
    const QCommandLineOption lang(
        u"lang"_s,
        u"The UI language: vi or en (default: the system's if Vietnamese, else English)."_s,
        u"language"_s);
    const QCommandLineOption selfTest(
        u"self-test"_s, u"Load every window once, report problems and exit (0: none)."_s);
    // For the README's pictures and for checking a layout by eye.
    QCommandLineOption screenshot(u"screenshot"_s,
                                  u"Save the main window to a PNG file and exit."_s, u"file"_s);
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption search(
        u"search"_s, u"Type this at the counter at start: a card, a phone, a redeem code."_s,
        u"text"_s);
    search.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption camera(
        u"camera"_s,
        u"The camera to scan with, by id or name (see --list-cameras; default: the system's)."_s,
        u"id"_s);
    const QCommandLineOption cameraFile(
        u"camera-file"_s,
        u"Show a video or image file instead of a camera (demos, registers without a webcam)."_s,
        u"path"_s);
    const QCommandLineOption cameras(u"list-cameras"_s, u"List the cameras and exit."_s);
    const QCommandLineOption logFolder(
        u"log-folder"_s,
        u"Write the log (stampdesk.log, rotated by size) to this folder (default: logs in the "
        "user's data folder)."_s,
        u"folder"_s);
    // For screenshots of every page: the page to open, and who signs in
    // for it (with their real PIN: no way around the sign-in).
    QCommandLineOption page(u"page"_s, u"wizard, signin, counter or settings[:N]."_s, u"page"_s);
    page.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption staff(u"staff"_s, u"Sign this member in at start."_s, u"name"_s);
    staff.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption pin(u"pin"_s, u"The member's PIN."_s, u"pin"_s);
    pin.setFlags(QCommandLineOption::HiddenFromHelp);
    // For bench/bench_startup.cpp.
    QCommandLineOption startupReport(
        u"startup-report"_s,
        u"Print the time to the first frame and, 3 s later, the memory in use; then exit."_s);
    startupReport.setFlags(QCommandLineOption::HiddenFromHelp);
    // Read before the application exists (chooseRenderer); here to be known.
    QCommandLineOption renderer(
        u"renderer"_s, u"software or opengl (default: software without a GPU)."_s, u"renderer"_s);
    renderer.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({version, db, lang, selfTest, screenshot, search, camera, cameraFile, cameras,
                       logFolder, page, staff, pin, startupReport, renderer});
    parser.process(app);

    if (parser.isSet(version)) {
        QTextStream(stdout) << "stampdesk " << stampdesk::version << '\n';
        std::exit(0);
    }
    if (parser.isSet(cameras)) {
        listCameras();
        std::exit(0);
    }
    Options o;
    o.db = parser.value(db);
    o.language = parser.value(lang);
    if (parser.isSet(lang) && Catalogue::languageCode(o.language).isEmpty()) {
        QTextStream(stderr) << "stampdesk: --lang must be vi or en, not \"" << o.language << "\"\n";
        std::exit(2);
    }
    if (parser.isSet(renderer) && parser.value(renderer) != u"software"
        && parser.value(renderer) != u"opengl") {
        QTextStream(stderr) << "stampdesk: --renderer must be software or opengl\n";
        std::exit(2);
    }
    o.selfTest = parser.isSet(selfTest);
    o.screenshot = parser.value(screenshot);
    o.search = parser.value(search);
    o.camera = {parser.value(camera), parser.value(cameraFile)};
    o.page = parser.value(page);
    o.staff = parser.value(staff);
    o.pin = parser.value(pin);
    o.startupReport = parser.isSet(startupReport);
    o.logFolder = parser.value(logFolder);
    if (!o.camera.file.isEmpty() && !QFileInfo(o.camera.file).isFile()) {
        QTextStream(stderr) << "stampdesk: --camera-file: no such file: " << o.camera.file << '\n';
        std::exit(2);
    }
    return o;
}

// --staff and --pin: signs the member in, with the PIN checked as at the
// sign-in screen. False, having said why, when it is refused.
bool signInAtStart(Shell &shell, const Store &store, const Options &options, QTextStream &err)
{
    const auto staff = store.staff();
    QString id;
    for (const StaffMember &member : staff ? staff.value() : QList<StaffMember>()) {
        if (member.active && member.name == options.staff)
            id = member.id;
    }
    if (id.isEmpty()) {
        err << "stampdesk: --staff: no active member called " << options.staff << '\n';
        return false;
    }
    QEventLoop wait;
    QString refusal;
    QObject::connect(shell.staff(), &StaffSession::signedInAs, &wait, &QEventLoop::quit);
    QObject::connect(shell.staff(), &StaffSession::refused, &wait,
                     [&wait, &refusal](const QString &message) {
                         refusal = message;
                         wait.quit();
                     });
    shell.staff()->signIn(id, options.pin);
    if (shell.staff()->busy())
        wait.exec();
    if (!shell.staff()->signedIn()) {
        err << "stampdesk: --pin: " << refusal << '\n';
        return false;
    }
    return true;
}

// --page: the page to show at start, e.g. "settings:4" for the reports
// (for a manager signed in with --staff). The wizard and the sign-in show
// by themselves while they are needed.
void openPage(QObject *window, Shell &shell, const QString &page)
{
    const QStringList parts = page.split(u':');
    if (parts.first() != u"settings" || !shell.staff()->isManager())
        return;
    window->setProperty("settingsOpen", true);
    if (QObject *settings = window->findChild<QObject *>(u"settingsPage"_s))
        settings->setProperty("currentIndex", parts.value(1, u"0"_s).toInt());
}

// Milliseconds since the kernel started this process (/proc/self/stat,
// field 22, in clock ticks since boot): unlike a timer started in main, it
// includes exec, dynamic loading and static initialisation. -1 if unknown.
double msSinceProcessStart()
{
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // The name (field 2) may hold spaces: the fields are counted after it.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    timespec now{};
    if (fields.size() < 20 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double startMs = fields.at(19).toDouble() * 1000.0 / double(sysconf(_SC_CLK_TCK));
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6 - startMs;
}

// A line of /proc/self/status in kB, e.g. "VmRSS:"; -1 if unknown.
qint64 memoryKb(QByteArrayView name)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // readAll: a file of /proc has no size, so atEnd() is true at once.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// --startup-report: once the window's first frame is on screen, how long
// that took; after 3 s at rest, the memory in use; then exits with 0.
void reportStartup(QQuickWindow *window, const QElapsedTimer &sinceMain)
{
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [window, &sinceMain] {
            QTextStream out(stdout);
            out << "first-frame-ms " << msSinceProcessStart() << '\n'
                << "first-frame-ms-since-main " << sinceMain.nsecsElapsed() / 1e6 << '\n';
            out.flush();
            QTimer::singleShot(3000, window, [] {
                QTextStream(stdout) << "idle-rss-kb " << memoryKb("VmRSS:") << '\n'
                                    << "idle-rss-anon-kb " << memoryKb("RssAnon:") << '\n'
                                    << "peak-rss-kb " << memoryKb("VmHWM:") << '\n';
                QCoreApplication::exit(0);
            });
        },
        Qt::SingleShotConnection);
}

// Another start on the same database asked: the window comes to the front,
// out of the taskbar if it was minimised.
void bringToFront(QWindow *window)
{
    window->setWindowStates(window->windowStates() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->requestActivate();
}

// Says why Stampdesk cannot start in a window of its own; exits non-zero
// once it is closed (or its screenshot is saved).
int showStartupError(Language &language, const QString &message, const QString &screenshot)
{
    QQmlApplicationEngine engine;
    QmlWindows::prepare(engine);
    language.setEngine(&engine);
    if (!QmlWindows::loadStartupError(engine, message))
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (window && !screenshot.isEmpty())
        QmlWindows::screenshotAndQuit(window, screenshot);
    QCoreApplication::exec();
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    // Help and version work without a display (packaging, CI); the self-test
    // runs off screen unless told otherwise.
    const bool textOnly =
        hasArgument(argc, argv, {"-h", "--help", "--help-all", "-v", "--version"});
    if (hasArgument(argc, argv, {"--self-test"}) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Camera and video files through GStreamer: Qt 6.4's FFmpeg backend is
    // not reliable. A choice made in the environment stands.
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
    chooseRenderer(argc, argv);
    std::unique_ptr<QCoreApplication> app = textOnly
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QGuiApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"Stampdesk"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(stampdesk::version));
    QGuiApplication::setDesktopFileName(u"example.stampdesk.Stampdesk"_s);
    const Options options = parse(*app);

    QTextStream err(stderr);
    Language language;
    language.setCode(options.language.isEmpty() ? Language::systemDefault() : options.language);

    // The self-test works on a database of its own, never on the shop's.
    QTemporaryDir scratch;
    QString path = options.db;
    if (path.isEmpty())
        path = options.selfTest ? scratch.filePath(u"self-test.db"_s) : Store::defaultPath();

    // One app per database: a second start brings the first to the front.
    SingleInstance instance(path);
    if (!options.toolRun()) {
        switch (instance.claim()) {
        case SingleInstance::Claim::Claimed:
            break;
        case SingleInstance::Claim::Forwarded:
            QTextStream(stdout) << QCoreApplication::translate(
                                       "Startup",
                                       "Stampdesk is already open on %1: its window was brought "
                                       "to the front.")
                                       .arg(QDir::toNativeSeparators(path))
                                << '\n';
            return 0;
        case SingleInstance::Claim::Unanswered: {
            const QString message =
                QCoreApplication::translate(
                    "Startup",
                    "Stampdesk is already open on %1 (process %2) but does not answer. Close it, "
                    "or restart the computer, then start Stampdesk again.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(instance.holderPid());
            err << "stampdesk: " << message << '\n';
            err.flush();
            return showStartupError(language, message, options.screenshot);
        }
        }
    }

    // The log, in the user's data folder: what happened at this register
    // last week, after the terminal is long gone.
    LogFile log(options.logFolder.isEmpty() ? LogFile::defaultFolder() : options.logFolder);
    if (!options.toolRun() || !options.logFolder.isEmpty()) {
        QString why;
        if (log.open(&why))
            LogFile::install(&log);
        else
            err << "stampdesk: cannot write the log: " << why << '\n';
    }
    qInfo("Stampdesk %s started (process %lld) on %s", stampdesk::version,
          QCoreApplication::applicationPid(), qPrintable(QDir::toNativeSeparators(path)));
    // Every page is read once at start, so that a damaged file is refused
    // before a cashier works on it all day.
    auto store = Store::open(path, Store::Verification::Pages);

    if (!store) {
        const QString message = store.error().message();
        qCritical("stampdesk: %s", qPrintable(message));
        return options.selfTest ? 1 : showStartupError(language, message, options.screenshot);
    }

    // What this register was set to, unless the command line says otherwise.
    const Store &settings = *store.value();
    if (options.language.isEmpty()) {
        if (const auto chosen = settings.setting(u"language"_s); chosen && !chosen->isEmpty())
            language.setCode(chosen.value());
    }
    CameraChoice camera = options.camera;
    if (camera.id.isEmpty() && camera.file.isEmpty()) {
        if (const auto chosen = settings.setting(u"camera"_s))
            camera.id = chosen.value();
    }

    // The engine goes first when main returns, before the objects its
    // windows show.
    Shell shell(*store.value(), language, camera);
    if (!options.staff.isEmpty() && !signInAtStart(shell, *store.value(), options, err))
        return 2;
    QQmlApplicationEngine engine;
    QmlWindows::prepare(engine);
    language.setEngine(&engine);
    if (options.selfTest)
        return QmlWindows::selfTest(engine, shell, err) == 0 ? 0 : 1;
    if (!QmlWindows::loadMain(engine, shell))
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (window) {
        QObject::connect(&instance, &SingleInstance::activationRequested, window, [window] {
            qInfo("Another start on this database: the window is brought to the front");
            bringToFront(window);
        });
    }
    openPage(engine.rootObjects().first(), shell, options.page);
    // --search: typed into the counter's field and entered, as a cashier
    // would, so that a voucher's code shows its Confirm step.
    if (!options.search.isEmpty()) {
        if (QObject *field = engine.rootObjects().first()->findChild<QObject *>(u"searchField"_s)) {
            field->setProperty("text", options.search);
            QMetaObject::invokeMethod(field, "accepted");
        }
    }
    if (options.startupReport && window)
        reportStartup(window, sinceMain);
    if (!options.screenshot.isEmpty() && window) {
        if (options.camera.file.isEmpty()) {
            QmlWindows::screenshotAndQuit(window, options.screenshot);
        } else {
            // With a file for a camera, the picture worth taking is the one
            // after its code was read; a file without one is taken anyway.
            auto take = [window, path = options.screenshot, taken = std::make_shared<bool>()] {
                if (!std::exchange(*taken, true))
                    QmlWindows::screenshotAndQuit(window, path);
            };
            QObject::connect(shell.lastScan(), &ScanReport::changed, window, take);
            QTimer::singleShot(10'000, window, take);
        }
    }
    const int exitCode = QCoreApplication::exec();
    qInfo("Stampdesk stopped (exit code %d)", exitCode);
    return exitCode;
}
