// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/staff.h"
#include "programmeeditor.h"

#include <QFutureWatcher>
#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QThreadPool>

namespace stampdesk {

class Language;
class StaffSession;
class Store;

/// The first start of a register: a few steps that leave a shop that works
/// (a language, the shop's name, a manager with a PIN, the programme and
/// its reward), so that the app is never empty. Shown while the shop has no
/// active manager.
///
/// next() checks the step shown (problem says what is wrong) and moves on;
/// the programme step's next() saves everything, signs the manager in and
/// leads to Done; finish() leaves the wizard for the counter.
class SetupWizard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application makes the setup wizard with its store.")
    Q_PROPERTY(bool active READ active NOTIFY activeChanged FINAL)
    Q_PROPERTY(Step step READ step NOTIFY stepChanged FINAL)
    Q_PROPERTY(int stepCount READ stepCount CONSTANT FINAL)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged FINAL)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged FINAL)
    Q_PROPERTY(QString shopName READ shopName WRITE setShopName NOTIFY detailsChanged FINAL)
    Q_PROPERTY(
        QString managerName READ managerName WRITE setManagerName NOTIFY detailsChanged FINAL)
    Q_PROPERTY(stampdesk::ProgrammeEditor *programme READ programme CONSTANT FINAL)

public:
    enum class Step { Language, ShopName, Manager, Programme, Done };
    Q_ENUM(Step)

    /// The store, the language and the session must outlive the wizard.
    SetupWizard(Store &store, Language &language, StaffSession &session, QObject *parent = nullptr);
    ~SetupWizard() override;

    /// Whether a shop needs the wizard: it has no active manager (a new
    /// shop, or a database someone emptied of managers by hand).
    static bool needed(const Store &store);

    bool active() const { return m_active; }
    Step step() const { return m_step; }
    int stepCount() const { return int(Step::Done) + 1; }
    bool busy() const { return m_busy; }
    QString problem() const { return m_problem; }
    QString shopName() const { return m_shopName; }
    QString managerName() const { return m_managerName; }
    ProgrammeEditor *programme() { return &m_programme; }

    void setShopName(const QString &name);
    void setManagerName(const QString &name);
    /// The manager's PIN, typed twice (never a property: QML hands it over).
    Q_INVOKABLE void setPin(const QString &pin, const QString &again);
    /// Switches the UI language at once; it is saved with the rest.
    Q_INVOKABLE void setLanguage(const QString &code);

    /// PBKDF2 iterations of the manager's PIN; tests make it cheap.
    void setPinIterations(int iterations) { m_iterations = iterations; }

    /// Looks at the store again (a restore replaced it): a database without
    /// an active manager starts the wizard from its first step.
    void reload();

    Q_INVOKABLE void next();
    Q_INVOKABLE void back();
    /// From Done: the wizard goes, the counter comes.
    Q_INVOKABLE void finish();

Q_SIGNALS:
    void activeChanged();
    void stepChanged();
    void busyChanged();
    void problemChanged();
    void detailsChanged();
    /// The shop is set up: a manager exists and is signed in.
    void completed();

private:
    QString checkStep() const;
    void save(const PinHash &hash);
    void setStep(Step step);
    void setProblem(const QString &problem);

    Store &m_store;
    Language &m_language;
    StaffSession &m_session;
    ProgrammeEditor m_programme;
    bool m_active = false;
    Step m_step = Step::Language;
    bool m_busy = false;
    QString m_problem;
    QString m_shopName;
    QString m_managerName;
    QString m_pin;
    QString m_pinAgain;
    int m_iterations = Pins::iterations;
    QFutureWatcher<PinHash> m_worker;
    // The manager's PIN is hashed on a thread of this object's own, joined
    // when it goes: OpenSSL keeps per-thread state (a random generator for
    // the salt) that only a thread's end frees. Declared last, so that it
    // waits for a hash still running before the rest goes.
    QThreadPool m_pool;
};

} // namespace stampdesk
