// SPDX-License-Identifier: Apache-2.0
#include "serverapi.h"

#include "core/json.h"
#include "core/version.h"
#include "serverstore.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrlQuery>

namespace stampdesk::server {

namespace {

using Status = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

/// An answer: status, JSON body and, for 405, the methods allowed.
struct Reply
{
    Status status = Status::Ok;
    QJsonObject body;
    QByteArray allow;
    QByteArray raw; ///< the body as JSON text, when it was put together as text
};

Reply error(Status status, const QString &code, const QString &message,
            const QJsonObject &details = {})
{
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!details.isEmpty())
        e.insert(QStringLiteral("details"), details);
    return Reply{status, QJsonObject{{QStringLiteral("error"), e}}, {}, {}};
}

Reply invalid(const QString &field, const QString &message)
{
    return error(Status::BadRequest, QStringLiteral("invalid-request"), message,
                 QJsonObject{{QStringLiteral("field"), field}});
}

/// A body that passed the bounds and parsed as a JSON object, or the reply
/// that says why not.
struct Body
{
    QJsonObject object;
    std::optional<Reply> refused;
};

// What an identifier from a register may be: text of a sane length.
bool sensibleId(const QString &id)
{
    return !id.isEmpty() && id.size() <= 100;
}

} // namespace

class ServerApi::Http : public QAbstractHttpServer
{
    Q_DECLARE_TR_FUNCTIONS(ServerApi)
public:
    explicit Http(ServerStore &store)
        : m_store(store)
    { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        Reply reply;
        try {
            reply = route(request);
        } catch (const std::exception &e) {
            // Nothing below throws on purpose; an allocation failure or a
            // bug must still answer in the error shape.
            qWarning("stampdesk-server: %s", e.what());
            reply = internal();
        }
        send(request, socket, reply);
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        send(request, socket, notFound());
    }

private:
    static void send(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply)
    {
        const QByteArray body = reply.raw.isEmpty()
            ? QJsonDocument(reply.body).toJson(QJsonDocument::Compact)
            : reply.raw;
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(reply.status);
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Content-Length", QByteArray::number(body.size()));
        responder.writeHeader("Cache-Control", "no-store");
        if (!reply.allow.isEmpty())
            responder.writeHeader("Allow", reply.allow);
        responder.writeBody(body);
    }

    static Reply notFound()
    {
        return error(Status::NotFound, QStringLiteral("not-found"), tr("There is nothing here."));
    }

    static Reply internal()
    {
        return error(Status::InternalServerError, QStringLiteral("internal"),
                     tr("The server could not answer. Try again later."));
    }

    static Reply storeFailed(const StoreError &e)
    {
        qWarning("stampdesk-server: %s (%s)", qUtf8Printable(e.message()),
                 qUtf8Printable(e.detail));
        return internal();
    }

    static Reply methodNotAllowed(const QByteArray &allow)
    {
        Reply r = error(Status::MethodNotAllowed, QStringLiteral("method-not-allowed"),
                        tr("This method is not allowed here."));
        r.allow = allow;
        return r;
    }

    Reply route(const QHttpServerRequest &request)
    {
        const QString path = request.url().path();
        const Method method = request.method();
        const auto only = [&](Method allowed, const QByteArray &name, auto &&handler) {
            return method == allowed ? handler() : methodNotAllowed(name);
        };
        if (path == u"/v1/health")
            return only(Method::Get, "GET", [&] { return health(); });
        if (path == u"/v1/pair")
            return only(Method::Post, "POST", [&] { return pair(request); });
        if (path == u"/v1/shop")
            return only(Method::Get, "GET", [&] { return authorised(request, &Http::shop); });
        if (path == u"/v1/changes")
            return only(Method::Get, "GET", [&] { return authorised(request, &Http::changes); });
        if (path == u"/v1/events")
            return only(Method::Post, "POST", [&] { return authorised(request, &Http::push); });
        static const QRegularExpression redeemPath(QStringLiteral("^/v1/vouchers/([^/]+)/redeem$"));
        if (const auto match = redeemPath.match(path); match.hasMatch()) {
            m_voucherId = match.captured(1);
            return only(Method::Post, "POST", [&] { return authorised(request, &Http::redeem); });
        }
        return notFound();
    }

