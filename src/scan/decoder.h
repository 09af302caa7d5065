// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "frameview.h"

#include <QFlags>
#include <QList>
#include <QPoint>
#include <QString>

#include <array>

namespace stampdesk::scan {

/// The symbologies Stampdesk reads: what wallet passes and POS systems show.
enum class Symbology {
    QRCode = 0x1,
    Code128 = 0x2,
    EAN13 = 0x4,
    PDF417 = 0x8,
    Aztec = 0x10,
    DataMatrix = 0x20,
};
Q_DECLARE_FLAGS(Symbologies, Symbology)
Q_DECLARE_OPERATORS_FOR_FLAGS(Symbologies)

inline constexpr Symbologies allSymbologies = Symbologies(0x3f);

/// The name decode() reports for a symbology, as ZXing-C++ names it:
/// "QRCode", "Code128", "EAN-13", "PDF417", "Aztec", "DataMatrix".
QString formatName(Symbology symbology);

/// One code found in an image.
struct Decoded
{
    QString format; ///< as ZXing-C++ names it: "QRCode", "Code128", "EAN-13", ...
    QString text; ///< the content, UTF-8 decoded
    std::array<QPoint, 4> corners{}; ///< where it is in the image
    friend bool operator==(const Decoded &, const Decoded &) = default;
};

/// DecodeOptions::maxCodes for "every code in the image": as many as the
/// decoder can report in one call (ZXing counts them in a byte).
inline constexpr int allCodes = 255;

/// How hard to look.
struct DecodeOptions
{
    Symbologies symbologies = allSymbologies;
    /// A still image (a file, a photo): no time limit, so when a plain pass
    /// finds nothing, try again another way (other binarizer, inverted)
    /// before giving up. Video frames keep to one fast pass: the next frame
    /// comes in 33 ms.
    bool stillImage = false;
    /// The most codes to report, 1 to allCodes; video wants one.
    int maxCodes = 1;
};

/// The decoder: a pure function over an image view, the same for camera
/// frames, files and tests. It never aborts the process (see decoder.cpp on
/// ZXing-C++ 1.4's assertion, zxing-cpp issue 740) and never reads outside
/// the view.
QList<Decoded> decode(const FrameView &image, const DecodeOptions &options = {});

} // namespace stampdesk::scan
