// SPDX-License-Identifier: Apache-2.0
// Redeem codes made by the shop's POS ("zero integration"): imported from a
// CSV file, attached to redeem-code vouchers as they are issued, and good
// for redeeming them; and taking back a redemption made by mistake.
#include "storetest.h"

#include <QTest>

using namespace stampdesk;
using namespace stampdesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString staff = u"Lan"_s;

// A database whose programme issues a voucher every 2 stamps in mode.
std::unique_ptr<Store> shop(const QString &path, RedemptionMode mode, TestClock *clock = nullptr)
{
    auto s = openStore(path, clock);
    Programme p = Programme::demo();
    p.goal = 2;
    p.maxPerVisit = 10;
    p.mode = mode;
    if (!s->setProgramme(p, staff))
        qFatal("setProgramme failed");
    return s;
}

QStringList codesInStock(const QString &path)
{
    RawDatabase raw(path);
    QStringList out;
    const int n = raw.scalar(u"SELECT count(*) FROM pos_codes"_s).toInt();
    for (int i = 0; i < n; ++i)
        out << raw.scalar(u"SELECT code FROM pos_codes ORDER BY seq LIMIT 1 OFFSET %1"_s.arg(i))
                   .toString();
    return out;
}

void expectSound(Store &s)
{
    const CheckReport report = s.check().value();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
}

} // namespace

class TestCodes : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString newPath() { return m_dir.filePath(u"codes-%1.db"_s.arg(++m_n)); }

