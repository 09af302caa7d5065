// SPDX-License-Identifier: Apache-2.0
#include "schema.h"

#include "core/keys.h"
#include "core/text.h"
#include "sql.h"

#include <QRandomGenerator>

#include <algorithm>
#include <functional>

namespace stampdesk::schema {

namespace {

using Step = std::function<StoreResult<Done>(const QSqlDatabase &)>;

StoreResult<Done> run(const QSqlDatabase &db, std::initializer_list<const char *> statements)
{
    for (const char *s : statements) {
        if (auto r = sql::exec(db, QString::fromUtf8(s)); !r)
            return r;
    }
    return Done{};
}

// Version 1: the ledger and the state projected from it.
StoreResult<Done> version1(const QSqlDatabase &db)
{
    return run(db,
               {
                   R"(CREATE TABLE meta (
               key TEXT PRIMARY KEY,
               value TEXT NOT NULL
           ) STRICT)",
                   R"(CREATE TABLE programme (
               id INTEGER PRIMARY KEY CHECK (id = 1),
               data TEXT NOT NULL,
               changed_at INTEGER NOT NULL
           ) STRICT)",
                   R"(CREATE TABLE cards (
               id TEXT PRIMARY KEY,
               name TEXT NOT NULL DEFAULT '',
               phone TEXT NOT NULL DEFAULT '',
               stamps INTEGER NOT NULL,
               cycles INTEGER NOT NULL,
               last_cycle INTEGER NOT NULL,
               lifetime_stamps INTEGER NOT NULL,
               last_stamp_at INTEGER,
               status TEXT NOT NULL CHECK (status IN ('active', 'blocked')),
               created_at INTEGER NOT NULL
           ) STRICT)",
                   R"(CREATE TABLE vouchers (
               id TEXT PRIMARY KEY,
               card_id TEXT NOT NULL REFERENCES cards (id),
               cycle INTEGER NOT NULL,
               goal INTEGER NOT NULL,
               reward TEXT NOT NULL,
               mode TEXT NOT NULL,
               location TEXT NOT NULL DEFAULT '',
               code TEXT NOT NULL UNIQUE,
               issued_at INTEGER NOT NULL,
               expires_at INTEGER,
               state TEXT NOT NULL CHECK (state IN ('issued', 'redeemed', 'voided')),
               redeemed_at INTEGER,
               redeemed_by TEXT NOT NULL DEFAULT '',
               redeemed_register TEXT NOT NULL DEFAULT '',
               voided_at INTEGER,
               void_reason TEXT NOT NULL DEFAULT '',
               reopened INTEGER NOT NULL DEFAULT 0,
               UNIQUE (card_id, cycle)
           ) STRICT)",
                   // The ledger. `synced` marks what the backend has accepted, so the
                   // outbox is this table itself and can never disagree with it.
                   R"(CREATE TABLE events (
               seq INTEGER PRIMARY KEY AUTOINCREMENT,
               id TEXT NOT NULL UNIQUE,
               type TEXT NOT NULL,
               at INTEGER NOT NULL,
               card_id TEXT,
               voucher_id TEXT,
               staff TEXT NOT NULL DEFAULT '',
               register_id TEXT NOT NULL DEFAULT '',
               ref_id TEXT,
               data TEXT NOT NULL,
               synced INTEGER NOT NULL DEFAULT 0
           ) STRICT)",
                   "CREATE INDEX events_card ON events (card_id, seq)",
                   "CREATE INDEX events_at ON events (at)",
                   "CREATE INDEX events_ref ON events (ref_id) WHERE ref_id IS NOT NULL",
                   "CREATE INDEX events_unsynced ON events (seq) WHERE synced = 0",
                   "CREATE INDEX vouchers_card ON vouchers (card_id, cycle)",
                   // Append-only: the database itself refuses to forget or rewrite.
                   R"(CREATE TRIGGER events_no_delete BEFORE DELETE ON events
           BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END)",
                   R"(CREATE TRIGGER events_no_rewrite BEFORE UPDATE ON events
           WHEN NEW.seq IS NOT OLD.seq OR NEW.id IS NOT OLD.id OR NEW.type IS NOT OLD.type
             OR NEW.at IS NOT OLD.at OR NEW.card_id IS NOT OLD.card_id
             OR NEW.voucher_id IS NOT OLD.voucher_id OR NEW.staff IS NOT OLD.staff
             OR NEW.register_id IS NOT OLD.register_id OR NEW.ref_id IS NOT OLD.ref_id
             OR NEW.data IS NOT OLD.data OR (OLD.synced = 1 AND NEW.synced = 0)
           BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END)",
               });
}

