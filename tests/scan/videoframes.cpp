// SPDX-License-Identifier: Apache-2.0
#include "videoframes.h"

#include "scan/encoder.h"

#include <QPainter>

#include <cstring>

namespace stampdesk::test {

namespace {

using F = QVideoFrameFormat;

void fillPlane(QVideoFrame &frame, int plane, int rows, uchar value)
{
    std::memset(frame.bits(plane), value, size_t(frame.bytesPerLine(plane)) * size_t(rows));
}

void fill16(QVideoFrame &frame, int plane, int rows, quint16 value)
{
    for (int y = 0; y < rows; ++y) {
        uchar *row = frame.bits(plane) + qsizetype(y) * frame.bytesPerLine(plane);
        for (int i = 0; i + 1 < frame.bytesPerLine(plane); i += 2) {
            row[i] = uchar(value & 0xff); // little endian, as Qt's 16-bit formats
            row[i + 1] = uchar(value >> 8);
        }
    }
}

} // namespace

QList<F::PixelFormat> inPlaceFormats()
{
    return {F::Format_NV12,
            F::Format_NV21,
            F::Format_YUV420P,
            F::Format_YV12,
            F::Format_YUV422P,
            F::Format_YUYV,
            F::Format_UYVY,
            F::Format_Y8,
            F::Format_Y16,
            F::Format_P010,
            F::Format_P016,
            F::Format_ARGB8888,
            F::Format_ARGB8888_Premultiplied,
            F::Format_XRGB8888,
            F::Format_BGRA8888,
            F::Format_BGRA8888_Premultiplied,
            F::Format_BGRX8888,
            F::Format_ABGR8888,
            F::Format_XBGR8888,
            F::Format_RGBA8888,
            F::Format_RGBX8888};
}

ByteOrder byteOrder(F::PixelFormat format)
{
    switch (format) {
    case F::Format_ARGB8888:
    case F::Format_ARGB8888_Premultiplied:
    case F::Format_XRGB8888:
        return {1, 2, 3, 0};
    case F::Format_BGRA8888:
    case F::Format_BGRA8888_Premultiplied:
    case F::Format_BGRX8888:
        return {2, 1, 0, 3};
    case F::Format_ABGR8888:
    case F::Format_XBGR8888:
        return {3, 2, 1, 0};
    case F::Format_RGBA8888:
    case F::Format_RGBX8888:
        return {0, 1, 2, 3};
    default:
        return {-1, -1, -1, -1};
    }
}

QVideoFrame rgbFrame(QSize size, F::PixelFormat format, QRgb colour)
{
    QVideoFrame frame(F(size, format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    const ByteOrder order = byteOrder(format);
    for (int y = 0; y < size.height(); ++y) {
        uchar *row = frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0);
        for (int x = 0; x < size.width(); ++x) {
            uchar *pixel = row + 4 * x;
            pixel[order.r] = uchar(qRed(colour));
            pixel[order.g] = uchar(qGreen(colour));
            pixel[order.b] = uchar(qBlue(colour));
            pixel[order.a] = uchar(qAlpha(colour));
        }
    }
    frame.unmap();
    return frame;
}

QVideoFrame frameOf(const QImage &image, F::PixelFormat format, F::Direction direction)
{
    QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    if (direction == F::BottomToTop)
        grey = grey.mirrored(false, true);
    F surface(grey.size(), format);
    surface.setScanLineDirection(direction);
    QVideoFrame frame(surface);
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    const int w = grey.width();
    const int h = grey.height();
    auto yRow = [&](int y) {
        return frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0);
    };

    switch (format) {
    case F::Format_NV12:
    case F::Format_NV21:
    case F::Format_YUV420P:
    case F::Format_YV12:
    case F::Format_YUV422P:
    case F::Format_Y8: {
        for (int y = 0; y < h; ++y)
            std::memcpy(yRow(y), grey.constScanLine(y), size_t(w));
        const int chromaRows = format == F::Format_YUV422P ? h : (h + 1) / 2;
        for (int plane = 1; plane < frame.planeCount(); ++plane)
            fillPlane(frame, plane, chromaRows, 128);
        break;
    }
    case F::Format_YUYV:
    case F::Format_UYVY: {
        const int yAt = format == F::Format_YUYV ? 0 : 1;
        for (int y = 0; y < h; ++y) {
            uchar *row = yRow(y);
            const uchar *in = grey.constScanLine(y);
            for (int x = 0; x < w; ++x) {
                row[2 * x + yAt] = in[x];
                row[2 * x + 1 - yAt] = 128;
            }
        }
        break;
    }
    case F::Format_AYUV:
        for (int y = 0; y < h; ++y) {
            uchar *row = yRow(y);
            const uchar *in = grey.constScanLine(y);
            for (int x = 0; x < w; ++x) {
                row[4 * x] = 255;
                row[4 * x + 1] = in[x];
                row[4 * x + 2] = row[4 * x + 3] = 128;
            }
        }
        break;
    case F::Format_Y16:
    case F::Format_P010:
    case F::Format_P016: {
        for (int y = 0; y < h; ++y) {
            uchar *row = yRow(y);
            const uchar *in = grey.constScanLine(y);
            for (int x = 0; x < w; ++x) {
                // P010 keeps 10 bits in the high bits; the others all 16.
                const quint16 v = format == F::Format_P010 ? quint16((in[x] * 1023 / 255) << 6)
                                                           : quint16(in[x] * 257);
                row[2 * x] = uchar(v & 0xff);
                row[2 * x + 1] = uchar(v >> 8);
            }
        }
        if (frame.planeCount() > 1)
            fill16(frame, 1, (h + 1) / 2, 0x8000);
        break;
    }
    default: {
        const ByteOrder order = byteOrder(format);
        if (order.r < 0) {
            frame.unmap();
            return {};
        }
        for (int y = 0; y < h; ++y) {
            uchar *row = yRow(y);
            const uchar *in = grey.constScanLine(y);
            for (int x = 0; x < w; ++x) {
                uchar *pixel = row + 4 * x;
                pixel[order.r] = pixel[order.g] = pixel[order.b] = in[x];
                pixel[order.a] = 255;
            }
        }
        break;
    }
    }
    frame.unmap();
    return frame;
}

QImage codeScene(const QString &text, QSize size, int moduleSize)
{
    scan::RenderOptions options;
    options.moduleSize = moduleSize;
    const QImage code = scan::render(scan::Symbology::QRCode, text, options);
    QImage scene(size, QImage::Format_RGB32);
    scene.fill(QColor(225, 225, 225));
    QPainter painter(&scene);
    painter.drawImage((size.width() - code.width()) / 2, (size.height() - code.height()) / 2, code);
    painter.end();
    return scene.convertToFormat(QImage::Format_Grayscale8);
}

} // namespace stampdesk::test
