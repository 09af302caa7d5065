// SPDX-License-Identifier: Apache-2.0
#include "json.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>
#include <limits>

namespace stampdesk::Json {

using namespace Qt::StringLiterals;

namespace {

enum class Need { Required, Optional };

// Reads fields of one JSON object and keeps the first problem it meets, so
// that parsing code reads straight down and checks ok() once at the end.
class Reader
{
public:
    explicit Reader(const QJsonObject &object, Fields fields = Fields::Lenient)
        : m_object(object)
        , m_fields(fields)
    { }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    Fields fields() const { return m_fields; }

    // Strict reading: the first key of the object that no accessor asked
    // for is an error (a misspelt field must not be silently dropped).
    void refuseUnknown()
    {
        if (m_fields != Fields::Strict || !ok() || m_delegated)
            return;
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_read.contains(it.key())) {
                m_error = it.key() + QStringLiteral(": unknown field");
                return;
            }
        }
    }

    // The whole object is read by another reader (e.g. an event's data that
    // is a voucher): its keys are that reader's business.
    void delegate() { m_delegated = true; }

    QString string(QLatin1StringView key, Need need = Need::Required)
    {
        const QJsonValue v = m_object.value(key);
        if (absent(v, key, need))
            return {};
        if (!v.isString())
            fail(key, "expected a string");
        return v.toString();
    }

    std::optional<int> optionalInteger(QLatin1StringView key, int low, int high)
    {
        const QJsonValue v = m_object.value(key);
        if (absent(v, key, Need::Optional))
            return std::nullopt;
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || std::isnan(d) || d != std::floor(d) || d < low || d > high) {
            fail(key, "expected a whole number in range");
            return std::nullopt;
        }
        return int(d);
    }

    int integer(QLatin1StringView key, int low, int high)
    {
        if (!m_object.contains(key)) {
            fail(key, "missing");
            return low;
        }
        return optionalInteger(key, low, high).value_or(low);
    }

    bool boolean(QLatin1StringView key, bool fallback)
    {
        const QJsonValue v = m_object.value(key);
        if (absent(v, key, Need::Optional))
            return fallback;
        if (!v.isBool())
            fail(key, "expected true or false");
        return v.toBool(fallback);
    }

    std::optional<QDateTime> time(QLatin1StringView key, Need need)
    {
        const QJsonValue v = m_object.value(key);
        if (absent(v, key, need))
            return std::nullopt;
        auto t = v.isString() ? fromIso(v.toString()) : std::nullopt;
        if (!t)
            fail(key, "expected an ISO 8601 time");
        return t;
    }

    QJsonObject object(QLatin1StringView key)
    {
        m_read.insert(QString(key));
        const QJsonValue v = m_object.value(key);
        if (!v.isObject())
            fail(key, "expected an object");
        return v.toObject();
    }

    QList<QString> strings(QLatin1StringView key)
    {
        const QJsonValue v = m_object.value(key);
        QList<QString> out;
        if (absent(v, key, Need::Optional))
            return out;
        if (!v.isArray()) {
            fail(key, "expected a list of strings");
            return out;
        }
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString()) {
                fail(key, "expected a list of strings");
                return {};
            }
            out.append(item.toString());
        }
        return out;
    }

    template<typename E>
    E enumeration(QLatin1StringView key, std::optional<E> (*parse)(QStringView), E fallback)
    {
        const QString text = string(key);
        if (!ok())
            return fallback;
        const std::optional<E> value = parse(text);
        if (!value)
            fail(key, "unknown value");
        return value.value_or(fallback);
    }

    // Adopts the first problem of a nested object's reader.
    template<typename T>
    T nested(QLatin1StringView key, const Result<T, QString> &result)
    {
        if (!result.ok()) {
            if (ok())
                m_error = key + u'.' + result.error();
            return T{};
        }
        return result.value();
    }

    void fail(QLatin1StringView key, const char *what)
    {
        if (ok())
            m_error = key + QStringLiteral(": ") + QLatin1StringView(what);
    }

private:
    bool absent(const QJsonValue &v, QLatin1StringView key, Need need)
    {
        m_read.insert(QString(key));
        if (!v.isUndefined() && !v.isNull())
            return false;
        if (need == Need::Required)
            fail(key, "missing");
        return true;
    }

    const QJsonObject &m_object;
    Fields m_fields;
    QSet<QString> m_read;
    bool m_delegated = false;
    QString m_error;
};

template<typename T>
Result<T, QString> finish(Reader &r, T value)
{
    r.refuseUnknown();
    if (!r.ok())
        return r.error();
    return value;
}

