// SPDX-License-Identifier: Apache-2.0
#include "staffsession.h"

#include "store/store.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace stampdesk {

namespace {

using namespace Qt::StringLiterals;

// An approval is for the action that asked for it, right away.
constexpr qint64 approvalSeconds = 60;

// The first of hashes that pin matches; -1 for none. Runs in the worker:
// only values go in.
int firstMatch(const QString &pin, const QList<PinHash> &hashes)
{
    for (qsizetype i = 0; i < hashes.size(); ++i) {
        if (Pins::verify(pin, hashes.at(i)))
            return int(i);
    }
    return -1;
}

QString clockTime(const QDateTime &at)
{
    // 24 hours with seconds: a lockout is seconds long, and the register's
    // clock is what the member compares it with.
    return QLocale().toString(at.toLocalTime().time(), u"HH:mm:ss"_s);
}

} // namespace

StaffSession::StaffSession(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&m_worker, &QFutureWatcher<int>::finished, this,
            [this] { checked(m_worker.future().result()); });
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        if (lockedSeconds() == 0)
            m_countdown.stop();
        Q_EMIT lockoutChanged();
    });
}

StaffSession::~StaffSession()
{
    // The worker holds only copies, but a check still running finishes
    // before its answer's receiver goes.
    m_worker.disconnect(this);
    m_worker.waitForFinished();
}

int StaffSession::lockedSeconds() const
{
    if (!m_lockedUntil.isValid())
        return 0;
    const qint64 ms = m_store.now().msecsTo(m_lockedUntil);
    return ms > 0 ? int((ms + 999) / 1000) : 0;
}

void StaffSession::pick(const QString &staffId)
{
    const auto state = m_store.pinState(staffId);
    setLockedUntil(state && state->isLocked(m_store.now()) ? *state->lockedUntil : QDateTime());
}

void StaffSession::signIn(const QString &staffId, const QString &pin)
{
    if (m_busy)
        return;
    const auto member = m_store.staffMember(staffId);
    if (!member || !member->active) {
        Q_EMIT refused(tr("This staff member is not known here, or no longer active. Ask a "
                          "manager."));
        return;
    }
    const auto state = m_store.pinState(staffId);
    if (!state) {
        Q_EMIT refused(state.error().message());
        return;
    }
    // A locked-out member's PIN is not even hashed: guessing costs time.
    if (state->isLocked(m_store.now())) {
        setLockedUntil(*state->lockedUntil);
        Q_EMIT refused(
            tr("Too many wrong PINs. Try again after %1.").arg(clockTime(*state->lockedUntil)));
        return;
    }
    check({false, {member.value()}}, pin, {state->pin});
}

void StaffSession::approve(const QString &pin)
{
    if (m_busy)
        return;
    const auto staff = m_store.staff();
    if (!staff) {
        Q_EMIT refused(staff.error().message());
        return;
    }
    Check managers{true, {}};
    QList<PinHash> hashes;
    QDateTime firstFree;
    const QDateTime now = m_store.now();
    for (const StaffMember &member : staff.value()) {
        if (!member.active || member.role != StaffRole::Manager)
            continue;
        const auto state = m_store.pinState(member.id);
        if (!state)
            continue;
        if (state->isLocked(now)) {
            if (!firstFree.isValid() || *state->lockedUntil < firstFree)
                firstFree = *state->lockedUntil;
            continue;
        }
        managers.candidates.append(member);
        hashes.append(state->pin);
    }
    if (managers.candidates.isEmpty()) {
        Q_EMIT refused(
            firstFree.isValid()
                ? tr("Too many wrong PINs. Try again after %1.").arg(clockTime(firstFree))
                : tr("There is no active manager to approve this."));
        return;
    }
    check(managers, pin, hashes);
}

void StaffSession::check(Check check, const QString &pin, const QList<PinHash> &hashes)
{
    m_check = std::move(check);
    setBusy(true);
    m_worker.setFuture(QtConcurrent::run(&m_pool, firstMatch, pin, hashes));
}

// Back on the GUI thread, where the store lives: the attempt is recorded,
// then answered.
void StaffSession::checked(int match)
{
    const Check done = std::exchange(m_check, {});
    setBusy(false);
    if (match >= 0) {
        const StaffMember &member = done.candidates.at(match);
        const auto recorded = m_store.recordPinAttempt(member.id, true);
        if (!recorded) {
            Q_EMIT refused(recorded.error().message());
            return;
        }
        setLockedUntil({});
        if (done.approval) {
            m_approvedBy = member.name;
            m_approvedAt = m_store.now();
            m_approvalTaken = false;
            Q_EMIT approved(member.name);
        } else {
            signInAs(member);
        }
        return;
    }
    // A wrong PIN counts against everyone it was tried for, so that
    // approvals are no way around a lockout.
    std::optional<PinState> first;
    for (const StaffMember &member : done.candidates) {
        const auto recorded = m_store.recordPinAttempt(member.id, false);
        if (!recorded) {
            Q_EMIT refused(recorded.error().message());
            return;
        }
        if (!first)
            first = recorded.value();
    }
    if (first && first->isLocked(m_store.now()))
        setLockedUntil(*first->lockedUntil);
    Q_EMIT refused(first ? wrongPin(*first) : tr("Wrong PIN."));
}

QString StaffSession::wrongPin(const PinState &state) const
{
    if (state.isLocked(m_store.now()))
        return tr("Wrong PIN. Too many wrong PINs: try again after %1.")
            .arg(clockTime(*state.lockedUntil));
    const int left = Pins::freeAttempts - state.failures;
    if (left <= 0)
        return tr("Wrong PIN. One more wrong PIN and you must wait before trying again.");
    //: %n is how many more wrong PINs are allowed before the member must wait
    return tr("Wrong PIN. %n more wrong PIN(s) allowed before a wait.", nullptr, left);
}

void StaffSession::signInAs(const StaffMember &member)
{
    m_member = member;
    Q_EMIT changed();
    Q_EMIT signedInAs(member.name);
}

void StaffSession::signOut()
{
    if (!signedIn())
        return;
    m_member = {};
    m_approvalTaken = true;
    Q_EMIT changed();
}

bool StaffSession::takeApproval()
{
    if (m_approvalTaken)
        return false;
    m_approvalTaken = true;
    return m_approvedAt.secsTo(m_store.now()) <= approvalSeconds;
}

void StaffSession::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void StaffSession::setLockedUntil(const QDateTime &until)
{
    if (m_lockedUntil == until)
        return;
    m_lockedUntil = until;
    if (lockedSeconds() > 0)
        m_countdown.start();
    else
        m_countdown.stop();
    Q_EMIT lockoutChanged();
}

} // namespace stampdesk
