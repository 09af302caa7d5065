// SPDX-License-Identifier: Apache-2.0
#include "cardstate.h"

#include <algorithm>

namespace stampdesk {

const Voucher *CardState::voucher(QStringView id) const
{
    auto it = std::find_if(vouchers.cbegin(), vouchers.cend(),
                           [id](const Voucher &v) { return v.id == id; });
    return it == vouchers.cend() ? nullptr : &*it;
}

Voucher *CardState::voucher(QStringView id)
{
    auto it = std::find_if(vouchers.begin(), vouchers.end(),
                           [id](const Voucher &v) { return v.id == id; });
    return it == vouchers.end() ? nullptr : &*it;
}

namespace Projection {

namespace {

// One overload per event kind; std::visit picks the right one.
struct Apply
{
    CardState &s;
    const Event &e;

    void operator()(const Events::CardCreated &d) const
    {
        s.card = Card{};
        s.card.id = e.cardId;
        s.card.name = d.name;
        s.card.phone = d.phone;
        s.card.createdAt = e.at;
        s.vouchers.clear();
    }
    void operator()(const Events::CardStatusChanged &d) const { s.card.status = d.status; }
    void operator()(const Events::StampsAdded &d) const
    {
        s.card.stamps += d.count;
        s.card.lifetimeStamps += d.count;
        s.card.lastStampAt = e.at;
    }
    void operator()(const Events::StampsUndone &d) const
    {
        s.card.stamps -= d.count;
        s.card.lifetimeStamps -= d.count;
        s.card.lastStampAt = d.lastStampAt;
        for (const QString &id : d.reopenedVoucherIds) {
            if (Voucher *v = s.voucher(id)) {
                v->reopened = true;
                s.card.stamps += v->goal;
                s.card.cycles -= 1;
            }
        }
    }
    void operator()(const Events::VoucherIssued &d) const
    {
        s.card.stamps -= d.voucher.goal;
        s.card.cycles += 1;
        s.card.lastCycle = std::max(s.card.lastCycle, d.voucher.cycle);
        s.vouchers.append(d.voucher);
    }
    void operator()(const Events::VoucherRedeemed &d) const
    {
        if (Voucher *v = s.voucher(e.voucherId)) {
            v->state = VoucherState::Redeemed;
            v->redeemedAt = e.at;
            v->redeemedBy = e.staff;
            v->redeemedRegister = d.registerName;
        }
    }
    void operator()(const Events::VoucherVoided &d) const
    {
        if (Voucher *v = s.voucher(e.voucherId)) {
            v->state = VoucherState::Voided;
            v->voidedAt = e.at;
            v->voidReason = d.reason;
        }
    }
    void operator()(const Events::ProgrammeChanged &) const { }
    void operator()(const Events::RedemptionUndone &) const
    {
        if (Voucher *v = s.voucher(e.voucherId)) {
            v->state = VoucherState::Issued;
            v->redeemedAt.reset();
            v->redeemedBy.clear();
            v->redeemedRegister.clear();
        }
    }
    void operator()(const Events::VoucherCodeAttached &d) const
    {
        if (Voucher *v = s.voucher(e.voucherId))
            v->posCode = d.code;
    }
};

} // namespace

void apply(CardState &state, const Event &event)
{
    std::visit(Apply{state, event}, event.data);
}

CardState applied(CardState state, const QList<Event> &events)
{
    for (const Event &e : events)
        apply(state, e);
    return state;
}

} // namespace Projection
} // namespace stampdesk
