// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/cardstate.h"
#include "core/event.h"
#include "core/keys.h"
#include "core/programme.h"
#include "core/rules.h"
#include "core/staff.h"
#include "storeerror.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QSqlDatabase;

namespace stampdesk {

/// Filters for listing vouchers.
struct VoucherFilter
{
    QString cardId; ///< empty: every card
    std::optional<VoucherState> state; ///< as it stands now (expired is derived)
    int limit = 1000;
};

/// The details of a card made in bulk (imports, benchmarks).
struct NewCard
{
    QString name;
    QString phone;
};

/// What `check` found: nothing when all is well.
struct CheckReport
{
    QList<QString> problems;
    int events = 0;
    int cards = 0;
    int vouchers = 0;
    bool ok() const { return problems.isEmpty(); }
};

/// What an import of POS redeem codes did.
struct CodeImport
{
    int added = 0;
    int alreadyKnown = 0; ///< in the stock already, or on a voucher
    QList<QString> rejected; ///< "line N: reason", for the manager to fix
};

/// The POS redeem codes waiting for vouchers.
struct CodeStock
{
    int available = 0;
    int attached = 0; ///< on vouchers so far
    int lowAt = 20; ///< the setting code_stock_low
    /// Only a shop that imports codes can run low.
    bool isLow() const { return (available + attached) > 0 && available <= lowAt; }
};

/// What happened at the shop in a period (every register's events), for
/// reports.
struct Totals
{
    int cardsCreated = 0;
    int stampsAdded = 0; ///< stamps, not events
    int stampsUndone = 0;
    int vouchersIssued = 0;
    int vouchersRedeemed = 0;
    int redemptionsUndone = 0;
    friend bool operator==(const Totals &, const Totals &) = default;
};

/// This register's identity, kept in the database it works on.
struct RegisterInfo
{
    QString id; ///< random, made when the database is created
    QString name;
    QString location; ///< where this register is, for vouchers tied to a location
    quint16 shop = 0; ///< the shop whose signed codes it accepts (made at random at first)
};

/// This register's link with the shop's backend (docs/sync.md), made when
/// it is paired.
struct SyncLink
{
    QString serverUrl;
    QString token; ///< the register's bearer token (a secret: never printed)
    QByteArray caPem; ///< a CA to trust for a self-hosted backend; empty: the system's
    QString shopName;
    QString cursor; ///< where the next pull starts
    QDateTime pairedAt;
    std::optional<QDateTime> lastSuccessAt;
    QString lastError; ///< empty after a success
    std::optional<QDateTime> lastErrorAt;
};

/// What the backend answered for one pushed event.
struct PushResult
{
    enum class Kind { Accepted, Duplicate, Conflict };
    QString eventId;
    Kind kind = Kind::Accepted;
    std::optional<Refusal> conflict; ///< why, for a conflict
};

/// An event of this register that the backend did not apply, for staff to
/// see (and stampdesk-cli conflicts).
struct SyncConflict
{
    Event event;
    /// The reason, in the staff's language through Refusal::message(). A
    /// code this version does not know becomes UnknownEvent with the code
    /// in detail.
    Refusal reason;
    QDateTime answeredAt;
    bool seen = false;
};

/// One page of what changed at the backend since the register's cursor.
struct PulledPage
{
    QString cursor; ///< where the next page starts
    std::optional<Programme> programme; ///< when it changed
    QList<CardState> cards;
    /// The backend's JSON of each card, in the order of cards: kept as the
    /// card's baseline as it came, instead of being written again from
    /// cards. Empty: the store writes it from cards.
    QList<QByteArray> cardsJson;
};

/// What the store did with a pulled page.
struct PullApplied
{
    int cards = 0;
    bool programme = false; ///< the programme was replaced
};

/// What Store::backup wrote.
struct BackupReport
{
    QString path; ///< the backup, under its final name
    qint64 bytes = 0;
    int pages = 0;
};

/// What Store::restore did.
struct RestoreReport
{
    /// The database as it was before the restore, kept beside it (empty
    /// when there was none).
    QString safetyCopy;
    int fromVersion = 0; ///< the backup's schema version (older ones are migrated)
};

/// The register's offline SQLite store: the append-only ledger of events and
/// the card and voucher state projected from it.
///
/// Every cashier action is one write transaction (BEGIN IMMEDIATE, so that a
/// second process waits for its turn instead of failing half-way) that reads
/// the current state, asks core's rules, and appends the events, the new
/// state and thereby the outbox entries together. A refused action rolls
/// back and changes nothing.
///
/// A Store owns one SQLite connection and belongs to the thread that opened
/// it (a QSqlDatabase cannot move between threads in Qt 6.4). Open one Store
/// per thread; several processes may share the file.
class Store
{
public:
    using Clock = std::function<QDateTime()>;

