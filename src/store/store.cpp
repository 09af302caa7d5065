// SPDX-License-Identifier: Apache-2.0
#include "store.h"

#include "core/ids.h"
#include "core/json.h"
#include "core/text.h"
#include "poscodes.h"
#include "probe.h"
#include "rows.h"
#include "schema.h"
#include "sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>

#include <atomic>

namespace stampdesk {

namespace rows {

using sql::Statement;

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

StoreResult<Done> insertEvent(const QSqlDatabase &db, const Event &e)
{
    QVariant ref;
    if (const auto *undone = e.as<Events::StampsUndone>())
        ref = undone->undoneEventId;
    Statement insert(db,
                     QStringLiteral("INSERT INTO events (id, type, at, card_id, voucher_id, "
                                    "staff, register_id, ref_id, data) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindAll({e.id, e.type(), sql::fromTime(e.at),
                    e.cardId.isEmpty() ? QVariant() : QVariant(e.cardId),
                    e.voucherId.isEmpty() ? QVariant() : QVariant(e.voucherId), e.staff,
                    e.registerId, ref, jsonText(Json::payloadToJson(e))});
    return insert.exec();
}

Statement cardUpsert(const QSqlDatabase &db)
{
    return Statement(
        db,
        QStringLiteral(
            "INSERT INTO cards (id, name, phone, stamps, cycles, last_cycle, lifetime_stamps, "
            "last_stamp_at, status, created_at, name_folded, phone_digits, phone_reversed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, phone = excluded.phone, "
            "stamps = excluded.stamps, cycles = excluded.cycles, last_cycle = excluded.last_cycle, "
            "lifetime_stamps = excluded.lifetime_stamps, last_stamp_at = excluded.last_stamp_at, "
            "status = excluded.status, name_folded = excluded.name_folded, "
            "phone_digits = excluded.phone_digits, phone_reversed = excluded.phone_reversed"));
}

StoreResult<Done> upsertCard(Statement &upsert, const Card &c)
{
    const schema::SearchKeys keys = schema::searchKeys(c.name, c.phone);
    upsert.bindAll({c.id, c.name, c.phone, c.stamps, c.cycles, c.lastCycle, c.lifetimeStamps,
                    sql::fromTime(c.lastStampAt), wireName(c.status), sql::fromTime(c.createdAt),
                    keys.nameFolded, keys.phoneDigits, keys.phoneReversed});
    return upsert.exec();
}

StoreResult<Done> upsertCard(const QSqlDatabase &db, const Card &c)
{
    Statement upsert = cardUpsert(db);
    return upsertCard(upsert, c);
}

Statement voucherUpsert(const QSqlDatabase &db)
{
    return Statement(
        db,
        QStringLiteral(
            "INSERT INTO vouchers (id, card_id, cycle, goal, reward, mode, location, code, "
            "issued_at, "
            "expires_at, state, redeemed_at, redeemed_by, redeemed_register, voided_at, "
            "void_reason, "
            "reopened, pos_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            // Everything, also the snapshot fields: a voucher pulled from the
            // backend replaces the one this register issued (docs/sync.md).
            "ON CONFLICT (id) DO UPDATE SET goal = excluded.goal, reward = excluded.reward, "
            "mode = excluded.mode, location = excluded.location, "
            "issued_at = excluded.issued_at, expires_at = excluded.expires_at, "
            "state = excluded.state, "
            "redeemed_at = excluded.redeemed_at, redeemed_by = excluded.redeemed_by, "
            "redeemed_register = excluded.redeemed_register, voided_at = excluded.voided_at, "
            "void_reason = excluded.void_reason, reopened = excluded.reopened, "
            "pos_code = excluded.pos_code"));
}

StoreResult<Done> upsertVoucher(Statement &upsert, const Voucher &v)
{
    upsert.bindAll({v.id, v.cardId, v.cycle, v.goal, jsonText(Json::toJson(v.reward)),
                    wireName(v.mode), v.location, v.code, sql::fromTime(v.issuedAt),
                    sql::fromTime(v.expiresAt), wireName(v.state), sql::fromTime(v.redeemedAt),
                    v.redeemedBy, v.redeemedRegister, sql::fromTime(v.voidedAt), v.voidReason,
                    v.reopened ? 1 : 0, v.posCode});
    return upsert.exec();
}

StoreResult<Done> upsertVoucher(const QSqlDatabase &db, const Voucher &v)
{
    Statement upsert = voucherUpsert(db);
    return upsertVoucher(upsert, v);
}

} // namespace rows

namespace {

using namespace rows;

using sql::Statement;
using sql::writeTransaction;

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("stampdesk-store-%1").arg(++counter);
}

StoreError withSubject(StoreError e, const QString &subject)
{
    e.subject = subject;
    return e;
}

StoreResult<Done> probeConnection(const QString &path, Store::Verification verification);

// Opens a connection of its own to look at an existing file without
// changing it: read-only, and no PRAGMA that writes. Only a file that passes
// is opened for writing.
StoreResult<Done> inspectExisting(const QSqlDatabase &db, const QString &path,
                                  Store::Verification verification)
{
    const auto asOpenError = [&path](StoreError e) {
        if (e.kind == StoreError::Kind::Corrupt && e.detail.contains(u"not a database"))
            e.kind = StoreError::Kind::NotADatabase;
        return withSubject(std::move(e), path);
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

    if (appId->toUInt() != Store::applicationId) {
        if (objects->toInt() == 0)
            return Done{}; // an empty database: ours to set up
        StoreError e;
        e.kind = StoreError::Kind::ForeignDatabase;
        return withSubject(e, path);
    }
    if (version->toInt() > Store::schemaVersion) {
        StoreError e;
        e.kind = StoreError::Kind::TooNew;
        e.detail = QStringLiteral("schema version %1, this program knows up to %2")
                       .arg(version->toInt())
                       .arg(Store::schemaVersion);
        return withSubject(e, path);
    }
    // A file cut short (a copy that did not finish, a full disk) announces
    // more pages in its header than it holds. With a WAL file beside it the
    // newest pages may live there, so the sizes only have to agree without.
    if (!QFileInfo::exists(path + QStringLiteral("-wal"))) {
        auto pages = sql::scalar(db, QStringLiteral("PRAGMA page_count"));
        auto pageSize = sql::scalar(db, QStringLiteral("PRAGMA page_size"));
        if (!pages || !pageSize)
            return asOpenError(!pages ? pages.error() : pageSize.error());
        if (pages->toLongLong() * pageSize->toLongLong() != QFileInfo(path).size()) {
            StoreError e;
            e.kind = StoreError::Kind::Corrupt;
            e.detail = QStringLiteral("the file is shorter or longer than its header says");
            return withSubject(e, path);
        }
    }
    if (verification == Store::Verification::Structure)
        return Done{};
    // Damage past the first pages only shows when they are read. Reading
    // every page costs about 90 ms at 100,000 cards (docs/PERFORMANCE.md),
    // so the app pays it once at start, not every stampdesk-cli call.
    auto check = sql::scalar(db,
                             verification == Store::Verification::Full
                                 ? QStringLiteral("PRAGMA integrity_check")
                                 : QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return asOpenError(check.error());
    if (check->toString() != u"ok") {
        StoreError e;
        e.kind = StoreError::Kind::Corrupt;
        e.detail = check->toString();
        return withSubject(e, path);
    }
    return Done{};
}

StoreResult<Done> probe(const QString &path, Store::Verification verification)
{
    // Reading a WAL-mode file makes SQLite create its -wal and -shm files,
    // even read-only. When the file is refused, the empty ones this probe
    // made are taken away again, so that it leaves no trace.
    QStringList madeHere;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(path + suffix))
            madeHere << path + suffix;
    }
    auto result = probeConnection(path, verification);
    if (!result && QFileInfo(path + QStringLiteral("-wal")).size() == 0) {
        for (const QString &file : madeHere)
            QFile::remove(file);
    }
    return result;
}

StoreResult<Done> probeConnection(const QString &path, Store::Verification verification)
{
    const QString name = newConnectionName();
    StoreResult<Done> result = Done{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            result = withSubject(sql::errorFrom(db.lastError()), path);
        else
            result = inspectExisting(db, path, verification);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

StoreResult<Done> configureConnection(const QSqlDatabase &db)
{
    // WAL lets the app read while a POS writes through stampdesk-cli;
    // synchronous=FULL because NORMAL can lose acknowledged commits on power
    // loss in WAL mode.
    for (const char *pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"}) {
        if (auto r = sql::exec(db, QString::fromUtf8(pragma)); !r)
            return r;
    }
    return Done{};
}

// Adds and opens the connection `name`. On failure the connection is
// removed again; no QSqlDatabase handle outlives this function, so that
// removeDatabase never finds one still in use.
StoreResult<Done> connect(const QString &name, const QString &path)
{
    StoreResult<Done> result = Done{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        // Writers wait for each other this long before giving up with "busy".
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            StoreError e = sql::errorFrom(db.lastError());
            e.kind = StoreError::Kind::CannotOpen;
            result = withSubject(e, path);
        } else if (auto r = configureConnection(db); !r) {
            result = withSubject(r.error(), path);
        }
        if (!result)
            db.close();
    }
    if (!result)
        QSqlDatabase::removeDatabase(name);
    return result;
}

StoreResult<Done> setMeta(const QSqlDatabase &db, const QString &key, const QString &value)
{
    return Statement(db,
                     QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        .bindAll({key, value})
        .exec();
}

StoreResult<Done> writeProgramme(const QSqlDatabase &db, const Event &event)
{
    const auto *changed = event.as<Events::ProgrammeChanged>();
    Q_ASSERT(changed);
    auto row = Statement(db,
                         QStringLiteral("INSERT INTO programme (id, data, changed_at) "
                                        "VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE "
                                        "SET data = excluded.data, "
                                        "changed_at = excluded.changed_at"))
                   .bindAll({jsonText(Json::toJson(changed->programme)), sql::fromTime(event.at)})
                   .exec();
    if (!row)
        return row;
    return insertEvent(db, event);
}

// What a brand-new database holds: this register's identity and the demo
// programme, so that the app is never empty.
StoreResult<Done> seed(const QSqlDatabase &db, const QDateTime &now)
{
    const QString registerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString name = QSysInfo::machineHostName();
    if (name.isEmpty())
        name = QStringLiteral("Register 1");
    for (auto r :
         {sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(Store::applicationId)),
          setMeta(db, QStringLiteral("register_id"), registerId),
          setMeta(db, QStringLiteral("register_name"), name),
          setMeta(db, QStringLiteral("location"), QString())}) {
        if (!r)
            return r;
    }
    Context setup{now, Actor{QStringLiteral("setup"), registerId, name}, {}};
    auto event = Rules::changeProgramme(Programme::demo(), setup);
    Q_ASSERT(event.ok());
    return writeProgramme(db, event.value());
}

} // namespace

StoreResult<Done> probeFile(const QString &path, Store::Verification verification)
{
    return probe(path, verification);
}

namespace {

// The exclusive upper bound of the strings that start with prefix.
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    end.back() = QChar(end.back().unicode() + 1);
    return end;
}

} // namespace

