// SPDX-License-Identifier: Apache-2.0
// This register's identity, read again from the file: the app's sync worker
// pairs on a connection of its own, and the window's store must then trust
// the shop's keys (docs/sync.md).
#include "sql.h"
#include "store.h"

namespace stampdesk {

StoreResult<Done> Store::reloadRegisterInfo()
{
    sql::Statement meta(db(), QStringLiteral("SELECT key, value FROM meta"));
    if (auto r = meta.exec(); !r)
        return r;
    RegisterInfo info;
    while (meta.next()) {
        const QString key = meta.value(0).toString();
        const QString value = meta.value(1).toString();
        if (key == u"register_id")
            info.id = value;
        else if (key == u"register_name")
            info.name = value;
        else if (key == u"location")
            info.location = value;
        else if (key == u"shop")
            info.shop = quint16(value.toUInt());
    }
    m_register = info;
    return Done{};
}

} // namespace stampdesk