    static constexpr int schemaVersion = 5;
    static constexpr quint32 applicationId = 0x53544d50; // "STMP"

    /// How closely an existing file is looked at before it is opened for
    /// writing.
    enum class Verification {
        /// Header, schema and file size: cheap, for every stampdesk-cli call.
        Structure,
        /// Also read every page (PRAGMA quick_check): for the app's start.
        Pages,
        /// SQLite's full PRAGMA integrity_check (also indexes against
        /// tables): for backups and the files a manager restores.
        Full,
    };

    /// pagesDone of pagesTotal copied so far; called on the caller's thread.
    using Progress = std::function<void(int pagesDone, int pagesTotal)>;

    /// Copies the database at databasePath to target with SQLite's online
    /// backup API, while other connections keep reading and writing it. It
    /// is written beside target under a temporary name, passes the full
    /// integrity check as a Stampdesk database, and only then takes
    /// target's name: there is never a half-written backup under it.
    /// Refused: target is the database itself (SameFile), exists (Exists),
    /// its folder is missing or read-only (CannotWrite), a full disk
    /// (DiskFull). Uses connections of its own: call it from any thread.
    static StoreResult<BackupReport> backup(const QString &databasePath, const QString &target,
                                            const Progress &progress = {});

    /// Replaces the database at databasePath with the backup at source.
    /// The backup is checked first on a temporary copy (never changed
    /// itself): not a Stampdesk database (NotADatabase, ForeignDatabase),
    /// damaged (CorruptBackup, full integrity check), newer than this
    /// program (TooNew) or unreadable (CannotOpen) is refused and nothing
    /// changes; an older schema is migrated. The current database is kept
    /// as a safety copy (`<db>.before-restore-<yyyyMMdd-HHmmss>`) beside
    /// it, then the backup is copied into it with the backup API in one
    /// write transaction, so that other connections see the new content
    /// (they must reload what they cache: Store::reloadRegisterInfo). Busy
    /// when another connection holds a write transaction for more than the
    /// busy timeout (10 s). Call it from any thread.
    static StoreResult<RestoreReport> restore(const QString &databasePath, const QString &source,
                                              const Progress &progress = {});

    /// Opens the database at path, creating it (with the demo programme) if
    /// it does not exist and migrating an older schema. A file that is not a
    /// Stampdesk database, or is damaged, is refused and left byte-for-byte
    /// untouched. clock, when given, is the store's clock from the start: a
    /// new database's first event (the demo programme) is stamped by it too,
    /// so a shop made for a replayed day holds nothing after that day.
    static StoreResult<std::unique_ptr<Store>>
    open(const QString &path, Verification verification = Verification::Structure,
         Clock clock = {});

    /// The user's data folder for Stampdesk, <GenericDataLocation>/stampdesk
    /// (~/.local/share/stampdesk on Linux), created on demand: the default
    /// database, the logs and the backups live there.
    static QString dataFolder();
    /// The database a user gets without --db: stampdesk.db in the user's
    /// data folder, unless the environment's STAMPDESK_DB names another.
    static QString defaultPath();

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const;

    /// Replaces the clock (for tests and tools that replay a day).
    void setClock(Clock clock);
    QDateTime now() const;

    // --- This register ---
    RegisterInfo registerInfo() const;
    /// Reads this register's identity again: another connection to the
    /// file (a sync worker's store, stampdesk-cli pair) may have paired it
    /// with a shop since this one was opened.
    StoreResult<Done> reloadRegisterInfo();
    StoreResult<Done> setRegisterInfo(const QString &name, const QString &location);

    // --- Programme ---
    StoreResult<Programme> programme() const;
    StoreResult<Event> setProgramme(const Programme &programme, const QString &staff);

    // --- Cards ---
    StoreResult<Outcome> createCard(const QString &name, const QString &phone,
                                    const QString &staff);
    /// Creates many cards in one transaction; returns their ids in order.
    StoreResult<QList<QString>> createCards(const QList<NewCard> &cards, const QString &staff);
    StoreResult<Card> card(const QString &id) const;
    StoreResult<CardState> cardState(const QString &id) const;
    StoreResult<Card> cardByPhone(const QString &phone) const;
    /// Cards whose id starts with text, whose phone number ends with its
    /// digits, or whose name contains it, accents ignored.
    StoreResult<QList<Card>> findCards(const QString &text, int limit = 50) const;
    StoreResult<Outcome> setCardStatus(const QString &cardId, CardStatus status,
                                       const QString &reason, const QString &staff);

