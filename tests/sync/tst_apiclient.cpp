// SPDX-License-Identifier: Apache-2.0
// The REST client against real servers on 127.0.0.1: what it sends, which
// failures it retries and how long it waits, how each failure is typed for
// the sync engine, TLS with and without the shop's own CA, and cancelling.
#include "core/version.h"
#include "faultserver.h"
#include "sync/apiclient.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTest>

#include <functional>

using namespace stampdesk;
using namespace stampdesk::test;
using namespace std::chrono_literals;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(stampdesk::ApiError::Kind)

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray errorBody(const char *code, const QJsonObject &details = {})
{
    QJsonObject error{{QStringLiteral("code"), QLatin1String(code)},
                      {QStringLiteral("message"), QStringLiteral("Something in English.")}};
    if (!details.isEmpty())
        error.insert(QStringLiteral("details"), details);
    return json({{QStringLiteral("error"), error}});
}

/// A well-behaved HTTP server (Qt HttpServer) on /v1/test whose answers
/// follow a script; it keeps what it was sent and when.
class ScriptedServer
{
public:
    struct Answer
    {
        Answer(int status_, QByteArray body_, QByteArray retryAfter_ = {},
               QByteArray location_ = {})
            : status(status_)
            , body(std::move(body_))
            , retryAfter(std::move(retryAfter_))
            , location(std::move(location_))
        { }
        int status;
        QByteArray body;
        QByteArray retryAfter;
        QByteArray location;
    };
    struct Seen
    {
        QHttpServerRequest::Method method;
        QUrl url;
        QByteArray authorization;
        QByteArray userAgent;
        QByteArray contentType;
        QByteArray body;
    };

    explicit ScriptedServer(QList<Answer> script)
        : m_script(std::move(script))
    {
        m_clock.start();
        m_server.route(QStringLiteral("/v1/test"),
                       [this](const QHttpServerRequest &request) { return respond(request); });
        m_server.route(QStringLiteral("/base/v1/test"),
                       [this](const QHttpServerRequest &request) { return respond(request); });
    }

    bool listen(const QHostAddress &address = QHostAddress::LocalHost)
    {
        m_host = address.toString();
        return (m_port = m_server.listen(address, 0)) != 0;
    }
    void useTls()
    {
        QFile cert(QStringLiteral(STAMPDESK_TEST_DATA "/tls/server.pem"));
        QFile key(QStringLiteral(STAMPDESK_TEST_DATA "/tls/server.key"));
        QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        m_server.sslSetup(QSslCertificate(cert.readAll()), QSslKey(key.readAll(), QSsl::Rsa));
        m_tls = true;
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("%1://%2:%3")
                        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"), m_host)
                        .arg(m_port));
    }
    const QList<Seen> &seen() const { return m_seen; }
    const QList<qint64> &arrivals() const { return m_arrivals; }

private:
    QHttpServerResponse respond(const QHttpServerRequest &request)
    {
        m_arrivals.append(m_clock.elapsed());
        m_seen.append({request.method(), request.url(), request.value("Authorization"),
                       request.value("User-Agent"), request.value("Content-Type"), request.body()});
        const Answer &answer = m_script.at(std::min(m_seen.size(), m_script.size()) - 1);
        QHttpServerResponse response(QByteArrayLiteral("application/json"), answer.body,
                                     QHttpServerResponse::StatusCode(answer.status));
        if (!answer.retryAfter.isEmpty())
            response.setHeader(QByteArrayLiteral("Retry-After"), answer.retryAfter);
        if (!answer.location.isEmpty())
            response.setHeader(QByteArrayLiteral("Location"), answer.location);
        return response;
    }

    QHttpServer m_server;
    QList<Answer> m_script;
    QElapsedTimer m_clock;
    QList<Seen> m_seen;
    QList<qint64> m_arrivals;
    QString m_host;
    quint16 m_port = 0;
    bool m_tls = false;
};

