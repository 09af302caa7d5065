// SPDX-License-Identifier: Apache-2.0
#include "apiresult.h"

namespace stampdesk {

std::optional<ErrorShape> ErrorShape::read(const QJsonObject &answer)
{
    const QJsonValue error = answer.value(QLatin1String("error"));
    if (!error.isObject())
        return std::nullopt;
    const QJsonObject object = error.toObject();
    const QJsonValue code = object.value(QLatin1String("code"));
    const QJsonValue message = object.value(QLatin1String("message"));
    const QJsonValue details = object.value(QLatin1String("details"));
    if (!code.isString() || code.toString().isEmpty() || !message.isString())
        return std::nullopt;
    if (!details.isUndefined() && !details.isObject())
        return std::nullopt;
    return ErrorShape{code.toString(), message.toString(), details.toObject()};
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Offline:
    case Kind::Timeout:
    case Kind::Server:
    case Kind::RateLimited:
        return true;
    case Kind::Tls:
    case Kind::Unauthorized:
    case Kind::Refused:
    case Kind::BadAnswer:
    case Kind::Aborted:
        return false;
    }
    return false;
}

QString ApiError::kindName() const
{
    switch (kind) {
    case Kind::Offline:
        return QStringLiteral("offline");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::BadAnswer:
        return QStringLiteral("bad-answer");
    case Kind::Aborted:
        return QStringLiteral("aborted");
    }
    return {};
}

QString ApiError::message() const
{
    switch (kind) {
    case Kind::Offline:
        return tr("The shop's server cannot be reached. Sales go on; stamps will be sent later.");
    case Kind::Timeout:
        return tr("The shop's server is not answering. Sales go on; stamps will be sent later.");
    case Kind::Tls:
        return tr("The shop's server could not prove who it is, so nothing was sent. Ask the "
                  "manager to check the server's address and certificate.");
    case Kind::Unauthorized:
        return tr("The shop's server no longer accepts this register. Ask the manager to pair "
                  "it again.");
    case Kind::Refused:
        //: %1 is a machine-readable reason sent by the server, e.g. "invalid-request".
        return tr("The shop's server refused the request (%1).").arg(code);
    case Kind::Server:
        return tr("The shop's server has a problem. Sales go on; stamps will be sent later.");
    case Kind::RateLimited:
        return tr("The shop's server is busy. Sales go on; stamps will be sent later.");
    case Kind::BadAnswer:
        return tr("The shop's server gave an answer this register cannot read. Ask the manager "
                  "to check the server's address.");
    case Kind::Aborted:
        return tr("The request to the shop's server was cancelled.");
    }
    return {};
}

} // namespace stampdesk
