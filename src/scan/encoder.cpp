// SPDX-License-Identifier: Apache-2.0
// The encoder, over ZXing-C++ 1.4's MultiFormatWriter. The writer draws at
// one pixel per module without a margin; the module size and the quiet zone
// are added here, so that both are exact.
#include "encoder.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <algorithm>
#include <exception>
#include <optional>

namespace stampdesk::scan {

namespace {

ZXing::BarcodeFormat zxingFormat(Symbology symbology)
{
    switch (symbology) {
    case Symbology::QRCode:
        return ZXing::BarcodeFormat::QRCode;
    case Symbology::Code128:
        return ZXing::BarcodeFormat::Code128;
    case Symbology::EAN13:
        return ZXing::BarcodeFormat::EAN13;
    case Symbology::PDF417:
        return ZXing::BarcodeFormat::PDF417;
    case Symbology::Aztec:
        return ZXing::BarcodeFormat::Aztec;
    case Symbology::DataMatrix:
        return ZXing::BarcodeFormat::DataMatrix;
    }
    return ZXing::BarcodeFormat::None;
}

bool isLinear(Symbology symbology)
{
    return symbology == Symbology::Code128 || symbology == Symbology::EAN13;
}

int standardQuietZone(Symbology symbology)
{
    switch (symbology) {
    case Symbology::QRCode:
        return 4;
    case Symbology::Code128:
        return 10;
    case Symbology::EAN13:
        return 11; // the left one; the right needs 7
    case Symbology::PDF417:
        return 2;
    case Symbology::Aztec:
    case Symbology::DataMatrix:
        return 1;
    }
    return 4;
}

/// One pixel per module, no margin; nothing when the text does not fit.
std::optional<ZXing::BitMatrix> encode(Symbology symbology, const QString &text,
                                       ErrorCorrection level)
{
    ZXing::MultiFormatWriter writer(zxingFormat(symbology));
    writer.setMargin(0);
    // 1.4 maps levels 1-2, 3-4, 5-6, 7-8 to QR's L, M, Q, H.
    if (symbology == Symbology::QRCode)
        writer.setEccLevel(2 * (int(level) + 1));
    // The writers default to ISO 8859-1, which 1.4's readers may take for
    // another legacy charset; UTF-8 is marked as such (ECI) and reads back.
    const bool ascii =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii && symbology != Symbology::DataMatrix)
        writer.setEncoding(ZXing::CharacterSet::UTF8);
    try {
        return writer.encode(text.toStdWString(), 0, 0);
    } catch (const std::exception &) {
        return std::nullopt; // ZXing refuses text that does not fit by throwing
    }
}

} // namespace

QImage render(Symbology symbology, const QString &text, const RenderOptions &options)
{
    const std::optional<ZXing::BitMatrix> matrix = encode(symbology, text, options.errorCorrection);
    if (!matrix || matrix->empty() || options.moduleSize < 1)
        return {};
    const int quiet = options.quietZone >= 0 ? options.quietZone : standardQuietZone(symbology);
    int rows = matrix->height();
    if (isLinear(symbology)) {
        rows = options.barHeight > 0        ? options.barHeight
            : symbology == Symbology::EAN13 ? 69
                                            : std::max(30, matrix->width() / 4);
    }
    const qint64 width = qint64(matrix->width() + 2 * quiet) * options.moduleSize;
    const qint64 height = qint64(rows + 2 * quiet) * options.moduleSize;
    if (width > 32768 || height > 32768)
        return {};

    QImage image(int(width), int(height), QImage::Format_Grayscale8);
    image.fill(0xff);
    const int m = options.moduleSize;
    for (int y = 0; y < int(height) - 2 * quiet * m; ++y) {
        uchar *line = image.scanLine(quiet * m + y) + quiet * m;
        const int row = isLinear(symbology) ? 0 : y / m;
        for (int x = 0; x < matrix->width(); ++x) {
            if (matrix->get(x, row))
                std::fill_n(line + x * m, m, uchar(0));
        }
    }
    return image;
}

int qrVersion(const QString &text, ErrorCorrection level)
{
    const std::optional<ZXing::BitMatrix> matrix = encode(Symbology::QRCode, text, level);
    return matrix && !matrix->empty() ? (matrix->width() - 17) / 4 : 0;
}

} // namespace stampdesk::scan
