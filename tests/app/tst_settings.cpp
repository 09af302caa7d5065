// SPDX-License-Identifier: Apache-2.0
// The manager's settings: the programme form (each wrong value said under
// its field, nothing saved until all are right), the register's names and
// choices, and POS redeem codes imported from a CSV file.
#include "app/codestockcontroller.h"
#include "app/language.h"
#include "app/programmeeditor.h"
#include "app/registersettings.h"
#include "app/staffsession.h"
#include "shopfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace stampdesk;
using namespace Qt::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_language.setCode(u"en"_s));
        m_shop = std::make_unique<test::Shop>();
        m_lan = m_shop->manager();
    }

    void cleanup() { m_shop.reset(); }

    void loadsTheProgramme()
    {
        ProgrammeEditor editor(m_shop->store());
        QCOMPARE(editor.goal(), 8);
        QCOMPARE(editor.rewardNameEn(), u"A free coffee"_s);
        QCOMPARE(editor.rewardKind(), ProgrammeInfo::RewardKind::FreeItem);
        QCOMPARE(editor.redemptionMode(), ProgrammeInfo::RedemptionMode::StaffScan);
        QVERIFY(editor.expires());
        QCOMPARE(editor.validDays(), 60);
        QVERIFY(editor.valid());
        QVERIFY(!editor.dirty());
        QVERIFY(!editor.saved());
    }

    void saysWhatIsWrongFieldByField()
    {
        ProgrammeEditor editor(m_shop->store());
        QSignalSpy changed(&editor, &ProgrammeEditor::changed);
        editor.setGoal(0);
        QCOMPARE(changed.count(), 1);
        QVERIFY(editor.dirty());
        QVERIFY(!editor.valid());
        QCOMPARE(editor.problems().keys(), QStringList{u"goal"_s});
        QCOMPARE(editor.problems().value(u"goal"_s).toString(),
                 u"The stamp goal must be between 1 and 1000"_s);

        editor.setRewardNameVi(u"   "_s);
        editor.setMaxPerVisit(0);
        editor.setCooldownMinutes(-5);
        editor.setValidDays(5000);
        QCOMPARE(editor.problems().keys(),
                 (QStringList{u"cooldownMinutes"_s, u"goal"_s, u"maxPerVisit"_s, u"rewardName"_s,
                              u"validDays"_s}));

        // Vouchers that never expire have no days to be wrong.
        editor.setExpires(false);
        QVERIFY(!editor.problems().contains(u"validDays"_s));
        QCOMPARE(editor.validDays(), 5000);

        // Nothing is saved while anything is wrong.
        QSignalSpy saved(&editor, &ProgrammeEditor::programmeSaved);
        QVERIFY(!editor.save(u"Lan"_s));
        QCOMPARE(saved.count(), 0);
        QCOMPARE(m_shop->store().programme()->goal, 8);
    }

    void savesTheProgramme()
    {
        ProgrammeEditor editor(m_shop->store());
        QSignalSpy saved(&editor, &ProgrammeEditor::programmeSaved);
        editor.setGoal(10);
        editor.setRewardNameVi(u"Bánh ngọt miễn phí"_s);
        editor.setRewardNameEn(u" A free pastry "_s);
        editor.setRewardDescriptionEn(u"Any pastry."_s);
        editor.setRewardKind(ProgrammeInfo::RewardKind::AddOn);
        editor.setRedemptionMode(ProgrammeInfo::RedemptionMode::RedeemCode);
        editor.setExpires(false);
        editor.setMaxPerVisit(3);
        editor.setCooldownMinutes(120);
        editor.setLocation(u"Quận 1"_s);
        QVERIFY(editor.dirty());
        QVERIFY(editor.save(u"Lan"_s));
        QCOMPARE(saved.count(), 1);
        QVERIFY(!editor.dirty());
        QVERIFY(editor.saved());

        const Programme p = m_shop->store().programme().value();
        QCOMPARE(p.goal, 10);
        QCOMPARE(p.reward.nameEn, u"A free pastry"_s);
        QCOMPARE(p.reward.nameVi, u"Bánh ngọt miễn phí"_s);
        QCOMPARE(p.reward.kind, RewardKind::AddOn);
        QCOMPARE(p.mode, RedemptionMode::RedeemCode);
        QCOMPARE(p.validDays, std::nullopt);
        QCOMPARE(p.maxPerVisit, 3);
        QCOMPARE(p.cooldownMinutes, 120);
        QCOMPARE(p.location, u"Quận 1"_s);
        // The change is in the ledger, under the manager's name.
        const Event last = m_shop->store().events()->last();
        QCOMPARE(last.staff, u"Lan"_s);

        editor.setGoal(11);
        QVERIFY(!editor.saved());
        editor.load();
        QCOMPARE(editor.goal(), 10);
        QVERIFY(!editor.dirty());
    }

    void keepsTheRegistersNamesAndChoices()
    {
        RegisterSettings settings(m_shop->store(), m_language);
        QVERIFY(settings.sounds());
        QCOMPARE(settings.cameraId(), QString());
        QCOMPARE(settings.cameras().first().toMap().value(u"id"_s).toString(), QString());

        QVERIFY(!settings.save(u" "_s, u"Quầy 1"_s, QString()));
        QVERIFY(!settings.problem().isEmpty());
        QVERIFY(settings.save(u" Cà phê Đào "_s, u"Quầy 1"_s, u"Quận 1"_s));
        QVERIFY(settings.saved());
        QVERIFY(settings.problem().isEmpty());
        QCOMPARE(settings.shopName(), u"Cà phê Đào"_s);
        QCOMPARE(m_shop->store().setting(u"shop_name"_s).value(), u"Cà phê Đào"_s);
        QCOMPARE(m_shop->store().registerInfo().name, u"Quầy 1"_s);
        QCOMPARE(m_shop->store().registerInfo().location, u"Quận 1"_s);

        QSignalSpy sounds(&settings, &RegisterSettings::soundsChanged);
        settings.setSounds(false);
        QCOMPARE(sounds.count(), 1);
        QCOMPARE(m_shop->store().setting(u"sounds"_s).value(), u"0"_s);

        QSignalSpy camera(&settings, &RegisterSettings::cameraChanged);
        settings.setCameraId(u"/dev/video7"_s);
        QCOMPARE(camera.count(), 1);
        QCOMPARE(m_shop->store().setting(u"camera"_s).value(), u"/dev/video7"_s);
        // Not connected, still the choice shown.
        QCOMPARE(settings.cameras().last().toMap().value(u"id"_s).toString(), u"/dev/video7"_s);

        settings.setLanguage(u"vi"_s);
        QCOMPARE(m_language.code(), u"vi"_s);
        QCOMPARE(m_shop->store().setting(u"language"_s).value(), u"vi"_s);
        QVERIFY(m_language.setCode(u"en"_s));

        RegisterSettings again(m_shop->store(), m_language);
        QCOMPARE(again.shopName(), u"Cà phê Đào"_s);
        QVERIFY(!again.sounds());
        QCOMPARE(again.cameraId(), u"/dev/video7"_s);
    }

    void importsRedeemCodes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"codes.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("code,value\nPOS-0001,1\nPOS-0002,1\nx,1\nPOS-0001,1\n");
        file.close();

        StaffSession session(m_shop->store());
        session.signInAs(m_lan);
        CodeStockController codes(m_shop->store(), session);
        QCOMPARE(codes.available(), 0);
        QVERIFY(!codes.codeStockLow()); // a shop without codes cannot run low
        QSignalSpy stock(&codes, &CodeStockController::stockChanged);

        QVERIFY(codes.importFile(QUrl::fromLocalFile(path).toString()));
        QVERIFY(codes.imported());
        QCOMPARE(codes.added(), 2);
        QCOMPARE(codes.alreadyKnown(), 1);
        QCOMPARE(codes.rejected().size(), 1);
        QVERIFY2(codes.rejected().first().contains(u"4"), qPrintable(codes.rejected().first()));
        QCOMPARE(stock.count(), 1);
        QCOMPARE(codes.available(), 2);
        QVERIFY(codes.codeStockLow());
        QVERIFY(codes.warning().contains(u"2"));

        QVERIFY(codes.importFile(path));
        QCOMPARE(codes.added(), 0);
        QCOMPARE(codes.alreadyKnown(), 3);
    }

    void saysWhyAFileCannotBeImported()
    {
        StaffSession session(m_shop->store());
        CodeStockController codes(m_shop->store(), session);
        QVERIFY(!codes.importFile(u"/no/such/codes.csv"_s));
        QVERIFY(!codes.imported());
        QVERIFY(codes.problem().contains(u"/no/such/codes.csv"));
        QVERIFY(!codes.importFile(u"  "_s));
        QVERIFY(!codes.problem().isEmpty());
        QCOMPARE(codes.available(), 0);
    }

private:
    Language m_language;
    std::unique_ptr<test::Shop> m_shop;
    StaffMember m_lan;
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
