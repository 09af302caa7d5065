// SPDX-License-Identifier: Apache-2.0
#include "rules.h"

#include "ids.h"
#include "text.h"

#include <algorithm>

namespace stampdesk {

QList<Voucher> Outcome::issuedVouchers() const
{
    QList<Voucher> out;
    for (const Event &e : events) {
        if (const auto *issued = e.as<Events::VoucherIssued>()) {
            // As the action left it: with the POS code attached after issue.
            const Voucher *after = state.voucher(issued->voucher.id);
            out.append(after ? *after : issued->voucher);
        }
    }
    return out;
}

namespace Rules {

namespace {

QString trRules(const char *text)
{
    return QCoreApplication::translate("stampdesk::Rules", text);
}

Refusal refuse(Refusal::Code code, QString detail = {}, std::optional<QDateTime> when = {},
               int number = 0)
{
    return Refusal{code, std::move(detail), std::move(when), number};
}

Event makeEvent(const Context &context, const QString &cardId, const QString &voucherId,
                EventData data)
{
    return Event{Ids::newEventId(),        context.now,    cardId, voucherId, context.actor.staff,
                 context.actor.registerId, std::move(data)};
}

Outcome finish(const CardState &before, QList<Event> events)
{
    CardState after = Projection::applied(before, events);
    return Outcome{std::move(events), std::move(after)};
}

// A voucher's terminal states, as a refusal to act on it again.
std::optional<Refusal> refuseIfSettled(const Voucher &v, const QDateTime &now)
{
    switch (v.stateAt(now)) {
    case VoucherState::Issued:
        return std::nullopt;
    case VoucherState::Redeemed:
        return refuse(Refusal::Code::VoucherRedeemed, v.redeemedRegister, v.redeemedAt);
    case VoucherState::Expired:
        return refuse(Refusal::Code::VoucherExpired, {}, v.expiresAt);
    case VoucherState::Voided:
        return refuse(Refusal::Code::VoucherVoided, v.voidReason, v.voidedAt);
    }
    return std::nullopt;
}

bool inRange(int value, int low, int high)
{
    return value >= low && value <= high;
}

} // namespace

Voucher makeVoucher(const Programme &programme, const QString &cardId, int cycle,
                    const QDateTime &at)
{
    Voucher v;
    v.id = Ids::voucherId(cardId, cycle);
    v.cardId = cardId;
    v.cycle = cycle;
    v.goal = programme.goal;
    v.reward = programme.reward;
    v.mode = programme.mode;
    v.location = programme.location;
    v.code = Ids::redeemCode(cardId, cycle);
    v.issuedAt = at;
    if (programme.validDays)
        v.expiresAt = at.addDays(*programme.validDays);
    return v;
}

std::optional<Refusal> validate(const Programme &p)
{
    const auto invalid = [](const char *what) {
        return refuse(Refusal::Code::InvalidProgramme, trRules(what));
    };
    if (!inRange(p.goal, 1, maxGoal))
        return invalid(
            QT_TRANSLATE_NOOP("stampdesk::Rules", "the stamp goal must be between 1 and 1000"));
    if (p.reward.nameVi.trimmed().isEmpty() || p.reward.nameEn.trimmed().isEmpty())
        return invalid(QT_TRANSLATE_NOOP("stampdesk::Rules",
                                         "the reward needs a name in Vietnamese and in English"));
    if (p.reward.nameVi.size() > maxNameLength || p.reward.nameEn.size() > maxNameLength)
        return invalid(
            QT_TRANSLATE_NOOP("stampdesk::Rules", "the reward name is longer than 100 characters"));
    if (p.validDays && !inRange(*p.validDays, 1, maxValidDays))
        return invalid(QT_TRANSLATE_NOOP("stampdesk::Rules",
                                         "vouchers must stay valid between 1 and 3650 days"));
    if (!inRange(p.maxPerVisit, 1, maxStampsPerVisit))
        return invalid(QT_TRANSLATE_NOOP("stampdesk::Rules",
                                         "the stamps per visit must be between 1 and 1000"));
    if (!inRange(p.cooldownMinutes, 0, maxCooldownMinutes))
        return invalid(QT_TRANSLATE_NOOP("stampdesk::Rules",
                                         "the cooldown must be between 0 minutes and 7 days"));
    return std::nullopt;
}

std::optional<Refusal> validateCardDetails(const QString &name, const QString &phone)
{
    if (name.size() > maxNameLength)
        return refuse(Refusal::Code::InvalidCard,
                      trRules(QT_TRANSLATE_NOOP("stampdesk::Rules",
                                                "the name is longer than 100 characters")));
    if (phone.trimmed().isEmpty())
        return std::nullopt;
    const qsizetype digits = Text::phoneDigits(phone).size();
    if (!Text::looksLikePhone(phone) || digits < 6 || digits > 15)
        return refuse(Refusal::Code::InvalidCard,
                      trRules(QT_TRANSLATE_NOOP("stampdesk::Rules",
                                                "the phone number needs 6 to 15 digits")));
    return std::nullopt;
}

Result<Outcome, Refusal> createCard(const QString &cardId, const QString &name,
                                    const QString &phone, const Context &context)
{
    if (auto refusal = validateCardDetails(name, phone))
        return *refusal;
    return finish(
        CardState{},
        {makeEvent(context, cardId, {}, Events::CardCreated{name.trimmed(), phone.trimmed()})});
}

Result<Outcome, Refusal> addStamps(const Programme &programme, const CardState &state, int count,
                                   const QString &source, const Context &context)
{
    const Card &card = state.card;
    if (card.status == CardStatus::Blocked)
        return refuse(Refusal::Code::CardBlocked);
    if (count < 1)
        return refuse(Refusal::Code::InvalidCount);
    if (count > programme.maxPerVisit)
        return refuse(Refusal::Code::AboveVisitCap, {}, {}, programme.maxPerVisit);
    if (programme.cooldownMinutes > 0 && card.lastStampAt) {
        const QDateTime allowedFrom = card.lastStampAt->addSecs(programme.cooldownMinutes * 60);
        if (context.now < allowedFrom)
            return refuse(Refusal::Code::InsideCooldown, {}, allowedFrom);
    }

    QList<Event> events{makeEvent(context, card.id, {}, Events::StampsAdded{count, source})};
    int stamps = card.stamps + count;
    int cycle = card.lastCycle;
    while (stamps >= programme.goal) {
        stamps -= programme.goal;
        ++cycle;
        Voucher v = makeVoucher(programme, card.id, cycle, context.now);
        const QString id = v.id;
        events.append(makeEvent(context, card.id, id, Events::VoucherIssued{std::move(v)}));
    }
    return finish(state, std::move(events));
}

std::optional<Refusal> checkRedemption(const Voucher &voucher, const Card &card, Channel channel,
                                       const Context &context)
{
    if (auto settled = refuseIfSettled(voucher, context.now))
        return settled;
    if (card.status == CardStatus::Blocked)
        return refuse(Refusal::Code::CardBlocked);
    if (!voucher.location.isEmpty()
        && voucher.location.compare(context.location, Qt::CaseInsensitive) != 0)
        return refuse(Refusal::Code::WrongLocation, voucher.location);
    const bool selfRedeem = voucher.mode == RedemptionMode::SelfRedeem;
    if (selfRedeem != (channel == Channel::Customer))
        return refuse(selfRedeem ? Refusal::Code::SelfRedeemOnly : Refusal::Code::RegisterOnly);
    return std::nullopt;
}

Result<Outcome, Refusal> redeem(const CardState &state, const QString &voucherId, Channel channel,
                                const Context &context)
{
    const Voucher *voucher = state.voucher(voucherId);
    Q_ASSERT(voucher);
    if (auto refusal = checkRedemption(*voucher, state.card, channel, context))
        return *refusal;
    return finish(state,
                  {makeEvent(context, state.card.id, voucherId,
                             Events::VoucherRedeemed{context.actor.registerName})});
}

Result<Outcome, Refusal> voidVoucher(const CardState &state, const QString &voucherId,
                                     const QString &reason, const Context &context)
{
    const Voucher *voucher = state.voucher(voucherId);
    Q_ASSERT(voucher);
    if (auto settled = refuseIfSettled(*voucher, context.now))
        return *settled;
    return finish(
        state,
        {makeEvent(context, state.card.id, voucherId, Events::VoucherVoided{reason.trimmed()})});
}

Result<Outcome, Refusal> undoStamps(const CardState &state, const UndoTarget &target,
                                    const Context &context)
{
    const auto *added = target.event.as<Events::StampsAdded>();
    if (!added || target.event.cardId != state.card.id)
        return refuse(Refusal::Code::NotUndoable);
    if (target.alreadyUndone)
        return refuse(Refusal::Code::AlreadyUndone);

    // Stamps in the current cycle plus the goals of the cycles that still
    // count always equal the lifetime stamps, so reopening the newest cycles
    // one by one always makes room for the stamps taken back.
    QList<const Voucher *> counting;
    for (const Voucher &v : state.vouchers) {
        if (!v.reopened)
            counting.append(&v);
    }
    std::sort(counting.begin(), counting.end(),
              [](const Voucher *a, const Voucher *b) { return a->cycle > b->cycle; });

    int stamps = state.card.stamps - added->count;
    QList<QString> reopened;
    QList<Event> voids;
    for (const Voucher *v : counting) {
        if (stamps >= 0)
            break;
        if (v->state == VoucherState::Redeemed)
            return refuse(Refusal::Code::UndoTakesBackRedeemed, v->id, v->redeemedAt);
        stamps += v->goal;
        reopened.append(v->id);
        if (v->state == VoucherState::Issued)
            voids.append(makeEvent(context, state.card.id, v->id,
                                   Events::VoucherVoided{Events::undoVoidReason.toString()}));
    }

    QList<Event> events{makeEvent(
        context, state.card.id, {},
        Events::StampsUndone{target.event.id, added->count, target.previousStampAt, reopened})};
    events.append(voids);
    return finish(state, std::move(events));
}

Result<Outcome, Refusal> setCardStatus(const CardState &state, CardStatus status,
                                       const QString &reason, const Context &context)
{
    if (state.card.status == status)
        return refuse(Refusal::Code::CardAlreadyInStatus, wireName(status));
    return finish(state,
                  {makeEvent(context, state.card.id, {},
                             Events::CardStatusChanged{status, reason.trimmed()})});
}

bool withinUndoWindow(const QDateTime &at, const QDateTime &now)
{
    // A register's clock may be a little behind the one that recorded the
    // action (another register, or a clock set back): a moment "in the
    // future" counts as now, anything further does not.
    constexpr qint64 skewMs = 60 * 1000;
    const qint64 age = at.msecsTo(now);
    return at.isValid() && now.isValid() && age >= -skewMs
        && age <= std::chrono::milliseconds(undoWindow).count();
}

Result<Outcome, Refusal> undoRedemption(const CardState &state, const QString &voucherId,
                                        const QString &reason, const Context &context)
{
    const Voucher *voucher = state.voucher(voucherId);
    Q_ASSERT(voucher);
    if (voucher->state != VoucherState::Redeemed)
        return refuse(Refusal::Code::NotRedeemed);
    return finish(
        state,
        {makeEvent(context, state.card.id, voucherId, Events::RedemptionUndone{reason.trimmed()})});
}

Outcome attachPosCode(const CardState &state, const QString &voucherId, const QString &code,
                      const Context &context)
{
    Q_ASSERT(state.voucher(voucherId));
    return finish(
        state, {makeEvent(context, state.card.id, voucherId, Events::VoucherCodeAttached{code})});
}

Result<Event, Refusal> changeProgramme(const Programme &programme, const Context &context)
{
    if (auto refusal = validate(programme))
        return *refusal;
    return makeEvent(context, {}, {}, Events::ProgrammeChanged{programme});
}

} // namespace Rules
} // namespace stampdesk
