// SPDX-License-Identifier: Apache-2.0
#include "retrypolicy.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace stampdesk {

namespace {

// Longer waits than this mean "not now" whatever the number says; clamping
// here keeps the conversion to milliseconds from overflowing.
constexpr std::chrono::seconds longestRetryAfter{7 * 24 * 3600};

std::optional<QDateTime> parseHttpDate(const QByteArray &value)
{
    // The preferred IMF-fixdate first, then the two obsolete forms that a
    // recipient must still accept (RFC 9110 5.6.7).
    const QString text = QString::fromLatin1(value).simplified();
    static const QString formats[] = {
        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"),
        QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"),
        QStringLiteral("ddd MMM d HH:mm:ss yyyy"),
    };
    const QLocale c = QLocale::c();
    for (const QString &format : formats) {
        QDateTime time = c.toDateTime(text, format);
        if (time.isValid()) {
            time.setTimeSpec(Qt::UTC);
            return time;
        }
    }
    return std::nullopt;
}

} // namespace

RetryPolicy::Duration RetryPolicy::delayFor(int attempt, std::optional<Duration> retryAfter,
                                            double randomUnit) const
{
    const double cap = double(std::max<Duration::rep>(maxDelay.count(), 0));
    const double exponent = double(std::max(attempt, 1) - 1);
    // std::pow may give infinity for a large attempt; std::min brings it back.
    const double window = std::min(cap,
                                   double(std::max<Duration::rep>(baseDelay.count(), 0))
                                       * std::pow(std::max(factor, 1.0), exponent));
    Duration delay{std::llround(window * std::clamp(randomUnit, 0.0, 1.0))};
    if (retryAfter)
        delay = std::max(delay, std::clamp(*retryAfter, Duration::zero(), maxDelay));
    return delay;
}

std::optional<RetryPolicy::Duration> RetryPolicy::parseRetryAfter(const QByteArray &value,
                                                                  const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (std::all_of(text.begin(), text.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
        bool ok = false;
        const qulonglong seconds = text.toULongLong(&ok);
        // Too many digits for a number is still a number of seconds: a very long wait.
        const qint64 capped = !ok || seconds > qulonglong(longestRetryAfter.count())
            ? qint64(longestRetryAfter.count())
            : qint64(seconds);
        return Duration(std::chrono::seconds(capped));
    }
    const auto date = parseHttpDate(text);
    if (!date)
        return std::nullopt;
    const qint64 ms =
        std::clamp<qint64>(now.msecsTo(*date), 0, Duration(longestRetryAfter).count());
    return Duration(ms);
}

} // namespace stampdesk
