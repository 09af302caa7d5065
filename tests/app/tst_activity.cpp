// SPDX-License-Identifier: Apache-2.0
// ActivityModel: today at this register, and taking back a stamp or a
// redemption made by mistake: alone within the undo window, later only
// with a manager's PIN.
#include "app/activitymodel.h"
#include "app/language.h"
#include "app/staffsession.h"
#include "core/rules.h"
#include "shopfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace stampdesk;
using namespace Qt::StringLiterals;

class TestActivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_language.setCode(u"en"_s)); }

    void init()
    {
        m_shop = std::make_unique<test::Shop>();
        // Yesterday's customer: not in today's list.
        m_shop->card(u"Trần Văn Bình"_s, QString(), 2);
        m_shop->advance(24 * 3600);
        m_dao = m_shop->card(u"Nguyễn Thị Đào"_s, u"0901234567"_s, 3);
        m_staff = std::make_unique<StaffSession>(m_shop->store());
        auto lan = m_shop->store().addStaff(u"Lan"_s, StaffRole::Cashier, Pins::hash(u"2580"_s, 1));
        QVERIFY(lan);
        QVERIFY(m_shop->store().addStaff(u"Minh"_s, StaffRole::Manager, Pins::hash(u"1357"_s, 1)));
        m_staff->signInAs(lan.value());
        m_activity = std::make_unique<ActivityModel>(m_shop->store(), m_language);
        m_activity->setStaff(m_staff.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_activity.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_activity.reset();
        m_staff.reset();
        m_shop.reset();
    }

    void showsTodaysActivityNewestFirst()
    {
        QCOMPARE(m_activity->count(), 2);
        const QModelIndex stamps = m_activity->index(0);
        QCOMPARE(stamps.data(ActivityModel::TypeRole).toString(), u"stamps.added"_s);
        QCOMPARE(stamps.data(ActivityModel::KindRole).toString(), u"Stamps added"_s);
        QCOMPARE(stamps.data(ActivityModel::DetailRole).toString(),
                 ActivityModel::tr("+%n stamp(s)", nullptr, 3));
        QCOMPARE(stamps.data(ActivityModel::CardRole).toString(), u"Nguyễn Thị Đào"_s);
        QCOMPARE(stamps.data(ActivityModel::StaffRole).toString(), u"Lan"_s);
        QCOMPARE(stamps.data(ActivityModel::TimeRole).toString(),
                 QLocale().toString(QTime(9, 0), QLocale::ShortFormat));
        QCOMPARE(stamps.data(ActivityModel::AtRole).toDateTime(), test::t0().addDays(1));
        QVERIFY(stamps.data(ActivityModel::CanUndoRole).toBool());
        QVERIFY(!stamps.data(ActivityModel::NeedsManagerRole).toBool());
        QVERIFY(!stamps.data(ActivityModel::UndoneRole).toBool());

        const QModelIndex created = m_activity->index(1);
        QCOMPARE(created.data(ActivityModel::KindRole).toString(), u"New card"_s);
        QVERIFY(!created.data(ActivityModel::CanUndoRole).toBool());
    }

    void followsNewActions()
    {
        QSignalSpy reset(m_activity.get(), &QAbstractItemModel::modelReset);
        QVERIFY(m_shop->store().addStamps(m_dao, 5, QString(), u"Lan"_s));
        m_activity->refresh();
        QCOMPARE(reset.count(), 1);
        // Stamps, and the voucher they issued.
        QCOMPARE(m_activity->count(), 4);
        QCOMPARE(m_activity->index(0).data(ActivityModel::KindRole).toString(),
                 u"Voucher issued"_s);
        QCOMPARE(m_activity->index(0).data(ActivityModel::DetailRole).toString(),
                 u"A free coffee"_s);
    }

    void takesBackStampsWithinTheWindow()
    {
        m_shop->advance(60);
        QSignalSpy undone(m_activity.get(), &ActivityModel::undone);
        QCOMPARE(m_activity->undo(0), ActivityModel::UndoResult::Undone);
        QCOMPARE(undone.count(), 1);
        QCOMPARE(m_shop->store().card(m_dao)->stamps, 0);
        QCOMPARE(m_activity->message(), u"Taken back."_s);
        QVERIFY(!m_activity->failed());

        QCOMPARE(m_activity->count(), 3);
        QCOMPARE(m_activity->index(0).data(ActivityModel::KindRole).toString(), u"Stamps undone"_s);
        QCOMPARE(m_activity->index(0).data(ActivityModel::DetailRole).toString(),
                 ActivityModel::tr("−%n stamp(s)", nullptr, 3));
        const QModelIndex stamps = m_activity->index(1);
        QVERIFY(stamps.data(ActivityModel::UndoneRole).toBool());
        QVERIFY(!stamps.data(ActivityModel::CanUndoRole).toBool());
        // Once only.
        QCOMPARE(m_activity->undo(1), ActivityModel::UndoResult::Refused);
        QCOMPARE(m_shop->store().card(m_dao)->stamps, 0);
    }

    void needsAManagerBeyondTheWindow()
    {
        m_shop->advance(std::chrono::seconds(Rules::undoWindow).count() + 60);
        m_activity->refresh();
        QVERIFY(m_activity->index(0).data(ActivityModel::NeedsManagerRole).toBool());

        QSignalSpy needed(m_activity.get(), &ActivityModel::managerNeeded);
        QCOMPARE(m_activity->undo(0), ActivityModel::UndoResult::NeedsManager);
        QCOMPARE(needed.count(), 1);
        QVERIFY(m_activity->awaitingManager());
        QVERIFY(m_activity->message().contains(u"manager's PIN"));
        QCOMPARE(m_shop->store().card(m_dao)->stamps, 3);

        // A wrong PIN approves nothing.
        QSignalSpy refused(m_staff.get(), &StaffSession::refused);
        m_staff->approve(u"9999"_s);
        QVERIFY(refused.wait());
        QVERIFY(m_activity->awaitingManager());
        QCOMPARE(m_shop->store().card(m_dao)->stamps, 3);

        // The manager's PIN: the undo goes on by itself, under the cashier.
        QSignalSpy undone(m_activity.get(), &ActivityModel::undone);
        m_staff->approve(u"1357"_s);
        QVERIFY(undone.wait());
        QVERIFY(!m_activity->awaitingManager());
        QCOMPARE(m_shop->store().card(m_dao)->stamps, 0);
        QCOMPARE(m_shop->store().events().value().last().staff, u"Lan"_s);
        QVERIFY(m_shop->store().events().value().last().as<Events::StampsUndone>());
        // The approval was used up.
        QVERIFY(!m_staff->takeApproval());
    }

    void theManagerMayDecline()
    {
        m_shop->advance(std::chrono::seconds(Rules::undoWindow).count() + 60);
        QCOMPARE(m_activity->undo(0), ActivityModel::UndoResult::NeedsManager);
        m_activity->cancelApproval();
        QVERIFY(!m_activity->awaitingManager());
        // An approval given later undoes nothing.
        QSignalSpy approved(m_staff.get(), &StaffSession::approved);
        m_staff->approve(u"1357"_s);
        QVERIFY(approved.wait());
        QCOMPARE(m_shop->store().card(m_dao)->stamps, 3);
    }

    void takesBackARedemption()
    {
        auto added = m_shop->store().addStamps(m_dao, 5, QString(), u"Lan"_s);
        QVERIFY(added);
        const QString voucher = added->issuedVouchers().first().id;
        QVERIFY(m_shop->store().redeem(voucher, u"Lan"_s));
        m_activity->refresh();
        QCOMPARE(m_activity->index(0).data(ActivityModel::TypeRole).toString(),
                 u"voucher.redeemed"_s);
        QVERIFY(m_activity->index(0).data(ActivityModel::CanUndoRole).toBool());

        QCOMPARE(m_activity->undoLast(), ActivityModel::UndoResult::Undone);
        QCOMPARE(m_shop->store().voucher(voucher)->state, VoucherState::Issued);
        QCOMPARE(m_activity->index(0).data(ActivityModel::KindRole).toString(),
                 u"Redemption undone"_s);
        QVERIFY(!m_activity->index(1).data(ActivityModel::CanUndoRole).toBool());
        QVERIFY(m_activity->index(1).data(ActivityModel::UndoneRole).toBool());

        // Redeemed again, it can be taken back again.
        QVERIFY(m_shop->store().redeem(voucher, u"Lan"_s));
        m_activity->refresh();
        QVERIFY(m_activity->index(0).data(ActivityModel::CanUndoRole).toBool());
    }

    void undoLastTakesTheNewestThatCanBe()
    {
        const QString binh = m_shop->card(u"Bình"_s, QString(), 2);
        m_activity->refresh();
        QCOMPARE(m_activity->undoLast(), ActivityModel::UndoResult::Undone);
        QCOMPARE(m_shop->store().card(binh)->stamps, 0);
        QCOMPARE(m_shop->store().card(m_dao)->stamps, 3);
        QCOMPARE(m_activity->undoLast(), ActivityModel::UndoResult::Undone);
        QCOMPARE(m_shop->store().card(m_dao)->stamps, 0);
        QCOMPARE(m_activity->undoLast(), ActivityModel::UndoResult::Refused);
    }

    void refusesWhileNobodyIsSignedIn()
    {
        m_staff->signOut();
        QCOMPARE(m_activity->undo(0), ActivityModel::UndoResult::Refused);
        QVERIFY(m_activity->failed());
        QVERIFY(m_activity->message().contains(u"Sign in"));
        QCOMPARE(m_shop->store().card(m_dao)->stamps, 3);
    }

    void refusesWhatCannotBeUndone()
    {
        QCOMPARE(m_activity->undo(1), ActivityModel::UndoResult::Refused);
        QCOMPARE(m_activity->undo(99), ActivityModel::UndoResult::Refused);
        QVERIFY(m_activity->failed());
        QVERIFY(!m_activity->message().isEmpty());
    }

    void speaksTheCurrentLanguage()
    {
        QSignalSpy changed(m_activity.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_language.setCode(u"vi"_s));
        QCOMPARE(changed.count(), 1);
        // The words are made again in the new language (whatever the
        // catalogue holds; tst_translations checks that it is complete).
        QCOMPARE(m_activity->index(0).data(ActivityModel::KindRole).toString(),
                 ActivityModel::tr("Stamps added"));
        QVERIFY(m_language.setCode(u"en"_s));
    }

private:
    Language m_language;
    std::unique_ptr<test::Shop> m_shop;
    std::unique_ptr<StaffSession> m_staff;
    std::unique_ptr<ActivityModel> m_activity;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_dao;
};

QTEST_GUILESS_MAIN(TestActivity)
#include "tst_activity.moc"
