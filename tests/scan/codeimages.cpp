// SPDX-License-Identifier: Apache-2.0
#include "codeimages.h"

#include <QBuffer>
#include <QFont>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <QTransform>
#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace stampdesk::scan::codeimages {

using namespace Qt::StringLiterals;

namespace {

/// Levels from 0 to 255, clamped.
uchar level(double v)
{
    return uchar(std::clamp(int(std::lround(v)), 0, 255));
}

/// mt19937's sequence is fixed by the standard; its distributions are not,
/// so the images draw from the raw numbers.
class Random
{
public:
    explicit Random(quint32 seed)
        : m_engine(seed)
    { }
    /// A whole number in [low, high].
    int between(int low, int high) { return low + int(m_engine() % quint32(high - low + 1)); }
    /// A real number in [low, high).
    double real(double low, double high)
    {
        return low + (high - low) * (m_engine() / 4294967296.0);
    }

private:
    std::mt19937 m_engine;
};

QImage gray(const QImage &image)
{
    return image.format() == QImage::Format_Grayscale8
        ? image
        : image.convertToFormat(QImage::Format_Grayscale8);
}

/// A one-dimensional box blur along x (or y), clamped at the borders, on
/// each byte channel of a Grayscale8 or RGB32 image.
QImage boxAlong(const QImage &image, int radius, bool alongX)
{
    if (radius <= 0)
        return image;
    QImage out(image.size(), image.format());
    const int channels = image.depth() / 8;
    const int w = image.width(), h = image.height();
    const int n = alongX ? w : h, lines = alongX ? h : w;
    std::vector<int> sums(size_t(n) + 1);
    for (int line = 0; line < lines; ++line) {
        for (int c = 0; c < channels; ++c) {
            const auto at = [&](const QImage &img, int i) -> const uchar & {
                const int x = alongX ? i : line, y = alongX ? line : i;
                return img.constScanLine(y)[x * channels + c];
            };
            sums[0] = 0;
            for (int i = 0; i < n; ++i)
                sums[size_t(i) + 1] = sums[size_t(i)] + at(image, i);
            for (int i = 0; i < n; ++i) {
                const int lo = std::max(0, i - radius), hi = std::min(n - 1, i + radius);
                const int x = alongX ? i : line, y = alongX ? line : i;
                out.scanLine(y)[x * channels + c] =
                    uchar((sums[size_t(hi) + 1] - sums[size_t(lo)]) / (hi - lo + 1));
            }
        }
    }
    return out;
}

QImage toRgb32(const QImage &image)
{
    return image.convertToFormat(QImage::Format_RGB32);
}

/// Applies f(x, y, channel value, channel index) to every byte channel of
/// an RGB32 image (alpha excluded).
template<typename F>
void eachChannel(QImage &image, F f)
{
    for (int y = 0; y < image.height(); ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = line[x];
            line[x] = qRgb(f(x, y, qRed(p), 0), f(x, y, qGreen(p), 1), f(x, y, qBlue(p), 2));
        }
    }
}

// --- Carriers: what the code is shown on ------------------------------------

