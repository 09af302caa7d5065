// SPDX-License-Identifier: Apache-2.0
#include "apiclient.h"

#include "core/version.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <utility>

namespace stampdesk {

namespace {

using Kind = ApiError::Kind;

// Failures below the HTTP layer. Qt numbers them below 200; from 201 on, its
// codes only restate an HTTP status that the answer carries itself.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

ApiError transportError(QNetworkReply::NetworkError error, const QString &text)
{
    ApiError e;
    e.technical = text;
    switch (error) {
    case QNetworkReply::TimeoutError:
    // Qt 6.4 ends an attempt that ran into the transfer timeout as
    // "cancelled"; the client's own abort() disconnects before it cancels, so
    // a cancel seen here is always the timeout.
    case QNetworkReply::OperationCanceledError:
        e.kind = Kind::Timeout;
        e.technical = QStringLiteral("No data within the timeout (%1)").arg(text);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = Kind::Tls;
        break;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        e.kind = Kind::BadAnswer;
        break;
    default:
        e.kind = Kind::Offline;
        break;
    }
    return e;
}

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString sslErrorsText(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    return texts.join(QLatin1String("; "));
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

ApiClient::~ApiClient()
{
    // The calls go first, without a word: their replies belong to the network
    // manager, which goes with this object's other children.
    const auto calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls) {
        call->disconnect();
        delete call;
    }
}

void ApiClient::setTrustedCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_trustedCas = certificates;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (certificates.isEmpty()) {
        m_ssl = ssl;
        return;
    }
    // Setting CAs on a configuration turns off Qt's loading of the system's
    // CAs on demand, so they are listed here explicitly (reading them takes a
    // moment, hence only when there is a CA to add): ours come in addition.
    QList<QSslCertificate> cas = ssl.caCertificates();
    QSet<QSslCertificate> seen(cas.cbegin(), cas.cend());
    auto add = [&](const QList<QSslCertificate> &more) {
        for (const QSslCertificate &certificate : more) {
            if (!certificate.isNull() && !seen.contains(certificate)) {
                seen.insert(certificate);
                cas.append(certificate);
            }
        }
    };
    add(QSslConfiguration::systemCaCertificates());
    add(certificates);
    ssl.setCaCertificates(cas);
    m_ssl = ssl;
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("Stampdesk/") + QByteArray(version);
}

QNetworkRequest ApiClient::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    if (query.isEmpty())
        url.setQuery(QString()); // no "?" at all
    else
        url.setQuery(query);

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + m_token.toUtf8());
    request.setTransferTimeout(int(m_timeout.count()));
    // A redirect would carry the token to another address; the API has none.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setSslConfiguration(m_ssl);
    return request;
}

ApiCall *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return new ApiCall(*m_network, request(path, query), QByteArrayLiteral("GET"), {},
                       m_retryPolicy, this);
}

ApiCall *ApiClient::post(const QString &path, const QJsonObject &body)
{
    QNetworkRequest r = request(path, {});
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return new ApiCall(*m_network, r, QByteArrayLiteral("POST"),
                       QJsonDocument(body).toJson(QJsonDocument::Compact), m_retryPolicy, this);
}

ApiCall::ApiCall(QNetworkAccessManager &network, const QNetworkRequest &request, QByteArray verb,
                 QByteArray body, const RetryPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(request)
    , m_verb(std::move(verb))
    , m_body(std::move(body))
    , m_policy(policy)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    // A coarse timer may fire up to 5% early, which would not honour Retry-After.
    m_retryTimer->setTimerType(Qt::PreciseTimer);
    connect(m_retryTimer, &QTimer::timeout, this, &ApiCall::send);
    QMetaObject::invokeMethod(this, &ApiCall::send, Qt::QueuedConnection);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::abort()
{
    if (m_finished)
        return;
    m_retryTimer->stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    ApiResult result;
    result.attempts = m_attempts;
    result.error = ApiError{Kind::Aborted, 0, {}, {}, {}, {}};
    finish(std::move(result));
}

void ApiCall::send()
{
    if (m_finished || m_reply)
        return;
    ++m_attempts;
    m_sslErrors.clear();
    m_reply = m_network.sendCustomRequest(m_request, m_verb, m_body);
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::onReplyFinished()
{
    // Out of m_reply first: a slot of ours may delete this call, whose
    // destructor must not touch a reply that is still emitting.
    QNetworkReply *reply = m_reply.data();
    m_reply = nullptr;
    if (!reply)
        return;
    reply->disconnect(this);
    reply->deleteLater();

    Outcome outcome = read(*reply);
    const std::optional<ApiError> &error = outcome.result.error;
    if (error && error->isTransient() && m_attempts < m_policy.maxAttempts) {
        const RetryPolicy::Duration delay = m_policy.delayFor(
            m_attempts, outcome.retryAfter, QRandomGenerator::global()->generateDouble());
        m_retryTimer->start(delay);
        const ApiError passing = *error;
        emit retrying(passing, qint64(delay.count())); // last: a slot may abort or delete
        return;
    }
    finish(std::move(outcome.result));
}

ApiCall::Outcome ApiCall::read(QNetworkReply &reply) const
{
    Outcome outcome;
    ApiResult &result = outcome.result;
    result.attempts = m_attempts;
    const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    result.status = status.isValid() ? status.toInt() : 0;

    // A transport failure wins over a status already read: a body cut short
    // after the headers is not an answer.
    if (isTransportError(reply.error())) {
        ApiError error = transportError(reply.error(), reply.errorString());
        if (error.kind == Kind::Tls && !m_sslErrors.isEmpty())
            error.technical = sslErrorsText(m_sslErrors);
        error.status = result.status;
        result.error = std::move(error);
        return outcome;
    }

    const std::optional<QJsonObject> body = jsonObject(reply.readAll());
    if (body)
        result.body = *body;
    const int code = result.status;
    if (code >= 200 && code < 300 && body)
        return outcome;

    ApiError error;
    error.status = code;
    error.technical = reply.errorString();
    const std::optional<ErrorShape> shape = body ? ErrorShape::read(*body) : std::nullopt;
    if (shape) {
        error.code = shape->code;
        error.serverMessage = shape->message;
        error.details = shape->details;
    }
    if (code == 401) {
        error.kind = Kind::Unauthorized;
    } else if (code == 429 || (code >= 500 && code < 600)) {
        error.kind = code == 429 ? Kind::RateLimited : Kind::Server;
        outcome.retryAfter = RetryPolicy::parseRetryAfter(
            reply.rawHeader(QByteArrayLiteral("Retry-After")), QDateTime::currentDateTimeUtc());
    } else if (code >= 400 && code < 500 && shape) {
        error.kind = Kind::Refused;
    } else {
        // A 2xx that is not a JSON object, a 4xx without the error shape (a
        // proxy's page, a wrong address), a redirect: not the API talking.
        error.kind = Kind::BadAnswer;
    }
    result.error = std::move(error);
    return outcome;
}

void ApiCall::finish(ApiResult result)
{
    m_finished = true;
    m_result = result;
    deleteLater();
    emit finished(result); // last: a slot may delete this call
}

} // namespace stampdesk
