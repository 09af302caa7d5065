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
/// conversion (about 5 ms for 640×480 NV12 on the CPU) and one scaled copy
/// into the item's own image. On the software renderer the caller must keep
/// toImage() on the CPU (see chooseRenderer in src/gui/main.cpp): Qt 6.4
/// converts with an OpenGL context of its own wherever the platform offers
/// OpenGL, which on a machine without a GPU is llvmpipe again (~90 MB).
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
