// SPDX-License-Identifier: Apache-2.0
#include "framepicture.h"

#include <QPainter>

#include <utility>

namespace stampdesk::scan::qml {

FramePicture::FramePicture(QQuickItem *parent)
    : QQuickPaintedItem(parent)
    , m_sink(new QVideoSink(this))
{
    // GStreamer delivers on the GUI thread; another backend's frames are
    // queued to it, so m_frame is only ever touched here or in paint(),
    // which the render loop calls while the GUI thread waits.
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &FramePicture::takeFrame);
}

QRectF FramePicture::pictureRect() const
{
    if (!m_frame.isValid())
        return {};
    const QSizeF fitted = QSizeF(m_frame.size()).scaled(size(), Qt::KeepAspectRatio);
    return {QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted};
}

void FramePicture::paint(QPainter *painter)
{
    if (!m_frame.isValid())
        return;
    if (std::exchange(m_pending, false)) {
        m_picture = m_frame.toImage();
        ++m_converted;
    }
    if (!m_picture.isNull())
        painter->drawImage(pictureRect(), m_picture);
}

void FramePicture::takeFrame(const QVideoFrame &frame)
{
    const QSize before = m_frame.size();
    m_frame = frame;
    m_pending = frame.isValid();
    if (!m_pending)
        m_picture = QImage(); // the source stopped: nothing to show, nothing to hold
    update();
    if (m_frame.size() != before)
        Q_EMIT frameSizeChanged();
}

} // namespace stampdesk::scan::qml
