// SPDX-License-Identifier: Apache-2.0
// ServerStore's ingestion of events, and the check that replays them.
#include "core/json.h"
#include "core/merge.h"
#include "core/rules.h"
#include "serverstore.h"
#include "store/sql.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace stampdesk::server {

namespace {

using sql::Statement;

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject conflictJson(const Refusal &r)
{
    QJsonObject o{{QStringLiteral("code"), r.codeName()},
                  {QStringLiteral("message"), r.message()},
                  {QStringLiteral("detail"), r.detail}};
    if (r.when)
        o.insert(QStringLiteral("at"), Json::toIso(*r.when));
    return o;
}

Refusal invalidProgramme(const Programme &p)
{
    return Rules::validate(p).value_or(Refusal{Refusal::Code::InvalidProgramme, {}, {}, 0});
}

// The undo target as the merging side knows it: the accepted stamps.added
// event on this card that the undo names, and whether an accepted undo
// already took it back. previousStampAt comes from the undo itself: the
// register computed it from the card's history it saw.
std::optional<Rules::UndoTarget> undoTarget(const Event &undo, const std::optional<Event> &target,
                                            bool alreadyUndone)
{
    const auto *d = undo.as<Events::StampsUndone>();
    if (!d || !target || !target->as<Events::StampsAdded>() || target->cardId != undo.cardId)
        return std::nullopt;
    return Rules::UndoTarget{*target, alreadyUndone, d->lastStampAt};
}

} // namespace

// Runs a statement prepared once per batch with these values.
StoreResult<Done> ServerStore::run(Batch &batch, const QSqlDatabase &db, const QString &sql,
                                   std::initializer_list<QVariant> values)
{
    auto &query = batch.statements[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return sql::errorFrom(query->lastError());
    }
    int i = 0;
    for (const QVariant &v : values) {
        // As sql::Statement: a null QString is an empty text, not NULL.
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        query->bindValue(i++, nullText ? QVariant(QStringLiteral("")) : v);
    }
    if (!query->exec())
        return sql::errorFrom(query->lastError());
    return Done{};
}

StoreResult<Done> ServerStore::saveCard(const CardState &state, Batch &batch)
{
    auto change = nextChange();
    if (!change)
        return change.error();
    const QDateTime at = now();
    std::optional<QDateTime> expires;
    for (const Voucher &v : state.vouchers) {
        if (v.stateAt(at) == VoucherState::Issued && v.expiresAt
            && (!expires || *v.expiresAt < *expires))
            expires = v.expiresAt;
    }
    auto saved =
        run(batch, db(),
            QStringLiteral("INSERT INTO cards (id, state, change, expires) VALUES "
                           "(?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                           "state = excluded.state, change = excluded.change, "
                           "expires = excluded.expires"),
            {state.card.id, compact(Json::toJson(state, at)), *change, sql::fromTime(expires)});
    if (!saved)
        return saved;
    for (const Voucher &v : state.vouchers) {
        if (!batch.indexed.contains(v.id)) {
            if (auto r = run(batch, db(),
                             QStringLiteral("INSERT INTO vouchers (id, card_id) VALUES (?, ?) "
                                            "ON CONFLICT DO NOTHING"),
                             {v.id, state.card.id});
                !r)
                return r;
            batch.indexed.insert(v.id);
        }
        if (v.posCode.isEmpty() || batch.indexed.contains(QStringLiteral("pos:") + v.posCode))
            continue;
        if (auto r = run(batch, db(),
                         QStringLiteral("INSERT INTO pos_codes (code, voucher_id) VALUES (?, ?) "
                                        "ON CONFLICT DO NOTHING"),
                         {v.posCode, v.id});
            !r)
            return r;
        batch.indexed.insert(QStringLiteral("pos:") + v.posCode);
    }
    return Done{};
}

StoreResult<Done> ServerStore::record(const Event &event, const EventResult &result, Batch &batch)
{
    QVariant ref;
    if (const auto *undone = event.as<Events::StampsUndone>())
        ref = undone->undoneEventId;
    return run(
        batch, db(),
        QStringLiteral("INSERT INTO events (id, register_id, received_at, type, card_id, "
                       "ref_id, event, result, conflict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {event.id, event.registerId, sql::fromTime(now()), event.type(),
         event.cardId.isEmpty() ? QVariant() : QVariant(event.cardId), ref,
         compact(Json::toJson(event)), wireName(result.kind),
         result.conflict ? QVariant(compact(conflictJson(*result.conflict))) : QVariant()});
}

