// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/cardstate.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QString>

namespace stampdesk {

/// What the cashier sees of a card: a value made from the card's state at
/// a moment, with the phone number already masked (the full number never
/// reaches the screen).
struct CardSummary
{
    Q_GADGET
    QML_VALUE_TYPE(cardSummary)
    Q_PROPERTY(QString id MEMBER id FINAL)
    Q_PROPERTY(QString displayId MEMBER displayId FINAL)
    Q_PROPERTY(QString name MEMBER name FINAL)
    Q_PROPERTY(QString maskedPhone MEMBER maskedPhone FINAL)
    Q_PROPERTY(int stamps MEMBER stamps FINAL)
    Q_PROPERTY(int goal MEMBER goal FINAL)
    Q_PROPERTY(int cycles MEMBER cycles FINAL)
    Q_PROPERTY(int lifetimeStamps MEMBER lifetimeStamps FINAL)
    Q_PROPERTY(bool blocked MEMBER blocked FINAL)
    Q_PROPERTY(int readyVouchers MEMBER readyVouchers FINAL)

public:
    QString id; ///< as stored: 16 symbols, upper case
    QString displayId; ///< in groups of four, as printed: "ABCD-EFGH-JKLM-NPQR"
    QString name;
    QString maskedPhone; ///< "••• ••• 4567", empty without a phone number
    int stamps = 0; ///< in the current cycle
    int goal = 0; ///< the programme's goal now
    int cycles = 0;
    int lifetimeStamps = 0;
    bool blocked = false;
    int readyVouchers = 0; ///< issued and neither redeemed, voided nor expired at `now`

    /// The summary of a card under a programme with this goal, at now.
    static CardSummary of(const CardState &state, int goal, const QDateTime &now);

    friend bool operator==(const CardSummary &, const CardSummary &) = default;
};

} // namespace stampdesk
