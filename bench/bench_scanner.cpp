// SPDX-License-Identifier: Apache-2.0
// stampdesk-bench-scanner: what the scanner's worker costs per camera frame
// (issue 4). A benchmark, not a test: it prints figures for
// docs/PERFORMANCE.md and never judges them. It does stop, though, when a
// path fails to read the code it is shown: the time of a failed decode says
// nothing about the time of a scan.
//
// Three paths over the same frames, interleaved in rounds so that a noisy
// neighbour hits them all alike:
//
//   floor    ZXing::ReadBarcodes called directly on the frame's luminance
//            bytes (mapped before the clock starts), with the hints the
//            decoder uses for a video frame: the least any scanner built on
//            ZXing-C++ 1.4 can spend.
//   scanner  scan::scanFrame(), what the VideoScanner's worker runs: maps the
//            QVideoFrame, views its Y samples in place, decodes, unmaps.
//   naive    QVideoFrame::toImage(), then 8-bit grey, then decode(): what a
//            scanner that does not read the planes itself would do.
//
// And, to see the scanner's overhead where the decodes' noise cannot hide
// it, the scanner's own work alone: scan::MappedFrame (map, view, unmap)
// without the decode.
#include "core/ids.h"
#include "core/keys.h"
#include "core/payload.h"
#include "scan/decoder.h"
#include "scan/encoder.h"
#include "scan/framelayout.h"
#include "scan/videoscanner.h"
#include "series.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>
#include <QThreadPool>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <random>

using namespace Qt::StringLiterals;
using namespace stampdesk;
using bench::Series;

namespace {

using F = QVideoFrameFormat;

struct Options
{
    int rounds = 15;
    int frames = 8; // distinct frames per case, each read once per path and round
    quint32 seed = 20261124;
    QList<QSize> sizes{{640, 480}, {1280, 720}, {1920, 1080}};
    QList<F::PixelFormat> formats{F::Format_NV12, F::Format_YUYV};
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

[[noreturn]] void fail(const QString &what)
{
    err() << "stampdesk-bench-scanner: " << what << Qt::endl;
    std::exit(1);
}

int positive(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const int n = parser.value(name).toInt(&ok);
    if (!ok || n < 1)
        fail(u"--%1 needs a positive number"_s.arg(name));
    return n;
}

Options parseOptions(const QCoreApplication &app)
{
    Options o;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures the scanner's work per camera frame at 640x480, 1280x720 and 1920x1080, "
        "with one QR code and without, against ZXing's direct call (the floor) and the "
        "toImage() path (naive), side by side in one run."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"rounds"_s, u"Rounds over every case and path (default 15)."_s, u"N"_s,
         QString::number(o.rounds)},
        {u"frames"_s, u"Distinct frames per case, each read once a round (default 8)."_s, u"N"_s,
         QString::number(o.frames)},
        {u"seed"_s, u"Seed of the pictures' noise and placement."_s, u"N"_s,
         QString::number(o.seed)},
        {u"quick"_s, u"A smoke run: 2 rounds of 1 frame."_s},
    });
    parser.process(app);
    o.rounds = positive(parser, u"rounds"_s);
    o.frames = positive(parser, u"frames"_s);
    o.seed = parser.value(u"seed"_s).toUInt();
    if (parser.isSet(u"quick"_s)) {
        o.rounds = 2;
        o.frames = 1;
    }
    return o;
}

// ---------------------------------------------------------------------------
// The pictures

// What a webcam at the register sees of a phone held up to it: the
// code fills about 40 % of the frame's height whatever the resolution, so
// its modules grow with the frame (4, 6 and 9 pixels for a version-5 code).
int moduleSizeFor(QSize frame)
{
    return std::max(2, frame.height() / 120);
}

