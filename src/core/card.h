// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace stampdesk {

enum class CardStatus { Active, Blocked };

/// A customer's stamp card: a projection of the card's ledger events.
struct Card
{
    QString id; ///< random and unguessable (Ids::newCardId)
    QString name; ///< optional
    QString phone; ///< optional, as entered
    int stamps = 0; ///< stamps in the current cycle
    int cycles = 0; ///< completed cycles that still count (undo can take one back)
    int lastCycle = 0; ///< number of the last cycle ever completed; never reused
    int lifetimeStamps = 0;
    std::optional<QDateTime> lastStampAt;
    CardStatus status = CardStatus::Active;
    QDateTime createdAt;

    friend bool operator==(const Card &, const Card &) = default;
};

QString wireName(CardStatus status);
std::optional<CardStatus> cardStatusFromString(QStringView text);

} // namespace stampdesk
