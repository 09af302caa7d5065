// SPDX-License-Identifier: Apache-2.0
// The register's side of sync (docs/sync.md): the link with the backend,
// the outbox (events not yet answered), the backend's answers, and pulled
// changes applied over this register's own unanswered events.
#include "core/json.h"
#include "replay.h"
#include "rows.h"
#include "sql.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace stampdesk {

namespace {

using namespace Qt::StringLiterals;
using sql::Statement;
using sql::writeTransaction;

constexpr QLatin1StringView linkColumns{
    "server_url, token, ca_pem, shop_name, cursor, paired_at, last_success_at, last_error, "
    "last_error_at"};

// The columns of sql::eventColumns: what a query selects after them starts here.
int eventColumnCount()
{
    return int(sql::eventColumns.count(u',') + 1);
}

QString resultName(PushResult::Kind kind)
{
    switch (kind) {
    case PushResult::Kind::Accepted:
        return u"accepted"_s;
    case PushResult::Kind::Duplicate:
        return u"duplicate"_s;
    case PushResult::Kind::Conflict:
        return u"conflict"_s;
    }
    return {};
}

// The end of the answered part of the ledger: every event up to it is in
// the backend's state, or was refused there (events are pushed in order).
// Not simply the newest synced event: a programme the backend sent is
// recorded as synced after events still waiting to be sent.
StoreResult<qint64> answeredThrough(const QSqlDatabase &db)
{
    auto seq = sql::scalar(db,
                           u"SELECT COALESCE((SELECT MIN(seq) FROM events WHERE synced = 0) "
                           "- 1, (SELECT MAX(seq) FROM events), 0)"_s);
    if (!seq)
        return seq.error();
    return seq->toLongLong();
}

StoreResult<std::optional<Event>> eventById(const QSqlDatabase &db, const QString &id)
{
    Statement q(db, u"SELECT %1 FROM events WHERE id = ?"_s.arg(sql::eventColumns));
    q.bind(id);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return std::optional<Event>();
    auto e = sql::eventFromRow(q.query());
    if (!e)
        return e.error();
    return std::optional<Event>(std::move(e).value());
}

// SQLite's settings while a pulled page is applied, put back afterwards.
// Card ids are random, so a page of cards changes pages all over the
// cards' and baselines' indexes (thousands of them late in a big pull):
// - a page cache of 64 MiB instead of 2 MiB holds them until the commit
//   instead of writing them to the WAL before it, some of them several times;
// - a checkpoint every 10,000 WAL pages (40 MiB) instead of every 1,000
//   copies an index page into the database once for several pulled pages
//   instead of once for each.
// The checkpoint of what the pull wrote then happens at the connection's
// next commit (recording the round's outcome, in the sync engine).
class PullSettings
{
public:
    explicit PullSettings(const QSqlDatabase &db)
        : m_db(db)
    { }
    ~PullSettings()
    {
        if (m_cacheSize)
            (void)sql::exec(m_db, u"PRAGMA cache_size = %1"_s.arg(*m_cacheSize));
        if (m_autoCheckpoint)
            (void)sql::exec(m_db, u"PRAGMA wal_autocheckpoint = %1"_s.arg(*m_autoCheckpoint));
    }
    PullSettings(const PullSettings &) = delete;
    PullSettings &operator=(const PullSettings &) = delete;

    StoreResult<Done> apply()
    {
        auto cacheSize = sql::scalar(m_db, u"PRAGMA cache_size"_s);
        if (!cacheSize)
            return cacheSize.error();
        if (auto r = sql::exec(m_db, u"PRAGMA cache_size = -65536"_s); !r)
            return r;
        m_cacheSize = cacheSize->toLongLong();
        auto autoCheckpoint = sql::scalar(m_db, u"PRAGMA wal_autocheckpoint"_s);
        if (!autoCheckpoint)
            return autoCheckpoint.error();
        if (auto r = sql::exec(m_db, u"PRAGMA wal_autocheckpoint = 10000"_s); !r)
            return r;
        m_autoCheckpoint = autoCheckpoint->toLongLong();
        return Done{};
    }

private:
    QSqlDatabase m_db;
    std::optional<qint64> m_cacheSize;
    std::optional<qint64> m_autoCheckpoint;
};

} // namespace

