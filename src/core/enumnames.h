// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace stampdesk {

/// The stable external names of an enum's values (in JSON, the database and
/// on the command line), in one table per enum so both directions agree.
template<typename E, std::size_t N>
struct EnumNames
{
    std::array<std::pair<E, QStringView>, N> entries;

    QString name(E value) const
    {
        for (const auto &[v, n] : entries) {
            if (v == value)
                return n.toString();
        }
        return {};
    }

    std::optional<E> value(QStringView name) const
    {
        for (const auto &[v, n] : entries) {
            if (n == name)
                return v;
        }
        return std::nullopt;
    }
};

} // namespace stampdesk
