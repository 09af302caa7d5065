// SPDX-License-Identifier: Apache-2.0
#include "cardlookup.h"

#include "core/ids.h"
#include "core/text.h"
#include "language.h"
#include "store/store.h"

#include <algorithm>

namespace stampdesk {

namespace {

bool isNotFound(const StoreError &e)
{
    return e.kind == StoreError::Kind::NotFound;
}

} // namespace

CardLookup::CardLookup(Store &store, const Language &language, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    // The message is made in the language of the moment it is read.
    connect(&language, &Language::changed, this, &CardLookup::changed);
}

QString CardLookup::message() const
{
    switch (m_state) {
    case State::Idle:
    case State::Found:
        return {};
    case State::EmptyInput:
        return tr("Type a card number, a phone number or a name, then press Enter.");
    case State::NotFound:
        return tr("No card matches \"%1\". Check the number, or try the phone number.")
            .arg(m_query);
    case State::SeveralFound:
        return tr("More than one card matches \"%1\". Type the whole card number or phone "
                  "number.")
            .arg(m_query);
    case State::Failed:
        return m_error ? m_error->message() : QString();
    }
    return {};
}

void CardLookup::lookUp(const QString &text)
{
    m_query = text.trimmed();
    if (m_query.isEmpty())
        return fail(State::EmptyInput);
    const auto ids = candidates(m_query);
    if (!ids)
        return fail(State::Failed, ids.error());
    if (ids->isEmpty())
        return fail(State::NotFound);
    if (ids->size() > 1)
        return fail(State::SeveralFound);
    show(ids->first());
}

void CardLookup::showCard(const QString &cardId)
{
    m_query = Ids::formatCardId(cardId);
    show(cardId);
}

void CardLookup::refresh()
{
    if (found())
        show(m_card.id);
}

void CardLookup::clear()
{
    m_query.clear();
    fail(State::Idle);
}

StoreResult<QList<QString>> CardLookup::candidates(const QString &text) const
{
    // A whole card or phone number names its card, even where a part of it
    // would also match others.
    const QString normalised = Ids::normalise(text);
    if (normalised.size() == Ids::cardIdLength && Ids::inAlphabet(normalised)) {
        const auto byId = m_store.card(normalised);
        if (byId)
            return QList<QString>{byId->id};
        if (!isNotFound(byId.error()))
            return byId.error();
    }
    if (Text::looksLikePhone(text)) {
        const auto byPhone = m_store.cardByPhone(text);
        if (byPhone)
            return QList<QString>{byPhone->id};
        if (!isNotFound(byPhone.error()))
            return byPhone.error();
    }
    // A part of either, or of the name; two are enough to know it is
    // ambiguous.
    const auto found = m_store.findCards(text, 2);
    if (!found)
        return found.error();
    QList<QString> ids;
    for (const Card &c : found.value())
        ids.append(c.id);
    return ids;
}

void CardLookup::show(const QString &cardId)
{
    const auto state = m_store.cardState(cardId);
    if (!state)
        return fail(isNotFound(state.error()) ? State::NotFound : State::Failed, state.error());
    const auto programme = m_store.programme();
    if (!programme)
        return fail(State::Failed, programme.error());
    m_card = CardSummary::of(state.value(), programme->goal, m_store.now());
    m_state = State::Found;
    m_error.reset();
    Q_EMIT changed();
}

void CardLookup::fail(State state, std::optional<StoreError> error)
{
    m_state = state;
    m_card = {};
    m_error = std::move(error);
    Q_EMIT changed();
}

} // namespace stampdesk
