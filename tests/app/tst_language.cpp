// SPDX-License-Identifier: Apache-2.0
// Language and Catalogue: the cashier switches between Vietnamese and
// English while the app runs, and every message follows at once.
#include "app/language.h"
#include "core/refusal.h"
#include "i18n/catalogue.h"
#include "store/storeerror.h"

#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace stampdesk;
using namespace Qt::StringLiterals;

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesTheLanguages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("vi") << u"vi"_s << u"vi"_s;
        QTest::newRow("vi_VN") << u"vi_VN"_s << u"vi"_s;
        QTest::newRow("vi-VN") << u"vi-VN"_s << u"vi"_s;
        QTest::newRow("VI") << u"VI"_s << u"vi"_s;
        QTest::newRow("en") << u"en"_s << u"en"_s;
        QTest::newRow("en_GB") << u"en_GB"_s << u"en"_s;
        QTest::newRow("fr") << u"fr"_s << QString();
        QTest::newRow("vie") << u"vie"_s << QString();
        QTest::newRow("v") << u"v"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void namesTheLanguages()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QCOMPARE(Catalogue::languageCode(text), code);
    }

    void startsInVietnameseOnlyForAVietnameseLocale()
    {
        QCOMPARE(Catalogue::languageFor(QLocale(QLocale::Vietnamese, QLocale::Vietnam)), u"vi"_s);
        QCOMPARE(Catalogue::languageFor(QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 u"en"_s);
        QCOMPARE(Catalogue::languageFor(QLocale(QLocale::French, QLocale::France)), u"en"_s);
        QCOMPARE(Catalogue::languageFor(QLocale::c()), u"en"_s);
        // ctest runs with LC_ALL=C.UTF-8.
        QCOMPARE(Language::systemDefault(), u"en"_s);
    }

    void namesEachLanguageInItself()
    {
        QCOMPARE(Catalogue::languages(), QStringList({u"en"_s, u"vi"_s}));
        QCOMPARE(Catalogue::nativeName(u"vi"), u"Tiếng Việt"_s);
        QCOMPARE(Catalogue::nativeName(u"en"), u"English"_s);
    }

    void keepsTheCataloguesInTheResources()
    {
        for (const QString &code : Catalogue::languages()) {
            const QString qm = Catalogue::resourceFolder() + u"/stampdesk_"_s + code + u".qm"_s;
            QVERIFY2(QFile::exists(qm), qPrintable(qm));
        }
    }

    void switchesEveryMessageAtOnce()
    {
        Language language;
        QVERIFY(language.code().isEmpty());
        QSignalSpy changed(&language, &Language::changed);

        QVERIFY(language.setCode(u"en"_s));
        QCOMPARE(changed.count(), 1);
        const Refusal blocked{Refusal::Code::CardBlocked, {}, {}, 0};
        const QString english = blocked.message();
        QCOMPARE(english, u"This card is blocked. Ask the manager."_s);

        QVERIFY(language.setCode(u"vi"_s));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(language.code(), u"vi"_s);
        QVERIFY(blocked.message() != english);
        QVERIFY2(blocked.message().contains(u"khóa"), qPrintable(blocked.message()));
        QVERIFY(StoreError::notFound(u"X"_s).message() != u"Nothing matches \"X\"."_s);
        QCOMPARE(QLocale().language(), QLocale::Vietnamese);

        QVERIFY(language.setCode(u"en"_s));
        QCOMPARE(blocked.message(), english);
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void countsInTheLanguagesPlurals()
    {
        Language language;
        QVERIFY(language.setCode(u"en"_s));
        const auto cap = [](int n) {
            return Refusal{Refusal::Code::AboveVisitCap, {}, {}, n}.message();
        };
        QCOMPARE(cap(1), u"At most 1 stamp can be added in one visit."_s);
        QCOMPARE(cap(5), u"At most 5 stamps can be added in one visit."_s);
        QVERIFY(language.setCode(u"vi"_s));
        QVERIFY2(cap(5).contains(u'5') && !cap(5).contains(u"stamps"), qPrintable(cap(5)));
    }

    void refusesALanguageItDoesNotSpeak()
    {
        Language language;
        QVERIFY(language.setCode(u"vi"_s));
        QSignalSpy changed(&language, &Language::changed);
        QVERIFY(!language.setCode(u"fr"_s));
        QVERIFY(!language.setCode(QString()));
        QCOMPARE(language.code(), u"vi"_s);
        QCOMPARE(changed.count(), 0);

        // Asking for the language already in use changes nothing either.
        QVERIFY(language.setCode(u"vi_VN"_s));
        QCOMPARE(changed.count(), 0);
    }

    void togglesBetweenTheLanguages()
    {
        Language language;
        QVERIFY(language.setCode(u"en"_s));
        QSignalSpy changed(&language, &Language::changed);
        language.toggle();
        QCOMPARE(language.code(), u"vi"_s);
        language.toggle();
        QCOMPARE(language.code(), u"en"_s);
        QCOMPARE(changed.count(), 2);
    }

    void retranslatesTheRunningQml()
    {
        QQmlEngine engine;
        Language language;
        QVERIFY(language.setCode(u"en"_s));
        language.setEngine(&engine);

        QQmlComponent component(&engine);
        component.setData("import QtQml\n"
                          "QtObject {\n"
                          "    property string find: qsTranslate(\"CounterPage\", \"Find\")\n"
                          "    property string language: Qt.uiLanguage\n"
                          "}\n",
                          QUrl());
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        QCOMPARE(object->property("find").toString(), u"Find"_s);
        QCOMPARE(object->property("language").toString(), u"en"_s);

        QVERIFY(language.setCode(u"vi"_s));
        const QString vietnamese = QCoreApplication::translate("CounterPage", "Find");
        QVERIFY(vietnamese != u"Find"_s);
        QCOMPARE(object->property("find").toString(), vietnamese);
        QCOMPARE(object->property("language").toString(), u"vi"_s);
    }

    void outlivesItsEngine()
    {
        Language language;
        {
            QQmlEngine engine;
            language.setEngine(&engine);
        }
        QVERIFY(language.setCode(u"vi"_s));
        QVERIFY(language.setCode(u"en"_s));
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
