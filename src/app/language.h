// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "i18n/catalogue.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QStringList>

namespace stampdesk {

/// The UI language, switched while the app runs.
///
/// Switching installs the language's catalogue, makes its locale the
/// default (dates and numbers) and retranslates the QML engine, so every
/// qsTr() binding updates at once; C++ objects that hold translated text
/// listen to changed().
class Language : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application makes the one Language object.")
    Q_PROPERTY(QString code READ code NOTIFY changed FINAL)
    Q_PROPERTY(QStringList codes READ codes CONSTANT FINAL)

public:
    explicit Language(QObject *parent = nullptr);

    /// The engine whose QML to retranslate on a switch; it may be null (no
    /// QML) and may be destroyed before this object.
    void setEngine(QQmlEngine *engine);

    /// The language a user starts with when none is asked for: the
    /// system's if it is Vietnamese, English otherwise.
    static QString systemDefault();

    /// "vi" or "en"; empty until the first setCode().
    QString code() const { return m_catalogue.language(); }
    QStringList codes() const { return Catalogue::languages(); }

    /// Switches to a language ("vi", "en", or a locale name like "vi_VN").
    /// Returns false, changing nothing, for a language Stampdesk does not
    /// speak.
    Q_INVOKABLE bool setCode(const QString &code);

    /// Switches to the next language, for a one-key switch.
    Q_INVOKABLE void toggle();

    /// A language's name in that language ("Tiếng Việt"), for the switch.
    Q_INVOKABLE QString nativeName(const QString &code) const;

Q_SIGNALS:
    void changed();

private:
    QPointer<QQmlEngine> m_engine;
    Catalogue m_catalogue;
};

} // namespace stampdesk
