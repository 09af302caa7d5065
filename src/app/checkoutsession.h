// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cardsummary.h"
#include "core/cardstate.h"
#include "core/keys.h"
#include "core/payload.h"
#include "scan/scanresult.h"
#include "store/storeerror.h"
#include "sync/syncengine.h"
#include "voucherlistmodel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>

#include <optional>

namespace stampdesk {

class CardLookup;
class Language;
class StaffSession;
class Store;
struct Context;

/// One customer at the counter, from the first scan to the result.
///
/// Every scanned or typed code comes here: a card is shown with its stamps
/// and ready vouchers, ready for Add stamp; a voucher or a redeem code
/// (ours, or one the POS made) is shown with its reward, ready for Confirm
/// where a cashier may consume it; anything else is refused in plain words.
/// Each action asks the store, which asks core's rules, and is recorded
/// under the staff member signed in. QML reads the booleans (canAddStamps,
/// canConfirm) and decides nothing itself.
class CheckoutSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Shell makes the one CheckoutSession.")
    Q_PROPERTY(State state READ state NOTIFY changed FINAL)
    Q_PROPERTY(bool hasCard READ hasCard NOTIFY changed FINAL)
    Q_PROPERTY(stampdesk::CardSummary card READ card NOTIFY changed FINAL)
    Q_PROPERTY(stampdesk::VoucherListModel *vouchers READ vouchers CONSTANT FINAL)
    Q_PROPERTY(int quantity READ quantity WRITE setQuantity NOTIFY changed FINAL)
    Q_PROPERTY(int maxStamps READ maxStamps NOTIFY changed FINAL)
    Q_PROPERTY(bool canAddStamps READ canAddStamps NOTIFY changed FINAL)
    Q_PROPERTY(bool hasVoucher READ hasVoucher NOTIFY changed FINAL)
    Q_PROPERTY(stampdesk::VoucherView voucher READ voucher NOTIFY changed FINAL)
    Q_PROPERTY(bool canConfirm READ canConfirm NOTIFY changed FINAL)
    Q_PROPERTY(bool checking READ checking NOTIFY changed FINAL)
    Q_PROPERTY(QString voucherNote READ voucherNote NOTIFY changed FINAL)
    Q_PROPERTY(Result result READ result NOTIFY changed FINAL)
    Q_PROPERTY(int stampsAdded READ stampsAdded NOTIFY changed FINAL)
    Q_PROPERTY(int issuedCount READ issuedCount NOTIFY changed FINAL)
    Q_PROPERTY(stampdesk::VoucherView issued READ issued NOTIFY changed FINAL)
    Q_PROPERTY(QString message READ message NOTIFY changed FINAL)
    Q_PROPERTY(QString problem READ problem NOTIFY changed FINAL)
    Q_PROPERTY(QString readText READ readText NOTIFY changed FINAL)

public:
    enum class State {
        Idle, ///< waiting for the next customer
        Card, ///< a card is shown, ready for stamps
        Voucher, ///< a voucher is shown, ready for Confirm (or not, see canConfirm)
        Done, ///< an action succeeded; result says which
        Refused, ///< a code or an action was refused; message says why and what to do
        NoMatch, ///< a search found no card, or several; message says so
    };
    Q_ENUM(State)

    /// What the last action did (in Done).
    enum class Result {
        None,
        StampsAdded,
        VoucherIssued, ///< stamps added, and the card reached its goal
        Redeemed,
    };
    Q_ENUM(Result)

    /// What the cashier hears.
    enum class Feedback { Success, Issued, Failure };
    Q_ENUM(Feedback)

    /// The store, the language and the finder must outlive the session.
    CheckoutSession(Store &store, const Language &language, CardLookup &finder,
                    QObject *parent = nullptr);
    ~CheckoutSession() override;

    /// The engine a paired register asks before it redeems (the Shell's,
    /// on this thread). Without one, or while the register is not paired,
    /// a redemption is decided here alone. It may be destroyed first.
    void setSyncEngine(SyncEngine *engine);

    /// Who works the register: actions are recorded under its name, and
    /// refused while nobody is signed in. It may be destroyed first.
    void setStaff(StaffSession *staff);

    State state() const { return m_state; }
    bool hasCard() const;
    CardSummary card() const { return m_card; }
    VoucherListModel *vouchers() { return &m_vouchers; }
    /// Stamps the next Add stamp adds: 1 to maxStamps.
    int quantity() const { return m_quantity; }
    void setQuantity(int quantity);
    /// The programme's per-visit cap.
    int maxStamps() const { return m_maxStamps; }
    bool canAddStamps() const;

    bool hasVoucher() const;
    VoucherView voucher() const;
    bool canConfirm() const;
    /// A confirmed redemption waits for the shop's server's answer (a paired
    /// register): Confirm is disabled, Cancel drops it.
    bool checking() const { return m_checking.has_value(); }
    /// Why the shown voucher cannot be consumed here although it is ready
    /// (a self-redeem voucher); empty otherwise.
    QString voucherNote() const;

