// SPDX-License-Identifier: Apache-2.0
#pragma once

// A reference server in-process on 127.0.0.1:0 over a temporary database,
// and a small synchronous HTTP client for the tests (waiting on signals).

#include "core/ids.h"
#include "core/json.h"
#include "server/serverapi.h"
#include "server/serverstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace stampdesk::server::test {

struct Answer
{
    int status = 0;
    QByteArray raw;
    QJsonObject body;
    QByteArray contentType;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;

    /// The error code of an error answer, empty for others.
    QString errorCode() const
    {
        return body.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
};

/// Whether body has the one error shape of the API.
inline bool isErrorShape(const QJsonObject &body)
{
    if (body.size() != 1 || !body.value(QStringLiteral("error")).isObject())
        return false;
    const QJsonObject e = body.value(QStringLiteral("error")).toObject();
    for (auto it = e.begin(); it != e.end(); ++it) {
        if (it.key() != u"code" && it.key() != u"message" && it.key() != u"details")
            return false;
    }
    return e.value(QStringLiteral("code")).isString()
        && !e.value(QStringLiteral("code")).toString().isEmpty()
        && e.value(QStringLiteral("message")).isString()
        && (!e.contains(QStringLiteral("details"))
            || e.value(QStringLiteral("details")).isObject());
}

class TestServer
{
public:
    TestServer()
    {
        auto opened = ServerStore::open(dir.filePath(QStringLiteral("server.db")));
        if (!opened)
            qFatal("cannot open the server's store: %s", qUtf8Printable(opened.error().message()));
        store = std::move(opened).value();
        api = std::make_unique<ServerApi>(*store);
        port = api->listen(QHostAddress::LocalHost, 0);
        if (port == 0)
            qFatal("the test server cannot listen");
    }

    /// A new one-time pairing code, as `admin pairing-code` prints it.
    QString pairingCode() const
    {
        auto code = store->newPairingCode();
        if (!code)
            qFatal("the test server makes no pairing code: %s",
                   qUtf8Printable(code.error().message()));
        return code.value();
    }

    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(pathAndQuery));
    }

    Answer send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                const QString &token = {})
    {
        QNetworkRequest request(url(path));
        request.setTransferTimeout(20000);
        if (!body.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(20000))
            qWarning("no answer to %s %s", method.constData(), qUtf8Printable(path));
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.raw = reply->readAll();
        a.body = QJsonDocument::fromJson(a.raw).object();
        a.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        a.networkError = reply->error();
        reply->deleteLater();
        return a;
    }

    Answer get(const QString &path, const QString &token = {})
    {
        return send("GET", path, QByteArray(), token);
    }
    Answer post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }

    /// Pairs a register with a fresh code; its token.
    QString pair(const QString &registerId, const QString &name = QStringLiteral("Till"))
    {
        const QString code = pairingCode();
        const Answer a = post(QStringLiteral("/v1/pair"),
                              QJsonObject{{QStringLiteral("code"), code},
                                          {QStringLiteral("registerId"), registerId},
                                          {QStringLiteral("registerName"), name}});
        if (a.status != 201)
            qWarning("pairing failed: %d %s", a.status, a.raw.constData());
        return a.body.value(QStringLiteral("token")).toString();
    }

    /// Pushes events; the answer.
    Answer push(const QList<Event> &events, const QString &token)
    {
        QJsonArray list;
        for (const Event &e : events)
            list.append(Json::toJson(e));
        return post(QStringLiteral("/v1/events"), QJsonObject{{QStringLiteral("events"), list}},
                    token);
    }

    /// The results of a push, as "accepted", "duplicate" or "conflict:<code>".
    static QStringList results(const Answer &a)
    {
        QStringList out;
        for (const QJsonValue &v : a.body.value(QStringLiteral("results")).toArray()) {
            const QJsonObject o = v.toObject();
            QString r = o.value(QStringLiteral("result")).toString();
            if (r == u"conflict")
                r += u':'
                    + o.value(QStringLiteral("conflict"))
                          .toObject()
                          .value(QStringLiteral("code"))
                          .toString();
            out << r;
        }
        return out;
    }

    /// Nothing differs between the stored cards and a replay of the events.
    bool checked() const
    {
        auto differences = store->check();
        if (!differences) {
            qWarning("check failed: %s", qUtf8Printable(differences.error().message()));
            return false;
        }
        for (const QString &d : differences.value())
            qWarning("check: %s", qUtf8Printable(d));
        return differences->isEmpty();
    }

    QTemporaryDir dir;
    std::unique_ptr<ServerStore> store;
    std::unique_ptr<ServerApi> api;
    quint16 port = 0;
    QNetworkAccessManager nam;
};

inline QDateTime at(int minutes)
{
    return QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC).addSecs(minutes * 60);
}

inline Event event(const QString &cardId, const QString &registerId, const QDateTime &when,
                   EventData data, const QString &voucherId = {})
{
    return Event{QUuid::createUuid().toString(QUuid::WithoutBraces),
                 when,
                 cardId,
                 voucherId,
                 QStringLiteral("staff"),
                 registerId,
                 std::move(data)};
}

inline Event stamps(const QString &cardId, const QString &registerId, int count, int minute)
{
    return event(cardId, registerId, at(minute),
                 Events::StampsAdded{count, QStringLiteral("sale")});
}

inline Event redeemed(const QString &cardId, const QString &voucherId, const QString &registerId,
                      const QString &registerName, int minute)
{
    return event(cardId, registerId, at(minute), Events::VoucherRedeemed{registerName}, voucherId);
}

} // namespace stampdesk::server::test
