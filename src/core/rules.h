// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cardstate.h"
#include "context.h"
#include "programme.h"
#include "refusal.h"
#include "result.h"

#include <chrono>
#include <optional>

namespace stampdesk {

/// What an allowed action does: the ledger events it appends, and the card's
/// state after them (the projection of those events).
struct Outcome
{
    QList<Event> events;
    CardState state;

    /// The vouchers this action issued, in cycle order, as the action left
    /// them (with a POS code, where one was attached).
    QList<Voucher> issuedVouchers() const;
};

/// The stamp-card rules, as pure functions: the same inputs give the same
/// decision, at the register, in the CLI and on the backend.
namespace Rules {

inline constexpr int maxNameLength = 100;

std::optional<Refusal> validate(const Programme &programme);
std::optional<Refusal> validateCardDetails(const QString &name, const QString &phone);

/// The voucher that completes cycle of cardId under programme, issued at
/// `at`: its id and redeem code follow from (card, cycle) alone.
Voucher makeVoucher(const Programme &programme, const QString &cardId, int cycle,
                    const QDateTime &at);

/// A new card with the given (random) id.
Result<Outcome, Refusal> createCard(const QString &cardId, const QString &name,
                                    const QString &phone, const Context &context);

/// Adds count stamps: refused for a blocked card, above the per-visit cap or
/// inside the cooldown. Every goal reached issues one voucher, for the next
/// cycle number of the card, and the rest carries over.
Result<Outcome, Refusal> addStamps(const Programme &programme, const CardState &card, int count,
                                   const QString &source, const Context &context);

/// Whether the voucher can be consumed now, through the channel, here.
std::optional<Refusal> checkRedemption(const Voucher &voucher, const Card &card, Channel channel,
                                       const Context &context);

Result<Outcome, Refusal> redeem(const CardState &card, const QString &voucherId, Channel channel,
                                const Context &context);

/// Voids an issued voucher (a manager's correction); terminal like redemption.
Result<Outcome, Refusal> voidVoucher(const CardState &card, const QString &voucherId,
                                     const QString &reason, const Context &context);

/// The stamp event an undo is asked for, and what the ledger knows about it.
struct UndoTarget
{
    Event event;
    bool alreadyUndone = false;
    /// The time of the card's newest stamp event other than this one that
    /// is not undone: the card's last stamp time after the undo.
    std::optional<QDateTime> previousStampAt;
};

/// Takes a stamp event's stamps back with a compensating event. Where that
/// leaves the card short of a cycle it completed, the newest cycle is
/// reopened and its voucher voided; refused if that voucher was redeemed.
Result<Outcome, Refusal> undoStamps(const CardState &card, const UndoTarget &target,
                                    const Context &context);

Result<Outcome, Refusal> setCardStatus(const CardState &card, CardStatus status,
                                       const QString &reason, const Context &context);

Result<Event, Refusal> changeProgramme(const Programme &programme, const Context &context);

/// How long after a stamp or a redemption the cashier may take it back
/// alone; later, a manager approves (the app asks for a manager's PIN).
inline constexpr std::chrono::minutes undoWindow{10};
bool withinUndoWindow(const QDateTime &at, const QDateTime &now);

/// Takes back a redemption made by mistake, with a compensating event
/// (voucher.redemption-undone): the voucher is issued again, as it was.
/// Refused when the voucher is not redeemed (NotRedeemed).
Result<Outcome, Refusal> undoRedemption(const CardState &card, const QString &voucherId,
                                        const QString &reason, const Context &context);

/// Attaches a redeem code made by the shop's POS to a voucher just issued
/// (voucher.code-attached). The store picks the code from its stock.
Outcome attachPosCode(const CardState &card, const QString &voucherId, const QString &code,
                      const Context &context);

} // namespace Rules
} // namespace stampdesk
