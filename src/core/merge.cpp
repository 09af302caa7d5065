// SPDX-License-Identifier: Apache-2.0
#include "merge.h"

namespace stampdesk::Merge {

namespace {

Refusal conflict(Refusal::Code code, QString detail = {}, std::optional<QDateTime> when = {})
{
    return Refusal{code, std::move(detail), std::move(when), 0};
}

// The voucher's terminal state as a conflict (expiry is not one: the
// register decided at its own time).
std::optional<Refusal> settled(const Voucher &v)
{
    switch (v.state) {
    case VoucherState::Redeemed:
        return conflict(Refusal::Code::VoucherRedeemed, v.redeemedRegister, v.redeemedAt);
    case VoucherState::Voided:
        return conflict(Refusal::Code::VoucherVoided, v.voidReason, v.voidedAt);
    case VoucherState::Issued:
    case VoucherState::Expired:
        break;
    }
    return std::nullopt;
}

// Stamps added, and every voucher they complete on the merged card.
void addStamps(CardState &state, const Event &e, const MergeContext &context)
{
    Projection::apply(state, e);
    const Programme &p = context.programme;
    while (state.card.stamps >= p.goal) {
        Voucher v = Rules::makeVoucher(p, state.card.id, state.card.lastCycle + 1, e.at);
        const Event issued{
            e.id, e.at, e.cardId, v.id, e.staff, e.registerId, Events::VoucherIssued{std::move(v)}};
        Projection::apply(state, issued);
    }
}

// Checks first, then changes the state in place: a conflict leaves it as
// it was. (In place because a fold over a long ledger must not copy the
// card, with all of its vouchers, at every event.)
struct Visitor
{
    CardState &state;
    const Event &e;
    const MergeContext &context;

    using R = std::optional<Refusal>;

    R applied() const
    {
        Projection::apply(state, e);
        return std::nullopt;
    }

    R operator()(const Events::CardCreated &) const
    {
        if (!state.card.id.isEmpty())
            return conflict(Refusal::Code::CardExists);
        return applied();
    }
    R operator()(const Events::CardStatusChanged &) const { return applied(); }
    R operator()(const Events::StampsAdded &) const
    {
        if (state.card.status == CardStatus::Blocked)
            return conflict(Refusal::Code::CardBlocked);
        addStamps(state, e, context);
        return std::nullopt;
    }
    R operator()(const Events::StampsUndone &) const
    {
        if (!context.undoTarget)
            return conflict(Refusal::Code::UnknownEvent);
        const Context at{e.at, Actor{e.staff, e.registerId, {}}, {}};
        auto outcome = Rules::undoStamps(state, *context.undoTarget, at);
        if (!outcome)
            return outcome.error();
        state = std::move(outcome)->state;
        return std::nullopt;
    }
    R operator()(const Events::VoucherIssued &) const
    {
        if (!state.voucher(e.voucherId))
            return conflict(Refusal::Code::VoucherNotEarned, e.voucherId);
        return std::nullopt; // the merge issued it already: converged
    }
    R operator()(const Events::VoucherRedeemed &) const { return onIssuedVoucher(); }
    R operator()(const Events::VoucherVoided &d) const
    {
        // The voids that come with an undo are the undo's consequence: the
        // merge's own undo decided which cycles reopen (with the stamps of
        // every register, perhaps none).
        if (d.reason == Events::undoVoidReason)
            return std::nullopt;
        return onIssuedVoucher();
    }
    R operator()(const Events::RedemptionUndone &) const
    {
        const Voucher *v = state.voucher(e.voucherId);
        if (!v)
            return conflict(Refusal::Code::UnknownVoucher, e.voucherId);
        if (v->state != VoucherState::Redeemed)
            return conflict(Refusal::Code::NotRedeemed);
        return applied();
    }
    R operator()(const Events::VoucherCodeAttached &d) const
    {
        const Voucher *v = state.voucher(e.voucherId);
        if (!v)
            return conflict(Refusal::Code::UnknownVoucher, e.voucherId);
        if (!context.posCodeHolder.isEmpty() && context.posCodeHolder != v->id)
            return conflict(Refusal::Code::CodeInUse, context.posCodeHolder);
        if (!v->posCode.isEmpty() && v->posCode != d.code)
            return conflict(Refusal::Code::CodeInUse, v->id);
        return applied();
    }
    R operator()(const Events::ProgrammeChanged &) const { return std::nullopt; }

    R onIssuedVoucher() const
    {
        const Voucher *v = state.voucher(e.voucherId);
        if (!v)
            return conflict(Refusal::Code::UnknownVoucher, e.voucherId);
        if (auto refusal = settled(*v))
            return refusal;
        return applied();
    }
};

} // namespace

std::optional<Refusal> fold(CardState &state, const Event &event, const MergeContext &context)
{
    if (!event.as<Events::CardCreated>() && !event.as<Events::ProgrammeChanged>()
        && state.card.id.isEmpty())
        return conflict(Refusal::Code::UnknownCard, event.cardId);
    return std::visit(Visitor{state, event, context}, event.data);
}

Result<CardState, Refusal> apply(const CardState &state, const Event &event,
                                 const MergeContext &context)
{
    CardState after = state;
    if (auto refusal = fold(after, event, context))
        return *refusal;
    return after;
}

} // namespace stampdesk::Merge
