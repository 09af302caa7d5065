// SPDX-License-Identifier: Apache-2.0
// The people at the register and the register's settings. Neither is in
// the ledger: staff changes and PIN attempts never sync (a PIN hash must not
// leave the register), and ledger events keep recording staff by name.
#include "core/text.h"
#include "sql.h"
#include "store.h"

#include <QUuid>

#include <algorithm>
#include <tuple>

namespace stampdesk {

namespace {

using namespace Qt::StringLiterals;
using sql::Statement;
using sql::writeTransaction;

const QString staffColumns = u"id, name, role, active"_s;

StaffMember memberFromRow(const Statement &q)
{
    StaffMember m;
    m.id = q.value(0).toString();
    m.name = q.value(1).toString();
    m.role = staffRoleFromString(q.value(2).toString()).value_or(StaffRole::Cashier);
    m.active = q.value(3).toBool();
    return m;
}

StoreError invalidStaff(const QString &name)
{
    StoreError e;
    e.kind = StoreError::Kind::InvalidStaff;
    e.subject = name;
    return e;
}

// Whether another active member (not exceptId) goes by name; compared
// without case beyond ASCII, which SQLite's NOCASE does not fold.
StoreResult<bool> nameTaken(const QSqlDatabase &db, const QString &name, const QString &exceptId)
{
    Statement q(db, u"SELECT name FROM staff WHERE active = 1 AND id != ?"_s);
    q.bind(exceptId);
    if (auto r = q.exec(); !r)
        return r.error();
    while (q.next()) {
        if (q.value(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

StoreResult<PinState> readPinState(const QSqlDatabase &db, const QString &staffId)
{
    Statement q(db, u"SELECT pin, failures, locked_until FROM staff WHERE id = ?"_s);
    q.bind(staffId);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return StoreError::notFound(staffId);
    PinState state;
    // A stored hash that cannot be read stays an empty one, which matches
    // no PIN: the member is locked out until a manager sets a new PIN.
    state.pin = PinHash::decode(q.value(0).toString()).value_or(PinHash{});
    state.failures = q.value(1).toInt();
    state.lockedUntil = sql::toOptionalTime(q.value(2));
    return state;
}

StoreError invalidSetting(const QString &key, const QString &value)
{
    StoreError e;
    e.kind = StoreError::Kind::InvalidSetting;
    e.subject = key;
    e.detail = value;
    return e;
}

// The known settings and what they may hold; other keys are stored as given
// (the app may keep its own).
bool validSetting(const QString &key, const QString &value)
{
    if (key == u"language")
        return value == u"vi" || value == u"en";
    if (key == u"sounds")
        return value == u"1" || value == u"0";
    if (key == u"code_stock_low") {
        bool ok = false;
        const int n = value.toInt(&ok);
        return ok && n >= 0 && n <= 1'000'000;
    }
    if (key == u"shop_name")
        return value.size() <= Rules::maxNameLength;
    return true;
}

} // namespace

StoreResult<QList<StaffMember>> Store::staff() const
{
    Statement q(db(), u"SELECT %1 FROM staff"_s.arg(staffColumns));
    if (auto r = q.exec(); !r)
        return r.error();
    QList<std::pair<QString, StaffMember>> keyed;
    while (q.next()) {
        StaffMember m = memberFromRow(q);
        keyed.append({Text::foldForSearch(m.name), std::move(m)});
    }
    // By name as people read it: Ân between An and Bảo, where SQLite's
    // byte order would put it after Z.
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
        return std::tuple(!a.second.active, a.first, a.second.name, a.second.id)
            < std::tuple(!b.second.active, b.first, b.second.name, b.second.id);
    });
    QList<StaffMember> out;
    for (auto &[key, member] : keyed)
        out.append(std::move(member));
    return out;
}

StoreResult<StaffMember> Store::staffMember(const QString &id) const
{
    Statement q(db(), u"SELECT %1 FROM staff WHERE id = ?"_s.arg(staffColumns));
    q.bind(id.trimmed());
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return StoreError::notFound(id.trimmed());
    return memberFromRow(q);
}

StoreResult<StaffMember> Store::addStaff(const QString &name, StaffRole role, const PinHash &pin)
{
    const QSqlDatabase d = db();
    StaffMember member{QUuid::createUuid().toString(QUuid::WithoutBraces), name.trimmed(), role,
                       true};
    if (member.name.isEmpty())
        return invalidStaff({});
    return writeTransaction<StaffMember>(d, [&]() -> StoreResult<StaffMember> {
        auto taken = nameTaken(d, member.name, member.id);
        if (!taken)
            return taken.error();
        if (taken.value())
            return invalidStaff(member.name);
        auto inserted = Statement(d,
                                  u"INSERT INTO staff (id, name, role, active, pin, added_at) "
                                  "VALUES (?, ?, ?, 1, ?, ?)"_s)
                            .bindAll({member.id, member.name, wireName(role), pin.encoded(),
                                      sql::fromTime(now())})
                            .exec();
        if (!inserted)
            return inserted.error();
        return member;
    });
}

StoreResult<Done> Store::updateStaff(const StaffMember &member)
{
    const QSqlDatabase d = db();
    const QString name = member.name.trimmed();
    if (name.isEmpty())
        return invalidStaff({});
    return writeTransaction<Done>(d, [&]() -> StoreResult<Done> {
        auto before = staffMember(member.id);
        if (!before)
            return before.error();
        if (member.active) {
            auto taken = nameTaken(d, name, before->id);
            if (!taken)
                return taken.error();
            if (taken.value())
                return invalidStaff(name);
        }
        // Only a change that takes an active manager away can leave the
        // shop without one; a shop that has none yet is not refused.
        const bool wasManager = before->active && before->role == StaffRole::Manager;
        const bool staysManager = member.active && member.role == StaffRole::Manager;
        if (wasManager && !staysManager) {
            auto others = Statement(d,
                                    u"SELECT count(*) FROM staff WHERE active = 1 "
                                    "AND role = 'manager' AND id != ?"_s)
                              .bindAll({before->id})
                              .scalar();
            if (!others)
                return others.error();
            if (others->toInt() == 0) {
                StoreError e;
                e.kind = StoreError::Kind::LastManager;
                e.subject = before->name;
                return e;
            }
        }
        return Statement(d, u"UPDATE staff SET name = ?, role = ?, active = ? WHERE id = ?"_s)
            .bindAll({name, wireName(member.role), member.active ? 1 : 0, before->id})
            .exec();
    });
}

StoreResult<Done> Store::setPin(const QString &staffId, const PinHash &pin)
{
    const QSqlDatabase d = db();
    return writeTransaction<Done>(d, [&]() -> StoreResult<Done> {
        auto member = staffMember(staffId);
        if (!member)
            return member.error();
        // A new PIN starts with a clean slate: this is how a manager lets a
        // locked-out cashier back in.
        return Statement(d,
                         u"UPDATE staff SET pin = ?, failures = 0, locked_until = NULL "
                         "WHERE id = ?"_s)
            .bindAll({pin.encoded(), member->id})
            .exec();
    });
}

StoreResult<PinState> Store::pinState(const QString &staffId) const
{
    return readPinState(db(), staffId.trimmed());
}

StoreResult<PinState> Store::recordPinAttempt(const QString &staffId, bool right)
{
    const QSqlDatabase d = db();
    const QString id = staffId.trimmed();
    return writeTransaction<PinState>(d, [&]() -> StoreResult<PinState> {
        auto state = readPinState(d, id);
        if (!state)
            return state;
        PinState s = state.value();
        if (right) {
            s.failures = 0;
            s.lockedUntil.reset();
        } else {
            s.failures += 1;
            const auto wait = Pins::lockout(s.failures);
            if (wait.count() > 0)
                s.lockedUntil = now().addSecs(wait.count());
        }
        auto written =
            Statement(d, u"UPDATE staff SET failures = ?, locked_until = ? WHERE id = ?"_s)
                .bindAll({s.failures, sql::fromTime(s.lockedUntil), id})
                .exec();
        if (!written)
            return written.error();
        return s;
    });
}

StoreResult<QString> Store::setting(const QString &key, const QString &fallback) const
{
    Statement q(db(), u"SELECT value FROM settings WHERE key = ?"_s);
    q.bind(key);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return fallback;
    return q.value(0).toString();
}

StoreResult<Done> Store::setSetting(const QString &key, const QString &value)
{
    const QString k = key.trimmed();
    const QString v = value.trimmed();
    if (k.isEmpty() || !validSetting(k, v))
        return invalidSetting(k, value);
    const QSqlDatabase d = db();
    return writeTransaction<Done>(d, [&] {
        return Statement(d,
                         u"INSERT INTO settings (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s)
            .bindAll({k, v})
            .exec();
    });
}

} // namespace stampdesk
