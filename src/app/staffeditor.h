// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/staff.h"
#include "stafflistmodel.h"

#include <QFutureWatcher>
#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QThreadPool>

#include <functional>

namespace stampdesk {

class Store;

/// The staff page of the settings: every member, and the manager's changes
/// to them (a new member, a role, leaving and coming back, a new PIN).
///
/// New PINs are typed twice, checked against Pins::check and hashed off the
/// GUI thread (busy meanwhile). What went wrong is in problem, in the
/// store's words (the last manager, a name taken); what went right is in
/// message.
class StaffEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application makes the staff editor with its store.")
    Q_PROPERTY(stampdesk::StaffListModel *members READ members CONSTANT FINAL)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged FINAL)
    Q_PROPERTY(QString problem READ problem NOTIFY messageChanged FINAL)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged FINAL)

public:
    /// The store must outlive the editor.
    explicit StaffEditor(Store &store, QObject *parent = nullptr);
    ~StaffEditor() override;

    StaffListModel *members() { return &m_members; }
    bool busy() const { return m_busy; }
    QString problem() const { return m_problem; }
    QString message() const { return m_message; }

    /// Why pin, typed twice as pin and again, cannot be a PIN; empty when
    /// it can.
    static QString pinProblem(const QString &pin, const QString &again);

    /// PBKDF2 iterations of new PINs: Pins::iterations; tests make it cheap.
    void setPinIterations(int iterations) { m_iterations = iterations; }

    /// Adds a member; then staffChanged(), or problem says why not.
    Q_INVOKABLE void add(const QString &name, bool manager, const QString &pin,
                         const QString &again);
    Q_INVOKABLE void setManager(const QString &staffId, bool manager);
    Q_INVOKABLE void setActive(const QString &staffId, bool active);
    /// Gives a member a new PIN (a forgotten one), which also ends a lockout.
    Q_INVOKABLE void resetPin(const QString &staffId, const QString &pin, const QString &again);
    Q_INVOKABLE void clearMessages();

Q_SIGNALS:
    void busyChanged();
    void messageChanged();
    /// A member was added or changed: lists of the staff read it again.
    void staffChanged();
    /// A new member was added: the form for the next one is emptied.
    void added(const QString &name);

private:
    using WithHash = std::function<void(const PinHash &)>;
    void hashThen(const QString &pin, WithHash then);
    void update(const QString &staffId, const std::function<void(StaffMember &)> &change);
    void report(const QString &problem, const QString &message = {});

    Store &m_store;
    StaffListModel m_members;
    int m_iterations = Pins::iterations;
    bool m_busy = false;
    QString m_problem;
    QString m_message;
    QFutureWatcher<PinHash> m_worker;
    WithHash m_then;
    // The PIN is hashed on a thread of this object's own, joined when it
    // goes: OpenSSL keeps per-thread state (a random generator for the
    // salt) that only a thread's end frees. Declared last, so that it waits
    // for a hash still running before the rest goes.
    QThreadPool m_pool;
};

} // namespace stampdesk
