// SPDX-License-Identifier: Apache-2.0
// The staff page: the list of members, and a manager adding a member,
// changing roles, letting a member go and giving a new PIN; what the store
// refuses (the last manager, a name taken) is said, and nothing changes.
#include "app/staffeditor.h"
#include "app/stafflistmodel.h"
#include "shopfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace stampdesk;
using namespace Qt::StringLiterals;

class TestStaffEditor : public QObject
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

    void listsTheMembers()
    {
        StaffListModel all(m_shop->store(), false);
        QAbstractItemModelTester tester(&all,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(all.count(), 2);
        QCOMPARE(all.rowCount(), 2);
        const QModelIndex lan = all.index(0);
        QCOMPARE(lan.data(StaffListModel::NameRole).toString(), u"Lan"_s);
        QCOMPARE(lan.data(StaffListModel::StaffIdRole).toString(), m_lan.id);
        QCOMPARE(lan.data(StaffListModel::IsManagerRole).toBool(), true);
        QCOMPARE(lan.data(StaffListModel::ActiveRole).toBool(), true);
        QCOMPARE(all.index(1).data(StaffListModel::IsManagerRole).toBool(), false);
        QCOMPARE(all.roleNames().value(StaffListModel::StaffIdRole), "staffId");
    }

    void theSignInListHasActiveMembersOnly()
    {
        StaffListModel signIn(m_shop->store(), true);
        QAbstractItemModelTester tester(&signIn,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&signIn, &StaffListModel::countChanged);
        StaffMember left = m_minh;
        left.active = false;
        QVERIFY(m_shop->store().updateStaff(left));
        signIn.reload();
        QCOMPARE(count.count(), 1);
        QCOMPARE(signIn.count(), 1);
        QCOMPARE(signIn.index(0).data(StaffListModel::NameRole).toString(), u"Lan"_s);
        signIn.reload(); // nothing new: no reset
        QCOMPARE(count.count(), 1);
    }

    void addsAMember()
    {
        StaffEditor editor(m_shop->store());
        editor.setPinIterations(test::Shop::cheapIterations);
        QAbstractItemModelTester tester(editor.members(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&editor, &StaffEditor::staffChanged);
        QSignalSpy added(&editor, &StaffEditor::added);
        editor.add(u"  Hoa "_s, false, u"4826"_s, u"4826"_s);
        QVERIFY(editor.busy());
        QVERIFY(changed.wait());
        QVERIFY(!editor.busy());
        QCOMPARE(editor.problem(), QString());
        QCOMPARE(editor.message(), u"Hoa can sign in now."_s);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().toString(), u"Hoa"_s);
        QCOMPARE(editor.members()->count(), 3);

        const auto staff = m_shop->store().staff().value();
        const auto hoa = std::find_if(staff.cbegin(), staff.cend(),
                                      [](const StaffMember &m) { return m.name == u"Hoa"; });
        QVERIFY(hoa != staff.cend());
        QCOMPARE(hoa->role, StaffRole::Cashier);
        QVERIFY(Pins::verify(u"4826"_s, m_shop->store().pinState(hoa->id)->pin));
    }

    void refusesABadNewMember_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("again");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no name") << u" "_s << u"4826"_s << u"4826"_s << u"name"_s;
        QTest::newRow("short PIN")
            << u"Hoa"_s << u"482"_s << u"482"_s << Pins::message(PinProblem::TooShort);
        QTest::newRow("simple PIN")
            << u"Hoa"_s << u"1234"_s << u"1234"_s << Pins::message(PinProblem::TooSimple);
        QTest::newRow("letters") << u"Hoa"_s << u"48a6"_s << u"48a6"_s
                                 << Pins::message(PinProblem::NotDigits);
        QTest::newRow("typed differently") << u"Hoa"_s << u"4826"_s << u"4827"_s << u"twice"_s;
    }

    void refusesABadNewMember()
    {
        QFETCH(QString, name);
        QFETCH(QString, pin);
        QFETCH(QString, again);
        QFETCH(QString, problem);
        StaffEditor editor(m_shop->store());
        QSignalSpy changed(&editor, &StaffEditor::staffChanged);
        editor.add(name, false, pin, again);
        // Refused before any hashing.
        QVERIFY(!editor.busy());
        QVERIFY2(editor.problem().contains(problem), qPrintable(editor.problem()));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_shop->store().staff()->size(), 2);
    }

    void refusesANameTaken()
    {
        StaffEditor editor(m_shop->store());
        editor.setPinIterations(test::Shop::cheapIterations);
        QSignalSpy message(&editor, &StaffEditor::messageChanged);
        editor.add(u"Minh"_s, false, u"4826"_s, u"4826"_s);
        QVERIFY(message.wait());
        QVERIFY2(editor.problem().contains(u"Minh"), qPrintable(editor.problem()));
        QCOMPARE(m_shop->store().staff()->size(), 2);
    }

    void changesRolesButKeepsAManager()
    {
        StaffEditor editor(m_shop->store());
        QAbstractItemModelTester tester(editor.members(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&editor, &StaffEditor::staffChanged);
        editor.setManager(m_minh.id, true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_shop->store().staffMember(m_minh.id)->role, StaffRole::Manager);
        editor.setManager(m_lan.id, false);
        QCOMPARE(changed.count(), 2);

        // Minh is the last manager now: he stays one, and stays.
        editor.setManager(m_minh.id, false);
        QCOMPARE(changed.count(), 2);
        QVERIFY(!editor.problem().isEmpty());
        QCOMPARE(m_shop->store().staffMember(m_minh.id)->role, StaffRole::Manager);
        editor.setActive(m_minh.id, false);
        QCOMPARE(changed.count(), 2);
        QVERIFY(m_shop->store().staffMember(m_minh.id)->active);
    }

    void letsAMemberGoAndComeBack()
    {
        StaffEditor editor(m_shop->store());
        editor.setActive(m_minh.id, false);
        QVERIFY(editor.problem().isEmpty());
        QVERIFY(!m_shop->store().staffMember(m_minh.id)->active);
        QCOMPARE(editor.members()->count(), 2); // still listed, as gone
        editor.setActive(m_minh.id, true);
        QVERIFY(m_shop->store().staffMember(m_minh.id)->active);
    }

    void givesANewPin()
    {
        StaffEditor editor(m_shop->store());
        editor.setPinIterations(test::Shop::cheapIterations);
        QSignalSpy message(&editor, &StaffEditor::messageChanged);
        editor.resetPin(m_minh.id, u"8642"_s, u"8642"_s);
        QVERIFY(message.wait());
        QCOMPARE(editor.message(), u"Minh has a new PIN."_s);
        const PinHash pin = m_shop->store().pinState(m_minh.id)->pin;
        QVERIFY(Pins::verify(u"8642"_s, pin));
        QVERIFY(!Pins::verify(u"1357"_s, pin));

        editor.resetPin(m_minh.id, u"8642"_s, u"8643"_s);
        QVERIFY(!editor.busy());
        QVERIFY(!editor.problem().isEmpty());
    }

private:
    std::unique_ptr<test::Shop> m_shop;
    StaffMember m_lan;
    StaffMember m_minh;
};

QTEST_GUILESS_MAIN(TestStaffEditor)
#include "tst_staffeditor.moc"
