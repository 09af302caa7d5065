// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/voucher.h"

#include <QAbstractListModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QString>

namespace stampdesk {

class Language;

/// A voucher as the counter shows it: a value made at a moment, its words
/// in the UI language of that moment (made again when the language
/// changes). Whether it can be consumed here is the rules' answer, made by
/// whoever builds the view; QML only shows it.
struct VoucherView
{
    Q_GADGET
    QML_VALUE_TYPE(voucherView)
    Q_DECLARE_TR_FUNCTIONS(VoucherView)
    Q_PROPERTY(QString id MEMBER id FINAL)
    Q_PROPERTY(QString displayId MEMBER displayId FINAL)
    Q_PROPERTY(QString cardId MEMBER cardId FINAL)
    Q_PROPERTY(QString cardName MEMBER cardName FINAL)
    Q_PROPERTY(int cycle MEMBER cycle FINAL)
    Q_PROPERTY(QString rewardName MEMBER rewardName FINAL)
    Q_PROPERTY(QString rewardDescription MEMBER rewardDescription FINAL)
    Q_PROPERTY(QString redeemCode MEMBER redeemCode FINAL)
    Q_PROPERTY(bool selfRedeem MEMBER selfRedeem FINAL)
    Q_PROPERTY(QString modeText MEMBER modeText FINAL)
    Q_PROPERTY(bool ready MEMBER ready FINAL)
    Q_PROPERTY(QString stateText MEMBER stateText FINAL)
    Q_PROPERTY(QString expiryText MEMBER expiryText FINAL)
    Q_PROPERTY(bool canRedeemHere MEMBER canRedeemHere FINAL)

public:
    QString id;
    QString displayId; ///< the id in groups of four
    QString cardId;
    QString cardName;
    int cycle = 0;
    QString rewardName; ///< in the UI language, else the other one
    QString rewardDescription;
    QString redeemCode; ///< the POS code if it has one, else ours as printed: "ABCDE-FGHJK"
    bool selfRedeem = false;
    QString modeText; ///< how it is redeemed, in words
    bool ready = false; ///< issued, and neither redeemed, voided nor expired
    QString stateText;
    QString expiryText; ///< "Valid until …", "Expired on …" or "Does not expire"
    bool canRedeemHere = false; ///< a cashier may consume it at this register now

    /// The view of voucher v of a card, in language ("vi", "en"), at now.
    static VoucherView of(const Voucher &v, const QString &cardName, QStringView language,
                          const QDateTime &now, bool canRedeemHere);

    friend bool operator==(const VoucherView &, const VoucherView &) = default;
};

/// The ready vouchers of the card at the counter, for the list with a
/// Redeem button each. Rows are set whole when a card is shown or changes;
/// their words follow the UI language.
class VoucherListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The checkout session fills the voucher list.")
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role {
        VoucherIdRole = Qt::UserRole + 1,
        RewardNameRole,
        ExpiryRole, ///< QDateTime; invalid when the voucher does not expire
        ExpiryTextRole,
        RedeemCodeRole,
        ModeRole, ///< how it is redeemed, in words
        SelfRedeemRole,
        CanRedeemHereRole,
    };
    Q_ENUM(Role)

    /// A voucher and the rules' answer to whether a cashier may redeem it here.
    struct Row
    {
        Voucher voucher;
        bool canRedeemHere = false;
    };

    /// The language must outlive the model.
    explicit VoucherListModel(const Language &language, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    /// The view of the voucher in row (for tests and the session).
    VoucherView view(int row) const;

    void setRows(QList<Row> rows, const QString &cardName, const QDateTime &now);
    void clear();

    /// The Redeem button of a row: the checkout shows that voucher.
    Q_INVOKABLE void redeem(int row);

Q_SIGNALS:
    void countChanged();
    void redeemAsked(const QString &voucherId);

private:
    const Language &m_language;
    QList<Row> m_rows;
    QString m_cardName;
    QDateTime m_now;
};

} // namespace stampdesk
