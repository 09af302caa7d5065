// SPDX-License-Identifier: Apache-2.0
// The decoder, over ZXing-C++ 1.4 as Debian 12 ships it.
//
// Debian builds ZXing with assertions on, and 1.4's Result::operator==
// asserts `lineCount() == 1` whenever it compares two results of a linear
// format (Code 128, EAN-13) with the same content: the process aborts
// (zxing-cpp issue 740, fixed in 2.x). ReadBarcodes() makes that comparison,
// to drop duplicates, for every result it finds while it already holds one:
// the same symbol found again at reduced resolution (tryDownscale, images of
// 500 px and more), a symbol tilted about 45 degrees that both the row and
// the column scan read (tryRotate), or the same code printed twice. Turning
// downscaling off leaves the last two, so it is not enough. Every read that
// may return a linear code therefore asks for ONE symbol: ReadBarcodes then
// returns at its first result, before it holds two to compare. Matrix codes
// (QR, PDF417, Aztec, DataMatrix) are compared by position, without the
// assertion, so they are read many at a time; further linear codes are read
// one by one, each painted out of a copy of the image before the next read.
// tests/scan/tst_decoder.cpp holds these cases and shows that ZXing's default
// hints abort on them.
#include "decoder.h"

#include "decoderprobe.h"

#include <QRect>
#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <exception>
#include <numeric>
#include <optional>
#include <span>
#include <vector>

namespace stampdesk::scan {

namespace {

using ZXing::BarcodeFormat;
using ZXing::BarcodeFormats;
using ZXing::Binarizer;

constexpr std::pair<Symbology, BarcodeFormat> formatOf[] = {
    {Symbology::QRCode, BarcodeFormat::QRCode}, {Symbology::Code128, BarcodeFormat::Code128},
    {Symbology::EAN13, BarcodeFormat::EAN13},   {Symbology::PDF417, BarcodeFormat::PDF417},
    {Symbology::Aztec, BarcodeFormat::Aztec},   {Symbology::DataMatrix, BarcodeFormat::DataMatrix},
};

BarcodeFormats zxingFormats(Symbologies symbologies)
{
    BarcodeFormats formats;
    for (const auto &[symbology, format] : formatOf) {
        if (symbologies.testFlag(symbology))
            formats |= format;
    }
    return formats;
}

ZXing::ImageFormat zxingFormat(PixelLayout layout)
{
    switch (layout) {
    case PixelLayout::Luma:
        return ZXing::ImageFormat::Lum;
    case PixelLayout::RGB:
        return ZXing::ImageFormat::RGB;
    case PixelLayout::BGR:
        return ZXing::ImageFormat::BGR;
    case PixelLayout::RGBX:
        return ZXing::ImageFormat::RGBX;
    case PixelLayout::BGRX:
        return ZXing::ImageFormat::BGRX;
    case PixelLayout::XRGB:
        return ZXing::ImageFormat::XRGB;
    case PixelLayout::XBGR:
        return ZXing::ImageFormat::XBGR;
    }
    return ZXing::ImageFormat::None;
}

ZXing::ImageView zxingView(const FrameView &image)
{
    return {image.data,      image.width,      image.height, zxingFormat(image.layout),
            image.rowStride, image.pixelStride};
}

/// The pixels a pass reads.
enum class Pixels {
    Original,
    Inverted, ///< light on dark made dark on light
    Sharpened, ///< an unsharp mask: soft bars of a few pixels get their edges back
};

/// A private 8-bit luminance copy of an image, for the reads that need
/// other pixels: the retries of a still, and painting out codes read.
class LumaImage
{
public:
    LumaImage(const ZXing::ImageView &source, Pixels pixels)
        : m_pixels(size_t(source.width()) * size_t(source.height()))
        , m_width(source.width())
        , m_height(source.height())
    {
        const ZXing::ImageFormat format = source.format();
        const bool luma = format == ZXing::ImageFormat::Lum;
        const int r = ZXing::RedIndex(format), g = ZXing::GreenIndex(format),
                  b = ZXing::BlueIndex(format);
        const uint8_t flip = pixels == Pixels::Inverted ? 0xff : 0;
        uint8_t *out = m_pixels.data();
        for (int y = 0; y < m_height; ++y) {
            for (int x = 0; x < m_width; ++x) {
                const uint8_t *p = source.data(x, y);
                *out++ = flip ^ (luma ? *p : ZXing::RGBToLum(p[r], p[g], p[b]));
            }
        }
        if (pixels == Pixels::Sharpened)
            sharpen();
    }