    // --- Cashier actions ---
    StoreResult<Outcome> addStamps(const QString &cardId, int count, const QString &source,
                                   const QString &staff);
    StoreResult<Outcome> undo(const QString &eventId, const QString &staff);
    /// Redeems at once: planRedemption, then commitRedemption as
    /// provisional (the event waits in the outbox). A register that is not
    /// paired is its own authority; a paired one asks the backend first
    /// where it can (docs/sync.md, Redemption).
    StoreResult<Outcome> redeem(const QString &voucherIdOrCode, const QString &staff);

    /// Whether the backend already accepted a redemption being committed.
    enum class Acceptance {
        Provisional, ///< not asked, or not reachable: the event waits in the outbox
        Accepted, ///< the backend accepted this very event (POST /v1/vouchers/{id}/redeem)
    };
    /// The first half of a redemption that asks the backend: the rules are
    /// checked and the voucher.redeemed event is made (its id and time
    /// final), but nothing is written.
    StoreResult<Event> planRedemption(const QString &voucherIdOrCode, const QString &staff) const;
    /// The second half: the rules are checked again (the voucher may have
    /// changed meanwhile, e.g. redeemed through a pulled page), then the
    /// planned event is written as it was made, in one transaction. Accepted
    /// also records the backend's answer for it in that transaction, so the
    /// outbox never sends it again.
    StoreResult<Outcome> commitRedemption(const Event &planned, Acceptance acceptance);
    StoreResult<Outcome> voidVoucher(const QString &voucherIdOrCode, const QString &reason,
                                     const QString &staff);

    // --- Vouchers and ledger ---
    /// The voucher with this id or redeem code (typed with or without dashes).
    StoreResult<Voucher> voucher(const QString &idOrCode) const;
    StoreResult<QList<Voucher>> vouchers(const VoucherFilter &filter) const;
    StoreResult<Event> event(const QString &id) const;
    /// Events in ledger order, from `since` on (all when invalid).
    StoreResult<QList<Event>> events(const QDateTime &since = {}, int limit = -1) const;
    /// Events not yet accepted by the backend (the outbox).
    StoreResult<int> pendingSyncCount() const;

    // --- Keys of signed card and voucher codes (docs/payloads.md) ---
    /// The public keys this register trusts for its shop (registerInfo().shop).
    StoreResult<Keyring> keyring() const;
    /// The newest key of the shop whose private seed this register holds: a
    /// shop without a backend is its own issuer. None where only the backend
    /// signs (or the database cannot be read).
    std::optional<SigningKey> signingKey() const;
    /// Trusts a public key (rotation: the backend's next key). The same key
    /// again changes nothing; a key under a number whose seed this register
    /// holds is refused (KeyConflict). Keys of another shop are kept but not
    /// trusted.
    StoreResult<Done> addPublicKey(const PublicKey &key);
    /// Keeps a signing key of this register's own (rotation for a shop that
    /// is its own issuer), under the same rules as addPublicKey.
    StoreResult<Done> addSigningKey(const SigningKey &key);

    // --- Staff (issue 5) ---
    /// Every member, active ones first, by name.
    StoreResult<QList<StaffMember>> staff() const;
    StoreResult<StaffMember> staffMember(const QString &id) const;
    /// A new member; the PIN is hashed by the caller (Pins::hash, off the
    /// GUI thread). Refused: an empty name, or a name an active member has.
    StoreResult<StaffMember> addStaff(const QString &name, StaffRole role, const PinHash &pin);
    /// Name, role and active. Refused (StoreError LastManager) when no
    /// active manager would be left.
    StoreResult<Done> updateStaff(const StaffMember &member);
    StoreResult<Done> setPin(const QString &staffId, const PinHash &pin);
    StoreResult<PinState> pinState(const QString &staffId) const;
    /// Records a PIN attempt the caller checked (Pins::verify): a right one
    /// clears the failures; a wrong one counts, and locks the member out
    /// until now + Pins::lockout(failures). Returns the new state.
    StoreResult<PinState> recordPinAttempt(const QString &staffId, bool right);

    // --- This register's settings (issue 5) ---
    /// A setting, or fallback when it was never set. Keys: shop_name,
    /// language (vi, en), camera (a camera id; empty: the default), sounds
    /// (1, 0), code_stock_low (a number).
    StoreResult<QString> setting(const QString &key, const QString &fallback = {}) const;
    StoreResult<Done> setSetting(const QString &key, const QString &value);

