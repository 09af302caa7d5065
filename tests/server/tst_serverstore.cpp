// SPDX-License-Identifier: Apache-2.0
// ServerStore: its own file format, ingestion through the merge (undo, POS
// codes), and check(), which must find a state that its events do not make.
#include "core/rules.h"
#include "servertest.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace stampdesk;
using namespace stampdesk::server;
using namespace stampdesk::server::test;

namespace {

const QString till = QStringLiteral("register-a");

QVariant peek(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return value;
}

Event undo(const Event &stampsEvent, int minute, std::optional<QDateTime> previous = std::nullopt)
{
    const auto *added = stampsEvent.as<Events::StampsAdded>();
    return event(stampsEvent.cardId, till, at(minute),
                 Events::StampsUndone{stampsEvent.id, added ? added->count : 0, previous, {}});
}

QStringList kinds(const QList<EventResult> &results)
{
    QStringList out;
    for (const EventResult &r : results)
        out << wireName(r.kind) + (r.conflict ? u':' + r.conflict->codeName() : QString());
    return out;
}

} // namespace

class TestServerStore : public QObject
{
    Q_OBJECT

private slots:
    void aFileOfItsOwn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.db"));
        quint16 shop = 0;
        {
            auto store = ServerStore::open(path);
            QVERIFY(store.ok());
            shop = (*store)->shop();
            QVERIFY(shop >= 1);
            QCOMPARE((*store)->programme().value(), Programme::demo());
            QCOMPARE((*store)->keys()->size(), 1);
        }
        QCOMPARE(peek(path, QStringLiteral("PRAGMA application_id")).toUInt(),
                 ServerStore::applicationId);
        QCOMPARE(peek(path, QStringLiteral("PRAGMA user_version")).toInt(),
                 ServerStore::schemaVersion);
        QCOMPARE(peek(path, QStringLiteral("PRAGMA journal_mode")).toString(), u"wal");
        auto again = ServerStore::open(path);
        QVERIFY(again.ok());
        QCOMPARE((*again)->shop(), shop);
        // The same seed: a reopened server signs with the same key.
        QCOMPARE((*again)->currentKey()->publicKey().id, (KeyId{shop, 1}));
    }

    void aNewerFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.db"));
        QVERIFY(ServerStore::open(path).ok());
        peek(path, QStringLiteral("PRAGMA user_version = 99"));
        auto store = ServerStore::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().kind, StoreError::Kind::TooNew);
    }

    void tokensAreStoredHashed()
    {
        TestServer s;
        const QString token = s.pair(till);
        QVERIFY(!token.isEmpty());
        const QString stored =
            peek(s.store->path(), QStringLiteral("SELECT token_hash FROM registers")).toString();
        QCOMPARE(stored.size(), 64);
        QVERIFY(!stored.contains(token));
        QVERIFY(s.store->registerForToken(token)->has_value());
        QVERIFY(!s.store->registerForToken(token + u'x')->has_value());
    }

    void undoThroughTheMerge()
    {
        TestServer s;
        Programme p = Programme::demo();
        p.goal = 3;
        QVERIFY(s.store->setProgramme(p).ok());
        const QString card = s.store->enrol({}, {})->card.id;
        const Event first = stamps(card, till, 2, 1);
        const Event second = stamps(card, till, 2, 2);
        QCOMPARE(kinds(s.store->ingest({first, second}).value()),
                 (QStringList{u"accepted"_qs, u"accepted"_qs}));
        QCOMPARE(s.store->card(card).value()->vouchers.size(), 1);

        // Taking back the second reopens the cycle and voids its voucher;
        // taking it back again, or stamps never seen, are conflicts.
        QCOMPARE(kinds(s.store->ingest({undo(second, 3, at(1))}).value()),
                 QStringList{u"accepted"_qs});
        CardState state = *s.store->card(card).value();
        QCOMPARE(state.card.stamps, 2);
        QCOMPARE(state.card.lastStampAt, std::optional(at(1)));
        QCOMPARE(state.vouchers.first().state, VoucherState::Voided);
        QCOMPARE(kinds(s.store->ingest({undo(second, 4)}).value()),
                 QStringList{u"conflict:already-undone"_qs});
        Event ghost = stamps(card, till, 1, 5);
        QCOMPARE(kinds(s.store->ingest({undo(ghost, 6)}).value()),
                 QStringList{u"conflict:unknown-event"_qs});
        QCOMPARE(*s.store->card(card).value(), state);
        QVERIFY(s.checked());
    }

    void posCodesAttachOnce()
    {
        TestServer s;
        Programme p = Programme::demo();
        p.goal = 1;
        QVERIFY(s.store->setProgramme(p).ok());
        const QString card = s.store->enrol({}, {})->card.id;
        QCOMPARE(kinds(s.store->ingest({stamps(card, till, 2, 1)}).value()),
                 QStringList{u"accepted"_qs});
        const QString v1 = Ids::voucherId(card, 1);
        const QString v2 = Ids::voucherId(card, 2);
        const auto attach = [&](const QString &voucher, int minute) {
            return test::event(card, till, at(minute),
                               Events::VoucherCodeAttached{QStringLiteral("POS123")}, voucher);
        };
        QCOMPARE(kinds(s.store->ingest({attach(v1, 2), attach(v2, 3)}).value()),
                 (QStringList{u"accepted"_qs, u"conflict:code-in-use"_qs}));
        QCOMPARE(s.store->card(card).value()->voucher(v1)->posCode, u"POS123");
        QVERIFY(s.store->card(card).value()->voucher(v2)->posCode.isEmpty());
        QVERIFY(s.checked());
    }

    void eventsOnUnknownCardsAreConflicts()
    {
        TestServer s;
        QCOMPARE(
            kinds(
                s.store->ingest({stamps(QStringLiteral("NOSUCHCARD234567"), till, 1, 1)}).value()),
            QStringList{u"conflict:unknown-card"_qs});
        QVERIFY(!s.store->card(QStringLiteral("NOSUCHCARD234567")).value().has_value());
        Programme bad = Programme::demo();
        bad.goal = 0;
        const Event change = test::event({}, till, at(2), Events::ProgrammeChanged{bad});
        QCOMPARE(kinds(s.store->ingest({change}).value()),
                 QStringList{u"conflict:invalid-programme"_qs});
        QCOMPARE(s.store->programme().value(), Programme::demo());
        QVERIFY(s.checked());
    }

    void checkFindsAStateItsEventsDoNotMake()
    {
        TestServer s;
        const QString card = s.store->enrol({}, {})->card.id;
        QCOMPARE(kinds(s.store->ingest({stamps(card, till, 2, 1)}).value()),
                 QStringList{u"accepted"_qs});
        QVERIFY(s.checked());
        // Someone edits the stored card behind the events' back.
        peek(s.store->path(),
             QStringLiteral(
                 "UPDATE cards SET state = replace(state, '\"stamps\":2', '\"stamps\":7')"));
        QCOMPARE(s.store->card(card).value()->card.stamps, 7);
        const QStringList differences = s.store->check().value();
        QCOMPARE(differences.size(), 1);
        QVERIFY(differences.first().contains(card));
    }
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
