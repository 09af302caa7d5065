// SPDX-License-Identifier: Apache-2.0
#include "setupwizard.h"

#include "language.h"
#include "staffeditor.h"
#include "staffsession.h"
#include "store/store.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace stampdesk {

namespace {

using namespace Qt::StringLiterals;

constexpr int maxShopName = 100;

} // namespace

SetupWizard::SetupWizard(Store &store, Language &language, StaffSession &session, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_language(language)
    , m_session(session)
    , m_programme(store)
    , m_active(needed(store))
{
    if (const auto name = store.setting(u"shop_name"_s))
        m_shopName = name.value();
    connect(&m_worker, &QFutureWatcher<PinHash>::finished, this, [this] {
        m_busy = false;
        Q_EMIT busyChanged();
        save(m_worker.future().result());
    });
    // Problems are words in the language of the moment.
    connect(&language, &Language::changed, this, [this] {
        if (!m_problem.isEmpty())
            setProblem(checkStep());
    });
}

SetupWizard::~SetupWizard()
{
    m_worker.disconnect(this);
    m_worker.waitForFinished();
}

bool SetupWizard::needed(const Store &store)
{
    const auto staff = store.staff();
    // A store that cannot be read is not a new shop: the wizard would not
    // help, the error shown elsewhere does.
    if (!staff)
        return false;
    return std::none_of(staff->cbegin(), staff->cend(), [](const StaffMember &m) {
        return m.active && m.role == StaffRole::Manager;
    });
}

void SetupWizard::reload()
{
    const bool active = needed(m_store);
    if (const auto name = m_store.setting(u"shop_name"_s))
        m_shopName = name.value();
    Q_EMIT detailsChanged();
    if (active == m_active)
        return;
    m_active = active;
    if (m_active) {
        m_problem.clear();
        m_programme.load();
        setStep(Step::Language);
        Q_EMIT problemChanged();
    }
    Q_EMIT activeChanged();
}

void SetupWizard::setShopName(const QString &name)
{
    if (name == m_shopName)
        return;
    m_shopName = name;
    Q_EMIT detailsChanged();
}

void SetupWizard::setManagerName(const QString &name)
{
    if (name == m_managerName)
        return;
    m_managerName = name;
    Q_EMIT detailsChanged();
}

void SetupWizard::setPin(const QString &pin, const QString &again)
{
    m_pin = pin;
    m_pinAgain = again;
}

void SetupWizard::setLanguage(const QString &code)
{
    m_language.setCode(code);
}

QString SetupWizard::checkStep() const
{
    switch (m_step) {
    case Step::Language:
    case Step::Done:
        return {};
    case Step::ShopName:
        if (m_shopName.trimmed().isEmpty())
            return tr("Type the shop's name, as customers know it.");
        if (m_shopName.trimmed().size() > maxShopName)
            return tr("The shop's name is longer than 100 characters.");
        return {};
    case Step::Manager:
        if (m_managerName.trimmed().isEmpty())
            return tr("Type the manager's name.");
        return StaffEditor::pinProblem(m_pin, m_pinAgain);
    case Step::Programme:
        if (!m_programme.valid())
            return tr("Some values of the programme need a change: see the messages below them.");
        return {};
    }
    return {};
}

void SetupWizard::next()
{
    if (m_busy || m_step == Step::Done)
        return;
    const QString problem = checkStep();
    setProblem(problem);
    if (!problem.isEmpty())
        return;
    if (m_step != Step::Programme) {
        setStep(Step(int(m_step) + 1));
        return;
    }
    // The last step: the PIN is hashed off the GUI thread, then all is saved.
    m_busy = true;
    Q_EMIT busyChanged();
    const QString pin = m_pin;
    const int iterations = m_iterations;
    m_worker.setFuture(
        QtConcurrent::run(&m_pool, [pin, iterations] { return Pins::hash(pin, iterations); }));
}

void SetupWizard::back()
{
    if (m_busy || m_step == Step::Language || m_step == Step::Done)
        return;
    setProblem({});
    setStep(Step(int(m_step) - 1));
}

// The manager is added last: until then the shop still needs the wizard, so
// a failure half-way can be tried again.
void SetupWizard::save(const PinHash &hash)
{
    const auto fail = [this](const StoreError &e) {
        setProblem(e.message());
    };
    if (auto done = m_store.setSetting(u"language"_s, m_language.code()); !done)
        return fail(done.error());
    if (auto done = m_store.setSetting(u"shop_name"_s, m_shopName.trimmed()); !done)
        return fail(done.error());
    const QString manager = m_managerName.trimmed();
    if (m_programme.dirty() && !m_programme.save(manager))
        return setProblem(m_programme.error());
    const auto added = m_store.addStaff(manager, StaffRole::Manager, hash);
    if (!added)
        return fail(added.error());
    m_pin.clear();
    m_pinAgain.clear();
    m_session.signInAs(added.value());
    setStep(Step::Done);
    Q_EMIT completed();
}

void SetupWizard::finish()
{
    if (m_step != Step::Done || !m_active)
        return;
    m_active = false;
    Q_EMIT activeChanged();
}

void SetupWizard::setStep(Step step)
{
    if (step == m_step)
        return;
    m_step = step;
    Q_EMIT stepChanged();
}

void SetupWizard::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
}

} // namespace stampdesk
