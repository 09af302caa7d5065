// SPDX-License-Identifier: Apache-2.0
// What happened at the shop, read from the ledger: totals for reports and
// this register's recent activity.
#include "sql.h"
#include "store.h"

namespace stampdesk {

using namespace Qt::StringLiterals;

StoreResult<Totals> Store::totals(const QDateTime &from, const QDateTime &to) const
{
    // Every register's events (the ledger holds what sync brought in too);
    // stamps are summed from the events' counts, everything else counted.
    sql::Statement q(db(),
                     u"SELECT type, count(*), "
                     "coalesce(sum(CASE WHEN type IN ('stamps.added', 'stamps.undone') "
                     "THEN json_extract(data, '$.count') END), 0) "
                     "FROM events WHERE at >= ? AND at < ? GROUP BY type"_s);
    q.bindAll({sql::fromTime(from), sql::fromTime(to)});
    if (auto r = q.exec(); !r)
        return r.error();
    Totals t;
    while (q.next()) {
        const QString type = q.value(0).toString();
        const int events = q.value(1).toInt();
        const int stamps = q.value(2).toInt();
        if (type == u"card.created")
            t.cardsCreated = events;
        else if (type == u"stamps.added")
            t.stampsAdded = stamps;
        else if (type == u"stamps.undone")
            t.stampsUndone = stamps;
        else if (type == u"voucher.issued")
            t.vouchersIssued = events;
        else if (type == u"voucher.redeemed")
            t.vouchersRedeemed = events;
        else if (type == u"voucher.redemption-undone")
            t.redemptionsUndone = events;
    }
    return t;
}

StoreResult<QList<Event>> Store::registerEvents(const QDateTime &since, int limit) const
{
    sql::Statement q(db(),
                     u"SELECT %1 FROM events WHERE register_id = ? AND at >= ? "
                     "ORDER BY seq DESC LIMIT ?"_s.arg(sql::eventColumns));
    q.bindAll({m_register.id,
               since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min(),
               limit});
    if (auto r = q.exec(); !r)
        return r.error();
    QList<Event> out;
    while (q.next()) {
        auto e = sql::eventFromRow(q.query());
        if (!e)
            return e.error();
        out.append(std::move(e).value());
    }
    return out;
}

} // namespace stampdesk
