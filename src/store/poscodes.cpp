// SPDX-License-Identifier: Apache-2.0
#include "poscodes.h"

#include "sql.h"
#include "store.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace stampdesk {

namespace PosCodes {

namespace {

using namespace Qt::StringLiterals;

bool codeChar(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
        || c == u'-';
}

// The first field of a CSV line: up to the first separator, or a quoted
// field with "" for a quote inside.
QString firstField(QStringView line)
{
    line = line.trimmed();
    if (line.startsWith(u'"')) {
        QString field;
        for (qsizetype i = 1; i < line.size(); ++i) {
            if (line.at(i) != u'"') {
                field += line.at(i);
            } else if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else {
                break;
            }
        }
        return field.trimmed();
    }
    qsizetype end = 0;
    while (end < line.size() && line.at(end) != u',' && line.at(end) != u';'
           && line.at(end) != u'\t')
        ++end;
    return line.left(end).trimmed().toString();
}

// What a POS export puts above its codes: a column title, in either of the
// shop's languages, or anything that is not a code.
bool isHeader(const QString &field)
{
    for (QStringView title : {u"code", u"codes", u"mã", u"ma"}) {
        if (field.compare(title, Qt::CaseInsensitive) == 0)
            return true;
    }
    return !looksLikeCode(field);
}

} // namespace

QString normalise(QStringView text)
{
    return text.trimmed().toString().toUpper();
}

bool looksLikeCode(QStringView text)
{
    if (text.size() < minLength || text.size() > maxLength)
        return false;
    if (!std::all_of(text.begin(), text.end(), codeChar))
        return false;
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c != u'-'; });
}

QList<Line> firstFields(const QByteArray &csv)
{
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    static const QRegularExpression lineEnd(u"\r\n|\n|\r"_s);
    const QStringList lines = QString::fromUtf8(bytes).split(lineEnd);
    QList<Line> out;
    bool headerSeen = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QString field = firstField(lines.at(i));
        // Only the first line that holds anything may be a header.
        const bool first = !headerSeen;
        headerSeen = true;
        if (first && isHeader(field))
            continue;
        out.append(Line{int(i + 1), field});
    }
    return out;
}

StoreResult<Done> attach(const QSqlDatabase &db, Outcome &outcome, const Context &context)
{
    const auto wantsCode = [](const Event &e) {
        const auto *issued = e.as<Events::VoucherIssued>();
        return issued && issued->voucher.mode == RedemptionMode::RedeemCode;
    };
    const auto wanting = std::count_if(outcome.events.cbegin(), outcome.events.cend(), wantsCode);
    if (wanting == 0)
        return Done{};
    sql::Statement q(db,
                     u"SELECT code FROM pos_codes WHERE voucher_id IS NULL "
                     "ORDER BY seq LIMIT ?"_s);
    q.bind(qint64(wanting));
    if (auto r = q.exec(); !r)
        return r;
    QStringList codes;
    while (q.next())
        codes.append(q.value(0).toString());

    QList<Event> events;
    CardState state = outcome.state;
    qsizetype next = 0;
    for (const Event &e : std::as_const(outcome.events)) {
        events.append(e);
        if (wantsCode(e) && next < codes.size()) {
            Outcome attached = Rules::attachPosCode(state, e.voucherId, codes.at(next++), context);
            events.append(attached.events);
            state = std::move(attached.state);
        }
    }
    outcome.events = std::move(events);
    outcome.state = std::move(state);
    return Done{};
}

StoreResult<Done> markAttached(const QSqlDatabase &db, const Outcome &outcome)
{
    sql::Statement mark(db,
                        u"UPDATE pos_codes SET voucher_id = ?, attached_at = ? "
                        "WHERE code = ? AND voucher_id IS NULL"_s);
    for (const Event &e : outcome.events) {
        const auto *attached = e.as<Events::VoucherCodeAttached>();
        if (!attached)
            continue;
        mark.bindAll({e.voucherId, sql::fromTime(e.at), attached->code});
        if (auto r = mark.exec(); !r)
            return r;
    }
    return Done{};
}

} // namespace PosCodes

namespace {

using namespace Qt::StringLiterals;

QString rejection(const PosCodes::Line &line)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("stampdesk::PosCodes", text);
    };
    //: %1 is a line number of the imported file
    const QString where = tr(QT_TRANSLATE_NOOP("stampdesk::PosCodes", "line %1")).arg(line.number);
    if (line.firstField.isEmpty())
        return where + u": "_s
            + tr(QT_TRANSLATE_NOOP("stampdesk::PosCodes", "the first column is empty"));
    QString shown = line.firstField;
    if (shown.size() > 40)
        shown = shown.left(40) + u'…';
    return where
        + u": "_s
        //: %1 is what the line holds instead of a code
        + tr(QT_TRANSLATE_NOOP("stampdesk::PosCodes",
                               "\"%1\" is not a code (a code has 4 to 32 letters, digits or "
                               "dashes)"))
              .arg(shown);
}

} // namespace

StoreResult<CodeImport> Store::importRedeemCodes(const QByteArray &csv, const QString &staff)
{
    const QList<PosCodes::Line> lines = PosCodes::firstFields(csv);
    const QSqlDatabase d = db();
    return sql::writeTransaction<CodeImport>(d, [&]() -> StoreResult<CodeImport> {
        CodeImport result;
        QSet<QString> seen;
        sql::Statement known(d,
                             u"SELECT EXISTS (SELECT 1 FROM pos_codes WHERE code = ?) "
                             "OR EXISTS (SELECT 1 FROM vouchers WHERE pos_code = ?)"_s);
        sql::Statement insert(d,
                              u"INSERT INTO pos_codes (code, imported_at, imported_by) "
                              "VALUES (?, ?, ?)"_s);
        const QVariant at = sql::fromTime(now());
        for (const PosCodes::Line &line : lines) {
            if (!PosCodes::looksLikeCode(line.firstField)) {
                result.rejected.append(rejection(line));
                continue;
            }
            const QString code = PosCodes::normalise(line.firstField);
            if (seen.contains(code)) {
                ++result.alreadyKnown;
                continue;
            }
            seen.insert(code);
            auto exists = known.bindAll({code, code}).scalar();
            if (!exists)
                return exists.error();
            if (exists->toBool()) {
                ++result.alreadyKnown;
                continue;
            }
            if (auto r = insert.bindAll({code, at, staff.trimmed()}).exec(); !r)
                return r.error();
            ++result.added;
        }
        return result;
    });
}

StoreResult<CodeStock> Store::codeStock() const
{
    CodeStock stock;
    sql::Statement q(db(),
                     u"SELECT count(*) FILTER (WHERE voucher_id IS NULL), "
                     "count(*) FILTER (WHERE voucher_id IS NOT NULL) FROM pos_codes"_s);
    if (auto r = q.exec(); !r)
        return r.error();
    if (q.next()) {
        stock.available = q.value(0).toInt();
        stock.attached = q.value(1).toInt();
    }
    auto low = setting(u"code_stock_low"_s);
    if (!low)
        return low.error();
    bool ok = false;
    const int lowAt = low->toInt(&ok);
    if (ok && lowAt >= 0)
        stock.lowAt = lowAt;
    return stock;
}

} // namespace stampdesk
