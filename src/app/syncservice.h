// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sync/syncengine.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QThread>
#include <QTimer>
#include <QVariant>

#include <chrono>
#include <optional>

namespace stampdesk {

class Language;
class Store;
class SyncWorker;

/// The register's sync with the shop's server, in the background: a
/// SyncEngine runs in a worker thread on a Store of its own (the same
/// database file), so that the window never waits on the network or on a
/// pulled page. Its state reaches this object by queued signals only.
///
/// Rounds run every 30 seconds, a second after a cashier's action
/// (noteActivity) and on demand (syncNow), only while the register is
/// paired: a register that is not paired starts no thread until a manager
/// pairs it. Pairing, unpairing and the conflicts of the settings' "Shop
/// server" tab are here too.
class SyncService : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Shell makes the one SyncService.")
    Q_PROPERTY(bool paired READ paired NOTIFY changed FINAL)
    Q_PROPERTY(bool online READ online NOTIFY changed FINAL)
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed FINAL)
    Q_PROPERTY(QString progressText READ progressText NOTIFY changed FINAL)
    Q_PROPERTY(bool pairing READ pairing NOTIFY changed FINAL)
    Q_PROPERTY(QString pairingError READ pairingError NOTIFY changed FINAL)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY changed FINAL)
    Q_PROPERTY(QString shopText READ shopText NOTIFY changed FINAL)
    Q_PROPERTY(QString registerName READ registerName NOTIFY changed FINAL)
    Q_PROPERTY(QString lastSuccessText READ lastSuccessText NOTIFY changed FINAL)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed FINAL)
    Q_PROPERTY(int unseenConflicts READ unseenConflicts NOTIFY changed FINAL)
    Q_PROPERTY(QVariantList conflicts READ conflicts NOTIFY changed FINAL)

public:
    static constexpr std::chrono::seconds interval{30};
    static constexpr std::chrono::milliseconds debounce{1000};

    /// The store and the language must outlive this object.
    SyncService(Store &store, const Language &language, QObject *parent = nullptr);
    /// Stops the worker: a request under way is aborted, the thread joined.
    ~SyncService() override;

    bool paired() const { return m_paired; }
    /// The last round reached the server.
    bool online() const { return m_paired && m_online; }
    bool syncing() const { return m_syncing; }
    /// While a round runs: what it sent and fetched so far.
    QString progressText() const;
    bool pairing() const { return m_pairing; }
    /// Why the last pairing failed, in the staff's language; empty otherwise.
    QString pairingError() const;
    QString serverUrl() const { return m_serverUrl; }
    /// The shop's name and number, e.g. "Dao Coffee (shop 4711)".
    QString shopText() const;
    QString registerName() const { return m_registerName; }
    /// When a round last reached the server, in the language's format;
    /// empty when never.
    QString lastSuccessText() const;
    /// Why the last round failed, in the staff's language; empty after a
    /// success.
    QString lastError() const;
    /// What the server refused that nobody has looked at yet.
    int unseenConflicts() const { return m_unseenConflicts; }
    /// Every conflict, newest first: {what, winner, message, when, seen}.
    QVariantList conflicts() const;

    /// How often rounds run, and how long after an action (tests make them
    /// short). Takes effect at the next start of the timers.
    void setInterval(std::chrono::milliseconds every);
    void setDebounce(std::chrono::milliseconds after);
    /// The engine's batches, timeouts and retries; before the worker starts.
    void setEngineOptions(const SyncEngine::Options &options) { m_options = options; }
    /// Whether the worker thread runs.
    bool isRunning() const { return m_thread.isRunning(); }

    /// Pairs with the server at url with its one-time code; caFile: a PEM
    /// certificate to trust for a self-hosted server (may be empty). Ends
    /// with pairingFinished.
    Q_INVOKABLE void pair(const QString &url, const QString &code, const QString &caFile = {});
    /// Drops the link with the server (the ledger stays); rounds stop.
    Q_INVOKABLE bool unpair();
    Q_INVOKABLE void markConflictsSeen();
    /// Stops the worker and starts again as the database says now (after a
    /// restore replaced it: another pairing, or none).
    void restart();

public Q_SLOTS:
    /// A round now (nothing while one runs or when not paired).
    void syncNow();
    /// A cashier acted: a round soon, once the actions pause.
    void noteActivity();

Q_SIGNALS:
    void changed();
    void pairingFinished(bool ok);
    /// A round ended: reached the server (ok) or not.
    void roundFinished(bool ok);

private:
    void startWorker();
    void stopWorker();
    void startRounds();
    void reload();
    void onPaired(const std::optional<stampdesk::SyncError> &error);
    void onRoundFinished(const stampdesk::SyncSummary &summary);
    void onProgress(int pushed, int pulled);
    void failPairing(const QString &message);

    Store &m_store;
    SyncEngine::Options m_options;
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    QTimer m_rounds;
    QTimer m_soon;

    bool m_paired = false;
    bool m_online = false;
    bool m_syncing = false;
    bool m_again = false; ///< a round was asked for while one ran
    int m_pushed = 0;
    int m_pulled = 0;
    bool m_pairing = false;
    std::optional<SyncError> m_pairingError;
    QString m_pairingProblem; ///< a form's problem found before asking the server
    QString m_serverUrl;
    QString m_shopName;
    quint16 m_shop = 0;
    QString m_registerName;
    std::optional<QDateTime> m_lastSuccess;
    std::optional<SyncError> m_lastError;
    QString m_storedError; ///< the last error as the store kept it (before any round here)
    int m_unseenConflicts = 0;
    QList<SyncConflict> m_conflicts;
};

} // namespace stampdesk
