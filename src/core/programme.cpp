// SPDX-License-Identifier: Apache-2.0
#include "programme.h"

#include "enumnames.h"

namespace stampdesk {

namespace {
constexpr EnumNames<RewardKind, 4> rewardKindNames{{{
    {RewardKind::FreeItem, u"free-item"},
    {RewardKind::AddOn, u"add-on"},
    {RewardKind::Upgrade, u"upgrade"},
    {RewardKind::Perk, u"perk"},
}}};
constexpr EnumNames<RedemptionMode, 3> modeNames{{{
    {RedemptionMode::SelfRedeem, u"self-redeem"},
    {RedemptionMode::StaffScan, u"staff-scan"},
    {RedemptionMode::RedeemCode, u"redeem-code"},
}}};
constexpr EnumNames<OfflineRedeem, 2> offlineRedeemNames{{{
    {OfflineRedeem::Deny, u"deny"},
    {OfflineRedeem::Allow, u"allow"},
}}};

const QString &pick(QStringView language, const QString &vi, const QString &en)
{
    const bool wantVi = language.startsWith(u"vi");
    const QString &first = wantVi ? vi : en;
    return first.isEmpty() ? (wantVi ? en : vi) : first;
}
} // namespace

QString Reward::name(QStringView language) const
{
    return pick(language, nameVi, nameEn);
}

QString Reward::description(QStringView language) const
{
    return pick(language, descriptionVi, descriptionEn);
}

Programme Programme::demo()
{
    Programme p;
    p.goal = 8;
    p.reward.nameVi = QStringLiteral("Một ly cà phê miễn phí");
    p.reward.nameEn = QStringLiteral("A free coffee");
    p.reward.descriptionVi = QStringLiteral("Bất kỳ ly cà phê cỡ vừa nào trong thực đơn.");
    p.reward.descriptionEn = QStringLiteral("Any medium coffee from the menu.");
    p.reward.kind = RewardKind::FreeItem;
    p.mode = RedemptionMode::StaffScan;
    p.validDays = 60;
    p.maxPerVisit = 5;
    p.cooldownMinutes = 0;
    return p;
}

QString wireName(RewardKind kind)
{
    return rewardKindNames.name(kind);
}

QString wireName(RedemptionMode mode)
{
    return modeNames.name(mode);
}

QString wireName(OfflineRedeem policy)
{
    return offlineRedeemNames.name(policy);
}

std::optional<RewardKind> rewardKindFromString(QStringView text)
{
    return rewardKindNames.value(text);
}

std::optional<RedemptionMode> redemptionModeFromString(QStringView text)
{
    return modeNames.value(text);
}

std::optional<OfflineRedeem> offlineRedeemFromString(QStringView text)
{
    return offlineRedeemNames.value(text);
}

} // namespace stampdesk
