// SPDX-License-Identifier: Apache-2.0
// ProgrammeInfo: the programme as the register shows it, in the language of
// the moment, and up to date after the manager changes it.
#include "app/language.h"
#include "app/programmeinfo.h"
#include "shopfixture.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace stampdesk;
using namespace Qt::StringLiterals;

namespace {

Programme shopProgramme()
{
    Programme p;
    p.goal = 10;
    p.reward.nameVi = u"Bánh ngọt miễn phí"_s;
    p.reward.nameEn = u"A free pastry"_s;
    p.reward.descriptionVi = u"Bất kỳ bánh nào trong tủ."_s;
    p.reward.descriptionEn = u"Any pastry from the counter."_s;
    p.reward.kind = RewardKind::AddOn;
    p.mode = RedemptionMode::RedeemCode;
    p.validDays = std::nullopt;
    p.maxPerVisit = 3;
    p.cooldownMinutes = 120;
    p.location = u"Quận 1"_s;
    return p;
}

} // namespace

class TestProgrammeInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_language.setCode(u"en"_s)); }

    void showsTheDemoProgrammeOfANewShop()
    {
        test::Shop shop;
        ProgrammeInfo info(shop.store(), m_language);
        QVERIFY(info.loaded());
        QVERIFY(info.error().isEmpty());
        QCOMPARE(info.goal(), 8);
        QCOMPARE(info.rewardName(), u"A free coffee"_s);
        QCOMPARE(info.rewardDescription(), u"Any medium coffee from the menu."_s);
        QCOMPARE(info.rewardKind(), ProgrammeInfo::RewardKind::FreeItem);
        QCOMPARE(info.redemptionMode(), ProgrammeInfo::RedemptionMode::StaffScan);
        QCOMPARE(info.validDays(), 60);
        QCOMPARE(info.maxPerVisit(), 5);
        QCOMPARE(info.cooldownMinutes(), 0);
        QCOMPARE(info.location(), QString());
    }

    void showsTheProgrammeTheManagerSet()
    {
        test::Shop shop;
        ProgrammeInfo info(shop.store(), m_language);
        QVERIFY(shop.store().setProgramme(shopProgramme(), u"Quản lý"_s));
        QCOMPARE(info.goal(), 8); // until it is read again

        QSignalSpy changed(&info, &ProgrammeInfo::changed);
        info.reload();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(info.goal(), 10);
        QCOMPARE(info.rewardName(), u"A free pastry"_s);
        QCOMPARE(info.rewardDescription(), u"Any pastry from the counter."_s);
        QCOMPARE(info.rewardKind(), ProgrammeInfo::RewardKind::AddOn);
        QCOMPARE(info.redemptionMode(), ProgrammeInfo::RedemptionMode::RedeemCode);
        QCOMPARE(info.validDays(), 0); // vouchers that never expire
        QCOMPARE(info.maxPerVisit(), 3);
        QCOMPARE(info.cooldownMinutes(), 120);
        QCOMPARE(info.location(), u"Quận 1"_s);
    }

    void showsTheRewardInTheCurrentLanguage()
    {
        test::Shop shop;
        QVERIFY(shop.store().setProgramme(shopProgramme(), u"Quản lý"_s));
        ProgrammeInfo info(shop.store(), m_language);
        QSignalSpy changed(&info, &ProgrammeInfo::changed);

        QVERIFY(m_language.setCode(u"vi"_s));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(info.rewardName(), u"Bánh ngọt miễn phí"_s);
        QCOMPARE(info.rewardDescription(), u"Bất kỳ bánh nào trong tủ."_s);

        QVERIFY(m_language.setCode(u"en"_s));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(info.rewardName(), u"A free pastry"_s);
    }

    void saysWhyWhenTheStoreFails()
    {
        test::Shop shop;
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"saboteur"_s);
            other.setDatabaseName(shop.path());
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(u"ALTER TABLE programme RENAME TO gone"_s));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"saboteur"_s);

        ProgrammeInfo info(shop.store(), m_language);
        QVERIFY(!info.loaded());
        QVERIFY2(info.error().startsWith(u"The database could not be written or read"),
                 qPrintable(info.error()));
        QCOMPARE(info.goal(), 0);
        QVERIFY(info.rewardName().isEmpty());
    }

private:
    Language m_language;
};

QTEST_GUILESS_MAIN(TestProgrammeInfo)
#include "tst_programmeinfo.moc"
