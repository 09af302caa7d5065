// SPDX-License-Identifier: Apache-2.0
// PINs: what may be chosen, how they are stored (salted PBKDF2-HMAC-SHA256,
// OpenSSL), and how long wrong ones lock a member out.
#include "core/staff.h"

#include <QElapsedTimer>
#include <QTest>

using namespace stampdesk;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {
// Fast enough for many hashes per test; one test uses the real figure.
constexpr int fast = 1000;
} // namespace

class TestPins : public QObject
{
    Q_OBJECT
private slots:
    void rightPinMatchesWrongOneDoesNot()
    {
        const PinHash h = Pins::hash(QStringLiteral("2580"), fast);
        QCOMPARE(h.iterations, fast);
        QCOMPARE(h.salt.size(), 16);
        QCOMPARE(h.hash.size(), 32);
        QVERIFY(Pins::verify(QStringLiteral("2580"), h));
        QVERIFY(!Pins::verify(QStringLiteral("2581"), h));
        QVERIFY(!Pins::verify(QStringLiteral("02580"), h));
        QVERIFY(!Pins::verify(QString(), h));
    }

    void theSaltDiffersPerHash()
    {
        const PinHash a = Pins::hash(QStringLiteral("2580"), fast);
        const PinHash b = Pins::hash(QStringLiteral("2580"), fast);
        QVERIFY(a.salt != b.salt);
        QVERIFY(a.hash != b.hash);
        QVERIFY(Pins::verify(QStringLiteral("2580"), b));
    }

    // A known answer (computed with Python's hashlib.pbkdf2_hmac), so the
    // stored form stays PBKDF2-HMAC-SHA256 over the PIN's UTF-8.
    void aKnownAnswer()
    {
        PinHash h;
        h.salt = QByteArrayLiteral("0123456789abcdef");
        h.iterations = 1000;
        h.hash = QByteArray::fromHex(
            "156e7f07874ce260dfb7fd81c62a7c0baeaca6a14efde7b13f56eb0387706ea7");
        QVERIFY(Pins::verify(QStringLiteral("2580"), h));
        QVERIFY(!Pins::verify(QStringLiteral("2581"), h));
        h.iterations = 999;
        QVERIFY(!Pins::verify(QStringLiteral("2580"), h));
    }

    // The real iteration count, once: at least OWASP's 600,000, and the
    // hash still verifies.
    void theDefaultIsAtLeast600000Iterations()
    {
        QVERIFY(Pins::iterations >= 600'000);
        QElapsedTimer timer;
        timer.start();
        const PinHash h = Pins::hash(QStringLiteral("4711"));
        QCOMPARE(h.iterations, Pins::iterations);
        QVERIFY(Pins::verify(QStringLiteral("4711"), h));
        qInfo("hash and verify at %d iterations: %lld ms", h.iterations,
              qint64(timer.elapsed()));
    }

    void encodedRoundTrips()
    {
        const PinHash h = Pins::hash(QStringLiteral("8642"), fast);
        const QString text = h.encoded();
        QVERIFY(text.startsWith(u"pbkdf2-sha256$1000$"));
        QCOMPARE(text.count(u'$'), 3);
        const auto back = PinHash::decode(text);
        QVERIFY(back);
        QCOMPARE(*back, h);
        QVERIFY(Pins::verify(QStringLiteral("8642"), *back));
    }

    void malformedEncodingsDecodeToNothing_data()
    {
        QTest::addColumn<QString>("text");
        const PinHash h = Pins::hash(QStringLiteral("8642"), fast);
        const QString salt = QString::fromLatin1(h.salt.toBase64());
        const QString hash = QString::fromLatin1(h.hash.toBase64());
        const auto make = [&](const QString &name, const QString &n, const QString &s,
                              const QString &x) { return QStringList{name, n, s, x}.join(u'$'); };
        QTest::newRow("empty") << QString();
        QTest::newRow("the PIN itself") << QStringLiteral("8642");
        QTest::newRow("three parts") << QStringLiteral("pbkdf2-sha256$1000$") + salt;
        QTest::newRow("five parts") << make(u"pbkdf2-sha256"_s, u"1000"_s, salt, hash) + u"$"_s;
        QTest::newRow("other algorithm") << make(u"pbkdf2-sha1"_s, u"1000"_s, salt, hash);
        QTest::newRow("zero iterations") << make(u"pbkdf2-sha256"_s, u"0"_s, salt, hash);
        QTest::newRow("negative iterations") << make(u"pbkdf2-sha256"_s, u"-5"_s, salt, hash);
        QTest::newRow("iterations not a number") << make(u"pbkdf2-sha256"_s, u"x"_s, salt, hash);
        QTest::newRow("absurd iterations")
            << make(u"pbkdf2-sha256"_s, u"999999999"_s, salt, hash);
        QTest::newRow("short salt")
            << make(u"pbkdf2-sha256"_s, u"1000"_s, QString::fromLatin1(h.salt.left(8).toBase64()),
                    hash);
        QTest::newRow("short hash")
            << make(u"pbkdf2-sha256"_s, u"1000"_s, salt,
                    QString::fromLatin1(h.hash.left(16).toBase64()));
        QTest::newRow("not base64") << make(u"pbkdf2-sha256"_s, u"1000"_s, u"!!!!"_s, hash);
        QTest::newRow("non-ASCII")
            << make(u"pbkdf2-sha256"_s, u"1000"_s, salt, hash.left(hash.size() - 2) + u"đ="_s);
    }
    void malformedEncodingsDecodeToNothing()
    {
        QFETCH(QString, text);
        QVERIFY(!PinHash::decode(text));
    }

    void aMalformedStoredHashMatchesNothing_data()
    {
        QTest::addColumn<int>("saltSize");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<int>("hashSize");
        QTest::newRow("empty") << 0 << 0 << 0;
        QTest::newRow("no salt") << 0 << fast << 32;
        QTest::newRow("zero iterations") << 16 << 0 << 32;
        QTest::newRow("negative iterations") << 16 << -1 << 32;
        QTest::newRow("short hash") << 16 << fast << 31;
    }
    void aMalformedStoredHashMatchesNothing()
    {
        QFETCH(int, saltSize);
        QFETCH(int, iterations);
        QFETCH(int, hashSize);
        const PinHash good = Pins::hash(QStringLiteral("1357"), fast);
        PinHash bad;
        bad.salt = good.salt.left(saltSize);
        bad.iterations = iterations;
        bad.hash = good.hash.left(hashSize);
        QVERIFY(!Pins::verify(QStringLiteral("1357"), bad));
        QVERIFY(!Pins::verify(QString(), bad));
    }

    void whichPinsMayBeChosen_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<int>("problem"); // -1: none
        const auto none = -1;
        QTest::newRow("four digits") << QStringLiteral("2580") << none;
        QTest::newRow("eight digits") << QStringLiteral("25801470") << none;
        QTest::newRow("leading zero") << QStringLiteral("0482") << none;
        QTest::newRow("run then not") << QStringLiteral("12346") << none;
        QTest::newRow("empty") << QString() << int(PinProblem::TooShort);
        QTest::newRow("three digits") << QStringLiteral("258") << int(PinProblem::TooShort);
        QTest::newRow("nine digits") << QStringLiteral("258014703") << int(PinProblem::TooLong);
        QTest::newRow("letters") << QStringLiteral("25a0") << int(PinProblem::NotDigits);
        QTest::newRow("space") << QStringLiteral("2580 ") << int(PinProblem::NotDigits);
        QTest::newRow("Arabic-Indic digits")
            << QStringLiteral("\u0662\u0665\u0668\u0660") << int(PinProblem::NotDigits);
        QTest::newRow("all one digit") << QStringLiteral("0000") << int(PinProblem::TooSimple);
        QTest::newRow("run up") << QStringLiteral("1234") << int(PinProblem::TooSimple);
        QTest::newRow("long run up") << QStringLiteral("345678") << int(PinProblem::TooSimple);
        QTest::newRow("run down") << QStringLiteral("9876") << int(PinProblem::TooSimple);
    }
    void whichPinsMayBeChosen()
    {
        QFETCH(QString, pin);
        QFETCH(int, problem);
        const auto found = Pins::check(pin);
        QCOMPARE(found ? int(*found) : -1, problem);
        if (found)
            QVERIFY(!Pins::message(*found).isEmpty());
    }

