// SPDX-License-Identifier: Apache-2.0
#include "serverstore.h"

#include "core/ids.h"
#include "core/json.h"
#include "core/rules.h"
#include "store/sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <atomic>

namespace stampdesk::server {

namespace {

using sql::Statement;
using sql::writeTransaction;

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("stampdesk-server-%1").arg(++counter);
}

StoreError failure(StoreError::Kind kind, const QString &subject, const QString &detail = {})
{
    StoreError e;
    e.kind = kind;
    e.subject = subject;
    e.detail = detail;
    return e;
}

// Looks at an existing file through a read-only connection of its own, so
// that a file which is refused is not changed at all.
StoreResult<Done> inspect(const QSqlDatabase &db, const QString &path)
{
    const auto asOpenError = [&path](StoreError e) {
        if (e.kind == StoreError::Kind::Corrupt && e.detail.contains(u"not a database"))
            e.kind = StoreError::Kind::NotADatabase;
        e.subject = path;
        return e;
    };
    auto appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return asOpenError(appId.error());
    auto objects = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!objects)
        return asOpenError(objects.error());
    auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return asOpenError(version.error());
    if (appId->toUInt() != ServerStore::applicationId) {
        if (objects->toInt() == 0)
            return Done{}; // an empty database: ours to set up
        return failure(StoreError::Kind::ForeignDatabase, path);
    }
    if (version->toInt() > ServerStore::schemaVersion)
        return failure(StoreError::Kind::TooNew, path);
    auto check = sql::scalar(db, QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return asOpenError(check.error());
    if (check->toString() != u"ok")
        return failure(StoreError::Kind::Corrupt, path, check->toString());
    return Done{};
}

StoreResult<Done> probe(const QString &path)
{
    // Reading a WAL file creates its -wal and -shm even read-only; when the
    // file is refused, the empty ones made here are taken away again.
    QStringList madeHere;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(path + suffix))
            madeHere << path + suffix;
    }
    const QString name = newConnectionName();
    StoreResult<Done> result = Done{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            result = failure(StoreError::Kind::CannotOpen, path, db.lastError().text());
        } else {
            result = inspect(db, path);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!result && QFileInfo(path + QStringLiteral("-wal")).size() == 0) {
        for (const QString &file : madeHere)
            QFile::remove(file);
    }
    return result;
}

StoreResult<Done> run(const QSqlDatabase &db, std::initializer_list<const char *> statements)
{
    for (const char *s : statements) {
        if (auto r = sql::exec(db, QString::fromUtf8(s)); !r)
            return r;
    }
    return Done{};
}

// The backend's schema, version 1. Cards are kept whole as JSON (the form
// they travel in); the indexes find a voucher's card and a POS code's voucher.
StoreResult<Done> createSchema(const QSqlDatabase &db)
{
    return run(db,
               {
                   "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT",
                   "CREATE TABLE keys (number INTEGER PRIMARY KEY CHECK (number BETWEEN 0 "
                   "AND 255), seed BLOB NOT NULL, created_at INTEGER NOT NULL) STRICT",
                   "CREATE TABLE registers (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                   "token_hash TEXT NOT NULL UNIQUE, paired_at INTEGER NOT NULL, "
                   "revoked_at INTEGER) STRICT",
                   "CREATE TABLE pairing_codes (hash TEXT PRIMARY KEY, "
                   "created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, "
                   "used_at INTEGER, used_by TEXT) STRICT",
                   "CREATE TABLE programme (id INTEGER PRIMARY KEY CHECK (id = 1), "
                   "data TEXT NOT NULL, change INTEGER NOT NULL) STRICT",
                   // expires: the earliest expiry of a voucher that was issued when
                   // the state was stored; from then on the stored text is stale.
                   "CREATE TABLE cards (id TEXT PRIMARY KEY, state TEXT NOT NULL, "
                   "change INTEGER NOT NULL UNIQUE, expires INTEGER) STRICT",
                   "CREATE TABLE vouchers (id TEXT PRIMARY KEY, card_id TEXT NOT NULL) STRICT",
                   "CREATE TABLE pos_codes (code TEXT PRIMARY KEY, voucher_id TEXT NOT NULL) "
                   "STRICT",
                   // Every event ever received: the id is the idempotency key forever.
                   "CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                   "id TEXT NOT NULL UNIQUE, register_id TEXT NOT NULL, "
                   "received_at INTEGER NOT NULL, type TEXT NOT NULL, card_id TEXT, "
                   "ref_id TEXT, event TEXT NOT NULL, "
                   "result TEXT NOT NULL CHECK (result IN ('accepted', 'conflict')), "
                   "conflict TEXT) STRICT",
                   "CREATE INDEX events_ref ON events (ref_id) WHERE ref_id IS NOT NULL",
               });
}

