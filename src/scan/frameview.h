// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

namespace stampdesk::scan {

/// How the bytes of a FrameView hold their pixels.
enum class PixelLayout {
    Luma, ///< 8-bit luminance, one byte per sample at pixelStride (Y plane, or the
          ///< Y bytes of packed YUYV/UYVY with pixelStride 2)
    RGB, ///< 3 bytes R, G, B
    BGR, ///< 3 bytes B, G, R
    RGBX, ///< 4 bytes R, G, B, unused
    BGRX, ///< 4 bytes B, G, R, unused (QVideoFrame BGRA8888/BGRX8888, QImage RGB32 on little endian)
    XRGB, ///< 4 bytes unused, R, G, B
    XBGR, ///< 4 bytes unused, B, G, R
};

/// A view of an image in memory that somebody else owns (a mapped video
/// frame, a QImage): no copy, no conversion. Valid only while the memory is.
struct FrameView
{
    const uchar *data = nullptr; ///< the first pixel (for packed YUV: its Y byte)
    int width = 0;
    int height = 0;
    int rowStride = 0; ///< bytes from one row to the next
    int pixelStride = 1; ///< bytes from one pixel to the next
    PixelLayout layout = PixelLayout::Luma;

    bool isValid() const { return data && width > 0 && height > 0 && rowStride > 0; }
};

} // namespace stampdesk::scan
