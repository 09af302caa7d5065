// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace stampdesk {

/// When to try a failed request again: exponential backoff with full jitter
/// (a random wait between zero and base × factor^(n-1), capped), so that the
/// registers of a shop that lost the backend together do not all come back in
/// the same second. A value, copied into every call, so that changing the
/// client's policy never changes a call already under way.
struct RetryPolicy
{
    using Duration = std::chrono::milliseconds;

    int maxAttempts = 5; ///< counting the first; 1 = never retry
    Duration baseDelay{500};
    double factor = 2.0;
    Duration maxDelay{30'000};

    /// The wait after failed attempt number `attempt` (1 = the first) before
    /// the next one. `randomUnit` in [0, 1] picks the point in the jitter
    /// window, so that tests can pin it. `retryAfter` (the server's
    /// Retry-After) is a lower bound on the wait, but it too is capped at
    /// maxDelay: a server asking for an hour (maintenance) would otherwise
    /// hold the call, and the sync engine's own schedule tries again later.
    Duration delayFor(int attempt, std::optional<Duration> retryAfter, double randomUnit) const;

    /// A Retry-After header: delta-seconds or an HTTP-date (RFC 9110 10.2.3),
    /// as a wait from `now` (zero for a date in the past); nullopt when
    /// absent or unreadable.
    static std::optional<Duration> parseRetryAfter(const QByteArray &value, const QDateTime &now);

    friend bool operator==(const RetryPolicy &, const RetryPolicy &) = default;
};

} // namespace stampdesk
