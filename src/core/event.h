// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "card.h"
#include "programme.h"
#include "voucher.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace stampdesk {

/// What happened, one struct per kind of ledger event. Events are facts: the
/// rules decide whether an action may happen and which events it makes; the
/// projection turns events into state, both at the register and when the
/// state is rebuilt from the ledger.
namespace Events {

struct CardCreated
{
    QString name;
    QString phone;
    friend bool operator==(const CardCreated &, const CardCreated &) = default;
};

struct CardStatusChanged
{
    CardStatus status = CardStatus::Active;
    QString reason;
    friend bool operator==(const CardStatusChanged &, const CardStatusChanged &) = default;
};

struct StampsAdded
{
    int count = 0;
    QString source; ///< what the stamps are for, e.g. the POS sale number
    friend bool operator==(const StampsAdded &, const StampsAdded &) = default;
};

/// The compensating event of an undo. If taking the stamps back leaves the
/// card short of cycles it had completed, those cycles are reopened: their
/// stamps count again towards the goal and their vouchers no longer count.
struct StampsUndone
{
    QString undoneEventId;
    int count = 0;
    std::optional<QDateTime> lastStampAt; ///< the card's previous stamp time, restored
    QList<QString> reopenedVoucherIds; ///< newest cycle first
    friend bool operator==(const StampsUndone &, const StampsUndone &) = default;
};

struct VoucherIssued
{
    Voucher voucher; ///< as issued: state Issued, with its reward snapshot
    friend bool operator==(const VoucherIssued &, const VoucherIssued &) = default;
};

struct VoucherRedeemed
{
    QString registerName;
    friend bool operator==(const VoucherRedeemed &, const VoucherRedeemed &) = default;
};

/// The void reason recorded when an undo reopens the voucher's cycle.
inline constexpr QStringView undoVoidReason = u"stamps-undone";

struct VoucherVoided
{
    QString reason;
    friend bool operator==(const VoucherVoided &, const VoucherVoided &) = default;
};

struct ProgrammeChanged
{
    Programme programme;
    friend bool operator==(const ProgrammeChanged &, const ProgrammeChanged &) = default;
};

/// The compensating event of a redemption made by mistake: the voucher is
/// issued again, as if it had not been redeemed. The redemption stays in
/// the ledger; like StampsUndone, this event adds to it, never rewrites it.
struct RedemptionUndone
{
    QString reason;
    friend bool operator==(const RedemptionUndone &, const RedemptionUndone &) = default;
};

/// A redeem code made by the shop's POS, attached to a voucher right after
/// it was issued (in the same transaction), so that the cashier can redeem
/// the voucher by the code the POS knows.
struct VoucherCodeAttached
{
    QString code; ///< upper case, as imported
    friend bool operator==(const VoucherCodeAttached &, const VoucherCodeAttached &) = default;
};

} // namespace Events

using EventData = std::variant<Events::CardCreated, Events::CardStatusChanged, Events::StampsAdded,
                               Events::StampsUndone, Events::VoucherIssued, Events::VoucherRedeemed,
                               Events::VoucherVoided, Events::ProgrammeChanged,
                               Events::RedemptionUndone, Events::VoucherCodeAttached>;

/// Who acts, and where.
struct Actor
{
    QString staff;
    QString registerId;
    QString registerName;
};

/// One entry of the append-only ledger. The id is globally unique (made
/// where the action happens) and is the idempotency key when syncing.
struct Event
{
    QString id;
    QDateTime at;
    QString cardId; ///< empty for programme changes
    QString voucherId; ///< set for voucher events
    QString staff;
    QString registerId;
    EventData data;

    /// The stable name of the event's kind, e.g. "stamps.added".
    QString type() const;

    template<typename T>
    const T *as() const
    {
        return std::get_if<T>(&data);
    }

    friend bool operator==(const Event &, const Event &) = default;
};

/// The names of all event kinds, in the order of EventData's alternatives.
QList<QString> eventTypeNames();

} // namespace stampdesk
