// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scan/encoder.h"

#include <QImage>
#include <QSize>
#include <QString>

/// Images of codes for the decoder's tests, and the photo-like scenes of the
/// acceptance set (tests/data/scan/photos, made by stampdesk_makephotos).
/// Everything is made with the scan library's encoder and QPainter, and is
/// the same for the same seed.
namespace stampdesk::scan::codeimages {

/// A text that each symbology holds, the kind of thing a wallet pass or a
/// POS shows.
QString sampleText(Symbology symbology);

/// The code at moduleSize pixels per module, Grayscale8 with its quiet zone.
/// A fractional size is drawn at a whole multiple and scaled down smoothly,
/// as a sensor averages what falls on each pixel.
QImage code(Symbology symbology, const QString &text, double moduleSize,
            const RenderOptions &options = {});

/// Turned clockwise by a multiple of 90 degrees, pixel for pixel.
QImage rotated(const QImage &image, int degrees);
/// A box blur of the given radius (a 2r+1 wide kernel), both directions.
QImage blurred(const QImage &image, int radius);
/// Uniform noise of +-amplitude levels on every pixel.
QImage noisy(const QImage &image, int amplitude, quint32 seed);
/// Light on dark, as a phone in dark mode may show a code.
QImage inverted(const QImage &image);
/// A Grayscale8 canvas of one level.
QImage plain(QSize size, int level = 255);
/// Photo-like clutter: gradients, shapes, lines, text and noise, Grayscale8.
QImage busyBackground(QSize size, quint32 seed);
/// image drawn onto background (converted to Grayscale8) at topLeft.
QImage placed(const QImage &background, const QImage &image, QPoint topLeft);
/// image drawn onto the middle of background.
QImage centred(const QImage &background, const QImage &image);

/// What a webcam at the register sees: a code on a phone screen or on
/// paper, held in front of the camera.
struct Scene
{
    enum class Carrier {
        Phone, ///< a wallet pass on a phone: dark bezel, light screen, coloured pass
        DarkPhone, ///< the same in dark mode: the code light on dark
        Paper, ///< a printed card or receipt on a desk
    };

    Symbology symbology = Symbology::QRCode;
    QString text; ///< empty: the carrier without a code
    Carrier carrier = Carrier::Phone;
    QSize frame{1280, 720};
    double codeWidth = 0.25; ///< the code's width as a share of the frame's width
    QPointF centre{0.5, 0.5}; ///< where the code is, as shares of the frame
    double rotation = 0; ///< degrees, clockwise in the picture's plane
    double tiltX = 0; ///< degrees the top leans away (perspective)
    double tiltY = 0; ///< degrees the right side leans away (perspective)
    double lighting = 0.35; ///< how much darker the dark side is (0 even light)
    bool glare = false; ///< a bright reflection on the screen or the paper
    bool banding = false; ///< moire-like bands of a screen filmed
    int motionBlur = 0; ///< pixels of horizontal smear
    int noise = 6; ///< sensor noise, +- levels
    int jpegQuality = 70; ///< a webcam's MJPEG; 0 for none
    quint32 seed = 1;
};

/// The scene as an RGB32 frame (after the JPEG round trip, if any).
QImage photo(const Scene &scene);

} // namespace stampdesk::scan::codeimages
