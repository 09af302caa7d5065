// SPDX-License-Identifier: Apache-2.0
#include "stafflistmodel.h"

#include "store/store.h"

namespace stampdesk {

StaffListModel::StaffListModel(Store &store, bool activeOnly, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_activeOnly(activeOnly)
{
    reload();
}

int StaffListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant StaffListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffMember &member = m_members.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return member.name;
    case StaffIdRole:
        return member.id;
    case IsManagerRole:
        return member.role == StaffRole::Manager;
    case ActiveRole:
        return member.active;
    default:
        return {};
    }
}

QHash<int, QByteArray> StaffListModel::roleNames() const
{
    return {
        {StaffIdRole, "staffId"},
        {NameRole, "name"},
        {IsManagerRole, "isManager"},
        {ActiveRole, "active"},
    };
}

QVariantList StaffListModel::list() const
{
    QVariantList all;
    for (const StaffMember &m : m_members) {
        all.append(QVariantMap{{QStringLiteral("staffId"), m.id},
                               {QStringLiteral("name"), m.name},
                               {QStringLiteral("isManager"), m.role == StaffRole::Manager},
                               {QStringLiteral("active"), m.active}});
    }
    return all;
}

QString StaffListModel::staffIdAt(int row) const
{
    return row >= 0 && row < count() ? m_members.at(row).id : QString();
}

QString StaffListModel::nameAt(int row) const
{
    return row >= 0 && row < count() ? m_members.at(row).name : QString();
}

void StaffListModel::reload()
{
    // A store that cannot be read shows nobody; the page that changed the
    // staff says why.
    auto read = m_store.staff();
    QList<StaffMember> members = read ? std::move(read).value() : QList<StaffMember>();
    if (m_activeOnly)
        members.removeIf([](const StaffMember &m) { return !m.active; });
    if (members == m_members)
        return;
    const bool countChanges = members.size() != m_members.size();
    beginResetModel();
    m_members = std::move(members);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
    Q_EMIT membersChanged();
}

} // namespace stampdesk
