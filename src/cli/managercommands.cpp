// SPDX-License-Identifier: Apache-2.0
// The manager's commands of stampdesk-cli: staff and their PINs, the POS
// redeem codes, and reports. PINs are read from standard input only, never
// from the command line (where ps and the shell's history would show them).
#include "cli.h"
#include "core/json.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace stampdesk::cli {

namespace {

using namespace Qt::StringLiterals;

OptionSpec pinOption()
{
    return {u"pin-stdin"_s, false, {}, u"read the PIN from the first line of standard input"_s};
}

// --- Staff ------------------------------------------------------------------

QJsonObject memberJson(const StaffMember &m, const std::optional<PinState> &pin,
                       const QDateTime &now)
{
    QJsonObject o{{u"id"_s, m.id},
                  {u"name"_s, m.name},
                  {u"role"_s, wireName(m.role)},
                  {u"active"_s, m.active}};
    if (pin) {
        o.insert(u"failures"_s, pin->failures);
        o.insert(u"lockedUntil"_s,
                 pin->isLocked(now) ? QJsonValue(Json::toIso(*pin->lockedUntil))
                                    : QJsonValue(QJsonValue::Null));
    }
    return o;
}

// The PIN on the first line of standard input, checked as a new PIN.
std::optional<PinHash> readPin(Session &s, int *exitCode)
{
    QTextStream in(stdin);
    const QString pin = in.readLine().trimmed();
    if (auto problem = Pins::check(pin)) {
        *exitCode = s.refuse(u"invalid-pin"_s, Pins::message(*problem));
        return std::nullopt;
    }
    return Pins::hash(pin);
}

std::optional<StaffRole> roleOption(const Arguments &args, StaffRole fallback)
{
    if (!args.has(u"role"_s))
        return fallback;
    return staffRoleFromString(args.value(u"role"_s));
}

// A member by id, or by name (an active member first) as a manager types it.
StoreResult<StaffMember> resolveMember(Session &s, const QString &text)
{
    auto byId = s.store().staffMember(text);
    if (byId || byId.error().kind != StoreError::Kind::NotFound)
        return byId;
    auto all = s.store().staff();
    if (!all)
        return all.error();
    for (const StaffMember &m : all.value()) {
        if (m.name.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return m; // active members come first
    }
    return byId;
}

int staffList(Session &s, const Arguments &)
{
    auto staff = s.store().staff();
    if (!staff)
        return s.fail(staff.error());
    const QDateTime now = s.store().now();
    QJsonArray json;
    QString text;
    for (const StaffMember &m : staff.value()) {
        auto pin = s.store().pinState(m.id);
        const std::optional<PinState> state = pin ? std::optional(pin.value()) : std::nullopt;
        json.append(memberJson(m, state, now));
        QString line =
            u"%1  %2  %3  %4"_s.arg(m.id, wireName(m.role).leftJustified(7),
                                    (m.active ? u"active"_s : u"left"_s).leftJustified(6), m.name);
        if (state && state->isLocked(now))
            line += u"  (locked until %1)"_s.arg(
                state->lockedUntil->toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
        text += line + u'\n';
    }
    if (staff->isEmpty())
        text = u"No staff yet. Add a manager: stampdesk-cli staff add NAME --role manager "
               "--pin-stdin"_s;
    return s.print(json, text);
}

int staffAdd(Session &s, const Arguments &args)
{
    const auto role = roleOption(args, StaffRole::Cashier);
    if (!role)
        return s.usage(u"staff add: --role must be cashier or manager"_s);
    if (!args.has(u"pin-stdin"_s))
        return s.usage(u"staff add: a member needs a PIN; give it on standard input with "
                       "--pin-stdin"_s);
    int exitCode = ExitCode::Ok;
    const auto pin = readPin(s, &exitCode);
    if (!pin)
        return exitCode;
    auto added = s.store().addStaff(args.positional.join(u' '), *role, *pin);
    if (!added)
        return s.fail(added.error());
    return s.print(memberJson(added.value(), std::nullopt, {}),
                   u"Added %1 (%2): %3\n"_s.arg(added->name, wireName(added->role), added->id));
}

int staffSet(Session &s, const Arguments &args)
{
    auto member = resolveMember(s, args.positional.at(0));
    if (!member)
        return s.fail(member.error());
    StaffMember m = member.value();
    const auto role = roleOption(args, m.role);
    if (!role)
        return s.usage(u"staff set: --role must be cashier or manager"_s);
    m.role = *role;
    if (args.has(u"active"_s)) {
        const QString active = args.value(u"active"_s);
        if (active != u"yes" && active != u"no")
            return s.usage(u"staff set: --active must be yes or no"_s);
        m.active = active == u"yes";
    }
    m.name = args.value(u"name"_s, m.name);
    std::optional<PinHash> pin;
    if (args.has(u"pin-stdin"_s)) {
        int exitCode = ExitCode::Ok;
        pin = readPin(s, &exitCode);
        if (!pin)
            return exitCode;
    }
    if (auto updated = s.store().updateStaff(m); !updated)
        return s.fail(updated.error());
    if (pin) {
        if (auto set = s.store().setPin(m.id, *pin); !set)
            return s.fail(set.error());
    }
    auto stored = s.store().staffMember(m.id);
    if (!stored)
        return s.fail(stored.error());
    return s.print(memberJson(stored.value(), std::nullopt, {}),
                   u"Saved %1 (%2, %3)%4.\n"_s.arg(stored->name, wireName(stored->role),
                                                   stored->active ? u"active"_s : u"left"_s,
                                                   pin ? u", with a new PIN"_s : QString()));
}

// --- POS redeem codes ---------------------------------------------------------

QJsonObject stockJson(const CodeStock &stock)
{
    return {{u"available"_s, stock.available},
            {u"attached"_s, stock.attached},
            {u"lowAt"_s, stock.lowAt},
            {u"low"_s, stock.isLow()}};
}

QString stockText(const CodeStock &stock)
{
    QString t =
        u"Codes available: %1\nOn vouchers:     %2\nLow at:          %3\n"_s.arg(stock.available)
            .arg(stock.attached)
            .arg(stock.lowAt);
    if (stock.isLow())
        t += u"The stock of codes is low: import more from the POS.\n"_s;
    return t;
}

int codesImport(Session &s, const Arguments &args)
{
    const QString path = args.positional.at(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return s.refuse(u"cannot-read"_s, u"%1 cannot be read: %2"_s.arg(path, file.errorString()));
    auto imported = s.store().importRedeemCodes(file.readAll(), s.staff());
    if (!imported)
        return s.fail(imported.error());
    auto stock = s.store().codeStock();
    if (!stock)
        return s.fail(stock.error());
    QJsonArray rejected;
    for (const QString &line : imported->rejected)
        rejected.append(line);
    const QJsonObject json{{u"added"_s, imported->added},
                           {u"alreadyKnown"_s, imported->alreadyKnown},
                           {u"rejected"_s, rejected},
                           {u"stock"_s, stockJson(stock.value())}};
    QString text =
        u"Added %1 code(s); %2 already known; %3 line(s) rejected.\n"_s.arg(imported->added)
            .arg(imported->alreadyKnown)
            .arg(imported->rejected.size());
    for (const QString &line : imported->rejected)
        text += u"  "_s + line + u'\n';
    return s.print(json, text + stockText(stock.value()));
}

int codesStock(Session &s, const Arguments &)
{
    auto stock = s.store().codeStock();
    if (!stock)
        return s.fail(stock.error());
    return s.print(stockJson(stock.value()), stockText(stock.value()));
}

// --- Reports ------------------------------------------------------------------

// A date (the start of that day, local time) or an ISO 8601 time.
std::optional<QDateTime> timeArgument(const QString &text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0));
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t;
}

int report(Session &s, const Arguments &args)
{
    const QDate today = s.store().now().toLocalTime().date();
    QDateTime from(today, QTime(0, 0));
    QDateTime to(today.addDays(1), QTime(0, 0));
    if (args.has(u"from"_s)) {
        const auto t = timeArgument(args.value(u"from"_s), false);
        if (!t)
            return s.usage(u"report: --from must be a date (2026-11-23) or an ISO 8601 time"_s);
        from = *t;
    }
    // A date given as the end counts in whole: --to 2026-11-30 takes in the 30th.
    if (args.has(u"to"_s)) {
        const auto t = timeArgument(args.value(u"to"_s), true);
        if (!t)
            return s.usage(u"report: --to must be a date (2026-11-30) or an ISO 8601 time"_s);
        to = *t;
    }
    const QString format = args.value(u"format"_s, s.json() ? u"json"_s : u"text"_s);
    if (format != u"text" && format != u"csv" && format != u"json")
        return s.usage(u"report: --format must be text, csv or json"_s);
    auto totals = s.store().totals(from, to);
    if (!totals)
        return s.fail(totals.error());
    const Totals &t = totals.value();

    if (format == u"csv") {
        s.out() << "from,to,cards_created,stamps_added,stamps_undone,vouchers_issued,"
                   "vouchers_redeemed,redemptions_undone\n"
                << QStringList{Json::toIso(from),
                               Json::toIso(to),
                               QString::number(t.cardsCreated),
                               QString::number(t.stampsAdded),
                               QString::number(t.stampsUndone),
                               QString::number(t.vouchersIssued),
                               QString::number(t.vouchersRedeemed),
                               QString::number(t.redemptionsUndone)}
                       .join(u',')
                << '\n';
        s.out().flush();
        return ExitCode::Ok;
    }
    const QJsonObject json{{u"from"_s, Json::toIso(from)},
                           {u"to"_s, Json::toIso(to)},
                           {u"cardsCreated"_s, t.cardsCreated},
                           {u"stampsAdded"_s, t.stampsAdded},
                           {u"stampsUndone"_s, t.stampsUndone},
                           {u"vouchersIssued"_s, t.vouchersIssued},
                           {u"vouchersRedeemed"_s, t.vouchersRedeemed},
                           {u"redemptionsUndone"_s, t.redemptionsUndone}};
    if (format == u"json") {
        s.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        s.out().flush();
        return ExitCode::Ok;
    }
    const QString period = u"%1 to %2"_s.arg(from.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                                             to.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    return s.print(json,
                   u"Period:             %1\n"
                   "Cards created:      %2\n"
                   "Stamps added:       %3\n"
                   "Stamps undone:      %4\n"
                   "Vouchers issued:    %5\n"
                   "Vouchers redeemed:  %6\n"
                   "Redemptions undone: %7\n"_s.arg(period)
                       .arg(t.cardsCreated)
                       .arg(t.stampsAdded)
                       .arg(t.stampsUndone)
                       .arg(t.vouchersIssued)
                       .arg(t.vouchersRedeemed)
                       .arg(t.redemptionsUndone));
}

// --- Backup and restore -------------------------------------------------------

int backupDatabase(Session &s, const Arguments &args)
{
    auto made = Store::backup(s.store().path(), args.positional.at(0));
    if (!made)
        return s.fail(made.error());
    return s.print(
        QJsonObject{
            {u"path"_s, made->path}, {u"bytes"_s, made->bytes}, {u"database"_s, s.store().path()}},
        u"Backed up %1 to %2 (%3 bytes).\n"_s.arg(s.store().path(), made->path).arg(made->bytes));
}

// Without the store open: a database too damaged to open is the one a
// restore is for.
int restoreDatabase(Session &s, const Arguments &args)
{
    const QString database = args.value(u"db"_s, Store::defaultPath());
    const QString source = args.positional.at(0);
    auto restored = Store::restore(database, source);
    if (!restored) {
        const StoreError &e = restored.error();
        // The file given was refused (not a backup, damaged, too new,
        // unreadable): the database is unchanged.
        if (e.subject == source && e.kind != StoreError::Kind::Busy)
            return s.refuse(e.codeName(), e.message());
        return s.fail(e);
    }
    auto store = Store::open(database);
    if (!store)
        return s.fail(store.error());
    auto events = (*store)->events();
    if (!events)
        return s.fail(events.error());
    const RestoreReport &r = restored.value();
    QString text =
        u"Restored %1 from %2 (%3 events).\n"_s.arg(database, source).arg(events->size());
    if (!r.safetyCopy.isEmpty())
        text += u"The database as it was before is kept in %1.\n"_s.arg(r.safetyCopy);
    return s.print(QJsonObject{{u"database"_s, database},
                               {u"restoredFrom"_s, source},
                               {u"safetyCopy"_s,
                                r.safetyCopy.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(r.safetyCopy)},
                               {u"fromVersion"_s, r.fromVersion},
                               {u"events"_s, int(events->size())}},
                   text);
}

} // namespace

QList<Command> managerCommands()
{
    return {
        {{u"staff"_s, u"list"_s},
         {},
         u"List the staff, active members first, with any lockout."_s,
         {},
         0,
         0,
         staffList},
        {{u"staff"_s, u"add"_s},
         u"NAME [--role cashier|manager] --pin-stdin"_s,
         u"Add a member; the PIN (4 to 8 digits) is read from standard input."_s,
         {valueOption("role", "ROLE", "cashier (default) or manager"), pinOption()},
         1,
         8,
         staffAdd},
        {{u"staff"_s, u"set"_s},
         u"ID|NAME [--name TEXT] [--role cashier|manager] [--active yes|no] [--pin-stdin]"_s,
         u"Change a member; --active no when they leave, --pin-stdin for a new PIN."_s,
         {valueOption("name", "TEXT", "the member's new name"),
          valueOption("role", "ROLE", "cashier or manager"),
          valueOption("active", "yes|no", "whether the member still works here"), pinOption()},
         1,
         1,
         staffSet},
        {{u"codes"_s, u"import"_s},
         u"FILE.csv"_s,
         u"Import redeem codes made by the POS (first column of a CSV file)."_s,
         {},
         1,
         1,
         codesImport},
        {{u"codes"_s, u"stock"_s},
         {},
         u"Show how many POS redeem codes are left for new vouchers."_s,
         {},
         0,
         0,
         codesStock},
        {{u"report"_s},
         u"[--from DATE] [--to DATE] [--format text|csv|json]"_s,
         u"The shop's totals of every register (default: today)."_s,
         {valueOption("from", "DATE", "from this date or ISO 8601 time on"),
          valueOption("to", "DATE", "up to and including this date (or up to a time)"),
          valueOption("format", "FORMAT", "text (default), csv or json")},
         0,
         0,
         report},
        {{u"backup"_s},
         u"PATH"_s,
         u"Back up the database to a new file PATH (checked; the app may keep running)."_s,
         {},
         1,
         1,
         backupDatabase},
        {{u"restore"_s},
         u"PATH"_s,
         u"Replace the database with the backup PATH (checked first; the current database "
         "is kept beside it as <db>.before-restore-<time>)."_s,
         {},
         1,
         1,
         restoreDatabase,
         false},
    };
}

} // namespace stampdesk::cli