StoreResult<std::optional<CardState>> ServerStore::batchCard(const QString &cardId,
                                                             Batch &batch) const
{
    if (const auto it = batch.cards.constFind(cardId); it != batch.cards.constEnd())
        return std::optional<CardState>(*it);
    auto stored = card(cardId);
    if (stored && *stored) {
        for (const Voucher &v : (*stored)->vouchers) {
            batch.indexed.insert(v.id);
            if (!v.posCode.isEmpty())
                batch.indexed.insert(QStringLiteral("pos:") + v.posCode);
        }
    }
    return stored;
}

// The voucher that holds a POS code: an earlier batch's holder, else one of
// this batch's (not yet in the index).
StoreResult<QString> ServerStore::posCodeHolder(const QString &code, const Batch &batch) const
{
    auto holder = Statement(db(), QStringLiteral("SELECT voucher_id FROM pos_codes WHERE code = ?"))
                      .bind(code)
                      .scalar();
    if (!holder)
        return holder.error();
    if (!holder->isNull())
        return holder->toString();
    for (const QString &id : batch.changed) {
        for (const Voucher &v : batch.cards.value(id).vouchers) {
            if (v.posCode == code)
                return v.id;
        }
    }
    return QString();
}

StoreResult<EventResult> ServerStore::applyOne(const Event &event, Batch &batch)
{
    EventResult result{event.id, EventResult::Kind::Accepted, {}, {}};
    const QString seenSql = QStringLiteral("SELECT count(*) FROM events WHERE id = ?");
    if (auto r = run(batch, db(), seenSql, {event.id}); !r)
        return r.error();
    QSqlQuery &seen = *batch.statements[seenSql];
    const bool duplicate = seen.next() && seen.value(0).toInt() > 0;
    seen.finish();
    if (duplicate) {
        result.kind = EventResult::Kind::Duplicate;
        if (!event.cardId.isEmpty()) {
            auto current = batchCard(event.cardId, batch);
            if (!current)
                return current.error();
            result.card = *current;
        }
        return result;
    }
    if (!batch.programme) {
        auto stored = programme();
        if (!stored)
            return stored.error();
        batch.programme = stored.value();
    }

    if (const auto *changed = event.as<Events::ProgrammeChanged>()) {
        if (Rules::validate(changed->programme)) {
            result.kind = EventResult::Kind::Conflict;
            result.conflict = invalidProgramme(changed->programme);
        } else if (auto r = storeProgramme(changed->programme); !r) {
            return r.error();
        } else {
            batch.programme = changed->programme;
        }
    } else {
        auto current = batchCard(event.cardId, batch);
        if (!current)
            return current.error();
        MergeContext context{*batch.programme, std::nullopt, {}};
        if (const auto *undo = event.as<Events::StampsUndone>()) {
            Statement target(db(),
                             QStringLiteral("SELECT event FROM events WHERE id = ? AND "
                                            "result = 'accepted' AND type = 'stamps.added'"));
            target.bind(undo->undoneEventId);
            if (auto r = target.exec(); !r)
                return r.error();
            std::optional<Event> stamps;
            if (target.next()) {
                auto parsed = Json::eventFromJson(
                    QJsonDocument::fromJson(target.value(0).toString().toUtf8()).object());
                if (parsed)
                    stamps = parsed.value();
            }
            auto undone = Statement(db(),
                                    QStringLiteral("SELECT count(*) FROM events WHERE "
                                                   "ref_id = ? AND type = 'stamps.undone' "
                                                   "AND result = 'accepted'"))
                              .bind(undo->undoneEventId)
                              .scalar();
            if (!undone)
                return undone.error();
            context.undoTarget = undoTarget(event, stamps, undone->toInt() > 0);
        }
        if (const auto *attached = event.as<Events::VoucherCodeAttached>()) {
            auto holder = posCodeHolder(attached->code, batch);
            if (!holder)
                return holder.error();
            context.posCodeHolder = holder.value();
        }
        auto merged = Merge::apply(current->value_or(CardState{}), event, context);
        if (merged) {
            batch.cards.insert(event.cardId, merged.value());
            batch.changed.removeOne(event.cardId);
            batch.changed.append(event.cardId);
            result.card = std::move(merged).value();
        } else {
            result.kind = EventResult::Kind::Conflict;
            result.conflict = merged.error();
            result.card = *current;
        }
    }
    if (auto r = record(event, result, batch); !r)
        return r.error();
    return result;
}

