// SPDX-License-Identifier: Apache-2.0
#include "qmlwindows.h"

#include "app/shell.h"

#include <QCoreApplication>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <memory>
#include <optional>

namespace stampdesk::QmlWindows {

namespace {

using namespace Qt::StringLiterals;

const QString moduleFolder = u":/Stampdesk"_s;

// Collects the warnings of QML and Qt Quick while it lives: those that the
// engine reports, and those that go straight to the message log (a polish
// loop, a failed image). Other categories (the platform plugin on a
// headless machine) are no concern of the QML.
class WarningCollector
{
public:
    explicit WarningCollector(QQmlEngine &engine)
    {
        m_connection = QObject::connect(&engine, &QQmlEngine::warnings, &engine,
                                        [this](const QList<QQmlError> &warnings) {
                                            for (const QQmlError &w : warnings)
                                                m_found.append(w.toString());
                                        });
        s_current = this;
        m_previous = qInstallMessageHandler(&WarningCollector::handle);
    }
    ~WarningCollector()
    {
        QObject::disconnect(m_connection);
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    WarningCollector(const WarningCollector &) = delete;
    WarningCollector &operator=(const WarningCollector &) = delete;

    const QStringList &found() const { return m_found; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        WarningCollector *self = s_current;
        if (!self)
            return;
        const QLatin1StringView category(context.category ? context.category : "");
        const bool fromQml = category.startsWith("qt.qml"_L1) || category.startsWith("qt.quick"_L1)
            || category == "qml"_L1 || category == "js"_L1 || text.contains(u"qrc:/");
        if (type != QtDebugMsg && type != QtInfoMsg && fromQml && !self->m_found.contains(text))
            self->m_found.append(text);
        if (self->m_previous)
            self->m_previous(type, context, text);
    }

    static inline WarningCollector *s_current = nullptr;
    QMetaObject::Connection m_connection;
    QtMessageHandler m_previous = nullptr;
    QStringList m_found;
};

struct ModuleFile
{
    QString type;
    QString file;
    bool singleton = false;
};

// The files of the module Stampdesk as its qmldir lists them, e.g.
// "Badge 1.0 Badge.qml" and "singleton Theme 1.0 Theme.qml".
QList<ModuleFile> moduleFiles()
{
    QFile qmldir(moduleFolder + u"/qmldir"_s);
    if (!qmldir.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QList<ModuleFile> files;
    while (!qmldir.atEnd()) {
        QStringList words = QString::fromUtf8(qmldir.readLine()).simplified().split(u' ');
        const bool singleton = words.first() == u"singleton";
        if (singleton)
            words.removeFirst();
        if (words.size() == 3 && words.at(2).endsWith(u".qml"))
            files.append({words.at(0), words.at(2), singleton});
    }
    return files;
}

// Why the file does not compile, if it does not. A singleton cannot be
// compiled on its own (QQmlComponent refuses "pragma Singleton"); it is
// made through an import instead, as its users do.
std::optional<QString> compile(QQmlEngine &engine, const ModuleFile &file)
{
    QQmlComponent component(&engine);
    if (file.singleton) {
        component.setData(
            u"import QtQml\nimport Stampdesk\nQtObject { property var it: %1 }"_s.arg(file.type)
                .toUtf8(),
            QUrl());
        std::unique_ptr<QObject> user(component.create());
        if (!user || user->property("it").value<QObject *>() == nullptr)
            return u"%1: %2"_s.arg(file.file, component.errorString());
        return std::nullopt;
    }
    component.loadUrl(QUrl(u"qrc"_s + moduleFolder + u'/' + file.file));
    if (component.isError())
        return component.errorString();
    return std::nullopt;
}

} // namespace

QUrl main()
{
    return QUrl(u"qrc:/Stampdesk/Main.qml"_s);
}

QUrl startupError()
{
    return QUrl(u"qrc:/Stampdesk/StartupError.qml"_s);
}

void prepare(QQmlEngine &engine)
{
    engine.addImportPath(u"qrc:/"_s);
}

bool loadMain(QQmlApplicationEngine &engine, Shell &shell)
{
    engine.setInitialProperties({{u"shell"_s, QVariant::fromValue(&shell)}});
    engine.load(main());
    return !engine.rootObjects().isEmpty();
}

bool loadStartupError(QQmlApplicationEngine &engine, const QString &message)
{
    engine.setInitialProperties({{u"message"_s, message}});
    engine.load(startupError());
    return !engine.rootObjects().isEmpty();
}

int selfTest(QQmlApplicationEngine &engine, Shell &shell, QTextStream &err)
{
    WarningCollector collector(engine);
    QStringList problems;

    // Every file the module lists compiles: its imports resolve and its
    // types are known.
    const QList<ModuleFile> files = moduleFiles();
    for (const ModuleFile &file : files) {
        if (auto problem = compile(engine, file))
            problems.append(*problem);
    }
    if (files.isEmpty())
        problems.append(u"no QML files in %1"_s.arg(moduleFolder));

    // Both windows are created with their properties and drawn; the main
    // window also looks a card up and switches the language both ways.
    if (!loadMain(engine, shell))
        problems.append(u"%1 did not load"_s.arg(main().toString()));
    QCoreApplication::processEvents();
    shell.lookup()->lookUp(u"0901234567"_s);
    const QString language = shell.language()->code();
    shell.language()->toggle();
    QCoreApplication::processEvents();
    shell.language()->setCode(language);
    shell.lookup()->clear();
    QCoreApplication::processEvents();

    QQmlComponent errorWindow(&engine, startupError());
    std::unique_ptr<QObject> shown(errorWindow.createWithInitialProperties(
        {{u"message"_s, u"The database cannot be opened."_s}}));
    if (!shown)
        problems.append(errorWindow.errorString());
    QCoreApplication::processEvents();

    problems.append(collector.found());
    for (const QString &p : std::as_const(problems))
        err << "self-test: " << p << '\n';
    err << "self-test: " << files.size() << " QML files, " << problems.size() << " problems\n";
    err.flush();
    return int(problems.size());
}

void screenshotAndQuit(QQuickWindow *window, const QString &path)
{
    // Grab once the first frame is on screen and the layout has settled;
    // grabbing inside frameSwapped would block the render loop.
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [window, path] {
            QTimer::singleShot(500, window, [window, path] {
                const bool saved = window->grabWindow().save(path, "PNG");
                QCoreApplication::exit(saved ? 0 : 1);
            });
        },
        Qt::SingleShotConnection);
}

} // namespace stampdesk::QmlWindows
