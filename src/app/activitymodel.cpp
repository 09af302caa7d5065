// SPDX-License-Identifier: Apache-2.0
#include "activitymodel.h"

#include "core/ids.h"
#include "core/rules.h"
#include "language.h"
#include "staffsession.h"
#include "store/store.h"

#include <QLocale>

namespace stampdesk {

namespace {

const QString stampsAdded = QStringLiteral("stamps.added");
const QString stampsUndone = QStringLiteral("stamps.undone");
const QString voucherRedeemed = QStringLiteral("voucher.redeemed");
const QString redemptionUndone = QStringLiteral("voucher.redemption-undone");

// Book-keeping of the ledger that a cashier does not need to see.
bool shown(const Event &e)
{
    return e.type() != u"voucher.code-attached";
}

} // namespace

ActivityModel::ActivityModel(Store &store, const Language &language, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_language(language)
{
    // The words are made when read; the undo windows close as time passes,
    // and at midnight a new day starts. Rows stay where they are (a list
    // scrolled down stays scrolled).
    connect(&language, &Language::changed, this, [this] {
        if (count() > 0)
            Q_EMIT dataChanged(index(0), index(count() - 1));
        Q_EMIT changed();
    });
    connect(&m_clock, &QTimer::timeout, this, &ActivityModel::tick);
    m_clock.setInterval(std::chrono::minutes(1));
    m_clock.start();
    refresh();
}

ActivityModel::~ActivityModel() = default;

void ActivityModel::setStaff(StaffSession *staff)
{
    if (m_staff)
        disconnect(m_staff, nullptr, this, nullptr);
    m_staff = staff;
    if (staff)
        connect(staff, &StaffSession::approved, this, &ActivityModel::onApproved);
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ActivityModel::roleNames() const
{
    return {
        {TimeRole, "time"},       {AtRole, "at"},
        {KindRole, "kind"},       {TypeRole, "type"},
        {CardRole, "card"},       {StaffRole, "staff"},
        {DetailRole, "detail"},   {UndoneRole, "undone"},
        {CanUndoRole, "canUndo"}, {NeedsManagerRole, "needsManager"},
    };
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case TimeRole:
        return QLocale().toString(row.event.at.toLocalTime().time(), QLocale::ShortFormat);
    case AtRole:
        return row.event.at;
    case Qt::DisplayRole:
    case KindRole:
        return kindText(row);
    case TypeRole:
        return row.event.type();
    case CardRole:
        return cardText(row);
    case StaffRole:
        return row.event.staff;
    case DetailRole:
        return detailText(row);
    case UndoneRole:
        return row.undone;
    case CanUndoRole:
        return row.undoable;
    case NeedsManagerRole:
        return needsManager(row);
    }
    return {};
}

bool ActivityModel::needsManager(const Row &row) const
{
    return row.undoable && !Rules::withinUndoWindow(row.event.at, m_store.now());
}

QString ActivityModel::kindText(const Row &row) const
{
    return kindText(row.event);
}

QString ActivityModel::kindText(const Event &event)
{
    const QString type = event.type();
    if (type == u"card.created")
        //: In today's activity: a card was made
        return tr("New card");
    if (type == u"card.status-changed")
        //: In today's activity: a card was blocked or unblocked
        return tr("Card status changed");
    if (type == stampsAdded)
        return tr("Stamps added");
    if (type == stampsUndone)
        return tr("Stamps undone");
    if (type == u"voucher.issued")
        return tr("Voucher issued");
    if (type == voucherRedeemed)
        return tr("Voucher redeemed");
    if (type == u"voucher.voided")
        return tr("Voucher voided");
    if (type == redemptionUndone)
        return tr("Redemption undone");
    if (type == u"programme.changed")
        return tr("Programme changed");
    return type;
}

QString ActivityModel::detailText(const Row &row) const
{
    const Event &e = row.event;
    if (const auto *added = e.as<Events::StampsAdded>())
        //: In today's activity: stamps added to a card
        return tr("+%n stamp(s)", nullptr, added->count);
    if (const auto *undone = e.as<Events::StampsUndone>())
        //: In today's activity: stamps taken back
        return tr("−%n stamp(s)", nullptr, undone->count);
    if (const auto *voided = e.as<Events::VoucherVoided>())
        return voided->reason == Events::undoVoidReason ? tr("The stamps were undone")
                                                        : voided->reason;
    if (const auto *created = e.as<Events::CardCreated>())
        return created->phone.isEmpty() ? QString() : tr("with a phone number");
    if (!e.voucherId.isEmpty())
        return rewardName(e.voucherId);
    return {};
}

QString ActivityModel::cardText(const Row &row) const
{
    const QString &id = row.event.cardId;
    if (id.isEmpty())
        return {};
    const QString name = m_cardNames.value(id);
    return name.isEmpty() ? Ids::formatCardId(id) : name;
}

QString ActivityModel::rewardName(const QString &voucherId) const
{
    auto cached = m_vouchers.constFind(voucherId);
    if (cached == m_vouchers.cend()) {
        auto read = m_store.voucher(voucherId);
        cached = m_vouchers.insert(voucherId, read ? std::optional(read.value()) : std::nullopt);
    }
    return cached.value() ? cached.value()->reward.name(m_language.code()) : QString();
}

QString ActivityModel::message() const
{
    if (m_error)
        return m_error->message();
    switch (m_problem) {
    case Problem::None:
        break;
    case Problem::NotSignedIn:
        return tr("Nobody is signed in. Sign in first: every undo is recorded under the name of "
                  "the staff member signed in.");
    case Problem::NotUndoable:
        return tr("Only stamps and redemptions can be taken back, once.");
    }
    if (awaitingManager())
        return tr("This was more than %n minute(s) ago: a manager's PIN is needed to take it back.",
                  nullptr, int(Rules::undoWindow.count()));
    return m_didUndo ? tr("Taken back.") : QString();
}

void ActivityModel::tick()
{
    if (m_store.now().toLocalTime().date() != m_day)
        return refresh();
    if (count() > 0)
        Q_EMIT dataChanged(index(0), index(count() - 1), {NeedsManagerRole});
}

void ActivityModel::refresh()
{
    m_day = m_store.now().toLocalTime().date();
    const QDateTime startOfToday = m_day.startOfDay();
    auto events = m_store.registerEvents(startOfToday);
    if (!events) {
        fail(events.error());
        return;
    }
    // What was taken back: read oldest first, so that an undo of a
    // redemption clears it and a later redemption stands again.
    QSet<QString> undoneStamps;
    QHash<QString, QString> standingRedemption; // voucher id → event id
    QSet<QString> undoneRedemptions;
    for (auto e = events->crbegin(); e != events->crend(); ++e) {
        if (const auto *undone = e->as<Events::StampsUndone>())
            undoneStamps.insert(undone->undoneEventId);
        else if (e->type() == voucherRedeemed)
            standingRedemption.insert(e->voucherId, e->id);
        else if (e->type() == redemptionUndone)
            undoneRedemptions.insert(standingRedemption.take(e->voucherId));
    }

    QList<Row> rows;
    QHash<QString, QString> names;
    for (const Event &e : events.value()) {
        if (!shown(e))
            continue;
        Row row{e};
        if (e.type() == stampsAdded) {
            row.undone = undoneStamps.contains(e.id);
            row.undoable = !row.undone;
        } else if (e.type() == voucherRedeemed) {
            row.undone = undoneRedemptions.contains(e.id);
            row.undoable = standingRedemption.value(e.voucherId) == e.id;
        }
        if (!e.cardId.isEmpty() && !names.contains(e.cardId)) {
            const auto card = m_store.card(e.cardId);
            names.insert(e.cardId, card ? card->name : QString());
        }
        rows.append(std::move(row));
    }

    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    m_cardNames = std::move(names);
    m_vouchers.clear();
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}

ActivityModel::UndoResult ActivityModel::undo(int row)
{
    m_error.reset();
    m_problem = Problem::None;
    m_didUndo = false;
    if (row < 0 || row >= count() || !m_rows.at(row).undoable) {
        fail(Problem::NotUndoable);
        return UndoResult::Refused;
    }
    if (!m_staff || !m_staff->signedIn()) {
        fail(Problem::NotSignedIn);
        return UndoResult::Refused;
    }
    const Row target = m_rows.at(row);
    // Beyond the window a manager approves first; the approval is used up
    // by this undo.
    if (needsManager(target) && !m_staff->takeApproval()) {
        m_pendingEventId = target.event.id;
        m_failed = false;
        Q_EMIT changed();
        Q_EMIT managerNeeded();
        return UndoResult::NeedsManager;
    }
    m_pendingEventId.clear();
    return takeBack(target);
}

ActivityModel::UndoResult ActivityModel::takeBack(const Row &row)
{
    const QString staff = m_staff->name();
    const bool approved = needsManager(row);
    StoreResult<Outcome> done = StoreError{};
    if (row.event.type() == stampsAdded) {
        done = m_store.undo(row.event.id, staff);
    } else {
        // The ledger's reason names the manager who approved a late one.
        const QString reason = approved
            ? QStringLiteral("undone at the register, approved by %1").arg(m_staff->approvedBy())
            : QStringLiteral("undone at the register");
        done = m_store.undoRedemption(row.event.voucherId, reason, staff);
    }
    if (!done) {
        fail(done.error());
        return UndoResult::Refused;
    }
    m_failed = false;
    m_didUndo = true;
    refresh();
    Q_EMIT changed();
    Q_EMIT undone();
    return UndoResult::Undone;
}

ActivityModel::UndoResult ActivityModel::undoLast()
{
    for (int row = 0; row < count(); ++row) {
        if (m_rows.at(row).undoable)
            return undo(row);
    }
    return undo(-1);
}

void ActivityModel::cancelApproval()
{
    if (m_pendingEventId.isEmpty())
        return;
    m_pendingEventId.clear();
    Q_EMIT changed();
}

void ActivityModel::onApproved()
{
    if (m_pendingEventId.isEmpty())
        return;
    for (int row = 0; row < count(); ++row) {
        if (m_rows.at(row).event.id == m_pendingEventId) {
            undo(row);
            return;
        }
    }
    // Gone from today's list meanwhile (midnight): nothing to take back.
    cancelApproval();
}

void ActivityModel::fail(const StoreError &error)
{
    m_error = error;
    m_problem = Problem::None;
    m_failed = true;
    m_didUndo = false;
    m_pendingEventId.clear();
    Q_EMIT changed();
}

void ActivityModel::fail(Problem problem)
{
    m_error.reset();
    m_problem = problem;
    m_failed = true;
    m_didUndo = false;
    m_pendingEventId.clear();
    Q_EMIT changed();
}

} // namespace stampdesk
