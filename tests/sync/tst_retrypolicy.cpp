// SPDX-License-Identifier: Apache-2.0
// How long the client waits before trying again: full jitter under an
// exponential window, the server's Retry-After as a floor, a cap on both.
#include "sync/retrypolicy.h"

#include <QTest>

using namespace stampdesk;
using namespace std::chrono_literals;
using Duration = RetryPolicy::Duration;
using Wait = std::optional<Duration>;

Q_DECLARE_METATYPE(Wait)

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const RetryPolicy policy;
        QCOMPARE(policy.maxAttempts, 5);
        QCOMPARE(policy.baseDelay, 500ms);
        QCOMPARE(policy.factor, 2.0);
        QCOMPARE(policy.maxDelay, Duration(30s));
    }

    void delayFor_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<Wait>("retryAfter");
        QTest::addColumn<double>("randomUnit");
        QTest::addColumn<Duration>("expected");

        QTest::newRow("first, no luck") << 1 << Wait() << 0.0 << 0ms;
        QTest::newRow("first, half") << 1 << Wait() << 0.5 << 250ms;
        QTest::newRow("first, whole window") << 1 << Wait() << 1.0 << 500ms;
        QTest::newRow("second doubles") << 2 << Wait() << 1.0 << 1000ms;
        QTest::newRow("third, half") << 3 << Wait() << 0.5 << 1000ms;
        QTest::newRow("seventh, capped window") << 7 << Wait() << 1.0 << Duration(30s);
        QTest::newRow("seventh, half of the cap") << 7 << Wait() << 0.5 << Duration(15s);
        QTest::newRow("huge attempt stays capped") << 10'000 << Wait() << 1.0 << Duration(30s);
        QTest::newRow("attempt 0 reads as the first") << 0 << Wait() << 1.0 << 500ms;
        QTest::newRow("random above 1 is clamped") << 1 << Wait() << 7.0 << 500ms;
        QTest::newRow("Retry-After is a floor") << 1 << Wait(1s) << 0.1 << 1000ms;
        QTest::newRow("jitter above Retry-After") << 7 << Wait(1s) << 0.5 << Duration(15s);
        QTest::newRow("Retry-After 0") << 1 << Wait(0ms) << 0.5 << 250ms;
        QTest::newRow("Retry-After above the cap is capped")
            << 1 << Wait(Duration(3600s)) << 0.0 << Duration(30s);
    }

    void delayFor()
    {
        QFETCH(int, attempt);
        QFETCH(Wait, retryAfter);
        QFETCH(double, randomUnit);
        QFETCH(Duration, expected);
        QCOMPARE(RetryPolicy().delayFor(attempt, retryAfter, randomUnit), expected);
    }

    void delayFollowsItsSettings()
    {
        RetryPolicy policy;
        policy.baseDelay = 10ms;
        policy.factor = 3.0;
        policy.maxDelay = 200ms;
        QCOMPARE(policy.delayFor(1, {}, 1.0), 10ms);
        QCOMPARE(policy.delayFor(3, {}, 1.0), 90ms);
        QCOMPARE(policy.delayFor(4, {}, 1.0), 200ms);
        QCOMPARE(policy.delayFor(4, Wait(1s), 0.0), 200ms);
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<Wait>("expected");

        QTest::newRow("seconds") << QByteArray("1") << Wait(1s);
        QTest::newRow("spaces around") << QByteArray(" 120 ") << Wait(Duration(120s));
        QTest::newRow("zero") << QByteArray("0") << Wait(0ms);
        QTest::newRow("a week at most")
            << QByteArray("99999999999999999999999") << Wait(Duration(7 * 24h));
        QTest::newRow("IMF-fixdate 30 s ahead")
            << QByteArray("Sun, 06 Nov 1994 08:50:07 GMT") << Wait(Duration(30s));
        QTest::newRow("RFC 850 date")
            << QByteArray("Sunday, 06-Nov-94 08:50:07 GMT") << Wait(Duration(30s));
        QTest::newRow("asctime date")
            << QByteArray("Sun Nov  6 08:50:07 1994") << Wait(Duration(30s));
        QTest::newRow("date in the past")
            << QByteArray("Sun, 06 Nov 1994 08:00:00 GMT") << Wait(0ms);
        QTest::newRow("empty") << QByteArray() << Wait();
        QTest::newRow("negative") << QByteArray("-1") << Wait();
        QTest::newRow("fraction") << QByteArray("1.5") << Wait();
        QTest::newRow("words") << QByteArray("soon") << Wait();
        QTest::newRow("not GMT") << QByteArray("Sun, 06 Nov 1994 08:50:07 +0700") << Wait();
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(Wait, expected);
        const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QCOMPARE(RetryPolicy::parseRetryAfter(value, now), expected);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
