// SPDX-License-Identifier: Apache-2.0
#pragma once

// Small builders shared by the core tests: a fixed clock, a programme with
// chosen limits, a fresh card.

#include "core/rules.h"

#include <QTest>

namespace stampdesk::test {

inline QDateTime t0()
{
    return QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
}

inline Context at(const QDateTime &time, const QString &location = {})
{
    return Context{
        time, Actor{QStringLiteral("Lan"), QStringLiteral("reg-1"), QStringLiteral("Counter 1")},
        location};
}

inline Programme programme(int goal, int maxPerVisit = 100, int cooldownMinutes = 0)
{
    Programme p = Programme::demo();
    p.goal = goal;
    p.maxPerVisit = maxPerVisit;
    p.cooldownMinutes = cooldownMinutes;
    return p;
}

inline CardState newCard(const QString &id = QStringLiteral("CARD2345CARD2345"))
{
    auto created = Rules::createCard(id, QStringLiteral("Đào"), QString(), at(t0()));
    Q_ASSERT(created.ok());
    return created->state;
}

// Applies an action that the test expects to be allowed.
inline CardState expectAllowed(const Result<Outcome, Refusal> &r)
{
    if (!r.ok())
        qFatal("refused: %s", qPrintable(r.error().message()));
    return r->state;
}

} // namespace stampdesk::test