QJsonValue timeOrNull(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(toIso(*t)) : QJsonValue(QJsonValue::Null);
}

// The fields fixed when a voucher is issued (its snapshot in the ledger).
QJsonObject issuedVoucherToJson(const Voucher &v)
{
    return QJsonObject{
        {u"id"_s, v.id},
        {u"cardId"_s, v.cardId},
        {u"cycle"_s, v.cycle},
        {u"goal"_s, v.goal},
        {u"reward"_s, toJson(v.reward)},
        {u"mode"_s, wireName(v.mode)},
        {u"location"_s, v.location},
        {u"code"_s, v.code},
        {u"issuedAt"_s, toIso(v.issuedAt)},
        {u"expiresAt"_s, timeOrNull(v.expiresAt)},
    };
}

QJsonArray toArray(const QList<QString> &list)
{
    QJsonArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}

constexpr int maxCount = 1'000'000;

} // namespace

QString toIso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> fromIso(QStringView text)
{
    QDateTime t = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

QJsonObject toJson(const Reward &r)
{
    return QJsonObject{
        {u"nameVi"_s, r.nameVi},
        {u"nameEn"_s, r.nameEn},
        {u"descriptionVi"_s, r.descriptionVi},
        {u"descriptionEn"_s, r.descriptionEn},
        {u"kind"_s, wireName(r.kind)},
    };
}

QJsonObject toJson(const Programme &p)
{
    return QJsonObject{
        {u"goal"_s, p.goal},
        {u"reward"_s, toJson(p.reward)},
        {u"mode"_s, wireName(p.mode)},
        {u"validDays"_s, p.validDays ? QJsonValue(*p.validDays) : QJsonValue(QJsonValue::Null)},
        {u"maxPerVisit"_s, p.maxPerVisit},
        {u"cooldownMinutes"_s, p.cooldownMinutes},
        {u"location"_s, p.location},
        {u"offlineRedeem"_s, wireName(p.offlineRedeem)},
    };
}

QJsonObject toJson(const Card &c)
{
    return QJsonObject{
        {u"id"_s, c.id},
        {u"name"_s, c.name},
        {u"phone"_s, c.phone},
        {u"stamps"_s, c.stamps},
        {u"cycles"_s, c.cycles},
        {u"lastCycle"_s, c.lastCycle},
        {u"lifetimeStamps"_s, c.lifetimeStamps},
        {u"lastStampAt"_s, timeOrNull(c.lastStampAt)},
        {u"status"_s, wireName(c.status)},
        {u"createdAt"_s, toIso(c.createdAt)},
    };
}

QJsonObject toJson(const Voucher &v, const QDateTime &now)
{
    QJsonObject o = issuedVoucherToJson(v);
    o.insert(u"state"_s, wireName(v.stateAt(now)));
    o.insert(u"redeemedAt"_s, timeOrNull(v.redeemedAt));
    o.insert(u"redeemedBy"_s, v.redeemedBy);
    o.insert(u"redeemedRegister"_s, v.redeemedRegister);
    o.insert(u"voidedAt"_s, timeOrNull(v.voidedAt));
    o.insert(u"voidReason"_s, v.voidReason);
    o.insert(u"reopened"_s, v.reopened);
    o.insert(u"posCode"_s, v.posCode);
    return o;
}

QJsonObject payloadToJson(const Event &event)
{
    struct Encode
    {
        QJsonObject operator()(const Events::CardCreated &d) const
        {
            return {{u"name"_s, d.name}, {u"phone"_s, d.phone}};
        }
        QJsonObject operator()(const Events::CardStatusChanged &d) const
        {
            return {{u"status"_s, wireName(d.status)}, {u"reason"_s, d.reason}};
        }
        QJsonObject operator()(const Events::StampsAdded &d) const
        {
            return {{u"count"_s, d.count}, {u"source"_s, d.source}};
        }
        QJsonObject operator()(const Events::StampsUndone &d) const
        {
            return {{u"undoneEventId"_s, d.undoneEventId},
                    {u"count"_s, d.count},
                    {u"lastStampAt"_s, timeOrNull(d.lastStampAt)},
                    {u"reopenedVoucherIds"_s, toArray(d.reopenedVoucherIds)}};
        }
        QJsonObject operator()(const Events::VoucherIssued &d) const
        {
            return issuedVoucherToJson(d.voucher);
        }
        QJsonObject operator()(const Events::VoucherRedeemed &d) const
        {
            return {{u"registerName"_s, d.registerName}};
        }
        QJsonObject operator()(const Events::VoucherVoided &d) const
        {
            return {{u"reason"_s, d.reason}};
        }
        QJsonObject operator()(const Events::ProgrammeChanged &d) const
        {
            return toJson(d.programme);
        }
        QJsonObject operator()(const Events::RedemptionUndone &d) const
        {
            return {{u"reason"_s, d.reason}};
        }
        QJsonObject operator()(const Events::VoucherCodeAttached &d) const
        {
            return {{u"code"_s, d.code}};
        }
    };
    return std::visit(Encode{}, event.data);
}

QJsonObject toJson(const Event &e)
{
    return QJsonObject{
        {u"id"_s, e.id},
        {u"type"_s, e.type()},
        {u"at"_s, toIso(e.at)},
        {u"cardId"_s, e.cardId},
        {u"voucherId"_s, e.voucherId},
        {u"staff"_s, e.staff},
        {u"registerId"_s, e.registerId},
        {u"data"_s, payloadToJson(e)},
    };
}

Result<Reward, QString> rewardFromJson(const QJsonObject &o, Fields fields)
{
    Reader r(o, fields);
    Reward w;
    w.nameVi = r.string("nameVi"_L1);
    w.nameEn = r.string("nameEn"_L1);
    w.descriptionVi = r.string("descriptionVi"_L1, Need::Optional);
    w.descriptionEn = r.string("descriptionEn"_L1, Need::Optional);
    w.kind = r.enumeration("kind"_L1, &rewardKindFromString, RewardKind::FreeItem);
    return finish(r, std::move(w));
}

Result<Programme, QString> programmeFromJson(const QJsonObject &o, Fields fields)
{
    Reader r(o, fields);
    Programme p;
    p.goal = r.integer("goal"_L1, 1, maxGoal);
    p.reward = r.nested("reward"_L1, rewardFromJson(r.object("reward"_L1), r.fields()));
    p.mode = r.enumeration("mode"_L1, &redemptionModeFromString, RedemptionMode::StaffScan);
    p.validDays = r.optionalInteger("validDays"_L1, 1, maxValidDays);
    p.maxPerVisit = r.integer("maxPerVisit"_L1, 1, maxStampsPerVisit);
    p.cooldownMinutes = r.integer("cooldownMinutes"_L1, 0, maxCooldownMinutes);
    p.location = r.string("location"_L1, Need::Optional);
    // Absent in programmes recorded before sync existed: deny, the default.
    if (o.contains(u"offlineRedeem"_s))
        p.offlineRedeem =
            r.enumeration("offlineRedeem"_L1, &offlineRedeemFromString, OfflineRedeem::Deny);
    return finish(r, std::move(p));
}

Result<Card, QString> cardFromJson(const QJsonObject &o, Fields fields)
{
    Reader r(o, fields);
    Card c;
    c.id = r.string("id"_L1);
    c.name = r.string("name"_L1, Need::Optional);
    c.phone = r.string("phone"_L1, Need::Optional);
    c.stamps = r.integer("stamps"_L1, 0, maxCount);
    c.cycles = r.integer("cycles"_L1, 0, maxCount);
    c.lastCycle = r.integer("lastCycle"_L1, 0, maxCount);
    c.lifetimeStamps = r.integer("lifetimeStamps"_L1, 0, std::numeric_limits<int>::max());
    c.lastStampAt = r.time("lastStampAt"_L1, Need::Optional);
    c.status = r.enumeration("status"_L1, &cardStatusFromString, CardStatus::Active);
    c.createdAt = r.time("createdAt"_L1, Need::Required).value_or(QDateTime());
    return finish(r, std::move(c));
}

Result<Voucher, QString> voucherFromJson(const QJsonObject &o, Fields fields)
{
    Reader r(o, fields);
    Voucher v;
    v.id = r.string("id"_L1);
    v.cardId = r.string("cardId"_L1);
    v.cycle = r.integer("cycle"_L1, 1, maxCount);
    v.goal = r.integer("goal"_L1, 1, maxGoal);
    v.reward = r.nested("reward"_L1, rewardFromJson(r.object("reward"_L1), r.fields()));
    v.mode = r.enumeration("mode"_L1, &redemptionModeFromString, RedemptionMode::StaffScan);
    v.location = r.string("location"_L1, Need::Optional);
    v.code = r.string("code"_L1);
    v.issuedAt = r.time("issuedAt"_L1, Need::Required).value_or(QDateTime());
    v.expiresAt = r.time("expiresAt"_L1, Need::Optional);
    // A snapshot in the ledger has no state fields: it is issued.
    if (o.contains(u"state"_s)) {
        v.state = r.enumeration("state"_L1, &voucherStateFromString, VoucherState::Issued);
        if (v.state == VoucherState::Expired)
            v.state = VoucherState::Issued; // expiry is derived from expiresAt
    }
    v.redeemedAt = r.time("redeemedAt"_L1, Need::Optional);
    v.redeemedBy = r.string("redeemedBy"_L1, Need::Optional);
    v.redeemedRegister = r.string("redeemedRegister"_L1, Need::Optional);
    v.voidedAt = r.time("voidedAt"_L1, Need::Optional);
    v.voidReason = r.string("voidReason"_L1, Need::Optional);
    v.reopened = r.boolean("reopened"_L1, false);
    v.posCode = r.string("posCode"_L1, Need::Optional);
    return finish(r, std::move(v));
}

QJsonObject toJson(const CardState &state, const QDateTime &now)
{
    QJsonObject o = toJson(state.card);
    QJsonArray vouchers;
    for (const Voucher &v : state.vouchers)
        vouchers.append(toJson(v, now));
    o.insert(u"vouchers"_s, vouchers);
    return o;
}

Result<CardState, QString> cardStateFromJson(const QJsonObject &o, Fields fields)
{
    const QJsonValue list = o.value(u"vouchers"_s);
    if (!list.isArray())
        return u"vouchers: expected a list"_s;
    QJsonObject cardOnly = o;
    cardOnly.remove(u"vouchers"_s);
    auto card = cardFromJson(cardOnly, fields);
    if (!card)
        return card.error();
    CardState state{std::move(card).value(), {}};
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"vouchers[%1]"_s.arg(i);
        if (!array.at(i).isObject())
            return where + u": expected an object"_s;
        auto voucher = voucherFromJson(array.at(i).toObject(), fields);
        if (!voucher)
            return where + u'.' + voucher.error();
        if (voucher->cardId != state.card.id)
            return where + u".cardId: not this card"_s;
        state.vouchers.append(std::move(voucher).value());
    }
    return state;
}

