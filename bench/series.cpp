// SPDX-License-Identifier: Apache-2.0
#include "series.h"

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace stampdesk::bench {

Series::Series(QString group, QString name)
    : m_group(std::move(group))
    , m_name(std::move(name))
{ }

double Series::percentileMs(double p) const
{
    if (m_ns.isEmpty())
        return 0;
    QList<qint64> sorted = m_ns;
    std::sort(sorted.begin(), sorted.end());
    const double rank = p / 100.0 * double(sorted.size() - 1);
    const auto below = qsizetype(std::floor(rank));
    const auto above = std::min(below + 1, sorted.size() - 1);
    const double fraction = rank - double(below);
    const double ns = double(sorted[below]) + fraction * double(sorted[above] - sorted[below]);
    return ns / 1e6;
}

double Series::perSecond() const
{
    const qint64 total = std::accumulate(m_ns.cbegin(), m_ns.cend(), qint64(0));
    return total > 0 ? double(m_ns.size()) * 1e9 / double(total) : 0;
}

QJsonObject Series::toJson() const
{
    const auto rounded = [](double ms) {
        return std::round(ms * 1000) / 1000;
    };
    return QJsonObject{
        {u"group"_s, m_group},
        {u"name"_s, m_name},
        {u"samples"_s, count()},
        {u"median_ms"_s, rounded(medianMs())},
        {u"p90_ms"_s, rounded(percentileMs(90))},
        {u"p99_ms"_s, rounded(percentileMs(99))},
        {u"max_ms"_s, rounded(maxMs())},
        {u"per_second"_s, std::round(perSecond())},
    };
}

QString formatTable(const QList<Series> &series)
{
    constexpr int nameWidth = 52;
    const auto ms = [](double v) {
        return u"%1"_s.arg(v, 9, 'f', 3);
    };
    QString out = u"%1 %2 %3 %4 %5 %6 %7\n"_s.arg(u"operation"_s, -nameWidth)
                      .arg(u"n"_s, 6)
                      .arg(u"median ms"_s, 9)
                      .arg(u"p90 ms"_s, 9)
                      .arg(u"p99 ms"_s, 9)
                      .arg(u"max ms"_s, 9)
                      .arg(u"per s"_s, 9);
    QString group;
    for (const Series &s : series) {
        if (s.group() != group) {
            group = s.group();
            out += u"\n"_s + group + u'\n';
        }
        out += u"  %1 %2 %3 %4 %5 %6 %7\n"_s.arg(s.name(), -(nameWidth - 2))
                   .arg(s.count(), 6)
                   .arg(ms(s.medianMs()), ms(s.percentileMs(90)), ms(s.percentileMs(99)),
                        ms(s.maxMs()))
                   .arg(s.perSecond(), 9, 'f', 0);
    }
    return out;
}

} // namespace stampdesk::bench
