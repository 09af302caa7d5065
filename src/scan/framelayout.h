// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "frameview.h"

#include <QImage>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <optional>

namespace stampdesk::scan {

/// Where the decoder's pixels of a video frame come from.
enum class FrameAccess {
    InPlace, ///< the mapped frame's own memory: its Y plane, or its RGB pixels
    Converted, ///< a copy made with QVideoFrame::toImage() (a format ZXing cannot read)
    Unreadable, ///< nothing to read: an invalid frame, or one that neither maps nor converts
                ///< (Qt 6.4's toImage() makes nothing of YUV420P10)
};

/// How the pixels of a pixel format are laid out for the decoder: which
/// plane, at which byte offset and pixel stride, as which PixelLayout.
/// Formats without a layout (10-bit YUV420P10, Jpeg, textures) go through
/// toImage().
struct PlaneLayout
{
    int plane = 0;
    int offset = 0; ///< bytes from the row's start to the first sample
    int pixelStride = 1;
    PixelLayout layout = PixelLayout::Luma;
};
std::optional<PlaneLayout> planeLayout(QVideoFrameFormat::PixelFormat format);

/// The view of a frame that is mapped for reading, over its own memory: no
/// copy, no conversion. std::nullopt when the format has no layout or the
/// mapped plane is smaller than its size and stride claim (never read past
/// a buffer).
std::optional<FrameView> viewOfMapped(const QVideoFrame &mapped);

/// A video frame, mapped for reading while this object lives, with the view
/// the decoder reads. For the formats of planeLayout() the view points into
/// the mapped frame itself; any other frame (or one whose rows run bottom
/// to top) is converted once with toImage() into 8-bit grey, which
/// access() reports so it can be counted.
/// The worker thread makes one per frame; the benchmark too.
class MappedFrame
{
public:
    explicit MappedFrame(QVideoFrame frame);
    ~MappedFrame();
    MappedFrame(const MappedFrame &) = delete;
    MappedFrame &operator=(const MappedFrame &) = delete;

    FrameAccess access() const { return m_access; }
    /// Valid while this object lives; an invalid view when Unreadable.
    const FrameView &view() const { return m_view; }

private:
    QVideoFrame m_frame;
    QImage m_converted;
    FrameView m_view;
    FrameAccess m_access = FrameAccess::Unreadable;
};

} // namespace stampdesk::scan