// A scene without a code, the common case while the camera idles: a
// lighting gradient with a slow ripple (a counter, a wall) and sensor
// noise of +-8 levels. Grayscale8.
QImage scene(QSize size, std::mt19937 &random)
{
    QImage image(size, QImage::Format_Grayscale8);
    std::uniform_int_distribution<int> noise(-8, 8);
    const double phase = std::uniform_real_distribution<double>(0, 6.28)(random);
    for (int y = 0; y < size.height(); ++y) {
        uchar *row = image.scanLine(y);
        const double v = double(y) / size.height();
        for (int x = 0; x < size.width(); ++x) {
            const double u = double(x) / size.width();
            const double level = 60 + 110 * u + 40 * v + 12 * std::sin(7 * u + 5 * v + phase);
            row[x] = uchar(std::clamp(int(level) + noise(random), 0, 255));
        }
    }
    return image;
}

// The same kind of scene with a QR code of text on a phone's light screen,
// near the middle. The code's black and white are a screen filmed (40 and
// 225, not 0 and 255), and the sensor noise lies over it too.
QImage sceneWithCode(QSize size, const QString &text, std::mt19937 &random)
{
    QImage image = scene(size, random);
    scan::RenderOptions render;
    render.moduleSize = moduleSizeFor(size);
    const QImage code = scan::render(scan::Symbology::QRCode, text, render);
    if (code.isNull() || code.width() > size.width() || code.height() > size.height())
        fail(u"the code does not fit a %1x%2 frame"_s.arg(size.width()).arg(size.height()));
    // Off centre by up to a tenth of the frame, as a hand holds a phone.
    std::uniform_int_distribution<int> dx(-size.width() / 10, size.width() / 10);
    std::uniform_int_distribution<int> dy(-size.height() / 10, size.height() / 10);
    const int left =
        std::clamp((size.width() - code.width()) / 2 + dx(random), 0, size.width() - code.width());
    const int top = std::clamp((size.height() - code.height()) / 2 + dy(random), 0,
                               size.height() - code.height());
    std::uniform_int_distribution<int> noise(-8, 8);
    for (int y = 0; y < code.height(); ++y) {
        const uchar *in = code.constScanLine(y);
        uchar *row = image.scanLine(top + y) + left;
        for (int x = 0; x < code.width(); ++x) {
            const int level = in[x] < 128 ? 40 : 225;
            row[x] = uchar(std::clamp(level + noise(random), 0, 255));
        }
    }
    return image;
}