    Result result() const { return m_result; }
    int stampsAdded() const { return m_stampsAdded; }
    /// Vouchers the last stamps issued (usually one).
    int issuedCount() const { return int(m_issued.size()); }
    /// The first of them.
    VoucherView issued() const;

    /// In the current language: the result (Done), why not and what next
    /// (Refused), or why no card is shown (NoMatch); empty otherwise.
    QString message() const;
    /// A stable name for the refusal, e.g. "voucher-redeemed", "bad-signature",
    /// "not-signed-in"; empty unless Refused.
    QString problem() const;
    /// The text the last code was read as.
    QString readText() const { return m_readText; }

    /// Enter at the counter: with text, takes it as a typed code or a search
    /// (card number, phone, name, voucher id, redeem code, POS code); with
    /// none, does what is at hand (adds the stamps, confirms the redemption).
    Q_INVOKABLE void submit(const QString &text);
    /// A typed code or search, as submit() with text.
    Q_INVOKABLE void enter(const QString &text);
    /// Shows the card with this id (a signed code named it, or it was just made).
    Q_INVOKABLE void showCard(const QString &cardId);
    /// Shows a voucher by id or redeem code (the Redeem button of the list).
    Q_INVOKABLE void showVoucher(const QString &idOrCode);

    /// Adds count stamps to the card shown; true when they were added.
    Q_INVOKABLE bool addStamps(int count);
    Q_INVOKABLE void increase();
    Q_INVOKABLE void decrease();
    /// Consumes the voucher shown; true when it was redeemed now.
    ///
    /// On a register that is not paired (its own issuer) the rules decide at
    /// once. On a paired register the shop's server is asked first: this
    /// returns false with checking() set, and the answer arrives later
    /// (changed(), feedback(), acted() when something was written):
    /// accepted → redeemed; a conflict (redeemed elsewhere) → refused,
    /// nothing written; unreachable → the programme's offline policy
    /// (deny: refused, nothing written; allow: redeemed provisionally, it
    /// waits in the outbox); another failure → refused with its reason.
    /// Cancel while checking drops the answer and writes nothing; if the
    /// server accepted it meanwhile, the next sync brings the voucher as
    /// redeemed.
    Q_INVOKABLE bool confirmRedemption();

    /// Steps back: from a voucher to the card it came from, from a refusal
    /// to the card shown before it; else starts over.
    Q_INVOKABLE void cancel();
    /// Starts over for the next customer.
    Q_INVOKABLE void clear();
    /// Reads the card or voucher shown again (after an undo elsewhere) and
    /// shows it as it is now, ready for the next action.
    Q_INVOKABLE void refresh();
    /// The keys typed codes are checked with (a restore brought others).
    void setKeyring(const Keyring &keyring) { m_keyring = keyring; }

public Q_SLOTS:
    /// A code scanned by camera or barcode gun.
    void take(const stampdesk::scan::ScanResult &result);

Q_SIGNALS:
    void changed();
    /// The store changed through this session (stamps, a redemption).
    void acted();
    void feedback(stampdesk::CheckoutSession::Feedback kind);

private:
    /// Problems of the counter itself, beside those of the rules and codes.
    enum class Problem { None, NotSignedIn, UnknownCard, UnknownVoucher };

    void read(const ::stampdesk::Result<Payload, PayloadError> &payload, const QString &text,
              bool typed);
    void lookUp(const QString &text, const std::optional<PayloadError> &otherwise);
    void show(const CardState &state, State next);
    void showVoucher(const Voucher &voucher);
    void setCard(const CardState &state);
    void refuse(const StoreError &error);
    void refuse(const PayloadError &error);
    void refuse(Problem problem);
    void enterRefused();
    void onRedeemAnswered(const QString &eventId, const RedeemAnswer &answer);
    void commitRedemption(const Event &planned, Store::Acceptance acceptance);
    bool paired() const;
    void noMatch();
    void resetOutcome();
    Context context() const;
    QString staffName() const;
    bool signedIn() const;

    Store &m_store;
    const Language &m_language;
    CardLookup &m_finder;
    QPointer<StaffSession> m_staff;
    QPointer<SyncEngine> m_engine;
    std::optional<Event> m_checking; ///< the redemption the server is asked about
    Keyring m_keyring;
    VoucherListModel m_vouchers;

    State m_state = State::Idle;
    std::optional<CardState> m_cardState; ///< the card shown, or the voucher's card
    bool m_showCard = false; ///< the card panel is shown (not only the voucher's)
    CardSummary m_card;
    std::optional<Voucher> m_voucher; ///< the voucher shown
    bool m_voucherFromCard = false; ///< opened from the card's list: Cancel goes back
    int m_quantity = 1;
    int m_maxStamps = 1;

    Result m_result = Result::None;
    int m_stampsAdded = 0;
    QList<Voucher> m_issued;

    bool m_provisional = false; ///< the redemption shown waits for the server
    std::optional<StoreError> m_storeError;
    std::optional<SyncError> m_syncError;
    std::optional<PayloadError> m_payloadError;
    Problem m_problem = Problem::None;
    QString m_readText;
};

} // namespace stampdesk