    ZXing::ImageView view() const
    {
        return {m_pixels.data(), m_width, m_height, ZXing::ImageFormat::Lum};
    }
    int width() const { return m_width; }
    int height() const { return m_height; }
    uint8_t &at(int x, int y) { return m_pixels[size_t(y) * size_t(m_width) + size_t(x)]; }

private:
    /// p + (p - mean of its 3x3 neighbourhood), the borders clamped.
    void sharpen()
    {
        std::vector<uint16_t> rows(m_pixels.size()); // sums of 3 along x
        for (int y = 0; y < m_height; ++y) {
            const uint8_t *in = &m_pixels[size_t(y) * size_t(m_width)];
            for (int x = 0; x < m_width; ++x) {
                rows[size_t(y) * size_t(m_width) + size_t(x)] =
                    uint16_t(in[std::max(x - 1, 0)] + in[x] + in[std::min(x + 1, m_width - 1)]);
            }
        }
        for (int y = 0; y < m_height; ++y) {
            const uint16_t *above = &rows[size_t(std::max(y - 1, 0)) * size_t(m_width)];
            const uint16_t *here = &rows[size_t(y) * size_t(m_width)];
            const uint16_t *below = &rows[size_t(std::min(y + 1, m_height - 1)) * size_t(m_width)];
            uint8_t *out = &m_pixels[size_t(y) * size_t(m_width)];
            for (int x = 0; x < m_width; ++x) {
                const int mean = (above[x] + here[x] + below[x] + 4) / 9;
                out[x] = uint8_t(std::clamp(2 * out[x] - mean, 0, 255));
            }
        }
    }

    std::vector<uint8_t> m_pixels;
    int m_width;
    int m_height;
};

/// The pixels of an image for each pass: the original, and the copies the
/// retries need, made when first asked for.
class Variants
{
public:
    explicit Variants(const ZXing::ImageView &original)
        : m_original(original)
    { }

