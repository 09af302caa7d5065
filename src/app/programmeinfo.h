// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/programme.h"
#include "store/storeerror.h"

#include <QObject>
#include <QQmlEngine>
#include <QString>

#include <optional>

namespace stampdesk {

class Language;
class Store;

/// The shop's stamp-card programme as the register shows it: the goal, the
/// reward in the current UI language and the rules a cashier works under.
///
/// The values come from the store; reload() reads them again after the
/// manager changed the programme. When the store cannot be read, loaded is
/// false and error says why.
class ProgrammeInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ProgrammeInfo is made by the application with its store.")
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed FINAL)
    Q_PROPERTY(QString error READ error NOTIFY changed FINAL)
    Q_PROPERTY(int goal READ goal NOTIFY changed FINAL)
    Q_PROPERTY(QString rewardName READ rewardName NOTIFY changed FINAL)
    Q_PROPERTY(QString rewardDescription READ rewardDescription NOTIFY changed FINAL)
    Q_PROPERTY(RewardKind rewardKind READ rewardKind NOTIFY changed FINAL)
    Q_PROPERTY(RedemptionMode redemptionMode READ redemptionMode NOTIFY changed FINAL)
    Q_PROPERTY(int validDays READ validDays NOTIFY changed FINAL)
    Q_PROPERTY(int maxPerVisit READ maxPerVisit NOTIFY changed FINAL)
    Q_PROPERTY(int cooldownMinutes READ cooldownMinutes NOTIFY changed FINAL)
    Q_PROPERTY(QString location READ location NOTIFY changed FINAL)

public:
    // Mirrors of core's enums (which are not Q_ENUMs), for QML.
    enum class RewardKind { FreeItem, AddOn, Upgrade, Perk };
    Q_ENUM(RewardKind)
    enum class RedemptionMode { SelfRedeem, StaffScan, RedeemCode };
    Q_ENUM(RedemptionMode)

    /// Reads the programme at once. The store and the language must
    /// outlive this object.
    ProgrammeInfo(Store &store, const Language &language, QObject *parent = nullptr);

    bool loaded() const { return m_programme.has_value(); }
    /// Why the programme could not be read, in the current language.
    QString error() const;

    int goal() const;
    QString rewardName() const;
    QString rewardDescription() const;
    RewardKind rewardKind() const;
    RedemptionMode redemptionMode() const;
    /// Days a voucher stays valid; 0 when vouchers do not expire.
    int validDays() const;
    int maxPerVisit() const;
    int cooldownMinutes() const;
    /// Where vouchers may be redeemed; empty for anywhere.
    QString location() const;

    /// The programme as read, if it could be.
    const std::optional<Programme> &programme() const { return m_programme; }

    /// Reads the programme from the store again.
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void changed();

private:
    Store &m_store;
    const Language &m_language;
    std::optional<Programme> m_programme;
    std::optional<StoreError> m_error;
};

} // namespace stampdesk
