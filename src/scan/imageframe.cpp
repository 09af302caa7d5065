// SPDX-License-Identifier: Apache-2.0
#include "imageframe.h"

#include <optional>

namespace stampdesk::scan {

namespace {

/// The layout of a format whose bytes the decoder reads as they are.
std::optional<PixelLayout> layoutOf(QImage::Format format)
{
    switch (format) {
    case QImage::Format_Grayscale8:
        return PixelLayout::Luma;
    case QImage::Format_RGB32: // 0xffRRGGBB in native byte order
        return Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? PixelLayout::BGRX : PixelLayout::XRGB;
    case QImage::Format_RGB888:
        return PixelLayout::RGB;
    case QImage::Format_BGR888:
        return PixelLayout::BGR;
    case QImage::Format_RGBX8888:
        return PixelLayout::RGBX;
    default:
        return std::nullopt;
    }
}

/// Whether a 32-bit image with alpha is opaque all over (many PNGs carry
/// an alpha channel they do not use): then its bytes read as RGB32's.
bool isOpaque(const QImage &image)
{
    if (image.format() != QImage::Format_ARGB32
        && image.format() != QImage::Format_ARGB32_Premultiplied)
        return false;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(line[x]) != 255)
                return false;
        }
    }
    return true;
}

/// The image laid on white: what a viewer shows of a transparent PNG. A
/// plain conversion would drop the alpha and leave black on black.
QImage onWhite(const QImage &image)
{
    const QImage premultiplied = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QImage out(image.size(), QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *in = reinterpret_cast<const QRgb *>(premultiplied.constScanLine(y));
        QRgb *line = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int white = 255 - qAlpha(in[x]);
            line[x] = qRgb(qRed(in[x]) + white, qGreen(in[x]) + white, qBlue(in[x]) + white);
        }
    }
    return out;
}

} // namespace

ImageFrame::ImageFrame(const QImage &image)
    : m_image(image)
{
    if (m_image.isNull())
        return;
    std::optional<PixelLayout> layout =
        layoutOf(isOpaque(m_image) ? QImage::Format_RGB32 : m_image.format());
    if (!layout) {
        m_image = m_image.hasAlphaChannel() ? onWhite(m_image)
                                            : m_image.convertToFormat(QImage::Format_Grayscale8);
        layout = layoutOf(m_image.format());
        m_converted = true;
    }
    m_view.data = m_image.constBits(); // const: the shared image is not detached
    m_view.width = m_image.width();
    m_view.height = m_image.height();
    m_view.rowStride = int(m_image.bytesPerLine());
    m_view.pixelStride = bytesPerPixel(*layout);
    m_view.layout = *layout;
}

} // namespace stampdesk::scan
