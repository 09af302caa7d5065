// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QTextStream>
#include <QUrl>

class QQmlApplicationEngine;
class QQmlEngine;
class QQuickWindow;

namespace stampdesk {

class Shell;

/// The windows of the stampdesk executable, all in the QML module
/// Stampdesk (qml/), loaded from its resources.
namespace QmlWindows {

QUrl main();
QUrl startupError();

/// Lets the engine find the modules in the resources ("qrc:/Stampdesk"):
/// Qt 6.4 does not look there by default (6.5 looks in ":/qt/qml").
void prepare(QQmlEngine &engine);

/// Loads the main window over the shell. False when it did not load.
bool loadMain(QQmlApplicationEngine &engine, Shell &shell);

/// Loads the window that says why Stampdesk cannot start.
bool loadStartupError(QQmlApplicationEngine &engine, const QString &message);

/// --self-test: compiles every QML file of the module, creates both windows
/// and works the main one a little (a look-up, a language switch). Returns
/// the number of errors and warnings, each of them written to err, so that
/// a broken import fails CI rather than a cashier's morning.
int selfTest(QQmlApplicationEngine &engine, Shell &shell, QTextStream &err);

/// Saves the window as a PNG file once it has been drawn, then quits the
/// application with 0, or 1 if the file could not be written.
void screenshotAndQuit(QQuickWindow *window, const QString &path);

} // namespace QmlWindows
} // namespace stampdesk
