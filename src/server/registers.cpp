// SPDX-License-Identifier: Apache-2.0
// ServerStore's registers: one-time pairing codes, bearer tokens (kept only
// as hashes) and revocation.
#include "core/ids.h"
#include "serverstore.h"
#include "store/sql.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace stampdesk::server {

namespace {

using sql::Statement;
using sql::writeTransaction;

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

PairedRegister registerFromRow(const Statement &row)
{
    return PairedRegister{row.value(0).toString(), row.value(1).toString(),
                          sql::toTime(row.value(2)), sql::toOptionalTime(row.value(3))};
}

} // namespace

StoreResult<QString> ServerStore::newPairingCode()
{
    QString code;
    for (int i = 0; i < 8; ++i)
        code += Ids::alphabet[QRandomGenerator::system()->bounded(int(Ids::alphabet.size()))];
    const QDateTime created = now();
    auto stored = writeTransaction<Done>(db(), [&] {
        return Statement(db(),
                         QStringLiteral("INSERT INTO pairing_codes (hash, created_at, "
                                        "expires_at) VALUES (?, ?, ?)"))
            .bindAll({sha256Hex(code), sql::fromTime(created),
                      sql::fromTime(created.addSecs(pairingCodeLifetimeSeconds))})
            .exec();
    });
    if (!stored)
        return stored.error();
    return code.left(4) + u'-' + code.mid(4);
}

StoreResult<std::optional<Pairing>>
ServerStore::pair(const QString &code, const QString &registerId, const QString &registerName)
{
    using R = StoreResult<std::optional<Pairing>>;
    const QDateTime at = now();
    return writeTransaction<std::optional<Pairing>>(db(), [&]() -> R {
        Statement found(db(),
                        QStringLiteral("SELECT expires_at, used_by FROM pairing_codes "
                                       "WHERE hash = ?"));
        found.bind(sha256Hex(Ids::normalise(code)));
        if (auto r = found.exec(); !r)
            return r.error();
        if (!found.next() || sql::toTime(found.value(0)) <= at)
            return std::optional<Pairing>();
        const QString usedBy = found.value(1).toString();
        if (!found.value(1).isNull()) {
            // The same register again: its answer was lost. A revoked
            // register stays revoked.
            if (usedBy != registerId)
                return std::optional<Pairing>();
            auto revoked = Statement(db(),
                                     QStringLiteral("SELECT revoked_at IS NOT NULL FROM "
                                                    "registers WHERE id = ?"))
                               .bind(registerId)
                               .scalar();
            if (!revoked)
                return revoked.error();
            if (revoked->toBool())
                return std::optional<Pairing>();
        }
        if (auto r = Statement(db(),
                               QStringLiteral("UPDATE pairing_codes SET used_at = ?, "
                                              "used_by = ? WHERE hash = ?"))
                         .bindAll({sql::fromTime(at), registerId, sha256Hex(Ids::normalise(code))})
                         .exec();
            !r)
            return r.error();
        const QString token = newToken();
        // A new token replaces the register's old one, which stops working.
        if (auto r =
                Statement(db(),
                          QStringLiteral("INSERT INTO registers (id, name, token_hash, paired_at) "
                                         "VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                                         "name = excluded.name, token_hash = excluded.token_hash, "
                                         "paired_at = excluded.paired_at, revoked_at = NULL"))
                    .bindAll({registerId, registerName, sha256Hex(token), sql::fromTime(at)})
                    .exec();
            !r)
            return r.error();
        auto name = shopName();
        if (!name)
            return name.error();
        return std::optional<Pairing>(Pairing{token, registerId, m_shop, name.value()});
    });
}

StoreResult<std::optional<PairedRegister>> ServerStore::registerForToken(const QString &token) const
{
    Statement row(db(),
                  QStringLiteral("SELECT id, name, paired_at, revoked_at FROM registers "
                                 "WHERE token_hash = ? AND revoked_at IS NULL"));
    row.bind(sha256Hex(token));
    if (auto r = row.exec(); !r)
        return r.error();
    if (!row.next())
        return std::optional<PairedRegister>();
    return std::optional<PairedRegister>(registerFromRow(row));
}

StoreResult<QList<PairedRegister>> ServerStore::registers() const
{
    Statement rows(db(),
                   QStringLiteral("SELECT id, name, paired_at, revoked_at FROM registers "
                                  "ORDER BY paired_at, id"));
    if (auto r = rows.exec(); !r)
        return r.error();
    QList<PairedRegister> list;
    while (rows.next())
        list.append(registerFromRow(rows));
    return list;
}

StoreResult<Done> ServerStore::revoke(const QString &registerId)
{
    return writeTransaction<Done>(db(), [&]() -> StoreResult<Done> {
        Statement update(db(),
                         QStringLiteral("UPDATE registers SET revoked_at = "
                                        "coalesce(revoked_at, ?) WHERE id = ?"));
        update.bindAll({sql::fromTime(now()), registerId});
        if (auto r = update.exec(); !r)
            return r;
        if (update.query().numRowsAffected() == 0)
            return StoreError::notFound(registerId);
        return Done{};
    });
}

} // namespace stampdesk::server
