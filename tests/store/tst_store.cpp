// SPDX-License-Identifier: Apache-2.0
#include "core/ids.h"
#include "storetest.h"

#include <QTest>

using namespace stampdesk;
using namespace stampdesk::test;

namespace {
const QString staff = QStringLiteral("Lan");

int eventCount(Store &store)
{
    return int(store.events()->size());
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    TestClock m_clock;
    std::unique_ptr<Store> m_store;

    QString newCard(const QString &name = {}, const QString &phone = {})
    {
        auto created = m_store->createCard(name, phone, staff);
        if (!created)
            qFatal("createCard: %s", qPrintable(created.error().message()));
        return created->state.card.id;
    }
    void setProgramme(int goal, int cap = 10, int cooldown = 0, std::optional<int> validDays = 30)
    {
        Programme p = Programme::demo();
        p.goal = goal;
        p.maxPerVisit = cap;
        p.cooldownMinutes = cooldown;
        p.validDays = validDays;
        QVERIFY(m_store->setProgramme(p, staff).ok());
    }

private slots:
    void init()
    {
        m_clock.now = t0();
        m_store.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = openStore(m_dir->filePath(QStringLiteral("store.db")), &m_clock);
    }

    void aNewDatabaseStartsWithTheDemoProgramme()
    {
        auto p = m_store->programme();
        QVERIFY(p.ok());
        QCOMPARE(p.value(), Programme::demo());
        const RegisterInfo reg = m_store->registerInfo();
        QVERIFY(!reg.id.isEmpty());
        QVERIFY(!reg.name.isEmpty());
        // The programme is in the ledger too, so state can be rebuilt.
        QCOMPARE(m_store->events()->first().type(), QStringLiteral("programme.changed"));
        QVERIFY(m_store->check()->ok());
    }

    void theDatabaseIsDurableAndShared()
    {
        RawDatabase raw(m_store->path());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA application_id")).toUInt(),
                 Store::applicationId);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Store::schemaVersion);
        // synchronous and foreign_keys are per connection: the store's own.
        // (They are set in configureConnection; a reopen keeps working.)
        m_store.reset();
        m_store = openStore(m_dir->filePath(QStringLiteral("store.db")), &m_clock);
        QVERIFY(m_store->programme().ok());
    }

    void aStampIsOneTransactionOfEventCardAndOutbox()
    {
        setProgramme(3);
        const QString id = newCard(QStringLiteral("Đào"), QStringLiteral("0901234567"));
        const int before = eventCount(*m_store);
        const int pendingBefore = m_store->pendingSyncCount().value();

        auto r = m_store->addStamps(id, 4, QStringLiteral("sale 1"), staff);
        QVERIFY(r.ok());
        QCOMPARE(r->issuedVouchers().size(), 1);

        // Everything the action made is stored: the events (which are the
        // outbox), the card and the voucher.
        QCOMPARE(eventCount(*m_store), before + 2);
        QCOMPARE(m_store->pendingSyncCount().value(), pendingBefore + 2);
        auto card = m_store->cardState(id);
        QCOMPARE(card->card.stamps, 1);
        QCOMPARE(card->card.cycles, 1);
        QCOMPARE(card->card.lifetimeStamps, 4);
        QCOMPARE(card->card.lastStampAt, t0());
        QCOMPARE(card->vouchers.size(), 1);
        QCOMPARE(card->vouchers.first(), r->issuedVouchers().first());
        const Event stamp = m_store->event(r->events.first().id).value();
        QCOMPARE(stamp, r->events.first());
        QCOMPARE(stamp.staff, staff);
        QCOMPARE(stamp.registerId, m_store->registerInfo().id);
    }

    void aRefusedActionChangesNothing()
    {
        setProgramme(5, 2, 30);
        const QString id = newCard();
        QVERIFY(m_store->addStamps(id, 1, {}, staff).ok());
        const CardState before = m_store->cardState(id).value();
        const int events = eventCount(*m_store);

        auto cap = m_store->addStamps(id, 3, {}, staff);
        QCOMPARE(cap.error().kind, StoreError::Kind::Refused);
        QCOMPARE(cap.error().refusal->code, Refusal::Code::AboveVisitCap);
        m_clock.now = t0().addSecs(60);
        auto cooldown = m_store->addStamps(id, 1, {}, staff);
        QCOMPARE(cooldown.error().refusal->code, Refusal::Code::InsideCooldown);
        auto unknown = m_store->addStamps(QStringLiteral("NOSUCHCARD234567"), 1, {}, staff);
        QCOMPARE(unknown.error().kind, StoreError::Kind::NotFound);

        QCOMPARE(m_store->cardState(id).value(), before);
        QCOMPARE(eventCount(*m_store), events);
    }

    void cardsAreFoundByIdPhoneAndName()
    {
        const QString dao =
            newCard(QStringLiteral("Nguyễn Thị Đào"), QStringLiteral("+84 90 123 4567"));
        const QString minh = newCard(QStringLiteral("Trần Minh"), QStringLiteral("0987 654 321"));
        newCard(); // a card without details is found by id only

        QCOMPARE(m_store->card(dao.toLower())->id, dao);
        QCOMPARE(m_store->cardByPhone(QStringLiteral("090-123-4567"))->id, dao);
        QCOMPARE(m_store->cardByPhone(QStringLiteral("0084 901234567"))->id, dao);
        QCOMPARE(m_store->cardByPhone(QStringLiteral("0900000000")).error().kind,
                 StoreError::Kind::NotFound);
        QCOMPARE(m_store->cardByPhone(QString()).error().kind, StoreError::Kind::NotFound);

        const auto ids = [](const QList<Card> &cards) {
            QStringList out;
            for (const Card &c : cards)
                out << c.id;
            return out;
        };
        QCOMPARE(ids(m_store->findCards(QStringLiteral("dao")).value()), QStringList{dao});
        QCOMPARE(ids(m_store->findCards(QStringLiteral("NGUYEN")).value()), QStringList{dao});
        QCOMPARE(ids(m_store->findCards(QStringLiteral("Đào")).value()), QStringList{dao});
        QCOMPARE(ids(m_store->findCards(QStringLiteral("4567")).value()), QStringList{dao});
        QCOMPARE(ids(m_store->findCards(QStringLiteral("654 321")).value()), QStringList{minh});
        QCOMPARE(ids(m_store->findCards(dao.left(6).toLower()).value()), QStringList{dao});
        QVERIFY(m_store->findCards(QStringLiteral("zzzz%")).value().isEmpty());
        QVERIFY(m_store->findCards(QStringLiteral("   ")).value().isEmpty());
    }

    void vouchersAreRedeemedOnceByIdOrCode()
    {
        setProgramme(2);
        const QString id = newCard();
        auto stamped = m_store->addStamps(id, 4, {}, staff);
        const QList<Voucher> issued = stamped->issuedVouchers();
        QCOMPARE(issued.size(), 2);

        // By the code as typed from a receipt: lower case, with a dash.
        const QString typed = Ids::formatRedeemCode(issued.at(0).code).toLower();
        m_clock.now = t0().addSecs(300);
        auto redeemed = m_store->redeem(typed, staff);
        QVERIFY(redeemed.ok());
        QCOMPARE(m_store->voucher(issued.at(0).id)->state, VoucherState::Redeemed);
        QCOMPARE(m_store->voucher(issued.at(0).id)->redeemedAt, t0().addSecs(300));
        QCOMPARE(m_store->voucher(issued.at(0).id)->redeemedBy, staff);
        QCOMPARE(m_store->voucher(issued.at(0).id)->redeemedRegister, m_store->registerInfo().name);

        auto again = m_store->redeem(issued.at(0).id, QStringLiteral("Minh"));
        QCOMPARE(again.error().refusal->code, Refusal::Code::VoucherRedeemed);
        QVERIFY(again.error().message().contains(m_store->registerInfo().name));
        QVERIFY(m_store->redeem(issued.at(1).id, staff).ok());
    }

    void typosAndUnknownCodesAreToldApart()
    {
        setProgramme(1);
        const QString id = newCard();
        const Voucher v = m_store->addStamps(id, 1, {}, staff)->issuedVouchers().first();
        QString typo = v.code;
        typo[2] = typo[2] == u'A' ? u'B' : u'A';
        auto r = m_store->redeem(typo, staff);
        QCOMPARE(r.error().kind, StoreError::Kind::Typo);
        QVERIFY(r.error().message().contains(typo));
        auto unknown = m_store->redeem(Ids::redeemCode(QStringLiteral("OTHER"), 1), staff);
        QCOMPARE(unknown.error().kind, StoreError::Kind::NotFound);
        QCOMPARE(m_store->voucher(v.id)->state, VoucherState::Issued);
    }

    void voidsAndExpiryAreTerminal()
    {
        setProgramme(1, 10, 0, 7);
        const QString id = newCard();
        const QList<Voucher> issued = m_store->addStamps(id, 2, {}, staff)->issuedVouchers();
        QVERIFY(m_store->voidVoucher(issued.at(0).code, QStringLiteral("mistake"), staff).ok());
        QCOMPARE(m_store->redeem(issued.at(0).id, staff).error().refusal->code,
                 Refusal::Code::VoucherVoided);

        VoucherFilter filter;
        filter.state = VoucherState::Issued;
        QCOMPARE(m_store->vouchers(filter)->size(), 1);
        m_clock.now = t0().addDays(8);
        QCOMPARE(m_store->vouchers(filter)->size(), 0);
        filter.state = VoucherState::Expired;
        QCOMPARE(m_store->vouchers(filter)->size(), 1);
        filter.state = VoucherState::Voided;
        QCOMPARE(m_store->vouchers(filter)->first().id, issued.at(0).id);
        QCOMPARE(m_store->redeem(issued.at(1).id, staff).error().refusal->code,
                 Refusal::Code::VoucherExpired);
        filter = VoucherFilter{};
        filter.cardId = id.toLower();
        QCOMPARE(m_store->vouchers(filter)->size(), 2);
    }

    void undoIsACompensatingEventAndRestoresTheCooldown()
    {
        setProgramme(3, 5, 60);
        const QString id = newCard();
        QVERIFY(m_store->addStamps(id, 2, {}, staff).ok());
        m_clock.now = t0().addSecs(2 * 3600);
        auto mistaken = m_store->addStamps(id, 1, {}, staff);
        QCOMPARE(mistaken->issuedVouchers().size(), 1);
        const int events = eventCount(*m_store);

        m_clock.now = t0().addSecs(2 * 3600 + 60);
        auto undone = m_store->undo(mistaken->events.first().id, staff);
        QVERIFY(undone.ok());
        // Nothing is deleted: the ledger grows by the undo and the void.
        QCOMPARE(eventCount(*m_store), events + 2);
        QCOMPARE(m_store->event(mistaken->events.first().id).value(), mistaken->events.first());
        const CardState after = m_store->cardState(id).value();
        QCOMPARE(after.card.stamps, 2);
        QCOMPARE(after.card.cycles, 0);
        QCOMPARE(after.card.lastStampAt, t0());
        QCOMPARE(after.vouchers.first().state, VoucherState::Voided);
        // The cooldown runs from the earlier stamp, so the cashier can
        // stamp again right away.
        QVERIFY(m_store->addStamps(id, 1, {}, staff).ok());

        auto twice = m_store->undo(mistaken->events.first().id, staff);
        QCOMPARE(twice.error().refusal->code, Refusal::Code::AlreadyUndone);
        auto notAStamp = m_store->undo(undone->events.first().id, staff);
        QCOMPARE(notAStamp.error().refusal->code, Refusal::Code::NotUndoable);
        QCOMPARE(m_store->undo(QStringLiteral("no-such-event"), staff).error().kind,
                 StoreError::Kind::NotFound);
        QVERIFY(m_store->check()->ok());
    }

    void theLedgerIsAppendOnly()
    {
        const QString id = newCard();
        QVERIFY(m_store->addStamps(id, 1, {}, staff).ok());
        RawDatabase raw(m_store->path());
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM events")).contains(u"append-only"));
        QVERIFY(raw.exec(QStringLiteral("UPDATE events SET data = '{}'")).contains(u"append-only"));
        QVERIFY(raw.exec(QStringLiteral("UPDATE events SET at = 0")).contains(u"append-only"));
        // Marking events as synced is the one update allowed, and only forward.
        QVERIFY(raw.exec(QStringLiteral("UPDATE events SET synced = 1")).isEmpty());
        QVERIFY(raw.exec(QStringLiteral("UPDATE events SET synced = 0")).contains(u"append-only"));
        QCOMPARE(m_store->pendingSyncCount().value(), 0);
    }

    void programmeChangesApplyToLaterVouchersOnly()
    {
        setProgramme(2);
        const QString id = newCard();
        const Voucher first = m_store->addStamps(id, 2, {}, staff)->issuedVouchers().first();
        Programme p = m_store->programme().value();
        p.reward.nameEn = QStringLiteral("Free cake");
        p.goal = 3;
        QVERIFY(m_store->setProgramme(p, staff).ok());
        QCOMPARE(m_store->voucher(first.id)->reward.nameEn, first.reward.nameEn);
        const Voucher second = m_store->addStamps(id, 3, {}, staff)->issuedVouchers().first();
        QCOMPARE(second.reward.nameEn, QStringLiteral("Free cake"));

        p.goal = 0;
        auto invalid = m_store->setProgramme(p, staff);
        QCOMPARE(invalid.error().refusal->code, Refusal::Code::InvalidProgramme);
        QCOMPARE(m_store->programme()->goal, 3);
    }

    void blockedCardsTakeNoStamps()
    {
        const QString id = newCard();
        QVERIFY(
            m_store->setCardStatus(id, CardStatus::Blocked, QStringLiteral("lost"), staff).ok());
        QCOMPARE(m_store->addStamps(id, 1, {}, staff).error().refusal->code,
                 Refusal::Code::CardBlocked);
        QVERIFY(m_store->setCardStatus(id, CardStatus::Active, {}, staff).ok());
        QVERIFY(m_store->addStamps(id, 1, {}, staff).ok());
    }

    void eventsSinceATime()
    {
        const QString id = newCard();
        QVERIFY(m_store->addStamps(id, 1, {}, staff).ok());
        m_clock.now = t0().addDays(1);
        QVERIFY(m_store->addStamps(id, 1, {}, staff).ok());
        QList<Event> recent = m_store->events(t0().addSecs(3600)).value();
        // (The demo programme was recorded by the real clock at creation.)
        recent.removeIf([](const Event &e) { return e.type() != u"stamps.added"; });
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent.first().at, t0().addDays(1));
        QCOMPARE(m_store->events(QDateTime(), 2)->size(), 2);
    }

    void registerDetails()
    {
        QVERIFY(
            m_store->setRegisterInfo(QStringLiteral(" Quầy 2 "), QStringLiteral("Quận 1")).ok());
        QCOMPARE(m_store->registerInfo().name, QStringLiteral("Quầy 2"));
        m_store.reset();
        m_store = openStore(m_dir->filePath(QStringLiteral("store.db")), &m_clock);
        QCOMPARE(m_store->registerInfo().location, QStringLiteral("Quận 1"));
    }

    void checkFindsStateThatDisagreesWithTheLedger()
    {
        setProgramme(2);
        const QString id = newCard();
        QVERIFY(m_store->addStamps(id, 3, {}, staff).ok());
        QVERIFY(m_store->check()->ok());
        {
            RawDatabase raw(m_store->path());
            QVERIFY(raw.exec(QStringLiteral("UPDATE cards SET stamps = 7")).isEmpty());
            QVERIFY(raw.exec(QStringLiteral("UPDATE vouchers SET state = 'redeemed'")).isEmpty());
        }
        const CheckReport report = m_store->check().value();
        QVERIFY(!report.ok());
        const QString all = report.problems.join(u'\n');
        QVERIFY2(all.contains(u"stamps is 7, the ledger says 1"), qPrintable(all));
        QVERIFY2(all.contains(u"state is \"redeemed\", the ledger says \"issued\""),
                 qPrintable(all));
    }

    void manyCardsInOneTransaction()
    {
        QList<NewCard> cards;
        for (int i = 0; i < 500; ++i)
            cards.append({QStringLiteral("Khách %1").arg(i),
                          QStringLiteral("09%1").arg(i, 8, 10, QChar(u'0'))});
        auto ids = m_store->createCards(cards, staff);
        QVERIFY(ids.ok());
        QCOMPARE(ids->size(), 500);
        QCOMPARE(m_store->cardByPhone(QStringLiteral("0900000123"))->name,
                 QStringLiteral("Khách 123"));
        // One bad card refuses the whole batch.
        cards.append({QString(), QStringLiteral("not a phone")});
        auto refused = m_store->createCards(cards, staff);
        QCOMPARE(refused.error().refusal->code, Refusal::Code::InvalidCard);
        QCOMPARE(m_store->check()->cards, 500);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
