// SPDX-License-Identifier: Apache-2.0
// StaffSession: who works the register. A member signs in with the right
// PIN only; wrong PINs lock the member out for a while, also after a
// restart; a manager's PIN approves one action, once and soon.
#include "app/staffsession.h"
#include "shopfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace stampdesk;
using namespace Qt::StringLiterals;

class TestStaffSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_shop = std::make_unique<test::Shop>();
        m_lan = m_shop->manager();
        m_minh = m_shop->staffMember(u"Minh"_s, StaffRole::Cashier, u"1357"_s);
    }

    void cleanup() { m_shop.reset(); }

    void signsInWithTheRightPin()
    {
        StaffSession session(m_shop->store());
        QSignalSpy signedIn(&session, &StaffSession::signedInAs);
        QSignalSpy busy(&session, &StaffSession::busyChanged);
        QSignalSpy refused(&session, &StaffSession::refused);
        QVERIFY(!session.signedIn());

        session.signIn(m_minh.id, u"1357"_s);
        // The PIN is checked in the background; the screen shows it.
        QVERIFY(session.busy());
        QVERIFY(!session.signedIn());
        QVERIFY(signedIn.wait());
        QCOMPARE(signedIn.first().first().toString(), u"Minh"_s);
        QVERIFY(session.signedIn());
        QCOMPARE(session.name(), u"Minh"_s);
        QCOMPARE(session.staffId(), m_minh.id);
        QVERIFY(!session.isManager());
        QVERIFY(!session.busy());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(refused.count(), 0);
    }

    void aManagerIsAManager()
    {
        StaffSession session(m_shop->store());
        QSignalSpy signedIn(&session, &StaffSession::signedInAs);
        session.signIn(m_lan.id, u"2580"_s);
        QVERIFY(signedIn.wait());
        QVERIFY(session.isManager());

        QSignalSpy changed(&session, &StaffSession::changed);
        session.signOut();
        QCOMPARE(changed.count(), 1);
        QVERIFY(!session.signedIn());
        QVERIFY(!session.isManager());
        QCOMPARE(session.name(), QString());
    }

    void refusesAWrongPin()
    {
        StaffSession session(m_shop->store());
        QSignalSpy refused(&session, &StaffSession::refused);
        session.signIn(m_minh.id, u"2580"_s);
        QVERIFY(session.busy());
        QVERIFY(refused.wait());
        const QString message = refused.first().first().toString();
        QVERIFY2(message.startsWith(u"Wrong PIN."), qPrintable(message));
        QVERIFY2(message.contains(u"2 more"), qPrintable(message));
        QVERIFY(!session.signedIn());
        QVERIFY(!session.busy());
        QCOMPARE(m_shop->store().pinState(m_minh.id)->failures, 1);
        QCOMPARE(session.lockedSeconds(), 0);
    }

    void refusesUnknownAndInactiveMembers()
    {
        StaffSession session(m_shop->store());
        QSignalSpy refused(&session, &StaffSession::refused);
        session.signIn(u"nobody"_s, u"1357"_s);
        QCOMPARE(refused.count(), 1);
        QVERIFY(!session.busy());

        StaffMember left = m_minh;
        left.active = false;
        QVERIFY(m_shop->store().updateStaff(left));
        session.signIn(m_minh.id, u"1357"_s);
        QCOMPARE(refused.count(), 2);
        QVERIFY(!session.busy());
        QVERIFY(!session.signedIn());
    }

    void locksOutAfterTheFreeAttempts()
    {
        StaffSession session(m_shop->store());
        QSignalSpy refused(&session, &StaffSession::refused);
        for (int i = 1; i <= Pins::freeAttempts; ++i) {
            session.signIn(m_minh.id, u"0000"_s);
            QVERIFY(refused.wait());
            QCOMPARE(session.lockedSeconds(), 0);
        }
        session.signIn(m_minh.id, u"0000"_s);
        QVERIFY(refused.wait());
        // t0 is 09:00:00 (TZ=UTC in the tests): 30 s for the 4th wrong PIN.
        QVERIFY2(refused.last().first().toString().contains(u"09:00:30"),
                 qPrintable(refused.last().first().toString()));
        QCOMPARE(session.lockedSeconds(), 30);

        // Locked: even the right PIN is refused, at once, without hashing.
        session.signIn(m_minh.id, u"1357"_s);
        QCOMPARE(refused.count(), Pins::freeAttempts + 2);
        QVERIFY(!session.busy());
        QVERIFY(refused.last().first().toString().contains(u"09:00:30"));
        QVERIFY(!session.signedIn());

        m_shop->advance(31);
        QCOMPARE(session.lockedSeconds(), 0);
        QSignalSpy signedIn(&session, &StaffSession::signedInAs);
        session.signIn(m_minh.id, u"1357"_s);
        QVERIFY(signedIn.wait());
        QCOMPARE(m_shop->store().pinState(m_minh.id)->failures, 0);
    }

    // Quitting the app is no way around a lockout.
    void theLockoutOutlivesTheSession()
    {
        {
            StaffSession session(m_shop->store());
            QSignalSpy refused(&session, &StaffSession::refused);
            for (int i = 0; i <= Pins::freeAttempts; ++i) {
                session.signIn(m_minh.id, u"0000"_s);
                QVERIFY(refused.wait());
            }
        }
        StaffSession again(m_shop->store());
        QCOMPARE(again.lockedSeconds(), 0);
        QSignalSpy lockout(&again, &StaffSession::lockoutChanged);
        again.pick(m_minh.id);
        QCOMPARE(lockout.count(), 1);
        QCOMPARE(again.lockedSeconds(), 30);
        again.pick(m_lan.id);
        QCOMPARE(again.lockedSeconds(), 0);

        QSignalSpy refused(&again, &StaffSession::refused);
        again.signIn(m_minh.id, u"1357"_s);
        QCOMPARE(refused.count(), 1);
        QVERIFY(!again.signedIn());
    }

    void aManagersPinApprovesOnce()
    {
        StaffSession session(m_shop->store());
        session.signInAs(m_minh);
        QSignalSpy approved(&session, &StaffSession::approved);
        QVERIFY(!session.takeApproval());

        session.approve(u"2580"_s);
        QVERIFY(session.busy());
        QVERIFY(approved.wait());
        QCOMPARE(approved.first().first().toString(), u"Lan"_s);
        // The cashier stays signed in; the manager only approved.
        QCOMPARE(session.name(), u"Minh"_s);
        QVERIFY(session.takeApproval());
        QCOMPARE(session.approvedBy(), u"Lan"_s);
        QVERIFY(!session.takeApproval());
    }

    void anApprovalExpires()
    {
        StaffSession session(m_shop->store());
        session.signInAs(m_minh);
        QSignalSpy approved(&session, &StaffSession::approved);
        session.approve(u"2580"_s);
        QVERIFY(approved.wait());
        m_shop->advance(61);
        QVERIFY(!session.takeApproval());
    }

    void aCashiersPinApprovesNothing()
    {
        StaffSession session(m_shop->store());
        session.signInAs(m_minh);
        QSignalSpy refused(&session, &StaffSession::refused);
        QSignalSpy approved(&session, &StaffSession::approved);
        session.approve(u"1357"_s);
        QVERIFY(refused.wait());
        QCOMPARE(approved.count(), 0);
        QVERIFY(!session.takeApproval());
        // A wrong guess counts against the managers: no way around a lockout.
        QCOMPARE(m_shop->store().pinState(m_lan.id)->failures, 1);
    }

    void anyActiveManagerApproves()
    {
        m_shop->staffMember(u"Hoa"_s, StaffRole::Manager, u"9753"_s);
        StaffSession session(m_shop->store());
        QSignalSpy approved(&session, &StaffSession::approved);
        session.approve(u"9753"_s);
        QVERIFY(approved.wait());
        QCOMPARE(approved.first().first().toString(), u"Hoa"_s);
        QVERIFY(session.takeApproval());
        QCOMPARE(session.approvedBy(), u"Hoa"_s);
    }

    void oneCheckAtATime()
    {
        StaffSession session(m_shop->store());
        QSignalSpy signedIn(&session, &StaffSession::signedInAs);
        QSignalSpy refused(&session, &StaffSession::refused);
        session.signIn(m_minh.id, u"1357"_s);
        session.signIn(m_lan.id, u"0000"_s); // while busy: ignored
        QVERIFY(signedIn.wait());
        QCOMPARE(session.name(), u"Minh"_s);
        QCOMPARE(refused.count(), 0);
        QCOMPARE(m_shop->store().pinState(m_lan.id)->failures, 0);
    }

private:
    std::unique_ptr<test::Shop> m_shop;
    StaffMember m_lan;
    StaffMember m_minh;
};

QTEST_GUILESS_MAIN(TestStaffSession)
#include "tst_staffsession.moc"