/// A wallet pass on a phone, upright, with the code's centre at `codeCentre`.
QImage phone(const QImage &codeImage, bool dark, QPointF *codeCentre)
{
    const int cw = codeImage.width(), ch = codeImage.height();
    const bool wide = cw > 2 * ch; // a linear code fills more of the screen
    const int screenW = wide ? cw * 115 / 100 : cw * 3 / 2;
    const int screenH = std::max(screenW * 2, ch * 3);
    const int bezel = screenW / 18;
    QImage image(screenW + 2 * bezel, screenH + 2 * bezel, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(image.rect(), QColor(0x30, 0x2c, 0x28)); // the desk behind, replaced later
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x14, 0x14, 0x16));
    p.drawRoundedRect(QRectF(image.rect()), bezel * 2.5, bezel * 2.5);
    const QRectF screen(bezel, bezel, screenW, screenH);
    const QColor page = dark ? QColor(0x12, 0x12, 0x12) : QColor(0xf2, 0xf2, 0xf4);
    const QColor pass = dark ? QColor(0x2a, 0x22, 0x1e) : QColor(0x6b, 0x3e, 0x26);
    p.setBrush(page);
    p.drawRoundedRect(screen, bezel * 1.5, bezel * 1.5);

    // The pass: a coloured card with a header, stamps and the code.
    const QRectF card =
        screen.adjusted(screenW * 0.04, screenH * 0.08, -screenW * 0.04, -screenH * 0.06);
    p.setBrush(pass);
    p.drawRoundedRect(card, screenW * 0.04, screenW * 0.04);
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(std::max(8, screenW / 14));
    font.setBold(true);
    p.setFont(font);
    p.setPen(QColor(0xf7, 0xef, 0xe6));
    p.drawText(card.adjusted(card.width() * 0.06, card.height() * 0.03, 0, 0),
               Qt::AlignLeft | Qt::AlignTop, u"Cà Phê Sữa · Stampdesk"_s);
    font.setBold(false);
    font.setPixelSize(std::max(6, screenW / 22));
    p.setFont(font);
    p.drawText(card.adjusted(card.width() * 0.06, card.height() * 0.12, 0, 0),
               Qt::AlignLeft | Qt::AlignTop, u"6 / 8 dấu · 2 phiếu quà"_s);
    const double dot = card.width() / 12;
    for (int i = 0; i < 8; ++i) {
        p.setBrush(i < 6 ? QColor(0xf7, 0xef, 0xe6) : Qt::transparent);
        p.setPen(QPen(QColor(0xf7, 0xef, 0xe6), std::max(1.0, dot / 8)));
        p.drawEllipse(QRectF(card.left() + card.width() * 0.06 + i * dot * 1.35,
                             card.top() + card.height() * 0.2, dot, dot));
    }
    // The code's panel is the code's own quiet zone: white (or dark) paper.
    const QPointF centre(screen.center().x(), card.top() + card.height() * 0.62);
    const QRectF panel(centre.x() - cw / 2.0 - cw * 0.03, centre.y() - ch / 2.0 - cw * 0.03,
                       cw * 1.06, ch + cw * 0.06 + font.pixelSize() * 1.6);
    p.setPen(Qt::NoPen);
    p.setBrush(dark ? QColor(0, 0, 0) : QColor(0xff, 0xff, 0xff));
    p.drawRoundedRect(panel, cw * 0.03, cw * 0.03);
    p.drawImage(QPointF(centre.x() - cw / 2.0, centre.y() - ch / 2.0),
                dark ? inverted(codeImage) : codeImage);
    p.setPen(dark ? QColor(0xe0, 0xe0, 0xe0) : QColor(0x20, 0x20, 0x20));
    p.drawText(QRectF(panel.left(), centre.y() + ch / 2.0, panel.width(), font.pixelSize() * 1.5),
               Qt::AlignCenter, u"Quét để tích điểm"_s);
    // Status bar.
    p.setPen(dark ? QColor(0xd0, 0xd0, 0xd0) : QColor(0x30, 0x30, 0x30));
    p.drawText(QRectF(screen.left() + screenW * 0.06, screen.top() + screenH * 0.01, screenW * 0.9,
                      screenH * 0.05),
               Qt::AlignLeft | Qt::AlignVCenter, u"09:41"_s);
    p.end();
    *codeCentre = centre;
    return image;
}

/// A printed voucher on paper, upright, with the code's centre at
/// `codeCentre`.
QImage paper(const QImage &codeImage, QPointF *codeCentre)
{
    const int cw = codeImage.width(), ch = codeImage.height();
    const int w = cw * 13 / 10, h = ch + cw * 6 / 10;
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(0xf6, 0xf3, 0xea));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font(u"DejaVu Serif"_s);
    font.setPixelSize(std::max(8, cw / 14));
    p.setFont(font);
    p.setPen(QColor(0x28, 0x24, 0x20));
    p.drawText(QRectF(0, cw * 0.04, w, cw * 0.12), Qt::AlignCenter, u"PHIẾU QUÀ TẶNG"_s);
    font.setPixelSize(std::max(6, cw / 24));
    p.setFont(font);
    p.drawText(QRectF(0, cw * 0.15, w, cw * 0.08), Qt::AlignCenter,
               u"Một ly cà phê miễn phí · hạn 30/11"_s);
    const QPointF centre(w / 2.0, cw * 0.27 + ch / 2.0);
    p.drawImage(QPointF(centre.x() - cw / 2.0, centre.y() - ch / 2.0), codeImage);
    p.drawText(QRectF(0, centre.y() + ch / 2.0 + cw * 0.02, w, cw * 0.08), Qt::AlignCenter,
               u"Stampdesk · quầy 1"_s);
    p.end();
    *codeCentre = centre;
    return image;
}