Store::Store(QString connectionName, QString path)
    : m_connection(std::move(connectionName))
    , m_path(std::move(path))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

Store::~Store()
{
    {
        QSqlDatabase d = db();
        d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

StoreResult<std::unique_ptr<Store>> Store::open(const QString &path, Verification verification,
                                                Clock clock)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile()) {
            StoreError e;
            e.kind = StoreError::Kind::CannotOpen;
            e.detail = QStringLiteral("it is a folder, not a file");
            return withSubject(e, path);
        }
        if (auto checked = probe(path, verification); !checked)
            return checked.error();
    } else if (!info.absoluteDir().exists()) {
        StoreError e;
        e.kind = StoreError::Kind::CannotOpen;
        e.detail = QStringLiteral("the folder %1 does not exist").arg(info.absolutePath());
        return withSubject(e, path);
    }

    const QString name = newConnectionName();
    if (auto connected = connect(name, path); !connected)
        return connected.error();
    std::unique_ptr<Store> store(new Store(name, path));
    if (clock)
        store->setClock(std::move(clock));
    if (auto ready = store->initialise(); !ready)
        return withSubject(ready.error(), path);
    return store;
}

QString Store::defaultPath()
{
    const QString overridden = qEnvironmentVariable("STAMPDESK_DB");
    if (!overridden.isEmpty())
        return overridden;
    return dataFolder() + QStringLiteral("/stampdesk.db");
}

