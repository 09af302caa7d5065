// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/staff.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QString>

namespace stampdesk {

class Store;

/// Who works the register now. Members sign in with their PIN; every action
/// of the counter is recorded under name(). A manager's PIN also approves
/// one action beyond a cashier (an undo outside Rules::undoWindow) without
/// changing who is signed in.
///
/// PINs are checked off the GUI thread (PBKDF2 with 600,000 iterations takes
/// about half a second); busy is true meanwhile. Wrong PINs count in the
/// store, so a lockout outlives a restart.
class StaffSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Shell makes the one StaffSession.")
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed FINAL)
    Q_PROPERTY(QString staffId READ staffId NOTIFY changed FINAL)
    Q_PROPERTY(QString name READ name NOTIFY changed FINAL)
    Q_PROPERTY(bool isManager READ isManager NOTIFY changed FINAL)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged FINAL)

public:
    /// The store must outlive the session.
    explicit StaffSession(Store &store, QObject *parent = nullptr);
    ~StaffSession() override;

    bool signedIn() const { return !m_member.id.isEmpty(); }
    QString staffId() const { return m_member.id; }
    /// The signed-in member's name; empty when nobody is.
    QString name() const { return m_member.name; }
    bool isManager() const { return signedIn() && m_member.role == StaffRole::Manager; }
    bool busy() const { return m_busy; }

    /// Checks the PIN of member staffId; then signedInAs() or refused().
    Q_INVOKABLE void signIn(const QString &staffId, const QString &pin);
    Q_INVOKABLE void signOut();
    /// Checks a manager's PIN (any active manager's) for one action; then
    /// approved() or refused(). The approval is taken by takeApproval().
    Q_INVOKABLE void approve(const QString &pin);
    /// True once after approved(), within a minute: the action that asked
    /// for it calls this right before acting.
    bool takeApproval();
    /// The manager who gave the approval last taken, for the ledger's note.
    QString approvedBy() const { return m_approvedBy; }

Q_SIGNALS:
    void changed();
    void busyChanged();
    void signedInAs(const QString &name);
    void approved(const QString &managerName);
    /// Why a PIN was not accepted, in the current language (wrong PIN,
    /// locked out until when, unknown member).
    void refused(const QString &message);

private:
    Store &m_store;
    StaffMember m_member;
    bool m_busy = false;
    QString m_approvedBy;
    QDateTime m_approvedAt;
    bool m_approvalTaken = true;
};

} // namespace stampdesk