StoreResult<Done> setMeta(const QSqlDatabase &db, const QString &key, const QVariant &value)
{
    return Statement(db,
                     QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        .bindAll({key, value.toString()})
        .exec();
}

StoreResult<QVariant> meta(const QSqlDatabase &db, const QString &key)
{
    return Statement(db, QStringLiteral("SELECT value FROM meta WHERE key = ?")).bind(key).scalar();
}

StoreResult<Done> insertKey(const QSqlDatabase &db, const SigningKey &key, const QDateTime &now)
{
    return Statement(db,
                     QStringLiteral("INSERT INTO keys (number, seed, created_at) VALUES (?, ?, ?)"))
        .bindAll({int(key.id().number), key.seed(), sql::fromTime(now)})
        .exec();
}

// A brand-new database: a random shop id, the first signing key and the
// demo programme (change number 1, so that the first pull brings it).
StoreResult<Done> seed(const QSqlDatabase &db, const QDateTime &now)
{
    const auto shop = quint16(QRandomGenerator::system()->bounded(1, 65536));
    const QString programme = QString::fromUtf8(
        QJsonDocument(Json::toJson(Programme::demo())).toJson(QJsonDocument::Compact));
    for (auto r :
         {sql::exec(db,
                    QStringLiteral("PRAGMA application_id = %1").arg(ServerStore::applicationId)),
          setMeta(db, QStringLiteral("shop"), shop),
          setMeta(db, QStringLiteral("shop_name"), QStringLiteral("Stampdesk shop")),
          setMeta(db, QStringLiteral("change_counter"), 1),
          insertKey(db, SigningKey::generate(KeyId{shop, 1}), now),
          Statement(db,
                    QStringLiteral("INSERT INTO programme (id, data, change) "
                                   "VALUES (1, ?, 1)"))
              .bind(programme)
              .exec(),
          sql::exec(db,
                    QStringLiteral("PRAGMA user_version = %1").arg(ServerStore::schemaVersion))}) {
        if (!r)
            return r;
    }
    return Done{};
}

} // namespace

QString wireName(EventResult::Kind kind)
{
    switch (kind) {
    case EventResult::Kind::Accepted:
        return QStringLiteral("accepted");
    case EventResult::Kind::Duplicate:
        return QStringLiteral("duplicate");
    case EventResult::Kind::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

ServerStore::ServerStore(QString connection, QString path)
    : m_connection(std::move(connection))
    , m_path(std::move(path))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

ServerStore::~ServerStore()
{
    db().close();
    QSqlDatabase::removeDatabase(m_connection);
}

StoreResult<std::unique_ptr<ServerStore>> ServerStore::open(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            return failure(StoreError::Kind::CannotOpen, path, QStringLiteral("not a file"));
        if (auto checked = probe(path); !checked)
            return checked.error();
    } else if (!info.absoluteDir().exists()) {
        return failure(StoreError::Kind::CannotOpen, path,
                       QStringLiteral("the folder %1 does not exist").arg(info.absolutePath()));
    }
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            const QString detail = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return failure(StoreError::Kind::CannotOpen, path, detail);
        }
    }
    std::unique_ptr<ServerStore> store(new ServerStore(name, path));
    if (auto ready = store->initialise(); !ready) {
        StoreError e = ready.error();
        e.subject = path;
        return e;
    }
    return store;
}

QSqlDatabase ServerStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

StoreResult<Done> ServerStore::initialise()
{
    const QSqlDatabase d = db();
    // synchronous=FULL: in WAL mode NORMAL may lose an acknowledged commit on
    // power loss, and a register marks its events synced once acknowledged.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        if (auto r = sql::exec(d, QString::fromUtf8(pragma)); !r)
            return r;
    }
    auto ready = writeTransaction<Done>(d, [&]() -> StoreResult<Done> {
        auto version = sql::scalar(d, QStringLiteral("PRAGMA user_version"));
        if (!version)
            return version.error();
        if (version->toInt() > schemaVersion)
            return failure(StoreError::Kind::TooNew, m_path);
        if (version->toInt() == schemaVersion)
            return Done{};
        if (auto r = createSchema(d); !r)
            return r;
        return seed(d, now());
    });
    if (!ready)
        return ready;
    auto shop = meta(d, QStringLiteral("shop"));
    if (!shop)
        return shop.error();
    m_shop = quint16(shop->toUInt());
    return Done{};
}

