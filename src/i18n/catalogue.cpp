// SPDX-License-Identifier: Apache-2.0
#include "catalogue.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace stampdesk {

namespace {

using namespace Qt::StringLiterals;

// The languages, each with its own name; the first is the fallback.
constexpr std::array<std::pair<QStringView, QStringView>, 2> knownLanguages{{
    {u"en", u"English"},
    {u"vi", u"Tiếng Việt"},
}};

} // namespace

QString Catalogue::resourceFolder()
{
    return u":/i18n"_s;
}

QStringList Catalogue::languages()
{
    QStringList codes;
    for (const auto &[code, name] : knownLanguages)
        codes.append(code.toString());
    return codes;
}

QString Catalogue::nativeName(QStringView language)
{
    for (const auto &[code, name] : knownLanguages) {
        if (code == language)
            return name.toString();
    }
    return {};
}

QString Catalogue::languageCode(QStringView text)
{
    // "vi", "vi_VN" and "vi-VN" all name Vietnamese.
    const QStringView t = text.trimmed();
    if (t.size() > 2 && t.at(2) != u'_' && t.at(2) != u'-')
        return {};
    const QString code = t.left(2).toString().toLower();
    return nativeName(code).isEmpty() ? QString() : code;
}

QString Catalogue::languageFor(const QLocale &locale)
{
    return locale.language() == QLocale::Vietnamese ? u"vi"_s : u"en"_s;
}

QLocale Catalogue::localeFor(QStringView language)
{
    const QLocale system = QLocale::system();
    if (languageFor(system) == language && system.language() != QLocale::C)
        return system;
    return language == u"vi" ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                             : QLocale(QLocale::English, QLocale::UnitedStates);
}

Catalogue::~Catalogue()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

bool Catalogue::install(QStringView language)
{
    const QString code = languageCode(language);
    if (code.isEmpty())
        return false;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(u"stampdesk_"_s + code, resourceFolder()))
        return false;
    // The new catalogue goes in before the old one leaves, so that no
    // message is looked up in between without a translation.
    QCoreApplication::installTranslator(translator.get());
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(translator);
    m_language = code;
    QLocale::setDefault(localeFor(code));
    return true;
}

} // namespace stampdesk
