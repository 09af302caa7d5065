// SPDX-License-Identifier: Apache-2.0
#include "framelayout.h"

namespace stampdesk::scan {

namespace {

// Bytes one pixel of a layout takes, from its first byte.
int pixelBytes(PixelLayout layout)
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

// The high byte of a 16-bit sample in native order (Y16 is little endian
// by definition; P010/P016 are native, which Qt only builds for little
// endian in practice).
constexpr int highByteLE = 1;
constexpr int highByteNative = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? 1 : 0;

} // namespace

std::optional<PlaneLayout> planeLayout(QVideoFrameFormat::PixelFormat format)
{
    using F = QVideoFrameFormat;
    switch (format) {
    // Planar and semi-planar YUV: plane 0 is the luminance, as it is.
    case F::Format_Y8:
    case F::Format_NV12:
    case F::Format_NV21:
    case F::Format_YUV420P:
    case F::Format_YUV422P:
    case F::Format_YV12:
    case F::Format_IMC1:
    case F::Format_IMC2:
    case F::Format_IMC3:
    case F::Format_IMC4:
        return PlaneLayout{};
    // Packed 4:2:2: every other byte is a Y.
    case F::Format_YUYV:
        return PlaneLayout{0, 0, 2, PixelLayout::Luma};
    case F::Format_UYVY:
        return PlaneLayout{0, 1, 2, PixelLayout::Luma};
    // Packed 4:4:4 with alpha: bytes A, Y, U, V, as Qt's own conversion
    // reads them (its documentation's 0xAAYYUUVV is in memory order).
    case F::Format_AYUV:
    case F::Format_AYUV_Premultiplied:
        return PlaneLayout{0, 1, 4, PixelLayout::Luma};
    // 16 bits a sample: the high byte is the luminance to 8 bits.
    case F::Format_Y16:
        return PlaneLayout{0, highByteLE, 2, PixelLayout::Luma};
    case F::Format_P010:
    case F::Format_P016:
        return PlaneLayout{0, highByteNative, 2, PixelLayout::Luma};
    // Qt 6's 32-bit formats name their bytes in memory order, whatever the
    // machine's endianness (qvideoframeformat.cpp maps BGRA8888 to QImage's
    // ARGB32 on little endian only). ZXing reads them in its own pass.
    case F::Format_ARGB8888:
    case F::Format_ARGB8888_Premultiplied:
    case F::Format_XRGB8888:
        return PlaneLayout{0, 0, 4, PixelLayout::XRGB};
    case F::Format_BGRA8888:
    case F::Format_BGRA8888_Premultiplied:
    case F::Format_BGRX8888:
        return PlaneLayout{0, 0, 4, PixelLayout::BGRX};
    case F::Format_ABGR8888:
    case F::Format_XBGR8888:
        return PlaneLayout{0, 0, 4, PixelLayout::XBGR};
    case F::Format_RGBA8888:
    case F::Format_RGBX8888:
        return PlaneLayout{0, 0, 4, PixelLayout::RGBX};
    // YUV420P10 keeps its 10 bits in the low bits of 16; the rest are
    // compressed (Jpeg) or textures.
    default:
        return std::nullopt;
    }
}

std::optional<FrameView> viewOfMapped(const QVideoFrame &mapped)
{
    const auto layout = planeLayout(mapped.pixelFormat());
    if (!layout || !(mapped.mapMode() & QVideoFrame::ReadOnly))
        return std::nullopt;
    if (layout->plane >= mapped.planeCount())
        return std::nullopt;
    const uchar *bits = mapped.bits(layout->plane);
    const int width = mapped.width();
    const int height = mapped.height();
    const int stride = mapped.bytesPerLine(layout->plane);
    if (!bits || width <= 0 || height <= 0
        || stride < layout->offset + (width - 1) * layout->pixelStride + 1)
        return std::nullopt;
    // A buffer shorter than its geometry would make ZXing read past it.
    const qint64 needed = layout->offset + qint64(height - 1) * stride
        + qint64(width - 1) * layout->pixelStride + pixelBytes(layout->layout);
    const int mappedBytes = mapped.mappedBytes(layout->plane);
    if (mappedBytes > 0 && mappedBytes < needed)
        return std::nullopt;
    return FrameView{bits + layout->offset, width,         height, stride,
                     layout->pixelStride,   layout->layout};
}

MappedFrame::MappedFrame(QVideoFrame frame)
    : m_frame(std::move(frame))
{
    if (!m_frame.isValid())
        return;
    // GStreamer and V4L2 deliver rows top to bottom; a frame that says
    // otherwise would be read upside down (a mirrored QR code), so it goes
    // the slow way with the formats that have no layout.
    const bool topDown =
        m_frame.surfaceFormat().scanLineDirection() == QVideoFrameFormat::TopToBottom;
    if (topDown && planeLayout(m_frame.pixelFormat()) && m_frame.map(QVideoFrame::ReadOnly)) {
        if (const auto view = viewOfMapped(m_frame)) {
            m_view = *view;
            m_access = FrameAccess::InPlace;
            return;
        }
        m_frame.unmap();
    }
    // The last resort: Qt's own conversion, then one byte of grey a pixel.
    m_converted = m_frame.toImage();
    if (m_converted.isNull())
        return;
    m_converted.convertTo(QImage::Format_Grayscale8);
    m_view = FrameView{m_converted.constBits(),
                       m_converted.width(),
                       m_converted.height(),
                       int(m_converted.bytesPerLine()),
                       1,
                       PixelLayout::Luma};
    m_access = FrameAccess::Converted;
}

MappedFrame::~MappedFrame()
{
    if (m_access == FrameAccess::InPlace)
        m_frame.unmap();
}

} // namespace stampdesk::scan