/// A desk at the register: wood-like grain, a mug, receipts, a pen.
QImage desk(QSize size, Random &random)
{
    QImage image(size, QImage::Format_RGB32);
    const double phase = random.real(0, 6.28);
    for (int y = 0; y < size.height(); ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const double grain = std::sin(x * 0.013 + std::sin(y * 0.021 + phase) * 2.5)
                + 0.4 * std::sin(x * 0.11 + y * 0.004);
            const double v = 0.85 + 0.08 * grain;
            line[x] = qRgb(level(150 * v), level(112 * v), level(80 * v));
        }
    }
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 4; ++i) {
        const QRectF r(random.real(-0.1, 0.9) * size.width(),
                       random.real(-0.1, 0.9) * size.height(), random.real(0.1, 0.3) * size.width(),
                       random.real(0.15, 0.4) * size.height());
        p.save();
        p.translate(r.center());
        p.rotate(random.real(-30, 30));
        p.translate(-r.center());
        p.fillRect(r, QColor(0xee, 0xec, 0xe6)); // a receipt
        p.setPen(QColor(0x55, 0x55, 0x55));
        QFont font(u"DejaVu Sans Mono"_s);
        font.setPixelSize(std::max(6, int(r.height() / 14)));
        p.setFont(font);
        for (int row = 1; row < 12; ++row) {
            p.drawText(QPointF(r.left() + 6, r.top() + row * r.height() / 12),
                       u"%1 Bạc xỉu %2.000đ"_s.arg(row).arg(20 + 5 * row));
        }
        p.restore();
    }
    const QPointF mug(random.real(0.1, 0.9) * size.width(), random.real(0.1, 0.9) * size.height());
    const double radius = size.height() * 0.12;
    p.setPen(QPen(QColor(0xd8, 0xd4, 0xcc), radius * 0.15));
    p.setBrush(QColor(0x3a, 0x22, 0x14));
    p.drawEllipse(mug, radius, radius);
    p.setPen(QPen(QColor(0x20, 0x30, 0x70), size.height() * 0.012, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(random.real(0, 1) * size.width(), random.real(0, 1) * size.height()),
               QPointF(random.real(0, 1) * size.width(), random.real(0, 1) * size.height()));
    return image;
}

/// The four corners of a w x h plane centred on the origin, leaned back by
/// tiltX (top away) and tiltY (right away), turned by rotation, as a camera
/// with a 70 degree field of view sees it, the plane's centre at `at`.
QPolygonF projected(QRectF plane, double tiltX, double tiltY, double rotation, QPointF at,
                    double focal)
{
    const double ax = qDegreesToRadians(tiltX), ay = qDegreesToRadians(tiltY);
    const double ar = qDegreesToRadians(rotation);
    QPolygonF quad;
    for (const QPointF &c :
         {plane.topLeft(), plane.topRight(), plane.bottomRight(), plane.bottomLeft()}) {
        // Lean: top away (y up is negative), then right away.
        double x = c.x(), y = c.y() * std::cos(ax), z = -c.y() * std::sin(ax);
        const double x2 = x * std::cos(ay), z2 = z + x * std::sin(ay);
        x = x2;
        const double scale = focal / (focal + z2);
        const double px = x * scale, py = y * scale;
        quad << at
                + QPointF(px * std::cos(ar) - py * std::sin(ar),
                          px * std::sin(ar) + py * std::cos(ar));
    }
    return quad;
}

QImage jpegRoundTrip(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", quality);
    return QImage::fromData(bytes, "JPG").convertToFormat(QImage::Format_RGB32);
}

} // namespace

QString sampleText(Symbology symbology)
{
    switch (symbology) {
    case Symbology::QRCode:
        return u"https://stamp.example/c/7Q4M2XKD9P?s=Ab3dEf9hK2mN4pQ6"_s;
    case Symbology::Code128:
        return u"SDV-7Q4M2-XKD9P"_s;
    case Symbology::EAN13:
        return u"4006381333931"_s;
    case Symbology::PDF417:
        return u"STAMPDESK VOUCHER 7Q4M2-XKD9P"_s;
    case Symbology::Aztec:
        return u"SD1:V:7Q4M2XKD9P:20261101"_s;
    case Symbology::DataMatrix:
        return u"SD-7Q4M2XKD9P"_s;
    }
    return {};
}

