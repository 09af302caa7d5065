// SPDX-License-Identifier: Apache-2.0
#include "cardsummary.h"

#include "core/ids.h"
#include "core/text.h"

#include <algorithm>

namespace stampdesk {

CardSummary CardSummary::of(const CardState &state, int goal, const QDateTime &now)
{
    const Card &card = state.card;
    CardSummary s;
    s.id = card.id;
    s.displayId = Ids::formatCardId(card.id);
    s.name = card.name;
    s.maskedPhone = Text::maskedPhone(card.phone);
    s.stamps = card.stamps;
    s.goal = goal;
    s.cycles = card.cycles;
    s.lifetimeStamps = card.lifetimeStamps;
    s.blocked = card.status == CardStatus::Blocked;
    s.readyVouchers =
        int(std::count_if(state.vouchers.cbegin(), state.vouchers.cend(), [&now](const Voucher &v) {
            return v.stateAt(now) == VoucherState::Issued;
        }));
    return s;
}

} // namespace stampdesk
