// SPDX-License-Identifier: Apache-2.0
// stampdesk-cli as a manager, an integrator or a POS uses it: the real
// binary, its exit codes, its text and its JSON.
#include "programrun.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace stampdesk;

namespace {

using test::Run;

/// A field of the first voucher a stamp command issued.
QString firstIssued(const Run &stamped, QStringView field)
{
    return stamped.object()
        .value(u"issuedVouchers")
        .toArray()
        .first()
        .toObject()
        .value(field)
        .toString();
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

    Run cli(const QStringList &args, bool withDb = true)
    {
        return test::runProgram(QStringLiteral(STAMPDESK_CLI),
                                withDb ? QStringList{QStringLiteral("--db"), m_db} + args : args,
                                {{QStringLiteral("STAMPDESK_STAFF"), QStringLiteral("Lan")}});
    }
    Run json(const QStringList &args) { return cli(QStringList{QStringLiteral("--json")} + args); }

    QString createCard(const QString &name = {}, const QString &phone = {})
    {
        QStringList args{QStringLiteral("card"), QStringLiteral("create")};
        if (!name.isEmpty())
            args << QStringLiteral("--name") << name;
        if (!phone.isEmpty())
            args << QStringLiteral("--phone") << phone;
        const Run r = json(args);
        if (r.exitCode != 0)
            qFatal("card create failed: %s", qPrintable(r.err));
        return r.object().value(u"id").toString();
    }
    int ledgerSize() { return int(json({QStringLiteral("ledger")}).array().size()); }

    // A refusal: exit 1, one line on stderr, nothing changed.
    void expectRefused(const QStringList &args, const QString &code)
    {
        const int before = ledgerSize();
        const Run r = json(args);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY(r.err.startsWith(u"stampdesk-cli: "));
        QCOMPARE(r.object().value(u"error").toObject().value(u"code").toString(), code);
        QCOMPARE(ledgerSize(), before);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("cli.db"));
        QCOMPARE(cli({QStringLiteral("program"), QStringLiteral("set"), QStringLiteral("--goal"),
                      QStringLiteral("3"), QStringLiteral("--max-per-visit"), QStringLiteral("4")})
                     .exitCode,
                 0);
    }

