// SPDX-License-Identifier: Apache-2.0
// stampdesk-cli pair, sync and conflicts through the real binaries: the
// register's tool against stampdesk-server on 127.0.0.1.
#include "programrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using stampdesk::test::Run;

Run run(const QString &program, const QStringList &args)
{
    return stampdesk::test::runProgram(program, args, {{u"STAMPDESK_STAFF"_s, u"Lan"_s}});
}

// stampdesk-server serving a database of its own on a free port.
class Server
{
public:
    explicit Server(const QString &db)
        : m_db(db)
    {
        m_process.start(QStringLiteral(STAMPDESK_SERVER),
                        {u"--db"_s, db, u"--listen"_s, u"127.0.0.1:0"_s});
        if (!m_process.waitForStarted(60000))
            qFatal("stampdesk-server did not start");
        while (!m_process.canReadLine() && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(60000);
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        const auto match =
            QRegularExpression(u"listening on (http://127\\.0\\.0\\.1:\\d+)$"_s).match(line);
        if (!match.hasMatch())
            qFatal("stampdesk-server said: %s", qPrintable(line));
        m_url = match.captured(1);
    }
    ~Server() { stop(); }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(60000))
            m_process.kill();
    }

    QString url() const { return m_url; }
    Run admin(const QStringList &args) const
    {
        return run(QStringLiteral(STAMPDESK_SERVER),
                   QStringList{u"--db"_s, m_db, u"admin"_s} + args);
    }
    QString pairingCode() const { return admin({u"pairing-code"_s}).out.trimmed(); }

private:
    QString m_db;
    QProcess m_process;
    QString m_url;
};

} // namespace

class TestSyncCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    Run cli(const QString &db, const QStringList &args)
    {
        return run(QStringLiteral(STAMPDESK_CLI),
                   QStringList{u"--db"_s, m_dir.filePath(db), u"--json"_s} + args);
    }

private slots:
    void pairSyncAndConflicts()
    {
        Server server(m_dir.filePath(u"server.db"_s));

        // Not paired yet, then a code the server never made.
        Run notPaired = cli(u"a.db"_s, {u"sync"_s});
        QCOMPARE(notPaired.exitCode, 4);
        QCOMPARE(notPaired.errorCode(), u"not-paired"_s);
        Run wrong = cli(u"a.db"_s, {u"pair"_s, server.url(), u"2345-6789"_s});
        QCOMPARE(wrong.exitCode, 4);
        QCOMPARE(wrong.errorCode(), u"pairing-code-invalid"_s);
        QCOMPARE(cli(u"a.db"_s, {u"pair"_s, u"not a url"_s, u"X"_s}).exitCode, 2);

        for (const QString &db : {u"a.db"_s, u"b.db"_s}) {
            Run paired = cli(db, {u"pair"_s, server.url(), server.pairingCode()});
            QCOMPARE(paired.exitCode, 0);
            QCOMPARE(paired.object().value(u"paired").toBool(), true);
        }

        // A card the server enrolled; register A earns its voucher.
        const QString card = server.admin({u"enrol"_s}).object().value(u"id").toString();
        QVERIFY(!card.isEmpty());
        QCOMPARE(cli(u"a.db"_s, {u"sync"_s}).object().value(u"pulled").toInt(), 1);
        QCOMPARE(cli(u"a.db"_s, {u"stamp"_s, card, u"--count"_s, u"5"_s}).exitCode, 0);
        QCOMPARE(cli(u"a.db"_s, {u"stamp"_s, card, u"--count"_s, u"3"_s}).exitCode, 0);
        Run sent = cli(u"a.db"_s, {u"sync"_s});
        QCOMPARE(sent.exitCode, 0);
        QCOMPARE(sent.object().value(u"pushed").toInt(), 3); // two stamp events, one voucher
        QCOMPARE(sent.object().value(u"conflicts").toInt(), 0);
        QCOMPARE(sent.object().value(u"pending").toInt(), 0);
        QCOMPARE(cli(u"b.db"_s, {u"sync"_s}).exitCode, 0);

        // Both registers redeem the voucher while the server is away.
        const QString voucher = cli(u"b.db"_s, {u"vouchers"_s, u"--card"_s, card})
                                    .array()
                                    .first()
                                    .toObject()
                                    .value(u"id")
                                    .toString();
        QVERIFY(!voucher.isEmpty());
        server.stop();
        // Paired registers ask the server first; offline, the shop's policy
        // (deny by default) refuses, and nothing is written.
        Run denied = cli(u"a.db"_s, {u"redeem"_s, voucher});
        QCOMPARE(denied.exitCode, 1);
        QCOMPARE(denied.errorCode(), u"offline-redeem-denied"_s);
        QCOMPARE(cli(u"a.db"_s, {u"vouchers"_s, u"--card"_s, card})
                     .array()
                     .first()
                     .toObject()
                     .value(u"state")
                     .toString(),
                 u"issued"_s);

        // The manager allows redeeming offline; the registers pull it.
        QCOMPARE(server.admin({u"program"_s, u"set"_s, u"--offline-redeem"_s, u"allow"_s}).exitCode,
                 0);
        Server allowing(m_dir.filePath(u"server.db"_s));
        for (const QString &db : {u"a.db"_s, u"b.db"_s}) {
            QCOMPARE(cli(db, {u"pair"_s, allowing.url(), allowing.pairingCode()}).exitCode, 0);
            QCOMPARE(cli(db, {u"sync"_s}).exitCode, 0);
        }
        allowing.stop();
        Run provisional = cli(u"a.db"_s, {u"redeem"_s, voucher});
        QCOMPARE(provisional.exitCode, 0);
        QCOMPARE(provisional.object().value(u"provisional").toBool(), true);
        QCOMPARE(cli(u"b.db"_s, {u"redeem"_s, voucher}).exitCode, 0);
        Run offline = cli(u"a.db"_s, {u"sync"_s});
        QCOMPARE(offline.exitCode, 4);
        QCOMPARE(offline.errorCode(), u"offline"_s);

        Server again(m_dir.filePath(u"server.db"_s));
        for (const QString &db : {u"a.db"_s, u"b.db"_s}) {
            Run paired = cli(db, {u"pair"_s, again.url(), again.pairingCode()});
            QCOMPARE(paired.exitCode, 0);
        }
        QCOMPARE(cli(u"a.db"_s, {u"sync"_s}).object().value(u"conflicts").toInt(), 0);
        QCOMPARE(cli(u"b.db"_s, {u"sync"_s}).object().value(u"conflicts").toInt(), 1);

        Run conflicts = cli(u"b.db"_s, {u"conflicts"_s, u"--mark-seen"_s});
        QCOMPARE(conflicts.exitCode, 0);
        QCOMPARE(conflicts.array().size(), 1);
        const QJsonObject c = conflicts.array().first().toObject();
        QCOMPARE(c.value(u"code").toString(), u"voucher-redeemed"_s);
        QCOMPARE(c.value(u"voucherId").toString(), voucher);
        QVERIFY(c.value(u"message").toString().contains(u"redeemed"_s));
        QVERIFY(cli(u"b.db"_s, {u"conflicts"_s}).array().isEmpty());
        QCOMPARE(cli(u"b.db"_s, {u"conflicts"_s, u"--all"_s}).array().size(), 1);
        QCOMPARE(cli(u"a.db"_s, {u"check"_s}).object().value(u"ok").toBool(), true);
        QCOMPARE(cli(u"b.db"_s, {u"check"_s}).object().value(u"ok").toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