Result<EventData, QString> payloadFromJson(QStringView type, const QJsonObject &o, Fields fields)
{
    const qsizetype index = eventTypeNames().indexOf(type);
    Reader r(o, fields);
    EventData data;
    switch (index) {
    case 0:
        data = Events::CardCreated{r.string("name"_L1, Need::Optional),
                                   r.string("phone"_L1, Need::Optional)};
        break;
    case 1:
        data = Events::CardStatusChanged{
            r.enumeration("status"_L1, &cardStatusFromString, CardStatus::Active),
            r.string("reason"_L1, Need::Optional)};
        break;
    case 2:
        data = Events::StampsAdded{r.integer("count"_L1, 1, maxStampsPerVisit),
                                   r.string("source"_L1, Need::Optional)};
        break;
    case 3:
        data = Events::StampsUndone{
            r.string("undoneEventId"_L1), r.integer("count"_L1, 1, maxStampsPerVisit),
            r.time("lastStampAt"_L1, Need::Optional), r.strings("reopenedVoucherIds"_L1)};
        break;
    case 4:
        r.delegate();
        data = Events::VoucherIssued{r.nested("voucher"_L1, voucherFromJson(o, fields))};
        break;
    case 5:
        data = Events::VoucherRedeemed{r.string("registerName"_L1, Need::Optional)};
        break;
    case 6:
        data = Events::VoucherVoided{r.string("reason"_L1, Need::Optional)};
        break;
    case 7:
        r.delegate();
        data = Events::ProgrammeChanged{r.nested("programme"_L1, programmeFromJson(o, fields))};
        break;
    case 8:
        data = Events::RedemptionUndone{r.string("reason"_L1, Need::Optional)};
        break;
    case 9:
        data = Events::VoucherCodeAttached{r.string("code"_L1)};
        break;
    default:
        return QStringLiteral("type: unknown event type \"%1\"").arg(type);
    }
    return finish(r, std::move(data));
}

Result<Event, QString> eventFromJson(const QJsonObject &o, Fields fields)
{
    Reader r(o, fields);
    Event e;
    e.id = r.string("id"_L1);
    e.at = r.time("at"_L1, Need::Required).value_or(QDateTime());
    e.cardId = r.string("cardId"_L1, Need::Optional);
    e.voucherId = r.string("voucherId"_L1, Need::Optional);
    e.staff = r.string("staff"_L1, Need::Optional);
    e.registerId = r.string("registerId"_L1, Need::Optional);
    const QString type = r.string("type"_L1);
    const QJsonObject data = r.object("data"_L1);
    r.refuseUnknown();
    if (!r.ok())
        return r.error();
    auto payload = payloadFromJson(type, data, fields);
    if (!payload.ok())
        return QStringLiteral("data.") + payload.error();
    e.data = std::move(payload).value();
    return e;
}

} // namespace stampdesk::Json