// Version 2: search keys, so a card is found by phone or name (accents
// ignored) through an index instead of by reading every card.
StoreResult<Done> version2(const QSqlDatabase &db)
{
    auto r = run(db,
                 {
                     "ALTER TABLE cards ADD COLUMN name_folded TEXT NOT NULL DEFAULT ''",
                     "ALTER TABLE cards ADD COLUMN phone_digits TEXT NOT NULL DEFAULT ''",
                     "ALTER TABLE cards ADD COLUMN phone_reversed TEXT NOT NULL DEFAULT ''",
                 });
    if (!r)
        return r;

    // The keys are computed in C++ (Unicode folding), card by card.
    QList<std::tuple<QString, QString, QString>> cards;
    sql::Statement select(db, QStringLiteral("SELECT id, name, phone FROM cards"));
    if (auto e = select.exec(); !e)
        return e;
    while (select.next())
        cards.append(
            {select.value(0).toString(), select.value(1).toString(), select.value(2).toString()});
    sql::Statement update(db,
                          QStringLiteral("UPDATE cards SET name_folded = ?, phone_digits = ?, "
                                         "phone_reversed = ? WHERE id = ?"));
    for (const auto &[id, name, phone] : cards) {
        const SearchKeys keys = searchKeys(name, phone);
        update.bindAll({keys.nameFolded, keys.phoneDigits, keys.phoneReversed, id});
        if (auto e = update.exec(); !e)
            return e;
    }
    return run(
        db,
        {
            "CREATE INDEX cards_phone_digits ON cards (phone_digits) WHERE phone_digits != ''",
            "CREATE INDEX cards_phone_reversed ON cards (phone_reversed) WHERE phone_reversed != "
            "''",
            "CREATE INDEX cards_name_folded ON cards (name_folded)",
        });
}

// Version 3: the keys of signed card and voucher codes (docs/payloads.md).
// The register trusts the public keys of its shop; it keeps a private seed
// only where it is its own issuer (a shop without a backend). Every
// database gets a random shop id and a first signing key, so that it can
// show signed codes at once; a backend later brings its own keys.
StoreResult<Done> version3(const QSqlDatabase &db)
{
    auto r = run(db,
                 {
                     R"(CREATE TABLE keys (
               shop INTEGER NOT NULL CHECK (shop BETWEEN 0 AND 65535),
               number INTEGER NOT NULL CHECK (number BETWEEN 0 AND 255),
               public_key BLOB NOT NULL CHECK (length(public_key) = 32),
               seed BLOB CHECK (seed IS NULL OR length(seed) = 32),
               added_at INTEGER NOT NULL,
               PRIMARY KEY (shop, number)
           ) STRICT)",
                 });
    if (!r)
        return r;
    const auto shop = quint16(1 + QRandomGenerator::system()->bounded(65535));
    const SigningKey key = SigningKey::generate(KeyId{shop, 1});
    if (auto e = sql::Statement(db, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"))
                     .bindAll({QStringLiteral("shop"), QString::number(shop)})
                     .exec();
        !e)
        return e;
    return sql::Statement(db,
                          QStringLiteral("INSERT INTO keys (shop, number, public_key, seed, "
                                         "added_at) VALUES (?, ?, ?, ?, ?)"))
        .bindAll({int(shop), int(key.id().number), key.publicKey().bytes, key.seed(),
                  sql::fromTime(QDateTime::currentDateTimeUtc())})
        .exec();
}

