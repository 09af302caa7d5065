// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "programme.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace stampdesk {

/// issued → redeemed | expired | voided. Nothing goes back, with one
/// exception: a redemption made by mistake can be undone (a manager's PIN
/// outside Rules::undoWindow), which issues the voucher again. The ledger
/// stays append-only: the undo is a compensating event
/// (voucher.redemption-undone) like the undo of stamps, and the redemption
/// it takes back stays in the audit trail with its staff member.
enum class VoucherState { Issued, Redeemed, Expired, Voided };

/// A Smart Voucher: the reward for one completed cycle of one card. Its
/// identity is (card, cycle); it keeps a snapshot of the reward, mode and
/// location that were in force when it was issued.
struct Voucher
{
    QString id; ///< Ids::voucherId(cardId, cycle)
    QString cardId;
    int cycle = 0;
    int goal = 0; ///< stamps the cycle took (the programme's goal at issue)
    Reward reward;
    RedemptionMode mode = RedemptionMode::StaffScan;
    QString location; ///< empty: redeemable anywhere
    QString code; ///< redeem code, Ids::redeemCode(cardId, cycle)
    /// A code the shop's POS made (imported in bulk), attached after issue
    /// by voucher.code-attached; empty when none. Redeems the voucher too.
    QString posCode;
    QDateTime issuedAt;
    std::optional<QDateTime> expiresAt;

    /// The recorded state: Issued, Redeemed or Voided. Expiry is a matter of
    /// time, not of an event; ask stateAt() for the state at a moment.
    VoucherState state = VoucherState::Issued;
    std::optional<QDateTime> redeemedAt;
    QString redeemedBy; ///< staff member
    QString redeemedRegister; ///< register name
    std::optional<QDateTime> voidedAt;
    QString voidReason;
    bool reopened = false; ///< an undo took its cycle back

    VoucherState stateAt(const QDateTime &now) const;

    friend bool operator==(const Voucher &, const Voucher &) = default;
};

QString wireName(VoucherState state);
std::optional<VoucherState> voucherStateFromString(QStringView text);

} // namespace stampdesk
