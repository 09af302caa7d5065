// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apiclient.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <optional>

namespace stampdesk {

/// Why a sync round or a pairing failed, sorted by what staff can do.
struct SyncError
{
    Q_DECLARE_TR_FUNCTIONS(SyncError)
public:
    enum class Kind {
        NotPaired, ///< the register has no link with a backend yet
        Api, ///< the call failed (see api: offline, timeout, TLS, refused ...)
        BadAnswer, ///< the backend answered, but not as the API says
        Database, ///< this register's database (see store)
    };
    Kind kind = Kind::Api;
    std::optional<ApiError> api;
    std::optional<StoreError> store;
    QString detail; ///< for BadAnswer: what was wrong, for logs

    /// A stable name: "not-paired", "bad-answer", "database", the server's
    /// code of a refusal ("pairing-code-invalid" ...), or the ApiError's
    /// kind name ("offline", "unauthorized" ...).
    QString codeName() const;
    /// In the staff's language, with what to do next.
    QString message() const;
    /// Whether the next round may succeed by itself (a network failure).
    bool isTransient() const;
};

/// What one sync round did.
struct SyncSummary
{
    int pushed = 0; ///< events the backend answered
    int pulled = 0; ///< cards received
    int conflicts = 0; ///< events the backend refused in this round
    std::optional<SyncError> error;
};

/// The backend's answer to an online redemption (SyncEngine::redeem).
struct RedeemAnswer
{
    enum class Kind {
        /// Redeemed: the backend took this event now, or had it already
        /// (duplicate: an answer lost on the way, asked again).
        Accepted,
        /// Refused by the backend's state: conflict says why (e.g.
        /// voucher-redeemed, detail = the register that redeemed it first,
        /// when = then).
        Conflict,
        /// The backend could not be asked: offline, a timeout, a 5xx or a
        /// 429 (error). The programme's offline policy decides.
        Unreachable,
        /// The backend cannot answer this register (error): its token is
        /// revoked, the answer cannot be read, it does not know the voucher,
        /// the register is not paired.
        Failed,
    };
    Kind kind = Kind::Failed;
    bool duplicate = false; ///< for Accepted
    std::optional<Refusal> conflict; ///< for Conflict
    std::optional<SyncError> error; ///< for Unreachable and Failed
};

/// What a paired register does with the backend's answer to a redemption
/// (docs/sync.md, Redemption), for the counter and stampdesk-cli alike:
/// write it (commit: accepted by the backend, or provisional where the
/// shop allows redeeming offline), or refuse it with nothing written
/// (refusal: the conflict, or OfflineRedeemDenied; error: the backend
/// cannot answer this register).
struct RedeemDecision
{
    std::optional<Store::Acceptance> commit;
    std::optional<Refusal> refusal;
    std::optional<SyncError> error;

    static RedeemDecision of(const RedeemAnswer &answer, OfflineRedeem policy);
};

/// Pairs a register with the shop's backend, and syncs it: pushes the
/// outbox in batches and pulls the backend's changes page by page
/// (docs/sync.md). Works on a Store of its own thread, asynchronously (no
/// call blocks on the network). Every step is committed as it is answered:
/// an event is marked synced only with the backend's answer for it, a page
/// is applied with its cursor in one transaction, so a round killed at any
/// point resumes where it stopped.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int batchSize = 200; ///< events per push (the API takes up to 500)
        int pageSize = 1000; ///< cards per pulled page (the API's most)
        std::chrono::milliseconds timeout = ApiClient::defaultTimeout;
        RetryPolicy retry;
        /// An online redemption keeps a customer waiting: a short timeout
        /// and at most one quick retry, then the offline policy decides.
        std::chrono::milliseconds redeemTimeout{5'000};
        RetryPolicy redeemRetry{2, std::chrono::milliseconds(200), 2.0,
                                std::chrono::milliseconds(500)};
    };

    explicit SyncEngine(Store &store, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setOptions(const Options &options) { m_options = options; }
    bool isBusy() const { return m_busy; }

    /// Pairs with the backend at url with a one-time code from its manager
    /// (`stampdesk-server admin pairing-code`). caPem: a CA to trust for a
    /// self-hosted backend. Emits pairingFinished.
    void pair(const QUrl &url, const QString &code, const QByteArray &caPem = {});

    /// One round: push everything waiting, then pull every page. Emits
    /// finished. A call while a round runs is ignored (returns false).
    bool syncNow();

    /// Asks the backend to redeem (POST /v1/vouchers/{id}/redeem) with a
    /// voucher.redeemed event planned by Store::planRedemption; the first
    /// redemption the backend receives wins. Writes nothing to the store
    /// but the answers of events it pushes first: when the backend does not
    /// know the voucher (issued here, not sent yet), the outbox is pushed
    /// once and the backend asked again. Emits redeemAnswered (always after
    /// this call returns). Only for a paired register; independent of a
    /// round under way.
    void redeem(const Event &redeemed);

signals:
    void pairingFinished(const std::optional<stampdesk::SyncError> &error);
    void finished(const stampdesk::SyncSummary &summary);
    /// Between steps, for a progress display.
    void progress(int pushed, int pulled);
    void redeemAnswered(const QString &eventId, const stampdesk::RedeemAnswer &answer);

private:
    void configure(const SyncLink &link);
    void pushNext();
    void onPushed(const QList<Event> &batch, const ApiResult &result);
    void pullNext();
    void onPulled(const ApiResult &result);
    void finish(std::optional<SyncError> error);
    void askRedeem(const Event &redeemed, bool pushed);
    void pushBeforeRedeem(const Event &redeemed);
    void answerRedeem(const QString &eventId, RedeemAnswer answer);
    void useRedeemSettings(bool on);
    void fetchShop(const std::function<void(const QJsonObject &)> &then,
                   const std::function<void(SyncError)> &fail);

    Store &m_store;
    ApiClient *m_client;
    Options m_options;
    bool m_busy = false;
    SyncSummary m_summary;
    QString m_cursor;
};

} // namespace stampdesk