private slots:
    void csvFilesAsPosSystemsWriteThem_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QStringList>("rejected");
        const QStringList two{u"ABCD-1234"_s, u"EFGH5678"_s};
        QTest::newRow("no header") << QByteArray("ABCD-1234\nEFGH5678\n") << two << QStringList();
        QTest::newRow("header with columns")
            << QByteArray("code,value,valid until\nABCD-1234,50000,2026-12-31\nEFGH5678,50000,\n")
            << two << QStringList();
        QTest::newRow("header that looks like a code")
            << QByteArray("Code\nABCD-1234\nEFGH5678") << two << QStringList();
        QTest::newRow("Vietnamese header")
            << QByteArray("Mã,Giá trị\nABCD-1234,50000\nEFGH5678,50000\n") << two << QStringList();
        QTest::newRow("lower case") << QByteArray("abcd-1234\nefgh5678\n") << two << QStringList();
        QTest::newRow("CRLF and a byte order mark")
            << QByteArray("\xEF\xBB\xBF"
                          "code;value\r\nABCD-1234;1\r\nEFGH5678;2\r\n")
            << two << QStringList();
        QTest::newRow("old Mac line ends")
            << QByteArray("ABCD-1234\rEFGH5678\r") << two << QStringList();
        QTest::newRow("blank lines and spaces")
            << QByteArray("\n\n  code  \n\n  ABCD-1234 , x\n   \n\tEFGH5678\t\n\n") << two
            << QStringList();
        QTest::newRow("quoted and tab separated")
            << QByteArray("\"code\"\t\"value\"\n\"ABCD-1234\"\t\"1\"\n\"EFGH5678\"\t2\n") << two
            << QStringList();
        QTest::newRow("duplicates in the file")
            << QByteArray("ABCD-1234\nEFGH5678\nabcd-1234\nABCD-1234\n") << two << QStringList();
        QTest::newRow("bad lines do not block good ones")
            << QByteArray("code,value\nABC\nABCD-1234,1\nhas space,2\n,3\n----\n"
                          "EFGH5678\n"
                          + QByteArray(33, 'A') + "\nCÀ-PHÊ-01\n")
            << two
            << QStringList{u"line 2: \"ABC\" is not a code"_s,
                           u"line 4: \"has space\""_s,
                           u"line 5: the first column is empty"_s,
                           u"line 6: \"----\""_s,
                           u"line 8: \"AAAAAAAA"_s,
                           u"line 9: \"CÀ-PHÊ-01\""_s};
        QTest::newRow("only bad lines") << QByteArray("code\nno way\nx\n") << QStringList()
                                        << QStringList{u"line 2: \"no way\""_s, u"line 3: \"x\""_s};
        QTest::newRow("empty file") << QByteArray() << QStringList() << QStringList();
        QTest::newRow("only a header") << QByteArray("code\r\n") << QStringList() << QStringList();
    }
    void csvFilesAsPosSystemsWriteThem()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, codes);
        QFETCH(QStringList, rejected);
        auto s = openStore(newPath());
        const int events = int(s->events()->size());
        auto imported = s->importRedeemCodes(csv, staff);
        QVERIFY(imported.ok());
        QCOMPARE(imported->added, int(codes.size()));
        QCOMPARE(imported->rejected.size(), rejected.size());
        for (qsizetype i = 0; i < rejected.size(); ++i)
            QVERIFY2(imported->rejected.at(i).startsWith(rejected.at(i)),
                     qPrintable(imported->rejected.at(i)));
        QCOMPARE(codesInStock(s->path()), codes);
        const CodeStock stock = s->codeStock().value();
        QCOMPARE(stock.available, int(codes.size()));
        QCOMPARE(stock.attached, 0);
        // An import is not a ledger event: the stock is this register's.
        QCOMPARE(int(s->events()->size()), events);
    }

    void duplicatesAreCountedNotAdded()
    {
        auto s = openStore(newPath());
        auto first = s->importRedeemCodes("ABCD-1234\nABCD-1234\nEFGH5678\n", staff);
        QCOMPARE(first->added, 2);
        QCOMPARE(first->alreadyKnown, 1);
        auto again = s->importRedeemCodes("code\nefgh5678\nIJKL9012\nABCD-1234\n", staff);
        QCOMPARE(again->added, 1);
        QCOMPARE(again->alreadyKnown, 2);
        QVERIFY(again->rejected.isEmpty());
        QCOMPARE(codesInStock(s->path()),
                 (QStringList{u"ABCD-1234"_s, u"EFGH5678"_s, u"IJKL9012"_s}));
        QCOMPARE(RawDatabase(s->path())
                     .scalar(u"SELECT imported_by FROM pos_codes WHERE code = 'IJKL9012'"_s)
                     .toString(),
                 staff);
    }

    void staffScanVouchersTakeNoCode()
    {
        auto s = shop(newPath(), RedemptionMode::StaffScan);
        QVERIFY(s->importRedeemCodes("POS-0001\nPOS-0002\n", staff));
        const QString card = s->createCard({}, {}, staff)->state.card.id;
        const Outcome o = s->addStamps(card, 2, {}, staff).value();
        QCOMPARE(o.events.size(), 2);
        QVERIFY(o.issuedVouchers().first().posCode.isEmpty());
        QCOMPARE(s->codeStock()->available, 2);
        expectSound(*s);
    }

    void redeemCodeVouchersTakeTheOldestCodeInTheSameAction()
    {
        TestClock clock;
        auto s = shop(newPath(), RedemptionMode::RedeemCode, &clock);
        QVERIFY(s->importRedeemCodes("POS-0001\nPOS-0002\n", staff));
        QVERIFY(s->importRedeemCodes("POS-0003\n", staff));
        const QString card = s->createCard({}, {}, staff)->state.card.id;

        // Two vouchers at once: the oldest codes, in cycle order, each right
        // after its voucher's issue.
        const Outcome o = s->addStamps(card, 4, {}, staff).value();
        QStringList types;
        for (const Event &e : o.events)
            types << e.type();
        QCOMPARE(types,
                 (QStringList{u"stamps.added"_s, u"voucher.issued"_s, u"voucher.code-attached"_s,
                              u"voucher.issued"_s, u"voucher.code-attached"_s}));
        const QList<Voucher> issued = o.issuedVouchers();
        QCOMPARE(o.events.at(2).voucherId, issued.at(0).id);
        QCOMPARE(o.events.at(2).as<Events::VoucherCodeAttached>()->code, u"POS-0001"_s);
        QCOMPARE(o.events.at(4).voucherId, issued.at(1).id);
        QCOMPARE(o.events.at(2).staff, staff);
        QCOMPARE(o.events.at(2).at, clock.now);
        QCOMPARE(o.state.voucher(issued.at(0).id)->posCode, u"POS-0001"_s);
        QCOMPARE(issued.at(0).posCode, u"POS-0001"_s);
        QCOMPARE(o.state.voucher(issued.at(1).id)->posCode, u"POS-0002"_s);
        QCOMPARE(s->voucher(issued.at(1).id)->posCode, u"POS-0002"_s);
        QCOMPARE(RawDatabase(s->path())
                     .scalar(u"SELECT voucher_id FROM pos_codes WHERE code = 'POS-0001'"_s)
                     .toString(),
                 issued.at(0).id);
        CodeStock stock = s->codeStock().value();
        QCOMPARE(stock.available, 1);
        QCOMPARE(stock.attached, 2);

        // When the stock runs out, vouchers are issued without one.
        const Outcome more = s->addStamps(card, 4, {}, staff).value();
        QCOMPARE(more.events.size(), 4);
        QCOMPARE(more.issuedVouchers().size(), 2);
        QCOMPARE(more.state.voucher(more.issuedVouchers().at(0).id)->posCode, u"POS-0003"_s);
        QVERIFY(more.state.voucher(more.issuedVouchers().at(1).id)->posCode.isEmpty());
        stock = s->codeStock().value();
        QCOMPARE(stock.available, 0);
        QCOMPARE(stock.attached, 3);
        expectSound(*s);

        // A code on a voucher is known: importing it again adds nothing.
        QCOMPARE(s->importRedeemCodes("pos-0001\n", staff)->alreadyKnown, 1);
    }

    void aRefusedStampTakesNoCode()
    {
        auto s = shop(newPath(), RedemptionMode::RedeemCode);
        QVERIFY(s->importRedeemCodes("POS-0001\n", staff));
        const QString card = s->createCard({}, {}, staff)->state.card.id;
        QCOMPARE(s->addStamps(card, 11, {}, staff).error().refusal->code,
                 Refusal::Code::AboveVisitCap);
        QCOMPARE(s->codeStock()->available, 1);
    }

    void aVoucherIsFoundAndRedeemedByItsPosCode()
    {
        auto s = shop(newPath(), RedemptionMode::RedeemCode);
        QVERIFY(s->importRedeemCodes("Sale-0042\n", staff));
        const QString card = s->createCard({}, {}, staff)->state.card.id;
        const Voucher v = s->addStamps(card, 2, {}, staff)->issuedVouchers().first();
        const QString code = s->voucher(v.id)->posCode;
        QCOMPARE(code, u"SALE-0042"_s);

        for (const QString &typed : {u"SALE-0042"_s, u"sale-0042"_s, u"  Sale-0042 "_s})
            QCOMPARE(s->voucher(typed)->id, v.id);
        // Its own code still works too.
        QCOMPARE(s->voucher(v.code)->id, v.id);
        QCOMPARE(s->voucher(u"SALE-0043"_s).error().kind, StoreError::Kind::NotFound);

        const Outcome redeemed = s->redeem(u"sale-0042"_s, staff).value();
        QCOMPARE(redeemed.events.first().voucherId, v.id);
        QCOMPARE(s->voucher(v.id)->state, VoucherState::Redeemed);
        auto twice = s->redeem(u"SALE-0042"_s, staff);
        QCOMPARE(twice.error().refusal->code, Refusal::Code::VoucherRedeemed);
        expectSound(*s);
    }

    void theStockRunsLow()
    {
        auto s = shop(newPath(), RedemptionMode::RedeemCode);
        // A shop that never imported codes is not low.
        QCOMPARE(s->codeStock()->lowAt, 20);
        QVERIFY(!s->codeStock()->isLow());

        QVERIFY(s->setSetting(u"code_stock_low"_s, u"2"_s));
        QVERIFY(s->importRedeemCodes("C-0001\nC-0002\nC-0003\nC-0004\n", staff));
        CodeStock stock = s->codeStock().value();
        QCOMPARE(stock.lowAt, 2);
        QVERIFY(!stock.isLow());
        const QString card = s->createCard({}, {}, staff)->state.card.id;
        QVERIFY(s->addStamps(card, 2, {}, staff));
        QVERIFY(!s->codeStock()->isLow());
        QVERIFY(s->addStamps(card, 2, {}, staff));
        stock = s->codeStock().value();
        QCOMPARE(stock.available, 2);
        QVERIFY(stock.isLow());
        QVERIFY(s->addStamps(card, 4, {}, staff));
        QCOMPARE(s->codeStock()->available, 0);
        QVERIFY(s->codeStock()->isLow());
    }

    void aRedemptionIsUndoneAndTheVoucherRedeemedAgain()
    {
        TestClock clock;
        auto s = shop(newPath(), RedemptionMode::RedeemCode, &clock);
        QVERIFY(s->importRedeemCodes("SALE-0042\n", staff));
        const QString card = s->createCard({}, {}, staff)->state.card.id;
        const Voucher v = s->addStamps(card, 2, {}, staff)->issuedVouchers().first();
        QVERIFY(s->redeem(v.id, u"Ân"_s));
        const int events = int(s->events()->size());

        clock.now = clock.now.addSecs(120);
        const Outcome undone = s->undoRedemption(u"sale-0042"_s, u" wrong card "_s, staff).value();
        QCOMPARE(undone.events.size(), 1);
        const Event &e = undone.events.first();
        QCOMPARE(e.type(), u"voucher.redemption-undone"_s);
        QCOMPARE(e.staff, staff);
        QCOMPARE(e.at, clock.now);
        QCOMPARE(e.as<Events::RedemptionUndone>()->reason, u"wrong card"_s);
        const Voucher after = s->voucher(v.id).value();
        QCOMPARE(after.state, VoucherState::Issued);
        QVERIFY(!after.redeemedAt);
        QVERIFY(after.redeemedBy.isEmpty());
        QCOMPARE(after.posCode, u"SALE-0042"_s);
        // The redemption stays in the audit trail, with who made it.
        const QList<Event> ledger = s->events().value();
        QCOMPARE(int(ledger.size()), events + 1);
        QCOMPARE(ledger.at(events - 1).type(), u"voucher.redeemed"_s);
        QCOMPARE(ledger.at(events - 1).staff, u"Ân"_s);

        // Nothing to undo twice; nothing changes.
        auto twice = s->undoRedemption(v.id, {}, staff);
        QCOMPARE(twice.error().kind, StoreError::Kind::Refused);
        QCOMPARE(twice.error().codeName(), u"not-redeemed"_s);
        QCOMPARE(int(s->events()->size()), events + 1);
        QCOMPARE(s->undoRedemption(u"NOPE-0000"_s, {}, staff).error().kind,
                 StoreError::Kind::NotFound);

        QVERIFY(s->redeem(u"SALE-0042"_s, staff));
        QCOMPARE(s->voucher(v.id)->state, VoucherState::Redeemed);
        expectSound(*s);
    }

    // The stock and the ledger must agree on which voucher holds a code.
    void checkFindsAStockThatDisagrees()
    {
        auto s = shop(newPath(), RedemptionMode::RedeemCode);
        QVERIFY(s->importRedeemCodes("POS-0001\nPOS-0002\n", staff));
        const QString card = s->createCard({}, {}, staff)->state.card.id;
        const Voucher v = s->addStamps(card, 2, {}, staff)->issuedVouchers().first();
        expectSound(*s);
        QCOMPARE(RawDatabase(s->path()).exec(
                     u"UPDATE pos_codes SET voucher_id = '%1' WHERE code = 'POS-0002'"_s.arg(v.id)),
                 QString());
        const CheckReport report = s->check().value();
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems.first().contains(u"POS-0002"));
    }
};

QTEST_GUILESS_MAIN(TestCodes)
#include "tst_codes.moc"
