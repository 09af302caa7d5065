// SPDX-License-Identifier: Apache-2.0
#include "syncengine.h"

#include "core/json.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace stampdesk {

using namespace Qt::StringLiterals;

// --- SyncError ---------------------------------------------------------------

QString SyncError::codeName() const
{
    switch (kind) {
    case Kind::NotPaired:
        return u"not-paired"_s;
    case Kind::Api:
        // A refusal is named by the server's own code, e.g. "pairing-code-invalid".
        if (api && api->kind == ApiError::Kind::Refused && !api->code.isEmpty())
            return api->code;
        return api ? api->kindName() : u"offline"_s;
    case Kind::BadAnswer:
        return u"bad-answer"_s;
    case Kind::Database:
        return u"database"_s;
    }
    return {};
}

QString SyncError::message() const
{
    switch (kind) {
    case Kind::NotPaired:
        return tr("This register is not paired with the shop's server. A manager pairs it in "
                  "Settings.");
    case Kind::Api:
        // The server's refusal names its code only; a manager pairing a
        // register needs what to do.
        if (codeName() == u"pairing-code-invalid")
            return tr("The server does not know this pairing code, or it was used or has "
                      "expired. Ask for a new one on the shop server (stampdesk-server admin "
                      "pairing-code).");
        return api ? api->message() : QString();
    case Kind::BadAnswer:
        return tr("The shop's server gave an answer this register cannot read. Ask the manager "
                  "to check the server's version.");
    case Kind::Database:
        return store ? store->message() : QString();
    }
    return {};
}

bool SyncError::isTransient() const
{
    return kind == Kind::Api && api && api->isTransient();
}

namespace {

SyncError apiError(const ApiError &e)
{
    return SyncError{SyncError::Kind::Api, e, {}, {}};
}

SyncError badAnswer(QString detail)
{
    return SyncError{SyncError::Kind::BadAnswer, {}, {}, std::move(detail)};
}

SyncError databaseError(const StoreError &e)
{
    return SyncError{SyncError::Kind::Database, {}, e, {}};
}

// The shop's public keys as GET /v1/shop lists them.
Result<QList<PublicKey>, QString> keysFrom(const QJsonObject &shop)
{
    QList<PublicKey> keys;
    for (const QJsonValue &v : shop.value(u"keys"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QByteArray bytes =
            QByteArray::fromBase64(o.value(u"publicKey"_s).toString().toLatin1());
        const int shopId = o.value(u"shop"_s).toInt(-1);
        const int number = o.value(u"number"_s).toInt(-1);
        if (bytes.size() != 32 || shopId < 1 || shopId > 65535 || number < 0 || number > 255)
            return u"keys: a key is malformed"_s;
        keys.append(PublicKey{KeyId{quint16(shopId), quint8(number)}, bytes});
    }
    if (keys.isEmpty())
        return u"keys: none"_s;
    return keys;
}

// One result of POST /v1/events, for the event it answers.
Result<PushResult, QString> resultFrom(const QJsonValue &value, const Event &event)
{
    const QJsonObject o = value.toObject();
    if (o.value(u"id"_s).toString() != event.id)
        return u"results: not in the order of the events sent"_s;
    const QString kind = o.value(u"result"_s).toString();
    if (kind == u"accepted")
        return PushResult{event.id, PushResult::Kind::Accepted, {}};
    if (kind == u"duplicate")
        return PushResult{event.id, PushResult::Kind::Duplicate, {}};
    if (kind != u"conflict")
        return u"results: unknown result \"%1\""_s.arg(kind);
    const QJsonObject c = o.value(u"conflict"_s).toObject();
    const QString code = c.value(u"code"_s).toString();
    if (code.isEmpty())
        return u"results: a conflict without a code"_s;
    // A reason this version does not know is kept under its own name.
    const auto known = Refusal::codeFromName(code);
    Refusal reason{known.value_or(Refusal::Code::UnknownEvent),
                   known ? c.value(u"detail"_s).toString() : code,
                   Json::fromIso(c.value(u"at"_s).toString()), 0};
    return PushResult{event.id, PushResult::Kind::Conflict, std::move(reason)};
}

// The results of POST /v1/events, one for each event of batch, in order.
Result<QList<PushResult>, QString> resultsFrom(const QJsonObject &body, const QList<Event> &batch)
{
    const QJsonArray results = body.value(u"results"_s).toArray();
    if (results.size() != batch.size())
        return u"results: %1 for %2 events"_s.arg(results.size()).arg(batch.size());
    QList<PushResult> answers;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        auto answer = resultFrom(results.at(i), batch.at(i));
        if (!answer)
            return answer.error();
        answers.append(std::move(answer).value());
    }
    return answers;
}

// A 409 of POST /v1/vouchers/{id}/redeem: the conflict's code, with
// details.detail and details.at, as a Refusal (an unknown code is kept
// under its own name, as in a push's results).
Refusal conflictFrom(const ApiError &e)
{
    const auto known = Refusal::codeFromName(e.code);
    return Refusal{known.value_or(Refusal::Code::UnknownEvent),
                   known ? e.details.value(u"detail"_s).toString() : e.code,
                   Json::fromIso(e.details.value(u"at"_s).toString()), 0};
}

// A page of GET /v1/changes.
Result<PulledPage, QString> pageFrom(const QJsonObject &o, bool *more)
{
    PulledPage page;
    if (!o.value(u"cursor"_s).isString() || !o.value(u"more"_s).isBool()
        || !o.value(u"cards"_s).isArray())
        return u"cursor, more and cards are required"_s;
    page.cursor = o.value(u"cursor"_s).toString();
    *more = o.value(u"more"_s).toBool();
    if (o.contains(u"programme"_s)) {
        auto p = Json::programmeFromJson(o.value(u"programme"_s).toObject());
        if (!p)
            return u"programme."_s + p.error();
        page.programme = std::move(p).value();
    }
    const QJsonArray cards = o.value(u"cards"_s).toArray();
    page.cards.reserve(cards.size());
    page.cardsJson.reserve(cards.size());
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const QJsonObject card = cards.at(i).toObject();
        auto state = Json::cardStateFromJson(card);
        if (!state)
            return u"cards[%1]."_s.arg(i) + state.error();
        page.cards.append(std::move(state).value());
        // The card's baseline, as the backend sent it (docs/sync.md).
        page.cardsJson.append(QJsonDocument(card).toJson(QJsonDocument::Compact));
    }
    return page;
}

} // namespace

