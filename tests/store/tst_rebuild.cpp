// SPDX-License-Identifier: Apache-2.0
// State is a function of the ledger: after a long random session the card
// and voucher state rebuilt from the events alone equals the stored state.
#include "storetest.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using namespace stampdesk;
using namespace stampdesk::test;

class TestRebuild : public QObject
{
    Q_OBJECT
private slots:
    void rebuiltStateEqualsStoredState()
    {
        QTemporaryDir dir;
        TestClock clock;
        auto store = openStore(dir.filePath(QStringLiteral("session.db")), &clock);
        QRandomGenerator rng(12345);
        const QString staff = QStringLiteral("Lan");

        // POS codes for the vouchers issued while the programme is in
        // redeem-code mode; they run out half-way.
        QByteArray csv = "code\n";
        for (int i = 0; i < 60; ++i)
            csv += QByteArray("POS-") + QByteArray::number(i) + "\n";
        QCOMPARE(store->importRedeemCodes(csv, staff)->added, 60);

        QStringList cards;
        for (int i = 0; i < 20; ++i)
            cards << store->createCard(QStringLiteral("Khách %1").arg(i), {}, staff)->state.card.id;
        QStringList stampEvents;
        int allowed = 0;
        for (int step = 0; step < 1500; ++step) {
            clock.now = clock.now.addSecs(rng.bounded(1, 20000));
            const QString card = cards.at(rng.bounded(int(cards.size())));
            const int action = rng.bounded(100);
            bool ok = false;
            if (action < 55) {
                auto r = store->addStamps(card, rng.bounded(1, 6), {}, staff);
                if ((ok = r.ok()))
                    stampEvents << r->events.first().id;
            } else if (action < 65 && !stampEvents.isEmpty()) {
                ok = store->undo(stampEvents.at(rng.bounded(int(stampEvents.size()))), staff).ok();
            } else if (action < 80) {
                const QList<Voucher> vouchers = store->cardState(card)->vouchers;
                if (!vouchers.isEmpty()) {
                    const Voucher &v = vouchers.at(rng.bounded(int(vouchers.size())));
                    ok = store->redeem(v.posCode.isEmpty() ? v.code : v.posCode, staff).ok();
                }
            } else if (action < 85) {
                // Mostly a redeemed one; now and then any, to be refused.
                QList<Voucher> vouchers = store->cardState(card)->vouchers;
                if (rng.bounded(4) != 0)
                    vouchers.removeIf(
                        [](const Voucher &v) { return v.state != VoucherState::Redeemed; });
                if (!vouchers.isEmpty()) {
                    const Voucher &v = vouchers.at(rng.bounded(int(vouchers.size())));
                    ok = store->undoRedemption(v.id, QStringLiteral("mistake"), staff).ok();
                }
            } else if (action < 90) {
                const QList<Voucher> vouchers = store->cardState(card)->vouchers;
                if (!vouchers.isEmpty())
                    ok = store->voidVoucher(vouchers.last().id, {}, staff).ok();
            } else if (action < 95) {
                const CardStatus status = store->card(card)->status == CardStatus::Active
                    ? CardStatus::Blocked
                    : CardStatus::Active;
                ok = store->setCardStatus(card, status, {}, staff).ok();
            } else {
                Programme p = store->programme().value();
                p.goal = rng.bounded(2, 9);
                p.mode = rng.bounded(2) ? RedemptionMode::RedeemCode : RedemptionMode::StaffScan;
                p.validDays =
                    rng.bounded(2) ? std::optional<int>(rng.bounded(1, 30)) : std::nullopt;
                ok = store->setProgramme(p, staff).ok();
            }
            allowed += ok ? 1 : 0;
        }
        QVERIFY2(allowed > 700, qPrintable(QString::number(allowed)));

        // Fold the ledger, read through the store's public API only.
        const QList<Event> ledger = store->events().value();
        QHash<QString, CardState> rebuilt;
        std::optional<Programme> programme;
        for (const Event &e : ledger) {
            if (const auto *changed = e.as<Events::ProgrammeChanged>())
                programme = changed->programme;
            else
                Projection::apply(rebuilt[e.cardId], e);
        }
        QCOMPARE(rebuilt.size(), cards.size());
        int vouchers = 0;
        for (const QString &id : std::as_const(cards)) {
            const CardState stored = store->cardState(id).value();
            QCOMPARE(rebuilt.value(id), stored);
            vouchers += int(stored.vouchers.size());
        }
        QVERIFY(vouchers > 50);
        const CodeStock stock = store->codeStock().value();
        QCOMPARE(stock.available + stock.attached, 60);
        QVERIFY(stock.attached > 10);
        int undoneRedemptions = 0;
        int attached = 0;
        for (const Event &e : ledger) {
            undoneRedemptions += e.as<Events::RedemptionUndone>() ? 1 : 0;
            attached += e.as<Events::VoucherCodeAttached>() ? 1 : 0;
        }
        QVERIFY(undoneRedemptions > 10);
        QCOMPARE(attached, stock.attached);
        QCOMPARE(programme, std::optional<Programme>(store->programme().value()));

        const CheckReport report = store->check().value();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.events, int(ledger.size()));
    }
};

QTEST_GUILESS_MAIN(TestRebuild)
#include "tst_rebuild.moc"
