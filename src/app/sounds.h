// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "checkoutsession.h"

#include <QObject>
#include <QQmlEngine>

#include <memory>

class QSoundEffect;

namespace stampdesk {

class Store;

/// What the cashier hears: a beep for stamps added or a voucher redeemed, a
/// chime for a voucher issued, two low beeps for a refusal. Short sine
/// beeps (resources/sounds, made by make-sounds.py), played with
/// QSoundEffect.
///
/// Sounds are a courtesy: with the setting "sounds" off, or no audio output
/// (a build machine, a register without speakers), play() does nothing and
/// says nothing.
class Sounds : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Shell makes the one Sounds object.")
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY enabledChanged FINAL)

public:
    /// Reads the setting "sounds" ("1" unless set). The store must outlive
    /// this object.
    explicit Sounds(Store &store, QObject *parent = nullptr);
    ~Sounds() override;

    bool enabled() const { return m_enabled; }
    /// Turns the sounds on or off, and keeps the choice in the setting.
    void setEnabled(bool enabled);
    /// Reads the setting again (after the settings page changed it).
    Q_INVOKABLE void reload();

    /// Sounds asked for while enabled, played or not (for tests).
    int requested() const { return m_requested; }
    /// The resource a feedback plays, e.g. "qrc:/sounds/success.wav".
    static QUrl source(CheckoutSession::Feedback feedback);

public Q_SLOTS:
    void play(stampdesk::CheckoutSession::Feedback feedback);

Q_SIGNALS:
    void enabledChanged();

private:
    QSoundEffect *effect(CheckoutSession::Feedback feedback);

    Store &m_store;
    bool m_enabled = true;
    int m_requested = 0;
    /// Made on the first play, and only where there is an audio output.
    std::unique_ptr<QSoundEffect> m_effects[3];
};

} // namespace stampdesk
