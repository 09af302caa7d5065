// SPDX-License-Identifier: Apache-2.0
// What the window tests share: the items of a real window found by name,
// and keys, scans and clicks given to it as a person or a barcode gun
// gives them. A test class inherits it beside QObject and names its window
// once it is shown.
#pragma once

#include "app/language.h"
#include "app/shell.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QList>
#include <QQmlApplicationEngine>
#include <QQmlError>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>
#include <QtQuickTest/quicktest.h>

#include <memory>

namespace stampdesk::test {

class WindowDriver
{
public:
    void drive(QQuickWindow *window) { m_driven = window; }

    /// Loads the app's main window (Main.qml over shell, in language) and
    /// drives it once it is shown; mainWindow() is null when it failed. The
    /// QML warnings it gives are kept (qmlWarnings()).
    void openMain(Shell &shell, Language &language)
    {
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        language.setEngine(m_engine.get());
        m_warnings = std::make_unique<QSignalSpy>(m_engine.get(), &QQmlEngine::warnings);
        m_engine->setInitialProperties({{QStringLiteral("shell"), QVariant::fromValue(&shell)}});
        m_engine->load(QUrl(QStringLiteral("qrc:/Stampdesk/Main.qml")));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        drive(window);
    }

    /// The window openMain() shows, or null.
    QQuickWindow *mainWindow() const { return m_engine ? m_driven : nullptr; }
    QQmlEngine *engine() const { return m_engine.get(); }

    /// What the main window's QML said, a warning a line; empty when all
    /// went well.
    QString qmlWarnings() const { return m_warnings ? warnings(*m_warnings) : QString(); }

    /// Closes the main window: it and its engine go before the shell and
    /// the language they show.
    void closeMain()
    {
        m_warnings.reset();
        m_engine.reset();
        m_driven = nullptr;
    }

    /// The item called name in the visual tree below root (by default the
    /// whole window): a Repeater's items and a popup's have no QObject
    /// parent there, so findChild() would miss them. Ends the run when
    /// there is none.
    QQuickItem *item(const QString &name, QQuickItem *root = nullptr) const
    {
        QList<QQuickItem *> todo{root ? root : m_driven->contentItem()};
        while (!todo.isEmpty()) {
            QQuickItem *next = todo.takeFirst();
            if (next->objectName() == name)
                return next;
            todo.append(next->childItems());
        }
        qFatal("no item named %s in the window", qPrintable(name));
    }

    QString text(const QString &name) const { return item(name)->property("text").toString(); }

    /// Clicks the middle of target once it shows, where it is once the
    /// layouts have settled (not where it was).
    void click(QQuickItem *target) const
    {
        QTRY_VERIFY(target->isVisible());
        QVERIFY(QQuickTest::qWaitForPolish(m_driven));
        const QPointF centre = target->mapToScene(QPointF(target->width(), target->height()) / 2);
        QTest::mouseClick(m_driven, Qt::LeftButton, {}, centre.toPoint());
    }

    /// Types as a person does, 120 ms from key to key (ASCII only). The
    /// keys carry their own timestamps, on a clock far ahead of the one
    /// QTest's key clicks use, so that the barcode gun's watch (which tells
    /// people from guns by their speed) never takes them for a scan.
    void type(const QString &text)
    {
        for (QChar c : text) {
            m_typedAt += 120;
            const QString character(c);
            // Qt's key codes of ASCII characters are their upper-case codes.
            QKeyEvent press(QEvent::KeyPress, c.toUpper().unicode(), Qt::NoModifier, character);
            press.setTimestamp(m_typedAt);
            QCoreApplication::sendEvent(m_driven, &press);
            QKeyEvent release(QEvent::KeyRelease, press.key(), Qt::NoModifier, character);
            release.setTimestamp(m_typedAt + 40);
            QCoreApplication::sendEvent(m_driven, &release);
        }
    }

    /// Types as a barcode gun does: every key at once, then Enter.
    void scanWithGun(const QString &text) const
    {
        for (QChar c : text)
            QTest::keyClick(m_driven, c.toLatin1());
        QTest::keyClick(m_driven, Qt::Key_Return);
    }

    /// What a spy on QQmlEngine::warnings caught, a warning a line.
    static QString warnings(const QSignalSpy &spy)
    {
        QStringList all;
        for (const QList<QVariant> &signal : spy) {
            for (const QQmlError &e : signal.first().value<QList<QQmlError>>())
                all.append(e.toString());
        }
        return all.join(u'\n');
    }

private:
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<QSignalSpy> m_warnings;
    QQuickWindow *m_driven = nullptr;
    quint64 m_typedAt = 100'000'000;
};

} // namespace stampdesk::test
