// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace stampdesk {

/// Why the rules refuse an action, with what a cashier needs to know.
struct Refusal
{
    Q_DECLARE_TR_FUNCTIONS(Refusal)
public:
    enum class Code {
        InvalidCount, ///< zero or negative stamps
        AboveVisitCap, ///< more stamps than one visit may add (number = the cap)
        InsideCooldown, ///< too soon after the last stamp (when = next allowed time)
        CardBlocked,
        CardAlreadyInStatus, ///< blocking a blocked card, unblocking an active one (detail =
                             ///< status)
        InvalidCard, ///< detail says what is wrong with the name or phone
        VoucherRedeemed, ///< when, detail = register name
        VoucherExpired, ///< when = expiry
        VoucherVoided, ///< detail = reason
        WrongLocation, ///< detail = where the voucher may be redeemed
        SelfRedeemOnly, ///< the customer redeems it on the phone
        RegisterOnly, ///< a staff-scan or redeem-code voucher, asked for by a customer
        NotUndoable, ///< the event is not a stamp event
        AlreadyUndone,
        UndoTakesBackRedeemed, ///< the undo would reopen a cycle whose voucher is redeemed
        InvalidProgramme, ///< detail says which setting is out of range
        NotRedeemed, ///< undoing a redemption of a voucher that is not redeemed
        // Conflicts found when events of several registers are merged (Merge::apply).
        CardExists, ///< a card created twice under one id
        UnknownCard, ///< detail = the card id
        UnknownVoucher, ///< detail = the voucher id
        UnknownEvent, ///< an undo of stamps the merging side never saw
        VoucherNotEarned, ///< the merged stamps do not reach the cycle (detail = voucher id)
        CodeInUse, ///< a POS code already on another voucher (detail = its id)
        /// The register cannot reach the shop's server to redeem, and the
        /// programme does not allow redeeming offline (Programme::offlineRedeem).
        OfflineRedeemDenied,
    };

    Code code;
    QString detail;
    std::optional<QDateTime> when;
    int number = 0;

    /// A stable machine-readable name, e.g. "voucher-redeemed".
    QString codeName() const;
    /// The code with that name; none for a name this version does not know.
    static std::optional<Code> codeFromName(QStringView name);

    /// The refusal in plain words, in the current UI language, saying what
    /// to do next where there is something to do.
    QString message() const;

    friend bool operator==(const Refusal &, const Refusal &) = default;
};

} // namespace stampdesk
