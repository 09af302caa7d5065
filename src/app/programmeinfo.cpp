// SPDX-License-Identifier: Apache-2.0
#include "programmeinfo.h"

#include "language.h"
#include "store/store.h"

namespace stampdesk {

ProgrammeInfo::ProgrammeInfo(Store &store, const Language &language, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_language(language)
{
    // The reward's name and an error message are in the UI language.
    connect(&language, &Language::changed, this, &ProgrammeInfo::changed);
    reload();
}

void ProgrammeInfo::reload()
{
    auto read = m_store.programme();
    if (read) {
        m_programme = read.value();
        m_error.reset();
    } else {
        m_programme.reset();
        m_error = read.error();
    }
    Q_EMIT changed();
}

QString ProgrammeInfo::error() const
{
    return m_error ? m_error->message() : QString();
}

int ProgrammeInfo::goal() const
{
    return m_programme ? m_programme->goal : 0;
}

QString ProgrammeInfo::rewardName() const
{
    return m_programme ? m_programme->reward.name(m_language.code()) : QString();
}

QString ProgrammeInfo::rewardDescription() const
{
    return m_programme ? m_programme->reward.description(m_language.code()) : QString();
}

ProgrammeInfo::RewardKind ProgrammeInfo::rewardKind() const
{
    switch (m_programme ? m_programme->reward.kind : stampdesk::RewardKind::FreeItem) {
    case stampdesk::RewardKind::FreeItem:
        return RewardKind::FreeItem;
    case stampdesk::RewardKind::AddOn:
        return RewardKind::AddOn;
    case stampdesk::RewardKind::Upgrade:
        return RewardKind::Upgrade;
    case stampdesk::RewardKind::Perk:
        return RewardKind::Perk;
    }
    return RewardKind::FreeItem;
}

ProgrammeInfo::RedemptionMode ProgrammeInfo::redemptionMode() const
{
    switch (m_programme ? m_programme->mode : stampdesk::RedemptionMode::StaffScan) {
    case stampdesk::RedemptionMode::SelfRedeem:
        return RedemptionMode::SelfRedeem;
    case stampdesk::RedemptionMode::StaffScan:
        return RedemptionMode::StaffScan;
    case stampdesk::RedemptionMode::RedeemCode:
        return RedemptionMode::RedeemCode;
    }
    return RedemptionMode::StaffScan;
}

int ProgrammeInfo::validDays() const
{
    return m_programme ? m_programme->validDays.value_or(0) : 0;
}

int ProgrammeInfo::maxPerVisit() const
{
    return m_programme ? m_programme->maxPerVisit : 0;
}

int ProgrammeInfo::cooldownMinutes() const
{
    return m_programme ? m_programme->cooldownMinutes : 0;
}

QString ProgrammeInfo::location() const
{
    return m_programme ? m_programme->location : QString();
}

} // namespace stampdesk
