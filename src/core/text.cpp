// SPDX-License-Identifier: Apache-2.0
#include "text.h"

#include <algorithm>

namespace stampdesk::Text {

QString foldForSearch(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        // đ and Đ are letters of their own, not d with a mark.
        if (c == QChar(0x0111) || c == QChar(0x0110))
            c = u'd';
        out.append(c.toCaseFolded());
    }
    return out;
}

QString phoneDigits(QStringView phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    // Vietnam's country code, written with + or with the 00 prefix.
    if (phone.trimmed().startsWith(u'+') && digits.startsWith(u"84"))
        return u'0' + digits.sliced(2);
    if (digits.startsWith(u"0084"))
        return u'0' + digits.sliced(4);
    return digits;
}

bool looksLikePhone(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isDigit() || c.isSpace() || QStringView(u"+-().").contains(c);
    });
}

QString maskedPhone(QStringView phone)
{
    const QString digits = phoneDigits(phone);
    if (digits.size() < 4)
        return digits.isEmpty() ? QString() : QStringLiteral("•••");
    return QStringLiteral("••• ••• ") + digits.right(4);
}

} // namespace stampdesk::Text
