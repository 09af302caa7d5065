// SPDX-License-Identifier: Apache-2.0
#include "staffeditor.h"

#include "store/store.h"

#include <QtConcurrent/QtConcurrentRun>

namespace stampdesk {

StaffEditor::StaffEditor(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_members(store, false)
{
    connect(&m_worker, &QFutureWatcher<PinHash>::finished, this, [this] {
        m_busy = false;
        Q_EMIT busyChanged();
        if (auto then = std::exchange(m_then, {}))
            then(m_worker.future().result());
    });
}

StaffEditor::~StaffEditor()
{
    m_worker.disconnect(this);
    m_worker.waitForFinished();
}

QString StaffEditor::pinProblem(const QString &pin, const QString &again)
{
    if (const auto problem = Pins::check(pin))
        return Pins::message(*problem);
    if (pin != again)
        return tr("The two PINs are not the same. Type the new PIN twice.");
    return {};
}

void StaffEditor::add(const QString &name, bool manager, const QString &pin, const QString &again)
{
    if (m_busy)
        return;
    if (name.trimmed().isEmpty())
        return report(tr("Type the new member's name."));
    if (const QString problem = pinProblem(pin, again); !problem.isEmpty())
        return report(problem);
    const QString trimmed = name.trimmed();
    const StaffRole role = manager ? StaffRole::Manager : StaffRole::Cashier;
    hashThen(pin, [this, trimmed, role](const PinHash &hash) {
        const auto member = m_store.addStaff(trimmed, role, hash);
        if (!member)
            return report(member.error().message());
        m_members.reload();
        Q_EMIT staffChanged();
        Q_EMIT added(member->name);
        //: %1 is the new staff member's name
        report({}, tr("%1 can sign in now.").arg(member->name));
    });
}

void StaffEditor::setManager(const QString &staffId, bool manager)
{
    update(staffId, [manager](StaffMember &m) {
        m.role = manager ? StaffRole::Manager : StaffRole::Cashier;
    });
}

void StaffEditor::setActive(const QString &staffId, bool active)
{
    update(staffId, [active](StaffMember &m) { m.active = active; });
}

void StaffEditor::resetPin(const QString &staffId, const QString &pin, const QString &again)
{
    if (m_busy)
        return;
    const auto member = m_store.staffMember(staffId);
    if (!member)
        return report(member.error().message());
    if (const QString problem = pinProblem(pin, again); !problem.isEmpty())
        return report(problem);
    const QString name = member->name;
    hashThen(pin, [this, staffId, name](const PinHash &hash) {
        const auto done = m_store.setPin(staffId, hash);
        if (!done)
            return report(done.error().message());
        //: %1 is a staff member's name
        report({}, tr("%1 has a new PIN.").arg(name));
    });
}

void StaffEditor::clearMessages()
{
    report({});
}

void StaffEditor::hashThen(const QString &pin, WithHash then)
{
    m_then = std::move(then);
    m_busy = true;
    Q_EMIT busyChanged();
    const int iterations = m_iterations;
    m_worker.setFuture(
        QtConcurrent::run(&m_pool, [pin, iterations] { return Pins::hash(pin, iterations); }));
}

void StaffEditor::update(const QString &staffId, const std::function<void(StaffMember &)> &change)
{
    auto member = m_store.staffMember(staffId);
    if (!member)
        return report(member.error().message());
    StaffMember changed = member.value();
    change(changed);
    if (changed == member.value())
        return;
    const auto done = m_store.updateStaff(changed);
    // The list shows the member as stored, also when the change was refused.
    m_members.reload();
    if (!done)
        return report(done.error().message());
    Q_EMIT staffChanged();
    report({});
}

void StaffEditor::report(const QString &problem, const QString &message)
{
    if (problem == m_problem && message == m_message)
        return;
    m_problem = problem;
    m_message = message;
    Q_EMIT messageChanged();
}

} // namespace stampdesk