// A video frame of format holding grey, filled byte by byte as a camera
// would deliver it: Y samples from the picture, neutral chroma. (The same
// layout as tests/scan/videoframes.cpp, kept here so that the benchmark
// links no test code.)
QVideoFrame frameOf(const QImage &grey, F::PixelFormat format)
{
    QVideoFrame frame(F(grey.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        fail(u"cannot map a new frame for writing"_s);
    const int w = grey.width();
    const int h = grey.height();
    uchar *const y0 = frame.bits(0);
    const qsizetype stride = frame.bytesPerLine(0);
    switch (format) {
    case F::Format_NV12:
        for (int y = 0; y < h; ++y)
            std::memcpy(y0 + y * stride, grey.constScanLine(y), size_t(w));
        // Plane 1: interleaved U and V, half the rows.
        std::memset(frame.bits(1), 128, size_t(frame.bytesPerLine(1)) * size_t((h + 1) / 2));
        break;
    case F::Format_YUYV:
        for (int y = 0; y < h; ++y) {
            uchar *row = y0 + y * stride;
            const uchar *in = grey.constScanLine(y);
            for (int x = 0; x < w; ++x) {
                row[2 * x] = in[x]; // Y0 U Y1 V: every even byte is a Y
                row[2 * x + 1] = 128;
            }
        }
        break;
    default:
        fail(u"the benchmark fills NV12 and YUYV frames only"_s);
    }
    frame.unmap();
    return frame;
}

// ---------------------------------------------------------------------------
// The paths

// What VideoScanner::takeFrame() asks of the decoder for every frame.
scan::DecodeOptions videoOptions()
{
    scan::DecodeOptions options;
    options.symbologies = scan::allSymbologies;
    options.stillImage = false;
    options.maxCodes = 1;
    return options;
}

// The hints src/scan/decoder.cpp gives ReadBarcodes for a video frame with
// videoOptions(): decodeOne() -> readOne() with the first pass (local
// average binarizer, the original pixels) and hints(): all six formats,
// tryHarder, tryRotate and tryDownscale (ZXing's defaults, spelled out) and
// ONE symbol per read, the setting that keeps ZXing 1.4 clear of its
// assertion (zxing-cpp issue 740). The decoder keeps them private, so they
// are mirrored here; if decoder.cpp changes them, change these too.
ZXing::DecodeHints floorHints()
{
    using ZXing::BarcodeFormat;
    return ZXing::DecodeHints()
        .setFormats(BarcodeFormat::QRCode | BarcodeFormat::Code128 | BarcodeFormat::EAN13
                    | BarcodeFormat::PDF417 | BarcodeFormat::Aztec | BarcodeFormat::DataMatrix)
        .setBinarizer(ZXing::Binarizer::LocalAverage)
        .setTryHarder(true)
        .setTryRotate(true)
        .setTryDownscale(true)
        .setMaxNumberOfSymbols(1);
}

enum class Path { Floor, Scanner, Naive, OwnWork };
constexpr std::array<Path, 3> decodingPaths{Path::Floor, Path::Scanner, Path::Naive};
constexpr std::array<Path, 4> allPaths{Path::Floor, Path::Scanner, Path::Naive, Path::OwnWork};

QString pathName(Path path)
{
    switch (path) {
    case Path::Floor:
        return u"floor (ReadBarcodes)"_s;
    case Path::Scanner:
        return u"scanner (scanFrame)"_s;
    case Path::Naive:
        return u"naive (toImage+grey)"_s;
    case Path::OwnWork:
        return u"map+view+unmap only"_s;
    }
    return {};
}

QString formatName(F::PixelFormat format)
{
    return format == F::Format_NV12 ? u"NV12"_s : u"YUYV"_s;
}

// One kind of frame: a size, a pixel format, with or without a code.
struct Case
{
    QSize size;
    F::PixelFormat format;
    bool withCode;
    QList<QVideoFrame> frames;
    std::array<Series, 4> series; // by Path

    QString name() const
    {
        return u"%1x%2 %3 %4"_s.arg(size.width())
            .arg(size.height())
            .arg(formatName(format), withCode ? u"QR"_s : u"empty"_s);
    }
};

// The text a path read, checked outside the clock.
using Reading = std::optional<QString>;

void check(const Case &c, Path path, const Reading &reading, const QString &expected)
{
    if (path == Path::OwnWork)
        return; // no decode
    if (c.withCode && reading != expected) {
        fail(u"%1, %2: the QR code was not read (%3)"_s.arg(c.name(), pathName(path),
                                                            reading ? u"read \"%1\""_s.arg(*reading)
                                                                    : u"nothing read"_s));
    }
    if (!c.withCode && reading) {
        fail(u"%1, %2: read \"%3\" in a frame without a code"_s.arg(c.name(), pathName(path),
                                                                    *reading));
    }
}

Reading firstText(const QList<scan::Decoded> &codes)
{
    return codes.isEmpty() ? Reading() : Reading(codes.first().text);
}

// Reads one frame by one path and returns the time in ns. Only the work a
// path does per frame is on the clock: for the floor that is ReadBarcodes
// alone (the frame is mapped, and the result's text taken, outside it).
qint64 run(Path path, const QVideoFrame &constFrame, const ZXing::DecodeHints &hints,
           const scan::DecodeOptions &options, Reading &reading)
{
    QElapsedTimer timer;
    switch (path) {
    case Path::Floor: {
        QVideoFrame frame = constFrame;
        if (!frame.map(QVideoFrame::ReadOnly))
            fail(u"cannot map a frame for reading"_s);
        const auto layout = scan::planeLayout(frame.pixelFormat());
        if (!layout)
            fail(u"no luminance layout for the frame's format"_s);
        const ZXing::ImageView view(frame.bits(0) + layout->offset, frame.width(), frame.height(),
                                    ZXing::ImageFormat::Lum, frame.bytesPerLine(0),
                                    layout->pixelStride);
        timer.start();
        const ZXing::Results results = ZXing::ReadBarcodes(view, hints);
        const qint64 ns = timer.nsecsElapsed();
        frame.unmap();
        reading.reset();
        for (const ZXing::Result &result : results) {
            if (result.isValid()) {
                reading = QString::fromStdString(result.text());
                break;
            }
        }
        return ns;
    }
    case Path::Scanner: {
        timer.start();
        const scan::FrameOutcome outcome = scan::scanFrame(constFrame, options);
        const qint64 ns = timer.nsecsElapsed();
        if (outcome.access != scan::FrameAccess::InPlace)
            fail(u"the scanner did not read the frame in place"_s);
        reading = firstText(outcome.codes);
        return ns;
    }
    case Path::Naive: {
        timer.start();
        QImage image = constFrame.toImage();
        image.convertTo(QImage::Format_Grayscale8);
        const scan::FrameView view{image.constBits(), image.width(), image.height(),
                                   int(image.bytesPerLine())};
        const QList<scan::Decoded> codes = scan::decode(view, options);
        const qint64 ns = timer.nsecsElapsed();
        reading = firstText(codes);
        return ns;
    }
    case Path::OwnWork: {
        timer.start();
        scan::FrameAccess access;
        {
            const scan::MappedFrame mapped(constFrame);
            access = mapped.access();
        }
        const qint64 ns = timer.nsecsElapsed();
        if (access != scan::FrameAccess::InPlace)
            fail(u"the scanner did not map the frame in place"_s);
        reading.reset();
        return ns;
    }
    }
    return 0;
}

// ---------------------------------------------------------------------------
// The report

QString machine()
{
    QString cpu;
    QFile cpuinfo(u"/proc/cpuinfo"_s);
    if (cpuinfo.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    return u"%1, %2 logical CPUs, %3, Qt %4"_s.arg(cpu.isEmpty() ? u"CPU unknown"_s : cpu)
        .arg(QThread::idealThreadCount())
        .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()));
}

QString us(double ms, int width = 10)
{
    return u"%1"_s.arg(ms * 1000, width, 'f', 1);
}

QString fps(double ms, int width = 7)
{
    return u"%1"_s.arg(ms > 0 ? 1000 / ms : 0, width, 'f', 1);
}

void report(const QList<Case> &cases)
{
    out() << "\nPer path (times in microseconds per frame; fps = 1e6 / median, one core)\n";
    out() << u"%1 %2 %3 %4 %5 %6 %7\n"_s.arg(u"case"_s, -22)
                 .arg(u"path"_s, -22)
                 .arg(u"n"_s, 5)
                 .arg(u"median"_s, 10)
                 .arg(u"p90"_s, 10)
                 .arg(u"max"_s, 10)
                 .arg(u"fps"_s, 7);
    for (const Case &c : cases) {
        for (Path path : allPaths) {
            const Series &s = c.series[size_t(path)];
            out() << u"%1 %2 %3 %4 %5 %6 %7\n"_s
                         .arg(path == Path::Floor ? c.name() : QString(), -22)
                         .arg(pathName(path), -22)
                         .arg(s.count(), 5)
                         .arg(us(s.medianMs()), us(s.percentileMs(90)), us(s.maxMs()),
                              path == Path::OwnWork ? u"-"_s.rightJustified(7) : fps(s.medianMs()));
        }
    }

    out() << "\nSummary (medians; overhead = scanner / floor - 1; own work = map+view+unmap "
             "/ floor; naive ratio = naive / scanner)\n";
    out() << u"%1 %2 %3 %4 %5 %6 %7 %8\n"_s.arg(u"case"_s, -22)
                 .arg(u"floor us"_s, 10)
                 .arg(u"scanner us"_s, 10)
                 .arg(u"naive us"_s, 10)
                 .arg(u"scanner fps"_s, 11)
                 .arg(u"overhead"_s, 9)
                 .arg(u"own work"_s, 9)
                 .arg(u"naive ratio"_s, 11);
    for (const Case &c : cases) {
        const double floor = c.series[size_t(Path::Floor)].medianMs();
        const double scanner = c.series[size_t(Path::Scanner)].medianMs();
        const double naive = c.series[size_t(Path::Naive)].medianMs();
        const double ownWork = c.series[size_t(Path::OwnWork)].medianMs();
        out() << u"%1 %2 %3 %4 %5 %6 %7 %8\n"_s.arg(c.name(), -22)
                     .arg(us(floor), us(scanner, 10), us(naive), fps(scanner, 11))
                     .arg(u"%1 %"_s.arg((scanner / floor - 1) * 100, 0, 'f', 1), 9)
                     .arg(u"%1 %"_s.arg(ownWork / floor * 100, 0, 'f', 3), 9)
                     .arg(u"%1x"_s.arg(naive / scanner, 0, 'f', 2), 11);
    }
    out().flush();
}

} // namespace

