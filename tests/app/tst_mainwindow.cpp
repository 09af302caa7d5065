// SPDX-License-Identifier: Apache-2.0
// The main window as a cashier uses it: type a phone number, press Enter,
// see the customer's card; switch the language and see the window follow.
#include "app/language.h"
#include "app/shell.h"
#include "core/ids.h"
#include "shopfixture.h"

#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(StampdeskPlugin)
Q_IMPORT_QML_PLUGIN(Stampdesk_AppPlugin)

using namespace stampdesk;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_shop = std::make_unique<test::Shop>();
        m_dao = m_shop->card(u"Nguyễn Thị Đào"_s, u"0901234567"_s, 3);
        m_language = std::make_unique<Language>();
        QVERIFY(m_language->setCode(u"en"_s));
        m_shell = std::make_unique<Shell>(m_shop->store(), *m_language);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(u"qrc:/"_s);
        m_language->setEngine(m_engine.get());
        m_warnings = std::make_unique<QSignalSpy>(m_engine.get(), &QQmlEngine::warnings);

        m_engine->setInitialProperties({{u"shell"_s, QVariant::fromValue(m_shell.get())}});
        m_engine->load(QUrl(u"qrc:/Stampdesk/Main.qml"_s));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup()
    {
        QVERIFY2(m_warnings->isEmpty(), qPrintable(warnings()));
        // The engine and its window go before the objects they show.
        m_warnings.reset();
        m_engine.reset();
        m_shell.reset();
        m_language.reset();
        m_shop.reset();
    }

    void opensReadyToType()
    {
        QCOMPARE(m_window->title(), u"Stampdesk"_s);
        QTRY_VERIFY(item(u"searchField"_s)->hasActiveFocus());
        QCOMPARE(item(u"programmeGoal"_s)->property("text").toString(), u"8 stamps"_s);
        QCOMPARE(item(u"programmeReward"_s)->property("text").toString(), u"A free coffee"_s);
        QVERIFY(!item(u"cardPanel"_s)->isVisible());
        QVERIFY(!item(u"lookupMessage"_s)->isVisible());
    }

    void showsTheCardOfATypedPhoneNumber()
    {
        QTRY_VERIFY(item(u"searchField"_s)->hasActiveFocus());
        type(u"+84 90 123 4567"_s);
        QTest::keyClick(m_window, Qt::Key_Return);

        QTRY_VERIFY(item(u"cardPanel"_s)->isVisible());
        QCOMPARE(text(u"cardName"_s), u"Nguyễn Thị Đào"_s);
        QCOMPARE(text(u"cardPhone"_s), u"••• ••• 4567"_s);
        QCOMPARE(text(u"cardId"_s), Ids::formatCardId(m_dao));
        QCOMPARE(text(u"cardStatus"_s), u"Active"_s);
        QCOMPARE(text(u"cardProgress"_s), u"3 of 8 stamps"_s);
        QCOMPARE(item(u"stampRow"_s)->property("shown").toInt(), 3);
        QVERIFY(!item(u"lookupMessage"_s)->isVisible());
    }

    void saysWhenNoCardMatches()
    {
        QTRY_VERIFY(item(u"searchField"_s)->hasActiveFocus());
        type(u"0999999999"_s);
        QTest::keyClick(m_window, Qt::Key_Enter);

        QTRY_VERIFY(item(u"lookupMessage"_s)->isVisible());
        QCOMPARE(text(u"lookupMessage"_s), m_shell->lookup()->message());
        QVERIFY(text(u"lookupMessage"_s).contains(u"0999999999"));
        QVERIFY(!item(u"cardPanel"_s)->isVisible());
    }

    void startsOverOnEscape()
    {
        QTRY_VERIFY(item(u"searchField"_s)->hasActiveFocus());
        type(u"0901234567"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(item(u"cardPanel"_s)->isVisible());

        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!item(u"cardPanel"_s)->isVisible());
        QCOMPARE(text(u"searchField"_s), QString());
        QCOMPARE(m_shell->lookup()->state(), CardLookup::State::Idle);
        QVERIFY(item(u"searchField"_s)->hasActiveFocus());
    }

    void switchesTheLanguageFromTheKeyboard()
    {
        type(u"0901234567"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(item(u"cardPanel"_s)->isVisible());
        QCOMPARE(text(u"findButton"_s), u"Find"_s);
        QSignalSpy changed(m_language.get(), &Language::changed);

        QTest::keyClick(m_window, Qt::Key_L, Qt::ControlModifier);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(m_language->code(), u"vi"_s);
        QCOMPARE(text(u"findButton"_s), QCoreApplication::translate("Main", "Find"));
        QVERIFY(text(u"findButton"_s) != u"Find"_s);
        QCOMPARE(text(u"cardProgress"_s),
                 QCoreApplication::translate("CardPanel", "%1 of %n stamp(s)", nullptr, 8).arg(3));
        QVERIFY(!text(u"cardProgress"_s).contains(u"stamps"));
        // The card and the search stay as they were.
        QCOMPARE(text(u"cardName"_s), u"Nguyễn Thị Đào"_s);
        QCOMPARE(text(u"searchField"_s), u"0901234567"_s);
    }

    void switchesTheLanguageWithItsButtons()
    {
        auto *vietnamese = item(u"language_vi"_s);
        auto *english = item(u"language_en"_s);
        QCOMPARE(vietnamese->property("text").toString(), u"Tiếng Việt"_s);
        QCOMPARE(english->property("text").toString(), u"English"_s);

        click(vietnamese);
        QTRY_COMPARE(m_language->code(), u"vi"_s);
        QVERIFY(text(u"programmeGoal"_s) != u"8 stamps"_s);
        click(english);
        QTRY_COMPARE(m_language->code(), u"en"_s);
        QCOMPARE(text(u"programmeGoal"_s), u"8 stamps"_s);
        // A click leaves the keyboard with the search field.
        QVERIFY(item(u"searchField"_s)->hasActiveFocus());
    }

    void explainsWhyItCannotStart()
    {
        QQmlComponent component(m_engine.get(), QUrl(u"qrc:/Stampdesk/StartupError.qml"_s));
        const QString message = u"The database /tmp/x.db cannot be opened: permission denied"_s;
        std::unique_ptr<QObject> window(
            component.createWithInitialProperties({{u"message"_s, message}}));
        QVERIFY2(window, qPrintable(component.errorString()));
        auto *shown = window->findChild<QQuickItem *>(u"errorMessage"_s);
        QVERIFY(shown);
        QCOMPARE(shown->property("text").toString(), message);
    }

private:
    // Searches the visual tree: the items a Repeater makes have no QObject
    // parent in the window.
    QQuickItem *item(const QString &name) const
    {
        QList<QQuickItem *> todo{m_window->contentItem()};
        while (!todo.isEmpty()) {
            QQuickItem *next = todo.takeFirst();
            if (next->objectName() == name)
                return next;
            todo.append(next->childItems());
        }
        qFatal("no item named %s in the window", qPrintable(name));
    }

    // Types as a keyboard or a barcode scanner would (ASCII only).
    void type(const QString &text)
    {
        for (QChar c : text)
            QTest::keyClick(m_window, c.toLatin1());
    }

    QString text(const QString &name) const { return item(name)->property("text").toString(); }

    void click(QQuickItem *target)
    {
        const QPointF centre = target->mapToScene(QPointF(target->width(), target->height()) / 2);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
    }

    QString warnings() const
    {
        QStringList all;
        for (const QList<QVariant> &signal : std::as_const(*m_warnings)) {
            for (const QQmlError &e : signal.first().value<QList<QQmlError>>())
                all.append(e.toString());
        }
        return all.join(u'\n');
    }

    std::unique_ptr<test::Shop> m_shop;
    std::unique_ptr<Language> m_language;
    std::unique_ptr<Shell> m_shell;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<QSignalSpy> m_warnings;
    QQuickWindow *m_window = nullptr;
    QString m_dao;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
