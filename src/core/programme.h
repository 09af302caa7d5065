// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace stampdesk {

enum class RewardKind { FreeItem, AddOn, Upgrade, Perk };

/// How a voucher is consumed, chosen per reward.
enum class RedemptionMode {
    SelfRedeem, ///< the customer redeems on the phone; the register only shows it
    StaffScan, ///< the cashier scans the voucher and confirms
    RedeemCode, ///< the voucher carries a short code the cashier scans or types
};

/// Whether a register may redeem a staff-scan or redeem-code voucher while
/// it cannot reach the backend. One-time use cannot be guaranteed offline
/// (two registers may both redeem it; the backend accepts the first and
/// reports the other as a conflict), so a shop must choose to allow it.
enum class OfflineRedeem { Deny, Allow };

/// The reward a voucher grants, in both of the shop's languages.
struct Reward
{
    QString nameVi;
    QString nameEn;
    QString descriptionVi;
    QString descriptionEn;
    RewardKind kind = RewardKind::FreeItem;

    /// The name in the given language ("vi" or "en"), falling back to the other.
    QString name(QStringView language) const;
    QString description(QStringView language) const;

    friend bool operator==(const Reward &, const Reward &) = default;
};

/// The shop's stamp-card programme. Changes apply to vouchers issued
/// afterwards; an issued voucher keeps a snapshot of its reward.
struct Programme
{
    int goal = 8; ///< stamps that complete a cycle and issue a voucher
    Reward reward;
    RedemptionMode mode = RedemptionMode::StaffScan;
    std::optional<int> validDays; ///< days a voucher stays valid; none: no expiry
    int maxPerVisit = 5; ///< most stamps one action may add
    int cooldownMinutes = 0; ///< least time between two stamp actions on one card
    QString location; ///< where vouchers may be redeemed; empty: anywhere
    OfflineRedeem offlineRedeem = OfflineRedeem::Deny;

    /// The programme a new shop starts with, so the app is never empty.
    static Programme demo();

    friend bool operator==(const Programme &, const Programme &) = default;
};

// Limits that keep a mistyped number from becoming a programme.
inline constexpr int maxGoal = 1000;
inline constexpr int maxStampsPerVisit = 1000;
inline constexpr int maxValidDays = 3650;
inline constexpr int maxCooldownMinutes = 7 * 24 * 60;

/// The stable names of enum values in JSON, the database and on the command
/// line ("free-item", "staff-scan", "redeemed" ...); never translated.
QString wireName(RewardKind kind);
QString wireName(RedemptionMode mode);
QString wireName(OfflineRedeem policy);
std::optional<RewardKind> rewardKindFromString(QStringView text);
std::optional<RedemptionMode> redemptionModeFromString(QStringView text);
std::optional<OfflineRedeem> offlineRedeemFromString(QStringView text);

} // namespace stampdesk