StoreResult<std::optional<SyncLink>> Store::syncLink() const
{
    Statement q(db(), u"SELECT %1 FROM sync_link WHERE id = 1"_s.arg(linkColumns));
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return std::optional<SyncLink>();
    SyncLink link;
    link.serverUrl = q.value(0).toString();
    link.token = q.value(1).toString();
    link.caPem = q.value(2).toString().toUtf8();
    link.shopName = q.value(3).toString();
    link.cursor = q.value(4).toString();
    link.pairedAt = sql::toTime(q.value(5));
    link.lastSuccessAt = sql::toOptionalTime(q.value(6));
    link.lastError = q.value(7).toString();
    link.lastErrorAt = sql::toOptionalTime(q.value(8));
    return std::optional<SyncLink>(std::move(link));
}

StoreResult<Done> Store::pair(const SyncLink &link, quint16 shop, const QList<PublicKey> &keys)
{
    const QSqlDatabase d = db();
    auto done = writeTransaction<Done>(d, [&]() -> StoreResult<Done> {
        auto r = Statement(d,
                           u"INSERT OR REPLACE INTO sync_link (id, server_url, token, ca_pem, "
                           "shop_name, cursor, paired_at) VALUES (1, ?, ?, ?, ?, '', ?)"_s)
                     .bindAll({link.serverUrl, link.token, QString::fromUtf8(link.caPem),
                               link.shopName, sql::fromTime(now())})
                     .exec();
        if (!r)
            return r;
        // The register adopts the shop's programme: changes made here
        // before pairing (the demo programme of a new register, at least)
        // stay in the ledger but are not sent, or they would replace it.
        r = Statement(d,
                      u"INSERT OR IGNORE INTO sync_results (event_id, result, answered_at) "
                      "SELECT id, 'not-sent', ? FROM events "
                      "WHERE synced = 0 AND type = 'programme.changed'"_s)
                .bind(sql::fromTime(now()))
                .exec();
        if (r)
            r = Statement(d,
                          u"UPDATE events SET synced = 1 "
                          "WHERE synced = 0 AND type = 'programme.changed'"_s)
                    .exec();
        if (!r)
            return r;
        r = Statement(d, u"UPDATE meta SET value = ? WHERE key = 'shop'"_s)
                .bind(QString::number(shop))
                .exec();
        if (!r)
            return r;
        for (const PublicKey &key : keys) {
            if (key.id.shop != shop)
                continue;
            // The backend's keys replace what this register knew under
            // those numbers: the backend is the issuer now.
            r = Statement(d,
                          u"INSERT INTO keys (shop, number, public_key, seed, added_at) "
                          "VALUES (?, ?, ?, NULL, ?) ON CONFLICT (shop, number) DO UPDATE SET "
                          "public_key = excluded.public_key, seed = NULL, "
                          "added_at = excluded.added_at"_s)
                    .bindAll(
                        {int(key.id.shop), int(key.id.number), key.bytes, sql::fromTime(now())})
                    .exec();
            if (!r)
                return r;
        }
        return Done{};
    });
    if (done)
        m_register.shop = shop;
    return done;
}

StoreResult<Done> Store::unpair()
{
    return writeTransaction<Done>(
        db(), [&] { return Statement(db(), u"DELETE FROM sync_link"_s).exec(); });
}

StoreResult<Done> Store::trustKeys(const QList<PublicKey> &keys)
{
    for (const PublicKey &key : keys) {
        if (key.id.shop != m_register.shop)
            continue;
        if (auto r = addPublicKey(key); !r)
            return r;
    }
    return Done{};
}

StoreResult<QList<Event>> Store::pendingEvents(int limit) const
{
    Statement q(
        db(),
        u"SELECT %1 FROM events WHERE synced = 0 ORDER BY seq LIMIT ?"_s.arg(sql::eventColumns));
    q.bind(limit);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<Event> out;
    while (q.next()) {
        auto e = sql::eventFromRow(q.query());
        if (!e)
            return e.error();
        out.append(std::move(e).value());
    }
    return out;
}

StoreResult<Done> Store::recordPushResults(const QList<PushResult> &results)
{
    return writeTransaction<Done>(db(), [&] { return keepPushResults(results); });
}

StoreResult<Done> Store::keepPushResults(const QList<PushResult> &results)
{
    const QSqlDatabase d = db();
    Statement mark(d, u"UPDATE events SET synced = 1 WHERE id = ?"_s);
    Statement keep(d,
                   u"INSERT OR REPLACE INTO sync_results (event_id, result, conflict_code, "
                   "conflict_detail, conflict_at, answered_at) "
                   "SELECT id, ?, ?, ?, ?, ? FROM events WHERE id = ?"_s);
    for (const PushResult &result : results) {
        const Refusal *why = result.conflict ? &*result.conflict : nullptr;
        keep.bindAll({resultName(result.kind), why ? why->codeName() : QString(),
                      why ? why->detail : QString(), why ? sql::fromTime(why->when) : QVariant(),
                      sql::fromTime(now()), result.eventId});
        if (auto r = keep.exec(); !r)
            return r;
        mark.bind(result.eventId);
        if (auto r = mark.exec(); !r)
            return r;
    }
    return Done{};
}

