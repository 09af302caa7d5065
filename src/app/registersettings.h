// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scan/camerasource.h"
#include "scan/framesource.h"

#include <QMediaDevices>
#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QVariantList>

namespace stampdesk {

class Language;
class Store;

/// The register page of the settings: the shop's and this register's names
/// and location, the camera to scan with, sounds and the UI language. The
/// names are saved together (save()); the choices apply at once.
class RegisterSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application makes the register settings with its store.")
    Q_PROPERTY(QString shopName READ shopName NOTIFY changed FINAL)
    Q_PROPERTY(QString registerName READ registerName NOTIFY changed FINAL)
    Q_PROPERTY(QString location READ location NOTIFY changed FINAL)
    Q_PROPERTY(QString cameraId READ cameraId WRITE setCameraId NOTIFY cameraChanged FINAL)
    /// The cameras to choose from, each {id, name}; the first (id "") is
    /// the system's default camera.
    Q_PROPERTY(QVariantList cameras READ cameras NOTIFY camerasChanged FINAL)
    /// The camera chosen, for a live picture while the page shows (off
    /// otherwise): its own source, so that the counter's stays as it is.
    Q_PROPERTY(stampdesk::scan::FrameSource *preview READ preview CONSTANT FINAL)
    Q_PROPERTY(bool sounds READ sounds WRITE setSounds NOTIFY soundsChanged FINAL)
    Q_PROPERTY(QString problem READ problem NOTIFY changed FINAL)
    Q_PROPERTY(bool saved READ saved NOTIFY changed FINAL)

public:
    /// The store and the language must outlive the settings.
    RegisterSettings(Store &store, Language &language, QObject *parent = nullptr);

    QString shopName() const { return m_shopName; }
    QString registerName() const { return m_registerName; }
    QString location() const { return m_location; }
    QString cameraId() const { return m_cameraId; }
    QVariantList cameras() const;
    scan::FrameSource *preview() { return &m_preview; }
    bool sounds() const { return m_sounds; }
    QString problem() const { return m_problem; }
    bool saved() const { return m_saved; }

    void setCameraId(const QString &id);
    void setSounds(bool on);
    /// Switches the UI language at once and keeps it for the next start.
    Q_INVOKABLE void setLanguage(const QString &code);

    /// Saves the names and the location. False, with problem, when the
    /// store refuses.
    Q_INVOKABLE bool save(const QString &shopName, const QString &registerName,
                          const QString &location);
    /// Reads everything from the store again (after the wizard set it).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void changed();
    void cameraChanged();
    void camerasChanged();
    void soundsChanged();

private:
    Store &m_store;
    Language &m_language;
    QMediaDevices m_devices;
    scan::CameraSource m_preview;
    QString m_shopName;
    QString m_registerName;
    QString m_location;
    QString m_cameraId;
    bool m_sounds = true;
    QString m_problem;
    bool m_saved = false;
};

} // namespace stampdesk
