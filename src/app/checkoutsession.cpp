// SPDX-License-Identifier: Apache-2.0
#include "checkoutsession.h"

#include "cardlookup.h"
#include "core/context.h"
#include "core/rules.h"
#include "core/text.h"
#include "language.h"
#include "staffsession.h"
#include "store/store.h"

#include <algorithm>
#include <utility>

namespace stampdesk {

CheckoutSession::CheckoutSession(Store &store, const Language &language, CardLookup &finder,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_language(language)
    , m_finder(finder)
    , m_vouchers(language)
{
    // Messages and the voucher's words are made when read.
    connect(&language, &Language::changed, this, &CheckoutSession::changed);
    // A typed code is checked against the keys the register holds at start,
    // as scanned ones are (see Shell).
    if (const auto keyring = store.keyring())
        m_keyring = keyring.value();
    connect(&m_vouchers, &VoucherListModel::redeemAsked, this,
            [this](const QString &id) { showVoucher(id); });
}

CheckoutSession::~CheckoutSession() = default;

void CheckoutSession::setStaff(StaffSession *staff)
{
    if (m_staff)
        disconnect(m_staff, nullptr, this, nullptr);
    m_staff = staff;
    // Signing in or out changes what may be done.
    if (staff)
        connect(staff, &StaffSession::changed, this, &CheckoutSession::changed);
    Q_EMIT changed();
}

void CheckoutSession::setSyncEngine(SyncEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (engine)
        connect(engine, &SyncEngine::redeemAnswered, this, &CheckoutSession::onRedeemAnswered);
}

bool CheckoutSession::paired() const
{
    const auto link = m_store.syncLink();
    return link && link.value().has_value();
}

bool CheckoutSession::signedIn() const
{
    return m_staff && m_staff->signedIn();
}

QString CheckoutSession::staffName() const
{
    return m_staff ? m_staff->name() : QString();
}

Context CheckoutSession::context() const
{
    const RegisterInfo here = m_store.registerInfo();
    return Context{m_store.now(), Actor{staffName(), here.id, here.name}, here.location};
}

// --- What is shown ---

bool CheckoutSession::hasCard() const
{
    return m_showCard && m_cardState.has_value();
}

void CheckoutSession::setQuantity(int quantity)
{
    const int bounded = std::clamp(quantity, 1, std::max(1, m_maxStamps));
    if (bounded == m_quantity)
        return;
    m_quantity = bounded;
    Q_EMIT changed();
}

bool CheckoutSession::canAddStamps() const
{
    return m_state == State::Card && hasCard() && !m_card.blocked && signedIn();
}

bool CheckoutSession::hasVoucher() const
{
    return m_voucher.has_value() && !m_showCard;
}

VoucherView CheckoutSession::voucher() const
{
    if (!m_voucher)
        return {};
    const QString name = m_cardState ? m_cardState->card.name : QString();
    return VoucherView::of(*m_voucher, name, m_language.code(), m_store.now(), canConfirm());
}

bool CheckoutSession::canConfirm() const
{
    if (m_state != State::Voucher || !m_voucher || !m_cardState || !signedIn())
        return false;
    return !Rules::checkRedemption(*m_voucher, m_cardState->card, Channel::Register, context());
}

QString CheckoutSession::voucherNote() const
{
    if (m_state != State::Voucher || !m_voucher || !m_cardState)
        return {};
    if (const auto refusal =
            Rules::checkRedemption(*m_voucher, m_cardState->card, Channel::Register, context()))
        return refusal->message();
    if (!signedIn())
        return tr("Sign in to confirm: every redemption is recorded under the name of the staff "
                  "member signed in.");
    return {};
}

VoucherView CheckoutSession::issued() const
{
    if (m_issued.isEmpty())
        return {};
    const QString name = m_cardState ? m_cardState->card.name : QString();
    return VoucherView::of(m_issued.first(), name, m_language.code(), m_store.now(), false);
}

QString CheckoutSession::message() const
{
    switch (m_state) {
    case State::Idle:
    case State::Card:
    case State::Voucher:
        return {};
    case State::NoMatch:
        return m_finder.message();
    case State::Done:
        switch (m_result) {
        case Result::None:
            return {};
        case Result::StampsAdded:
            return tr("%n stamp(s) added.", nullptr, m_stampsAdded);
        case Result::VoucherIssued:
            //: %1 is the reward, e.g. "A free coffee"
            return tr("%n stamp(s) added. The card is full: the customer gets %1.", nullptr,
                      m_stampsAdded)
                .arg(issued().rewardName);
        case Result::Redeemed:
            if (m_provisional)
                //: %1 is the reward, e.g. "A free coffee"
                return tr("Redeemed offline: give the customer %1. It will be confirmed when the "
                          "register is back online.")
                    .arg(voucher().rewardName);
            //: %1 is the reward, e.g. "A free coffee"
            return tr("Redeemed. Give the customer %1.").arg(voucher().rewardName);
        }
        return {};
    case State::Refused:
        break;
    }
    if (m_storeError)
        return m_storeError->message();
    if (m_syncError)
        return m_syncError->message();
    if (m_payloadError)
        return m_payloadError->message();
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::NotSignedIn:
        return tr("Nobody is signed in. Sign in first: every stamp and redemption is recorded "
                  "under the name of the staff member signed in.");
    case Problem::UnknownCard:
        return tr("This card is genuine but not in this register's records yet (it was made at "
                  "another register). Connect the register so that it can sync, or add the "
                  "stamps when it is.");
    case Problem::UnknownVoucher:
        return tr("This voucher is genuine but not in this register's records yet (it was "
                  "issued at another register). Connect the register so that it can sync, or "
                  "find the card by the customer's phone number.");
    }
    return {};
}

QString CheckoutSession::problem() const
{
    if (m_state != State::Refused)
        return {};
    if (m_storeError)
        return m_storeError->codeName();
    if (m_syncError)
        return m_syncError->codeName();
    if (m_payloadError)
        return m_payloadError->codeName();
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::NotSignedIn:
        return QStringLiteral("not-signed-in");
    case Problem::UnknownCard:
        return QStringLiteral("unknown-card");
    case Problem::UnknownVoucher:
        return QStringLiteral("unknown-voucher");
    }
    return {};
}