// Version 4 (issue 5): the people at the register, its settings, and the
// redeem codes a POS made. None of this is in the ledger: staff changes and
// PIN attempts are the register's own business (a PIN hash must never leave
// the register through sync); the ledger records staff by name, as before.
// A voucher's POS code is in the ledger (voucher.code-attached) and projected
// into vouchers.pos_code; pos_codes is the stock those codes come from.
StoreResult<Done> version4(const QSqlDatabase &db)
{
    return run(db,
               {
                   R"(CREATE TABLE staff (
               id TEXT PRIMARY KEY,
               name TEXT NOT NULL CHECK (name != ''),
               role TEXT NOT NULL CHECK (role IN ('cashier', 'manager')),
               active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
               pin TEXT NOT NULL,
               failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
               locked_until INTEGER,
               added_at INTEGER NOT NULL
           ) STRICT)",
                   // Two active members under one name could not be told apart
                   // in the ledger. (The store also compares beyond ASCII case.)
                   "CREATE UNIQUE INDEX staff_active_name ON staff (name COLLATE NOCASE) "
                   "WHERE active = 1",
                   R"(CREATE TABLE settings (
               key TEXT PRIMARY KEY,
               value TEXT NOT NULL
           ) STRICT)",
                   R"(CREATE TABLE pos_codes (
               seq INTEGER PRIMARY KEY AUTOINCREMENT,
               code TEXT NOT NULL UNIQUE,
               imported_at INTEGER NOT NULL,
               imported_by TEXT NOT NULL DEFAULT '',
               voucher_id TEXT REFERENCES vouchers (id),
               attached_at INTEGER
           ) STRICT)",
                   "CREATE INDEX pos_codes_available ON pos_codes (seq) WHERE voucher_id IS NULL",
                   "ALTER TABLE vouchers ADD COLUMN pos_code TEXT NOT NULL DEFAULT ''",
                   // Not unique: two registers that imported the same file may
                   // attach one code twice while offline; the ledger keeps both.
                   "CREATE INDEX vouchers_pos_code ON vouchers (pos_code) WHERE pos_code != ''",
               });
}

// Version 5 (issue 6): the link with the shop's backend (docs/sync.md).
// The outbox stays the events table (synced = 1 once the backend answered);
// sync_results keeps what it answered for each event, so that a conflict
// is shown to staff and never lost. A card the backend sent is kept as the
// backend's state (baselines) plus this register's events after through_seq,
// replayed through the merge: that is how check() rebuilds it. A programme
// the backend sends is a programme.changed event in this ledger (already
// synced: it came from there), so the ledger still says which programme was
// in force for every event.
StoreResult<Done> version5(const QSqlDatabase &db)
{
    return run(db,
               {
                   R"(CREATE TABLE sync_link (
               id INTEGER PRIMARY KEY CHECK (id = 1),
               server_url TEXT NOT NULL,
               token TEXT NOT NULL,
               ca_pem TEXT NOT NULL DEFAULT '',
               shop_name TEXT NOT NULL DEFAULT '',
               cursor TEXT NOT NULL DEFAULT '',
               paired_at INTEGER NOT NULL,
               last_success_at INTEGER,
               last_error TEXT NOT NULL DEFAULT '',
               last_error_at INTEGER
           ) STRICT)",
                   R"(CREATE TABLE sync_results (
               event_id TEXT PRIMARY KEY REFERENCES events (id),
               result TEXT NOT NULL
                   CHECK (result IN ('accepted', 'duplicate', 'conflict', 'not-sent')),
               conflict_code TEXT NOT NULL DEFAULT '',
               conflict_detail TEXT NOT NULL DEFAULT '',
               conflict_at INTEGER,
               answered_at INTEGER NOT NULL,
               seen_at INTEGER
           ) STRICT)",
                   "CREATE INDEX sync_conflicts ON sync_results (answered_at) "
                   "WHERE result = 'conflict'",
                   R"(CREATE TABLE baselines (
               card_id TEXT PRIMARY KEY REFERENCES cards (id),
               state TEXT NOT NULL,
               through_seq INTEGER NOT NULL
           ) STRICT)",
               });
}

const std::vector<Step> &steps()
{
    // steps()[n - 1] migrates from version n - 1 to n. Never edit a step
    // that has shipped: add a new one (tests/data holds a database of every
    // earlier version to keep us honest).
    static const std::vector<Step> s{version1, version2, version3, version4, version5};
    return s;
}

} // namespace

StoreResult<Done> migrate(const QSqlDatabase &db, int from, int to)
{
    Q_ASSERT(to <= int(steps().size()));
    for (int v = from + 1; v <= to; ++v) {
        if (auto r = steps()[std::size_t(v - 1)](db); !r)
            return r;
    }
    return sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(to));
}

SearchKeys searchKeys(const QString &name, const QString &phone)
{
    SearchKeys k;
    k.nameFolded = Text::foldForSearch(name);
    k.phoneDigits = Text::phoneDigits(phone);
    k.phoneReversed = k.phoneDigits;
    std::reverse(k.phoneReversed.begin(), k.phoneReversed.end());
    return k;
}

} // namespace stampdesk::schema
