// SPDX-License-Identifier: Apache-2.0
#include "event.h"

namespace stampdesk {

namespace {
// In the order of EventData's alternatives; these names are stored in the
// ledger and sent to the backend, so they never change.
const QList<QString> &names()
{
    static const QList<QString> n{
        QStringLiteral("card.created"),
        QStringLiteral("card.status-changed"),
        QStringLiteral("stamps.added"),
        QStringLiteral("stamps.undone"),
        QStringLiteral("voucher.issued"),
        QStringLiteral("voucher.redeemed"),
        QStringLiteral("voucher.voided"),
        QStringLiteral("programme.changed"),
        QStringLiteral("voucher.redemption-undone"),
        QStringLiteral("voucher.code-attached"),
    };
    static_assert(std::variant_size_v<EventData> == 10);
    return n;
}
} // namespace

QString Event::type() const
{
    return names().at(qsizetype(data.index()));
}

QList<QString> eventTypeNames()
{
    return names();
}

} // namespace stampdesk