// --- What comes in ---

void CheckoutSession::submit(const QString &text)
{
    if (!text.trimmed().isEmpty())
        return enter(text);
    // Enter with nothing typed: the action the screen offers, if any.
    if (m_state == State::Card && hasCard()) {
        addStamps(m_quantity);
        return;
    }
    if (m_state == State::Voucher) {
        confirmRedemption();
        return;
    }
    // After a result or a refusal, Enter alone does nothing twice.
    if (m_state == State::Idle || m_state == State::NoMatch)
        enter(text);
}

void CheckoutSession::enter(const QString &text)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty()) {
        // The finder says what to type.
        m_finder.lookUp(typed);
        m_readText.clear();
        return noMatch();
    }
    read(Payloads::parse(typed.toUtf8(), m_keyring), typed, true);
}

void CheckoutSession::take(const scan::ScanResult &result)
{
    read(result.payload, result.text, false);
}

void CheckoutSession::read(const ::stampdesk::Result<Payload, PayloadError> &payload,
                           const QString &text, bool typed)
{
    m_readText = text;
    if (payload) {
        switch (payload->kind) {
        case PayloadKind::Card: {
            auto state = m_store.cardState(payload->id);
            if (state)
                return show(state.value(), State::Card);
            if (state.error().kind == StoreError::Kind::NotFound)
                return refuse(Problem::UnknownCard);
            return refuse(state.error());
        }
        case PayloadKind::Voucher:
        case PayloadKind::RedeemCode:
            break;
        }
        auto found = m_store.voucher(payload->id);
        if (found)
            return showVoucher(found.value());
        if (found.error().kind != StoreError::Kind::NotFound)
            return refuse(found.error());
        // Ten typed digits can pass for a redeem code: a phone number, then.
        if (typed && payload->kind == PayloadKind::RedeemCode)
            return lookUp(text, std::nullopt);
        return refuse(Problem::UnknownVoucher);
    }
    const PayloadError &error = payload.error();
    if (error.code != PayloadError::Code::NotOurs && error.code != PayloadError::Code::Typo)
        return refuse(error);
    // Not a signed code: it may still be a code the POS made, or a voucher
    // id or redeem code typed from a receipt.
    auto found = m_store.voucher(text);
    if (found)
        return showVoucher(found.value());
    const auto kind = found.error().kind;
    if (kind != StoreError::Kind::NotFound && kind != StoreError::Kind::Typo)
        return refuse(found.error());
    if (!typed)
        return refuse(error);
    // Typed: a card number, a phone number or a name. A phone number can
    // look like a redeem code with a typo (ten digits), so the card wins if
    // there is one, and a number no card has is a phone number not found.
    const bool typo = error.code == PayloadError::Code::Typo && !Text::looksLikePhone(text);
    lookUp(text, typo ? std::optional(error) : std::nullopt);
}

void CheckoutSession::lookUp(const QString &text, const std::optional<PayloadError> &otherwise)
{
    m_finder.lookUp(text);
    if (m_finder.found())
        return showCard(m_finder.card().id);
    if (otherwise && m_finder.state() == CardLookup::State::NotFound)
        return refuse(*otherwise);
    noMatch();
}

