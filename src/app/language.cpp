// SPDX-License-Identifier: Apache-2.0
#include "language.h"

namespace stampdesk {

Language::Language(QObject *parent)
    : QObject(parent)
{ }

void Language::setEngine(QQmlEngine *engine)
{
    m_engine = engine;
    if (m_engine && !code().isEmpty())
        m_engine->setUiLanguage(code());
}

QString Language::systemDefault()
{
    return Catalogue::languageFor(QLocale::system());
}

bool Language::setCode(const QString &code)
{
    const QString wanted = Catalogue::languageCode(code);
    if (wanted.isEmpty())
        return false;
    if (wanted == m_catalogue.language())
        return true;
    if (!m_catalogue.install(wanted))
        return false;
    if (m_engine) {
        // Qt.uiLanguage for QML, then every qsTr() binding is evaluated again.
        m_engine->setUiLanguage(m_catalogue.language());
        m_engine->retranslate();
    }
    Q_EMIT changed();
    return true;
}

void Language::toggle()
{
    const QStringList all = codes();
    const qsizetype next = (all.indexOf(code()) + 1) % all.size();
    setCode(all.at(next));
}

QString Language::nativeName(const QString &code) const
{
    return Catalogue::nativeName(code);
}

} // namespace stampdesk
