// SPDX-License-Identifier: Apache-2.0
// Reports read from the ledger: the shop's totals over a period, and this
// register's own activity, newest first.
#include "storetest.h"

#include <QTest>
#include <QUuid>

using namespace stampdesk;
using namespace stampdesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString staff = u"Lan"_s;

QDateTime day(int n)
{
    return QDateTime(QDate(2026, 11, 23).addDays(n), QTime(0, 0), Qt::UTC);
}

// An event another register made, as sync would bring it in.
void addForeignEvent(const QString &path, const QString &type, const QDateTime &at,
                     const QString &data)
{
    const QString error = RawDatabase(path).exec(
        u"INSERT INTO events (id, type, at, card_id, staff, register_id, data) "
        "VALUES ('%1', '%2', %3, 'FOREIGNCARD23456', 'Bảo', 'other-register', '%4')"_s
            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), type)
            .arg(at.toMSecsSinceEpoch())
            .arg(data));
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString newPath() { return m_dir.filePath(u"reports-%1.db"_s.arg(++m_n)); }

private slots:
    void totalsOfADay()
    {
        TestClock clock;
        clock.now = day(0).addSecs(8 * 3600);
        const QString path = newPath();
        auto s = openStore(path, &clock);
        Programme p = Programme::demo();
        p.goal = 3;
        p.maxPerVisit = 10;
        QVERIFY(s->setProgramme(p, staff));

        // The day before: not counted.
        clock.now = day(-1).addSecs(23 * 3600 + 3599);
        const QString early = s->createCard({}, {}, staff)->state.card.id;
        QVERIFY(s->addStamps(early, 3, {}, staff));

        // The day itself, from midnight on.
        clock.now = day(0);
        const QString a = s->createCard(u"Đào"_s, {}, staff)->state.card.id;
        clock.now = day(0).addSecs(9 * 3600);
        const QString b = s->createCard({}, {}, staff)->state.card.id;
        const Outcome seven = s->addStamps(a, 7, {}, staff).value(); // 2 vouchers
        QVERIFY(s->addStamps(b, 2, {}, staff));
        clock.now = clock.now.addSecs(60);
        const Outcome undone = s->undo(seven.events.first().id, staff).value();
        QCOMPARE(undone.events.size(), 3); // the undo and two voids
        QVERIFY(s->addStamps(a, 4, {}, staff)); // 1 voucher
        const QString v = s->vouchers({a, VoucherState::Issued, 10})->first().id;
        QVERIFY(s->redeem(v, staff));
        QVERIFY(s->undoRedemption(v, {}, staff));
        QVERIFY(s->redeem(v, staff));
        QVERIFY(s->redeem(s->vouchers({}).value().first().id, staff)); // the early card's
        addForeignEvent(path, u"stamps.added"_s, day(0).addSecs(12 * 3600),
                        uR"({"count":5,"source":""})"_s);
        addForeignEvent(path, u"voucher.redeemed"_s, day(0).addSecs(12 * 3600 + 1),
                        uR"({"registerName":"Quầy 2"})"_s);

        // The next day: not counted, from its first millisecond.
        clock.now = day(1);
        QVERIFY(s->addStamps(b, 1, {}, staff));
        addForeignEvent(path, u"stamps.added"_s, day(1), uR"({"count":9,"source":""})"_s);

        Totals expected;
        expected.cardsCreated = 2;
        expected.stampsAdded = 7 + 2 + 4 + 5;
        expected.stampsUndone = 7;
        expected.vouchersIssued = 3;
        expected.vouchersRedeemed = 3 + 1;
        expected.redemptionsUndone = 1;
        QCOMPARE(s->totals(day(0), day(1)).value(), expected);

        const Totals before = s->totals(day(-1), day(0)).value();
        QCOMPARE(before.cardsCreated, 1);
        QCOMPARE(before.stampsAdded, 3);
        QCOMPARE(before.vouchersIssued, 1);
        QCOMPARE(s->totals(day(1), day(2))->stampsAdded, 1 + 9);
        QCOMPARE(s->totals(day(5), day(6)).value(), Totals{});
        // An empty or reversed period holds nothing.
        QCOMPARE(s->totals(day(1), day(0)).value(), Totals{});
        QCOMPARE(s->totals(day(0), day(0)).value(), Totals{});
    }

    void registerEventsAreThisRegistersNewestFirst()
    {
        TestClock clock;
        const QString path = newPath();
        auto s = openStore(path, &clock);
        const QString card = s->createCard({}, {}, staff)->state.card.id;
        QList<QString> ids;
        for (int i = 0; i < 5; ++i) {
            clock.now = clock.now.addSecs(60);
            ids.prepend(s->addStamps(card, 1, u"sale %1"_s.arg(i), staff)->events.first().id);
        }
        addForeignEvent(path, u"stamps.added"_s, clock.now.addSecs(1),
                        uR"({"count":1,"source":""})"_s);

        // The database's first programme is stamped with the real time.
        const auto cashierEvents = [](QList<Event> events) {
            events.removeIf([](const Event &e) { return e.as<Events::ProgrammeChanged>(); });
            return events;
        };
        const QList<Event> all = cashierEvents(s->registerEvents(t0()).value());
        QCOMPARE(all.size(), 6); // 5 stamps and the card; not the other register's
        for (int i = 0; i < 5; ++i)
            QCOMPARE(all.at(i).id, ids.at(i));
        QCOMPARE(all.last().type(), u"card.created"_s);
        for (const Event &e : all)
            QCOMPARE(e.registerId, s->registerInfo().id);

        const QList<Event> recent = cashierEvents(s->registerEvents(t0().addSecs(180)).value());
        QCOMPARE(recent.size(), 3);
        QCOMPARE(recent.last().id, ids.at(2));
        const QList<Event> two = s->registerEvents(t0(), 2).value();
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.first().id, ids.first());
        // Without a time: from the beginning (the seed's programme too).
        QCOMPARE(s->registerEvents(QDateTime())->size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
