// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "decoder.h"

#include <QImage>
#include <QString>

namespace stampdesk::scan {

/// How much of a QR code may be lost and still read: L 7 %, M 15 %,
/// Q 25 %, H 30 %. A printed or displayed wallet code wants M.
enum class ErrorCorrection { Low, Medium, Quartile, High };

/// How to draw a code.
struct RenderOptions
{
    int moduleSize = 4; ///< pixels per module (for a linear code, its narrowest bar)
    /// Modules of light margin on every side; -1: what the symbology asks
    /// for (QR 4, Code 128 10, EAN-13 11, PDF417 2, Aztec and DataMatrix 1).
    int quietZone = -1;
    ErrorCorrection errorCorrection = ErrorCorrection::Medium; ///< QR codes only
    /// A linear code's bar height in modules; 0: the usual (EAN-13 69,
    /// Code 128 a quarter of its length and at least 30).
    int barHeight = 0;
};

/// The code for text as a Grayscale8 image, black on white; a null image
/// when the symbology cannot hold the text (EAN-13 takes 12 or 13 digits
/// with a valid check digit, Code 128 ASCII, DataMatrix Latin-1).
QImage render(Symbology symbology, const QString &text, const RenderOptions &options = {});

/// The QR version (1 to 40: 17 + 4 x version modules a side) that render()
/// makes for text at a level; 0 if the text does not fit in version 40.
int qrVersion(const QString &text, ErrorCorrection level = ErrorCorrection::Medium);

} // namespace stampdesk::scan
