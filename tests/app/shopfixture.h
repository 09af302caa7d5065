// SPDX-License-Identifier: Apache-2.0
#pragma once

// A shop for the app's tests: a real store in a temporary folder, a fixed
// clock, and cards made the way a cashier makes them.

#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace stampdesk::test {

inline QDateTime t0()
{
    return QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
}

class Shop
{
public:
    Shop()
    {
        // The shop is made at its own time: its first event (the demo
        // programme) is not later than the day the test replays.
        auto opened = Store::open(m_dir.filePath(QStringLiteral("t.db")),
                                  Store::Verification::Structure, [this] { return m_now; });
        if (!opened)
            qFatal("cannot open the test store: %s", qPrintable(opened.error().message()));
        m_store = std::move(opened.value());
    }

    Shop(const Shop &) = delete;
    Shop &operator=(const Shop &) = delete;

    Store &store() { return *m_store; }
    QString path() const { return m_store->path(); }

    /// Moves the shop's clock on, e.g. past a cooldown or an expiry.
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

    /// A new card, with stamps added in visits of at most maxPerVisit.
    QString card(const QString &name, const QString &phone, int stamps = 0)
    {
        auto created = m_store->createCard(name, phone, QStringLiteral("Lan"));
        if (!created)
            qFatal("cannot create a card: %s", qPrintable(created.error().message()));
        const QString id = created->state.card.id;
        const int perVisit = m_store->programme()->maxPerVisit;
        for (int left = stamps; left > 0; left -= perVisit) {
            auto added =
                m_store->addStamps(id, std::min(left, perVisit), QString(), QStringLiteral("Lan"));
            if (!added)
                qFatal("cannot add stamps: %s", qPrintable(added.error().message()));
        }
        return id;
    }

    /// A member who signs in with pin. The PIN is hashed with 1,000
    /// iterations, not 600,000: a test need not wait half a second a PIN.
    /// The shop's first manager ends the first-start wizard.
    StaffMember staffMember(const QString &name, StaffRole role = StaffRole::Manager,
                            const QString &pin = QStringLiteral("2580"))
    {
        auto added = m_store->addStaff(name, role, Pins::hash(pin, cheapIterations));
        if (!added)
            qFatal("cannot add a staff member: %s", qPrintable(added.error().message()));
        return added.value();
    }

    /// Lan, the manager who makes the cards above, PIN 2580.
    StaffMember manager() { return staffMember(QStringLiteral("Lan")); }

    static constexpr int cheapIterations = 1000;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QDateTime m_now = t0();
};

} // namespace stampdesk::test
