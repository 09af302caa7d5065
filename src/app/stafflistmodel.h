// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/staff.h"

#include <QAbstractListModel>
#include <QList>
#include <QQmlEngine>

namespace stampdesk {

class Store;

/// The shop's staff as a list: the big buttons of the sign-in screen (the
/// active members only) and the staff page of the settings (everyone,
/// active members first). reload() after a member was added or changed.
class StaffListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Staff lists are made by the application with its store.")
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    Q_PROPERTY(bool activeOnly READ activeOnly CONSTANT FINAL)
    /// The members as a list of {staffId, name, isManager, active}: for
    /// delegates that add their page to each entry (Qt 6.4's qmllint does
    /// not let a delegate see the ids around it).
    Q_PROPERTY(QVariantList list READ list NOTIFY membersChanged FINAL)

public:
    enum Role {
        StaffIdRole = Qt::UserRole + 1,
        NameRole,
        IsManagerRole,
        ActiveRole,
    };
    Q_ENUM(Role)

    /// Reads the staff at once. The store must outlive the model.
    StaffListModel(Store &store, bool activeOnly, QObject *parent = nullptr);

    int count() const { return int(m_members.size()); }
    bool activeOnly() const { return m_activeOnly; }
    const QList<StaffMember> &members() const { return m_members; }
    QVariantList list() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The id and the name of the member in row (empty for no such row).
    Q_INVOKABLE QString staffIdAt(int row) const;
    Q_INVOKABLE QString nameAt(int row) const;

    /// Reads the staff from the store again.
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();
    void membersChanged();

private:
    Store &m_store;
    bool m_activeOnly;
    QList<StaffMember> m_members;
};

} // namespace stampdesk
