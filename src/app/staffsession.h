// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/staff.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QThreadPool>
#include <QTimer>

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
    /// Seconds until the member last tried (or picked) may try again; 0
    /// when not locked out. Counts down while the app runs.
    Q_PROPERTY(int lockedSeconds READ lockedSeconds NOTIFY lockoutChanged FINAL)

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
    int lockedSeconds() const;

    /// Checks the PIN of member staffId; then signedInAs() or refused().
    Q_INVOKABLE void signIn(const QString &staffId, const QString &pin);
    Q_INVOKABLE void signOut();
    /// Checks a manager's PIN (any active manager's) for one action; then
    /// approved() or refused(). The approval is taken by takeApproval().
    Q_INVOKABLE void approve(const QString &pin);
    /// True once after approved(), within a minute: the action that asked
    /// for it calls this right before acting.
    Q_INVOKABLE bool takeApproval();
    /// The manager who gave the approval last taken, for the ledger's note.
    QString approvedBy() const { return m_approvedBy; }

    /// The member about to type a PIN: lockedSeconds follows their lockout,
    /// so the pad can wait before a PIN is typed in vain.
    Q_INVOKABLE void pick(const QString &staffId);

    /// Signs member in without a PIN: for the first-start wizard, right
    /// after the manager chose theirs.
    void signInAs(const StaffMember &member);

Q_SIGNALS:
    void changed();
    void busyChanged();
    void lockoutChanged();
    void signedInAs(const QString &name);
    void approved(const QString &managerName);
    /// Why a PIN was not accepted, in the current language (wrong PIN,
    /// locked out until when, unknown member).
    void refused(const QString &message);

private:
    // A PIN being checked in the worker: against one member (sign-in) or
    // against every active manager (approval).
    struct Check
    {
        bool approval = false;
        QList<StaffMember> candidates;
    };

    void check(Check check, const QString &pin, const QList<PinHash> &hashes);
    void checked(int match);
    void setBusy(bool busy);
    void setLockedUntil(const QDateTime &until);
    QString wrongPin(const PinState &state) const;

    Store &m_store;
    StaffMember m_member;
    bool m_busy = false;
    QString m_approvedBy;
    QDateTime m_approvedAt;
    bool m_approvalTaken = true;
    Check m_check;
    QFutureWatcher<int> m_worker;
    QDateTime m_lockedUntil;
    QTimer m_countdown;
    // PINs are checked on a thread of this object's own, joined when it
    // goes, with the OpenSSL state it made. Declared last, so that it waits
    // for a check still running before the rest goes.
    QThreadPool m_pool;
};

} // namespace stampdesk
