// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cardlookup.h"
#include "language.h"
#include "programmeinfo.h"

#include <QObject>
#include <QQmlEngine>
#include <QString>

namespace stampdesk {

class Store;

/// Everything the main window works with, made once over the open store and
/// handed to Main.qml as its one required property. The objects the
/// cashier screen adds next (the checkout session, the scanner) belong here
/// too.
class Shell : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application makes the Shell over its store.")
    Q_PROPERTY(stampdesk::Language *language READ language CONSTANT FINAL)
    Q_PROPERTY(stampdesk::ProgrammeInfo *programme READ programme CONSTANT FINAL)
    Q_PROPERTY(stampdesk::CardLookup *lookup READ lookup CONSTANT FINAL)
    Q_PROPERTY(QString version READ version CONSTANT FINAL)

public:
    /// The store and the language must outlive the shell.
    Shell(Store &store, Language &language, QObject *parent = nullptr);

    Language *language() const { return &m_language; }
    ProgrammeInfo *programme() { return &m_programme; }
    CardLookup *lookup() { return &m_lookup; }
    /// Stampdesk's version, e.g. "0.1.0".
    static QString version();

private:
    Language &m_language;
    ProgrammeInfo m_programme;
    CardLookup m_lookup;
};

} // namespace stampdesk
