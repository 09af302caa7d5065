// SPDX-License-Identifier: Apache-2.0
#pragma once

// Video frames for the scanner's tests, made the way a camera or a decoder
// would hand them over: a QVideoFrame of a pixel format whose planes are
// filled, byte by byte, from a grey picture.

#include <QImage>
#include <QList>
#include <QVideoFrame>
#include <QVideoFrameFormat>

namespace stampdesk::test {

/// The pixel formats the scanner reads in place, each filled below.
QList<QVideoFrameFormat::PixelFormat> inPlaceFormats();

/// A frame of format showing grey (a Grayscale8 image): its luminance in
/// the Y samples with neutral chroma, or R = G = B = grey with opaque alpha.
/// Frames are allocated by QVideoFrame itself, so their strides are Qt's.
/// A bottom-to-top frame holds the picture's last row first.
QVideoFrame frameOf(const QImage &grey, QVideoFrameFormat::PixelFormat format,
                    QVideoFrameFormat::Direction direction = QVideoFrameFormat::TopToBottom);

/// A 32-bit RGB frame of format, every pixel of colour, its bytes in the
/// order Qt's documentation gives for format.
QVideoFrame rgbFrame(QSize size, QVideoFrameFormat::PixelFormat format, QRgb colour);

/// Where R, G, B and alpha sit in a pixel of a 32-bit RGB format, by Qt's
/// documentation (the names are memory order in Qt 6).
struct ByteOrder
{
    int r, g, b, a;
};
ByteOrder byteOrder(QVideoFrameFormat::PixelFormat format);

/// A picture of a QR code of text, centred on a light background of size.
QImage codeScene(const QString &text, QSize size, int moduleSize = 4);

} // namespace stampdesk::test