StoreResult<PullApplied> Store::applyPulledPage(const PulledPage &page)
{
    const QSqlDatabase d = db();
    PullSettings settings(d);
    if (auto r = settings.apply(); !r)
        return r.error();
    return writeTransaction<PullApplied>(d, [&]() -> StoreResult<PullApplied> {
        PullApplied applied;
        auto through = answeredThrough(d);
        if (!through)
            return through.error();

        if (page.programme) {
            // A change made here that the backend has not answered wins
            // until it is sent; the backend's next page brings the result.
            auto pending = sql::scalar(d,
                                       u"SELECT EXISTS (SELECT 1 FROM events WHERE synced = 0 "
                                       "AND type = 'programme.changed')"_s);
            if (!pending)
                return pending.error();
            auto current = programme();
            if (!current)
                return current.error();
            if (!pending->toBool() && !(current.value() == *page.programme)) {
                // Recorded as a ledger event that is already synced (it
                // came from the backend), so the ledger says which
                // programme was in force for every later event.
                Context fromBackend{now(), Actor{{}, {}, {}}, {}};
                auto event = Rules::changeProgramme(*page.programme, fromBackend);
                if (!event)
                    return StoreError::refused(event.error());
                auto r = Statement(d,
                                   u"UPDATE programme SET data = ?, changed_at = ? "
                                   "WHERE id = 1"_s)
                             .bindAll({rows::jsonText(Json::toJson(*page.programme)),
                                       sql::fromTime(event->at)})
                             .exec();
                if (r)
                    r = rows::insertEvent(d, event.value());
                if (r)
                    r = Statement(d, u"UPDATE events SET synced = 1 WHERE id = ?"_s)
                            .bind(event->id)
                            .exec();
                if (!r)
                    return r.error();
                applied.programme = true;
            }
        }

        // Everything below runs once per card: its statements are prepared
        // once for the page (preparing costs more than running them).
        Statement pendingOfCard(
            d,
            u"SELECT %1, seq FROM events WHERE (card_id = ? OR type = 'programme.changed') "
            "AND seq > ? ORDER BY seq"_s.arg(sql::eventColumns));
        Statement firstPendingProgramme(
            d,
            u"SELECT data FROM events WHERE type = 'programme.changed' AND seq < ? "
            "ORDER BY seq DESC LIMIT 1"_s);
        Statement baseline(d,
                           u"INSERT OR REPLACE INTO baselines (card_id, state, through_seq) "
                           "VALUES (?, ?, ?)"_s);
        Statement dropVouchers(d,
                               u"DELETE FROM vouchers WHERE card_id = ? AND id NOT IN "
                               "(SELECT value FROM json_each(?))"_s);
        Statement upsertCard = rows::cardUpsert(d);
        Statement upsertVoucher = rows::voucherUpsert(d);

        // The cards with unanswered events, asked once for the page: only
        // those have anything to replay (few, and none in a fresh register).
        QSet<QString> withPending;
        Statement pendingCards(d,
                               u"SELECT DISTINCT card_id FROM events WHERE seq > ? "
                               "AND card_id IS NOT NULL"_s);
        pendingCards.bind(through.value());
        if (auto r = pendingCards.exec(); !r)
            return r.error();
        while (pendingCards.next())
            withPending.insert(pendingCards.value(0).toString());

        // A pulled card replaces its vouchers, so those it no longer has are
        // removed. A register without any voucher before this page (a fresh
        // one pulling the shop) has none to remove, unless the page names a
        // card twice: its earlier copy's are then in `written`.
        auto anyVouchers = sql::scalar(d, u"SELECT EXISTS (SELECT 1 FROM vouchers)"_s);
        if (!anyVouchers)
            return anyVouchers.error();
        const bool hadVouchers = anyVouchers->toBool();
        QSet<QString> written;

        const bool asSent = page.cardsJson.size() == page.cards.size();
        for (qsizetype i = 0; i < page.cards.size(); ++i) {
            const CardState &pulled = page.cards.at(i);
            CardState state = pulled;
            if (withPending.contains(pulled.card.id)) {
                // The card's unanswered events, and the programme changes
                // among them (each event is replayed under its own
                // programme), as check() replays them.
                pendingOfCard.bindAll({pulled.card.id, through.value()});
                if (auto r = pendingOfCard.exec(); !r)
                    return r.error();
                QList<Event> pending;
                qint64 firstSeq = 0;
                while (pendingOfCard.next()) {
                    if (firstSeq == 0)
                        firstSeq = pendingOfCard.value(eventColumnCount()).toLongLong();
                    auto e = sql::eventFromRow(pendingOfCard.query());
                    if (!e)
                        return e.error();
                    pending.append(std::move(e).value());
                }
                firstPendingProgramme.bind(firstSeq);
                auto data = firstPendingProgramme.scalar();
                if (!data)
                    return data.error();
                auto inForce =
                    Json::programmeFromJson(QJsonDocument::fromJson(data->toByteArray()).object());
                Replay replay(inForce ? inForce.value() : Programme::demo(),
                              [&](const QString &id) { return eventById(d, id); });
                for (const Event &e : pending) {
                    if (auto r = replay.apply(state, e); !r)
                        return r.error(); // nothing of the page is kept
                }
            }

            if (auto r = rows::upsertCard(upsertCard, state.card); !r)
                return r.error();
            for (const Voucher &v : state.vouchers) {
                if (auto r = rows::upsertVoucher(upsertVoucher, v); !r)
                    return r.error();
            }
            if (hadVouchers || written.contains(state.card.id)) {
                QJsonArray keepIds;
                for (const Voucher &v : state.vouchers)
                    keepIds.append(v.id);
                dropVouchers.bindAll(
                    {state.card.id,
                     QString::fromUtf8(QJsonDocument(keepIds).toJson(QJsonDocument::Compact))});
                if (auto r = dropVouchers.exec(); !r)
                    return r.error();
            }
            written.insert(state.card.id);
            // The baseline is the backend's state as it came: the text it sent
            // when the page has it (writing every card as JSON again took
            // about a fifth of a pull, by perf), else the card written as
            // JSON. Both read back as `pulled`: check() rebuilds from it.
            const QString baselineText = asSent ? QString::fromUtf8(page.cardsJson.at(i))
                                                : rows::jsonText(Json::toJson(pulled, now()));
            baseline.bindAll({pulled.card.id, baselineText, through.value()});
            if (auto r = baseline.exec(); !r)
                return r.error();
            ++applied.cards;
        }

        auto r = Statement(d, u"UPDATE sync_link SET cursor = ? WHERE id = 1"_s)
                     .bind(page.cursor)
                     .exec();
        if (!r)
            return r.error();
        return applied;
    });
}

