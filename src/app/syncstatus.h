// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QTimer>

#include <chrono>

namespace stampdesk {

class Language;
class Store;
class SyncService;

/// Whether the register is connected to the backend, and how many of its
/// events wait to be sent: always in sight, so that a cashier knows that
/// an offline register is still recording everything.
///
/// The state follows the SyncService (setService): online while its last
/// round reached the shop's server, offline when it did not or when the
/// register is not paired; "syncing" while a round runs. The count is the
/// store's outbox, read after every action (refresh()), every round and
/// every 30 seconds.
class SyncStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Shell makes the one SyncStatus.")
    Q_PROPERTY(bool online READ online NOTIFY changed FINAL)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed FINAL)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed FINAL)
    Q_PROPERTY(QString stateWord READ stateWord NOTIFY changed FINAL)
    Q_PROPERTY(QString pendingText READ pendingText NOTIFY changed FINAL)
    Q_PROPERTY(QString pendingShort READ pendingShort NOTIFY changed FINAL)
    Q_PROPERTY(bool paired READ paired NOTIFY changed FINAL)
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed FINAL)
    Q_PROPERTY(QString lastSuccessText READ lastSuccessText NOTIFY changed FINAL)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed FINAL)
    Q_PROPERTY(int unseenConflicts READ unseenConflicts NOTIFY changed FINAL)

public:
    static constexpr std::chrono::seconds interval{30};

    /// The store and the language must outlive this object.
    SyncStatus(Store &store, const Language &language, QObject *parent = nullptr);

    /// The service whose state this shows (may be null: not paired).
    void setService(SyncService *service);

    bool online() const;
    bool paired() const;
    /// A round runs.
    bool syncing() const;
    /// When a round last reached the server; empty when never.
    QString lastSuccessText() const;
    /// Why the last round failed; empty after a success.
    QString lastError() const;
    /// Conflicts nobody has looked at yet.
    int unseenConflicts() const;
    /// Events not yet accepted by the backend; -1 when the store cannot say.
    int pendingCount() const { return m_pending; }
    /// The state in a sentence, e.g. "Offline — not connected to a shop server".
    QString stateText() const;
    /// The state in a word, for a crowded header: "Offline".
    QString stateWord() const;
    /// The count in a sentence: "3 changes waiting to sync".
    QString pendingText() const;
    /// The count in a word or two, never cut off in the header: "3 waiting".
    QString pendingShort() const;

    /// How often the count is read again (tests make it short).
    void setInterval(std::chrono::milliseconds every) { m_timer.setInterval(every); }

public Q_SLOTS:
    /// Reads the count again.
    void refresh();

Q_SIGNALS:
    void changed();

private:
    Store &m_store;
    QPointer<SyncService> m_service;
    QTimer m_timer;
    int m_pending = 0;
};

} // namespace stampdesk