    // --- Redeem codes made in the POS (issue 5) ---
    /// Imports codes from a CSV export of the POS: the first column of every
    /// line (a header line is recognised and skipped), trimmed. Codes are 4
    /// to 32 letters, digits and dashes. Codes already known are counted,
    /// not added twice. One transaction: all of the valid ones, or none.
    /// Each voucher issued afterwards while stock lasts carries the oldest
    /// available code (event voucher.code-attached, in the transaction that
    /// issues it), and can be redeemed by it.
    StoreResult<CodeImport> importRedeemCodes(const QByteArray &csv, const QString &staff);
    StoreResult<CodeStock> codeStock() const;

    /// Takes back a redemption made by mistake (a compensating event,
    /// voucher.redemption-undone: the voucher is issued again). The caller
    /// asks for a manager's PIN outside Rules::undoWindow.
    StoreResult<Outcome> undoRedemption(const QString &voucherIdOrCode, const QString &reason,
                                        const QString &staff);

    // --- Reports and activity (issue 5) ---
    /// The shop's totals over [from, to).
    StoreResult<Totals> totals(const QDateTime &from, const QDateTime &to) const;
    /// This register's events from since on, newest first.
    StoreResult<QList<Event>> registerEvents(const QDateTime &since, int limit = 200) const;

    // --- Sync with the shop's backend (issue 6, docs/sync.md) ---
    /// The link, or none while the register is not paired.
    StoreResult<std::optional<SyncLink>> syncLink() const;
    /// Pairs the register: keeps the link, adopts the backend's shop id and
    /// trusts its public keys (the backend signs codes from now on), and
    /// starts pulling from the beginning. Programme changes made here before
    /// are not sent (the register adopts the shop's programme); cards and
    /// stamps are. One transaction.
    StoreResult<Done> pair(const SyncLink &link, quint16 shop, const QList<PublicKey> &keys);
    /// Forgets the link (the events stay; they are sent after pairing again).
    StoreResult<Done> unpair();
    /// The oldest events not yet answered by the backend, in ledger order.
    StoreResult<QList<Event>> pendingEvents(int limit) const;
    /// Keeps the backend's answers and marks those events synced, in one
    /// transaction. An answer for an unknown event is ignored.
    StoreResult<Done> recordPushResults(const QList<PushResult> &results);
    /// Applies a page of the backend's changes in one transaction: each card
    /// becomes the backend's state with this register's unanswered events
    /// replayed on top (Merge::apply); the programme is replaced unless a
    /// change made here is still unanswered; the cursor moves on.
    StoreResult<PullApplied> applyPulledPage(const PulledPage &page);
    /// Records how the last sync went: a success (error empty) or the error.
    StoreResult<Done> recordSyncOutcome(const QString &error);
    /// The backend's public keys (rotation).
    StoreResult<Done> trustKeys(const QList<PublicKey> &keys);
    /// Conflicts, newest first.
    StoreResult<QList<SyncConflict>> conflicts(bool unseenOnly = false) const;
    StoreResult<Done> markConflictsSeen();

    // --- Integrity ---
    /// SQLite's integrity check, then the card, voucher and programme state
    /// rebuilt from the ledger alone, compared with the stored state.
    StoreResult<CheckReport> check() const;

    /// Test hook: creates a database at an older schema version, as that
    /// version of Stampdesk would have left it.
    static StoreResult<Done> createAtVersion(const QString &path, int version);

private:
    explicit Store(QString connectionName, QString path);

    QSqlDatabase db() const;
    Context context(const QString &staff) const;
    StoreResult<Done> initialise();
    StoreResult<Outcome>
    actOnCard(const QString &cardId,
              const std::function<Result<Outcome, Refusal>(const CardState &)> &rule);
    StoreResult<Outcome> actOnVoucher(
        const QString &voucherIdOrCode,
        const std::function<Result<Outcome, Refusal>(const CardState &, const QString &)> &rule);
    StoreResult<Done> persist(const Outcome &outcome);
    StoreResult<Done> appendEvent(const Event &event);
    StoreResult<Done> storeKey(const PublicKey &key, const QByteArray &seed);
    /// recordPushResults' writes, inside a transaction the caller holds.
    StoreResult<Done> keepPushResults(const QList<PushResult> &results);

    template<typename T>
    StoreResult<T> inWriteTransaction(const std::function<StoreResult<T>()> &body);

    QString m_connection;
    QString m_path;
    Clock m_clock;
    RegisterInfo m_register;
};

} // namespace stampdesk
