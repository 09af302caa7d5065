// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <type_traits>
#include <utility>

namespace stampdesk::bench {

/// The times of many runs of one operation and their order statistics.
///
/// We report medians and high percentiles rather than means: the machines
/// are shared, and a neighbour's burst moves a mean a lot but a median
/// little, while p90/p99 show what a cashier feels on a bad moment.
class Series
{
public:
    Series(QString group, QString name);

    const QString &group() const { return m_group; }
    const QString &name() const { return m_name; }
    qsizetype count() const { return m_ns.size(); }

    void add(qint64 nanoseconds) { m_ns.append(nanoseconds); }

    /// Times f once and keeps the time; returns what f returns.
    template<typename F>
    auto time(F &&f)
    {
        QElapsedTimer timer;
        timer.start();
        if constexpr (std::is_void_v<decltype(f())>) {
            f();
            add(timer.nsecsElapsed());
        } else {
            auto result = f();
            add(timer.nsecsElapsed());
            return result;
        }
    }

    /// The p-th percentile in milliseconds (0 ≤ p ≤ 100), interpolated
    /// linearly between the two nearest samples.
    double percentileMs(double p) const;
    double medianMs() const { return percentileMs(50); }
    double maxMs() const { return percentileMs(100); }
    /// Operations per second over the summed time of the samples.
    double perSecond() const;

    QJsonObject toJson() const;

private:
    QString m_group;
    QString m_name;
    QList<qint64> m_ns;
};

/// The table printed for people: one line per series, grouped.
QString formatTable(const QList<Series> &series);

} // namespace stampdesk::bench
