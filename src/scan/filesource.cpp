// SPDX-License-Identifier: Apache-2.0
#include "filesource.h"

#include <QFileInfo>
#include <QImageReader>
#include <QUrl>

#include <cstring>

namespace stampdesk::scan {

FileSource::FileSource(QObject *parent)
    : FrameSource(parent)
{
    m_imageTimer.setInterval(1000 / imageRate);
    connect(&m_imageTimer, &QTimer::timeout, this, [this] {
        if (QVideoSink *sink = videoSink())
            sink->setVideoFrame(frameOf(m_image));
    });
}

FileSource::~FileSource()
{
    halt();
}

void FileSource::setFile(const QString &path)
{
    if (m_file == path)
        return;
    m_file = path;
    setName(QFileInfo(path).fileName());
    Q_EMIT fileChanged();
    restart();
}

bool FileSource::isImage(const QString &path)
{
    return !QImageReader::imageFormat(path).isEmpty();
}

QVideoFrame FileSource::frameOf(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QVideoFrame frame(QVideoFrameFormat(
        rgb.size(), QVideoFrameFormat::pixelFormatFromImageFormat(QImage::Format_RGB32)));
    if (rgb.isNull() || !frame.map(QVideoFrame::WriteOnly))
        return {};
    const qsizetype row = std::min<qsizetype>(rgb.bytesPerLine(), frame.bytesPerLine(0));
    for (int y = 0; y < rgb.height(); ++y)
        std::memcpy(frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0), rgb.constScanLine(y),
                    size_t(row));
    frame.unmap();
    return frame;
}

void FileSource::start()
{
    if (m_file.isEmpty() || !QFileInfo(m_file).isFile()) {
        setState(State::Failed, m_file);
        return;
    }
    if (isImage(m_file))
        startImage(m_file);
    else
        startVideo(m_file);
}

void FileSource::startImage(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    m_image = reader.read().convertToFormat(QImage::Format_RGB32);
    if (m_image.isNull()) {
        setState(State::Failed, reader.errorString());
        return;
    }
    // The first frame now, so the viewfinder is not empty for a tick.
    videoSink()->setVideoFrame(frameOf(m_image));
    m_imageTimer.start();
}

void FileSource::startVideo(const QString &path)
{
    m_player = std::make_unique<QMediaPlayer>();
    connect(m_player.get(), &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &error) { setState(State::Failed, error); });
    m_player->setLoops(QMediaPlayer::Infinite);
    m_player->setVideoSink(videoSink());
    m_player->setSource(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
    m_player->play();
}

void FileSource::stop()
{
    m_imageTimer.stop();
    m_image = {};
    if (m_player) {
        m_player->stop();
        m_player->setVideoSink(nullptr);
        m_player.reset();
    }
}

QString FileSource::describe(State state) const
{
    switch (state) {
    case State::Starting:
        //: The virtual camera: a video or picture file shown instead of a webcam
        return tr("Opening %1…").arg(name());
    case State::Active:
        return tr("Showing %1 instead of a camera.").arg(name());
    case State::Failed:
        if (m_file.isEmpty() || !QFileInfo(m_file).isFile())
            return tr("The file \"%1\" does not exist.").arg(m_file);
        return tr("Cannot show %1: %2").arg(name(), detail());
    case State::Busy:
        return tr("%1 gives no picture: it may not be a video file, or the GStreamer plugins "
                  "for its format are missing.")
            .arg(name());
    default:
        return {};
    }
}

} // namespace stampdesk::scan