QImage code(Symbology symbology, const QString &text, double moduleSize,
            const RenderOptions &options)
{
    RenderOptions at = options;
    const bool whole = moduleSize == std::floor(moduleSize);
    at.moduleSize = whole ? int(moduleSize) : 8;
    const QImage image = render(symbology, text, at);
    if (whole || image.isNull())
        return image;
    const QSize size(int(std::lround(image.width() * moduleSize / 8)),
                     int(std::lround(image.height() * moduleSize / 8)));
    return gray(toRgb32(image).scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
}

QImage rotated(const QImage &image, int degrees)
{
    return image.transformed(QTransform().rotate(degrees));
}

QImage blurred(const QImage &image, int radius)
{
    return boxAlong(boxAlong(image, radius, true), radius, false);
}

QImage noisy(const QImage &image, int amplitude, quint32 seed)
{
    Random random(seed);
    QImage out = gray(image).copy();
    for (int y = 0; y < out.height(); ++y) {
        uchar *line = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x)
            line[x] = level(line[x] + random.between(-amplitude, amplitude));
    }
    return out;
}

QImage inverted(const QImage &image)
{
    QImage out = image.copy();
    out.invertPixels();
    return out;
}

QImage plain(QSize size, int value)
{
    QImage image(size, QImage::Format_Grayscale8);
    image.fill(uint(value));
    return image;
}

QImage busyBackground(QSize size, quint32 seed)
{
    Random random(seed);
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, size.width(), size.height());
    sky.setColorAt(0, QColor::fromHsv(random.between(0, 359), 60, 200));
    sky.setColorAt(1, QColor::fromHsv(random.between(0, 359), 90, 90));
    p.fillRect(image.rect(), sky);
    const double scale = std::min(size.width(), size.height());
    for (int i = 0; i < 40; ++i) {
        const QColor colour = QColor::fromHsv(random.between(0, 359), random.between(0, 255),
                                              random.between(20, 240), random.between(90, 255));
        const QRectF r(random.real(-0.1, 1) * size.width(), random.real(-0.1, 1) * size.height(),
                       random.real(0.02, 0.25) * scale, random.real(0.02, 0.25) * scale);
        p.setPen(QPen(colour.darker(150), random.real(0.5, 4)));
        p.setBrush(colour);
        switch (i % 3) {
        case 0:
            p.drawEllipse(r);
            break;
        case 1:
            p.drawRect(r);
            break;
        default:
            p.drawLine(r.topLeft(), r.bottomRight());
        }
    }
    // Fabric and blinds: fine stripes in patches.
    for (int i = 0; i < 6; ++i) {
        const QRectF patch(random.real(0, 0.9) * size.width(), random.real(0, 0.9) * size.height(),
                           random.real(0.05, 0.2) * scale, random.real(0.05, 0.2) * scale);
        const double period = random.real(2, 9);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor::fromHsv(0, 0, random.between(0, 90)));
        for (double x = patch.left(); x < patch.right(); x += period)
            p.drawRect(QRectF(x, patch.top(), period / 2, patch.height()));
    }
    // Stripes and text: the edges a decoder might mistake for bars.
    for (int i = 0; i < 12; ++i) {
        const double x = random.real(0, 1) * size.width();
        p.fillRect(QRectF(x, random.real(0, 0.8) * size.height(), random.real(1, 6),
                          random.real(0.05, 0.2) * size.height()),
                   QColor::fromHsv(0, 0, random.between(0, 80)));
    }
    QFont font(u"DejaVu Sans"_s);
    for (int i = 0; i < 10; ++i) {
        font.setPixelSize(random.between(8, 28));
        p.setFont(font);
        p.setPen(QColor::fromHsv(0, 0, random.between(0, 255)));
        p.drawText(
            QPointF(random.real(-0.1, 0.9) * size.width(), random.real(0, 1) * size.height()),
            u"Trà đào cam sả 45.000đ — Bánh mì 25.000đ"_s);
    }
    p.end();
    return noisy(image, 6, seed + 1);
}

QImage placed(const QImage &background, const QImage &image, QPoint topLeft)
{
    QImage out = gray(background).copy();
    const QImage top = gray(image);
    const QRect area = QRect(topLeft, top.size()).intersected(out.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        std::copy_n(top.constScanLine(y - topLeft.y()) + (area.left() - topLeft.x()), area.width(),
                    out.scanLine(y) + area.left());
    }
    return out;
}

QImage centred(const QImage &background, const QImage &image)
{
    return placed(background, image,
                  QPoint((background.width() - image.width()) / 2,
                         (background.height() - image.height()) / 2));
}