    void messagesSayWhatIsWrong()
    {
        QVERIFY(Pins::message(PinProblem::TooShort).contains(u"4"));
        QVERIFY(Pins::message(PinProblem::TooLong).contains(u"8"));
        QVERIFY(Pins::message(PinProblem::NotDigits).contains(u"digits"));
        QVERIFY(Pins::message(PinProblem::TooSimple).contains(u"guess"));
    }

    void lockoutGrowsAndIsCapped_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("none") << 0 << qint64(0);
        QTest::newRow("1") << 1 << qint64(0);
        QTest::newRow("free attempts") << Pins::freeAttempts << qint64(0);
        QTest::newRow("4") << 4 << qint64(30);
        QTest::newRow("5") << 5 << qint64(60);
        QTest::newRow("6") << 6 << qint64(120);
        QTest::newRow("7") << 7 << qint64(240);
        QTest::newRow("8") << 8 << qint64(480);
        QTest::newRow("9: capped") << 9 << qint64(900);
        QTest::newRow("50") << 50 << qint64(900);
        QTest::newRow("int max") << std::numeric_limits<int>::max() << qint64(900);
        QTest::newRow("negative") << -3 << qint64(0);
    }
    void lockoutGrowsAndIsCapped()
    {
        QFETCH(int, failures);
        QFETCH(qint64, seconds);
        QCOMPARE(qint64(Pins::lockout(failures).count()), seconds);
    }

    void pinStateIsLockedUntilItsTime()
    {
        const QDateTime t = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
        PinState s;
        QVERIFY(!s.isLocked(t));
        s.lockedUntil = t.addSecs(30);
        QVERIFY(s.isLocked(t));
        QVERIFY(s.isLocked(t.addSecs(29)));
        QVERIFY(!s.isLocked(t.addSecs(30)));
    }

    void rolesHaveStableNames()
    {
        QCOMPARE(wireName(StaffRole::Cashier), QStringLiteral("cashier"));
        QCOMPARE(wireName(StaffRole::Manager), QStringLiteral("manager"));
        QCOMPARE(staffRoleFromString(u"manager"), std::optional(StaffRole::Manager));
        QCOMPARE(staffRoleFromString(u"cashier"), std::optional(StaffRole::Cashier));
        QVERIFY(!staffRoleFromString(u"Manager"));
        QVERIFY(!staffRoleFromString(u""));
    }
};

QTEST_GUILESS_MAIN(TestPins)
#include "tst_pins.moc"
