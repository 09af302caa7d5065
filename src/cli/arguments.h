// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace stampdesk::cli {

/// One --option a command accepts.
struct OptionSpec
{
    QString name; ///< without the dashes
    bool takesValue = true;
    QString valueName; ///< for the usage text, e.g. "N"
    QString help;
};

/// A command line split into positional arguments and options, checked
/// against what the command accepts.
struct Arguments
{
    QStringList positional;
    QHash<QString, QString> values; ///< the last value of each option
    QHash<QString, QStringList> allValues; ///< every value, for an option given more than once
    QSet<QString> flags;

    bool has(const QString &name) const { return values.contains(name) || flags.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        return values.value(name, fallback);
    }

    /// Splits args; an option that is not in specs, or one that lacks its
    /// value, is an error (returned as the message).
    static std::optional<Arguments> parse(const QStringList &args, const QList<OptionSpec> &specs,
                                          QString *error);
};

/// An option that takes a value, for a command's list of options.
OptionSpec valueOption(const char *name, const char *valueName, const char *help);

/// A whole number option within [low, high]; absent gives std::nullopt, a
/// malformed or out-of-range value sets *error and gives std::nullopt.
std::optional<int> intOption(const Arguments &args, const QString &name, int low, int high,
                             QString *error);

} // namespace stampdesk::cli