// --- RedeemDecision ----------------------------------------------------------

RedeemDecision RedeemDecision::of(const RedeemAnswer &answer, OfflineRedeem policy)
{
    RedeemDecision d;
    switch (answer.kind) {
    case RedeemAnswer::Kind::Accepted:
        d.commit = Store::Acceptance::Accepted;
        return d;
    case RedeemAnswer::Kind::Conflict:
        d.refusal =
            answer.conflict.value_or(Refusal{Refusal::Code::VoucherRedeemed, {}, std::nullopt, 0});
        return d;
    case RedeemAnswer::Kind::Unreachable:
        // One-time use cannot be guaranteed without the backend: only a
        // shop that accepts the risk redeems offline.
        if (policy == OfflineRedeem::Allow)
            d.commit = Store::Acceptance::Provisional;
        else
            d.refusal = Refusal{Refusal::Code::OfflineRedeemDenied, {}, std::nullopt, 0};
        return d;
    case RedeemAnswer::Kind::Failed:
        break;
    }
    d.error = answer.error.value_or(badAnswer(u"redeem: no answer"_s));
    return d;
}

// --- SyncEngine --------------------------------------------------------------

SyncEngine::SyncEngine(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(new ApiClient(this))
{ }

SyncEngine::~SyncEngine() = default;

void SyncEngine::configure(const SyncLink &link)
{
    m_client->setBaseUrl(QUrl(link.serverUrl));
    m_client->setToken(link.token);
    m_client->setTimeout(m_options.timeout);
    m_client->setRetryPolicy(m_options.retry);
    // Loading the system's CAs is slow: only when the shop has its own.
    if (!link.caPem.isEmpty())
        m_client->setTrustedCaCertificates(QSslCertificate::fromData(link.caPem, QSsl::Pem));
}

void SyncEngine::fetchShop(const std::function<void(const QJsonObject &)> &then,
                           const std::function<void(SyncError)> &fail)
{
    ApiCall *call = m_client->get(u"/v1/shop"_s);
    connect(call, &ApiCall::finished, this, [then, fail](const ApiResult &r) {
        if (!r.ok())
            return fail(apiError(*r.error));
        then(r.body);
    });
}

void SyncEngine::pair(const QUrl &url, const QString &code, const QByteArray &caPem)
{
    m_busy = true;
    SyncLink link;
    link.serverUrl = url.toString(QUrl::StripTrailingSlash);
    link.caPem = caPem;
    configure(link);
    const RegisterInfo here = m_store.registerInfo();
    const auto fail = [this](SyncError e) {
        m_busy = false;
        emit pairingFinished(std::move(e));
    };
    ApiCall *call = m_client->post(u"/v1/pair"_s,
                                   QJsonObject{
                                       {u"code"_s, code.trimmed()},
                                       {u"registerId"_s, here.id},
                                       {u"registerName"_s, here.name},
                                   });
    connect(call, &ApiCall::finished, this, [=, this](const ApiResult &r) mutable {
        if (!r.ok())
            return fail(apiError(*r.error));
        link.token = r.body.value(u"token"_s).toString();
        link.shopName = r.body.value(u"shopName"_s).toString();
        if (link.token.isEmpty())
            return fail(badAnswer(u"pair: no token"_s));
        m_client->setToken(link.token);
        fetchShop(
            [=, this](const QJsonObject &shop) {
                auto keys = keysFrom(shop);
                const int shopId = shop.value(u"shop"_s).toInt(-1);
                if (!keys || shopId < 1 || shopId > 65535)
                    return fail(badAnswer(keys ? u"shop: no shop id"_s : keys.error()));
                if (auto paired = m_store.pair(link, quint16(shopId), keys.value()); !paired)
                    return fail(databaseError(paired.error()));
                m_busy = false;
                emit pairingFinished(std::nullopt);
            },
            fail);
    });
}

bool SyncEngine::syncNow()
{
    if (m_busy)
        return false;
    m_busy = true;
    m_summary = {};
    // finished() always comes after this call returns, also when the round
    // cannot even start.
    const auto failSoon = [this](SyncError e) {
        QMetaObject::invokeMethod(
            this, [this, e = std::move(e)] { finish(e); }, Qt::QueuedConnection);
    };
    auto link = m_store.syncLink();
    if (!link) {
        failSoon(databaseError(link.error()));
        return true;
    }
    if (!link.value()) {
        failSoon(SyncError{SyncError::Kind::NotPaired, {}, {}, {}});
        return true;
    }
    configure(**link);
    m_cursor = (*link)->cursor;
    // The shop's keys first: a key rotated at the backend verifies the
    // codes it signs from now on.
    fetchShop(
        [this](const QJsonObject &shop) {
            auto keys = keysFrom(shop);
            if (!keys)
                return finish(badAnswer(keys.error()));
            if (auto trusted = m_store.trustKeys(keys.value()); !trusted)
                return finish(databaseError(trusted.error()));
            pushNext();
        },
        [this](SyncError e) { finish(std::move(e)); });
    return true;
}

void SyncEngine::pushNext()
{
    auto batch = m_store.pendingEvents(m_options.batchSize);
    if (!batch)
        return finish(databaseError(batch.error()));
    if (batch->isEmpty())
        return pullNext();
    QJsonArray events;
    for (const Event &e : batch.value())
        events.append(Json::toJson(e));
    ApiCall *call = m_client->post(u"/v1/events"_s, QJsonObject{{u"events"_s, events}});
    connect(call, &ApiCall::finished, this,
            [this, sent = batch.value()](const ApiResult &r) { onPushed(sent, r); });
}

void SyncEngine::onPushed(const QList<Event> &batch, const ApiResult &r)
{
    if (!r.ok())
        return finish(apiError(*r.error));
    auto answers = resultsFrom(r.body, batch);
    if (!answers)
        return finish(badAnswer(answers.error()));
    const auto conflicts = std::count_if(answers->cbegin(), answers->cend(), [](const auto &a) {
        return a.kind == PushResult::Kind::Conflict;
    });
    if (auto recorded = m_store.recordPushResults(answers.value()); !recorded)
        return finish(databaseError(recorded.error()));
    m_summary.pushed += int(batch.size());
    m_summary.conflicts += int(conflicts);
    emit progress(m_summary.pushed, m_summary.pulled);
    pushNext();
}

void SyncEngine::pullNext()
{
    QUrlQuery query;
    query.addQueryItem(u"cursor"_s, m_cursor);
    query.addQueryItem(u"limit"_s, QString::number(m_options.pageSize));
    ApiCall *call = m_client->get(u"/v1/changes"_s, query);
    connect(call, &ApiCall::finished, this, &SyncEngine::onPulled);
}

void SyncEngine::onPulled(const ApiResult &r)
{
    if (!r.ok())
        return finish(apiError(*r.error));
    bool more = false;
    auto page = pageFrom(r.body, &more);
    if (!page)
        return finish(badAnswer(u"changes: "_s + page.error()));
    if (more && page->cursor == m_cursor)
        return finish(badAnswer(u"changes: more pages, but the cursor did not move"_s));
    auto applied = m_store.applyPulledPage(page.value());
    if (!applied)
        return finish(databaseError(applied.error()));
    m_cursor = page->cursor;
    m_summary.pulled += applied->cards;
    emit progress(m_summary.pushed, m_summary.pulled);
    if (more)
        return pullNext();
    finish(std::nullopt);
}

// --- Online redemption ---------------------------------------------------------

void SyncEngine::redeem(const Event &redeemed)
{
    Q_ASSERT(redeemed.as<Events::VoucherRedeemed>());
    auto link = m_store.syncLink();
    if (!link || !link.value()) {
        RedeemAnswer failed;
        failed.error =
            link ? SyncError{SyncError::Kind::NotPaired, {}, {}, {}} : databaseError(link.error());
        return answerRedeem(redeemed.id, std::move(failed));
    }
    configure(**link);
    askRedeem(redeemed, false);
}

// The client's settings are copied into each call: the short ones for the
// calls of a redemption only.
void SyncEngine::useRedeemSettings(bool on)
{
    m_client->setTimeout(on ? m_options.redeemTimeout : m_options.timeout);
    m_client->setRetryPolicy(on ? m_options.redeemRetry : m_options.retry);
}

void SyncEngine::askRedeem(const Event &redeemed, bool pushed)
{
    useRedeemSettings(true);
    ApiCall *call = m_client->post(u"/v1/vouchers/%1/redeem"_s.arg(QString::fromLatin1(
                                       QUrl::toPercentEncoding(redeemed.voucherId))),
                                   QJsonObject{{u"event"_s, Json::toJson(redeemed)}});
    useRedeemSettings(false);
    connect(call, &ApiCall::finished, this, [this, redeemed, pushed](const ApiResult &r) {
        RedeemAnswer answer;
        if (r.ok()) {
            const QString result = r.body.value(u"result"_s).toString();
            if (result != u"accepted" && result != u"duplicate") {
                answer.error = badAnswer(u"redeem: unknown result \"%1\""_s.arg(result));
                return answerRedeem(redeemed.id, std::move(answer));
            }
            answer.kind = RedeemAnswer::Kind::Accepted;
            answer.duplicate = result == u"duplicate";
            return answerRedeem(redeemed.id, std::move(answer));
        }
        const ApiError &e = *r.error;
        if (e.kind == ApiError::Kind::Refused && e.status == 409) {
            answer.kind = RedeemAnswer::Kind::Conflict;
            answer.conflict = conflictFrom(e);
            return answerRedeem(redeemed.id, std::move(answer));
        }
        // A voucher issued here and not sent yet: the outbox first, once.
        if (e.kind == ApiError::Kind::Refused && e.status == 404 && !pushed)
            return pushBeforeRedeem(redeemed);
        answer.kind =
            e.isTransient() ? RedeemAnswer::Kind::Unreachable : RedeemAnswer::Kind::Failed;
        answer.error = apiError(e);
        answerRedeem(redeemed.id, std::move(answer));
    });
}

void SyncEngine::pushBeforeRedeem(const Event &redeemed)
{
    const auto ask = [this, redeemed] {
        askRedeem(redeemed, true);
    };
    auto batch = m_store.pendingEvents(m_options.batchSize);
    if (!batch || batch->isEmpty())
        return ask(); // the backend's not-found then stands
    QJsonArray events;
    for (const Event &e : batch.value())
        events.append(Json::toJson(e));
    useRedeemSettings(true);
    ApiCall *call = m_client->post(u"/v1/events"_s, QJsonObject{{u"events"_s, events}});
    useRedeemSettings(false);
    connect(call, &ApiCall::finished, this,
            [this, redeemed, ask, sent = batch.value()](const ApiResult &r) {
                if (!r.ok()) {
                    RedeemAnswer answer;
                    answer.kind = r.error->isTransient() ? RedeemAnswer::Kind::Unreachable
                                                         : RedeemAnswer::Kind::Failed;
                    answer.error = apiError(*r.error);
                    return answerRedeem(redeemed.id, std::move(answer));
                }
                auto answers = resultsFrom(r.body, sent);
                if (answers)
                    (void)m_store.recordPushResults(answers.value());
                ask();
            });
}

void SyncEngine::answerRedeem(const QString &eventId, RedeemAnswer answer)
{
    // Queued: also an answer known at once comes after redeem() returns.
    QMetaObject::invokeMethod(
        this, [this, eventId, answer = std::move(answer)] { emit redeemAnswered(eventId, answer); },
        Qt::QueuedConnection);
}

void SyncEngine::finish(std::optional<SyncError> error)
{
    // How the round went is kept for the settings panel and for staff
    // (the last success, or the last error in words).
    if (!error || error->kind != SyncError::Kind::NotPaired)
        (void)m_store.recordSyncOutcome(error ? error->message() : QString());
    m_summary.error = std::move(error);
    m_busy = false;
    emit finished(m_summary);
}

} // namespace stampdesk
