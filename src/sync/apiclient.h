// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apiresult.h"
#include "retrypolicy.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace stampdesk {

class ApiCall;

/// The register's door to the backend's REST API (docs/api/openapi.yaml):
/// JSON objects over HTTP(S) with the register's bearer token. It knows the
/// transport, not the endpoints: the sync engine builds the paths and reads
/// the answers.
///
/// Every call is retried on its own with exponential backoff and jitter
/// (RetryPolicy) when the failure is passing: no connection, a timeout, a
/// 5xx or a 429 (honouring Retry-After). Other 4xx, TLS failures and answers
/// that cannot be read are never retried. Retrying a POST is safe with this
/// API because every write is idempotent: an event's id is its idempotency
/// key forever (a repeat answers "duplicate"), a redemption is an event, and
/// pairing again with the same code from the same register answers again.
///
/// TLS verification is always on. A self-hosted backend with its own CA is
/// trusted by adding that CA to the system's (setTrustedCaCertificates),
/// never by ignoring errors.
///
/// A client and its calls live in one thread (its network manager's): move
/// the client before the first call to run it off the UI thread.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultTimeout{15'000};

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    /// Where the API lives, e.g. https://shop.example or https://host/stampdesk
    /// (paths such as "/v1/health" are appended to its path).
    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }

    /// Sent as "Authorization: Bearer <token>" when not empty.
    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }

    /// The longest an attempt may go without a byte moving (Qt's transfer
    /// timeout, which is off unless set).
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }

    /// CAs trusted besides the system's, for a backend with its own CA.
    QList<QSslCertificate> trustedCaCertificates() const { return m_trustedCas; }
    void setTrustedCaCertificates(const QList<QSslCertificate> &certificates);

    /// What every request's TLS uses: the system's CAs plus the trusted ones, peers verified.
    QSslConfiguration sslConfiguration() const { return m_ssl; }

    /// "Stampdesk/<version>".
    static QByteArray userAgent();

    /// Starts a call (from the event loop, so connect to finished() first).
    /// The settings above are copied into it: changing them later changes
    /// only later calls. The call belongs to this client and deletes itself
    /// after finished().
    ApiCall *get(const QString &path, const QUrlQuery &query = {});
    ApiCall *post(const QString &path, const QJsonObject &body);

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    RetryPolicy m_retryPolicy;
    QList<QSslCertificate> m_trustedCas;
    QSslConfiguration m_ssl;
};

/// One request to the backend, with its retries. It emits finished() exactly
/// once, then deletes itself (later, from the event loop): keep a QPointer
/// if you keep it at all.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;

    bool isFinished() const { return m_finished; }
    /// Requests sent so far.
    int attempts() const { return m_attempts; }
    /// Valid once finished.
    const ApiResult &result() const { return m_result; }

    /// Stops the call: the request under way is cancelled, no retry follows,
    /// and finished() is emitted at once with ApiError::Kind::Aborted. Nothing
    /// when already finished.
    void abort();

signals:
    /// An attempt failed in a passing way; the next starts in `delayMs`.
    void retrying(const stampdesk::ApiError &error, qint64 delayMs);
    void finished(const stampdesk::ApiResult &result);

private:
    friend class ApiClient;
    ApiCall(QNetworkAccessManager &network, const QNetworkRequest &request, QByteArray verb,
            QByteArray body, const RetryPolicy &policy, QObject *parent);

    struct Outcome
    {
        ApiResult result;
        std::optional<RetryPolicy::Duration> retryAfter;
    };

    void send();
    void onReplyFinished();
    Outcome read(QNetworkReply &reply) const;
    void finish(ApiResult result);

    QNetworkAccessManager &m_network;
    const QNetworkRequest m_request;
    const QByteArray m_verb;
    const QByteArray m_body;
    const RetryPolicy m_policy;
    QTimer *m_retryTimer;
    QPointer<QNetworkReply> m_reply;
    QList<QSslError> m_sslErrors;
    int m_attempts = 0;
    bool m_finished = false;
    ApiResult m_result;
};

} // namespace stampdesk
