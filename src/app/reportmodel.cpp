// SPDX-License-Identifier: Apache-2.0
#include "reportmodel.h"

#include "language.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#include <array>

namespace stampdesk {

namespace {

using namespace Qt::StringLiterals;

// The figures, in the order of the page and of the CSV file's columns.
struct Figure
{
    const char *label;
    const char *column; ///< the CSV header: stable, never translated
    int Totals::*value;
};

const std::array<Figure, 6> figures{{
    {QT_TRANSLATE_NOOP("stampdesk::ReportModel", "Stamps added"), "stamps_added",
     &Totals::stampsAdded},
    {QT_TRANSLATE_NOOP("stampdesk::ReportModel", "Vouchers issued"), "vouchers_issued",
     &Totals::vouchersIssued},
    {QT_TRANSLATE_NOOP("stampdesk::ReportModel", "Vouchers redeemed"), "vouchers_redeemed",
     &Totals::vouchersRedeemed},
    {QT_TRANSLATE_NOOP("stampdesk::ReportModel", "Cards created"), "cards_created",
     &Totals::cardsCreated},
    {QT_TRANSLATE_NOOP("stampdesk::ReportModel", "Stamps undone"), "stamps_undone",
     &Totals::stampsUndone},
    {QT_TRANSLATE_NOOP("stampdesk::ReportModel", "Redemptions undone"), "redemptions_undone",
     &Totals::redemptionsUndone},
}};

} // namespace

ReportModel::ReportModel(Store &store, const Language &language, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_language(language)
{
    // Labels, numbers and dates follow the language.
    connect(&language, &Language::changed, this, [this] {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        Q_EMIT titlesChanged();
    });
    reload();
}

int ReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(figures.size());
}

QVariant ReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Figure &figure = figures.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return tr(figure.label);
    case TodayRole:
        return locale.toString(m_today.*figure.value);
    case MonthRole:
        return locale.toString(m_month.*figure.value);
    case TodayValueRole:
        return m_today.*figure.value;
    case MonthValueRole:
        return m_month.*figure.value;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReportModel::roleNames() const
{
    return {
        {LabelRole, "label"},           {TodayRole, "today"},           {MonthRole, "month"},
        {TodayValueRole, "todayValue"}, {MonthValueRole, "monthValue"},
    };
}

// Days begin at midnight on the register's clock, where the shop is.
QDateTime ReportModel::startOf(const QDate &day) const
{
    return day.startOfDay();
}

QString ReportModel::todayTitle() const
{
    //: Above the figures of today; %1 is the date
    return tr("Today, %1").arg(QLocale().toString(m_day, QLocale::LongFormat));
}

QString ReportModel::monthTitle() const
{
    return QLocale().toString(m_day, u"MMMM yyyy"_s);
}

QString ReportModel::defaultExportPath() const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(u"stampdesk-report-%1.csv"_s.arg(m_day.toString(u"yyyy-MM"_s)));
}

void ReportModel::reload()
{
    m_day = m_store.now().toLocalTime().date();
    const QDate first(m_day.year(), m_day.month(), 1);
    const QDateTime tomorrow = startOf(m_day.addDays(1));
    const auto today = m_store.totals(startOf(m_day), tomorrow);
    const auto month = m_store.totals(startOf(first), startOf(first.addMonths(1)));
    m_today = today ? today.value() : Totals{};
    m_month = month ? month.value() : Totals{};
    if (!today || !month)
        m_problem = (today ? month.error() : today.error()).message();
    Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    Q_EMIT titlesChanged();
    Q_EMIT exportChanged();
}

bool ReportModel::exportCsv(const QString &pathOrUrl)
{
    reload();
    const QUrl url(pathOrUrl);
    QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl.trimmed();
    if (path.isEmpty())
        path = defaultExportPath();
    QDir().mkpath(QFileInfo(path).absolutePath());

    // A row a day of the month so far, then the month's total: numbers as
    // a spreadsheet reads them in any locale, dates in ISO form.
    QByteArray csv = "date";
    for (const Figure &figure : figures)
        csv += ',' + QByteArray(figure.column);
    csv += '\n';
    const auto row = [&csv](const QString &date, const Totals &totals) {
        csv += date.toUtf8();
        for (const Figure &figure : figures)
            csv += ',' + QByteArray::number(totals.*figure.value);
        csv += '\n';
    };
    for (QDate day(m_day.year(), m_day.month(), 1); day <= m_day; day = day.addDays(1)) {
        const auto totals = m_store.totals(startOf(day), startOf(day.addDays(1)));
        if (!totals) {
            fail(totals.error().message());
            return false;
        }
        row(day.toString(Qt::ISODate), totals.value());
    }
    row(m_day.toString(u"yyyy-MM"_s), m_month);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        //: %1 is a file's path, %2 the system's reason
        fail(tr("The report cannot be saved to %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_savedPath = QFileInfo(path).absoluteFilePath();
    m_problem.clear();
    Q_EMIT exportChanged();
    return true;
}

void ReportModel::fail(const QString &problem)
{
    m_problem = problem;
    Q_EMIT exportChanged();
}

} // namespace stampdesk