void ServerStore::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime ServerStore::now() const
{
    return m_clock();
}

StoreResult<QString> ServerStore::shopName() const
{
    auto name = meta(db(), QStringLiteral("shop_name"));
    if (!name)
        return name.error();
    return name->toString();
}

StoreResult<Done> ServerStore::setShopName(const QString &name)
{
    return writeTransaction<Done>(db(),
                                  [&] { return setMeta(db(), QStringLiteral("shop_name"), name); });
}

StoreResult<qint64> ServerStore::nextChange()
{
    auto current = meta(db(), QStringLiteral("change_counter"));
    if (!current)
        return current.error();
    const qint64 next = current->toLongLong() + 1;
    if (auto r = setMeta(db(), QStringLiteral("change_counter"), next); !r)
        return r.error();
    return next;
}

StoreResult<Programme> ServerStore::programme() const
{
    auto data = sql::scalar(db(), QStringLiteral("SELECT data FROM programme WHERE id = 1"));
    if (!data)
        return data.error();
    auto p = Json::programmeFromJson(QJsonDocument::fromJson(data->toString().toUtf8()).object());
    if (!p)
        return failure(StoreError::Kind::Corrupt, QStringLiteral("programme"), p.error());
    return p.value();
}

StoreResult<Done> ServerStore::storeProgramme(const Programme &programme)
{
    auto change = nextChange();
    if (!change)
        return change.error();
    const QString data =
        QString::fromUtf8(QJsonDocument(Json::toJson(programme)).toJson(QJsonDocument::Compact));
    return Statement(db(), QStringLiteral("UPDATE programme SET data = ?, change = ? WHERE id = 1"))
        .bindAll({data, *change})
        .exec();
}

StoreResult<Programme> ServerStore::setProgramme(const Programme &programme)
{
    const Context admin{now(), Actor{QStringLiteral("admin"), {}, {}}, {}};
    auto event = Rules::changeProgramme(programme, admin);
    if (!event)
        return StoreError::refused(event.error());
    auto applied = ingest({event.value()});
    if (!applied)
        return applied.error();
    return programme;
}

StoreResult<QList<SigningKey>> ServerStore::keys() const
{
    Statement rows(db(), QStringLiteral("SELECT number, seed FROM keys ORDER BY number"));
    if (auto r = rows.exec(); !r)
        return r.error();
    QList<SigningKey> keys;
    while (rows.next()) {
        const KeyId id{m_shop, quint8(rows.value(0).toUInt())};
        auto key = SigningKey::fromSeed(id, rows.value(1).toByteArray());
        if (!key)
            return failure(StoreError::Kind::Corrupt, QStringLiteral("keys"),
                           QStringLiteral("a malformed seed"));
        keys.append(*key);
    }
    return keys;
}

StoreResult<SigningKey> ServerStore::currentKey() const
{
    auto all = keys();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return failure(StoreError::Kind::Corrupt, QStringLiteral("keys"), QStringLiteral("none"));
    return all->last();
}

StoreResult<SigningKey> ServerStore::rotateKey()
{
    return writeTransaction<SigningKey>(db(), [&]() -> StoreResult<SigningKey> {
        auto newest = currentKey();
        if (!newest)
            return newest.error();
        if (newest->id().number == 255)
            return failure(StoreError::Kind::InvalidSetting, QStringLiteral("key number"),
                           QStringLiteral("256"));
        const SigningKey key = SigningKey::generate(KeyId{m_shop, quint8(newest->id().number + 1)});
        if (auto r = insertKey(db(), key, now()); !r)
            return r.error();
        return key;
    });
}