QImage photo(const Scene &scene)
{
    Random random(scene.seed);
    // No text: the same scene with a blank panel where the code would be.
    const QImage codeImage = scene.text.isEmpty()
        ? plain(QSize(400, 400))
        : render(scene.symbology, scene.text, {.moduleSize = 8});
    if (codeImage.isNull())
        return {};
    QPointF codeCentre;
    const QImage carrier = scene.carrier == Scene::Carrier::Paper
        ? paper(codeImage, &codeCentre)
        : phone(codeImage, scene.carrier == Scene::Carrier::DarkPhone, &codeCentre);

    // Shrink the carrier smoothly to about its size in the frame first: the
    // perspective transform samples bilinearly and would alias.
    const QSize frame = scene.frame;
    const double scale = scene.codeWidth * frame.width() / codeImage.width();
    const QImage small =
        carrier.scaled(carrier.size() * scale, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const double s = double(small.width()) / carrier.width();
    const QRectF plane(-codeCentre.x() * s, -codeCentre.y() * s, small.width(), small.height());
    const QPointF at(scene.centre.x() * frame.width(), scene.centre.y() * frame.height());
    const double focal = frame.width() / (2 * std::tan(qDegreesToRadians(35.0)));
    const QPolygonF quad = projected(plane, scene.tiltX, scene.tiltY, scene.rotation, at, focal);
    QTransform transform;
    const QRectF source(small.rect()); // four corners: QPolygonF(QRectF) closes with a fifth
    QTransform::quadToQuad(
        QPolygonF({source.topLeft(), source.topRight(), source.bottomRight(), source.bottomLeft()}),
        quad, transform);

    QImage image = desk(frame, random);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    if (scene.carrier == Scene::Carrier::Paper) {
        p.setPen(Qt::NoPen); // a soft shadow under the paper
        p.setBrush(QColor(0, 0, 0, 70));
        p.drawPolygon(quad.translated(frame.width() * 0.006, frame.height() * 0.01));
    }
    p.setTransform(transform);
    if (scene.carrier == Scene::Carrier::Paper) {
        p.drawImage(0, 0, small);
    } else {
        QPainterPath body; // the phone's rounded corners show the desk
        body.addRoundedRect(QRectF(small.rect()), small.width() * 0.08, small.width() * 0.08);
        p.setClipPath(body);
        p.drawImage(0, 0, small);
        p.setClipping(false);
    }
    p.resetTransform();

    // Light from one side: the far side is darker.
    const double angle = random.real(0, 6.28);
    QLinearGradient light(at - QPointF(std::cos(angle), std::sin(angle)) * frame.width() * 0.6,
                          at + QPointF(std::cos(angle), std::sin(angle)) * frame.width() * 0.6);
    light.setColorAt(0, Qt::white);
    light.setColorAt(1,
                     QColor::fromRgbF(1 - scene.lighting, 1 - scene.lighting, 1 - scene.lighting));
    p.setCompositionMode(QPainter::CompositionMode_Multiply);
    p.fillRect(image.rect(), light);
    if (scene.glare) {
        // A reflection of the ceiling light near a corner of the code.
        const double r = scene.codeWidth * frame.width() * 0.35;
        const QPointF spot = at + QPointF(r * 0.9, -r * 0.7);
        QRadialGradient glare(spot, r);
        glare.setColorAt(0, QColor(255, 255, 255, 170));
        glare.setColorAt(1, QColor(255, 255, 255, 0));
        p.setCompositionMode(QPainter::CompositionMode_Screen);
        p.fillRect(image.rect(), glare);
    }
    p.end();

    const double period = 5.3, slant = 0.05, phase = random.real(0, 6.28);
    const std::array<double, 3> cast{1.0, 0.96, 0.88}; // warm indoor light
    eachChannel(image, [&](int x, int y, int v, int c) {
        double out = v * cast[size_t(c)];
        if (scene.banding)
            out *= 0.93 + 0.07 * std::sin((y + x * slant) * 2 * M_PI / period + phase);
        return level(out);
    });
    image = boxAlong(image, scene.motionBlur / 2, true);
    image = boxAlong(image, 1, false); // the lens is never quite sharp
    if (scene.noise > 0) {
        eachChannel(image, [&](int, int, int v, int) {
            return level(v + random.between(-scene.noise, scene.noise));
        });
    }
    return scene.jpegQuality > 0 ? jpegRoundTrip(image, scene.jpegQuality) : image;
}

} // namespace stampdesk::scan::codeimages
