// SPDX-License-Identifier: Apache-2.0
// stampdesk-cli as a manager uses it: staff and PINs, POS redeem codes,
// taking back a redemption, and reports; through the real binary.
#include "programrun.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace stampdesk;
using stampdesk::test::Run;
using stampdesk::test::runProgram;
using namespace Qt::StringLiterals;

class TestManagerCli : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        return runProgram(QStringLiteral(STAMPDESK_CLI), QStringList{u"--db"_s, m_db} + args,
                          {{u"STAMPDESK_STAFF"_s, u"Lan"_s}}, input);
    }
    Run json(const QStringList &args, const QByteArray &input = {})
    {
        return cli(QStringList{u"--json"_s} + args, input);
    }

    int ledgerSize() { return int(json({u"ledger"_s}).array().size()); }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    std::unique_ptr<Store> openDb()
    {
        auto s = Store::open(m_db);
        if (!s)
            qFatal("cannot open the database");
        return std::move(s).value();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(u"manager.db"_s);
        QCOMPARE(cli({u"program"_s, u"set"_s, u"--goal"_s, u"2"_s, u"--mode"_s, u"redeem-code"_s})
                     .exitCode,
                 0);
    }

    void helpListsTheManagersCommands()
    {
        const Run help = cli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"staff list", "staff add", "staff set", "codes import",
                                    "codes stock", "report", "unredeem", "--pin-stdin"})
            QVERIFY2(help.out.contains(QLatin1StringView(command)), command);
    }

    void staffAreAddedWithAPinFromStandardInput()
    {
        const int events = ledgerSize();
        const Run added =
            json({u"staff"_s, u"add"_s, u"Lan"_s, u"--role"_s, u"manager"_s, u"--pin-stdin"_s},
                 "2580\n");
        QCOMPARE(added.exitCode, 0);
        const QString lanId = added.object().value(u"id").toString();
        QVERIFY(!lanId.isEmpty());
        QCOMPARE(added.object().value(u"role").toString(), u"manager"_s);
        const Run an =
            cli({u"staff"_s, u"add"_s, u"Nguyễn"_s, u"Văn"_s, u"An"_s, u"--pin-stdin"_s}, "1470");
        QCOMPARE(an.exitCode, 0);
        QVERIFY(an.out.contains(u"Added Nguyễn Văn An (cashier)"));

        const Run list = json({u"staff"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.array().size(), 2);
        const QJsonObject lan = list.array().at(0).toObject();
        QCOMPARE(lan.value(u"name").toString(), u"Lan"_s);
        QCOMPARE(lan.value(u"failures").toInt(), 0);
        QVERIFY(lan.value(u"lockedUntil").isNull());
        QVERIFY(cli({u"staff"_s, u"list"_s}).out.contains(u"Nguyễn Văn An"));

        // The PIN is stored as a salted hash at the full strength, and
        // staff are not ledger events.
        auto store = openDb();
        const PinState pin = store->pinState(lanId).value();
        QCOMPARE(pin.pin.iterations, Pins::iterations);
        QVERIFY(Pins::verify(u"2580"_s, pin.pin));
        QCOMPARE(ledgerSize(), events);
    }

    void pinsNeverComeFromTheCommandLine()
    {
        const QStringList add{u"staff"_s, u"add"_s, u"Lan"_s, u"--role"_s, u"manager"_s};
        QCOMPARE(cli(add + QStringList{u"--pin"_s, u"2580"_s}).exitCode, 2);
        QCOMPARE(cli(add + QStringList{u"--pin-stdin=2580"_s}).exitCode, 2);
        const Run noPin = cli(add, "2580\n");
        QCOMPARE(noPin.exitCode, 2);
        QVERIFY(noPin.err.contains(u"--pin-stdin"));
        QCOMPARE(cli({u"staff"_s, u"add"_s, u"Lan"_s, u"--role"_s, u"boss"_s, u"--pin-stdin"_s},
                     "2580\n")
                     .exitCode,
                 2);
        QVERIFY(json({u"staff"_s, u"list"_s}).array().isEmpty());
    }

    void badPinsAndNamesAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("code");
        const QStringList add{u"staff"_s, u"add"_s};
        QTest::newRow("too simple") << add + QStringList{u"Ân"_s, u"--pin-stdin"_s}
                                    << QByteArray("1234\n") << u"invalid-pin"_s;
        QTest::newRow("too short") << add + QStringList{u"Ân"_s, u"--pin-stdin"_s}
                                   << QByteArray("258\n") << u"invalid-pin"_s;
        QTest::newRow("letters") << add + QStringList{u"Ân"_s, u"--pin-stdin"_s}
                                 << QByteArray("25a0\n") << u"invalid-pin"_s;
        QTest::newRow("nothing on stdin")
            << add + QStringList{u"Ân"_s, u"--pin-stdin"_s} << QByteArray() << u"invalid-pin"_s;
        QTest::newRow("taken name") << add + QStringList{u"lan"_s, u"--pin-stdin"_s}
                                    << QByteArray("1470\n") << u"invalid-staff"_s;
        QTest::newRow("blank name") << add + QStringList{u" "_s, u"--pin-stdin"_s}
                                    << QByteArray("1470\n") << u"invalid-staff"_s;
        QTest::newRow("last manager steps down")
            << QStringList{u"staff"_s, u"set"_s, u"Lan"_s, u"--role"_s, u"cashier"_s}
            << QByteArray() << u"last-manager"_s;
        QTest::newRow("last manager leaves")
            << QStringList{u"staff"_s, u"set"_s, u"Lan"_s, u"--active"_s, u"no"_s} << QByteArray()
            << u"last-manager"_s;
        QTest::newRow("no such member")
            << QStringList{u"staff"_s, u"set"_s, u"Bảo"_s, u"--role"_s, u"manager"_s}
            << QByteArray() << u"not-found"_s;
        QTest::newRow("bad new PIN")
            << QStringList{u"staff"_s, u"set"_s, u"Lan"_s, u"--pin-stdin"_s} << QByteArray("0000\n")
            << u"invalid-pin"_s;
    }
    void badPinsAndNamesAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QString, code);
        QCOMPARE(cli({u"staff"_s, u"add"_s, u"Lan"_s, u"--role"_s, u"manager"_s, u"--pin-stdin"_s},
                     "2580\n")
                     .exitCode,
                 0);
        const Run r = json(args, input);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errorCode(), code);
        QVERIFY(r.err.startsWith(u"stampdesk-cli: "));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        // Nothing changed.
        const QJsonArray staff = json({u"staff"_s, u"list"_s}).array();
        QCOMPARE(staff.size(), 1);
        QCOMPARE(staff.at(0).toObject().value(u"role").toString(), u"manager"_s);
        QVERIFY(staff.at(0).toObject().value(u"active").toBool());
        QVERIFY(Pins::verify(
            u"2580"_s, openDb()->pinState(staff.at(0).toObject().value(u"id").toString())->pin));
    }

    void staffAreChanged()
    {
        QCOMPARE(cli({u"staff"_s, u"add"_s, u"Lan"_s, u"--role"_s, u"manager"_s, u"--pin-stdin"_s},
                     "2580\n")
                     .exitCode,
                 0);
        const QString an = json({u"staff"_s, u"add"_s, u"An"_s, u"--pin-stdin"_s}, "1470\n")
                               .object()
                               .value(u"id")
                               .toString();
        const Run renamed = json({u"staff"_s, u"set"_s, an, u"--name"_s, u"Ân"_s, u"--role"_s,
                                  u"manager"_s, u"--pin-stdin"_s},
                                 "3691\n");
        QCOMPARE(renamed.exitCode, 0);
        QCOMPARE(renamed.object().value(u"name").toString(), u"Ân"_s);
        QCOMPARE(renamed.object().value(u"role").toString(), u"manager"_s);
        QVERIFY(Pins::verify(u"3691"_s, openDb()->pinState(an)->pin));

        // With a second manager, Lan may leave.
        const Run left = cli({u"staff"_s, u"set"_s, u"lan"_s, u"--active"_s, u"no"_s});
        QCOMPARE(left.exitCode, 0);
        QVERIFY(left.out.contains(u"Lan (manager, left)"));
        const QJsonArray staff = json({u"staff"_s, u"list"_s}).array();
        QCOMPARE(staff.at(1).toObject().value(u"name").toString(), u"Lan"_s);
        QVERIFY(!staff.at(1).toObject().value(u"active").toBool());
        QCOMPARE(cli({u"staff"_s, u"set"_s, an, u"--active"_s, u"maybe"_s}).exitCode, 2);
    }

    void posCodesAreImportedAttachedRedeemedAndUnredeemed()
    {
        const QString csv =
            writeFile(u"codes.csv"_s,
                      "\xEF\xBB\xBF"
                      "Code,Value\r\nSALE-0001,50000\r\nno code here,1\r\nsale-0002,50000\r\n"
                      "SALE-0001,50000\r\n");
        const Run imported = json({u"codes"_s, u"import"_s, csv});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.object().value(u"added").toInt(), 2);
        QCOMPARE(imported.object().value(u"alreadyKnown").toInt(), 1);
        const QJsonArray rejected = imported.object().value(u"rejected").toArray();
        QCOMPARE(rejected.size(), 1);
        QVERIFY(rejected.at(0).toString().startsWith(u"line 3: \"no code here\""));
        QCOMPARE(imported.object().value(u"stock").toObject().value(u"available").toInt(), 2);
        const Run text = cli({u"codes"_s, u"import"_s, csv});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(u"Added 0 code(s); 3 already known; 1 line(s) rejected."));
        QVERIFY(text.out.contains(u"  line 3: "));

        const Run missing = json({u"codes"_s, u"import"_s, m_dir->filePath(u"nope.csv"_s)});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.errorCode(), u"cannot-read"_s);

        // A voucher issued now carries the oldest code ...
        const QString card = json({u"card"_s, u"create"_s}).object().value(u"id").toString();
        const Run stamped = json({u"stamp"_s, card, u"--count"_s, u"2"_s});
        QCOMPARE(stamped.exitCode, 0);
        const QJsonObject voucher =
            stamped.object().value(u"issuedVouchers").toArray().first().toObject();
        QCOMPARE(voucher.value(u"posCode").toString(), u"SALE-0001"_s);
        const Run stock = json({u"codes"_s, u"stock"_s});
        QCOMPARE(stock.object().value(u"available").toInt(), 1);
        QCOMPARE(stock.object().value(u"attached").toInt(), 1);
        QCOMPARE(stock.object().value(u"low").toBool(), true);
        QVERIFY(cli({u"codes"_s, u"stock"_s}).out.contains(u"low"));

        // ... and is redeemed by it, taken back, and redeemed again.
        const Run redeemed = json({u"redeem"_s, u"sale-0001"_s});
        QCOMPARE(redeemed.exitCode, 0);
        QCOMPARE(redeemed.object().value(u"id").toString(), voucher.value(u"id").toString());
        const int events = ledgerSize();
        const Run undone = json({u"unredeem"_s, u"SALE-0001"_s, u"--reason"_s, u"wrong card"_s});
        QCOMPARE(undone.exitCode, 0);
        QCOMPARE(undone.object().value(u"state").toString(), u"issued"_s);
        QVERIFY(undone.object().value(u"redeemedAt").isNull());
        QCOMPARE(ledgerSize(), events + 1);
        const QJsonObject last = json({u"ledger"_s}).array().last().toObject();
        QCOMPARE(last.value(u"type").toString(), u"voucher.redemption-undone"_s);
        QCOMPARE(last.value(u"staff").toString(), u"Lan"_s);
        QCOMPARE(last.value(u"data").toObject().value(u"reason").toString(), u"wrong card"_s);
        QVERIFY(cli({u"unredeem"_s, voucher.value(u"id").toString()})
                    .err.contains(u"not been redeemed"));
        QCOMPARE(json({u"unredeem"_s, u"SALE-0001"_s}).errorCode(), u"not-redeemed"_s);
        QCOMPARE(json({u"unredeem"_s, u"SALE-9999"_s}).exitCode, 1);
        QCOMPARE(ledgerSize(), events + 1);
        QCOMPARE(cli({u"redeem"_s, u"SALE-0001"_s}).exitCode, 0);
        QCOMPARE(cli({u"check"_s}).exitCode, 0);
    }

    void reportsTotalTheDay()
    {
        const QString card = json({u"card"_s, u"create"_s}).object().value(u"id").toString();
        QCOMPARE(cli({u"stamp"_s, card, u"--count"_s, u"3"_s}).exitCode, 0);
        QCOMPARE(cli({u"stamp"_s, card, u"--count"_s, u"1"_s}).exitCode, 0);
        const QString voucher =
            json({u"vouchers"_s}).array().first().toObject().value(u"id").toString();
        QCOMPARE(cli({u"redeem"_s, voucher}).exitCode, 0);

        // Today, as the tests' clock and time zone (UTC) see it.
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        const Run text = cli({u"report"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(u"Stamps added:       4"));
        QVERIFY(text.out.contains(u"Vouchers issued:    2"));

        const Run j = json({u"report"_s, u"--from"_s, today, u"--to"_s, today});
        QCOMPARE(j.exitCode, 0);
        const QJsonObject o = j.object();
        QCOMPARE(o.value(u"from").toString(), today + u"T00:00:00.000Z"_s);
        QCOMPARE(o.value(u"to").toString(), tomorrow + u"T00:00:00.000Z"_s);
        QCOMPARE(o.value(u"cardsCreated").toInt(), 1);
        QCOMPARE(o.value(u"stampsAdded").toInt(), 4);
        QCOMPARE(o.value(u"vouchersIssued").toInt(), 2);
        QCOMPARE(o.value(u"vouchersRedeemed").toInt(), 1);
        QCOMPARE(o.value(u"redemptionsUndone").toInt(), 0);

        const Run csv = cli({u"report"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0),
                 u"from,to,cards_created,stamps_added,stamps_undone,vouchers_issued,"
                 "vouchers_redeemed,redemptions_undone"_s);
        QCOMPARE(lines.at(1).section(u',', 2), u"1,4,0,2,1,0"_s);

        // A period before the shop opened.
        const Run empty = cli({u"report"_s, u"--from"_s, u"2020-01-01"_s, u"--to"_s,
                               u"2020-01-31"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(empty.out.trimmed().split(u'\n').at(1).section(u',', 2), u"0,0,0,0,0,0"_s);

        QCOMPARE(cli({u"report"_s, u"--format"_s, u"pdf"_s}).exitCode, 2);
        QCOMPARE(cli({u"report"_s, u"--from"_s, u"yesterday"_s}).exitCode, 2);
        QCOMPARE(cli({u"report"_s, u"--to"_s, u"2026-13-01"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestManagerCli)
#include "tst_managercli.moc"
