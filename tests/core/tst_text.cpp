// SPDX-License-Identifier: Apache-2.0
#include "core/text.h"

#include <QTest>

using namespace stampdesk;

class TestText : public QObject
{
    Q_OBJECT
private slots:
    void namesFoldWithoutAccents_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("folded");
        QTest::newRow("vietnamese") << QStringLiteral("Nguyễn Thị Đào") << "nguyen thi dao";
        QTest::newRow("d with stroke lower") << QStringLiteral("đức") << "duc";
        QTest::newRow("all tones") << QStringLiteral("àáảãạ ằắẳẵặ ầấẩẫậ") << "aaaaa aaaaa aaaaa";
        QTest::newRow("horn letters") << QStringLiteral("Ơ Ư ờ ữ") << "o u o u";
        QTest::newRow("spaces collapse") << QStringLiteral("  Trần   Văn  ") << "tran van";
        QTest::newRow("plain") << QStringLiteral("Lan") << "lan";
        QTest::newRow("empty") << QString() << "";
    }
    void namesFoldWithoutAccents()
    {
        QFETCH(QString, name);
        QFETCH(QString, folded);
        QCOMPARE(Text::foldForSearch(name), folded);
    }

    void phonesCompareAsNationalDigits_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("digits");
        QTest::newRow("national") << "090 123 4567"
                                  << "0901234567";
        QTest::newRow("plus 84") << "+84 90 123 4567"
                                 << "0901234567";
        QTest::newRow("00 84") << "0084901234567"
                               << "0901234567";
        QTest::newRow("dashes") << "090-123-4567"
                                << "0901234567";
        QTest::newRow("other country kept") << "+33 1 23 45 67 89"
                                            << "33123456789";
        QTest::newRow("empty") << ""
                               << "";
    }
    void phonesCompareAsNationalDigits()
    {
        QFETCH(QString, phone);
        QFETCH(QString, digits);
        QCOMPARE(Text::phoneDigits(phone), digits);
    }

    void phonesAreMaskedButTheLastFourDigits()
    {
        QCOMPARE(Text::maskedPhone(u"+84 90 123 4567"), QStringLiteral("••• ••• 4567"));
        QCOMPARE(Text::maskedPhone(u""), QString());
        QVERIFY(!Text::maskedPhone(u"12").contains(u"12"));
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