StoreResult<Done> Store::recordSyncOutcome(const QString &error)
{
    const QSqlDatabase d = db();
    return writeTransaction<Done>(d, [&] {
        if (error.isEmpty())
            return Statement(d,
                             u"UPDATE sync_link SET last_success_at = ?, last_error = '', "
                             "last_error_at = NULL WHERE id = 1"_s)
                .bind(sql::fromTime(now()))
                .exec();
        return Statement(d,
                         u"UPDATE sync_link SET last_error = ?, last_error_at = ? "
                         "WHERE id = 1"_s)
            .bindAll({error, sql::fromTime(now())})
            .exec();
    });
}

StoreResult<QList<SyncConflict>> Store::conflicts(bool unseenOnly) const
{
    Statement q(db(),
                u"SELECT %1, r.conflict_code, r.conflict_detail, r.conflict_at, "
                "r.answered_at, r.seen_at FROM sync_results r JOIN events e "
                "ON e.id = r.event_id WHERE r.result = 'conflict' %2 "
                "ORDER BY r.answered_at DESC, e.seq DESC"_s.arg(
                    sql::eventColumns, unseenOnly ? u"AND r.seen_at IS NULL"_s : QString()));
    if (auto r = q.exec(); !r)
        return r.error();
    QList<SyncConflict> out;
    const int columns = eventColumnCount();
    while (q.next()) {
        auto e = sql::eventFromRow(q.query());
        if (!e)
            return e.error();
        const QString code = q.value(columns).toString();
        const auto known = Refusal::codeFromName(code);
        Refusal reason{known.value_or(Refusal::Code::UnknownEvent),
                       known ? q.value(columns + 1).toString() : code,
                       sql::toOptionalTime(q.value(columns + 2)), 0};
        out.append(SyncConflict{std::move(e).value(), std::move(reason),
                                sql::toTime(q.value(columns + 3)), !q.value(columns + 4).isNull()});
    }
    return out;
}

StoreResult<Done> Store::markConflictsSeen()
{
    return writeTransaction<Done>(db(), [&] {
        return Statement(db(),
                         u"UPDATE sync_results SET seen_at = ? WHERE result = 'conflict' "
                         "AND seen_at IS NULL"_s)
            .bind(sql::fromTime(now()))
            .exec();
    });
}

} // namespace stampdesk
