// SPDX-License-Identifier: Apache-2.0
// The first start: a new shop is led through language, name, manager and
// programme, and ends with the manager signed in at the counter; a step
// with something missing says what and does not move on.
#include "app/language.h"
#include "app/setupwizard.h"
#include "app/staffsession.h"
#include "shopfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace stampdesk;
using namespace Qt::StringLiterals;

using Step = SetupWizard::Step;

class TestWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_language.setCode(u"en"_s));
        m_shop = std::make_unique<test::Shop>();
        m_session = std::make_unique<StaffSession>(m_shop->store());
        m_wizard = std::make_unique<SetupWizard>(m_shop->store(), m_language, *m_session);
        m_wizard->setPinIterations(test::Shop::cheapIterations);
    }

    void cleanup()
    {
        m_wizard.reset();
        m_session.reset();
        m_shop.reset();
        QVERIFY(m_language.setCode(u"en"_s));
    }

    void setsUpANewShop()
    {
        QVERIFY(SetupWizard::needed(m_shop->store()));
        QVERIFY(m_wizard->active());
        QCOMPARE(m_wizard->step(), Step::Language);
        QSignalSpy step(m_wizard.get(), &SetupWizard::stepChanged);

        m_wizard->setLanguage(u"vi"_s);
        QCOMPARE(m_language.code(), u"vi"_s);
        m_wizard->next();
        QCOMPARE(m_wizard->step(), Step::ShopName);
        m_wizard->setShopName(u" Cà phê Đào "_s);
        m_wizard->next();
        QCOMPARE(m_wizard->step(), Step::Manager);
        m_wizard->setManagerName(u"Lan"_s);
        m_wizard->setPin(u"2580"_s, u"2580"_s);
        m_wizard->next();
        QCOMPARE(m_wizard->step(), Step::Programme);
        // Prefilled with the demo programme: a shop is never empty.
        QCOMPARE(m_wizard->programme()->goal(), 8);
        m_wizard->programme()->setGoal(6);

        QSignalSpy completed(m_wizard.get(), &SetupWizard::completed);
        QSignalSpy signedIn(m_session.get(), &StaffSession::signedInAs);
        m_wizard->next();
        QVERIFY(m_wizard->busy());
        QVERIFY(completed.wait());
        QVERIFY(!m_wizard->busy());
        QCOMPARE(m_wizard->step(), Step::Done);
        QCOMPARE(m_wizard->problem(), QString());
        QCOMPARE(step.count(), 4);

        // The manager is signed in, the shop is saved.
        QCOMPARE(signedIn.count(), 1);
        QVERIFY(m_session->isManager());
        QCOMPARE(m_session->name(), u"Lan"_s);
        QVERIFY(!SetupWizard::needed(m_shop->store()));
        const auto staff = m_shop->store().staff().value();
        QCOMPARE(staff.size(), 1);
        QCOMPARE(staff.first().role, StaffRole::Manager);
        QVERIFY(Pins::verify(u"2580"_s, m_shop->store().pinState(staff.first().id)->pin));
        QCOMPARE(m_shop->store().setting(u"shop_name"_s).value(), u"Cà phê Đào"_s);
        QCOMPARE(m_shop->store().setting(u"language"_s).value(), u"vi"_s);
        QCOMPARE(m_shop->store().programme()->goal, 6);

        QSignalSpy active(m_wizard.get(), &SetupWizard::activeChanged);
        m_wizard->finish();
        QCOMPARE(active.count(), 1);
        QVERIFY(!m_wizard->active());
    }

    void saysWhatAStepMisses()
    {
        m_wizard->next();
        m_wizard->next(); // no shop name
        QCOMPARE(m_wizard->step(), Step::ShopName);
        QVERIFY(m_wizard->problem().contains(u"name"));
        m_wizard->setShopName(u"Cà phê Đào"_s);
        m_wizard->next();
        QCOMPARE(m_wizard->step(), Step::Manager);
        QCOMPARE(m_wizard->problem(), QString());

        m_wizard->next(); // no manager
        QCOMPARE(m_wizard->step(), Step::Manager);
        QVERIFY(!m_wizard->problem().isEmpty());
        m_wizard->setManagerName(u"Lan"_s);
        m_wizard->setPin(u"1111"_s, u"1111"_s);
        m_wizard->next();
        QCOMPARE(m_wizard->problem(), Pins::message(PinProblem::TooSimple));
        m_wizard->setPin(u"2580"_s, u"2581"_s);
        m_wizard->next();
        QCOMPARE(m_wizard->step(), Step::Manager);
        QVERIFY(m_wizard->problem().contains(u"twice"));

        m_wizard->setPin(u"2580"_s, u"2580"_s);
        m_wizard->next();
        m_wizard->programme()->setRewardNameEn(QString());
        m_wizard->next();
        QCOMPARE(m_wizard->step(), Step::Programme);
        QVERIFY(!m_wizard->busy());
        QVERIFY(!m_wizard->problem().isEmpty());
        QVERIFY(SetupWizard::needed(m_shop->store()));

        m_wizard->back();
        QCOMPARE(m_wizard->step(), Step::Manager);
        QCOMPARE(m_wizard->problem(), QString());
        m_wizard->finish(); // not done: stays
        QVERIFY(m_wizard->active());
    }

    void aShopWithAManagerNeedsNoWizard()
    {
        m_shop->manager();
        QVERIFY(!SetupWizard::needed(m_shop->store()));
        SetupWizard wizard(m_shop->store(), m_language, *m_session);
        QVERIFY(!wizard.active());
    }

private:
    Language m_language;
    std::unique_ptr<test::Shop> m_shop;
    std::unique_ptr<StaffSession> m_session;
    std::unique_ptr<SetupWizard> m_wizard;
};

QTEST_GUILESS_MAIN(TestWizard)
#include "tst_wizard.moc"
