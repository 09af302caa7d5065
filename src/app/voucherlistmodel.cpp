// SPDX-License-Identifier: Apache-2.0
#include "voucherlistmodel.h"

#include "core/ids.h"
#include "language.h"

#include <QLocale>

namespace stampdesk {

namespace {

QString shortDate(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

QString modeWords(RedemptionMode mode)
{
    switch (mode) {
    case RedemptionMode::SelfRedeem:
        //: How a voucher is redeemed
        return VoucherView::tr("The customer redeems it on the phone");
    case RedemptionMode::StaffScan:
        //: How a voucher is redeemed
        return VoucherView::tr("The cashier confirms it");
    case RedemptionMode::RedeemCode:
        //: How a voucher is redeemed: with the short code printed on it
        return VoucherView::tr("Redeemed with its code");
    }
    return {};
}

QString stateWords(VoucherState state)
{
    switch (state) {
    case VoucherState::Issued:
        //: A voucher's state: it can be used
        return VoucherView::tr("Ready");
    case VoucherState::Redeemed:
        //: A voucher's state
        return VoucherView::tr("Redeemed");
    case VoucherState::Expired:
        //: A voucher's state
        return VoucherView::tr("Expired");
    case VoucherState::Voided:
        //: A voucher's state: cancelled, it can no longer be used
        return VoucherView::tr("Voided");
    }
    return {};
}

QString expiryWords(const Voucher &v, VoucherState state)
{
    if (!v.expiresAt)
        return VoucherView::tr("Does not expire");
    if (state == VoucherState::Expired)
        return VoucherView::tr("Expired on %1").arg(shortDate(*v.expiresAt));
    //: %1 is a date
    return VoucherView::tr("Valid until %1").arg(shortDate(*v.expiresAt));
}

} // namespace

VoucherView VoucherView::of(const Voucher &v, const QString &cardName, QStringView language,
                            const QDateTime &now, bool canRedeemHere)
{
    const VoucherState state = v.stateAt(now);
    VoucherView view;
    view.id = v.id;
    view.displayId = Ids::formatCardId(v.id);
    view.cardId = v.cardId;
    view.cardName = cardName;
    view.cycle = v.cycle;
    view.rewardName = v.reward.name(language);
    view.rewardDescription = v.reward.description(language);
    // A code the POS made is the one on the customer's receipt, as the POS
    // prints it; our own codes are shown in two groups.
    view.redeemCode = !v.posCode.isEmpty() ? v.posCode : Ids::formatRedeemCode(v.code);
    view.selfRedeem = v.mode == RedemptionMode::SelfRedeem;
    view.modeText = modeWords(v.mode);
    view.ready = state == VoucherState::Issued;
    view.stateText = stateWords(state);
    view.expiryText = expiryWords(v, state);
    view.canRedeemHere = canRedeemHere;
    return view;
}

VoucherListModel::VoucherListModel(const Language &language, QObject *parent)
    : QAbstractListModel(parent)
    , m_language(language)
{
    // The rows' words are made when read: a new language, new words.
    connect(&language, &Language::changed, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    });
}

int VoucherListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

VoucherView VoucherListModel::view(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    return VoucherView::of(r.voucher, m_cardName, m_language.code(), m_now, r.canRedeemHere);
}

QVariant VoucherListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const VoucherView v = view(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case RewardNameRole:
        return v.rewardName;
    case VoucherIdRole:
        return v.id;
    case ExpiryRole:
        return r.voucher.expiresAt ? *r.voucher.expiresAt : QDateTime();
    case ExpiryTextRole:
        return v.expiryText;
    case RedeemCodeRole:
        return v.redeemCode;
    case ModeRole:
        return v.modeText;
    case SelfRedeemRole:
        return v.selfRedeem;
    case CanRedeemHereRole:
        return v.canRedeemHere;
    }
    return {};
}

QHash<int, QByteArray> VoucherListModel::roleNames() const
{
    return {
        {VoucherIdRole, "voucherId"},   {RewardNameRole, "rewardName"},
        {ExpiryRole, "expiry"},         {ExpiryTextRole, "expiryText"},
        {RedeemCodeRole, "redeemCode"}, {ModeRole, "mode"},
        {SelfRedeemRole, "selfRedeem"}, {CanRedeemHereRole, "canRedeemHere"},
    };
}

void VoucherListModel::setRows(QList<Row> rows, const QString &cardName, const QDateTime &now)
{
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    m_cardName = cardName;
    m_now = now;
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}

void VoucherListModel::clear()
{
    setRows({}, {}, {});
}

void VoucherListModel::redeem(int row)
{
    if (row >= 0 && row < count())
        Q_EMIT redeemAsked(m_rows.at(row).voucher.id);
}

} // namespace stampdesk
