// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "framesource.h"

#include <QCamera>
#include <QCameraDevice>
#include <QMediaCaptureSession>
#include <QMediaDevices>

#include <memory>

namespace stampdesk::scan {

/// A real camera as the scanner's frame source, chosen by its id (as
/// QCameraDevice::id() gives it, e.g. "/dev/video0" with GStreamer) or its
/// description; the system's default camera when none is chosen.
///
/// What Qt 6.4 on Linux can tell, and what not:
/// - no camera: QMediaDevices lists none (or not the one chosen): NoCamera;
///   plugging one in while waiting starts it.
/// - access denied: Qt 6.4 has no camera permission API (QCameraPermission
///   is 6.5) and GStreamer lists only the cameras it may open, so a camera
///   this user may not open looks like none. When none is listed but a
///   /dev/video* node exists that this user cannot open, the state is
///   Denied instead.
/// - busy: GStreamer reports a camera held by another program at best as an
///   error string, often not at all: the pipeline starts and no frame
///   comes. So an error that says "busy", and a camera that gives no frame
///   within the first-frame timeout, are Busy.
/// - any other QCamera::errorOccurred is Failed, with Qt's (untranslated)
///   error string as the detail.
class CameraSource : public FrameSource
{
    Q_OBJECT
    Q_PROPERTY(QString cameraId READ cameraId WRITE setCameraId NOTIFY cameraIdChanged FINAL)

public:
    explicit CameraSource(QObject *parent = nullptr);
    ~CameraSource() override;

    /// Empty for the system's default camera.
    QString cameraId() const { return m_cameraId; }
    void setCameraId(const QString &id);

    /// The camera with this id or description, the default one for an empty
    /// id; a null device when there is none.
    static QCameraDevice find(const QString &id);
    /// The format to ask for: frames big enough for a code held at arm's
    /// length, small enough to decode at the camera's pace (at most
    /// 1280×720, at least 15 frames a second), raw YUV before Motion JPEG.
    static QCameraFormat preferredFormat(const QCameraDevice &device);

Q_SIGNALS:
    void cameraIdChanged();

protected:
    void start() override;
    void stop() override;
    QString describe(State state) const override;

private:
    void camerasChanged();

    QString m_cameraId;
    QByteArray m_deviceId; ///< of the camera running, to notice it go
    QMediaDevices m_devices;
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
};

} // namespace stampdesk::scan
