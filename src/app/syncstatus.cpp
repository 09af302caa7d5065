// SPDX-License-Identifier: Apache-2.0
#include "syncstatus.h"

#include "language.h"
#include "store/store.h"

namespace stampdesk {

SyncStatus::SyncStatus(Store &store, const Language &language, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&language, &Language::changed, this, &SyncStatus::changed);
    connect(&m_timer, &QTimer::timeout, this, &SyncStatus::refresh);
    m_timer.setInterval(interval);
    m_timer.start();
    refresh();
}

QString SyncStatus::stateText() const
{
    //: The register's connection to the wallet-pass backend
    return online() ? tr("Online") : tr("Offline — no backend connected yet");
}

QString SyncStatus::stateWord() const
{
    //: The register's connection to the backend, in one word
    return online() ? tr("Online") : tr("Offline");
}

QString SyncStatus::pendingText() const
{
    if (m_pending < 0)
        return tr("Changes waiting to sync: unknown");
    if (m_pending == 0)
        return tr("Nothing waiting to sync");
    //: Ledger events (stamps, vouchers…) recorded here and not yet sent to the backend
    return tr("%n change(s) waiting to sync", nullptr, m_pending);
}

QString SyncStatus::pendingShort() const
{
    if (m_pending < 0)
        //: The number of changes waiting to sync is unknown (the database cannot say)
        return tr("? waiting");
    if (m_pending == 0)
        //: Short, in the header: every change has been sent to the backend
        return tr("all sent");
    //: Short, in the header: this many changes wait to be sent to the backend
    return tr("%n waiting", nullptr, m_pending);
}

void SyncStatus::refresh()
{
    const auto count = m_store.pendingSyncCount();
    const int pending = count ? count.value() : -1;
    if (pending == m_pending)
        return;
    m_pending = pending;
    Q_EMIT changed();
}

} // namespace stampdesk
