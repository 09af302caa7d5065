// SPDX-License-Identifier: Apache-2.0
// The decoder on generated images of every symbology it reads: turned,
// small, blurred, noisy, inverted, on clutter, several at once; images
// without a code; the Code 128 images that abort ZXing-C++ 1.4 with its
// default hints (zxing-cpp issue 740); views that end at their last byte.
#include "codeimages.h"
#include "scan/decoder.h"
#include "scan/decoderprobe.h"
#include "scan/imageframe.h"

#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <sys/mman.h>
#include <unistd.h>

using namespace stampdesk::scan;
using namespace Qt::StringLiterals;
namespace images = stampdesk::scan::codeimages;

Q_DECLARE_METATYPE(stampdesk::scan::Symbology)
Q_DECLARE_METATYPE(stampdesk::scan::PixelLayout)

namespace {

const QSize frame720p(1280, 720);

constexpr Symbology everySymbology[] = {
    Symbology::QRCode, Symbology::Code128, Symbology::EAN13,
    Symbology::PDF417, Symbology::Aztec,   Symbology::DataMatrix,
};

QList<Decoded> decodeImage(const QImage &image, const DecodeOptions &options = {})
{
    const ImageFrame frame(image);
    return decode(frame.view(), options);
}

/// The smallest module a 720p webcam resolves, in pixels. A wallet QR code
/// of 33 modules shown about 35 mm wide has 1.1 mm modules; a 720p webcam
/// (70 degree field) held 30 to 45 cm away sees 0.33 to 0.5 mm a pixel:
/// 2.2 to 3.3 pixels a module. A cashier holds a phone at arm's length at
/// most, so 2.2 is the floor for QR, DataMatrix and PDF417; a Code 128 or an
/// EAN-13 shown 60 mm wide is held closer, to the same 2.2. ZXing 1.4's
/// Aztec detector misplaces its grid on modules of a fractional pixel size
/// below about 3.5 (as zxing/zxing issue 646 and zxing-cpp issue 759
/// describe), so Aztec is tested from 3.5.
double smallestModule(Symbology symbology)
{
    return symbology == Symbology::Aztec ? 3.5 : 2.2;
}

/// A module size with some room: blur and noise on top of the floor would
/// test the floor again.
double comfortableModule(Symbology symbology)
{
    return symbology == Symbology::Aztec ? 5 : 3;
}

bool foundOnly(const QList<Decoded> &codes, Symbology symbology, const QString &text)
{
    return codes.size() == 1 && codes.first().format == formatName(symbology)
        && codes.first().text == text;
}

QString describe(const QList<Decoded> &codes)
{
    QStringList parts;
    for (const Decoded &c : codes)
        parts << c.format + u' ' + c.text;
    return u"["_s + parts.join(u", "_s) + u"]"_s;
}

// --- Issue 740 --------------------------------------------------------------

/// Images on which ZXing 1.4's ReadBarcodes with default hints compares two
/// Code 128 results and fails its assertion: found at full and at a third
/// of the resolution (3 and 5 px a module; at 4 the reduced copy has 1.3 px
/// a module and finds nothing), the same code twice, and one code tilted 45
/// degrees that both the row and the column scan read.
QImage issue740Image(const QString &name, int *codes = nullptr)
{
    const QString text = u"STAMP-12345"_s;
    const auto bars = [&](int module, int height) {
        return images::code(Symbology::Code128, text, module, {.barHeight = height});
    };
    if (codes)
        *codes = name == u"twice" ? 2 : 1;
    if (name.startsWith(u"code128-")) { // code128-<px>-<frame height>
        const QStringList parts = name.split(u'-');
        const int module = parts.value(1).toInt();
        const QSize size = parts.value(2) == u"1080" ? QSize(1920, 1080) : frame720p;
        return images::centred(images::plain(size), bars(module, 360 / module));
    }
    if (name == u"twice") {
        QImage image = images::placed(images::plain(frame720p), bars(3, 40), QPoint(50, 60));
        return images::placed(image, bars(3, 40), QPoint(50, 400));
    }
    if (name == u"tilted") {
        const QImage code = bars(3, 150); // as tall as it is long
        QImage image(1000, 900, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.translate(500, 450);
        p.rotate(45);
        p.drawImage(-code.width() / 2, -code.height() / 2, code);
        p.end();
        return image.convertToFormat(QImage::Format_Grayscale8);
    }
    return {};
}

const QStringList issue740Names{
    u"code128-3-720"_s,  u"code128-4-720"_s,  u"code128-5-720"_s, u"code128-3-1080"_s,
    u"code128-4-1080"_s, u"code128-5-1080"_s, u"twice"_s,         u"tilted"_s,
};

/// The child process of zxingDefaultsAbort(): ZXing's defaults on one image.
int runZXingDefaults(const QString &name)
{
    const QImage image = issue740Image(name);
    const ImageFrame frame(image);
    return int(decodeWithZXingDefaults(frame.view()).size()) >= 0 ? 0 : 1;
}

// --- Views that end where their pixels end -----------------------------------

/// Memory next to a page the process may not touch, so that reading one
/// byte past the end (or before the start) faults at once, in every build:
/// AddressSanitizer does not see reads inside libZXing, which is not built
/// with it.
class GuardedBuffer
{
public:
    enum class Guard { After, Before };

    GuardedBuffer(qsizetype size, Guard guard)
        : m_page(sysconf(_SC_PAGESIZE))
    {
        const qsizetype span = (size + m_page - 1) / m_page * m_page;
        m_length = size_t(span + 2 * m_page);
        m_base = static_cast<uchar *>(
            mmap(nullptr, m_length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
        if (m_base == MAP_FAILED)
            qFatal("mmap failed");
        mprotect(m_base, size_t(m_page), PROT_NONE);
        mprotect(m_base + m_page + span, size_t(m_page), PROT_NONE);
        m_data = guard == Guard::After ? m_base + m_page + span - size : m_base + m_page;
    }
    ~GuardedBuffer() { munmap(m_base, m_length); }
    GuardedBuffer(const GuardedBuffer &) = delete;
    GuardedBuffer &operator=(const GuardedBuffer &) = delete;

    uchar *data() { return m_data; }

private:
    qsizetype m_page;
    size_t m_length = 0;
    uchar *m_base = nullptr;
    uchar *m_data = nullptr;
};

/// The bytes of one RGB pixel in a layout: X bytes get noise, so that a
/// decoder reading them would see it.
void writePixel(uchar *p, PixelLayout layout, uchar r, uchar g, uchar b, uchar x)
{
    switch (layout) {
    case PixelLayout::Luma:
        p[0] = uchar(qGray(r, g, b));
        return;
    case PixelLayout::RGB:
        p[0] = r, p[1] = g, p[2] = b;
        return;
    case PixelLayout::BGR:
        p[0] = b, p[1] = g, p[2] = r;
        return;
    case PixelLayout::RGBX:
        p[0] = r, p[1] = g, p[2] = b, p[3] = x;
        return;
    case PixelLayout::BGRX:
        p[0] = b, p[1] = g, p[2] = r, p[3] = x;
        return;
    case PixelLayout::XRGB:
        p[0] = x, p[1] = r, p[2] = g, p[3] = b;
        return;
    case PixelLayout::XBGR:
        p[0] = x, p[1] = b, p[2] = g, p[3] = r;
        return;
    }
}

/// A QR code and a Code 128 side by side, small enough to be quick.
QImage twoCodes()
{
    QImage image = images::plain(QSize(560, 260));
    image = images::placed(image, images::code(Symbology::QRCode, u"GUARD-QR"_s, 3), {10, 10});
    return images::placed(
        image, images::code(Symbology::Code128, u"GUARD-128"_s, 2, {.barHeight = 40}), {200, 60});
}

} // namespace

class TestDecoder : public QObject
{
    Q_OBJECT

private slots:
    void readsEverySymbologyTurnedAndSmall_data()
    {
        QTest::addColumn<Symbology>("symbology");
        QTest::addColumn<int>("degrees");
        for (Symbology s : everySymbology) {
            for (int degrees : {0, 90, 180, 270}) {
                QTest::addRow("%s %d", qPrintable(formatName(s)), degrees) << s << degrees;
            }
        }
    }

    // One fast pass, as a video frame gets, at the smallest module size.
    void readsEverySymbologyTurnedAndSmall()
    {
        QFETCH(Symbology, symbology);
        QFETCH(int, degrees);
        const QString text = images::sampleText(symbology);
        const QImage code = images::code(symbology, text, smallestModule(symbology));
        QVERIFY(!code.isNull());
        const QImage image =
            images::centred(images::plain(frame720p), images::rotated(code, degrees));
        const QList<Decoded> codes = decodeImage(image);
        QVERIFY2(foundOnly(codes, symbology, text), qPrintable(describe(codes)));
        for (const QPoint &corner : codes.first().corners)
            QVERIFY(image.rect().contains(corner));
    }

    void readsBlurred_data()
    {
        QTest::addColumn<Symbology>("symbology");
        QTest::addColumn<int>("radius");
        for (Symbology s : everySymbology) {
            for (int radius : {1, 2})
                QTest::addRow("%s radius %d", qPrintable(formatName(s)), radius) << s << radius;
        }
    }

    // A soft focus: a box blur 3 or 5 pixels wide over the whole frame.
    void readsBlurred()
    {
        QFETCH(Symbology, symbology);
        QFETCH(int, radius);
        const QString text = images::sampleText(symbology);
        // A 5 pixel wide blur on a 3 pixel module leaves too little; and
        // ZXing 1.4's Aztec detector fails on any blur of small modules.
        const double module = radius == 2 || symbology == Symbology::Aztec ? 5 : 3;
        const QImage image = images::blurred(
            images::centred(images::plain(frame720p), images::code(symbology, text, module)),
            radius);
        if (symbology == Symbology::Aztec && radius == 2)
            QEXPECT_FAIL("", "ZXing 1.4's Aztec detector needs sharp modules (zxing/zxing#646)",
                         Abort);
        QVERIFY2(foundOnly(decodeImage(image, {.stillImage = true}), symbology, text),
                 qPrintable(describe(decodeImage(image, {.stillImage = true}))));
        // A video frame gets one pass, and it is enough for a 3 px blur.
        if (radius == 1)
            QVERIFY(foundOnly(decodeImage(image), symbology, text));
    }

    void readsNoisy_data()
    {
        QTest::addColumn<Symbology>("symbology");
        for (Symbology s : everySymbology)
            QTest::addRow("%s", qPrintable(formatName(s))) << s;
    }

    // Sensor noise of +-40 levels (a dim shop, a cheap webcam).
    void readsNoisy()
    {
        QFETCH(Symbology, symbology);
        const QString text = images::sampleText(symbology);
        for (quint32 seed : {1u, 2u, 3u}) {
            const QImage image = images::noisy(
                images::centred(images::plain(frame720p, 200),
                                images::code(symbology, text, comfortableModule(symbology))),
                40, seed);
            QVERIFY2(foundOnly(decodeImage(image), symbology, text),
                     qPrintable(u"seed %1"_s.arg(seed)));
        }
    }

    void readsInvertedOnlyAsAStill_data() { readsNoisy_data(); }

    // Light on dark (a phone in dark mode): ZXing 1.4 reads only dark on
    // light, so the video pass finds nothing and a still's retry with the
    // image inverted finds the code. This is what the retries are for.
    void readsInvertedOnlyAsAStill()
    {
        QFETCH(Symbology, symbology);
        const QString text = images::sampleText(symbology);
        const QImage image = images::inverted(images::centred(
            images::plain(frame720p), images::code(symbology, text, comfortableModule(symbology))));
        QCOMPARE(decodeImage(image).size(), 0);
        QVERIFY(foundOnly(decodeImage(image, {.stillImage = true}), symbology, text));
        const QList<Decoded> all = decodeImage(image, {.stillImage = true, .maxCodes = allCodes});
        QVERIFY2(foundOnly(all, symbology, text), qPrintable(describe(all)));
    }

    void readsOnABusyBackground_data()
    {
        QTest::addColumn<Symbology>("symbology");
        QTest::addColumn<quint32>("seed");
        for (Symbology s : everySymbology) {
            for (quint32 seed : {1u, 2u, 3u})
                QTest::addRow("%s %u", qPrintable(formatName(s)), seed) << s << seed;
        }
    }

    // A printed code keeps its quiet zone; around it, anything. A video
    // frame has the code where the cashier aims, in the middle; a still is
    // searched all over (ZXing 1.4 looks for Aztec and DataMatrix only from
    // the middle: decoder.cpp's readAimed()).
    void readsOnABusyBackground()
    {
        QFETCH(Symbology, symbology);
        QFETCH(quint32, seed);
        const QString text = images::sampleText(symbology);
        const QImage code = images::code(symbology, text, comfortableModule(symbology));
        const QImage background = images::busyBackground(frame720p, seed);
        const QImage aimed = images::centred(background, code);
        QVERIFY2(foundOnly(decodeImage(aimed), symbology, text),
                 qPrintable(describe(decodeImage(aimed))));
        const QImage aside = images::placed(
            background, code,
            QPoint(int(seed) * 97 % (1280 - code.width()), int(seed) * 61 % (720 - code.height())));
        const QList<Decoded> all = decodeImage(aside, {.stillImage = true, .maxCodes = allCodes});
        QVERIFY2(foundOnly(all, symbology, text), qPrintable(describe(all)));
        QVERIFY(foundOnly(decodeImage(aside, {.stillImage = true}), symbology, text));
    }

    void findsNothingWithoutACode_data()
    {
        QTest::addColumn<QImage>("image");
        QTest::newRow("white") << images::plain(frame720p);
        QTest::newRow("black") << images::plain(frame720p, 0);
        QTest::newRow("noise") << images::noisy(images::plain(frame720p, 128), 120, 7);
        for (quint32 seed = 1; seed <= 8; ++seed)
            QTest::addRow("busy %u", seed) << images::busyBackground(frame720p, seed);
        QTest::newRow("tiny") << images::plain(QSize(1, 1));
    }

    void findsNothingWithoutACode()
    {
        QFETCH(QImage, image);
        for (const DecodeOptions &options :
             {DecodeOptions{}, DecodeOptions{.stillImage = true},
              DecodeOptions{.stillImage = true, .maxCodes = allCodes}}) {
            const QList<Decoded> codes = decodeImage(image, options);
            QVERIFY2(codes.isEmpty(), qPrintable(describe(codes)));
        }
    }

    void readsSeveralCodes()
    {
        // Every symbology once, and one Code 128 twice: ZXing 1.4 would
        // abort on the twin with default hints (issue 740).
        QImage image = images::plain(QSize(1600, 1000));
        const auto put = [&](Symbology s, const QString &text, QPoint at) {
            image = images::placed(
                image,
                images::code(s, text, s == Symbology::Aztec || s == Symbology::DataMatrix ? 4 : 3),
                at);
        };
        put(Symbology::QRCode, images::sampleText(Symbology::QRCode), {40, 40});
        put(Symbology::Aztec, images::sampleText(Symbology::Aztec), {400, 40});
        put(Symbology::DataMatrix, images::sampleText(Symbology::DataMatrix), {650, 40});
        put(Symbology::PDF417, images::sampleText(Symbology::PDF417), {900, 40});
        put(Symbology::Code128, u"TWIN-0001"_s, {40, 420});
        put(Symbology::Code128, u"TWIN-0001"_s, {40, 700});
        put(Symbology::Code128, images::sampleText(Symbology::Code128), {800, 420});
        put(Symbology::EAN13, images::sampleText(Symbology::EAN13), {800, 700});

        const QList<Decoded> all = decodeImage(image, {.stillImage = true, .maxCodes = allCodes});
        QStringList found;
        for (const Decoded &c : all)
            found << c.format + u' ' + c.text;
        found.sort();
        QStringList expected{
            u"Aztec "_s + images::sampleText(Symbology::Aztec),
            u"Code128 "_s + images::sampleText(Symbology::Code128),
            u"Code128 TWIN-0001"_s,
            u"Code128 TWIN-0001"_s,
            u"DataMatrix "_s + images::sampleText(Symbology::DataMatrix),
            u"EAN-13 "_s + images::sampleText(Symbology::EAN13),
            u"PDF417 "_s + images::sampleText(Symbology::PDF417),
            u"QRCode "_s + images::sampleText(Symbology::QRCode),
        };
        expected.sort();
        QCOMPARE(found, expected);

        // The twins are two codes in two places, reported top to bottom.
        QList<Decoded> twins;
        for (const Decoded &c : all) {
            if (c.text == u"TWIN-0001")
                twins << c;
        }
        QCOMPARE(twins.size(), 2);
        QVERIFY(twins[0].corners[0].y() < 700 && twins[1].corners[0].y() >= 700);

        // maxCodes is a limit, also for a video frame's single pass.
        QCOMPARE(decodeImage(image, {.stillImage = true, .maxCodes = 3}).size(), 3);
        QCOMPARE(decodeImage(image, {.maxCodes = 5}).size(), 5);
        QCOMPARE(decodeImage(image).size(), 1);
    }

    void readsOnlyTheSymbologiesAsked()
    {
        QImage image = images::plain(frame720p);
        image = images::placed(image, images::code(Symbology::QRCode, u"ASKED-QR"_s, 3), {40, 40});
        image =
            images::placed(image, images::code(Symbology::Code128, u"ASKED-128"_s, 3), {400, 400});
        const auto texts = [&](Symbologies symbologies) {
            QStringList t;
            for (const Decoded &c : decodeImage(
                     image, {.symbologies = symbologies, .stillImage = true, .maxCodes = 9}))
                t << c.text;
            return t;
        };
        QCOMPARE(texts(Symbology::QRCode), QStringList{u"ASKED-QR"_s});
        QCOMPARE(texts(Symbology::Code128), QStringList{u"ASKED-128"_s});
        QCOMPARE(texts(Symbology::EAN13 | Symbology::Aztec), QStringList{});
        QCOMPARE(texts({}), QStringList{});
    }

    void issue740DoesNotAbort_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : issue740Names)
            QTest::newRow(qPrintable(name)) << name;
    }

    // Were the decoder to ask ZXing for more than one linear symbol a read,
    // these images would abort this test process (zxing-cpp issue 740).
    void issue740DoesNotAbort()
    {
        QFETCH(QString, name);
        int expected = 0;
        const QImage image = issue740Image(name, &expected);
        for (bool still : {false, true}) {
            QCOMPARE(decodeImage(image, {.stillImage = still}).size(), 1);
            for (int maxCodes : {2, 3, allCodes}) {
                const QList<Decoded> codes =
                    decodeImage(image, {.stillImage = still, .maxCodes = maxCodes});
                QCOMPARE(codes.size(), expected);
                for (const Decoded &c : codes) {
                    QCOMPARE(c.format, u"Code128"_s);
                    QCOMPARE(c.text, u"STAMP-12345"_s);
                }
            }
        }
    }

    void zxingDefaultsAbort_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name :
             {u"code128-3-720"_s, u"code128-5-720"_s, u"twice"_s, u"tilted"_s})
            QTest::newRow(qPrintable(name)) << name;
    }

    // The other half of the proof: ZXing's default hints on the same images
    // abort (SIGABRT from `assert(lineCount() == 1)` in Result.cpp), in a
    // child process. If Debian's ZXing ever stops aborting, this fails and
    // tells that the workaround may go.
    void zxingDefaultsAbort()
    {
        QFETCH(QString, name);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {u"--zxing-defaults"_s, name});
        QVERIFY(child.waitForFinished(120000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(child.exitCode(), SIGABRT);
    }

    void neverReadsOutsideTheView_data()
    {
        QTest::addColumn<PixelLayout>("layout");
        QTest::addColumn<int>("pixelStride");
        QTest::addColumn<int>("padding");
        QTest::newRow("Luma") << PixelLayout::Luma << 1 << 13;
        QTest::newRow("Luma of YUYV") << PixelLayout::Luma << 2 << 6;
        QTest::newRow("RGB") << PixelLayout::RGB << 3 << 5;
        QTest::newRow("BGR") << PixelLayout::BGR << 3 << 1;
        QTest::newRow("RGBX") << PixelLayout::RGBX << 4 << 64;
        QTest::newRow("BGRX") << PixelLayout::BGRX << 4 << 4;
        QTest::newRow("XRGB") << PixelLayout::XRGB << 4 << 12;
        QTest::newRow("XBGR") << PixelLayout::XBGR << 4 << 8;
    }

    // Rows longer than their pixels, and a buffer that ends at the last
    // pixel's last byte (or starts at the first's): a read outside faults.
    void neverReadsOutsideTheView()
    {
        QFETCH(PixelLayout, layout);
        QFETCH(int, pixelStride);
        QFETCH(int, padding);
        const QImage image = twoCodes().convertToFormat(QImage::Format_RGB32);
        FrameView view;
        view.width = image.width();
        view.height = image.height();
        view.pixelStride = pixelStride;
        view.rowStride = view.width * pixelStride + padding;
        view.layout = layout;
        for (auto guard : {GuardedBuffer::Guard::After, GuardedBuffer::Guard::Before}) {
            GuardedBuffer buffer(view.byteCount(), guard);
            uchar *data = buffer.data();
            std::fill_n(data, view.byteCount(), uchar(0x5a)); // padding, the other bytes of YUYV
            for (int y = 0; y < view.height; ++y) {
                const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
                for (int x = 0; x < view.width; ++x) {
                    writePixel(data + y * view.rowStride + x * pixelStride, layout,
                               uchar(qRed(line[x])), uchar(qGreen(line[x])), uchar(qBlue(line[x])),
                               uchar(x * 7 + y));
                }
            }
            view.data = data;
            QVERIFY(view.isValid());
            QCOMPARE(decode(view).size(), 1);
            const QList<Decoded> all = decode(view, {.stillImage = true, .maxCodes = allCodes});
            QStringList texts;
            for (const Decoded &c : all)
                texts << c.text;
            texts.sort();
            QCOMPARE(texts, (QStringList{u"GUARD-128"_s, u"GUARD-QR"_s}));
            // And an image without a code, read in every way.
            std::fill_n(data, view.byteCount(), uchar(0xff));
            QVERIFY(decode(view, {.stillImage = true, .maxCodes = allCodes}).isEmpty());
        }
    }

    void refusesViewsThatCannotHoldTheirPixels()
    {
        const QImage image = twoCodes();
        FrameView view{
            image.constBits(), image.width(), image.height(), int(image.bytesPerLine()), 1,
            PixelLayout::Luma};
        QVERIFY(view.isValid());
        QCOMPARE(decode(view).size(), 1);
        FrameView bad = view;
        bad.data = nullptr;
        QVERIFY(decode(bad).isEmpty());
        bad = view;
        bad.layout = PixelLayout::BGRX; // 4 bytes a pixel with a stride of 1
        QVERIFY(!bad.isValid());
        QVERIFY(decode(bad).isEmpty());
        bad = view;
        bad.rowStride = view.width - 1;
        QVERIFY(!bad.isValid());
        QVERIFY(decode(bad).isEmpty());
        bad = view;
        bad.height = 0;
        QVERIFY(decode(bad).isEmpty());
    }
};

int main(int argc, char *argv[])
{
    // The child of zxingDefaultsAbort(): it is expected to die.
    if (argc == 3 && qstrcmp(argv[1], "--zxing-defaults") == 0) {
        QGuiApplication app(argc, argv);
        return runZXingDefaults(QString::fromLocal8Bit(argv[2]));
    }
    QGuiApplication app(argc, argv);
    TestDecoder test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_decoder.moc"
