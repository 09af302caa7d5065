// SPDX-License-Identifier: Apache-2.0
#include "shell.h"

#include "core/version.h"

namespace stampdesk {

Shell::Shell(Store &store, Language &language, QObject *parent)
    : QObject(parent)
    , m_language(language)
    , m_programme(store, language)
    , m_lookup(store, language)
{ }

QString Shell::version()
{
    return QString::fromLatin1(stampdesk::version);
}

} // namespace stampdesk
