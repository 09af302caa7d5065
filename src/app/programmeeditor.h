// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/programme.h"
#include "programmeinfo.h"

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QVariantMap>

namespace stampdesk {

class Store;

/// The manager's form for the programme and its reward: the values as
/// edited, what is wrong with each of them (core's Rules::validate says,
/// field by field), and saving them as a programme change in the ledger.
///
/// dirty: edited since loaded or saved. saved: the values shown are the
/// ones just saved.
class ProgrammeEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application makes the programme editor with its store.")
    Q_PROPERTY(int goal READ goal WRITE setGoal NOTIFY changed FINAL)
    Q_PROPERTY(QString rewardNameVi READ rewardNameVi WRITE setRewardNameVi NOTIFY changed FINAL)
    Q_PROPERTY(QString rewardNameEn READ rewardNameEn WRITE setRewardNameEn NOTIFY changed FINAL)
    Q_PROPERTY(QString rewardDescriptionVi READ rewardDescriptionVi WRITE setRewardDescriptionVi
                   NOTIFY changed FINAL)
    Q_PROPERTY(QString rewardDescriptionEn READ rewardDescriptionEn WRITE setRewardDescriptionEn
                   NOTIFY changed FINAL)
    Q_PROPERTY(stampdesk::ProgrammeInfo::RewardKind rewardKind READ rewardKind WRITE setRewardKind
                   NOTIFY changed FINAL)
    Q_PROPERTY(stampdesk::ProgrammeInfo::RedemptionMode redemptionMode READ redemptionMode WRITE
                   setRedemptionMode NOTIFY changed FINAL)
    Q_PROPERTY(bool expires READ expires WRITE setExpires NOTIFY changed FINAL)
    Q_PROPERTY(int validDays READ validDays WRITE setValidDays NOTIFY changed FINAL)
    Q_PROPERTY(int maxPerVisit READ maxPerVisit WRITE setMaxPerVisit NOTIFY changed FINAL)
    Q_PROPERTY(
        int cooldownMinutes READ cooldownMinutes WRITE setCooldownMinutes NOTIFY changed FINAL)
    Q_PROPERTY(QString location READ location WRITE setLocation NOTIFY changed FINAL)
    /// Field name ("goal", "rewardName", "validDays", "maxPerVisit",
    /// "cooldownMinutes") → what is wrong with it; empty when all is valid.
    Q_PROPERTY(QVariantMap problems READ problems NOTIFY changed FINAL)
    // The same, one property a field, for bindings.
    Q_PROPERTY(QString goalProblem READ goalProblem NOTIFY changed FINAL)
    Q_PROPERTY(QString rewardNameProblem READ rewardNameProblem NOTIFY changed FINAL)
    Q_PROPERTY(QString validDaysProblem READ validDaysProblem NOTIFY changed FINAL)
    Q_PROPERTY(QString maxPerVisitProblem READ maxPerVisitProblem NOTIFY changed FINAL)
    Q_PROPERTY(QString cooldownProblem READ cooldownProblem NOTIFY changed FINAL)
    /// What is wrong beyond the fields, or why the store refused.
    Q_PROPERTY(QString otherProblem READ otherProblem NOTIFY changed FINAL)
    Q_PROPERTY(bool valid READ valid NOTIFY changed FINAL)
    Q_PROPERTY(bool dirty READ dirty NOTIFY changed FINAL)
    Q_PROPERTY(bool saved READ saved NOTIFY changed FINAL)
    /// Why the last load or save failed in the store; empty otherwise.
    Q_PROPERTY(QString error READ error NOTIFY changed FINAL)

public:
    /// Loads the programme at once. The store must outlive the editor.
    explicit ProgrammeEditor(Store &store, QObject *parent = nullptr);

    int goal() const { return m_programme.goal; }
    QString rewardNameVi() const { return m_programme.reward.nameVi; }
    QString rewardNameEn() const { return m_programme.reward.nameEn; }
    QString rewardDescriptionVi() const { return m_programme.reward.descriptionVi; }
    QString rewardDescriptionEn() const { return m_programme.reward.descriptionEn; }
    ProgrammeInfo::RewardKind rewardKind() const;
    ProgrammeInfo::RedemptionMode redemptionMode() const;
    bool expires() const { return m_programme.validDays.has_value(); }
    /// The days last entered, also while vouchers do not expire.
    int validDays() const { return m_programme.validDays.value_or(m_lastValidDays); }
    int maxPerVisit() const { return m_programme.maxPerVisit; }
    int cooldownMinutes() const { return m_programme.cooldownMinutes; }
    QString location() const { return m_programme.location; }

    void setGoal(int goal);
    void setRewardNameVi(const QString &name);
    void setRewardNameEn(const QString &name);
    void setRewardDescriptionVi(const QString &text);
    void setRewardDescriptionEn(const QString &text);
    void setRewardKind(ProgrammeInfo::RewardKind kind);
    void setRedemptionMode(ProgrammeInfo::RedemptionMode mode);
    void setExpires(bool expires);
    void setValidDays(int days);
    void setMaxPerVisit(int stamps);
    void setCooldownMinutes(int minutes);
    void setLocation(const QString &location);

    QVariantMap problems() const { return m_problems; }
    QString goalProblem() const { return problem(QStringLiteral("goal")); }
    QString rewardNameProblem() const { return problem(QStringLiteral("rewardName")); }
    QString validDaysProblem() const { return problem(QStringLiteral("validDays")); }
    QString maxPerVisitProblem() const { return problem(QStringLiteral("maxPerVisit")); }
    QString cooldownProblem() const { return problem(QStringLiteral("cooldownMinutes")); }
    QString otherProblem() const
    {
        return m_error.isEmpty() ? problem(QStringLiteral("programme")) : m_error;
    }
    bool valid() const { return m_problems.isEmpty(); }
    bool dirty() const { return m_dirty; }
    bool saved() const { return m_saved; }
    QString error() const { return m_error; }

    /// The programme as edited.
    const Programme &programme() const { return m_programme; }

    /// Reads the programme from the store, dropping the edits.
    Q_INVOKABLE void load();
    /// Saves the programme as edited, recorded under staff. False, saving
    /// nothing, when a value is not valid or the store refuses.
    Q_INVOKABLE bool save(const QString &staff);

Q_SIGNALS:
    void changed();
    /// The programme in the store is now this one: whoever shows it reads
    /// it again.
    void programmeSaved();

private:
    QString problem(const QString &field) const { return m_problems.value(field).toString(); }
    void edited();
    void validate();

    Store &m_store;
    Programme m_programme;
    int m_lastValidDays = 60;
    QVariantMap m_problems;
    bool m_dirty = false;
    bool m_saved = false;
    QString m_error;
};

} // namespace stampdesk
