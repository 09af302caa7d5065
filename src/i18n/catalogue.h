// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace stampdesk {

/// Stampdesk's messages in one of its UI languages, installed into the
/// running application.
///
/// The catalogues are compiled from translations/stampdesk_<language>.ts
/// into this library's resources (":/i18n/stampdesk_<language>.qm"), so the
/// app and the command-line tool load them the same way, with no files to
/// ship beside the executable. This needs QtCore only: the QML side
/// (retranslating a running engine) lives in src/app.
class Catalogue
{
public:
    /// The resource folder that holds the compiled catalogues.
    static QString resourceFolder();

    /// The UI languages, as codes: "en", "vi".
    static QStringList languages();

    /// A language's own name, as a switch shows it ("Tiếng Việt"), which is
    /// the same in every UI language.
    static QString nativeName(QStringView language);

    /// "vi" for "vi", "vi_VN" or "VI"; empty when the language is not one
    /// Stampdesk speaks.
    static QString languageCode(QStringView text);

    /// The language a user of this locale gets by default: Vietnamese for a
    /// Vietnamese locale, English otherwise.
    static QString languageFor(const QLocale &locale);

    /// The locale for dates and numbers in a language: the system's own when
    /// it speaks that language (keeping its regional habits), else the
    /// language's main country.
    static QLocale localeFor(QStringView language);

    Catalogue() = default;
    ~Catalogue();
    Catalogue(const Catalogue &) = delete;
    Catalogue &operator=(const Catalogue &) = delete;

    /// Makes language the application's language: installs its catalogue
    /// (replacing the one installed before) and makes its locale the
    /// default. Returns false, changing nothing, for an unknown language or
    /// a catalogue that cannot be loaded. Needs a QCoreApplication.
    bool install(QStringView language);

    /// The installed language, empty before install().
    QString language() const { return m_language; }

private:
    std::unique_ptr<QTranslator> m_translator;
    QString m_language;
};

} // namespace stampdesk
