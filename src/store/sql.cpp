// SPDX-License-Identifier: Apache-2.0
#include "sql.h"

#include "core/json.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace stampdesk::sql {

namespace {
// SQLite's primary result codes that mean something to a person.
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteNotADb = 26;

StoreError corruptRow(const QString &what, const QString &detail)
{
    StoreError e;
    e.kind = StoreError::Kind::Corrupt;
    e.subject = what;
    e.detail = detail;
    return e;
}
} // namespace

StoreError errorFrom(const QSqlError &error)
{
    StoreError e;
    e.detail = error.text();
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case sqliteBusy:
    case sqliteLocked:
        e.kind = StoreError::Kind::Busy;
        break;
    case sqliteCorrupt:
    case sqliteNotADb:
        e.kind = StoreError::Kind::Corrupt;
        break;
    case sqliteCantOpen:
        e.kind = StoreError::Kind::CannotOpen;
        break;
    default:
        e.kind = StoreError::Kind::Io;
    }
    return e;
}

Statement::Statement(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

Statement &Statement::bind(const QVariant &value)
{
    // Qt binds a null QString as SQL NULL; an absent name or phone is an
    // empty text in our tables, NULL only where a value is really optional.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.addBindValue(QStringLiteral(""));
    else
        m_query.addBindValue(value);
    return *this;
}

Statement &Statement::bindAll(std::initializer_list<QVariant> values)
{
    for (const QVariant &v : values)
        bind(v);
    return *this;
}

StoreResult<Done> Statement::exec()
{
    if (!m_prepared || !m_query.exec())
        return errorFrom(m_query.lastError());
    return Done{};
}

StoreResult<QVariant> Statement::scalar()
{
    if (auto r = exec(); !r)
        return r.error();
    if (!m_query.next())
        return m_query.lastError().isValid() ? StoreResult<QVariant>(errorFrom(m_query.lastError()))
                                             : StoreResult<QVariant>(QVariant());
    return m_query.value(0);
}

StoreResult<Done> exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return errorFrom(q.lastError());
    return Done{};
}

StoreResult<QVariant> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return errorFrom(q.lastError());
    if (!q.next())
        return q.lastError().isValid() ? StoreResult<QVariant>(errorFrom(q.lastError()))
                                       : StoreResult<QVariant>(QVariant());
    return q.value(0);
}

QVariant fromTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QVariant fromTime(const std::optional<QDateTime> &time)
{
    return time ? fromTime(*time) : QVariant();
}

QDateTime toTime(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

std::optional<QDateTime> toOptionalTime(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return toTime(value);
}

const QString cardColumns = QStringLiteral(
    "id, name, phone, stamps, cycles, last_cycle, lifetime_stamps, last_stamp_at, status, "
    "created_at");

const QString voucherColumns = QStringLiteral(
    "id, card_id, cycle, goal, reward, mode, location, code, issued_at, expires_at, state, "
    "redeemed_at, redeemed_by, redeemed_register, voided_at, void_reason, reopened, pos_code");

const QString eventColumns =
    QStringLiteral("id, type, at, card_id, voucher_id, staff, register_id, data");

Card cardFromRow(const QSqlQuery &q)
{
    Card c;
    c.id = q.value(0).toString();
    c.name = q.value(1).toString();
    c.phone = q.value(2).toString();
    c.stamps = q.value(3).toInt();
    c.cycles = q.value(4).toInt();
    c.lastCycle = q.value(5).toInt();
    c.lifetimeStamps = q.value(6).toInt();
    c.lastStampAt = toOptionalTime(q.value(7));
    c.status = cardStatusFromString(q.value(8).toString()).value_or(CardStatus::Active);
    c.createdAt = toTime(q.value(9));
    return c;
}

StoreResult<Voucher> voucherFromRow(const QSqlQuery &q)
{
    Voucher v;
    v.id = q.value(0).toString();
    v.cardId = q.value(1).toString();
    v.cycle = q.value(2).toInt();
    v.goal = q.value(3).toInt();
    auto reward = Json::rewardFromJson(QJsonDocument::fromJson(q.value(4).toByteArray()).object());
    if (!reward)
        return corruptRow(v.id, QStringLiteral("voucher reward: ") + reward.error());
    v.reward = reward.value();
    v.mode = redemptionModeFromString(q.value(5).toString()).value_or(RedemptionMode::StaffScan);
    v.location = q.value(6).toString();
    v.code = q.value(7).toString();
    v.issuedAt = toTime(q.value(8));
    v.expiresAt = toOptionalTime(q.value(9));
    v.state = voucherStateFromString(q.value(10).toString()).value_or(VoucherState::Issued);
    v.redeemedAt = toOptionalTime(q.value(11));
    v.redeemedBy = q.value(12).toString();
    v.redeemedRegister = q.value(13).toString();
    v.voidedAt = toOptionalTime(q.value(14));
    v.voidReason = q.value(15).toString();
    v.reopened = q.value(16).toBool();
    v.posCode = q.value(17).toString();
    return v;
}

StoreResult<Event> eventFromRow(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toString();
    const QString type = q.value(1).toString();
    e.at = toTime(q.value(2));
    e.cardId = q.value(3).toString();
    e.voucherId = q.value(4).toString();
    e.staff = q.value(5).toString();
    e.registerId = q.value(6).toString();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(7).toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return corruptRow(e.id, QStringLiteral("event data: ") + parseError.errorString());
    auto data = Json::payloadFromJson(type, doc.object());
    if (!data)
        return corruptRow(e.id, QStringLiteral("event data: ") + data.error());
    e.data = std::move(data).value();
    return e;
}

} // namespace stampdesk::sql
