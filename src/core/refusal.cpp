// SPDX-License-Identifier: Apache-2.0
#include "refusal.h"

#include "enumnames.h"
#include "event.h"

#include <QLocale>

namespace stampdesk {

namespace {
using C = Refusal::Code;
constexpr EnumNames<C, 24> codeNames{{{
    {C::InvalidCount, u"invalid-count"},
    {C::AboveVisitCap, u"above-visit-cap"},
    {C::InsideCooldown, u"inside-cooldown"},
    {C::CardBlocked, u"card-blocked"},
    {C::CardAlreadyInStatus, u"card-already-in-status"},
    {C::InvalidCard, u"invalid-card"},
    {C::VoucherRedeemed, u"voucher-redeemed"},
    {C::VoucherExpired, u"voucher-expired"},
    {C::VoucherVoided, u"voucher-voided"},
    {C::WrongLocation, u"wrong-location"},
    {C::SelfRedeemOnly, u"self-redeem-only"},
    {C::RegisterOnly, u"register-only"},
    {C::NotUndoable, u"not-undoable"},
    {C::AlreadyUndone, u"already-undone"},
    {C::UndoTakesBackRedeemed, u"undo-takes-back-redeemed"},
    {C::InvalidProgramme, u"invalid-programme"},
    {C::NotRedeemed, u"not-redeemed"},
    {C::CardExists, u"card-exists"},
    {C::UnknownCard, u"unknown-card"},
    {C::UnknownVoucher, u"unknown-voucher"},
    {C::UnknownEvent, u"unknown-event"},
    {C::VoucherNotEarned, u"voucher-not-earned"},
    {C::CodeInUse, u"code-in-use"},
    {C::OfflineRedeemDenied, u"offline-redeem-denied"},
}}};

QString localTime(const std::optional<QDateTime> &when)
{
    return when ? QLocale().toString(when->toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

QString Refusal::codeName() const
{
    return codeNames.name(code);
}

std::optional<Refusal::Code> Refusal::codeFromName(QStringView name)
{
    return codeNames.value(name);
}

QString Refusal::message() const
{
    switch (code) {
    case C::InvalidCount:
        return tr("Choose at least one stamp.");
    case C::AboveVisitCap:
        return tr("At most %n stamp(s) can be added in one visit.", nullptr, number);
    case C::InsideCooldown:
        return tr("This card was stamped moments ago. It can be stamped again from %1.")
            .arg(localTime(when));
    case C::CardBlocked:
        return tr("This card is blocked. Ask the manager.");
    case C::CardAlreadyInStatus:
        return detail == u"blocked" ? tr("The card is already blocked.")
                                    : tr("The card is already active.");
    case C::InvalidCard:
        return tr("The card details are not valid: %1").arg(detail);
    case C::VoucherRedeemed:
        if (detail.isEmpty())
            return tr("This voucher was already redeemed on %1. Do not give the reward again.")
                .arg(localTime(when));
        return tr("This voucher was already redeemed on %1 at %2. Do not give the reward again.")
            .arg(localTime(when), detail);
    case C::VoucherExpired:
        return tr("This voucher expired on %1. It can no longer be redeemed.").arg(localTime(when));
    case C::VoucherVoided:
        if (detail == Events::undoVoidReason)
            return tr("This voucher was voided because the stamps that earned it were undone.");
        if (detail.isEmpty())
            return tr("This voucher was voided. It can no longer be redeemed.");
        return tr("This voucher was voided (%1). It can no longer be redeemed.").arg(detail);
    case C::WrongLocation:
        return tr("This voucher can only be redeemed at %1.").arg(detail);
    case C::SelfRedeemOnly:
        return tr("The customer redeems this voucher on the phone; it cannot be redeemed at the "
                  "register.");
    case C::RegisterOnly:
        return tr("This voucher is redeemed by a cashier at the register.");
    case C::NotUndoable:
        return tr("Only adding stamps can be undone.");
    case C::AlreadyUndone:
        return tr("These stamps were already undone.");
    case C::UndoTakesBackRedeemed:
        return tr("These stamps cannot be undone: the reward they earned was already redeemed.");
    case C::InvalidProgramme:
        return tr("The programme is not valid: %1").arg(detail);
    case C::NotRedeemed:
        return tr("This voucher has not been redeemed, so there is no redemption to undo.");
    case C::CardExists:
        return tr("A card with this number already exists.");
    case C::UnknownCard:
        return tr("The shop's server does not know this card.");
    case C::UnknownVoucher:
        return tr("The shop's server does not know this voucher.");
    case C::UnknownEvent:
        return tr("The shop's server does not know the stamps this undo takes back.");
    case C::VoucherNotEarned:
        return tr("With the stamps of all registers together, this card has not earned this "
                  "voucher (stamps were undone elsewhere). The voucher is not valid.");
    case C::CodeInUse:
        return tr("This POS code is already on another voucher (%1). Give the customer a new "
                  "code.")
            .arg(detail);
    case C::OfflineRedeemDenied:
        return tr("The shop's server cannot be reached, and this shop does not allow redeeming "
                  "offline. Try again when the register is online.");
    }
    return {};
}

} // namespace stampdesk