StoreResult<QList<EventResult>> ServerStore::ingest(const QList<Event> &events)
{
    return sql::writeTransaction<QList<EventResult>>(
        db(), [&]() -> StoreResult<QList<EventResult>> {
            QList<EventResult> results;
            results.reserve(events.size());
            Batch batch;
            for (const Event &e : events) {
                auto r = applyOne(e, batch);
                if (!r)
                    return r.error();
                results.append(std::move(r).value());
            }
            // Each changed card once, with the next change number.
            for (const QString &id : std::as_const(batch.changed)) {
                if (auto r = saveCard(batch.cards.value(id), batch); !r)
                    return r.error();
            }
            return results;
        });
}

StoreResult<QStringList> ServerStore::check() const
{
    Statement rows(db(),
                   QStringLiteral("SELECT id, event, result, conflict FROM events "
                                  "ORDER BY seq"));
    if (auto r = rows.exec(); !r)
        return r.error();
    QStringList differences;
    Programme programmeThen = Programme::demo();
    QHash<QString, CardState> cards;
    QHash<QString, QString> posCodes;
    QHash<QString, Event> acceptedStamps;
    QSet<QString> undone;
    while (rows.next()) {
        const QString id = rows.value(0).toString();
        auto parsed = Json::eventFromJson(
            QJsonDocument::fromJson(rows.value(1).toString().toUtf8()).object());
        const bool accepted = rows.value(2).toString() == u"accepted";
        if (!parsed) {
            // A conflict may be a value out of range (a programme with goal
            // 0, say), which reading refuses just as the merge did.
            if (accepted)
                differences << QStringLiteral("event %1: unreadable: %2").arg(id, parsed.error());
            continue;
        }
        const Event &e = parsed.value();
        if (const auto *changed = e.as<Events::ProgrammeChanged>()) {
            if (accepted != !Rules::validate(changed->programme).has_value())
                differences << QStringLiteral("event %1: the programme's validity differs").arg(id);
            if (accepted)
                programmeThen = changed->programme;
            continue;
        }
        MergeContext context{programmeThen, std::nullopt, {}};
        if (const auto *undo = e.as<Events::StampsUndone>()) {
            const auto target = acceptedStamps.constFind(undo->undoneEventId);
            context.undoTarget = undoTarget(
                e, target == acceptedStamps.constEnd() ? std::nullopt : std::optional(*target),
                undone.contains(undo->undoneEventId));
        }
        if (const auto *attached = e.as<Events::VoucherCodeAttached>())
            context.posCodeHolder = posCodes.value(attached->code);
        auto merged = Merge::apply(cards.value(e.cardId), e, context);
        if (merged.ok() != accepted) {
            differences << QStringLiteral("event %1: recorded %2, the replay %3")
                               .arg(id, rows.value(2).toString(),
                                    merged ? QStringLiteral("accepts it")
                                           : QStringLiteral("refuses it: ")
                                            + merged.error().codeName());
        } else if (!accepted) {
            const QString code = QJsonDocument::fromJson(rows.value(3).toString().toUtf8())
                                     .object()
                                     .value(QStringLiteral("code"))
                                     .toString();
            if (code != merged.error().codeName())
                differences << QStringLiteral("event %1: recorded conflict %2, the replay %3")
                                   .arg(id, code, merged.error().codeName());
        }
        if (!accepted || !merged)
            continue;
        cards.insert(e.cardId, merged.value());
        for (const Voucher &v : merged->vouchers) {
            if (!v.posCode.isEmpty() && !posCodes.contains(v.posCode))
                posCodes.insert(v.posCode, v.id);
        }
        if (e.as<Events::StampsAdded>())
            acceptedStamps.insert(e.id, e);
        if (const auto *undo = e.as<Events::StampsUndone>())
            undone.insert(undo->undoneEventId);
    }

    Statement stored(db(), QStringLiteral("SELECT id FROM cards ORDER BY id"));
    if (auto r = stored.exec(); !r)
        return r.error();
    QSet<QString> seenCards;
    while (stored.next()) {
        const QString id = stored.value(0).toString();
        seenCards.insert(id);
        auto state = card(id);
        if (!state)
            return state.error();
        if (!cards.contains(id))
            differences << QStringLiteral("card %1: stored, but no accepted event made it").arg(id);
        else if (!(**state == cards.value(id)))
            differences
                << QStringLiteral("card %1: the stored state differs from the replay").arg(id);
    }
    for (auto it = cards.cbegin(); it != cards.cend(); ++it) {
        if (!seenCards.contains(it.key()))
            differences << QStringLiteral("card %1: replayed, but not stored").arg(it.key());
    }
    auto storedProgramme = programme();
    if (!storedProgramme)
        return storedProgramme.error();
    if (!(storedProgramme.value() == programmeThen))
        differences << QStringLiteral("the stored programme differs from the replay");
    return differences;
}

} // namespace stampdesk::server
