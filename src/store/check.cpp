// SPDX-License-Identifier: Apache-2.0
// Store::check: the database's own integrity, and the promise that state is
// a function of the ledger.
#include "core/json.h"
#include "replay.h"
#include "sql.h"
#include "store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace stampdesk {

namespace {

QString text(const QJsonValue &v)
{
    // QJsonValue has no text form of its own; an array of one has.
    const QByteArray array = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// Names the fields in which two JSON objects differ, with both values.
QString differences(const QJsonObject &stored, const QJsonObject &rebuilt)
{
    QStringList out;
    for (auto it = rebuilt.begin(); it != rebuilt.end(); ++it) {
        const QJsonValue s = stored.value(it.key());
        if (s != it.value())
            out << QStringLiteral("%1 is %2, the ledger says %3")
                       .arg(it.key(), text(s), text(it.value()));
    }
    return out.join(u"; ");
}

} // namespace

StoreResult<CheckReport> Store::check() const
{
    using namespace Qt::StringLiterals;
    CheckReport report;
    const QSqlDatabase d = db();

    sql::Statement integrity(d, u"PRAGMA integrity_check"_s);
    if (auto r = integrity.exec(); !r)
        return r.error();
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != u"ok")
            report.problems << u"SQLite integrity check: "_s + line;
    }
    if (!report.ok())
        return report; // the rest would read damaged pages

    // Rebuild: fold every event, in ledger order, through the projection.
    // A card the backend sent starts from that state (its baseline); this
    // register's events after it are replayed through the merge, as they
    // were when the page was applied (docs/sync.md).
    QHash<QString, CardState> rebuilt;
    QHash<QString, qint64> baselineThrough;
    sql::Statement baselines(d, u"SELECT card_id, state, through_seq FROM baselines"_s);
    if (auto r = baselines.exec(); !r)
        return r.error();
    while (baselines.next()) {
        const QString cardId = baselines.value(0).toString();
        auto state = Json::cardStateFromJson(
            QJsonDocument::fromJson(baselines.value(1).toByteArray()).object());
        if (!state) {
            report.problems << u"the backend's state of card %1 cannot be read: %2"_s.arg(
                cardId, state.error());
            continue;
        }
        rebuilt.insert(cardId, std::move(state).value());
        baselineThrough.insert(cardId, baselines.value(2).toLongLong());
    }

    std::optional<Programme> programme;
    // The whole ledger is fed in order: an undo's target is always noted
    // before the undo, so there is nothing to look up.
    Replay replay(Programme::demo(), [](const QString &) {
        return StoreResult<std::optional<Event>>(std::optional<Event>());
    });
    const int seqColumn = int(sql::eventColumns.count(u',') + 1);
    sql::Statement ledger(d, u"SELECT %1, seq FROM events ORDER BY seq"_s.arg(sql::eventColumns));
    if (auto r = ledger.exec(); !r)
        return r.error();
    while (ledger.next()) {
        ++report.events;
        auto event = sql::eventFromRow(ledger.query());
        if (!event) {
            report.problems << u"event %1 cannot be read: %2"_s.arg(event.error().subject,
                                                                    event.error().detail);
            continue;
        }
        const Event &e = event.value();
        if (const auto *changed = e.as<Events::ProgrammeChanged>()) {
            programme = changed->programme;
            replay.note(e);
            continue;
        }
        if (auto through = baselineThrough.constFind(e.cardId); through != baselineThrough.cend()) {
            if (ledger.value(seqColumn).toLongLong() <= *through)
                replay.note(e); // in the backend's state already
            else if (auto r = replay.apply(rebuilt[e.cardId], e); !r)
                return r.error();
            continue;
        }
        replay.note(e);
        if (!e.as<Events::CardCreated>() && !rebuilt.contains(e.cardId)) {
            report.problems << u"event %1 (%2) is for card %3, which the ledger never created"_s
                                   .arg(e.id, e.type(), e.cardId);
            continue;
        }
        Projection::apply(rebuilt[e.cardId], e);
    }

    // Compare with what is stored.
    const QDateTime now = this->now();
    sql::Statement cards(d, u"SELECT %1 FROM cards"_s.arg(sql::cardColumns));
    if (auto r = cards.exec(); !r)
        return r.error();
    QSet<QString> storedCards;
    while (cards.next()) {
        ++report.cards;
        const Card stored = sql::cardFromRow(cards.query());
        storedCards.insert(stored.id);
        auto it = rebuilt.constFind(stored.id);
        if (it == rebuilt.cend())
            report.problems << u"card %1 is stored but not in the ledger"_s.arg(stored.id);
        else if (!(it->card == stored))
            report.problems << u"card %1: %2"_s.arg(
                stored.id, differences(Json::toJson(stored), Json::toJson(it->card)));
    }
    QHash<QString, Voucher> rebuiltVouchers;
    for (auto it = rebuilt.cbegin(); it != rebuilt.cend(); ++it) {
        if (!storedCards.contains(it.key()))
            report.problems << u"card %1 is in the ledger but not stored"_s.arg(it.key());
        for (const Voucher &v : it->vouchers)
            rebuiltVouchers.insert(v.id, v);
    }

    sql::Statement vouchers(d, u"SELECT %1 FROM vouchers"_s.arg(sql::voucherColumns));
    if (auto r = vouchers.exec(); !r)
        return r.error();
    while (vouchers.next()) {
        ++report.vouchers;
        auto stored = sql::voucherFromRow(vouchers.query());
        if (!stored) {
            report.problems << u"voucher %1 cannot be read: %2"_s.arg(stored.error().subject,
                                                                      stored.error().detail);
            continue;
        }
        auto it = rebuiltVouchers.find(stored->id);
        if (it == rebuiltVouchers.end()) {
            report.problems << u"voucher %1 is stored but not in the ledger"_s.arg(stored->id);
            continue;
        }
        if (!(*it == stored.value()))
            report.problems << u"voucher %1: %2"_s.arg(
                stored->id, differences(Json::toJson(stored.value(), now), Json::toJson(*it, now)));
        rebuiltVouchers.erase(it);
    }
    for (auto it = rebuiltVouchers.cbegin(); it != rebuiltVouchers.cend(); ++it)
        report.problems << u"voucher %1 is in the ledger but not stored"_s.arg(it.key());

    auto stored = this->programme();
    if (!stored)
        report.problems << u"the programme cannot be read: "_s + stored.error().detail;
    else if (!programme)
        report.problems << u"the programme is not in the ledger"_s;
    else if (!(*programme == stored.value()))
        report.problems << u"programme: "_s
                + differences(Json::toJson(stored.value()), Json::toJson(*programme));

    // The stock of POS codes is not in the ledger either; a code it marks
    // as used must be the one the ledger attached to that voucher.
    sql::Statement codes(d,
                         u"SELECT p.code, p.voucher_id, v.pos_code FROM pos_codes p "
                         "LEFT JOIN vouchers v ON v.id = p.voucher_id "
                         "WHERE p.voucher_id IS NOT NULL"_s);
    if (auto r = codes.exec(); !r)
        return r.error();
    while (codes.next()) {
        if (codes.value(0).toString() != codes.value(2).toString())
            report.problems
                << u"POS code %1 is marked as used by voucher %2, which carries %3"_s.arg(
                       codes.value(0).toString(), codes.value(1).toString(),
                       codes.value(2).isNull() ? u"no code"_s : codes.value(2).toString());
    }

    // The keys are not in the ledger; a private seed must still belong to
    // its public key, or the codes this register signs would not verify.
    sql::Statement keys(d, u"SELECT shop, number, public_key, seed FROM keys"_s);
    if (auto r = keys.exec(); !r)
        return r.error();
    bool shopHasKey = false;
    while (keys.next()) {
        const KeyId id{quint16(keys.value(0).toUInt()), quint8(keys.value(1).toUInt())};
        shopHasKey = shopHasKey || id.shop == registerInfo().shop;
        if (keys.value(3).isNull())
            continue;
        const auto key = SigningKey::fromSeed(id, keys.value(3).toByteArray());
        if (!key || key->publicKey().bytes != keys.value(2).toByteArray())
            report.problems
                << u"key %1 of shop %2: the private seed does not match the public key"_s
                       .arg(id.number)
                       .arg(id.shop);
    }
    if (!shopHasKey)
        report.problems << u"the register holds no key of its shop %1"_s.arg(registerInfo().shop);
    return report;
}

} // namespace stampdesk
