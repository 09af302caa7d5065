// SPDX-License-Identifier: Apache-2.0
// The commands of stampdesk-cli: each reads its arguments, asks the store,
// and prints the result as text or as one JSON document.
#include "cli.h"
#include "core/ids.h"
#include "core/json.h"
#include "core/text.h"
#include "programmeoptions.h"
#include "sync/syncengine.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stampdesk::cli {

namespace {

using namespace Qt::StringLiterals;

// --- Formatting -----------------------------------------------------------

QString shortTime(const std::optional<QDateTime> &t)
{
    return t ? t->toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s;
}

QJsonObject cardJson(const Card &card, int goal)
{
    QJsonObject o = Json::toJson(card);
    o.insert(u"goal"_s, goal);
    return o;
}

QString cardText(const Card &c, int goal)
{
    QString t;
    QTextStream s(&t);
    s << "Card:     " << c.id << '\n';
    if (!c.name.isEmpty())
        s << "Name:     " << c.name << '\n';
    if (!c.phone.isEmpty())
        s << "Phone:    " << c.phone << '\n';
    s << "Stamps:   " << c.stamps << " of " << goal << '\n'
      << "Cycles:   " << c.cycles << " completed, " << c.lifetimeStamps << " stamps in all\n"
      << "Last:     " << shortTime(c.lastStampAt) << '\n'
      << "Status:   " << wireName(c.status) << '\n';
    s.flush(); // QTextStream buffers even when writing to a QString
    return t;
}

QString voucherLine(const Voucher &v, const QDateTime &now)
{
    QString line =
        u"%1  %2  %3  %4"_s.arg(v.id, Ids::formatRedeemCode(v.code),
                                wireName(v.stateAt(now)).leftJustified(8), v.reward.name(u"en"));
    if (v.expiresAt)
        line += u"  (until %1)"_s.arg(shortTime(v.expiresAt));
    return line;
}

QJsonArray vouchersJson(const QList<Voucher> &vouchers, const QDateTime &now)
{
    QJsonArray out;
    for (const Voucher &v : vouchers)
        out.append(Json::toJson(v, now));
    return out;
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

// --- Argument helpers -----------------------------------------------------

// A card by id, or by phone number as a POS may know the customer.
StoreResult<Card> resolveCard(Session &s, const QString &text)
{
    auto byId = s.store().card(text);
    if (byId || byId.error().kind != StoreError::Kind::NotFound)
        return byId;
    auto byPhone = s.store().cardByPhone(text);
    return byPhone ? byPhone : byId;
}

int goalOf(Session &s)
{
    auto p = s.store().programme();
    return p ? p->goal : 0;
}

std::optional<QDateTime> parseTime(const QString &text)
{
    // A date means the start of that day, in local time.
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return QDateTime(date, QTime(0, 0));
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t;
}

// --- Commands -------------------------------------------------------------

int programShow(Session &s, const Arguments &)
{
    auto p = s.store().programme();
    if (!p)
        return s.fail(p.error());
    return s.print(Json::toJson(p.value()), programmeText(p.value()));
}

int programSet(Session &s, const Arguments &args)
{
    auto current = s.store().programme();
    if (!current)
        return s.fail(current.error());
    Programme p = current.value();
    if (const QString error = applyProgrammeOptions(args, p); !error.isEmpty())
        return s.usage(u"program set: "_s + error);

    auto changed = s.store().setProgramme(p, s.staff());
    if (!changed)
        return s.fail(changed.error());
    return s.print(Json::toJson(p), u"Programme saved.\n"_s + programmeText(p));
}

int cardCreate(Session &s, const Arguments &args)
{
    auto outcome = s.store().createCard(args.value(u"name"_s), args.value(u"phone"_s), s.staff());
    if (!outcome)
        return s.fail(outcome.error());
    const Card &card = outcome->state.card;
    const int goal = goalOf(s);
    return s.print(cardJson(card, goal), u"Card created.\n"_s + cardText(card, goal));
}

int cardShow(Session &s, const Arguments &args)
{
    auto card = resolveCard(s, args.positional.at(0));
    if (!card)
        return s.fail(card.error());
    auto state = s.store().cardState(card->id);
    if (!state)
        return s.fail(state.error());
    const int goal = goalOf(s);
    const QDateTime now = s.store().now();
    QJsonObject json = cardJson(state->card, goal);
    json.insert(u"vouchers"_s, vouchersJson(state->vouchers, now));
    QString text = cardText(state->card, goal);
    for (const Voucher &v : state->vouchers)
        text += u"Voucher:  "_s + voucherLine(v, now) + u'\n';
    return s.print(json, text);
}

int cardFind(Session &s, const Arguments &args)
{
    auto cards = s.store().findCards(args.positional.join(u' '));
    if (!cards)
        return s.fail(cards.error());
    const int goal = goalOf(s);
    QJsonArray json;
    QString text;
    for (const Card &c : cards.value()) {
        json.append(cardJson(c, goal));
        text += u"%1  %2/%3  %4  %5\n"_s.arg(c.id).arg(c.stamps).arg(goal).arg(
            c.name.isEmpty() ? u"-"_s : c.name, c.phone.isEmpty() ? u"-"_s : c.phone);
    }
    if (cards->isEmpty())
        text = u"No card matches."_s;
    return s.print(json, text);
}

int cardStatus(Session &s, const Arguments &args, CardStatus status)
{
    auto card = resolveCard(s, args.positional.at(0));
    if (!card)
        return s.fail(card.error());
    auto outcome = s.store().setCardStatus(card->id, status, args.value(u"reason"_s), s.staff());
    if (!outcome)
        return s.fail(outcome.error());
    const int goal = goalOf(s);
    return s.print(cardJson(outcome->state.card, goal), cardText(outcome->state.card, goal));
}

int stamp(Session &s, const Arguments &args)
{
    QString error;
    const int count = intOption(args, u"count"_s, 1, maxStampsPerVisit, &error).value_or(1);
    if (!error.isEmpty())
        return s.usage(u"stamp: "_s + error);
    auto card = resolveCard(s, args.positional.at(0));
    if (!card)
        return s.fail(card.error());
    auto outcome = s.store().addStamps(card->id, count, args.value(u"source"_s), s.staff());
    if (!outcome)
        return s.fail(outcome.error());

    const Card &after = outcome->state.card;
    const int goal = goalOf(s);
    const QDateTime now = s.store().now();
    QJsonObject json = cardJson(after, goal);
    json.insert(u"eventId"_s, outcome->events.first().id);
    json.insert(u"issuedVouchers"_s, vouchersJson(outcome->issuedVouchers(), now));
    QString text = u"Added %1 stamp(s) to %2: %3 of %4.\nEvent: %5\n"_s.arg(count)
                       .arg(after.id)
                       .arg(after.stamps)
                       .arg(goal)
                       .arg(outcome->events.first().id);
    for (const Voucher &v : outcome->issuedVouchers())
        text += u"Voucher issued: "_s + voucherLine(v, now) + u'\n';
    return s.print(json, text);
}

int undo(Session &s, const Arguments &args)
{
    auto outcome = s.store().undo(args.positional.at(0), s.staff());
    if (!outcome)
        return s.fail(outcome.error());
    const Card &after = outcome->state.card;
    const int goal = goalOf(s);
    const auto *undone = outcome->events.first().as<Events::StampsUndone>();
    QJsonObject json = cardJson(after, goal);
    json.insert(u"eventId"_s, outcome->events.first().id);
    QJsonArray reopened;
    for (const QString &id : undone->reopenedVoucherIds)
        reopened.append(id);
    json.insert(u"voidedVouchers"_s, reopened);
    QString text = u"Undid %1 stamp(s) on %2: %3 of %4.\n"_s.arg(undone->count)
                       .arg(after.id)
                       .arg(after.stamps)
                       .arg(goal);
    for (const QString &id : undone->reopenedVoucherIds)
        text += u"Voucher taken back: "_s + id + u'\n';
    return s.print(json, text);
}

int listVouchers(Session &s, const Arguments &args)
{
    VoucherFilter filter;
    filter.cardId = args.value(u"card"_s);
    if (args.has(u"state"_s)) {
        filter.state = voucherStateFromString(args.value(u"state"_s));
        if (!filter.state)
            return s.usage(u"vouchers: --state must be issued, redeemed, expired or voided"_s);
    }
    auto vouchers = s.store().vouchers(filter);
    if (!vouchers)
        return s.fail(vouchers.error());
    const QDateTime now = s.store().now();
    QString text;
    for (const Voucher &v : vouchers.value())
        text += voucherLine(v, now) + u'\n';
    if (vouchers->isEmpty())
        text = u"No vouchers."_s;
    return s.print(vouchersJson(vouchers.value(), now), text);
}

int voucherAction(Session &s, const StoreResult<Outcome> &outcome, const QString &verb,
                  const QJsonObject &extra = {}, const QString &note = {})
{
    if (!outcome)
        return s.fail(outcome.error());
    const Event &event = outcome->events.first();
    const Voucher *v = outcome->state.voucher(event.voucherId);
    const QDateTime now = s.store().now();
    QJsonObject json = Json::toJson(*v, now);
    json.insert(u"eventId"_s, event.id);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    return s.print(json, u"%1 voucher %2 (%3).\n"_s.arg(verb, v->id, v->reward.name(u"en")) + note);
}

// A paired register asks the shop's server first, as the counter does
// (docs/sync.md, Redemption); one that is not paired is its own authority.
int redeem(Session &s, const Arguments &args)
{
    const auto link = s.store().syncLink();
    if (!link)
        return s.fail(link.error());
    if (!link->has_value())
        return voucherAction(s, s.store().redeem(args.positional.at(0), s.staff()), u"Redeemed"_s);
    auto planned = s.store().planRedemption(args.positional.at(0), s.staff());
    if (!planned)
        return s.fail(planned.error());
    SyncEngine engine(s.store());
    QEventLoop loop;
    RedeemAnswer answer;
    QObject::connect(&engine, &SyncEngine::redeemAnswered, &loop,
                     [&](const QString &, const RedeemAnswer &answered) {
                         answer = answered;
                         loop.quit();
                     });
    engine.redeem(planned.value());
    loop.exec();
    const auto programme = s.store().programme();
    if (!programme)
        return s.fail(programme.error());
    const RedeemDecision decision = RedeemDecision::of(answer, programme->offlineRedeem);
    if (decision.refusal)
        return s.fail(StoreError::refused(*decision.refusal));
    if (decision.error)
        return s.failWith(ExitCode::SyncFailed, decision.error->codeName(),
                          decision.error->message());
    const bool provisional = *decision.commit == Store::Acceptance::Provisional;
    return voucherAction(s, s.store().commitRedemption(planned.value(), *decision.commit),
                         u"Redeemed"_s, QJsonObject{{u"provisional"_s, provisional}},
                         provisional ? u"Offline: provisional until the next sync confirms it.\n"_s
                                     : QString());
}

// A manager's tool: no undo window here (the app asks for a manager's PIN
// outside it; whoever runs stampdesk-cli on the register is trusted).
int unredeem(Session &s, const Arguments &args)
{
    return voucherAction(
        s, s.store().undoRedemption(args.positional.at(0), args.value(u"reason"_s), s.staff()),
        u"Took back the redemption of"_s);
}

int voidVoucher(Session &s, const Arguments &args)
{
    return voucherAction(
        s, s.store().voidVoucher(args.positional.at(0), args.value(u"reason"_s), s.staff()),
        u"Voided"_s);
}

int ledger(Session &s, const Arguments &args)
{
    QDateTime since;
    if (args.has(u"since"_s)) {
        const auto t = parseTime(args.value(u"since"_s));
        if (!t)
            return s.usage(u"ledger: --since must be a date (2026-11-23) or an ISO 8601 time"_s);
        since = *t;
    }
    const QString format = args.value(u"format"_s, s.json() ? u"json"_s : u"csv"_s);
    if (format != u"csv" && format != u"json")
        return s.usage(u"ledger: --format must be csv or json"_s);
    auto events = s.store().events(since);
    if (!events)
        return s.fail(events.error());

    if (format == u"json") {
        QJsonArray array;
        for (const Event &e : events.value())
            array.append(Json::toJson(e));
        s.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        s.out().flush();
        return ExitCode::Ok;
    }
    s.out() << "id,type,at,card_id,voucher_id,staff,register_id,data\n";
    for (const Event &e : events.value()) {
        const QString data =
            QString::fromUtf8(QJsonDocument(Json::payloadToJson(e)).toJson(QJsonDocument::Compact));
        s.out() << QStringList{e.id,        e.type(),          Json::toIso(e.at), e.cardId,
                               e.voucherId, csvField(e.staff), e.registerId,      csvField(data)}
                       .join(u',')
                << '\n';
    }
    s.out().flush();
    return ExitCode::Ok;
}

int check(Session &s, const Arguments &)
{
    auto report = s.store().check();
    if (!report)
        return s.fail(report.error());
    QJsonArray problems;
    for (const QString &p : report->problems)
        problems.append(p);
    const QJsonObject json{{u"ok"_s, report->ok()},
                           {u"events"_s, report->events},
                           {u"cards"_s, report->cards},
                           {u"vouchers"_s, report->vouchers},
                           {u"problems"_s, problems}};
    QString text = u"%1 events, %2 cards, %3 vouchers: "_s.arg(report->events)
                       .arg(report->cards)
                       .arg(report->vouchers);
    text += report->ok() ? u"the database is sound and its state matches the ledger."_s
                         : u"problems found:\n  "_s + report->problems.join(u"\n  "_s);
    s.print(json, text);
    return report->ok() ? ExitCode::Ok : ExitCode::Refused;
}

int registerShow(Session &s, const Arguments &)
{
    const RegisterInfo r = s.store().registerInfo();
    return s.print(QJsonObject{{u"id"_s, r.id}, {u"name"_s, r.name}, {u"location"_s, r.location}},
                   u"Register: %1\nName:     %2\nLocation: %3\n"_s.arg(
                       r.id, r.name, r.location.isEmpty() ? u"-"_s : r.location));
}

int registerSet(Session &s, const Arguments &args)
{
    const RegisterInfo r = s.store().registerInfo();
    const QString name = args.value(u"name"_s, r.name).trimmed();
    if (name.isEmpty())
        return s.usage(u"register set: --name cannot be empty"_s);
    if (auto done = s.store().setRegisterInfo(name, args.value(u"location"_s, r.location)); !done)
        return s.fail(done.error());
    return registerShow(s, args);
}

} // namespace

QList<Command> storeCommands()
{
    return {
        {{u"program"_s, u"show"_s}, {}, u"Show the stamp programme."_s, {}, 0, 0, programShow},
        {{u"program"_s, u"set"_s},
         programmeSynopsis(),
         u"Change the programme; it applies to vouchers issued from now on."_s,
         programmeOptions(),
         0,
         0,
         programSet},
        {{u"card"_s, u"create"_s},
         u"[--name TEXT] [--phone TEXT]"_s,
         u"Create a card; prints its id."_s,
         {valueOption("name", "TEXT", "the customer's name"),
          valueOption("phone", "TEXT", "the customer's phone number")},
         0,
         0,
         cardCreate},
        {{u"card"_s, u"show"_s},
         u"ID"_s,
         u"Show a card (by id or phone) and its vouchers."_s,
         {},
         1,
         1,
         cardShow},
        {{u"card"_s, u"find"_s},
         u"TEXT"_s,
         u"Find cards by id prefix, phone number (or its last digits) or name."_s,
         {},
         1,
         8,
         cardFind},
        {{u"card"_s, u"block"_s},
         u"ID [--reason TEXT]"_s,
         u"Block a card: no stamps, no redemptions."_s,
         {valueOption("reason", "TEXT", "why")},
         1,
         1,
         [](Session &s, const Arguments &a) {
             return cardStatus(s, a, CardStatus::Blocked);
         }},
        {{u"card"_s, u"unblock"_s},
         u"ID [--reason TEXT]"_s,
         u"Unblock a card."_s,
         {valueOption("reason", "TEXT", "why")},
         1,
         1,
         [](Session &s, const Arguments &a) {
             return cardStatus(s, a, CardStatus::Active);
         }},
        {{u"stamp"_s},
         u"CARD [--count N] [--source TEXT]"_s,
         u"Add stamps to a card (by id or phone); prints the event id for undo."_s,
         {valueOption("count", "N", "how many stamps (default 1)"),
          valueOption("source", "TEXT", "what they are for, e.g. the sale number")},
         1,
         1,
         stamp},
        {{u"undo"_s}, u"EVENT_ID"_s, u"Take back the stamps of a stamp event."_s, {}, 1, 1, undo},
        {{u"vouchers"_s},
         u"[--card ID] [--state issued|redeemed|expired|voided]"_s,
         u"List vouchers."_s,
         {valueOption("card", "ID", "only this card's"),
          valueOption("state", "STATE", "only those in this state")},
         0,
         0,
         listVouchers},
        {{u"redeem"_s},
         u"VOUCHER_ID_OR_CODE"_s,
         u"Redeem a voucher (by its id, its code or its POS code)."_s,
         {},
         1,
         1,
         redeem},
        {{u"unredeem"_s},
         u"VOUCHER_ID_OR_CODE [--reason TEXT]"_s,
         u"Take back a redemption made by mistake: the voucher can be redeemed again."_s,
         {valueOption("reason", "TEXT", "why")},
         1,
         1,
         unredeem},
        {{u"void"_s},
         u"VOUCHER_ID_OR_CODE [--reason TEXT]"_s,
         u"Void a voucher that was issued by mistake."_s,
         {valueOption("reason", "TEXT", "why")},
         1,
         1,
         voidVoucher},
        {{u"ledger"_s},
         u"[--since TIME] [--format csv|json]"_s,
         u"Print the ledger of events."_s,
         {valueOption("since", "TIME", "from this date or ISO 8601 time on"),
          valueOption("format", "FORMAT", "csv (default) or json")},
         0,
         0,
         ledger},
        {{u"check"_s},
         {},
         u"Check the database, and its state against the ledger; exit 1 on problems."_s,
         {},
         0,
         0,
         check},
        {{u"register"_s, u"show"_s},
         {},
         u"Show this register's id, name and location."_s,
         {},
         0,
         0,
         registerShow},
        {{u"register"_s, u"set"_s},
         u"[--name TEXT] [--location TEXT]"_s,
         u"Name this register and say where it is."_s,
         {valueOption("name", "TEXT", "the register's name"),
          valueOption("location", "TEXT", "where it is")},
         0,
         0,
         registerSet},
    };
}

} // namespace stampdesk::cli
