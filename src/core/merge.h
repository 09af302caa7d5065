// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cardstate.h"
#include "programme.h"
#include "refusal.h"
#include "result.h"
#include "rules.h"

#include <optional>

namespace stampdesk {

/// What merging one event needs to know beyond its card: things only the
/// whole ledger knows.
struct MergeContext
{
    /// The programme in force where the merge happens, when it happens: the
    /// vouchers that stamps earn are issued under it.
    Programme programme;
    /// For stamps.undone: the stamp event it takes back, as the merging side
    /// knows it; none when that side never saw it.
    std::optional<Rules::UndoTarget> undoTarget;
    /// For voucher.code-attached: the voucher that already holds the code,
    /// if any (a code made by the POS may be attached once).
    QString posCodeHolder;
};

/// The merge: how the backend folds the events of many registers into one
/// state per card, and how a register replays its own events that the
/// backend has not seen yet on top of the state it pulled (docs/sync.md).
///
/// Rules::* decide whether an action may happen where it happens; an event
/// that reaches the merge is a fact that already happened at a register,
/// possibly offline. So the merge does not ask again about the per-visit cap,
/// the cooldown, the location or expiry. It refuses, as a conflict, only
/// what cannot be true of the merged state: a voucher consumed twice, stamps
/// on a card the shop blocked, an undo that would take back a redeemed
/// reward, a reference to something it does not know.
///
/// Stamps from several registers add up. Vouchers are not taken from the
/// events: every stamps.added issues the vouchers its stamps complete on the
/// merged card, under MergeContext::programme, at the event's time. Since a
/// voucher's identity is (card, cycle), a voucher.issued event from a
/// register names a voucher the merge has already issued (it converged) or
/// one the merged stamps do not reach (a conflict).
namespace Merge {

/// The state of event's card after the event, or why the event cannot
/// apply (state stays as it was). Programme changes concern no card: the
/// caller keeps the programme; they leave state as it is.
Result<CardState, Refusal> apply(const CardState &state, const Event &event,
                                 const MergeContext &context);

/// The same, changing state in place (for folds over a long ledger): the
/// conflict, or none. A conflict leaves state as it was.
std::optional<Refusal> fold(CardState &state, const Event &event, const MergeContext &context);

} // namespace Merge
} // namespace stampdesk