    void helpVersionAndUsageErrors()
    {
        const Run help = cli({QStringLiteral("--help")}, false);
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"program set", "card create", "card find", "stamp", "undo",
                                    "vouchers", "redeem", "void", "ledger", "check"})
            QVERIFY2(help.out.contains(QLatin1StringView(command)), command);
        const Run version = cli({QStringLiteral("--version")}, false);
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(u"stampdesk-cli 0."));

        QCOMPARE(cli({}, false).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("fly")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("stamp")}).exitCode, 2);
        const Run unknownOption = cli({QStringLiteral("card"), QStringLiteral("create"),
                                       QStringLiteral("--colour"), QStringLiteral("red")});
        QCOMPARE(unknownOption.exitCode, 2);
        QVERIFY(unknownOption.err.contains(u"--colour"));
        QCOMPARE(cli({QStringLiteral("stamp"), QStringLiteral("X"), QStringLiteral("--count"),
                      QStringLiteral("two")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("program"), QStringLiteral("set"), QStringLiteral("--mode"),
                      QStringLiteral("magic")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("program"), QStringLiteral("set"), QStringLiteral("--goal"),
                      QStringLiteral("0")})
                     .exitCode,
                 2);
    }

    void programmeShowAndSet()
    {
        const Run set =
            json({QStringLiteral("program"), QStringLiteral("set"), QStringLiteral("--reward-vi"),
                  QStringLiteral("Bánh ngọt miễn phí"), QStringLiteral("--reward-en"),
                  QStringLiteral("Free pastry"), QStringLiteral("--reward-kind"),
                  QStringLiteral("add-on"), QStringLiteral("--mode"), QStringLiteral("redeem-code"),
                  QStringLiteral("--valid-days"), QStringLiteral("none"),
                  QStringLiteral("--cooldown-minutes"), QStringLiteral("15"),
                  QStringLiteral("--location"), QStringLiteral("Quận 1")});
        QCOMPARE(set.exitCode, 0);
        const QJsonObject p = json({QStringLiteral("program"), QStringLiteral("show")}).object();
        QCOMPARE(p.value(u"goal").toInt(), 3);
        QCOMPARE(p.value(u"reward").toObject().value(u"nameVi").toString(),
                 QStringLiteral("Bánh ngọt miễn phí"));
        QCOMPARE(p.value(u"reward").toObject().value(u"kind").toString(), QStringLiteral("add-on"));
        QCOMPARE(p.value(u"mode").toString(), QStringLiteral("redeem-code"));
        QVERIFY(p.value(u"validDays").isNull());
        QCOMPARE(p.value(u"cooldownMinutes").toInt(), 15);
        QCOMPARE(p.value(u"location").toString(), QStringLiteral("Quận 1"));
        const Run text = cli({QStringLiteral("program"), QStringLiteral("show")});
        QVERIFY(text.out.contains(u"Free pastry"));
        QVERIFY(text.out.contains(u"no expiry"));
    }

    void cardsAreCreatedShownAndFound()
    {
        const Run created = json({QStringLiteral("card"), QStringLiteral("create"),
                                  QStringLiteral("--name"), QStringLiteral("Nguyễn Thị Đào"),
                                  QStringLiteral("--phone"), QStringLiteral("090 123 4567")});
        QCOMPARE(created.exitCode, 0);
        const QJsonObject card = created.object();
        for (const char *key : {"id", "stamps", "goal", "cycles", "lifetimeStamps"})
            QVERIFY2(card.contains(QLatin1StringView(key)), key);
        QCOMPARE(card.value(u"goal").toInt(), 3);
        const QString id = card.value(u"id").toString();

        const QJsonObject shown =
            json({QStringLiteral("card"), QStringLiteral("show"), id.toLower()}).object();
        QCOMPARE(shown.value(u"id").toString(), id);
        QCOMPARE(shown.value(u"name").toString(), QStringLiteral("Nguyễn Thị Đào"));
        QCOMPARE(
            json({QStringLiteral("card"), QStringLiteral("show"), QStringLiteral("+84901234567")})
                .object()
                .value(u"id")
                .toString(),
            id);

        createCard(QStringLiteral("Trần Minh"));
        for (const QString &query : {QStringLiteral("nguyen thi"), QStringLiteral("ĐÀO"),
                                     QStringLiteral("4567"), id.left(5)}) {
            const QJsonArray found =
                json({QStringLiteral("card"), QStringLiteral("find"), query}).array();
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().toObject().value(u"id").toString(), id);
        }
        QCOMPARE(json({QStringLiteral("card"), QStringLiteral("find"), QStringLiteral("nobody")})
                     .array()
                     .size(),
                 0);
        QCOMPARE(json({QStringLiteral("card"), QStringLiteral("create"), QStringLiteral("--phone"),
                       QStringLiteral("call me")})
                     .exitCode,
                 1);
    }

    void stampingIssuesVouchersThatAreRedeemedOnce()
    {
        const QString id = createCard();
        const Run first =
            json({QStringLiteral("stamp"), id, QStringLiteral("--count"), QStringLiteral("2"),
                  QStringLiteral("--source"), QStringLiteral("sale 1001")});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.object().value(u"stamps").toInt(), 2);
        QCOMPARE(first.object().value(u"issuedVouchers").toArray().size(), 0);

        const Run second =
            json({QStringLiteral("stamp"), id, QStringLiteral("--count"), QStringLiteral("4")});
        QCOMPARE(second.exitCode, 0);
        const QJsonObject o = second.object();
        QCOMPARE(o.value(u"stamps").toInt(), 0);
        QCOMPARE(o.value(u"cycles").toInt(), 2);
        const QJsonArray issued = o.value(u"issuedVouchers").toArray();
        QCOMPARE(issued.size(), 2);
        const QString code = issued.at(0).toObject().value(u"code").toString();
        QVERIFY(!issued.at(0).toObject().value(u"id").toString().isEmpty());
        QCOMPARE(code.size(), 10);

        const QJsonArray vouchers =
            json({QStringLiteral("vouchers"), QStringLiteral("--card"), id}).array();
        QCOMPARE(vouchers.size(), 2);
        for (const QJsonValue &v : vouchers) {
            QCOMPARE(v.toObject().value(u"state").toString(), QStringLiteral("issued"));
            QVERIFY(v.toObject().contains(u"id") && v.toObject().contains(u"code"));
        }

        // Typed as printed, in lower case.
        const QString typed = (code.left(5) + u'-' + code.mid(5)).toLower();
        const Run redeemed = json({QStringLiteral("redeem"), typed});
        QCOMPARE(redeemed.exitCode, 0);
        QCOMPARE(redeemed.object().value(u"state").toString(), QStringLiteral("redeemed"));
        QCOMPARE(redeemed.object().value(u"redeemedBy").toString(), QStringLiteral("Lan"));
        expectRefused({QStringLiteral("redeem"), code}, QStringLiteral("voucher-redeemed"));
        QCOMPARE(json({QStringLiteral("vouchers"), QStringLiteral("--state"),
                       QStringLiteral("redeemed")})
                     .array()
                     .size(),
                 1);
    }

    void refusalsExitWithOneLineAndChangeNothing()
    {
        const QString id = createCard();
        expectRefused({QStringLiteral("stamp"), id, QStringLiteral("--count"), QStringLiteral("5")},
                      QStringLiteral("above-visit-cap"));
        expectRefused({QStringLiteral("stamp"), QStringLiteral("NOSUCHCARD234567")},
                      QStringLiteral("not-found"));
        expectRefused({QStringLiteral("redeem"), QStringLiteral("nothing")},
                      QStringLiteral("not-found"));
        expectRefused({QStringLiteral("undo"), QStringLiteral("no-such-event")},
                      QStringLiteral("not-found"));

        QCOMPARE(cli({QStringLiteral("program"), QStringLiteral("set"),
                      QStringLiteral("--cooldown-minutes"), QStringLiteral("30")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("stamp"), id}).exitCode, 0);
        expectRefused({QStringLiteral("stamp"), id}, QStringLiteral("inside-cooldown"));

        const Run text = cli({QStringLiteral("stamp"), id});
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.err.contains(u"stamped again from"));
        QVERIFY(text.out.isEmpty());
    }

    void voidsAndUndos()
    {
        const QString id = createCard();
        const Run stamped =
            json({QStringLiteral("stamp"), id, QStringLiteral("--count"), QStringLiteral("3")});
        const QString voucher = firstIssued(stamped, u"id");
        const QString event = stamped.object().value(u"eventId").toString();

        // Undoing the stamps that earned the voucher takes it back.
        const Run undone = json({QStringLiteral("undo"), event});
        QCOMPARE(undone.exitCode, 0);
        QCOMPARE(undone.object().value(u"stamps").toInt(), 0);
        QCOMPARE(undone.object().value(u"voidedVouchers").toArray().first().toString(), voucher);
        expectRefused({QStringLiteral("redeem"), voucher}, QStringLiteral("voucher-voided"));
        expectRefused({QStringLiteral("undo"), event}, QStringLiteral("already-undone"));

        const Run again =
            json({QStringLiteral("stamp"), id, QStringLiteral("--count"), QStringLiteral("3")});
        const QString second = firstIssued(again, u"id");
        const Run voided = json({QStringLiteral("void"), second, QStringLiteral("--reason"),
                                 QStringLiteral("test sale")});
        QCOMPARE(voided.exitCode, 0);
        QCOMPARE(voided.object().value(u"state").toString(), QStringLiteral("voided"));
        expectRefused({QStringLiteral("void"), second}, QStringLiteral("voucher-voided"));
        QCOMPARE(
            json({QStringLiteral("vouchers"), QStringLiteral("--state"), QStringLiteral("voided")})
                .array()
                .size(),
            2);
    }

    void anExpiredVoucherIsRefused()
    {
        QString code;
        {
            auto store = Store::open(m_db);
            QVERIFY(store.ok());
            Store &s = *store.value();
            s.setClock([] { return QDateTime::currentDateTimeUtc().addDays(-90); });
            const QString id = s.createCard({}, {}, QStringLiteral("Lan"))->state.card.id;
            code = s.addStamps(id, 3, {}, QStringLiteral("Lan"))->issuedVouchers().first().code;
        }
        QCOMPARE(
            json({QStringLiteral("vouchers"), QStringLiteral("--state"), QStringLiteral("expired")})
                .array()
                .size(),
            1);
        expectRefused({QStringLiteral("redeem"), code}, QStringLiteral("voucher-expired"));
    }

    void theLedgerInCsvAndJson()
    {
        const QString id = createCard(QStringLiteral("Lan, \"the\" regular"));
        QCOMPARE(cli({QStringLiteral("stamp"), id}).exitCode, 0);
        const Run csv = cli({QStringLiteral("ledger")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.trimmed().split(u'\n');
        QCOMPARE(lines.first(),
                 QStringLiteral("id,type,at,card_id,voucher_id,staff,register_id,data"));
        QCOMPARE(lines.size(), 1 + 4); // demo programme, our programme, card, stamp
        QVERIFY(lines.last().contains(u",stamps.added,"));
        // The data column holds JSON with quotes and commas: quoted, doubled.
        QVERIFY2(lines.at(3).contains(u",\"{\"\"name\"\":\"\"Lan, "), qPrintable(lines.at(3)));

        const QJsonArray events = json({QStringLiteral("ledger")}).array();
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.last().toObject().value(u"type").toString(),
                 QStringLiteral("stamps.added"));
        QCOMPARE(events.last().toObject().value(u"staff").toString(), QStringLiteral("Lan"));
        const Run future = json(
            {QStringLiteral("ledger"), QStringLiteral("--since"), QStringLiteral("2999-01-01")});
        QCOMPARE(future.array().size(), 0);
        QCOMPARE(cli({QStringLiteral("ledger"), QStringLiteral("--since"), QStringLiteral("soon")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("ledger"), QStringLiteral("--format"), QStringLiteral("xml")})
                     .exitCode,
                 2);
    }

    void refusalsSpeakVietnameseWhenAsked()
    {
        const QString id = createCard();
        const Run r = cli({QStringLiteral("--lang"), QStringLiteral("vi"), QStringLiteral("stamp"),
                           id, QStringLiteral("--count"), QStringLiteral("9")});
        QCOMPARE(r.exitCode, 1);
        const Run en =
            cli({QStringLiteral("stamp"), id, QStringLiteral("--count"), QStringLiteral("9")});
        QVERIFY(en.err.contains(u"At most 4 stamps"));
        QVERIFY(r.err != en.err);
        QVERIFY2(r.err.contains(u"4"), qPrintable(r.err));
        QCOMPARE(
            cli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("check")}).exitCode,
            2);
    }

    void checkReportsTheTruth()
    {
        const QString id = createCard();
        QCOMPARE(cli({QStringLiteral("stamp"), id}).exitCode, 0);
        const Run ok = json({QStringLiteral("check")});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.object().value(u"ok").toBool(), true);
        QCOMPARE(ok.object().value(u"cards").toInt(), 1);
    }

    void aBrokenDatabaseIsAnErrorAndLeftAlone()
    {
        const QString path = m_dir->filePath(QStringLiteral("notes.db"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("These are my notes, not a database.\n");
        }
        const QByteArray before = fileHash(path);
        const Run r =
            cli({QStringLiteral("--db"), path, QStringLiteral("card"), QStringLiteral("create")},
                false);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(u"not a Stampdesk database"));
        QCOMPARE(fileHash(path), before);
    }

    void theRegisterHasANameAndALocation()
    {
        const Run set = json({QStringLiteral("register"), QStringLiteral("set"),
                              QStringLiteral("--name"), QStringLiteral("Quầy 1"),
                              QStringLiteral("--location"), QStringLiteral("Quận 1")});
        QCOMPARE(set.exitCode, 0);
        const QJsonObject shown =
            json({QStringLiteral("register"), QStringLiteral("show")}).object();
        QCOMPARE(shown.value(u"name").toString(), QStringLiteral("Quầy 1"));
        QCOMPARE(shown.value(u"location").toString(), QStringLiteral("Quận 1"));
        QVERIFY(!shown.value(u"id").toString().isEmpty());

        // A voucher tied to another location is refused here.
        QCOMPARE(cli({QStringLiteral("program"), QStringLiteral("set"),
                      QStringLiteral("--location"), QStringLiteral("Quận 3")})
                     .exitCode,
                 0);
        const QString id = createCard();
        const QString code = firstIssued(
            json({QStringLiteral("stamp"), id, QStringLiteral("--count"), QStringLiteral("3")}),
            u"code");
        expectRefused({QStringLiteral("redeem"), code}, QStringLiteral("wrong-location"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
