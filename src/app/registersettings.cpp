// SPDX-License-Identifier: Apache-2.0
#include "registersettings.h"

#include "language.h"
#include "store/store.h"

#include <QCameraDevice>
#include <QVariantMap>

#include <algorithm>
#include <utility>

namespace stampdesk {

namespace {

using namespace Qt::StringLiterals;

QString readSetting(const Store &store, const QString &key, const QString &fallback = {})
{
    const auto value = store.setting(key, fallback);
    return value ? value.value() : fallback;
}

} // namespace

RegisterSettings::RegisterSettings(Store &store, Language &language, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_language(language)
{
    connect(&m_devices, &QMediaDevices::videoInputsChanged, this,
            &RegisterSettings::camerasChanged);
    // The default camera's entry is words in the UI language.
    connect(&language, &Language::changed, this, &RegisterSettings::camerasChanged);
    connect(&language, &Language::changed, &m_preview, &scan::FrameSource::retranslate);
    connect(this, &RegisterSettings::cameraChanged, this,
            [this] { m_preview.setCameraId(m_cameraId); });
    reload();
}

void RegisterSettings::reload()
{
    const RegisterInfo info = m_store.registerInfo();
    m_shopName = readSetting(m_store, u"shop_name"_s);
    m_registerName = info.name;
    m_location = info.location;
    const QString cameraId = readSetting(m_store, u"camera"_s);
    const bool sounds = readSetting(m_store, u"sounds"_s, u"1"_s) != u"0";
    m_problem.clear();
    m_saved = false;
    Q_EMIT changed();
    // Only a change moves the camera: one given on the command line stays.
    if (std::exchange(m_cameraId, cameraId) != cameraId)
        Q_EMIT cameraChanged();
    if (std::exchange(m_sounds, sounds) != sounds)
        Q_EMIT soundsChanged();
}

QVariantList RegisterSettings::cameras() const
{
    QVariantList all{QVariantMap{
        {u"id"_s, QString()},
        //: The camera choice that follows the computer's own default camera
        {u"name"_s, tr("The computer's default camera")},
    }};
    for (const QCameraDevice &camera : QMediaDevices::videoInputs()) {
        all.append(QVariantMap{
            {u"id"_s, QString::fromUtf8(camera.id())},
            {u"name"_s, camera.description()},
        });
    }
    // A camera chosen before and unplugged now stays in the list, so that
    // the choice shown is the one kept.
    const bool listed = std::any_of(all.cbegin(), all.cend(), [this](const QVariant &c) {
        return c.toMap().value(u"id"_s).toString() == m_cameraId;
    });
    if (!listed) {
        //: %1 is a camera's id; the camera is not connected now
        all.append(QVariantMap{{u"id"_s, m_cameraId},
                               {u"name"_s, tr("%1 (not connected)").arg(m_cameraId)}});
    }
    return all;
}

void RegisterSettings::setCameraId(const QString &id)
{
    if (id == m_cameraId)
        return;
    if (const auto done = m_store.setSetting(u"camera"_s, id); !done) {
        m_problem = done.error().message();
        Q_EMIT changed();
        return;
    }
    m_cameraId = id;
    Q_EMIT cameraChanged();
    Q_EMIT camerasChanged();
}

void RegisterSettings::setSounds(bool on)
{
    if (on == m_sounds)
        return;
    if (const auto done = m_store.setSetting(u"sounds"_s, on ? u"1"_s : u"0"_s); !done) {
        m_problem = done.error().message();
        Q_EMIT changed();
        return;
    }
    m_sounds = on;
    Q_EMIT soundsChanged();
}

void RegisterSettings::setLanguage(const QString &code)
{
    if (!m_language.setCode(code))
        return;
    if (const auto done = m_store.setSetting(u"language"_s, m_language.code()); !done) {
        m_problem = done.error().message();
        Q_EMIT changed();
    }
}

bool RegisterSettings::save(const QString &shopName, const QString &registerName,
                            const QString &location)
{
    const QString shop = shopName.trimmed();
    if (shop.isEmpty()) {
        m_problem = tr("Type the shop's name, as customers know it.");
        m_saved = false;
        Q_EMIT changed();
        return false;
    }
    auto done = m_store.setSetting(u"shop_name"_s, shop);
    if (done)
        done = m_store.setRegisterInfo(registerName.trimmed(), location.trimmed());
    if (!done) {
        m_problem = done.error().message();
        m_saved = false;
        Q_EMIT changed();
        return false;
    }
    m_shopName = shop;
    const RegisterInfo info = m_store.registerInfo();
    m_registerName = info.name;
    m_location = info.location;
    m_problem.clear();
    m_saved = true;
    Q_EMIT changed();
    return true;
}

} // namespace stampdesk