void CheckoutSession::showCard(const QString &cardId)
{
    auto state = m_store.cardState(cardId);
    if (!state)
        return refuse(state.error());
    show(state.value(), State::Card);
}

void CheckoutSession::showVoucher(const QString &idOrCode)
{
    auto found = m_store.voucher(idOrCode);
    if (!found)
        return refuse(found.error());
    // From the card's list, Cancel returns to the card.
    const bool fromCard = hasCard() && found->cardId == m_card.id;
    showVoucher(found.value());
    m_voucherFromCard = fromCard && m_state == State::Voucher;
}

void CheckoutSession::showVoucher(const Voucher &voucher)
{
    auto state = m_store.cardState(voucher.cardId);
    if (!state)
        return refuse(state.error());
    const Voucher *current = state->voucher(voucher.id);
    resetOutcome();
    setCard(state.value());
    m_showCard = false;
    m_voucher = current ? *current : voucher;
    m_voucherFromCard = false;
    // Settled, expired, blocked or elsewhere: refused at once, with the
    // voucher shown under the reason. A self-redeem voucher is shown, with
    // a note that it cannot be consumed here.
    const auto refusal =
        Rules::checkRedemption(*m_voucher, state->card, Channel::Register, context());
    if (refusal && refusal->code != Refusal::Code::SelfRedeemOnly)
        return refuse(StoreError::refused(*refusal));
    m_state = State::Voucher;
    Q_EMIT changed();
}

void CheckoutSession::show(const CardState &state, State next)
{
    resetOutcome();
    setCard(state);
    m_showCard = true;
    m_voucher.reset();
    m_voucherFromCard = false;
    m_quantity = 1;
    m_state = next;
    Q_EMIT changed();
}

void CheckoutSession::setCard(const CardState &state)
{
    const auto programme = m_store.programme();
    const int goal = programme ? programme->goal : 0;
    m_maxStamps = programme ? std::max(1, programme->maxPerVisit) : 1;
    m_quantity = std::clamp(m_quantity, 1, m_maxStamps);
    const QDateTime now = m_store.now();
    m_cardState = state;
    m_card = CardSummary::of(state, goal, now);

    const Context here = context();
    QList<VoucherListModel::Row> rows;
    for (const Voucher &v : state.vouchers) {
        if (v.stateAt(now) != VoucherState::Issued)
            continue;
        rows.append({v, !Rules::checkRedemption(v, state.card, Channel::Register, here)});
    }
    // The oldest first: it expires first.
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.voucher.cycle < b.voucher.cycle; });
    m_vouchers.setRows(rows, state.card.name, now);
}

// --- Actions ---

bool CheckoutSession::addStamps(int count)
{
    if (!hasCard() || m_state != State::Card)
        return false;
    if (!signedIn()) {
        refuse(Problem::NotSignedIn);
        return false;
    }
    auto added = m_store.addStamps(m_card.id, count, QString(), staffName());
    if (!added) {
        refuse(added.error());
        return false;
    }
    resetOutcome();
    setCard(added->state);
    m_issued = added->issuedVouchers();
    m_stampsAdded = count;
    m_result = m_issued.isEmpty() ? Result::StampsAdded : Result::VoucherIssued;
    m_quantity = 1;
    m_state = State::Done;
    Q_EMIT changed();
    Q_EMIT acted();
    Q_EMIT feedback(m_issued.isEmpty() ? Feedback::Success : Feedback::Issued);
    return true;
}

void CheckoutSession::increase()
{
    setQuantity(m_quantity + 1);
}

void CheckoutSession::decrease()
{
    setQuantity(m_quantity - 1);
}

bool CheckoutSession::confirmRedemption()
{
    if (m_state != State::Voucher || !m_voucher || m_checking)
        return false;
    if (!signedIn()) {
        refuse(Problem::NotSignedIn);
        return false;
    }
    const QString id = m_voucher->id;
    if (m_engine && paired()) {
        // The shop's server first (docs/sync.md, Redemption): the rules
        // here, then the server's answer, then the ledger.
        auto planned = m_store.planRedemption(id, staffName());
        if (!planned) {
            refuse(planned.error());
            return false;
        }
        m_checking = planned.value();
        Q_EMIT changed();
        m_engine->redeem(planned.value());
        return false;
    }
    auto redeemed = m_store.redeem(id, staffName());
    if (!redeemed) {
        // Refused meanwhile (another register, the clock): show it as it is now.
        if (const Voucher *now = m_cardState ? m_cardState->voucher(id) : nullptr)
            m_voucher = *now;
        refuse(redeemed.error());
        return false;
    }
    resetOutcome();
    setCard(redeemed->state);
    if (const Voucher *now = redeemed->state.voucher(id))
        m_voucher = *now;
    m_result = Result::Redeemed;
    m_state = State::Done;
    Q_EMIT changed();
    Q_EMIT acted();
    Q_EMIT feedback(Feedback::Success);
    return true;
}