QString Store::dataFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/stampdesk");
    QDir().mkpath(folder);
    return folder;
}

StoreResult<Done> Store::createAtVersion(const QString &path, int version)
{
    Q_ASSERT(version >= 1 && version <= schemaVersion);
    const QString name = newConnectionName();
    if (auto connected = connect(name, path); !connected)
        return connected;
    StoreResult<Done> result = Done{};
    {
        const QSqlDatabase db = QSqlDatabase::database(name, false);
        result = writeTransaction<Done>(db, [&]() -> StoreResult<Done> {
            if (auto r = schema::migrate(db, 0, version); !r)
                return r;
            return seed(db, QDateTime::currentDateTimeUtc());
        });
    }
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
    return result;
}

QSqlDatabase Store::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString Store::path() const
{
    return m_path;
}

void Store::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime Store::now() const
{
    return m_clock();
}

Context Store::context(const QString &staff) const
{
    return Context{now(), Actor{staff, m_register.id, m_register.name}, m_register.location};
}

StoreResult<Done> Store::initialise()
{
    const QSqlDatabase d = db();
    // Opening an up-to-date database writes nothing: every write is a
    // durable commit (an fsync) that a POS calling stampdesk-cli per sale
    // would pay for nothing.
    auto current = sql::scalar(d, QStringLiteral("PRAGMA user_version"));
    if (!current)
        return current.error();
    const auto tooNew = [] {
        StoreError e;
        e.kind = StoreError::Kind::TooNew;
        return e;
    };
    if (current->toInt() > schemaVersion)
        return tooNew();
    if (current->toInt() < schemaVersion) {
        auto ready = writeTransaction<Done>(d, [&]() -> StoreResult<Done> {
            // Read again under the write lock: another process may have
            // set the database up in the meantime.
            auto version = sql::scalar(d, QStringLiteral("PRAGMA user_version"));
            if (!version)
                return version.error();
            const int v = version->toInt();
            if (v > schemaVersion)
                return tooNew();
            if (auto migrated = schema::migrate(d, v, schemaVersion); !migrated)
                return migrated;
            return v == 0 ? seed(d, now()) : StoreResult<Done>(Done{});
        });
        if (!ready)
            return ready;
    }

    return reloadRegisterInfo();
}