int main(int argc, char *argv[])
{
    // toImage() needs a QGuiApplication; offscreen keeps the benchmark
    // headless and Qt's conversion on the CPU, as on a register without
    // a GPU Qt can use.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const Options o = parseOptions(app);

    // One core, as the scanner's worker has: QImage spreads large
    // conversions over the global thread pool, and the worker's frame would
    // then take more than its one thread. With one pool thread, the pool
    // works while this thread waits.
    QThreadPool::globalInstance()->setMaxThreadCount(1);

    // A card's signed payload, as the wallet pass shows it.
    const SigningKey key = SigningKey::generate(KeyId{1, 1});
    const auto made = Payloads::make(PayloadKind::Card, Ids::newCardId(), key);
    if (!made)
        fail(u"cannot make a card payload: "_s + made.error().message);
    const QString payload = made.value();

    std::mt19937 random(o.seed);
    QList<Case> cases;
    for (const QSize &size : o.sizes) {
        for (const bool withCode : {true, false}) {
            // The same pictures in every pixel format.
            QList<QImage> pictures;
            for (int i = 0; i < o.frames; ++i)
                pictures.append(withCode ? sceneWithCode(size, payload, random)
                                         : scene(size, random));
            for (const F::PixelFormat format : o.formats) {
                Case c{size,
                       format,
                       withCode,
                       {},
                       {Series({}, {}), Series({}, {}), Series({}, {}), Series({}, {})}};
                for (const QImage &picture : pictures)
                    c.frames.append(frameOf(picture, format));
                cases.append(std::move(c));
            }
        }
    }

#ifndef __OPTIMIZE__
    err() << "stampdesk-bench-scanner: WARNING: built without optimisation; these figures "
             "are not the ones to quote (use the ci or release preset)\n";
#endif
    out() << "stampdesk-bench-scanner " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
          << "\n"
          << machine() << "\n"
          << "payload: " << payload.size() << " characters, QR version " << scan::qrVersion(payload)
          << " at M; module sizes 4/6/9 px at 480/720/1080 rows\n"
          << o.rounds << " rounds x " << o.frames
          << " frames per case and path; paths interleaved, their order rotated each round\n";
    out().flush();

    const ZXing::DecodeHints hints = floorHints();
    const scan::DecodeOptions options = videoOptions();

    // Round 0 is a warm-up (caches, Qt's lazy set-up of the converters),
    // checked but not kept.
    QElapsedTimer total;
    total.start();
    for (int round = 0; round <= o.rounds; ++round) {
        // Every order of the three paths in turn, so that none always comes
        // right after another's cache footprint.
        std::array<Path, 3> order = decodingPaths;
        for (int k = 0; k < round % 6; ++k)
            std::next_permutation(order.begin(), order.end());
        for (Case &c : cases) {
            // The scanner's own work last: it barely touches the pixels.
            std::array<Path, 4> all{order[0], order[1], order[2], Path::OwnWork};
            for (Path path : all) {
                for (const QVideoFrame &frame : c.frames) {
                    Reading reading;
                    const qint64 ns = run(path, frame, hints, options, reading);
                    check(c, path, reading, payload);
                    if (round > 0)
                        c.series[size_t(path)].add(ns);
                }
            }
        }
        err() << (round == 0 ? u"warm-up"_s : u"round %1"_s.arg(round)) << " done at "
              << total.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    report(cases);
    out() << "\nEvery read was checked: the payload from every QR frame by every path, "
             "nothing from the empty frames. Total "
          << total.elapsed() / 1000.0 << " s.\n";
    return 0;
}