    ZXing::ImageView operator()(Pixels pixels)
    {
        if (pixels == Pixels::Original)
            return m_original;
        std::optional<LumaImage> &copy = pixels == Pixels::Inverted ? m_inverted : m_sharpened;
        if (!copy)
            copy.emplace(m_original, pixels);
        return copy->view();
    }

private:
    ZXing::ImageView m_original;
    std::optional<LumaImage> m_inverted;
    std::optional<LumaImage> m_sharpened;
};

/// How one read looks at the image.
struct Pass
{
    Binarizer binarizer;
    Pixels pixels;
};

// The first pass is the one a video frame gets. A still image is worth more
// time: the global histogram copes with what the local average splits into
// blocks (a code filling the image, glare, soft focus); ZXing 1.4 reads
// only dark modules on light, while a phone in dark mode shows light on
// dark; and small soft bars (a photo of a printed voucher) often read once
// sharpened.
constexpr Pass passes[] = {
    {Binarizer::LocalAverage, Pixels::Original},  {Binarizer::GlobalHistogram, Pixels::Original},
    {Binarizer::LocalAverage, Pixels::Inverted},  {Binarizer::GlobalHistogram, Pixels::Inverted},
    {Binarizer::LocalAverage, Pixels::Sharpened},
};

std::span<const Pass> passesFor(bool stillImage)
{
    return stillImage ? std::span<const Pass>(passes) : std::span<const Pass>(passes, 1);
}

ZXing::DecodeHints hints(BarcodeFormats formats, Binarizer binarizer, int maxSymbols)
{
    // tryHarder, tryRotate and tryDownscale are ZXing's defaults, spelled out:
    // all three are safe with one symbol per read (see the top of the file),
    // and a tilted, turned or close-up phone needs them.
    return ZXing::DecodeHints()
        .setFormats(formats)
        .setBinarizer(binarizer)
        .setTryHarder(true)
        .setTryRotate(true)
        .setTryDownscale(true)
        .setMaxNumberOfSymbols(uint8_t(std::clamp(maxSymbols, 1, allCodes)));
}

/// One symbol of any format at most: the read that cannot abort.
std::optional<ZXing::Result> readOne(const ZXing::ImageView &view, BarcodeFormats formats,
                                     Binarizer binarizer)
{
    ZXing::Results results = ZXing::ReadBarcodes(view, hints(formats, binarizer, 1));
    for (ZXing::Result &result : results) {
        if (result.isValid())
            return std::move(result);
    }
    return std::nullopt;
}

Decoded decoded(const ZXing::Result &result)
{
    Decoded code;
    code.format = QString::fromLatin1(ZXing::ToString(result.format()));
    code.text = QString::fromStdString(result.text()); // UTF-8: ZX_USE_UTF8
    const ZXing::Position &position = result.position();
    for (size_t i = 0; i < code.corners.size(); ++i)
        code.corners[i] = QPoint(position[i].x, position[i].y);
    return code;
}

QRect boundingRect(const ZXing::Position &position)
{
    int left = position[0].x, right = left, top = position[0].y, bottom = top;
    for (const ZXing::PointI &p : position) {
        left = std::min(left, p.x);
        right = std::max(right, p.x);
        top = std::min(top, p.y);
        bottom = std::max(bottom, p.y);
    }
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

/// The codes one decode() call has found, each once: reads with other hints
/// find the same symbols again.
class Found
{
public:
    explicit Found(int max)
        : m_max(std::clamp(max, 1, allCodes))
    { }

    bool full() const { return m_codes.size() >= m_max; }
    int remaining() const { return int(m_max - m_codes.size()); }

    /// Adds a code that covers extent, unless the same code (format and
    /// text) was found there already: then that one's extent grows.
    void add(Decoded code, const QRect &extent)
    {
        for (qsizetype i = 0; i < m_codes.size(); ++i) {
            if (m_codes[i].format != code.format || m_codes[i].text != code.text)
                continue;
            const int reach = std::max(m_extents[i].width(), m_extents[i].height()) / 8;
            if (m_extents[i].adjusted(-reach, -reach, reach, reach).contains(extent.center())) {
                m_extents[i] |= extent;
                return;
            }
        }
        if (full())
            return;
        m_codes.append(std::move(code));
        m_extents.append(extent);
    }

    /// In reading order: top to bottom, then left to right.
    QList<Decoded> take()
    {
        QList<qsizetype> order(m_codes.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
            const QRect &l = m_extents[a], &r = m_extents[b];
            return std::pair(l.top(), l.left()) < std::pair(r.top(), r.left());
        });
        QList<Decoded> sorted;
        sorted.reserve(order.size());
        for (qsizetype i : order)
            sorted.append(std::move(m_codes[i]));
        return sorted;
    }

private:
    QList<Decoded> m_codes;
    QList<QRect> m_extents;
    qsizetype m_max;
};

/// How many times a line crosses from dark to light or back, with some
/// hysteresis so that noise on a flat area does not count.
template<typename Pixel>
int edgesOn(int from, int to, Pixel pixel)
{
    int lo = 255, hi = 0;
    for (int a = from; a <= to; ++a) {
        lo = std::min<int>(lo, pixel(a));
        hi = std::max<int>(hi, pixel(a));
    }
    if (hi - lo < 32)
        return 0;
    const int dark = (lo + hi) / 2 - (hi - lo) / 5, light = (lo + hi) / 2 + (hi - lo) / 5;
    int state = 0, edges = 0;
    for (int a = from; a <= to; ++a) {
        const int v = pixel(a);
        const int now = v < dark ? -1 : v > light ? 1 : state;
        edges += state != 0 && now != state;
        state = now;
    }
    return edges;
}

/// Paints a linear symbol flat, so that the next read finds the others, and
/// returns the area painted. ZXing 1.4 gives a linear code's position as
/// the scan lines it was read on, always rows (or columns, read rotated),
/// not its height: so widen the line by a quiet zone, then grow the band
/// across it while the parallel lines still cross about as many bars.
QRect eraseLinear(LumaImage &image, const ZXing::Position &position)
{
    const QRect line =
        boundingRect(position).intersected(QRect(0, 0, image.width(), image.height()));
    if (line.isEmpty())
        return line;
    const bool horizontal = line.width() >= line.height();
    const auto pixel = [&](int along, int across) -> uint8_t & {
        return horizontal ? image.at(along, across) : image.at(across, along);
    };
    const int alongEnd = horizontal ? image.width() : image.height();
    const int acrossEnd = horizontal ? image.height() : image.width();
    const int length = horizontal ? line.width() : line.height();
    const int margin = length / 8 + 2; // a quiet zone, and room for a tilt
    const int a0 = std::max(0, (horizontal ? line.left() : line.top()) - margin);
    const int a1 = std::min(alongEnd - 1, (horizontal ? line.right() : line.bottom()) + margin);
    int c0 = horizontal ? line.top() : line.left();
    int c1 = horizontal ? line.bottom() : line.right();

    const auto edges = [&](int c) {
        return edgesOn(a0, a1, [&](int a) { return pixel(a, c); });
    };
    int reference = 0;
    for (int c = c0; c <= c1; ++c)
        reference = std::max(reference, edges(c));
    const int enough = std::max(4, reference / 2);
    // A linear symbol is not taller than it is long; two lines without bars
    // in a row end it.
    const auto grow = [&](int from, int step) {
        int last = from, misses = 0;
        for (int c = from + step, n = 0; c >= 0 && c < acrossEnd && n < length; c += step, ++n) {
            if (edges(c) >= enough) {
                last = c;
                misses = 0;
            } else if (++misses > 2) {
                break;
            }
        }
        return last;
    };
    c0 = grow(c0, -1);
    c1 = grow(c1, +1);

    const uint8_t flat = pixel(a0, c0);
    for (int c = c0; c <= c1; ++c) {
        for (int a = a0; a <= a1; ++a)
            pixel(a, c) = flat;
    }
    return horizontal ? QRect(QPoint(a0, c0), QPoint(a1, c1))
                      : QRect(QPoint(c0, a0), QPoint(c1, a1));
}

/// Linear codes, one per read (issue 740, see the top), each painted out of
/// a copy of the image before the next read.
void readLinear(const ZXing::ImageView &source, BarcodeFormats formats, Binarizer binarizer,
                Found &found)
{
    std::optional<LumaImage> copy; // only once there is something to paint out
    // Each read paints out a symbol, or what a tilt left of one.
    const int reads = found.remaining() * 2 + 4;
    for (int i = 0; i < reads && !found.full(); ++i) {
        const std::optional<ZXing::Result> result =
            readOne(copy ? copy->view() : source, formats, binarizer);
        if (!result)
            return;
        if (!copy)
            copy.emplace(source, Pixels::Original);
        const QRect extent = eraseLinear(*copy, result->position());
        found.add(decoded(*result), extent);
    }
}

/// Whether the pixels around (x, y) are all of one level: a detector that
/// starts there starts on nothing.
bool blankAround(const ZXing::ImageView &view, int x, int y)
{
    const ZXing::ImageFormat format = view.format();
    int lo = 255, hi = 0;
    for (int dy = -4; dy <= 4; dy += 2) {
        for (int dx = -4; dx <= 4; dx += 2) {
            const uint8_t *p = view.data(std::clamp(x + dx, 0, view.width() - 1),
                                         std::clamp(y + dy, 0, view.height() - 1));
            const int v = format == ZXing::ImageFormat::Lum
                ? *p
                : ZXing::RGBToLum(p[ZXing::RedIndex(format)], p[ZXing::GreenIndex(format)],
                                  p[ZXing::BlueIndex(format)]);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    return hi - lo < 24;
}

/// ZXing 1.4 finds Aztec and DataMatrix symbols only where the centre of
/// the image lies on them: both detectors grow a rectangle from the centre
/// (the DataMatrix detector that searches the whole image needs a C++20
/// build of ZXing, which Debian's is not). A still image is also searched
/// in windows, as if the camera had been aimed at each place in turn:
/// squares of a half and a quarter of the short side, centred a quarter of
/// their size apart, so that a symbol from a sixteenth to three eighths of
/// the short side has a window centred on it that holds it whole. Near an
/// edge a window shrinks to keep its centre; windows whose centre is blank
/// are skipped.
void readAimed(const ZXing::ImageView &view, BarcodeFormats formats, Found &found)
{
    const int side = std::min(view.width(), view.height());
    for (int size : {side / 2, side / 4}) {
        const int step = size / 4;
        if (step < 8)
            return;
        for (int y = step / 2; y < view.height(); y += step) {
            for (int x = step / 2; x < view.width(); x += step) {
                if (found.full())
                    return;
                const int rx = std::min({size / 2, x, view.width() - x});
                const int ry = std::min({size / 2, y, view.height() - y});
                if (rx < 16 || ry < 16 || blankAround(view, x, y))
                    continue;
                const ZXing::Results results =
                    ZXing::ReadBarcodes(view.cropped(x - rx, y - ry, 2 * rx, 2 * ry),
                                        hints(formats, Binarizer::LocalAverage, found.remaining()));
                for (const ZXing::Result &result : results) {
                    if (!result.isValid())
                        continue;
                    const QPoint offset(x - rx, y - ry);
                    Decoded code = decoded(result);
                    for (QPoint &corner : code.corners)
                        corner += offset;
                    found.add(std::move(code), boundingRect(result.position()).translated(offset));
                }
            }
        }
    }
}

const BarcodeFormats aimedFormats = BarcodeFormat::Aztec | BarcodeFormat::DataMatrix;

QList<Decoded> decodeOne(const ZXing::ImageView &view, BarcodeFormats formats, bool stillImage)
{
    Variants variants(view);
    for (const Pass &pass : passesFor(stillImage)) {
        if (const auto result = readOne(variants(pass.pixels), formats, pass.binarizer))
            return {decoded(*result)};
    }
    if (!stillImage || !formats.testFlags(aimedFormats))
        return {};
    Found found(1);
    readAimed(view, formats & aimedFormats, found);
    return found.take();
}

QList<Decoded> decodeMany(const ZXing::ImageView &view, BarcodeFormats formats,
                          const DecodeOptions &options)
{
    Found found(options.maxCodes);
    const BarcodeFormats matrix = formats & BarcodeFormat::MatrixCodes;
    const BarcodeFormats linear = formats & BarcodeFormat::LinearCodes;
    Variants variants(view);
    for (const Pass &pass : passesFor(options.stillImage)) {
        if (found.full())
            break;
        const ZXing::ImageView source = variants(pass.pixels);
        if (!matrix.empty()) {
            for (const ZXing::Result &result :
                 ZXing::ReadBarcodes(source, hints(matrix, pass.binarizer, found.remaining()))) {
                if (result.isValid())
                    found.add(decoded(result), boundingRect(result.position()));
            }
        }
        if (!linear.empty() && !found.full())
            readLinear(source, linear, pass.binarizer, found);
    }
    if (options.stillImage && formats.testFlags(aimedFormats) && !found.full())
        readAimed(view, formats & aimedFormats, found);
    return found.take();
}

} // namespace

QString formatName(Symbology symbology)
{
    for (const auto &[s, format] : formatOf) {
        if (s == symbology)
            return QString::fromLatin1(ZXing::ToString(format));
    }
    return {};
}

QList<Decoded> decodeWithZXingDefaults(const FrameView &image)
{
    if (!image.isValid())
        return {};
    QList<Decoded> codes;
    for (const ZXing::Result &result :
         ZXing::ReadBarcodes(zxingView(image), ZXing::DecodeHints())) {
        if (result.isValid())
            codes.append(decoded(result));
    }
    return codes;
}

QList<Decoded> decode(const FrameView &image, const DecodeOptions &options)
{
    const BarcodeFormats formats = zxingFormats(options.symbologies);
    if (!image.isValid() || formats.empty())
        return {};
    const ZXing::ImageView view = zxingView(image);
    // ZXing reports trouble as exceptions (a size it cannot handle, memory);
    // they do not cross into the callers, who only want codes.
    try {
        if (options.maxCodes <= 1)
            return decodeOne(view, formats, options.stillImage);
        return decodeMany(view, formats, options);
    } catch (const std::exception &) {
        return {};
    }
}

} // namespace stampdesk::scan
