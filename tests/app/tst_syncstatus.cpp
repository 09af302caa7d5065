// SPDX-License-Identifier: Apache-2.0
// SyncStatus: an unpaired register says it is offline, and how many changes
// wait to be sent, after each action and on its own every 30 seconds.
#include "app/language.h"
#include "app/syncstatus.h"
#include "shopfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace stampdesk;
using namespace Qt::StringLiterals;

class TestSyncStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_language.setCode(u"en"_s)); }

    void countsTheEventsWaiting()
    {
        test::Shop shop;
        const int atStart = shop.store().pendingSyncCount().value();
        QVERIFY(atStart > 0); // the demo programme, made with the database

        SyncStatus sync(shop.store(), m_language);
        QVERIFY(!sync.online());
        QCOMPARE(sync.stateText(), u"Offline — not connected to a shop server"_s);
        QCOMPARE(sync.stateWord(), u"Offline"_s);
        QCOMPARE(sync.pendingCount(), atStart);
        QCOMPARE(sync.pendingText(),
                 SyncStatus::tr("%n change(s) waiting to sync", nullptr, atStart));
        QCOMPARE(sync.pendingShort(), u"%1 waiting"_s.arg(atStart));

        // A card and its stamps: two events more, read on refresh().
        shop.card(u"Đào"_s, QString(), 2);
        QCOMPARE(sync.pendingCount(), atStart);
        QSignalSpy changed(&sync, &SyncStatus::changed);
        sync.refresh();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(sync.pendingCount(), atStart + 2);
        QCOMPARE(sync.pendingShort(), u"%1 waiting"_s.arg(atStart + 2));
        // Nothing new: no signal.
        sync.refresh();
        QCOMPARE(changed.count(), 1);
    }

    void readsTheCountAgainOnItsOwn()
    {
        test::Shop shop;
        SyncStatus sync(shop.store(), m_language);
        QCOMPARE(SyncStatus::interval, std::chrono::seconds(30));
        sync.setInterval(std::chrono::milliseconds(20));
        const int before = sync.pendingCount();
        shop.card(u"Đào"_s, QString());
        QTRY_COMPARE(sync.pendingCount(), before + 1);
    }

    void saysItInTheCurrentLanguage()
    {
        test::Shop shop;
        SyncStatus sync(shop.store(), m_language);
        QSignalSpy changed(&sync, &SyncStatus::changed);
        QVERIFY(m_language.setCode(u"vi"_s));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(sync.stateText(), SyncStatus::tr("Offline — not connected to a shop server"));
        QVERIFY(m_language.setCode(u"en"_s));
    }

private:
    Language m_language;
};

QTEST_GUILESS_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