StoreResult<Done> Store::reloadRegisterInfo()
{
    Statement meta(db(), QStringLiteral("SELECT key, value FROM meta"));
    if (auto r = meta.exec(); !r)
        return r;
    RegisterInfo info;
    while (meta.next()) {
        const QString key = meta.value(0).toString();
        const QString value = meta.value(1).toString();
        if (key == u"register_id")
            info.id = value;
        else if (key == u"register_name")
            info.name = value;
        else if (key == u"location")
            info.location = value;
        else if (key == u"shop")
            info.shop = quint16(value.toUInt());
    }
    m_register = info;
    return Done{};
}

RegisterInfo Store::registerInfo() const
{
    return m_register;
}

StoreResult<Done> Store::setRegisterInfo(const QString &name, const QString &location)
{
    const QSqlDatabase d = db();
    auto written = writeTransaction<Done>(d, [&]() -> StoreResult<Done> {
        if (auto r = setMeta(d, QStringLiteral("register_name"), name.trimmed()); !r)
            return r;
        return setMeta(d, QStringLiteral("location"), location.trimmed());
    });
    if (written) {
        m_register.name = name.trimmed();
        m_register.location = location.trimmed();
    }
    return written;
}

StoreResult<Keyring> Store::keyring() const
{
    Statement q(db(),
                QStringLiteral("SELECT number, public_key FROM keys WHERE shop = ? "
                               "ORDER BY number"));
    q.bind(int(m_register.shop));
    if (auto r = q.exec(); !r)
        return r.error();
    Keyring ring(m_register.shop);
    while (q.next())
        ring.add(PublicKey{KeyId{m_register.shop, quint8(q.value(0).toUInt())},
                           q.value(1).toByteArray()});
    return ring;
}

std::optional<SigningKey> Store::signingKey() const
{
    Statement q(db(),
                QStringLiteral("SELECT number, seed FROM keys WHERE shop = ? AND seed IS "
                               "NOT NULL ORDER BY added_at DESC, number DESC LIMIT 1"));
    q.bind(int(m_register.shop));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return SigningKey::fromSeed(KeyId{m_register.shop, quint8(q.value(0).toUInt())},
                                q.value(1).toByteArray());
}

StoreResult<Done> Store::addPublicKey(const PublicKey &key)
{
    return storeKey(key, {});
}

StoreResult<Done> Store::addSigningKey(const SigningKey &key)
{
    return storeKey(key.publicKey(), key.seed());
}

