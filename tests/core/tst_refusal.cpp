// SPDX-License-Identifier: Apache-2.0
#include "core/refusal.h"

#include <QSet>
#include <QTest>

using namespace stampdesk;

class TestRefusal : public QObject
{
    Q_OBJECT
private slots:
    // Every refusal reaches a cashier: it needs words and a stable code.
    void everyRefusalHasAMessageAndACode()
    {
        QSet<QString> codes;
        for (int c = 0; c <= int(Refusal::Code::InvalidProgramme); ++c) {
            const Refusal r{Refusal::Code(c), QStringLiteral("Quận 1"),
                            QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC), 3};
            QVERIFY2(!r.message().isEmpty(), qPrintable(QString::number(c)));
            QVERIFY(!r.message().contains(u"%1"));
            QVERIFY(!r.codeName().isEmpty());
            codes.insert(r.codeName());
        }
        QCOMPARE(codes.size(), int(Refusal::Code::InvalidProgramme) + 1);
    }

    void messagesCarryTheirDetails()
    {
        const QDateTime when(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
        const Refusal redeemed{Refusal::Code::VoucherRedeemed, QStringLiteral("Counter 2"), when,
                               0};
        QVERIFY(redeemed.message().contains(QStringLiteral("Counter 2")));
        QVERIFY(redeemed.message().contains(u"2026") || redeemed.message().contains(u"26"));
        const Refusal location{Refusal::Code::WrongLocation, QStringLiteral("Quận 1"), {}, 0};
        QVERIFY(location.message().contains(QStringLiteral("Quận 1")));
        const Refusal undone{Refusal::Code::VoucherVoided, QStringLiteral("stamps-undone"), {}, 0};
        QVERIFY(!undone.message().contains(QStringLiteral("stamps-undone")));
    }
};

QTEST_GUILESS_MAIN(TestRefusal)
#include "tst_refusal.moc"
