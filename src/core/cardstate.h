// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "card.h"
#include "event.h"
#include "voucher.h"

#include <QList>

namespace stampdesk {

/// A card together with all of its vouchers: everything the rules need to
/// decide about one card, and everything its events change.
struct CardState
{
    Card card;
    QList<Voucher> vouchers;

    const Voucher *voucher(QStringView id) const;
    Voucher *voucher(QStringView id);

    friend bool operator==(const CardState &, const CardState &) = default;
};

/// The projection: what an event does to the state of its card. The same
/// function runs when an action happens and when state is rebuilt from the
/// ledger, so the two cannot disagree. Programme events change no card.
namespace Projection {
void apply(CardState &state, const Event &event);
CardState applied(CardState state, const QList<Event> &events);
} // namespace Projection

} // namespace stampdesk