StoreResult<Done> Store::storeKey(const PublicKey &key, const QByteArray &seed)
{
    const QSqlDatabase d = db();
    return writeTransaction<Done>(d, [&]() -> StoreResult<Done> {
        Statement held(d,
                       QStringLiteral("SELECT public_key, seed FROM keys "
                                      "WHERE shop = ? AND number = ?"));
        held.bindAll({int(key.id.shop), int(key.id.number)});
        if (auto r = held.exec(); !r)
            return r;
        if (held.next()) {
            const bool sameKey = held.value(0).toByteArray() == key.bytes;
            const bool hasSeed = !held.value(1).isNull();
            if (sameKey && (hasSeed || seed.isEmpty()))
                return Done{}; // nothing new: a key is learnt once
            // A key this register signs with is never replaced behind its
            // back: codes it has shown would stop verifying.
            if (!sameKey && hasSeed) {
                StoreError e;
                e.kind = StoreError::Kind::KeyConflict;
                e.subject = QString::number(key.id.number);
                return e;
            }
        }
        return Statement(d,
                         QStringLiteral("INSERT INTO keys (shop, number, public_key, seed, "
                                        "added_at) VALUES (?, ?, ?, ?, ?) "
                                        "ON CONFLICT (shop, number) DO UPDATE SET "
                                        "public_key = excluded.public_key, "
                                        "seed = excluded.seed, added_at = excluded.added_at"))
            .bindAll({int(key.id.shop), int(key.id.number), key.bytes,
                      seed.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(seed),
                      sql::fromTime(now())})
            .exec();
    });
}

StoreResult<Programme> Store::programme() const
{
    auto data = sql::scalar(db(), QStringLiteral("SELECT data FROM programme WHERE id = 1"));
    if (!data)
        return data.error();
    auto programme = Json::programmeFromJson(QJsonDocument::fromJson(data->toByteArray()).object());
    if (!programme) {
        StoreError e;
        e.kind = StoreError::Kind::Corrupt;
        e.subject = m_path;
        e.detail = QStringLiteral("programme: ") + programme.error();
        return e;
    }
    return programme.value();
}

StoreResult<Event> Store::setProgramme(const Programme &programme, const QString &staff)
{
    auto event = Rules::changeProgramme(programme, context(staff));
    if (!event)
        return StoreError::refused(event.error());
    return writeTransaction<Event>(db(), [&]() -> StoreResult<Event> {
        if (auto r = writeProgramme(db(), event.value()); !r)
            return r.error();
        return event.value();
    });
}

StoreResult<Outcome> Store::createCard(const QString &name, const QString &phone,
                                       const QString &staff)
{
    auto outcome = Rules::createCard(Ids::newCardId(), name, phone, context(staff));
    if (!outcome)
        return StoreError::refused(outcome.error());
    return writeTransaction<Outcome>(db(), [&]() -> StoreResult<Outcome> {
        if (auto r = persist(outcome.value()); !r)
            return r.error();
        return outcome.value();
    });
}

StoreResult<QList<QString>> Store::createCards(const QList<NewCard> &cards, const QString &staff)
{
    const Context ctx = context(staff);
    return writeTransaction<QList<QString>>(db(), [&]() -> StoreResult<QList<QString>> {
        QList<QString> ids;
        ids.reserve(cards.size());
        for (const NewCard &c : cards) {
            auto outcome = Rules::createCard(Ids::newCardId(), c.name, c.phone, ctx);
            if (!outcome)
                return StoreError::refused(outcome.error());
            if (auto r = persist(outcome.value()); !r)
                return r.error();
            ids.append(outcome->state.card.id);
        }
        return ids;
    });
}

StoreResult<Card> Store::card(const QString &id) const
{
    Statement q(db(), QStringLiteral("SELECT %1 FROM cards WHERE id = ?").arg(sql::cardColumns));
    q.bind(Ids::normalise(id));
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return StoreError::notFound(id);
    return sql::cardFromRow(q.query());
}

StoreResult<CardState> Store::cardState(const QString &id) const
{
    auto c = card(id);
    if (!c)
        return c.error();
    CardState state{c.value(), {}};
    Statement q(db(),
                QStringLiteral("SELECT %1 FROM vouchers WHERE card_id = ? ORDER BY cycle")
                    .arg(sql::voucherColumns));
    q.bind(state.card.id);
    if (auto r = q.exec(); !r)
        return r.error();
    while (q.next()) {
        auto v = sql::voucherFromRow(q.query());
        if (!v)
            return v.error();
        state.vouchers.append(v.value());
    }
    return state;
}

StoreResult<Card> Store::cardByPhone(const QString &phone) const
{
    const QString digits = Text::phoneDigits(phone);
    Statement q(db(),
                QStringLiteral("SELECT %1 FROM cards WHERE phone_digits = ? AND phone_digits != '' "
                               "ORDER BY created_at LIMIT 1")
                    .arg(sql::cardColumns));
    q.bind(digits);
    if (auto r = q.exec(); !r)
        return r.error();
    if (digits.isEmpty() || !q.next())
        return StoreError::notFound(phone);
    return sql::cardFromRow(q.query());
}

