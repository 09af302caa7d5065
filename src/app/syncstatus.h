// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QTimer>

#include <chrono>

namespace stampdesk {

class Language;
class Store;

/// Whether the register is connected to the backend, and how many of its
/// events wait to be sent: always in sight, so that a cashier knows that
/// an offline register is still recording everything.
///
/// Until the sync engine exists (its own issue), the register is offline
/// with no backend connected; the count is the store's outbox, read after
/// every action (refresh()) and every 30 seconds.
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

public:
    static constexpr std::chrono::seconds interval{30};

    /// The store and the language must outlive this object.
    SyncStatus(Store &store, const Language &language, QObject *parent = nullptr);

    bool online() const { return false; }
    /// Events not yet accepted by the backend; -1 when the store cannot say.
    int pendingCount() const { return m_pending; }
    /// The state in a sentence, e.g. "Offline — no backend connected yet".
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
    QTimer m_timer;
    int m_pending = 0;
};

} // namespace stampdesk
