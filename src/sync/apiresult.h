// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace stampdesk {

/// The one shape of every error answer of the API (docs/api/openapi.yaml):
/// {"error": {"code": "...", "message": "...", "details": {...}}}.
struct ErrorShape
{
    QString code; ///< machine-readable, e.g. "invalid-request", "voucher-redeemed"
    QString message; ///< English, for logs; staff see ApiError::message()
    QJsonObject details; ///< optional, e.g. {"field": "..."} or {"detail": "...", "at": "..."}

    /// The error in `answer`, or nullopt when `answer` does not have the
    /// shape. Fields the client does not know are ignored (a newer server
    /// may add some); wrong types or a missing code are not.
    static std::optional<ErrorShape> read(const QJsonObject &answer);

    friend bool operator==(const ErrorShape &, const ErrorShape &) = default;
};

/// Why a call to the backend failed, sorted by what the register does about
/// it: Offline, Timeout, Server and RateLimited are passing (retried, the
/// events wait in the outbox); Tls, Unauthorized, Refused and BadAnswer need
/// a person (or a fix) and are never retried.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        Offline, ///< no connection: host not found, refused, dropped before a whole answer
        Timeout, ///< nothing moved for the client's timeout
        Tls, ///< the server's certificate is not trusted or not for this address
        Unauthorized, ///< 401: the register's token is missing, wrong or revoked
        Refused, ///< another 4xx with the error shape (code, message, details)
        Server, ///< 5xx, after the retries
        RateLimited, ///< 429, after the retries
        BadAnswer, ///< not JSON, not an object, not the error shape, an unexpected status
        Aborted, ///< ApiCall::abort()
    };

    Kind kind = Kind::Offline;
    int status = 0; ///< the HTTP status of the last answer, 0 when none came
    QString code; ///< the error shape's code when the server sent one
    QString serverMessage; ///< the error shape's English message, for logs
    QJsonObject details; ///< the error shape's details
    QString technical; ///< what the network layer said (English), for logs

    /// Whether another attempt may succeed without anybody doing anything.
    bool isTransient() const;

    /// A stable name of the kind, e.g. "offline", for logs and JSON summaries.
    QString kindName() const;

    /// The failure in the staff's language, short, saying what goes on and
    /// what to do where there is something to do.
    QString message() const;
};

/// What a call came to: the answer's JSON object on success, the typed
/// error otherwise.
struct ApiResult
{
    int status = 0; ///< the HTTP status of the last answer, 0 when none came
    QJsonObject body; ///< the answer (on failure, the error shape if the server sent one)
    int attempts = 0; ///< requests sent, retries included
    std::optional<ApiError> error;

    bool ok() const { return !error.has_value(); }
};

} // namespace stampdesk
