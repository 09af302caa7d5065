// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/cardstate.h"
#include "core/event.h"
#include "core/keys.h"
#include "core/programme.h"
#include "core/refusal.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace stampdesk::server {

/// A register the shop has paired.
struct PairedRegister
{
    QString id;
    QString name;
    QDateTime pairedAt;
    std::optional<QDateTime> revokedAt;
};

/// What a register gets when it pairs: its bearer token (shown once; only
/// its hash is kept) and the shop it now belongs to.
struct Pairing
{
    QString token;
    QString registerId;
    quint16 shop = 0;
    QString shopName;
};

/// What became of one pushed event.
struct EventResult
{
    enum class Kind { Accepted, Duplicate, Conflict };
    QString id;
    Kind kind = Kind::Accepted;
    std::optional<Refusal> conflict; ///< for Conflict
    /// The card after the event (for accepted card events and duplicates
    /// of card events); empty for programme changes.
    std::optional<CardState> card;
};
QString wireName(EventResult::Kind kind);

/// One page of GET /v1/changes.
struct ChangesPage
{
    qint64 cursor = 0;
    bool more = false;
    std::optional<Programme> programme; ///< when it changed within this page
    QList<CardState> cards; ///< with ChangesForm::States
    /// Each card's JSON as it stands now (compact), with ChangesForm::Json.
    QList<QByteArray> cardsJson;
};

/// What ServerStore::changes() gives: values, or the JSON that registers
/// pull (mostly the stored text as it is, without reading it into values).
enum class ChangesForm { States, Json };

/// The reference backend's own SQLite database: the shop, its signing keys,
/// the paired registers, the programme, the merged state of every card and
/// every event ever received (docs/sync.md). It has a schema and an
/// application id of its own, so that neither program opens the other's
/// file by mistake.
///
/// Every card write and every programme change takes the next number of
/// one change counter; registers pull the rows above their cursor. Events
/// are applied through core's Merge::apply, and an event id is remembered
/// forever, so that a push repeated however long after changes nothing.
class ServerStore
{
public:
    static constexpr quint32 applicationId = 0x53544253; // "STBS"
    static constexpr int schemaVersion = 1;
    /// How long a pairing code may be used, and re-used by the register it paired.
    static constexpr qint64 pairingCodeLifetimeSeconds = 24 * 60 * 60;

    using Clock = std::function<QDateTime()>;

    /// Opens (creating when missing or empty) the database at path. A file
    /// that is not ours, damaged or too new is refused and left untouched.
    static StoreResult<std::unique_ptr<ServerStore>> open(const QString &path);
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    QString path() const { return m_path; }
    /// The clock for received-at times and pairing-code expiry (tests move it).
    void setClock(Clock clock);
    QDateTime now() const;

    quint16 shop() const { return m_shop; }
    StoreResult<QString> shopName() const;
    StoreResult<Done> setShopName(const QString &name);

    StoreResult<Programme> programme() const;
    /// A manager's change (admin program set): recorded as a programme.changed
    /// event without a register. Refused when the programme is invalid.
    StoreResult<Programme> setProgramme(const Programme &programme);

    /// Every signing key, oldest first; the last one signs new payloads.
    StoreResult<QList<SigningKey>> keys() const;
    StoreResult<SigningKey> currentKey() const;
    /// A new signing key numbered one above the newest; refused after 255.
    StoreResult<SigningKey> rotateKey();

    /// A new one-time pairing code, formatted "ABCD-EFGH"; only its hash is kept.
    StoreResult<QString> newPairingCode();
    /// Pairs registerId with code; std::nullopt when the code is unknown,
    /// expired, or used by another register (or the register was revoked).
    StoreResult<std::optional<Pairing>> pair(const QString &code, const QString &registerId,
                                             const QString &registerName);
    /// The register a bearer token belongs to, if it is current and not revoked.
    StoreResult<std::optional<PairedRegister>> registerForToken(const QString &token) const;
    StoreResult<QList<PairedRegister>> registers() const;
    /// Revokes the register's token. NotFound for an unknown register.
    StoreResult<Done> revoke(const QString &registerId);

    /// A new card made by the shop (admin enrol), recorded as a card.created
    /// event without a register. Refused for an invalid name or phone.
    StoreResult<CardState> enrol(const QString &name, const QString &phone);
    StoreResult<std::optional<CardState>> card(const QString &cardId) const;
    /// The card that holds the voucher; NotFound when no card does.
    StoreResult<QString> voucherCard(const QString &voucherId) const;

    /// Applies a batch of events from a register in one transaction, in
    /// order: one result per event.
    StoreResult<QList<EventResult>> ingest(const QList<Event> &events);
    /// The rows changed after cursor, ascending, at most limit.
    StoreResult<ChangesPage> changes(qint64 cursor, int limit,
                                     ChangesForm form = ChangesForm::States) const;

    /// Rebuilds every card by replaying the accepted events in the order
    /// they were received and compares with the stored states; returns the
    /// differences (empty when all agree).
    StoreResult<QStringList> check() const;

private:
    ServerStore(QString connection, QString path);
    QSqlDatabase db() const;
    StoreResult<Done> initialise();
    StoreResult<qint64> nextChange();
    /// What a batch has read and changed so far: each card is read and
    /// written once per batch, not once per event.
    struct Batch
    {
        std::optional<Programme> programme;
        QHash<QString, CardState> cards;
        QStringList changed; ///< card ids, in the order of their last change
        QSet<QString> indexed; ///< voucher ids and POS codes already in the indexes
        /// The statements every event runs, prepared once per batch.
        std::map<QString, std::unique_ptr<QSqlQuery>> statements;
    };
    static StoreResult<Done> run(Batch &batch, const QSqlDatabase &db, const QString &sql,
                                 std::initializer_list<QVariant> values);
    StoreResult<EventResult> applyOne(const Event &event, Batch &batch);
    StoreResult<std::optional<CardState>> batchCard(const QString &cardId, Batch &batch) const;
    StoreResult<QString> posCodeHolder(const QString &code, const Batch &batch) const;
    StoreResult<Done> saveCard(const CardState &state, Batch &batch);
    StoreResult<Done> record(const Event &event, const EventResult &result, Batch &batch);
    StoreResult<Done> storeProgramme(const Programme &programme);

    QString m_connection;
    QString m_path;
    quint16 m_shop = 0;
    Clock m_clock;
};

} // namespace stampdesk::server
