// SPDX-License-Identifier: Apache-2.0
// The stampdesk-server binary: admin commands, serving until SIGTERM, TLS.
#include "core/payload.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace stampdesk;

namespace {

struct Ran
{
    int code = -1;
    QString out;
    QString err;
};

Ran server(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(STAMPDESK_SERVER), args);
    if (!p.waitForFinished(30000))
        qWarning("stampdesk-server did not finish");
    return Ran{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// stampdesk-server serving in a child process until it is stopped.
class Serving
{
public:
    explicit Serving(const QStringList &args)
    {
        process.start(QStringLiteral(STAMPDESK_SERVER), args);
        process.waitForStarted(10000);
        while (!process.canReadLine() && process.state() == QProcess::Running)
            process.waitForReadyRead(10000);
        line = QString::fromUtf8(process.readLine()).trimmed();
        const auto match = QRegularExpression(QStringLiteral("^Stampdesk server listening on "
                                                             "(https?)://127\\.0\\.0\\.1:(\\d+)$"))
                               .match(line);
        if (match.hasMatch()) {
            scheme = match.captured(1);
            port = match.captured(2).toUShort();
        }
    }
    ~Serving()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(10000);
        }
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(port).arg(path));
    }

    QProcess process;
    QString line;
    QString scheme;
    quint16 port = 0;
};

QJsonObject call(QNetworkAccessManager &nam, QNetworkRequest request, const QByteArray &body = {},
                 int *status = nullptr)
{
    request.setTransferTimeout(20000);
    QNetworkReply *reply = body.isNull() ? nam.get(request) : nam.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return o;
}

} // namespace

