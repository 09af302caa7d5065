// SPDX-License-Identifier: Apache-2.0
// stampdesk-cli's payload commands as the backend's operator and an
// integrator use them: the real binary, key files, exit codes, text and JSON.
#include "programrun.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using stampdesk::test::Run;

const QString card = QStringLiteral("RHYNS3RWNXZ9GMJG");
const QString voucher = QStringLiteral("9BRBCA834Q44Y5VU");

} // namespace

class TestPayloadCli : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString file(const QString &name) const { return m_dir->filePath(name); }

    // No --db: these commands must work without any database.
    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        return stampdesk::test::runProgram(
            QStringLiteral(STAMPDESK_CLI), args,
            {{QStringLiteral("STAMPDESK_DB"), file(QStringLiteral("never.db"))}}, input);
    }

    // A key pair "<name>.key" and "<name>.pub" of shop 4711 unless told.
    void keygen(const QString &name, int number, int shop = 4711)
    {
        const Run r = cli({QStringLiteral("payload"), QStringLiteral("keygen"),
                           file(name + QStringLiteral(".key")), file(name + QStringLiteral(".pub")),
                           QStringLiteral("--shop"), QString::number(shop),
                           QStringLiteral("--key-number"), QString::number(number)});
        QCOMPARE(r.exitCode, 0);
    }

    QString makeCard(const QString &keyName, const QString &id = card)
    {
        const Run r = cli({QStringLiteral("payload"), QStringLiteral("make-card"),
                           QStringLiteral("--key"), file(keyName + QStringLiteral(".key")), id});
        if (r.exitCode != 0)
            qFatal("make-card failed: %s", qPrintable(r.err));
        return r.out.chopped(1); // the newline
    }

    Run verify(const QStringList &pubs, const QString &text, bool json = true)
    {
        QStringList args{QStringLiteral("payload"), QStringLiteral("verify")};
        if (json)
            args.prepend(QStringLiteral("--json"));
        for (const QString &pub : pubs)
            args << QStringLiteral("--pub") << file(pub + QStringLiteral(".pub"));
        return cli(args << text);
    }

    // A code that is not accepted: exit 1, the reason on one line, no output.
    void expectRejected(const Run &r, const QString &code, const QString &words)
    {
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errorCode(), code);
        QVERIFY(r.err.startsWith(u"stampdesk-cli: "));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
        QCOMPARE(r.object().value(u"error").toObject().value(u"message").toString(),
                 r.err.trimmed().mid(15));
    }

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void helpListsTheCommands()
    {
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command :
             {"payload keygen PRIVATE_FILE PUBLIC_FILE", "payload make-card --key PRIVATE_FILE",
              "payload make-voucher --key PRIVATE_FILE", "payload verify --pub PUBLIC_FILE"})
            QVERIFY2(help.out.contains(QLatin1StringView(command)), command);
    }

    void keygenWritesTwoFilesAndKeepsThePrivateOneSecret()
    {
        const Run r =
            cli({QStringLiteral("--json"), QStringLiteral("payload"), QStringLiteral("keygen"),
                 file(QStringLiteral("a.key")), file(QStringLiteral("a.pub")),
                 QStringLiteral("--shop"), QStringLiteral("4711")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.object().value(u"shop").toInt(), 4711);
        QCOMPARE(r.object().value(u"number").toInt(), 1); // the default
        QCOMPARE(QFile::permissions(file(QStringLiteral("a.key")))
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                        | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(QFile::permissions(file(QStringLiteral("a.pub"))) & QFileDevice::ReadOther);

        QFile pub(file(QStringLiteral("a.pub")));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(pub.readAll()).object();
        QCOMPARE(o.value(u"format").toString(), QStringLiteral("stampdesk-public-key"));
        QCOMPARE(o.value(u"publicKey").toString(), r.object().value(u"publicKey").toString());
        QVERIFY(!o.contains(u"seed"));
        QVERIFY(!QDir(m_dir->path()).exists(QStringLiteral("never.db")));

        // A random shop without --shop.
        const Run random =
            cli({QStringLiteral("--json"), QStringLiteral("payload"), QStringLiteral("keygen"),
                 file(QStringLiteral("b.key")), file(QStringLiteral("b.pub"))});
        QCOMPARE(random.exitCode, 0);
        QVERIFY(random.object().value(u"shop").toInt() >= 1);
    }

    void keygenNeverOverwrites()
    {
        keygen(QStringLiteral("a"), 1);
        QFile key(file(QStringLiteral("a.key")));
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QByteArray before = key.readAll();
        const Run again = cli({QStringLiteral("payload"), QStringLiteral("keygen"),
                               file(QStringLiteral("a.key")), file(QStringLiteral("c.pub"))});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(u"already exists"));
        key.seek(0);
        QCOMPARE(key.readAll(), before);
        QVERIFY(!QFile::exists(file(QStringLiteral("c.pub"))));
    }

    void usageErrors()
    {
        const auto usage = [this](const QStringList &args) {
            const Run r = cli(QStringList{QStringLiteral("payload")} + args);
            QCOMPARE(r.exitCode, 2);
        };
        usage({QStringLiteral("keygen"), file(QStringLiteral("x.key"))});
        usage({QStringLiteral("keygen"), file(QStringLiteral("x.key")),
               file(QStringLiteral("x.pub")), QStringLiteral("--shop"), QStringLiteral("70000")});
        usage({QStringLiteral("keygen"), file(QStringLiteral("x.key")),
               file(QStringLiteral("x.pub")), QStringLiteral("--key-number"), QStringLiteral("0")});
        usage({QStringLiteral("make-card"), card}); // no --key
        usage({QStringLiteral("make-card"), QStringLiteral("--key"), file(QStringLiteral("x.key")),
               QStringLiteral("NOT-AN-ID")});
        usage({QStringLiteral("verify"), QStringLiteral("SD1")}); // no --pub
        QVERIFY(!QFile::exists(file(QStringLiteral("x.key"))));
    }

    void aMadeCardVerifies()
    {
        keygen(QStringLiteral("k1"), 1);
        // Typed the way a card id is shown, in lower case: the same card.
        const QString code = makeCard(QStringLiteral("k1"), QStringLiteral("rhyn-s3rw-nxz9-gmjg"));
        QCOMPARE(code.size(), 120);
        QVERIFY(code.startsWith(u"SD1"));
        QCOMPARE(makeCard(QStringLiteral("k1")), code);

        const Run text = verify({QStringLiteral("k1")}, code, false);
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out, QStringLiteral("card %1 (key 1 of shop 4711)\n").arg(card));
        const Run json = verify({QStringLiteral("k1")}, code);
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.object().value(u"kind").toString(), QStringLiteral("card"));
        QCOMPARE(json.object().value(u"id").toString(), card);
        QCOMPARE(json.object().value(u"shop").toInt(), 4711);
        QCOMPARE(json.object().value(u"keyNumber").toInt(), 1);
    }

    void aMadeVoucherVerifiesThroughAPipe()
    {
        keygen(QStringLiteral("k1"), 1);
        const Run made = cli({QStringLiteral("--json"), QStringLiteral("payload"),
                              QStringLiteral("make-voucher"), QStringLiteral("--key"),
                              file(QStringLiteral("k1.key")), voucher});
        QCOMPARE(made.exitCode, 0);
        QCOMPARE(made.object().value(u"kind").toString(), QStringLiteral("voucher"));
        const QString code = made.object().value(u"payload").toString();
        const Run r =
            cli({QStringLiteral("payload"), QStringLiteral("verify"), QStringLiteral("--pub"),
                 file(QStringLiteral("k1.pub")), QStringLiteral("-")},
                code.toLatin1() + '\n');
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("voucher %1").arg(voucher)));
    }

    // A shop without a backend signs with the register's own key: the code
    // of a card of its database, and the same code drawn as a QR code that
    // reads back (the picture a demo shows with stampdesk --camera-file).
    void cardCodeSignsWithTheRegistersKey()
    {
        const QString db = file(QStringLiteral("shop.db"));
        const Run created = cli({QStringLiteral("--db"), db, QStringLiteral("--json"),
                                 QStringLiteral("card"), QStringLiteral("create"),
                                 QStringLiteral("--phone"), QStringLiteral("0901234567")});
        QCOMPARE(created.exitCode, 0);
        const QString id = created.object().value(u"id").toString();
        const QString png = file(QStringLiteral("card.png"));
        const Run code = cli({QStringLiteral("--db"), db, QStringLiteral("--json"),
                              QStringLiteral("card"), QStringLiteral("code"),
                              QStringLiteral("0901234567"), QStringLiteral("--png"), png});
        QCOMPARE(code.exitCode, 0);
        QCOMPARE(code.object().value(u"kind").toString(), QStringLiteral("card"));
        QCOMPARE(code.object().value(u"id").toString(), id);
        QCOMPARE(code.object().value(u"keyNumber").toInt(), 1);
        const QString payload = code.object().value(u"payload").toString();
        QVERIFY(payload.startsWith(u"SD1"));

        const Run decoded = cli({QStringLiteral("decode"), png});
        QCOMPARE(decoded.exitCode, 0);
        QCOMPARE(decoded.out, QStringLiteral("QRCode\t%1\n").arg(payload));

        const Run unknown =
            cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("card"),
                 QStringLiteral("code"), QStringLiteral("0999999999")});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.errorCode(), QStringLiteral("not-found"));
    }

    void rotationNeedsEveryKeyInUse()
    {
        keygen(QStringLiteral("k1"), 1);
        keygen(QStringLiteral("k2"), 2);
        keygen(QStringLiteral("k3"), 3);
        const QString old = makeCard(QStringLiteral("k1"));
        const QString current = makeCard(QStringLiteral("k2"));
        const QStringList both{QStringLiteral("k1"), QStringLiteral("k2")};
        QCOMPARE(verify(both, old).exitCode, 0);
        QCOMPARE(verify(both, current).object().value(u"keyNumber").toInt(), 2);
        expectRejected(verify(both, makeCard(QStringLiteral("k3"))), QStringLiteral("unknown-key"),
                       QStringLiteral("key"));
        expectRejected(verify({QStringLiteral("k2")}, old), QStringLiteral("unknown-key"),
                       QStringLiteral("internet"));
    }

    void forgedAndAlteredCodesExitNonZeroWithTheReason()
    {
        keygen(QStringLiteral("k1"), 1);
        const QString code = makeCard(QStringLiteral("k1"));

        // Another key pair that claims the same shop and number: a forgery.
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("forger")));
        keygen(QStringLiteral("forger/k1"), 1);
        expectRejected(verify({QStringLiteral("k1")}, makeCard(QStringLiteral("forger/k1"))),
                       QStringLiteral("bad-signature"), QStringLiteral("not genuine"));

        // One character of the signed bytes changed: the lowest digit of a
        // Base45 group, moved by one so that the group stays in range.
        QString altered = code;
        altered[21] = altered[21] == u'0' ? u'1' : u'0';
        expectRejected(verify({QStringLiteral("k1")}, altered), QStringLiteral("bad-signature"),
                       QStringLiteral("altered or forged"));

        const Run text = verify({QStringLiteral("k1")}, altered, false);
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.isEmpty());
    }

    void everyOtherReasonIsReported_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("not ours") << QStringLiteral("8934588063053") << QStringLiteral("not-ours")
                                  << QStringLiteral("not a loyalty card");
        QTest::newRow("typo") << QStringLiteral("9AE56-E6868") << QStringLiteral("typo")
                              << QStringLiteral("9AE56-E6868");
        QTest::newRow("cut short") << QStringLiteral("SD1ABC") << QStringLiteral("bad-encoding")
                                   << QStringLiteral("Scan it again");
    }
    void everyOtherReasonIsReported()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, words);
        keygen(QStringLiteral("k1"), 1);
        expectRejected(verify({QStringLiteral("k1")}, text), code, words);
    }

    void otherShopsAndVersions()
    {
        keygen(QStringLiteral("k1"), 1);
        keygen(QStringLiteral("elsewhere"), 1, 815);
        const QString foreign = makeCard(QStringLiteral("elsewhere"));
        expectRejected(verify({QStringLiteral("k1")}, foreign), QStringLiteral("other-shop"),
                       QStringLiteral("another shop"));
        QString future = makeCard(QStringLiteral("k1"));
        future[2] = u'2';
        expectRejected(verify({QStringLiteral("k1")}, future), QStringLiteral("unknown-version"),
                       QStringLiteral("Update Stampdesk"));
        // Keys of two shops cannot make one keyring.
        QCOMPARE(verify({QStringLiteral("k1"), QStringLiteral("elsewhere")}, foreign).exitCode, 2);
    }

    void aRedeemCodeNeedsNoSignature()
    {
        keygen(QStringLiteral("k1"), 1);
        const Run r = verify({QStringLiteral("k1")}, QStringLiteral("9ae56 e6867"), false);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("redeem-code 9AE56E6867\n"));
    }

    void reasonsSpeakVietnamese()
    {
        keygen(QStringLiteral("k1"), 1);
        const Run r =
            cli({QStringLiteral("--lang"), QStringLiteral("vi"), QStringLiteral("payload"),
                 QStringLiteral("verify"), QStringLiteral("--pub"), file(QStringLiteral("k1.pub")),
                 QStringLiteral("8934588063053")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith(u"stampdesk-cli: "));
        QVERIFY2(r.err.contains(u"Đây không phải mã thẻ tích điểm"), qPrintable(r.err));
        // The key files' own messages too.
        const Run missing =
            cli({QStringLiteral("--lang"), QStringLiteral("vi"), QStringLiteral("payload"),
                 QStringLiteral("make-card"), QStringLiteral("--key"),
                 file(QStringLiteral("missing.key")), card});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"không đọc được tệp khóa"), qPrintable(missing.err));
    }

    void brokenKeyFilesAreRefused()
    {
        keygen(QStringLiteral("k1"), 1);
        const QString code = makeCard(QStringLiteral("k1"));
        // A private key given as a public one, a missing file, a damaged one.
        QFile::copy(file(QStringLiteral("k1.key")), file(QStringLiteral("swapped.pub")));
        Run r = verify({QStringLiteral("swapped")}, code);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errorCode(), QStringLiteral("key-file"));
        QVERIFY(r.err.contains(u"not a Stampdesk public key file"));
        r = verify({QStringLiteral("missing")}, code);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"cannot read"));

        QFile damaged(file(QStringLiteral("damaged.key")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        QFile original(file(QStringLiteral("k1.key")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray text = original.readAll();
        const qsizetype seed = text.indexOf("\"seed\": \"") + 9;
        text[seed] = text[seed] == 'A' ? 'B' : 'A';
        damaged.write(text);
        damaged.close();
        r = cli({QStringLiteral("payload"), QStringLiteral("make-card"), QStringLiteral("--key"),
                 file(QStringLiteral("damaged.key")), card});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"not a Stampdesk private key file"));
    }
};

QTEST_GUILESS_MAIN(TestPayloadCli)
#include "tst_payloadcli.moc"
