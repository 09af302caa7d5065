// SPDX-License-Identifier: Apache-2.0
#include "card.h"
#include "enumnames.h"
#include "voucher.h"

namespace stampdesk {

namespace {
constexpr EnumNames<CardStatus, 2> cardStatusNames{{{
    {CardStatus::Active, u"active"},
    {CardStatus::Blocked, u"blocked"},
}}};
constexpr EnumNames<VoucherState, 4> voucherStateNames{{{
    {VoucherState::Issued, u"issued"},
    {VoucherState::Redeemed, u"redeemed"},
    {VoucherState::Expired, u"expired"},
    {VoucherState::Voided, u"voided"},
}}};
} // namespace

QString wireName(CardStatus status)
{
    return cardStatusNames.name(status);
}

std::optional<CardStatus> cardStatusFromString(QStringView text)
{
    return cardStatusNames.value(text);
}

QString wireName(VoucherState state)
{
    return voucherStateNames.name(state);
}

std::optional<VoucherState> voucherStateFromString(QStringView text)
{
    return voucherStateNames.value(text);
}

VoucherState Voucher::stateAt(const QDateTime &now) const
{
    if (state == VoucherState::Issued && expiresAt && now >= *expiresAt)
        return VoucherState::Expired;
    return state;
}

} // namespace stampdesk