class TestServerCli : public QObject
{
    Q_OBJECT

private slots:
    void enrolPrintsAPayloadTheShopsKeyVerifies()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("server.db"));
        const Ran enrol =
            server({QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("enrol"),
                    QStringLiteral("--name"), QStringLiteral("Lan")});
        QCOMPARE(enrol.code, 0);
        const QJsonObject card = QJsonDocument::fromJson(enrol.out.toUtf8()).object();
        const QString id = card.value(u"id").toString();
        QCOMPARE(id.size(), 16);
        const QString payload = card.value(u"payload").toString();

        const Ran code = server(
            {QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("pairing-code")});
        QCOMPARE(code.code, 0);
        QVERIFY(QRegularExpression(QStringLiteral("^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}\n$"))
                    .match(code.out)
                    .hasMatch());

        Serving serving({QStringLiteral("--db"), db, QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--shop-name"),
                         QStringLiteral("Cà phê Lan")});
        QVERIFY2(serving.port != 0, qPrintable(serving.line));
        QCOMPARE(serving.scheme, u"http");
        QNetworkAccessManager nam;
        QNetworkRequest pairRequest(serving.url(QStringLiteral("/v1/pair")));
        pairRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        int status = 0;
        const QJsonObject paired = call(
            nam, pairRequest,
            QJsonDocument(QJsonObject{{QStringLiteral("code"), code.out.trimmed()},
                                      {QStringLiteral("registerId"), QStringLiteral("r1")},
                                      {QStringLiteral("registerName"), QStringLiteral("Front")}})
                .toJson(),
            &status);
        QCOMPARE(status, 201);
        QCOMPARE(paired.value(u"shopName").toString(), u"Cà phê Lan");

        QNetworkRequest shopRequest(serving.url(QStringLiteral("/v1/shop")));
        shopRequest.setRawHeader("Authorization",
                                 "Bearer " + paired.value(u"token").toString().toLatin1());
        const QJsonObject shop = call(nam, shopRequest, QByteArray(), &status);
        QCOMPARE(status, 200);
        const auto shopId = quint16(shop.value(u"shop").toInt());
        QList<PublicKey> keys;
        for (const QJsonValue &k : shop.value(u"keys").toArray()) {
            keys.append(PublicKey{
                KeyId{quint16(k.toObject().value(u"shop").toInt()),
                      quint8(k.toObject().value(u"number").toInt())},
                QByteArray::fromBase64(k.toObject().value(u"publicKey").toString().toLatin1())});
        }
        const Keyring keyring(shopId, keys);
        auto parsed = Payloads::parse(payload.toLatin1(), keyring);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->kind, PayloadKind::Card);
        QCOMPARE(parsed->id, id);
        // Another shop's keys do not verify it.
        QVERIFY(!Payloads::parse(payload.toLatin1(), Keyring(quint16(shopId + 1), {})).ok());

        // SIGTERM: a clean exit.
        ::kill(pid_t(serving.process.processId()), SIGTERM);
        QVERIFY(serving.process.waitForFinished(10000));
        QCOMPARE(serving.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serving.process.exitCode(), 0);

        const Ran registers = server(
            {QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("registers")});
        QCOMPARE(registers.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(registers.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(u"id").toString(), u"r1");
        QCOMPARE(
            server({QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("check")})
                .code,
            0);
    }

    void adminCommands()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("server.db"));
        const auto admin = [&db](QStringList words) {
            return server(QStringList{QStringLiteral("--db"), db, QStringLiteral("admin")} + words);
        };
        Ran r = admin({QStringLiteral("program"), QStringLiteral("set"), QStringLiteral("--goal"),
                       QStringLiteral("4"), QStringLiteral("--offline-redeem"),
                       QStringLiteral("allow")});
        QCOMPARE(r.code, 0);
        r = admin({QStringLiteral("program"), QStringLiteral("show")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"4 stamps"));
        QCOMPARE(admin({QStringLiteral("program"), QStringLiteral("set"), QStringLiteral("--goal"),
                        QStringLiteral("0")})
                     .code,
                 2);
        r = admin({QStringLiteral("rotate-key")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, u"2\n");
        QCOMPARE(admin({QStringLiteral("revoke"), QStringLiteral("nobody")}).code, 1);
        QCOMPARE(
            admin({QStringLiteral("enrol"), QStringLiteral("--name"), QString(101, u'x')}).code, 1);
        QCOMPARE(admin({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(
            admin({QStringLiteral("pairing-code"), QStringLiteral("--goal"), QStringLiteral("3")})
                .code,
            2);
        QCOMPARE(server({QStringLiteral("admin"), QStringLiteral("check")}).code, 2);
        QCOMPARE(server({QStringLiteral("--db"), db}).code, 2);
        QCOMPARE(admin({QStringLiteral("check")}).code, 0);
    }

    void refusesAForeignOrDamagedFileUntouched()
    {
        QTemporaryDir dir;
        // The register's own database is not the server's.
        const QString registerDb = dir.filePath(QStringLiteral("register.db"));
        QVERIFY(Store::open(registerDb).ok());
        const QString junk = dir.filePath(QStringLiteral("junk.db"));
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'j'));
        }
        for (const QString &path : {registerDb, junk}) {
            const QByteArray before = fileHash(path);
            const Ran r = server({QStringLiteral("--db"), path, QStringLiteral("admin"),
                                  QStringLiteral("pairing-code")});
            QCOMPARE(r.code, 3);
            QVERIFY(r.out.isEmpty());
            QVERIFY(!r.err.isEmpty());
            QCOMPARE(fileHash(path), before);
        }
        QVERIFY(!QFile::exists(junk + QStringLiteral("-wal")));
    }

    void servesHttpsWithTheGivenCertificate()
    {
        QTemporaryDir dir;
        const QString tls = QStringLiteral(STAMPDESK_TEST_DATA "/tls/");
        Serving serving({QStringLiteral("--db"), dir.filePath(QStringLiteral("server.db")),
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--tls-cert"), tls + QStringLiteral("server.pem"),
                         QStringLiteral("--tls-key"), tls + QStringLiteral("server.key")});
        QVERIFY2(serving.port != 0, qPrintable(serving.line));
        QCOMPARE(serving.scheme, u"https");
        QNetworkAccessManager nam;
        QNetworkRequest request(serving.url(QStringLiteral("/v1/health")));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(tls + QStringLiteral("ca.pem")));
        request.setSslConfiguration(config);
        int status = 0;
        QCOMPARE(call(nam, request, QByteArray(), &status).value(u"status").toString(), u"ok");
        QCOMPARE(status, 200);
        ::kill(pid_t(serving.process.processId()), SIGINT);
        QVERIFY(serving.process.waitForFinished(10000));
        QCOMPARE(serving.process.exitCode(), 0);

        // A key without its certificate is a usage error.
        QCOMPARE(server({QStringLiteral("--db"), dir.filePath(QStringLiteral("server.db")),
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--tls-key"), tls + QStringLiteral("server.key")})
                     .code,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
