// SPDX-License-Identifier: Apache-2.0
#include "syncstatus.h"

#include "language.h"
#include "store/store.h"
#include "syncservice.h"

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

void SyncStatus::setService(SyncService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (service) {
        connect(service, &SyncService::changed, this, &SyncStatus::changed);
        // A round sent the outbox, or an unpairing or a pull changed it.
        connect(service, &SyncService::changed, this, &SyncStatus::refresh);
    }
    Q_EMIT changed();
}

bool SyncStatus::online() const
{
    return m_service && m_service->online();
}

bool SyncStatus::paired() const
{
    return m_service && m_service->paired();
}

bool SyncStatus::syncing() const
{
    return m_service && m_service->syncing();
}

QString SyncStatus::lastSuccessText() const
{
    return m_service ? m_service->lastSuccessText() : QString();
}

QString SyncStatus::lastError() const
{
    return m_service ? m_service->lastError() : QString();
}

int SyncStatus::unseenConflicts() const
{
    return m_service ? m_service->unseenConflicts() : 0;
}

QString SyncStatus::stateText() const
{
    if (!paired())
        //: The register is not paired with the shop's server: it works on its own
        return tr("Offline — not connected to a shop server");
    if (syncing())
        return tr("Syncing with the shop server…");
    if (online())
        //: The register's last sync reached the shop's server
        return tr("Online — connected to the shop server");
    //: The last sync did not reach the shop's server; changes are kept
    return tr("Offline — the shop server cannot be reached; changes are kept and sent later");
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
