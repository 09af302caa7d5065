// SPDX-License-Identifier: Apache-2.0
#include "core/ids.h"

#include <QSet>
#include <QTest>

using namespace stampdesk;

class TestIds : public QObject
{
    Q_OBJECT
private slots:
    void cardIdsAreRandomAndTypable()
    {
        QSet<QString> seen;
        for (int i = 0; i < 10000; ++i) {
            const QString id = Ids::newCardId();
            QCOMPARE(id.size(), Ids::cardIdLength);
            QVERIFY2(Ids::inAlphabet(id), qPrintable(id));
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 10000);
    }

    void alphabetHasNoLookalikes()
    {
        for (QChar c : {u'0', u'O', u'1', u'I'})
            QVERIFY(!Ids::alphabet.contains(c));
        QCOMPARE(Ids::alphabet.size(), 32);
    }

    void voucherIdentityIsCardAndCycle()
    {
        const QString card = QStringLiteral("ABCDEFGHJKLMNPQR");
        // Two registers computing the same voucher agree...
        QCOMPARE(Ids::voucherId(card, 3), Ids::voucherId(card, 3));
        QCOMPARE(Ids::redeemCode(card, 3), Ids::redeemCode(card, 3));
        // ...and different cycles or cards give different vouchers.
        QSet<QString> ids;
        QSet<QString> codes;
        for (int cycle = 1; cycle <= 200; ++cycle) {
            ids.insert(Ids::voucherId(card, cycle));
            ids.insert(Ids::voucherId(QStringLiteral("ZZZZZZZZZZZZZZZZ"), cycle));
            codes.insert(Ids::redeemCode(card, cycle));
        }
        QCOMPARE(ids.size(), 400);
        QCOMPARE(codes.size(), 200);
        QCOMPARE(Ids::voucherId(card, 1).size(), Ids::voucherIdLength);
        QVERIFY(Ids::inAlphabet(Ids::voucherId(card, 1)));
    }

    void redeemCodesCarryAValidCheckSymbol()
    {
        for (int cycle = 1; cycle <= 500; ++cycle) {
            const QString code = Ids::redeemCode(QStringLiteral("CARD"), cycle);
            QCOMPARE(code.size(), Ids::redeemCodeLength);
            QVERIFY(Ids::inAlphabet(code));
            QCOMPARE(Ids::checkRedeemCode(code), Ids::CodeCheck::Valid);
        }
    }

    // The promise made to cashiers: any single mistyped symbol is caught.
    void everySingleTypoIsCaught()
    {
        for (int cycle = 1; cycle <= 300; ++cycle) {
            const QString code = Ids::redeemCode(QStringLiteral("TYPO"), cycle);
            for (int pos = 0; pos < code.size(); ++pos) {
                for (QChar c : Ids::alphabet) {
                    if (c == code[pos])
                        continue;
                    QString typo = code;
                    typo[pos] = c;
                    QVERIFY2(Ids::checkRedeemCode(typo) == Ids::CodeCheck::Typo,
                             qPrintable(code + QStringLiteral(" -> ") + typo));
                }
            }
        }
    }

    void typedCodesAreNormalised_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("as printed") << "ABCDE-FGHJK"
                                    << "ABCDEFGHJK";
        QTest::newRow("lower case") << "abcde-fghjk"
                                    << "ABCDEFGHJK";
        QTest::newRow("spaces") << " abc de fghjk "
                                << "ABCDEFGHJK";
        QTest::newRow("underscore") << "ABCDE_FGHJK"
                                    << "ABCDEFGHJK";
    }
    void typedCodesAreNormalised()
    {
        QFETCH(QString, typed);
        QFETCH(QString, normalised);
        QCOMPARE(Ids::normalise(typed), normalised);
    }

    void codeShapes_data()
    {
        const QString good = Ids::redeemCode(QStringLiteral("SHAPE"), 1);
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("valid") << good << int(Ids::CodeCheck::Valid);
        QTest::newRow("a zero typed for an O-like symbol")
            << QString(good).replace(3, 1, u'0') << int(Ids::CodeCheck::Typo);
        QTest::newRow("too short") << good.left(9) << int(Ids::CodeCheck::NotACode);
        QTest::newRow("too long") << good + u'A' << int(Ids::CodeCheck::NotACode);
        QTest::newRow("a POS number")
            << QStringLiteral("0000012345") << int(Ids::CodeCheck::NotACode);
        QTest::newRow("empty") << QString() << int(Ids::CodeCheck::NotACode);
    }
    void codeShapes()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QCOMPARE(int(Ids::checkRedeemCode(text)), expected);
    }

    void codesArePrintedInTwoGroups()
    {
        QCOMPARE(Ids::formatRedeemCode(u"ABCDEFGHJK"), QStringLiteral("ABCDE-FGHJK"));
        QCOMPARE(Ids::formatRedeemCode(u"SHORT"), QStringLiteral("SHORT"));
    }

    void eventIdsAreUnique()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i)
            seen.insert(Ids::newEventId());
        QCOMPARE(seen.size(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestIds)
#include "tst_ids.moc"