const QByteArray okBody = json({{QStringLiteral("status"), QStringLiteral("ok")}});

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiClient> m_client;

    // Fast retries, so that the suite takes seconds.
    void makeClient(const QUrl &url, int maxAttempts = 5)
    {
        m_client = std::make_unique<ApiClient>();
        m_client->setBaseUrl(url);
        m_client->setToken(QStringLiteral("c2VjcmV0LXRva2VuLW9mLXRoaXMtcmVnaXN0ZXI"));
        RetryPolicy policy;
        policy.maxAttempts = maxAttempts;
        policy.baseDelay = 10ms;
        m_client->setRetryPolicy(policy);
    }

    // Waits for the call's one finished() and returns what it came to.
    static ApiResult wait(ApiCall *call, int timeoutMs = 10'000)
    {
        QSignalSpy finished(call, &ApiCall::finished);
        if (!finished.wait(timeoutMs)) {
            qWarning("the call did not finish");
            return {};
        }
        return finished.constFirst().constFirst().value<ApiResult>();
    }

private slots:
    void cleanup() { m_client.reset(); }

    void getSendsTokenAgentAndQuery()
    {
        ScriptedServer server({{200, okBody, {}}});
        QVERIFY(server.listen());
        makeClient(server.url());
        const ApiResult result =
            wait(m_client->get(QStringLiteral("/v1/test"),
                               QUrlQuery{{QStringLiteral("cursor"), QStringLiteral("a b&c")},
                                         {QStringLiteral("limit"), QStringLiteral("5")}}));
        QVERIFY(result.ok());
        QCOMPARE(result.status, 200);
        QCOMPARE(result.attempts, 1);
        QCOMPARE(result.body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(server.seen().size(), 1);
        const auto &seen = server.seen().constFirst();
        QCOMPARE(seen.method, QHttpServerRequest::Method::Get);
        QCOMPARE(seen.authorization, QByteArray("Bearer c2VjcmV0LXRva2VuLW9mLXRoaXMtcmVnaXN0ZXI"));
        QCOMPARE(seen.userAgent, QByteArray("Stampdesk/") + QByteArray(stampdesk::version));
        const QUrlQuery query(seen.url);
        QCOMPARE(query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded),
                 QStringLiteral("a b&c"));
        QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("5"));
    }

    void postSendsJsonUnderTheBasePath()
    {
        ScriptedServer server({{201, okBody, {}}});
        QVERIFY(server.listen());
        QUrl base = server.url();
        base.setPath(QStringLiteral("/base/"));
        makeClient(base);
        m_client->setToken({}); // pairing goes without a token
        const QJsonObject sent{{QStringLiteral("code"), QStringLiteral("ABCD-EFGH")},
                               {QStringLiteral("registerId"), QStringLiteral("R1")}};
        const ApiResult result = wait(m_client->post(QStringLiteral("v1/test"), sent));
        QVERIFY(result.ok());
        QCOMPARE(result.status, 201);
        QCOMPARE(server.seen().size(), 1);
        const auto &seen = server.seen().constFirst();
        QCOMPARE(seen.method, QHttpServerRequest::Method::Post);
        QCOMPARE(seen.url.path(), QStringLiteral("/base/v1/test"));
        QVERIFY(seen.authorization.isEmpty());
        QCOMPARE(seen.contentType, QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(seen.body).object(), sent);
    }

    void serverErrorThenSuccessIsRetried()
    {
        ScriptedServer server({{500, errorBody("internal"), {}}, {200, okBody, {}}});
        QVERIFY(server.listen());
        makeClient(server.url());
        ApiCall *call = m_client->post(QStringLiteral("/v1/test"), {});
        QSignalSpy retrying(call, &ApiCall::retrying);
        const ApiResult result = wait(call);
        QVERIFY(result.ok());
        QCOMPARE(result.attempts, 2);
        QCOMPARE(server.seen().size(), 2);
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.constFirst().constFirst().value<ApiError>().kind, Kind::Server);
    }

    void retryAfterIsHonoured_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("503") << 503;
        QTest::newRow("429") << 429;
    }

    void retryAfterIsHonoured()
    {
        QFETCH(int, status);
        ScriptedServer server({{status, errorBody("rate-limited"), "1"}, {200, okBody, {}}});
        QVERIFY(server.listen());
        makeClient(server.url());
        const ApiResult result = wait(m_client->get(QStringLiteral("/v1/test")));
        QVERIFY(result.ok());
        QCOMPARE(result.attempts, 2);
        // A lower bound only: the retry must not come before the server's
        // second; how much later depends on the machine.
        const qint64 gap = server.arrivals().at(1) - server.arrivals().at(0);
        QVERIFY2(gap >= 995, QByteArray::number(gap).constData());
    }

    void passingFailuresFailAfterTheLastAttempt_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("500") << 500 << errorBody("internal") << Kind::Server
                             << QStringLiteral("internal");
        QTest::newRow("503") << 503 << errorBody("internal") << Kind::Server
                             << QStringLiteral("internal");
        QTest::newRow("502 from a proxy")
            << 502 << QByteArray("<html>Bad Gateway</html>") << Kind::Server << QString();
        QTest::newRow("429") << 429 << errorBody("rate-limited") << Kind::RateLimited
                             << QStringLiteral("rate-limited");
    }

    void passingFailuresFailAfterTheLastAttempt()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        QFETCH(QString, code);
        ScriptedServer server({{status, body, {}}});
        QVERIFY(server.listen());
        makeClient(server.url(), 3);
        const ApiResult result = wait(m_client->get(QStringLiteral("/v1/test")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, kind);
        QCOMPARE(result.error->status, status);
        QCOMPARE(result.error->code, code);
        QCOMPARE(result.attempts, 3);
        QCOMPARE(server.seen().size(), 3);
    }

    void requestErrorsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("code");

        const QJsonObject field{{QStringLiteral("field"), QStringLiteral("events[3].data.count")}};
        QTest::newRow("400 invalid-request") << 400 << errorBody("invalid-request", field)
                                             << Kind::Refused << QStringLiteral("invalid-request");
        QTest::newRow("401") << 401 << errorBody("unauthorized") << Kind::Unauthorized
                             << QStringLiteral("unauthorized");
        QTest::newRow("401 without a body")
            << 401 << QByteArray() << Kind::Unauthorized << QString();
        QTest::newRow("403 pairing") << 403 << errorBody("pairing-code-invalid") << Kind::Refused
                                     << QStringLiteral("pairing-code-invalid");
        QTest::newRow("409 conflict") << 409 << errorBody("voucher-redeemed") << Kind::Refused
                                      << QStringLiteral("voucher-redeemed");
        QTest::newRow("413") << 413 << errorBody("batch-too-large") << Kind::Refused
                             << QStringLiteral("batch-too-large");
        QTest::newRow("404 from a proxy, not the API")
            << 404 << QByteArray("<html>Not here</html>") << Kind::BadAnswer << QString();
        QTest::newRow("200 not JSON")
            << 200 << QByteArray("<html>Welcome to the hotel wifi") << Kind::BadAnswer << QString();
        QTest::newRow("200 a JSON array")
            << 200 << QByteArray("[1,2]") << Kind::BadAnswer << QString();
        QTest::newRow("200 empty") << 200 << QByteArray() << Kind::BadAnswer << QString();
        QTest::newRow("400 with a wrong shape")
            << 400 << QByteArray(R"({"error":"invalid"})") << Kind::BadAnswer << QString();
    }

    void requestErrorsAreNotRetried()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        QFETCH(QString, code);
        ScriptedServer server({{status, body, {}}, {200, okBody, {}}});
        QVERIFY(server.listen());
        makeClient(server.url());
        const ApiResult result = wait(m_client->post(QStringLiteral("/v1/test"), {}));
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, kind);
        QCOMPARE(result.error->code, code);
        QCOMPARE(result.status, status);
        QCOMPARE(result.error->status, status);
        QCOMPARE(result.attempts, 1);
        QCOMPARE(server.seen().size(), 1);
        QVERIFY(!result.error->message().isEmpty());
        if (code == QLatin1String("invalid-request"))
            QCOMPARE(result.error->details.value(QStringLiteral("field")).toString(),
                     QStringLiteral("events[3].data.count"));
    }

    void redirectIsNotFollowed()
    {
        // Following it would carry the register's token to wherever it points.
        ScriptedServer server({{302, QByteArray(), {}, "/v1/test"}, {200, okBody, {}}});
        QVERIFY(server.listen());
        makeClient(server.url());
        const ApiResult result = wait(m_client->get(QStringLiteral("/v1/test")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, Kind::BadAnswer);
        QCOMPARE(result.status, 302);
        QCOMPARE(result.attempts, 1);
        QCOMPARE(server.seen().size(), 1);
    }

    // Qt's HTTP layer itself sends a request again when a connection closes
    // before any answer (a few times per connection, then it gives up), so
    // the server may count more requests than the client's attempts.
    void droppedConnectionIsRetried()
    {
        FaultServer server({FaultServer::close(), FaultServer::close(), FaultServer::close(),
                            FaultServer::close(), FaultServer::answer(200, okBody)});
        QVERIFY(server.listen());
        makeClient(server.url());
        const ApiResult result = wait(m_client->post(QStringLiteral("/v1/test"), {}));
        QVERIFY(result.ok());
        QCOMPARE(server.requestCount(), 5);
        QVERIFY2(result.attempts >= 2, QByteArray::number(result.attempts).constData());
    }

    void alwaysDroppedIsOffline()
    {
        FaultServer server({FaultServer::close()});
        QVERIFY(server.listen());
        makeClient(server.url(), 3);
        const ApiResult result = wait(m_client->get(QStringLiteral("/v1/test")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, Kind::Offline);
        QCOMPARE(result.attempts, 3);
        QVERIFY(server.requestCount() >= 3);
    }

    void truncatedBodyIsRetried()
    {
        FaultServer server({FaultServer::truncate(200, okBody.left(5), okBody.size() + 50),
                            FaultServer::answer(200, okBody)});
        QVERIFY(server.listen());
        makeClient(server.url());
        const ApiResult result = wait(m_client->post(QStringLiteral("/v1/test"), {}));
        QVERIFY(result.ok());
        QCOMPARE(result.body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(result.attempts, 2);
    }

    void alwaysTruncatedNeverSucceeds()
    {
        // The first bytes of the body are a whole JSON object: only the
        // promised length tells that the answer was cut.
        FaultServer server({FaultServer::truncate(200, okBody, okBody.size() + 50)});
        QVERIFY(server.listen());
        makeClient(server.url(), 2);
        const ApiResult result = wait(m_client->get(QStringLiteral("/v1/test")));
        QVERIFY(!result.ok());
        QVERIFY2(result.error->kind == Kind::Offline || result.error->kind == Kind::BadAnswer,
                 qPrintable(result.error->kindName()));
        QCOMPARE(result.attempts, 2);
    }

    void silentServerTimesOut()
    {
        FaultServer server({FaultServer::silence()});
        QVERIFY(server.listen());
        makeClient(server.url(), 3);
        m_client->setTimeout(300ms);
        const ApiResult result = wait(m_client->get(QStringLiteral("/v1/test")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, Kind::Timeout);
        QCOMPARE(result.attempts, 3);
        QCOMPARE(server.requestCount(), 3);
    }

    void timeoutIsOnByDefault() { QCOMPARE(ApiClient().timeout(), 15'000ms); }

    void nobodyListeningIsOffline()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        makeClient(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), 2);
        const ApiResult result = wait(m_client->get(QStringLiteral("/v1/test")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, Kind::Offline);
        QCOMPARE(result.status, 0);
        QCOMPARE(result.attempts, 2);
        QVERIFY(!result.error->technical.isEmpty());
    }

    void untrustedCertificateIsRefusedOnce()
    {
        ScriptedServer server({{200, okBody, {}}});
        server.useTls();
        QVERIFY(server.listen());
        makeClient(server.url());
        const ApiResult result = wait(m_client->get(QStringLiteral("/v1/test")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, Kind::Tls);
        QCOMPARE(result.attempts, 1);
        QVERIFY(server.seen().isEmpty());
    }

    void trustedCaIsAccepted()
    {
        ScriptedServer server({{200, okBody, {}}});
        server.useTls();
        QVERIFY(server.listen());
        makeClient(server.url());
        const auto ca =
            QSslCertificate::fromPath(QStringLiteral(STAMPDESK_TEST_DATA "/tls/ca.pem"));
        QCOMPARE(ca.size(), 1);
        m_client->setTrustedCaCertificates(ca);
        const ApiResult result = wait(m_client->get(QStringLiteral("/v1/test")));
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error->technical));
        QCOMPARE(result.attempts, 1);
        QCOMPARE(server.seen().size(), 1);
    }

    void certificateForAnotherAddressIsRefused()
    {
        // The certificate names 127.0.0.1 and localhost; Linux answers on all
        // of 127.0.0.0/8, so 127.0.0.2 is the same machine under another name.
        ScriptedServer server({{200, okBody, {}}});
        server.useTls();
        if (!server.listen(QHostAddress(QStringLiteral("127.0.0.2"))))
            QSKIP("127.0.0.2 is not a loopback address here");
        makeClient(server.url());
        m_client->setTrustedCaCertificates(
            QSslCertificate::fromPath(QStringLiteral(STAMPDESK_TEST_DATA "/tls/ca.pem")));
        const ApiResult result = wait(m_client->get(QStringLiteral("/v1/test")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, Kind::Tls);
        QCOMPARE(result.attempts, 1);
        QVERIFY(server.seen().isEmpty());
        QVERIFY2(result.error->technical.contains(QLatin1String("host name")),
                 qPrintable(result.error->technical));
    }

    void trustingACaKeepsTheSystemCas()
    {
        ApiClient client;
        const auto ca =
            QSslCertificate::fromPath(QStringLiteral(STAMPDESK_TEST_DATA "/tls/ca.pem"));
        client.setTrustedCaCertificates(ca);
        const QList<QSslCertificate> cas = client.sslConfiguration().caCertificates();
        QVERIFY(cas.contains(ca.constFirst()));
        const auto system = QSslConfiguration::systemCaCertificates();
        for (const QSslCertificate &certificate : system)
            QVERIFY(cas.contains(certificate));
        QCOMPARE(client.sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
    }

    void abortInFlight()
    {
        FaultServer server({FaultServer::silence()});
        QVERIFY(server.listen());
        makeClient(server.url());
        QPointer<ApiCall> call = m_client->get(QStringLiteral("/v1/test"));
        QSignalSpy finished(call, &ApiCall::finished);
        QSignalSpy arrived(&server, &FaultServer::requestArrived);
        QVERIFY(arrived.wait());
        call->abort();
        QCOMPARE(finished.size(), 1);
        const auto result = finished.constFirst().constFirst().value<ApiResult>();
        QCOMPARE(result.error->kind, Kind::Aborted);
        QCOMPARE(result.attempts, 1);
        QTRY_VERIFY(call.isNull()); // it deletes itself
        QCOMPARE(finished.size(), 1);
        QCOMPARE(server.requestCount(), 1);
    }

    void abortWhileWaitingToRetry()
    {
        ScriptedServer server({{503, errorBody("internal"), "1"}});
        QVERIFY(server.listen());
        makeClient(server.url());
        QPointer<ApiCall> call = m_client->get(QStringLiteral("/v1/test"));
        QSignalSpy finished(call, &ApiCall::finished);
        QSignalSpy retrying(call, &ApiCall::retrying);
        QVERIFY(retrying.wait());
        QVERIFY(retrying.constFirst().at(1).toLongLong() >= 1000);
        call->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().value<ApiResult>().error->kind, Kind::Aborted);
        QTRY_VERIFY(call.isNull());
        QCOMPARE(server.seen().size(), 1);
    }

    void abortBeforeItStarts()
    {
        ScriptedServer server({{200, okBody, {}}});
        QVERIFY(server.listen());
        makeClient(server.url());
        QPointer<ApiCall> call = m_client->get(QStringLiteral("/v1/test"));
        call->abort();
        QTRY_VERIFY(call.isNull());
        QCOMPARE(server.seen().size(), 0);
    }

    void deletingTheClientEndsItsCalls()
    {
        FaultServer server({FaultServer::silence()});
        QVERIFY(server.listen());
        makeClient(server.url());
        QPointer<ApiCall> waiting = m_client->get(QStringLiteral("/v1/test"));
        QPointer<ApiCall> unsent = m_client->get(QStringLiteral("/v1/test"));
        QSignalSpy finished(waiting, &ApiCall::finished);
        QSignalSpy arrived(&server, &FaultServer::requestArrived);
        QVERIFY(arrived.wait());
        m_client.reset();
        QVERIFY(waiting.isNull());
        QVERIFY(unsent.isNull());
        QCOMPARE(finished.size(), 0);
    }

    void deletingTheCallFromItsFinishedSlot()
    {
        ScriptedServer server({{200, okBody, {}}});
        QVERIFY(server.listen());
        makeClient(server.url());
        QPointer<ApiCall> call = m_client->get(QStringLiteral("/v1/test"));
        bool done = false;
        connect(call, &ApiCall::finished, this, [&] {
            done = true;
            delete call.data();
        });
        QTRY_VERIFY(done);
        QVERIFY(call.isNull());
    }

    void errorShape_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<bool>("valid");
        QTest::newRow("whole") << errorBody("not-found", {{QStringLiteral("id"), 1}}) << true;
        QTest::newRow("no details") << errorBody("internal") << true;
        QTest::newRow("unknown field tolerated")
            << QByteArray(R"({"error":{"code":"x","message":"m","hint":1},"v":2})") << true;
        QTest::newRow("no error") << QByteArray(R"({"status":"ok"})") << false;
        QTest::newRow("error not an object") << QByteArray(R"({"error":"x"})") << false;
        QTest::newRow("no code") << QByteArray(R"({"error":{"message":"m"}})") << false;
        QTest::newRow("empty code")
            << QByteArray(R"({"error":{"code":"","message":"m"}})") << false;
        QTest::newRow("code a number")
            << QByteArray(R"({"error":{"code":1,"message":"m"}})") << false;
        QTest::newRow("no message") << QByteArray(R"({"error":{"code":"x"}})") << false;
        QTest::newRow("details an array")
            << QByteArray(R"({"error":{"code":"x","message":"m","details":[]}})") << false;
    }

    void errorShape()
    {
        QFETCH(QByteArray, answer);
        QFETCH(bool, valid);
        const auto shape = ErrorShape::read(QJsonDocument::fromJson(answer).object());
        QCOMPARE(shape.has_value(), valid);
        if (valid)
            QVERIFY(!shape->code.isEmpty());
    }

    void everyKindHasAMessage()
    {
        for (Kind kind :
             {Kind::Offline, Kind::Timeout, Kind::Tls, Kind::Unauthorized, Kind::Refused,
              Kind::Server, Kind::RateLimited, Kind::BadAnswer, Kind::Aborted}) {
            ApiError error;
            error.kind = kind;
            QVERIFY(!error.message().isEmpty());
            QVERIFY(!error.kindName().isEmpty());
        }
        ApiError offline;
        QCOMPARE(offline.message(),
                 QStringLiteral("The shop's server cannot be reached. Sales go on; stamps will "
                                "be sent later."));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
