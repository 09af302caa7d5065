// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/event.h"
#include "store/storeerror.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QString>
#include <QTimer>

#include <optional>

namespace stampdesk {

class Language;
class StaffSession;
class Store;

/// Today's activity at this register, newest first: cards made, stamps
/// added and undone, vouchers issued and redeemed. A stamp or a redemption
/// made by mistake can be taken back here: by the cashier alone within
/// Rules::undoWindow, later only with a manager's approval (the window asks
/// for a manager's PIN when undo() says NeedsManager, and the undo goes on
/// by itself once the manager approved).
class ActivityModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Shell makes the one ActivityModel.")
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    Q_PROPERTY(bool awaitingManager READ awaitingManager NOTIFY changed FINAL)
    Q_PROPERTY(bool failed READ failed NOTIFY changed FINAL)
    Q_PROPERTY(QString message READ message NOTIFY changed FINAL)

public:
    enum Role {
        TimeRole = Qt::UserRole + 1, ///< "09:41", in the current locale
        AtRole, ///< QDateTime
        KindRole, ///< what happened, in words
        TypeRole, ///< the event's stable type, e.g. "stamps.added"
        CardRole, ///< the customer's name, or the card number without one
        StaffRole,
        DetailRole, ///< "+2 stamps", the reward, a reason
        UndoneRole, ///< taken back since
        CanUndoRole,
        NeedsManagerRole, ///< can be undone, but only with a manager's approval
    };
    Q_ENUM(Role)

    enum class UndoResult {
        Undone,
        NeedsManager, ///< waits for a manager's approval; awaitingManager is true
        Refused, ///< message says why
    };
    Q_ENUM(UndoResult)

    /// The store and the language must outlive the model.
    ActivityModel(Store &store, const Language &language, QObject *parent = nullptr);
    ~ActivityModel() override;

    /// Who undoes, and who approves beyond the window. It may be destroyed
    /// first.
    void setStaff(StaffSession *staff);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    bool awaitingManager() const { return !m_pendingEventId.isEmpty(); }
    /// Whether the last undo (or reading the activity) failed.
    bool failed() const { return m_failed; }
    /// The last undo's result or refusal, in the current language.
    QString message() const;

    /// Takes back the stamps or the redemption of row.
    Q_INVOKABLE stampdesk::ActivityModel::UndoResult undo(int row);
    /// Takes back the newest action that can be (Ctrl+Z).
    Q_INVOKABLE stampdesk::ActivityModel::UndoResult undoLast();
    /// The manager did not approve (the PIN dialog was closed).
    Q_INVOKABLE void cancelApproval();

    /// What an event is, in a word or two ("Voucher redeemed").
    static QString kindText(const Event &event);

public Q_SLOTS:
    /// Reads today's activity again.
    void refresh();

Q_SIGNALS:
    void countChanged();
    void changed();
    /// Something was taken back: the counter reads its card again.
    void undone();
    /// An undo waits for a manager's PIN.
    void managerNeeded();

private:
    struct Row
    {
        Event event;
        bool undone = false;
        bool undoable = false; ///< a stamp or a redemption still standing
    };
    enum class Problem { None, NotSignedIn, NotUndoable };

    bool needsManager(const Row &row) const;
    QString kindText(const Row &row) const;
    QString detailText(const Row &row) const;
    QString cardText(const Row &row) const;
    QString rewardName(const QString &voucherId) const;
    UndoResult takeBack(const Row &row);
    void fail(const StoreError &error);
    void fail(Problem problem);
    void onApproved();
    void tick();

    Store &m_store;
    const Language &m_language;
    QPointer<StaffSession> m_staff;
    QTimer m_clock;
    QDate m_day; ///< the day shown
    QList<Row> m_rows;
    QHash<QString, QString> m_cardNames; ///< card id → name, read once per refresh
    mutable QHash<QString, std::optional<Voucher>> m_vouchers; ///< read when first shown
    QString m_pendingEventId; ///< the undo waiting for a manager
    bool m_failed = false;
    bool m_didUndo = false;
    std::optional<StoreError> m_error;
    Problem m_problem = Problem::None;
};

} // namespace stampdesk
