// SPDX-License-Identifier: Apache-2.0
#include "camerasource.h"

#include <QDir>
#include <QFile>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace stampdesk::scan {

namespace {

using namespace Qt::StringLiterals;

// Whether a video device node exists that this user may not open: what a
// camera looks like to GStreamer when the user is not in the "video" group.
bool deniedCameraNode()
{
#ifdef Q_OS_LINUX
    const QDir dev(u"/dev"_s);
    const QStringList nodes = dev.entryList({u"video*"_s}, QDir::System);
    for (const QString &node : nodes) {
        if (::access(QFile::encodeName(dev.filePath(node)).constData(), R_OK | W_OK) != 0)
            return true;
    }
#endif
    return false;
}

FrameSource::State stateOfError(const QString &error)
{
    if (error.contains(u"busy"_s, Qt::CaseInsensitive))
        return FrameSource::State::Busy;
    if (error.contains(u"permission"_s, Qt::CaseInsensitive)
        || error.contains(u"denied"_s, Qt::CaseInsensitive))
        return FrameSource::State::Denied;
    return FrameSource::State::Failed;
}

bool isRawYuv(QVideoFrameFormat::PixelFormat format)
{
    return format == QVideoFrameFormat::Format_YUYV || format == QVideoFrameFormat::Format_UYVY
        || format == QVideoFrameFormat::Format_NV12 || format == QVideoFrameFormat::Format_YUV420P;
}

} // namespace

CameraSource::CameraSource(QObject *parent)
    : FrameSource(parent)
{
    connect(&m_devices, &QMediaDevices::videoInputsChanged, this, &CameraSource::camerasChanged);
}

CameraSource::~CameraSource()
{
    halt();
}

void CameraSource::setCameraId(const QString &id)
{
    if (m_cameraId == id)
        return;
    m_cameraId = id;
    Q_EMIT cameraIdChanged();
    restart();
}

QCameraDevice CameraSource::find(const QString &id)
{
    if (id.isEmpty())
        return QMediaDevices::defaultVideoInput();
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    for (const QCameraDevice &camera : cameras) {
        if (QString::fromUtf8(camera.id()) == id || camera.description() == id)
            return camera;
    }
    return {};
}

QCameraFormat CameraSource::preferredFormat(const QCameraDevice &device)
{
    QCameraFormat best;
    auto score = [](const QCameraFormat &f) {
        const QSize size = f.resolution();
        return std::tuple(size.width() * size.height(), isRawYuv(f.pixelFormat()),
                          f.maxFrameRate());
    };
    const QList<QCameraFormat> formats = device.videoFormats();
    for (const QCameraFormat &format : formats) {
        const QSize size = format.resolution();
        if (size.width() > 1280 || size.height() > 720 || size.width() < 640
            || format.maxFrameRate() < 15)
            continue;
        if (best.isNull() || score(format) > score(best))
            best = format;
    }
    return best;
}

void CameraSource::start()
{
    const QCameraDevice device = find(m_cameraId);
    if (device.isNull()) {
        setName(m_cameraId);
        const bool noneListed = QMediaDevices::videoInputs().isEmpty();
        setState(noneListed && deniedCameraNode() ? State::Denied : State::NoCamera);
        return;
    }
    m_deviceId = device.id();
    setName(device.description());
    m_camera = std::make_unique<QCamera>(device);
    if (const QCameraFormat format = preferredFormat(device); !format.isNull())
        m_camera->setCameraFormat(format);
    connect(m_camera.get(), &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString &error) { setState(stateOfError(error), error); });
    m_session = std::make_unique<QMediaCaptureSession>();
    m_session->setCamera(m_camera.get());
    m_session->setVideoSink(videoSink());
    m_camera->start();
}

void CameraSource::stop()
{
    if (m_camera)
        m_camera->stop();
    if (m_session)
        m_session->setVideoSink(nullptr);
    m_session.reset();
    m_camera.reset();
    m_deviceId.clear();
}

void CameraSource::camerasChanged()
{
    // Plugged in while waiting for one, or the running one unplugged.
    if (!isActive())
        return;
    const bool waiting = state() == State::NoCamera || state() == State::Denied;
    const bool gone = !m_deviceId.isEmpty() && find(QString::fromUtf8(m_deviceId)).isNull();
    if (waiting || gone)
        restart();
}

QString CameraSource::describe(State state) const
{
    if (state == State::NoCamera && !m_cameraId.isEmpty())
        return tr("The camera \"%1\" is not connected. Connect it, or scan with the barcode "
                  "scanner, or type the code.")
            .arg(m_cameraId);
    if (state == State::Active && !name().isEmpty())
        //: %1 is the camera's name, e.g. "HD Webcam C270"
        return tr("Hold the code up to the camera (%1).").arg(name());
    return {};
}

} // namespace stampdesk::scan
