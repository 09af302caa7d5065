// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cardsummary.h"
#include "store/storeerror.h"

#include <QObject>
#include <QQmlEngine>
#include <QString>

#include <optional>

namespace stampdesk {

class Language;
class Store;

/// Finds the customer's card from what the cashier types: the card number
/// (any case, with or without dashes or spaces), the phone number (in any
/// common writing: "+84 90 123 4567" or "0901234567"), or a part of either
/// or of the name. Shows the one card found, or says in plain words why
/// there is none.
class CardLookup : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CardLookup is made by the application with its store.")
    Q_PROPERTY(State state READ state NOTIFY changed FINAL)
    Q_PROPERTY(bool found READ found NOTIFY changed FINAL)
    Q_PROPERTY(QString query READ query NOTIFY changed FINAL)
    Q_PROPERTY(stampdesk::CardSummary card READ card NOTIFY changed FINAL)
    Q_PROPERTY(QString message READ message NOTIFY changed FINAL)

public:
    enum class State {
        Idle, ///< nothing asked yet, or cleared
        Found, ///< card holds the one card found
        EmptyInput, ///< asked with nothing typed
        NotFound,
        SeveralFound, ///< the text matches more than one card
        Failed, ///< the store could not answer
    };
    Q_ENUM(State)

    /// The store and the language must outlive this object.
    CardLookup(Store &store, const Language &language, QObject *parent = nullptr);

    State state() const { return m_state; }
    bool found() const { return m_state == State::Found; }
    /// The text of the last look-up, trimmed.
    QString query() const { return m_query; }
    /// The card found; an empty summary unless found.
    CardSummary card() const { return m_card; }
    /// What to tell the cashier when no card is shown, in the current
    /// language; empty when a card is found or nothing was asked.
    QString message() const;

    /// Looks the text up and shows the result.
    Q_INVOKABLE void lookUp(const QString &text);
    /// Shows the card with exactly this id, as a scanned (signed) code names
    /// it: no search by phone or name behind it.
    Q_INVOKABLE void showCard(const QString &cardId);
    /// Reads the shown card again (after it changed).
    Q_INVOKABLE void refresh();
    /// Forgets the result, for the next customer.
    Q_INVOKABLE void clear();

Q_SIGNALS:
    /// Any property changed: the result, or the language of the message.
    void changed();

private:
    /// The ids of the cards text names: exactly one for a whole card or
    /// phone number, else up to two of the partial matches.
    StoreResult<QList<QString>> candidates(const QString &text) const;
    void show(const QString &cardId);
    void fail(State state, std::optional<StoreError> error = std::nullopt);

    Store &m_store;
    State m_state = State::Idle;
    QString m_query;
    CardSummary m_card;
    std::optional<StoreError> m_error;
};

} // namespace stampdesk
