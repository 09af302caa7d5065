// SPDX-License-Identifier: Apache-2.0
#include "sounds.h"

#include "store/store.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>

namespace stampdesk {

namespace {

const QString settingKey = QStringLiteral("sounds");

QtMessageHandler previousHandler = nullptr;

void withoutPulseAudioNoise(QtMsgType type, const QMessageLogContext &context,
                            const QString &message)
{
    if (message.startsWith(u"PulseAudioService:"))
        return;
    previousHandler(type, context, message);
}

// Whether there is anything to play on. Qt 6.4's PulseAudio backend warns
// when there is no sound server (a build machine, a register without
// sound); for a courtesy sound that deserves silence, not a warning. Asked
// once, on the first sound.
bool hasAudioOutput()
{
    static const bool has = [] {
        previousHandler = qInstallMessageHandler(withoutPulseAudioNoise);
        const bool found = !QMediaDevices::audioOutputs().isEmpty();
        qInstallMessageHandler(previousHandler);
        return found;
    }();
    return has;
}

} // namespace

Sounds::Sounds(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    reload();
}

Sounds::~Sounds() = default;

void Sounds::reload()
{
    const auto value = m_store.setting(settingKey, QStringLiteral("1"));
    // A setting that cannot be read leaves the sounds as they were.
    if (!value)
        return;
    const bool enabled = value.value() != u"0";
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    Q_EMIT enabledChanged();
}

void Sounds::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    (void)m_store.setSetting(settingKey, enabled ? QStringLiteral("1") : QStringLiteral("0"));
    Q_EMIT enabledChanged();
}

QUrl Sounds::source(CheckoutSession::Feedback feedback)
{
    switch (feedback) {
    case CheckoutSession::Feedback::Success:
        return QUrl(QStringLiteral("qrc:/sounds/success.wav"));
    case CheckoutSession::Feedback::Issued:
        return QUrl(QStringLiteral("qrc:/sounds/issued.wav"));
    case CheckoutSession::Feedback::Failure:
        return QUrl(QStringLiteral("qrc:/sounds/refused.wav"));
    }
    return {};
}

QSoundEffect *Sounds::effect(CheckoutSession::Feedback feedback)
{
    auto &slot = m_effects[int(feedback)];
    if (!slot) {
        // Without an output QSoundEffect only fails (and warns); there is
        // nothing to hear anyway.
        if (!hasAudioOutput())
            return nullptr;
        slot = std::make_unique<QSoundEffect>();
        slot->setSource(source(feedback));
        slot->setVolume(0.8f);
    }
    return slot.get();
}

void Sounds::play(CheckoutSession::Feedback feedback)
{
    if (!m_enabled)
        return;
    ++m_requested;
    if (QSoundEffect *sound = effect(feedback)) {
        // An effect that failed to load stays silent.
        if (sound->status() != QSoundEffect::Error)
            sound->play();
    }
}

} // namespace stampdesk
