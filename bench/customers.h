// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/store.h"

#include <QSet>
#include <QString>

#include <random>

namespace stampdesk::bench {

/// Made-up customers of a Vietnamese shop, so that the benchmark's database
/// looks like a real one to SQLite: family names in roughly their national
/// frequencies (so name searches hit the skew a shop sees), accented names
/// (so folding does real work), and unique mobile numbers written the
/// several ways cashiers type them. The same seed gives the same customers.
class Customers
{
public:
    explicit Customers(quint64 seed);

    /// A new customer with a phone number no earlier customer has.
    NewCard next();

    /// The number as a customer reads it out in international form
    /// ("+84 90 123 4567"), unlike the national form stored, so that a
    /// lookup has to normalise it.
    static QString international(const QString &phone);

    /// The given name (the last word), as a cashier types it: no accents.
    static QString givenNameTyped(const QString &name);

private:
    QString name();
    QString phone();

    std::mt19937_64 m_random;
    QSet<QString> m_phones;
};

} // namespace stampdesk::bench
