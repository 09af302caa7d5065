// SPDX-License-Identifier: Apache-2.0
#include "arguments.h"

#include <algorithm>

namespace stampdesk::cli {

std::optional<Arguments> Arguments::parse(const QStringList &args, const QList<OptionSpec> &specs,
                                          QString *error)
{
    Arguments out;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded || !arg.startsWith(u"--") || arg.size() == 2) {
            if (arg == u"--" && !optionsEnded) {
                optionsEnded = true;
                continue;
            }
            out.positional << arg;
            continue;
        }
        QString name = arg.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
        }
        const auto spec = std::find_if(specs.cbegin(), specs.cend(),
                                       [&name](const OptionSpec &s) { return s.name == name; });
        if (spec == specs.cend()) {
            *error = QStringLiteral("unknown option --%1").arg(name);
            return std::nullopt;
        }
        if (!spec->takesValue) {
            if (inlineValue) {
                *error = QStringLiteral("option --%1 takes no value").arg(name);
                return std::nullopt;
            }
            out.flags.insert(name);
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size()) {
                *error = QStringLiteral("option --%1 needs a value").arg(name);
                return std::nullopt;
            }
            inlineValue = args.at(++i);
        }
        out.values.insert(name, *inlineValue);
        out.allValues[name].append(*inlineValue);
    }
    return out;
}

OptionSpec valueOption(const char *name, const char *valueName, const char *help)
{
    return {QString::fromUtf8(name), true, QString::fromUtf8(valueName), QString::fromUtf8(help)};
}

std::optional<int> intOption(const Arguments &args, const QString &name, int low, int high,
                             QString *error)
{
    if (!args.has(name))
        return std::nullopt;
    bool ok = false;
    const int value = args.value(name).toInt(&ok);
    if (!ok || value < low || value > high) {
        *error = QStringLiteral("--%1 must be a whole number from %2 to %3")
                     .arg(name)
                     .arg(low)
                     .arg(high);
        return std::nullopt;
    }
    return value;
}

} // namespace stampdesk::cli