StoreResult<CardState> ServerStore::enrol(const QString &name, const QString &phone)
{
    const Context admin{now(), Actor{QStringLiteral("admin"), {}, {}}, {}};
    auto outcome = Rules::createCard(Ids::newCardId(), name, phone, admin);
    if (!outcome)
        return StoreError::refused(outcome.error());
    auto applied = ingest(outcome->events);
    if (!applied)
        return applied.error();
    const EventResult &result = applied->first();
    if (result.kind != EventResult::Kind::Accepted || !result.card)
        return StoreError::refused(
            result.conflict.value_or(Refusal{Refusal::Code::CardExists, {}, {}, 0}));
    return *result.card;
}

StoreResult<std::optional<CardState>> ServerStore::card(const QString &cardId) const
{
    auto state = Statement(db(), QStringLiteral("SELECT state FROM cards WHERE id = ?"))
                     .bind(cardId)
                     .scalar();
    if (!state)
        return state.error();
    if (state->isNull())
        return std::optional<CardState>();
    auto parsed =
        Json::cardStateFromJson(QJsonDocument::fromJson(state->toString().toUtf8()).object());
    if (!parsed)
        return failure(StoreError::Kind::Corrupt, cardId, parsed.error());
    return std::optional<CardState>(parsed.value());
}

StoreResult<QString> ServerStore::voucherCard(const QString &voucherId) const
{
    auto cardId = Statement(db(), QStringLiteral("SELECT card_id FROM vouchers WHERE id = ?"))
                      .bind(voucherId)
                      .scalar();
    if (!cardId)
        return cardId.error();
    if (cardId->isNull())
        return StoreError::notFound(voucherId);
    return cardId->toString();
}

StoreResult<ChangesPage> ServerStore::changes(qint64 cursor, int limit, ChangesForm form) const
{
    // Two index range scans merged here: SQLite sorts a UNION of the two
    // tables in a temporary b-tree of every remaining row, for every page.
    Statement rows(db(),
                   QStringLiteral("SELECT change, state, expires FROM cards "
                                  "WHERE change > ? ORDER BY change LIMIT ?"));
    rows.bindAll({cursor, limit + 1});
    if (auto r = rows.exec(); !r)
        return r.error();
    Statement programmeRow(db(),
                           QStringLiteral("SELECT change, data FROM programme "
                                          "WHERE change > ?"));
    programmeRow.bind(cursor);
    if (auto r = programmeRow.exec(); !r)
        return r.error();
    const bool programmeChanged = programmeRow.next();
    const qint64 programmeChange = programmeChanged ? programmeRow.value(0).toLongLong() : 0;

    const QDateTime at = now();
    const qint64 nowMs = sql::fromTime(at).toLongLong();
    ChangesPage page;
    page.cursor = cursor;
    int n = 0;
    bool programmeTaken = !programmeChanged;
    const auto takeProgramme = [&]() -> StoreResult<Done> {
        programmeTaken = true;
        auto p = Json::programmeFromJson(
            QJsonDocument::fromJson(programmeRow.value(1).toString().toUtf8()).object());
        if (!p)
            return failure(StoreError::Kind::Corrupt, QStringLiteral("programme"), p.error());
        page.programme = p.value();
        page.cursor = programmeChange;
        return Done{};
    };
    while (rows.next()) {
        const qint64 change = rows.value(0).toLongLong();
        if (!programmeTaken && programmeChange < change) {
            if (++n > limit) {
                page.more = true;
                return page;
            }
            if (auto r = takeProgramme(); !r)
                return r.error();
        }
        if (++n > limit) {
            page.more = true;
            return page;
        }
        page.cursor = change;
        const QByteArray text = rows.value(1).toString().toUtf8();
        // The stored text is the card as it stood when stored; it is still
        // true unless one of its vouchers has expired since.
        if (form == ChangesForm::Json
            && (rows.value(2).isNull() || rows.value(2).toLongLong() > nowMs)) {
            page.cardsJson.append(text);
            continue;
        }
        auto state = Json::cardStateFromJson(QJsonDocument::fromJson(text).object());
        if (!state)
            return failure(StoreError::Kind::Corrupt, QStringLiteral("cards"), state.error());
        if (form == ChangesForm::Json)
            page.cardsJson.append(
                QJsonDocument(Json::toJson(state.value(), at)).toJson(QJsonDocument::Compact));
        else
            page.cards.append(state.value());
    }
    if (!programmeTaken) {
        if (++n > limit) {
            page.more = true;
            return page;
        }
        if (auto r = takeProgramme(); !r)
            return r.error();
    }
    return page;
}

} // namespace stampdesk::server
