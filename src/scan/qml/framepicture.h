// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QQmlEngine>
#include <QQuickPaintedItem>
#include <QSize>
#include <QVideoFrame>
#include <QVideoSink>

namespace stampdesk::scan::qml {

/// The camera's picture for Qt Quick's software renderer, where Qt 6.4's
/// VideoOutput draws nothing (it needs the RHI): `FramePicture { id: picture }`
/// then `CameraSource { videoSink: picture.videoSink }`, as with a
/// VideoOutput. Paints the newest frame of its own sink, scaled to fit with
/// its aspect kept (bars where the shapes differ), over whatever is behind.
///
/// The cost, on the GUI thread: a frame that arrives is only kept (shared,
/// no pixel copy) and schedules a paint; the frame is converted to RGB
/// (QVideoFrame::toImage()) when a paint comes, so a frame that is replaced
/// before the next paint costs nothing, and a window that does not draw
/// (hidden, minimised, busy) converts nothing. A painted frame costs one
/// conversion on the CPU and one scaled copy into the item's own image:
/// 1.5-8 ms for 640×480 (NV12, YUYV, I420, XRGB), 16-19 ms for 1280×720 on
/// the 2-core CI machine, so a 720p camera at 30 frames/s takes about half
/// a core of the GUI thread; a VideoOutput on a GPU costs next to nothing.
/// The caller must keep toImage() on the CPU (chooseRenderer in
/// src/gui/main.cpp): where the platform offers OpenGL, Qt 6.4 converts
/// with an OpenGL context of its own, on a machine without a GPU llvmpipe
/// again (+90 MB, 0.4 s for the first frame under Xvfb).
class FramePicture : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVideoSink *videoSink READ videoSink CONSTANT FINAL)
    Q_PROPERTY(QSize frameSize READ frameSize NOTIFY frameSizeChanged FINAL)

public:
    explicit FramePicture(QQuickItem *parent = nullptr);

    /// Where the frames go: give it to a FrameSource and a VideoScanner.
    QVideoSink *videoSink() const { return m_sink; }
    /// The newest frame's size; empty when there is none (the source stopped).
    QSize frameSize() const { return m_frame.size(); }
    /// Where the picture goes in the item, in item coordinates: the frame's
    /// shape fitted and centred; empty without a frame.
    QRectF pictureRect() const;
    /// Frames converted for a paint so far (for tests and the curious).
    int convertedFrames() const { return m_converted; }

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void frameSizeChanged();

private:
    void takeFrame(const QVideoFrame &frame);

    QVideoSink *m_sink = nullptr;
    QVideoFrame m_frame; ///< the newest
    QImage m_picture; ///< m_frame converted, once painted
    bool m_pending = false; ///< m_frame is not converted yet
    int m_converted = 0;
};

} // namespace stampdesk::scan::qml
