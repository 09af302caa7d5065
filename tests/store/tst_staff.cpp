// SPDX-License-Identifier: Apache-2.0
// The people at the register, their PINs and lockouts, and the register's
// settings: kept in the database, never in the ledger.
#include "storetest.h"

#include <QTest>

using namespace stampdesk;
using namespace stampdesk::test;
using namespace Qt::StringLiterals;

namespace {

// Few iterations: these tests are about the store, not the hash.
PinHash pin(const QString &digits)
{
    return Pins::hash(digits, 1000);
}

int ledgerSize(Store &s)
{
    return int(s.events()->size());
}

} // namespace

class TestStaff : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("staff-%1.db").arg(++m_n)); }

private slots:
    void membersAreAddedAndListed()
    {
        TestClock clock;
        auto s = openStore(newPath(), &clock);
        QVERIFY(s->staff()->isEmpty());
        const int events = ledgerSize(*s);

        auto lan = s->addStaff(QStringLiteral("  Lan "), StaffRole::Manager, pin(u"2580"_s));
        QVERIFY(lan.ok());
        QCOMPARE(lan->name, QStringLiteral("Lan"));
        QCOMPARE(lan->role, StaffRole::Manager);
        QVERIFY(lan->active);
        QVERIFY(!lan->id.isEmpty());
        auto an = s->addStaff(QStringLiteral("Ân"), StaffRole::Cashier, pin(u"1470"_s));
        QVERIFY(an.ok());
        QVERIFY(an->id != lan->id);

        QCOMPARE(s->staffMember(lan->id).value(), lan.value());
        const QList<StaffMember> all = s->staff().value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).name, QStringLiteral("Lan"));

        // Staff are not ledger events: nothing to sync, no PIN hash leaves.
        QCOMPARE(ledgerSize(*s), events);
        QCOMPARE(s->pendingSyncCount().value(), events);

        // The PIN is stored as a hash, never as the PIN.
        const QString stored =
            RawDatabase(s->path())
                .scalar(QStringLiteral("SELECT pin FROM staff WHERE id = '%1'").arg(lan->id))
                .toString();
        QVERIFY(stored.startsWith(u"pbkdf2-sha256$"));
        QVERIFY(!stored.contains(u"2580"));
        QVERIFY(Pins::verify(u"2580"_s, s->pinState(lan->id)->pin));
    }

    void namesMustBeGivenAndUnique_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("subject");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("blank") << QStringLiteral("   ") << QString();
        QTest::newRow("same name") << QStringLiteral("Lan") << QStringLiteral("Lan");
        QTest::newRow("other case") << QStringLiteral(" lAN ") << QStringLiteral("lAN");
        QTest::newRow("other case beyond ASCII")
            << QStringLiteral("ĐÀO") << QStringLiteral("ĐÀO");
    }
    void namesMustBeGivenAndUnique()
    {
        QFETCH(QString, name);
        QFETCH(QString, subject);
        auto s = openStore(newPath());
        QVERIFY(s->addStaff(QStringLiteral("Lan"), StaffRole::Manager, pin(u"2580"_s)));
        QVERIFY(s->addStaff(QStringLiteral("Đào"), StaffRole::Cashier, pin(u"2580"_s)));
        auto added = s->addStaff(name, StaffRole::Cashier, pin(u"2580"_s));
        QVERIFY(!added);
        QCOMPARE(added.error().kind, StoreError::Kind::InvalidStaff);
        QCOMPARE(added.error().subject, subject);
        QCOMPARE(added.error().codeName(), QStringLiteral("invalid-staff"));
        QVERIFY(!added.error().message().isEmpty());
        QCOMPARE(s->staff()->size(), 2);
    }

    void aNameIsFreeAgainWhenItsMemberLeft()
    {
        auto s = openStore(newPath());
        QVERIFY(s->addStaff(QStringLiteral("Lan"), StaffRole::Manager, pin(u"2580"_s)));
        StaffMember an = s->addStaff(QStringLiteral("Ân"), StaffRole::Cashier, pin(u"1470"_s))
                             .value();
        an.active = false;
        QVERIFY(s->updateStaff(an));
        auto again = s->addStaff(QStringLiteral("Ân"), StaffRole::Cashier, pin(u"3690"_s));
        QVERIFY(again.ok());
        // Inactive members come last.
        const QList<StaffMember> all = s->staff().value();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.last().id, an.id);
        QVERIFY(!all.last().active);

        // ... and the one who left cannot come back under a taken name.
        an.active = true;
        auto back = s->updateStaff(an);
        QVERIFY(!back);
        QCOMPARE(back.error().kind, StoreError::Kind::InvalidStaff);
        QVERIFY(!s->staffMember(an.id)->active);
    }

    void membersChangeNameAndRole()
    {
        auto s = openStore(newPath());
        StaffMember lan =
            s->addStaff(QStringLiteral("Lan"), StaffRole::Manager, pin(u"2580"_s)).value();
        StaffMember an =
            s->addStaff(QStringLiteral("An"), StaffRole::Cashier, pin(u"1470"_s)).value();
        an.name = QStringLiteral(" Ân ");
        an.role = StaffRole::Manager;
        QVERIFY(s->updateStaff(an));
        const StaffMember stored = s->staffMember(an.id).value();
        QCOMPARE(stored.name, QStringLiteral("Ân"));
        QCOMPARE(stored.role, StaffRole::Manager);
        // Keeping one's own name (in another case) is no clash.
        lan.name = QStringLiteral("LAN");
        QVERIFY(s->updateStaff(lan));

        an.name = QStringLiteral("lan");
        auto clash = s->updateStaff(an);
        QCOMPARE(clash.error().kind, StoreError::Kind::InvalidStaff);
        an.name = QString();
        QCOMPARE(s->updateStaff(an).error().kind, StoreError::Kind::InvalidStaff);
        QCOMPARE(s->staffMember(an.id)->name, QStringLiteral("Ân"));

        StaffMember nobody{QStringLiteral("no-such-id"), QStringLiteral("X"), StaffRole::Cashier,
                           true};
        QCOMPARE(s->updateStaff(nobody).error().kind, StoreError::Kind::NotFound);
        QCOMPARE(s->staffMember(QStringLiteral("no-such-id")).error().kind,
                 StoreError::Kind::NotFound);
    }

    void theLastManagerStays()
    {
        auto s = openStore(newPath());
        StaffMember lan =
            s->addStaff(QStringLiteral("Lan"), StaffRole::Manager, pin(u"2580"_s)).value();
        StaffMember an =
            s->addStaff(QStringLiteral("An"), StaffRole::Cashier, pin(u"1470"_s)).value();

        StaffMember demoted = lan;
        demoted.role = StaffRole::Cashier;
        auto refused = s->updateStaff(demoted);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::LastManager);
        QCOMPARE(refused.error().codeName(), QStringLiteral("last-manager"));
        StaffMember gone = lan;
        gone.active = false;
        QCOMPARE(s->updateStaff(gone).error().kind, StoreError::Kind::LastManager);
        QCOMPARE(s->staffMember(lan.id).value(), lan);

        // A cashier's changes are not the manager's business.
        an.name = QStringLiteral("Ân");
        QVERIFY(s->updateStaff(an));
        // With a second manager, the first may step down.
        an.role = StaffRole::Manager;
        QVERIFY(s->updateStaff(an));
        QVERIFY(s->updateStaff(demoted));
        // An inactive manager does not count.
        StaffMember old =
            s->addStaff(QStringLiteral("Old"), StaffRole::Manager, pin(u"2580"_s)).value();
        old.active = false;
        QVERIFY(s->updateStaff(old));
        StaffMember anGone = an;
        anGone.active = false;
        QCOMPARE(s->updateStaff(anGone).error().kind, StoreError::Kind::LastManager);
    }

    void wrongPinsLockOutAndTheLockoutSurvivesARestart()
    {
        const QString path = newPath();
        TestClock clock;
        QString id;
        {
            auto s = openStore(path, &clock);
            id = s->addStaff(QStringLiteral("An"), StaffRole::Cashier, pin(u"1470"_s))->id;
            for (int i = 1; i <= Pins::freeAttempts; ++i) {
                const PinState st = s->recordPinAttempt(id, false).value();
                QCOMPARE(st.failures, i);
                QVERIFY(!st.isLocked(clock.now));
            }
            const PinState locked = s->recordPinAttempt(id, false).value();
            QCOMPARE(locked.failures, Pins::freeAttempts + 1);
            QCOMPARE(locked.lockedUntil, clock.now.addSecs(30));
            QVERIFY(locked.isLocked(clock.now));
        }
        {
            // Quitting the app does not reset the count.
            auto s = openStore(path, &clock);
            const PinState st = s->pinState(id).value();
            QCOMPARE(st.failures, Pins::freeAttempts + 1);
            QCOMPARE(st.lockedUntil, clock.now.addSecs(30));
            QVERIFY(Pins::verify(u"1470"_s, st.pin));
            clock.now = clock.now.addSecs(31);
            QVERIFY(!st.isLocked(clock.now));
            const PinState again = s->recordPinAttempt(id, false).value();
            QCOMPARE(again.lockedUntil, clock.now.addSecs(60));
        }
        {
            auto s = openStore(path, &clock);
            const PinState right = s->recordPinAttempt(id, true).value();
            QCOMPARE(right.failures, 0);
            QVERIFY(!right.lockedUntil);
            QCOMPARE(s->pinState(id)->failures, 0);
            QVERIFY(!s->pinState(id)->lockedUntil);
            QCOMPARE(s->recordPinAttempt(QStringLiteral("nobody"), false).error().kind,
                     StoreError::Kind::NotFound);
        }
    }

    void aNewPinClearsTheLockout()
    {
        TestClock clock;
        auto s = openStore(newPath(), &clock);
        const QString id =
            s->addStaff(QStringLiteral("An"), StaffRole::Cashier, pin(u"1470"_s))->id;
        for (int i = 0; i < 6; ++i)
            QVERIFY(s->recordPinAttempt(id, false));
        QVERIFY(s->pinState(id)->isLocked(clock.now));
        QVERIFY(s->setPin(id, pin(u"3690"_s)));
        const PinState st = s->pinState(id).value();
        QCOMPARE(st.failures, 0);
        QVERIFY(!st.isLocked(clock.now));
        QVERIFY(Pins::verify(u"3690"_s, st.pin));
        QVERIFY(!Pins::verify(u"1470"_s, st.pin));
        QCOMPARE(s->setPin(QStringLiteral("nobody"), pin(u"3690"_s)).error().kind,
                 StoreError::Kind::NotFound);
    }

    // A damaged PIN column matches nothing, and nothing crashes.
    void aDamagedPinMatchesNothing()
    {
        auto s = openStore(newPath());
        const QString id =
            s->addStaff(QStringLiteral("An"), StaffRole::Cashier, pin(u"1470"_s))->id;
        QCOMPARE(RawDatabase(s->path()).exec(u"UPDATE staff SET pin = 'pbkdf2-sha256$0$$'"_s),
                 QString());
        QVERIFY(!Pins::verify(u"1470"_s, s->pinState(id)->pin));
    }

    void settingsAreKeptAndChecked()
    {
        const QString path = newPath();
        {
            auto s = openStore(path);
            QCOMPARE(s->setting(u"language"_s, u"vi"_s).value(), u"vi"_s);
            QCOMPARE(s->setting(u"shop_name"_s).value(), QString());
            QVERIFY(s->setSetting(u"language"_s, u"en"_s));
            QVERIFY(s->setSetting(u"shop_name"_s, u"  Cà phê Sáng "_s));
            QVERIFY(s->setSetting(u"sounds"_s, u"0"_s));
            QVERIFY(s->setSetting(u"code_stock_low"_s, u"5"_s));
            QVERIFY(s->setSetting(u"camera"_s, u"/dev/video0"_s));
            QVERIFY(s->setSetting(u"camera"_s, QString()));
            QVERIFY(s->setSetting(u"app_own_key"_s, u"anything"_s));
        }
        auto s = openStore(path);
        QCOMPARE(s->setting(u"language"_s, u"vi"_s).value(), u"en"_s);
        QCOMPARE(s->setting(u"shop_name"_s).value(), u"Cà phê Sáng"_s);
        QCOMPARE(s->setting(u"sounds"_s, u"1"_s).value(), u"0"_s);
        QCOMPARE(s->setting(u"camera"_s, u"x"_s).value(), QString());
        QCOMPARE(s->setting(u"app_own_key"_s).value(), u"anything"_s);
    }

    void badSettingsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("language") << u"language"_s << u"fr"_s;
        QTest::newRow("sounds") << u"sounds"_s << u"yes"_s;
        QTest::newRow("stock not a number") << u"code_stock_low"_s << u"many"_s;
        QTest::newRow("stock negative") << u"code_stock_low"_s << u"-1"_s;
        QTest::newRow("shop name too long") << u"shop_name"_s << QString(101, u'x');
        QTest::newRow("no key") << QString() << u"1"_s;
    }
    void badSettingsAreRefusedAndChangeNothing()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        auto s = openStore(newPath());
        QVERIFY(s->setSetting(u"language"_s, u"vi"_s));
        QVERIFY(s->setSetting(u"sounds"_s, u"1"_s));
        QVERIFY(s->setSetting(u"code_stock_low"_s, u"7"_s));
        QVERIFY(s->setSetting(u"shop_name"_s, u"Sáng"_s));
        auto set = s->setSetting(key, value);
        QVERIFY(!set);
        QCOMPARE(set.error().kind, StoreError::Kind::InvalidSetting);
        QCOMPARE(set.error().codeName(), u"invalid-setting"_s);
        QVERIFY(set.error().message().contains(key));
        QCOMPARE(s->setting(u"language"_s).value(), u"vi"_s);
        QCOMPARE(s->setting(u"sounds"_s).value(), u"1"_s);
        QCOMPARE(s->setting(u"code_stock_low"_s).value(), u"7"_s);
        QCOMPARE(s->setting(u"shop_name"_s).value(), u"Sáng"_s);
    }
};

QTEST_GUILESS_MAIN(TestStaff)
#include "tst_staff.moc"