StoreResult<QList<Card>> Store::findCards(const QString &text, int limit) const
{
    QList<Card> found;
    QSet<QString> seen;
    const auto collect = [&](Statement &q) -> StoreResult<Done> {
        if (auto r = q.exec(); !r)
            return r;
        while (q.next() && found.size() < limit) {
            Card c = sql::cardFromRow(q.query());
            if (!seen.contains(c.id)) {
                seen.insert(c.id);
                found.append(std::move(c));
            }
        }
        return Done{};
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return found;

    // An id, or its first symbols as read from a receipt.
    const QString idPrefix = Ids::normalise(trimmed);
    if (idPrefix.size() >= 4 && Ids::inAlphabet(idPrefix)) {
        Statement q(db(),
                    QStringLiteral("SELECT %1 FROM cards WHERE id >= ? AND id < ? "
                                   "ORDER BY id LIMIT ?")
                        .arg(sql::cardColumns));
        q.bindAll({idPrefix, prefixEnd(idPrefix), limit});
        if (auto r = collect(q); !r)
            return r.error();
    }
    // A phone number, or its last digits.
    const QString digits = Text::phoneDigits(trimmed);
    const bool looksLikePhone = Text::looksLikePhone(trimmed);
    if (looksLikePhone && digits.size() >= 3) {
        QString reversed = digits;
        std::reverse(reversed.begin(), reversed.end());
        Statement q(
            db(),
            QStringLiteral(
                "SELECT %1 FROM cards WHERE phone_reversed != '' AND phone_reversed >= ? AND "
                "phone_reversed < ? ORDER BY name_folded LIMIT ?")
                .arg(sql::cardColumns));
        q.bindAll({reversed, prefixEnd(reversed), limit});
        if (auto r = collect(q); !r)
            return r.error();
    }
    // A name, or part of it, with or without accents.
    const QString folded = Text::foldForSearch(trimmed);
    if (!looksLikePhone && found.size() < limit) {
        QString pattern = folded;
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        Statement q(db(),
                    QStringLiteral("SELECT %1 FROM cards WHERE name_folded LIKE ? "
                                   "ESCAPE '\\' ORDER BY name_folded LIMIT ?")
                        .arg(sql::cardColumns));
        q.bindAll({QStringLiteral("%") + pattern + QStringLiteral("%"), limit});
        if (auto r = collect(q); !r)
            return r.error();
    }
    return found;
}

StoreResult<Done> Store::persist(const Outcome &outcome)
{
    const QSqlDatabase d = db();
    QSet<QString> touched;
    for (const Event &e : outcome.events) {
        if (auto r = insertEvent(d, e); !r)
            return r;
        if (!e.voucherId.isEmpty())
            touched.insert(e.voucherId);
        if (const auto *undone = e.as<Events::StampsUndone>()) {
            for (const QString &id : undone->reopenedVoucherIds)
                touched.insert(id);
        }
    }
    if (auto r = upsertCard(d, outcome.state.card); !r)
        return r;
    for (const Voucher &v : outcome.state.vouchers) {
        if (!touched.contains(v.id))
            continue;
        if (auto r = upsertVoucher(d, v); !r)
            return r;
    }
    return Done{};
}

StoreResult<Outcome>
Store::actOnCard(const QString &cardId,
                 const std::function<Result<Outcome, Refusal>(const CardState &)> &rule)
{
    auto state = cardState(cardId);
    if (!state)
        return state.error();
    auto outcome = rule(state.value());
    if (!outcome)
        return StoreError::refused(outcome.error());
    if (auto r = persist(outcome.value()); !r)
        return r.error();
    return std::move(outcome).value();
}

StoreResult<Outcome> Store::actOnVoucher(
    const QString &voucherIdOrCode,
    const std::function<Result<Outcome, Refusal>(const CardState &, const QString &)> &rule)
{
    return writeTransaction<Outcome>(db(), [&]() -> StoreResult<Outcome> {
        auto v = voucher(voucherIdOrCode);
        if (!v)
            return v.error();
        const QString id = v->id;
        return actOnCard(v->cardId, [&](const CardState &state) { return rule(state, id); });
    });
}

StoreResult<Outcome> Store::setCardStatus(const QString &cardId, CardStatus status,
                                          const QString &reason, const QString &staff)
{
    return writeTransaction<Outcome>(db(), [&] {
        return actOnCard(cardId, [&](const CardState &state) {
            return Rules::setCardStatus(state, status, reason, context(staff));
        });
    });
}

StoreResult<Outcome> Store::addStamps(const QString &cardId, int count, const QString &source,
                                      const QString &staff)
{
    const Context ctx = context(staff);
    return writeTransaction<Outcome>(db(), [&]() -> StoreResult<Outcome> {
        auto current = programme();
        if (!current)
            return current.error();
        auto state = cardState(cardId);
        if (!state)
            return state.error();
        auto outcome = Rules::addStamps(current.value(), state.value(), count, source, ctx);
        if (!outcome)
            return StoreError::refused(outcome.error());
        // A redeem-code voucher takes a code of the POS's while the stock
        // lasts, in this same transaction.
        Outcome done = std::move(outcome).value();
        if (auto r = PosCodes::attach(db(), done, ctx); !r)
            return r.error();
        if (auto r = persist(done); !r)
            return r.error();
        if (auto r = PosCodes::markAttached(db(), done); !r)
            return r.error();
        return done;
    });
}

StoreResult<Outcome> Store::undo(const QString &eventId, const QString &staff)
{
    return writeTransaction<Outcome>(db(), [&]() -> StoreResult<Outcome> {
        auto target = event(eventId.trimmed().toLower());
        if (!target)
            return target.error();
        if (target->cardId.isEmpty())
            return StoreError::refused(Refusal{Refusal::Code::NotUndoable, {}, {}, 0});

        Rules::UndoTarget undo{target.value(), false, std::nullopt};
        auto undone = Statement(db(),
                                QStringLiteral("SELECT EXISTS (SELECT 1 FROM events "
                                               "WHERE ref_id = ? AND type = ?)"))
                          .bindAll({target->id, QStringLiteral("stamps.undone")})
                          .scalar();
        if (!undone)
            return undone.error();
        undo.alreadyUndone = undone->toBool();
        // The card's newest remaining stamp event becomes its last stamp.
        auto previous =
            Statement(db(),
                      QStringLiteral("SELECT e.at FROM events e WHERE e.card_id = ? "
                                     "AND e.type = 'stamps.added' AND e.id != ? "
                                     "AND NOT EXISTS (SELECT 1 FROM events u "
                                     "WHERE u.ref_id = e.id) ORDER BY e.seq DESC LIMIT 1"))
                .bindAll({target->cardId, target->id})
                .scalar();
        if (!previous)
            return previous.error();
        undo.previousStampAt = sql::toOptionalTime(previous.value());

        return actOnCard(target->cardId, [&](const CardState &state) {
            return Rules::undoStamps(state, undo, context(staff));
        });
    });
}

StoreResult<Outcome> Store::redeem(const QString &voucherIdOrCode, const QString &staff)
{
    auto planned = planRedemption(voucherIdOrCode, staff);
    if (!planned)
        return planned.error();
    return commitRedemption(planned.value(), Acceptance::Provisional);
}

StoreResult<Event> Store::planRedemption(const QString &voucherIdOrCode, const QString &staff) const
{
    auto v = voucher(voucherIdOrCode);
    if (!v)
        return v.error();
    auto state = cardState(v->cardId);
    if (!state)
        return state.error();
    auto outcome = Rules::redeem(state.value(), v->id, Channel::Register, context(staff));
    if (!outcome)
        return StoreError::refused(outcome.error());
    return outcome->events.first();
}

StoreResult<Outcome> Store::commitRedemption(const Event &planned, Acceptance acceptance)
{
    Q_ASSERT(planned.as<Events::VoucherRedeemed>());
    // The rules again, at the planned time and under the planned staff
    // member: the voucher may have been redeemed or voided meanwhile.
    const Context then{planned.at, Actor{planned.staff, m_register.id, m_register.name},
                       m_register.location};
    return writeTransaction<Outcome>(db(), [&]() -> StoreResult<Outcome> {
        auto v = voucher(planned.voucherId);
        if (!v)
            return v.error();
        auto done = actOnCard(v->cardId, [&](const CardState &state) -> Result<Outcome, Refusal> {
            // The backend's state may hold this very redemption already (a
            // page pulled between its answer and this commit): only the
            // event is missing here.
            const Voucher *now = state.voucher(v->id);
            if (acceptance == Acceptance::Accepted && now && now->state == VoucherState::Redeemed
                && now->redeemedAt == planned.at && now->redeemedBy == planned.staff
                && now->redeemedRegister == m_register.name)
                return Outcome{{planned}, state};
            auto outcome = Rules::redeem(state, v->id, Channel::Register, then);
            // The event is the one planned (and perhaps accepted by the
            // backend already): its id is its idempotency key.
            if (outcome)
                outcome->events.first().id = planned.id;
            return outcome;
        });
        if (done && acceptance == Acceptance::Accepted) {
            if (auto kept = keepPushResults(
                    {PushResult{planned.id, PushResult::Kind::Accepted, std::nullopt}});
                !kept)
                return kept.error();
        }
        return done;
    });
}

StoreResult<Outcome> Store::undoRedemption(const QString &voucherIdOrCode, const QString &reason,
                                           const QString &staff)
{
    return actOnVoucher(voucherIdOrCode, [&](const CardState &state, const QString &id) {
        return Rules::undoRedemption(state, id, reason, context(staff));
    });
}

StoreResult<Outcome> Store::voidVoucher(const QString &voucherIdOrCode, const QString &reason,
                                        const QString &staff)
{
    return actOnVoucher(voucherIdOrCode, [&](const CardState &state, const QString &id) {
        return Rules::voidVoucher(state, id, reason, context(staff));
    });
}

StoreResult<Voucher> Store::voucher(const QString &idOrCode) const
{
    const QString text = Ids::normalise(idOrCode);
    const bool byId = text.size() == Ids::voucherIdLength;
    Statement q(
        db(),
        QStringLiteral("SELECT %1 FROM vouchers WHERE %2 = ?")
            .arg(sql::voucherColumns, byId ? QStringLiteral("id") : QStringLiteral("code")));
    q.bind(text);
    if (auto r = q.exec(); !r)
        return r.error();
    if (q.next())
        return sql::voucherFromRow(q.query());
    // A code the shop's POS made, as printed on the receipt (any case).
    const QString posCode = PosCodes::normalise(idOrCode);
    if (!posCode.isEmpty()) {
        Statement byPos(db(),
                        QStringLiteral("SELECT %1 FROM vouchers WHERE pos_code = ? "
                                       "ORDER BY issued_at DESC, id LIMIT 1")
                            .arg(sql::voucherColumns));
        byPos.bind(posCode);
        if (auto r = byPos.exec(); !r)
            return r.error();
        if (byPos.next())
            return sql::voucherFromRow(byPos.query());
    }
    if (!byId && Ids::checkRedeemCode(text) == Ids::CodeCheck::Typo) {
        StoreError e;
        e.kind = StoreError::Kind::Typo;
        e.subject = idOrCode.trimmed();
        return e;
    }
    return StoreError::notFound(idOrCode.trimmed());
}

StoreResult<QList<Voucher>> Store::vouchers(const VoucherFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (!filter.cardId.isEmpty()) {
        where << QStringLiteral("card_id = ?");
        values << Ids::normalise(filter.cardId);
    }
    if (filter.state) {
        const QVariant now = sql::fromTime(this->now());
        switch (*filter.state) {
        case VoucherState::Issued:
            where << QStringLiteral("state = 'issued' AND (expires_at IS NULL OR expires_at > ?)");
            values << now;
            break;
        case VoucherState::Expired:
            where << QStringLiteral("state = 'issued' AND expires_at <= ?");
            values << now;
            break;
        case VoucherState::Redeemed:
        case VoucherState::Voided:
            where << QStringLiteral("state = ?");
            values << wireName(*filter.state);
            break;
        }
    }
    Statement q(
        db(),
        QStringLiteral("SELECT %1 FROM vouchers %2 ORDER BY issued_at, card_id, "
                       "cycle LIMIT ?")
            .arg(sql::voucherColumns,
                 where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(u" AND ")));
    for (const QVariant &v : values)
        q.bind(v);
    q.bind(filter.limit);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<Voucher> out;
    while (q.next()) {
        auto v = sql::voucherFromRow(q.query());
        if (!v)
            return v.error();
        out.append(v.value());
    }
    return out;
}

StoreResult<Event> Store::event(const QString &id) const
{
    Statement q(db(), QStringLiteral("SELECT %1 FROM events WHERE id = ?").arg(sql::eventColumns));
    q.bind(id);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return StoreError::notFound(id);
    return sql::eventFromRow(q.query());
}

StoreResult<QList<Event>> Store::events(const QDateTime &since, int limit) const
{
    Statement q(db(),
                QStringLiteral("SELECT %1 FROM events WHERE at >= ? ORDER BY seq LIMIT ?")
                    .arg(sql::eventColumns));
    q.bindAll(
        {since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min(), limit});
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

StoreResult<int> Store::pendingSyncCount() const
{
    auto n = sql::scalar(db(), QStringLiteral("SELECT count(*) FROM events WHERE synced = 0"));
    if (!n)
        return n.error();
    return n->toInt();
}

} // namespace stampdesk