void CheckoutSession::onRedeemAnswered(const QString &eventId, const RedeemAnswer &answer)
{
    // Cancelled, or another customer meanwhile: the answer is dropped.
    if (!m_checking || m_checking->id != eventId || m_state != State::Voucher)
        return;
    const Event planned = *std::exchange(m_checking, std::nullopt);
    auto programme = m_store.programme();
    if (!programme)
        return refuse(programme.error());
    const RedeemDecision decision = RedeemDecision::of(answer, programme->offlineRedeem);
    if (decision.commit)
        return commitRedemption(planned, *decision.commit);
    // Nothing is written: redeemed elsewhere first, offline where the shop
    // does not allow it, or the server cannot answer this register.
    if (decision.refusal)
        return refuse(StoreError::refused(*decision.refusal));
    resetOutcome();
    m_syncError = decision.error;
    enterRefused();
}

void CheckoutSession::commitRedemption(const Event &planned, Store::Acceptance acceptance)
{
    auto redeemed = m_store.commitRedemption(planned, acceptance);
    if (!redeemed) {
        if (auto state = m_store.cardState(planned.cardId)) {
            setCard(state.value());
            if (const Voucher *now = state->voucher(planned.voucherId))
                m_voucher = *now;
        }
        return refuse(redeemed.error());
    }
    resetOutcome();
    setCard(redeemed->state);
    if (const Voucher *now = redeemed->state.voucher(planned.voucherId))
        m_voucher = *now;
    m_result = Result::Redeemed;
    m_provisional = acceptance == Store::Acceptance::Provisional;
    m_state = State::Done;
    Q_EMIT changed();
    Q_EMIT acted();
    Q_EMIT feedback(Feedback::Success);
}

void CheckoutSession::cancel()
{
    // A redemption being checked is dropped: its answer is ignored.
    if (m_checking) {
        m_checking.reset();
        Q_EMIT changed();
    }
    if (m_state == State::Voucher && m_voucherFromCard && m_cardState)
        return show(m_cardState.value(), State::Card);
    if (m_state == State::Refused && hasCard())
        return show(m_cardState.value(), State::Card);
    clear();
}

void CheckoutSession::clear()
{
    resetOutcome();
    m_finder.clear();
    m_cardState.reset();
    m_showCard = false;
    m_card = {};
    m_voucher.reset();
    m_voucherFromCard = false;
    m_vouchers.clear();
    m_quantity = 1;
    m_readText.clear();
    m_state = State::Idle;
    Q_EMIT changed();
}

void CheckoutSession::refresh()
{
    if (!m_cardState)
        return;
    auto state = m_store.cardState(m_cardState->card.id);
    if (!state)
        return;
    // What was shown as done (or refused) may have been taken back: the
    // card or the voucher is shown as it is now, ready for the next action.
    if (m_voucher && !m_showCard) {
        if (const Voucher *now = state->voucher(m_voucher->id))
            return showVoucher(*now);
    }
    if (m_showCard)
        return show(state.value(), State::Card);
    setCard(state.value());
    Q_EMIT changed();
}

// --- Refusals ---

void CheckoutSession::resetOutcome()
{
    // Whatever is shown next, a redemption being checked is not it.
    m_checking.reset();
    m_provisional = false;
    m_syncError.reset();
    m_result = Result::None;
    m_stampsAdded = 0;
    m_issued.clear();
    m_storeError.reset();
    m_payloadError.reset();
    m_problem = Problem::None;
}

void CheckoutSession::refuse(const StoreError &error)
{
    resetOutcome();
    m_storeError = error;
    enterRefused();
}

void CheckoutSession::refuse(const PayloadError &error)
{
    resetOutcome();
    m_payloadError = error;
    // A code that is not genuine says nothing about the customer shown
    // before it.
    m_cardState.reset();
    m_showCard = false;
    m_voucher.reset();
    m_vouchers.clear();
    enterRefused();
}

void CheckoutSession::refuse(Problem problem)
{
    resetOutcome();
    m_problem = problem;
    if (problem != Problem::NotSignedIn) {
        m_cardState.reset();
        m_showCard = false;
        m_voucher.reset();
        m_vouchers.clear();
    }
    enterRefused();
}

void CheckoutSession::enterRefused()
{
    m_state = State::Refused;
    Q_EMIT changed();
    Q_EMIT feedback(Feedback::Failure);
}

void CheckoutSession::noMatch()
{
    resetOutcome();
    m_cardState.reset();
    m_showCard = false;
    m_card = {};
    m_voucher.reset();
    m_vouchers.clear();
    m_state = State::NoMatch;
    Q_EMIT changed();
}

} // namespace stampdesk
