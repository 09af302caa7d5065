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
    BGRX, ///< 4 bytes B, G, R, unused (QVideoFrame BGRA8888/BGRX8888, QImage RGB32 on little
          ///< endian)
    XRGB, ///< 4 bytes unused, R, G, B
    XBGR, ///< 4 bytes unused, B, G, R
};

/// The bytes that hold one pixel of a layout (a pixel may take more: see
/// FrameView::pixelStride).
constexpr int bytesPerPixel(PixelLayout layout)
{
    switch (layout) {
    case PixelLayout::Luma:
        return 1;
    case PixelLayout::RGB:
    case PixelLayout::BGR:
        return 3;
    case PixelLayout::RGBX:
    case PixelLayout::BGRX:
    case PixelLayout::XRGB:
    case PixelLayout::XBGR:
        return 4;
    }
    return 4;
}

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

    /// Whether the strides can hold the pixels: no pixel overlaps the next,
    /// no row the next. The decoder refuses a view that is not valid.
    bool isValid() const
    {
        return data && width > 0 && height > 0 && pixelStride >= bytesPerPixel(layout)
            && rowStride >= qsizetype(width - 1) * pixelStride + bytesPerPixel(layout);
    }

    /// The bytes from data to the last byte of the last pixel: all that a
    /// reader of the view touches (the last row needs no padding).
    qsizetype byteCount() const
    {
        return qsizetype(height - 1) * rowStride + qsizetype(width - 1) * pixelStride
            + bytesPerPixel(layout);
    }
};

} // namespace stampdesk::scan