    Reply authorised(const QHttpServerRequest &request,
                     Reply (Http::*handler)(const QHttpServerRequest &, const PairedRegister &))
    {
        QByteArray header;
        for (const auto &[name, value] : request.headers()) {
            if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
                header = value;
        }
        const QByteArray scheme = "Bearer ";
        const Reply unauthorised = error(Status::Unauthorized, QStringLiteral("unauthorized"),
                                         tr("This register is not paired with the shop, or its "
                                            "pairing was revoked. Pair it again."));
        if (!header.startsWith(scheme))
            return unauthorised;
        auto found =
            m_store.registerForToken(QString::fromLatin1(header.mid(scheme.size()).trimmed()));
        if (!found)
            return storeFailed(found.error());
        if (!*found)
            return unauthorised;
        return (this->*handler)(request, **found);
    }

    // The bounds and the JSON of a request body; unknown top-level keys are refused.
    static Body readBody(const QHttpServerRequest &request, const QStringList &keys)
    {
        const QByteArray bytes = request.body();
        if (bytes.size() > maxBodyBytes)
            return {{},
                    error(Status::PayloadTooLarge, QStringLiteral("body-too-large"),
                          tr("The request is larger than %1 bytes.").arg(maxBodyBytes))};
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return {{},
                    error(Status::BadRequest, QStringLiteral("invalid-json"),
                          tr("The body is not valid JSON: %1 at byte %2.")
                              .arg(parseError.errorString())
                              .arg(parseError.offset))};
        if (!doc.isObject())
            return {{}, invalid(QString(), tr("The body must be a JSON object."))};
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!keys.contains(it.key()))
                return {{}, invalid(it.key(), tr("%1: unknown field").arg(it.key()))};
        }
        for (const QString &key : keys) {
            if (!o.contains(key))
                return {{}, invalid(key, tr("%1: required").arg(key))};
        }
        return {o, std::nullopt};
    }

    Reply health() const
    {
        return Reply{Status::Ok,
                     QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                 {QStringLiteral("version"), QString::fromLatin1(version)},
                                 {QStringLiteral("time"), Json::toIso(m_store.now())}},
                     {},
                     {}};
    }

    Reply pair(const QHttpServerRequest &request)
    {
        const Body body = readBody(
            request,
            {QStringLiteral("code"), QStringLiteral("registerId"), QStringLiteral("registerName")});
        if (body.refused)
            return *body.refused;
        for (const QString &key : {QStringLiteral("code"), QStringLiteral("registerId"),
                                   QStringLiteral("registerName")}) {
            const QJsonValue v = body.object.value(key);
            if (!v.isString() || !sensibleId(v.toString()))
                return invalid(key, tr("%1: expected text of 1 to 100 characters").arg(key));
        }
        const QString registerId = body.object.value(QStringLiteral("registerId")).toString();
        auto paired = m_store.pair(body.object.value(QStringLiteral("code")).toString(), registerId,
                                   body.object.value(QStringLiteral("registerName")).toString());
        if (!paired)
            return storeFailed(paired.error());
        if (!*paired)
            return error(Status::Forbidden, QStringLiteral("pairing-code-invalid"),
                         tr("The pairing code is unknown, used or expired. Ask the shop for a "
                            "new one."));
        const Pairing &p = **paired;
        return Reply{Status::Created,
                     QJsonObject{{QStringLiteral("token"), p.token},
                                 {QStringLiteral("registerId"), p.registerId},
                                 {QStringLiteral("shop"), int(p.shop)},
                                 {QStringLiteral("shopName"), p.shopName}},
                     {},
                     {}};
    }

    Reply shop(const QHttpServerRequest &, const PairedRegister &)
    {
        auto name = m_store.shopName();
        auto programme = m_store.programme();
        auto keys = m_store.keys();
        if (!name || !programme || !keys)
            return storeFailed(!name ? name.error()
                                     : (!programme ? programme.error() : keys.error()));
        QJsonArray keyList;
        for (const SigningKey &k : keys.value()) {
            const PublicKey pub = k.publicKey();
            keyList.append(QJsonObject{
                {QStringLiteral("shop"), int(pub.id.shop)},
                {QStringLiteral("number"), int(pub.id.number)},
                {QStringLiteral("publicKey"), QString::fromLatin1(pub.bytes.toBase64())}});
        }
        return Reply{Status::Ok,
                     QJsonObject{{QStringLiteral("shop"), int(m_store.shop())},
                                 {QStringLiteral("shopName"), name.value()},
                                 {QStringLiteral("programme"), Json::toJson(programme.value())},
                                 {QStringLiteral("keys"), keyList}},
                     {},
                     {}};
    }

    Reply changes(const QHttpServerRequest &request, const PairedRegister &)
    {
        const QUrlQuery query = request.query();
        qint64 cursor = 0;
        const QString cursorText = query.queryItemValue(QStringLiteral("cursor"));
        if (!cursorText.isEmpty()) {
            bool ok = false;
            cursor = cursorText.toLongLong(&ok);
            if (!ok || cursor < 0 || !cursorText.front().isDigit())
                return invalid(QStringLiteral("cursor"),
                               tr("cursor: not a cursor this server gave"));
        }
        int limit = 500;
        if (query.hasQueryItem(QStringLiteral("limit"))) {
            bool ok = false;
            limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
            if (!ok || limit < 1 || limit > 1000)
                return invalid(QStringLiteral("limit"),
                               tr("limit: expected a whole number from 1 to 1000"));
        }
        auto page = m_store.changes(cursor, limit, ChangesForm::Json);
        if (!page)
            return storeFailed(page.error());
        // Put together as text: the cards' stored JSON goes out as it is,
        // which makes a pull of many cards several times faster.
        QJsonObject head{{QStringLiteral("cursor"), QString::number(page->cursor)},
                         {QStringLiteral("more"), page->more}};
        if (page->programme)
            head.insert(QStringLiteral("programme"), Json::toJson(*page->programme));
        QByteArray raw = QJsonDocument(head).toJson(QJsonDocument::Compact);
        raw.chop(1);
        raw += ",\"cards\":[";
        raw += page->cardsJson.join(',');
        raw += "]}";
        return Reply{Status::Ok, {}, {}, raw};
    }

    // One pushed event, read strictly; the reply says what is wrong with it.
    static std::optional<Reply> readEvent(const QJsonValue &value, const QString &where,
                                          const PairedRegister &from, Event *event)
    {
        if (!value.isObject())
            return invalid(where, tr("%1: expected an object").arg(where));
        auto parsed = Json::eventFromJson(value.toObject(), Json::Fields::Strict);
        if (!parsed) {
            const QString field = where + u'.' + parsed.error().section(u':', 0, 0);
            return invalid(field, where + u'.' + parsed.error());
        }
        *event = std::move(parsed).value();
        if (!sensibleId(event->id))
            return invalid(where + QStringLiteral(".id"),
                           tr("%1.id: expected text of 1 to 100 characters").arg(where));
        if (event->registerId != from.id)
            return invalid(where + QStringLiteral(".registerId"),
                           tr("%1.registerId: not the register of this token").arg(where));
        if (!event->as<Events::ProgrammeChanged>() && !sensibleId(event->cardId))
            return invalid(where + QStringLiteral(".cardId"), tr("%1.cardId: required").arg(where));
        return std::nullopt;
    }

    Reply push(const QHttpServerRequest &request, const PairedRegister &from)
    {
        const Body body = readBody(request, {QStringLiteral("events")});
        if (body.refused)
            return *body.refused;
        const QJsonValue list = body.object.value(QStringLiteral("events"));
        if (!list.isArray())
            return invalid(QStringLiteral("events"), tr("events: expected a list"));
        const QJsonArray array = list.toArray();
        if (array.size() > maxEvents)
            return error(Status::PayloadTooLarge, QStringLiteral("batch-too-large"),
                         tr("A push may carry at most %1 events.").arg(maxEvents));
        if (array.isEmpty())
            return invalid(QStringLiteral("events"),
                           tr("events: expected 1 to %1 events").arg(maxEvents));
        QList<Event> events;
        events.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            Event e;
            if (auto refused =
                    readEvent(array.at(i), QStringLiteral("events[%1]").arg(i), from, &e))
                return *refused;
            events.append(std::move(e));
        }
        auto results = m_store.ingest(events);
        if (!results)
            return storeFailed(results.error());
        QJsonArray out;
        for (const EventResult &r : results.value()) {
            QJsonObject o{{QStringLiteral("id"), r.id},
                          {QStringLiteral("result"), wireName(r.kind)}};
            if (r.conflict)
                o.insert(QStringLiteral("conflict"), conflictJson(*r.conflict));
            out.append(o);
        }
        return Reply{Status::Ok, QJsonObject{{QStringLiteral("results"), out}}, {}, {}};
    }

    static QJsonObject conflictJson(const Refusal &r)
    {
        QJsonObject o{{QStringLiteral("code"), r.codeName()},
                      {QStringLiteral("message"), r.message()},
                      {QStringLiteral("detail"), r.detail}};
        if (r.when)
            o.insert(QStringLiteral("at"), Json::toIso(*r.when));
        return o;
    }

    Reply redeem(const QHttpServerRequest &request, const PairedRegister &from)
    {
        const QString voucherId = m_voucherId;
        const Body body = readBody(request, {QStringLiteral("event")});
        if (body.refused)
            return *body.refused;
        Event e;
        if (auto refused = readEvent(body.object.value(QStringLiteral("event")),
                                     QStringLiteral("event"), from, &e))
            return *refused;
        if (!e.as<Events::VoucherRedeemed>())
            return invalid(QStringLiteral("event.type"),
                           tr("event.type: expected voucher.redeemed"));
        if (e.voucherId != voucherId)
            return invalid(QStringLiteral("event.voucherId"),
                           tr("event.voucherId: not the voucher of this address"));
        auto cardId = m_store.voucherCard(voucherId);
        if (!cardId) {
            if (cardId.error().kind == StoreError::Kind::NotFound)
                return error(Status::NotFound, QStringLiteral("not-found"),
                             tr("There is no voucher %1.").arg(voucherId));
            return storeFailed(cardId.error());
        }
        if (e.cardId != cardId.value())
            return invalid(QStringLiteral("event.cardId"),
                           tr("event.cardId: not the card of this voucher"));
        auto results = m_store.ingest({e});
        if (!results)
            return storeFailed(results.error());
        const EventResult &r = results->first();
        if (r.conflict) {
            QJsonObject details{{QStringLiteral("detail"), r.conflict->detail}};
            if (r.conflict->when)
                details.insert(QStringLiteral("at"), Json::toIso(*r.conflict->when));
            return error(Status::Conflict, r.conflict->codeName(), r.conflict->message(), details);
        }
        QJsonObject o{{QStringLiteral("result"), wireName(r.kind)}};
        if (r.card)
            o.insert(QStringLiteral("card"), Json::toJson(*r.card, m_store.now()));
        return Reply{Status::Ok, o, {}, {}};
    }

    ServerStore &m_store;
    QString m_voucherId; ///< of the redeem request being answered
};

ServerApi::ServerApi(ServerStore &store, QObject *parent)
    : QObject(parent)
    , m_http(std::make_unique<Http>(store))
{ }

ServerApi::~ServerApi() = default;

void ServerApi::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_http->sslSetup(certificate, key);
}

quint16 ServerApi::listen(const QHostAddress &address, quint16 port)
{
    return m_http->listen(address, port);
}

} // namespace stampdesk::server
