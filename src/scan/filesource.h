// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "framesource.h"

#include <QImage>
#include <QMediaPlayer>
#include <QTimer>
#include <QVideoFrame>

#include <memory>

namespace stampdesk::scan {

/// A video or image file as a virtual camera, for demos, tests and
/// registers without a webcam (`stampdesk --camera-file PATH`). A video is
/// played in a loop by QMediaPlayer into the sink; an image is made into a
/// video frame imageRate times a second, each a new one as a camera's are
/// (a QVideoSink passes a frame on only when it is not the one it holds).
/// Either way the frames take the same path as a camera's: sink,
/// VideoScanner, worker.
class FileSource : public FrameSource
{
    Q_OBJECT
    Q_PROPERTY(QString file READ file WRITE setFile NOTIFY fileChanged FINAL)

public:
    /// Frames a second made of an image: about a webcam's pace.
    static constexpr int imageRate = 12;

    explicit FileSource(QObject *parent = nullptr);
    ~FileSource() override;

    QString file() const { return m_file; }
    void setFile(const QString &path);

    /// Whether Qt reads the file as an image (by its content, not its name).
    static bool isImage(const QString &path);
    /// The frame an image becomes: 32-bit BGRX (QImage's RGB32), whose
    /// pixels the scanner reads in place.
    static QVideoFrame frameOf(const QImage &image);

Q_SIGNALS:
    void fileChanged();

protected:
    void start() override;
    void stop() override;
    QString describe(State state) const override;

private:
    void startVideo(const QString &path);
    void startImage(const QString &path);

    QString m_file;
    std::unique_ptr<QMediaPlayer> m_player;
    QImage m_image; ///< RGB32
    QTimer m_imageTimer;
};

} // namespace stampdesk::scan
