// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/store.h"

#include <QAbstractListModel>
#include <QDate>
#include <QQmlEngine>
#include <QString>

namespace stampdesk {

class Language;

/// The reports page: what happened at the shop today and this month (one
/// row per figure: stamps, vouchers issued and redeemed, cards created ...),
/// with numbers and dates in the UI language's locale, and the month as a
/// CSV file for a spreadsheet.
class ReportModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application makes the report with its store.")
    Q_PROPERTY(QString todayTitle READ todayTitle NOTIFY titlesChanged FINAL)
    Q_PROPERTY(QString monthTitle READ monthTitle NOTIFY titlesChanged FINAL)
    Q_PROPERTY(QString defaultExportPath READ defaultExportPath NOTIFY titlesChanged FINAL)
    /// Where the last export went; empty before one.
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY exportChanged FINAL)
    Q_PROPERTY(QString problem READ problem NOTIFY exportChanged FINAL)

public:
    enum Role {
        LabelRole = Qt::UserRole + 1,
        TodayRole, ///< the figure of today, formatted
        MonthRole, ///< the figure of this month, formatted
        TodayValueRole,
        MonthValueRole,
    };
    Q_ENUM(Role)

    /// Reads the totals at once. The store and the language must outlive
    /// the model.
    ReportModel(Store &store, const Language &language, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString todayTitle() const;
    QString monthTitle() const;
    QString defaultExportPath() const;
    QString savedPath() const { return m_savedPath; }
    QString problem() const { return m_problem; }
    const Totals &today() const { return m_today; }
    const Totals &month() const { return m_month; }

    /// Reads today's and this month's totals again.
    Q_INVOKABLE void reload();
    /// Writes this month, a row a day and a total row, under a header row,
    /// to path (a file: URL too); defaultExportPath when empty.
    Q_INVOKABLE bool exportCsv(const QString &pathOrUrl = {});

Q_SIGNALS:
    void titlesChanged();
    void exportChanged();

private:
    QDateTime startOf(const QDate &day) const;
    void fail(const QString &problem);

    Store &m_store;
    const Language &m_language;
    QDate m_day;
    Totals m_today;
    Totals m_month;
    QString m_savedPath;
    QString m_problem;
};

} // namespace stampdesk
