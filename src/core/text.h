// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

namespace stampdesk::Text {

/// A name folded for searching: lower case, Vietnamese (and other) accents
/// removed, đ → d, runs of spaces collapsed. "Nguyễn Thị Đào" → "nguyen thi dao".
QString foldForSearch(QStringView text);

/// The digits of a phone number in national form, for matching: "+84 90 123
/// 4567", "0084901234567" and "090-123-4567" all give "0901234567".
QString phoneDigits(QStringView phone);

/// Whether text is written like a phone number: digits, spaces and + - ( ) .
bool looksLikePhone(QStringView text);

/// The last four digits of a phone number behind a mask: "••• ••• 4567".
QString maskedPhone(QStringView phone);

} // namespace stampdesk::Text
