// SPDX-License-Identifier: Apache-2.0
#include "core/json.h"
#include "fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace stampdesk;
using namespace stampdesk::test;
using namespace Qt::StringLiterals;

namespace {
QJsonObject parse(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
} // namespace

class TestJson : public QObject
{
    Q_OBJECT
private slots:
    void programmesRoundTrip()
    {
        Programme p = Programme::demo();
        p.location = QStringLiteral("Quận 1");
        p.validDays.reset();
        auto back = Json::programmeFromJson(Json::toJson(p));
        QVERIFY(back.ok());
        QCOMPARE(back.value(), p);
    }

    // Every event kind survives the trip through the ledger's JSON.
    void eventsRoundTrip()
    {
        const Programme p = programme(2);
        QList<Event> events;
        auto created = Rules::createCard(QStringLiteral("CARD2345CARD2345"), QStringLiteral("Đào"),
                                         QStringLiteral("0901234567"), at(t0()));
        events << created->events;
        auto stamped = Rules::addStamps(p, created->state, 5, QStringLiteral("sale 9"), at(t0()));
        events << stamped->events;
        const QList<Voucher> issued = stamped->issuedVouchers();
        auto redeemed = Rules::redeem(stamped->state, issued.at(0).id, Channel::Register, at(t0()));
        events << redeemed->events;
        auto unredeemed = Rules::undoRedemption(redeemed->state, issued.at(0).id,
                                                QStringLiteral("wrong card"), at(t0()));
        events << unredeemed->events;
        const Outcome attached = Rules::attachPosCode(unredeemed->state, issued.at(0).id,
                                                      QStringLiteral("POS-7"), at(t0()));
        events << attached.events;
        auto voided =
            Rules::voidVoucher(attached.state, issued.at(1).id, QStringLiteral("oops"), at(t0()));
        events << voided->events;
        auto more = Rules::addStamps(p, voided->state, 1, {}, at(t0()));
        auto undone = Rules::undoStamps(
            more->state, Rules::UndoTarget{more->events.first(), false, t0()}, at(t0()));
        events << undone->events;
        auto blocked = Rules::setCardStatus(undone->state, CardStatus::Blocked,
                                            QStringLiteral("lost"), at(t0()));
        events << blocked->events;
        events << Rules::changeProgramme(p, at(t0())).value();

        QSet<QString> kinds;
        for (const Event &e : events) {
            kinds.insert(e.type());
            const QJsonObject json = Json::toJson(e);
            // Through text, as the ledger stores it.
            const QJsonObject reread =
                QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
            auto back = Json::eventFromJson(reread);
            QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error()));
            QCOMPARE(back.value(), e);
        }
        QCOMPARE(kinds.size(), eventTypeNames().size());
    }

    void vouchersReportTheirStateAtAMoment()
    {
        auto stamped = Rules::addStamps(programme(1), newCard(), 1, {}, at(t0()));
        const Voucher v = stamped->issuedVouchers().first();
        QCOMPARE(Json::toJson(v, t0()).value(u"state").toString(), QStringLiteral("issued"));
        QCOMPARE(Json::toJson(v, t0().addYears(1)).value(u"state").toString(),
                 QStringLiteral("expired"));
        auto back = Json::voucherFromJson(Json::toJson(v, t0().addYears(1)));
        QVERIFY(back.ok());
        QCOMPARE(back.value(), v); // expiry is derived, not stored
    }

    // A voucher's POS code is part of its state, not of its snapshot at issue.
    void aPosCodeIsPartOfTheVoucherState()
    {
        auto stamped = Rules::addStamps(programme(1), newCard(), 1, {}, at(t0()));
        Voucher v = stamped->issuedVouchers().first();
        QVERIFY(!Json::payloadToJson(stamped->events.at(1)).contains(u"posCode"));
        v.posCode = QStringLiteral("SALE-0042");
        const QJsonObject json = Json::toJson(v, t0());
        QCOMPARE(json.value(u"posCode").toString(), QStringLiteral("SALE-0042"));
        QCOMPARE(Json::voucherFromJson(json).value(), v);
        const QJsonObject attached = Json::toJson(
            Rules::attachPosCode(stamped->state, v.id, v.posCode, at(t0())).events.first());
        QCOMPARE(attached.value(u"type").toString(), QStringLiteral("voucher.code-attached"));
        QCOMPARE(attached.value(u"data").toObject().value(u"code").toString(), v.posCode);
        QJsonObject noCode = attached;
        noCode.insert(u"data"_s, QJsonObject{});
        QVERIFY(!Json::eventFromJson(noCode).ok());
    }

    void malformedInputIsAnErrorNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("goal missing") << QByteArray(
            R"({"reward":{"nameVi":"a","nameEn":"b","kind":"perk"},"mode":"staff-scan","maxPerVisit":1,"cooldownMinutes":0})")
                                      << "goal";
        QTest::newRow("goal a string") << QByteArray(R"({"goal":"8"})") << "goal";
        QTest::newRow("goal fractional") << QByteArray(R"({"goal":8.5})") << "goal";
        QTest::newRow("goal out of range") << QByteArray(R"({"goal":100000})") << "goal";
        QTest::newRow("reward not an object")
            << QByteArray(R"({"goal":8,"reward":[]})") << "reward";
        QTest::newRow("unknown kind")
            << QByteArray(R"({"goal":8,"reward":{"nameVi":"a","nameEn":"b","kind":"gift"}})")
            << "reward.kind";
        QTest::newRow("unknown mode") << QByteArray(
            R"({"goal":8,"reward":{"nameVi":"a","nameEn":"b","kind":"perk"},"mode":"magic"})")
                                      << "mode";
    }
    void malformedInputIsAnErrorNamingTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        auto r = Json::programmeFromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().startsWith(field + u':'), qPrintable(r.error()));
    }

    void malformedEvents()
    {
        QVERIFY(
            !Json::eventFromJson(
                 parse(
                     R"({"id":"x","type":"stamps.added","at":"2026-11-23T09:00:00Z","data":{"count":0}})"))
                 .ok());
        QVERIFY(
            !Json::eventFromJson(
                 parse(
                     R"({"id":"x","type":"stamps.exploded","at":"2026-11-23T09:00:00Z","data":{}})"))
                 .ok());
        QVERIFY(
            !Json::eventFromJson(
                 parse(R"({"id":"x","type":"stamps.added","at":"yesterday","data":{"count":1}})"))
                 .ok());
        QVERIFY(
            !Json::eventFromJson(
                 parse(
                     R"({"id":"x","type":"stamps.undone","at":"2026-11-23T09:00:00Z","data":{"undoneEventId":"y","count":1,"reopenedVoucherIds":[1]}})"))
                 .ok());
        QVERIFY(!Json::eventFromJson(QJsonObject()).ok());
        auto good = Json::eventFromJson(parse(
            R"({"id":"x","type":"stamps.added","at":"2026-11-23T09:00:00Z","data":{"count":2}})"));
        QVERIFY(good.ok());
        QCOMPARE(good->as<Events::StampsAdded>()->count, 2);
    }

    void timesAreUtcWithMilliseconds()
    {
        const QDateTime t =
            QDateTime(QDate(2026, 11, 23), QTime(16, 5, 7, 123), Qt::OffsetFromUTC, 7 * 3600);
        QCOMPARE(Json::toIso(t), QStringLiteral("2026-11-23T09:05:07.123Z"));
        QCOMPARE(Json::fromIso(u"2026-11-23T09:05:07.123Z"), std::optional<QDateTime>(t));
        QVERIFY(!Json::fromIso(u"23/11/2026"));
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
