// SPDX-License-Identifier: Apache-2.0
// The VideoScanner as a camera feeds it: frames of every pixel format set
// on a real QVideoSink, read on the worker thread, reported once, counted.
#include "core/ids.h"
#include "core/keys.h"
#include "core/payload.h"
#include "scan/framelayout.h"
#include "scan/videoscanner.h"
#include "videoframes.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QVideoSink>

#include <memory>

using namespace stampdesk;
using namespace stampdesk::scan;
using namespace Qt::StringLiterals;
using F = QVideoFrameFormat;

Q_DECLARE_METATYPE(QVideoFrameFormat::PixelFormat)

namespace {

const QSize vga(640, 480);

QString formatName(F::PixelFormat format)
{
    return F::pixelFormatToString(format);
}

// Holds the worker in its hook until released: the worker is "busy" for as
// long as the test wants, without timing. Declared after the scanner, it
// lets the worker go when it goes (a failed check returns early), so the
// scanner's destructor never waits on it.
class WorkerGate
{
public:
    ~WorkerGate() { m_state->go.release(1000); }
    std::function<void()> hook() const
    {
        return [state = m_state] {
            state->entered.release();
            state->go.acquire();
        };
    }
    bool waitUntilEntered() { return m_state->entered.tryAcquire(1, 10'000); }
    void letGo() { m_state->go.release(); }

private:
    struct State
    {
        QSemaphore entered;
        QSemaphore go;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace

class TestVideoScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_key = std::make_unique<SigningKey>(SigningKey::generate(KeyId{7, 1}));
        m_keyring = Keyring(7, {m_key->publicKey()});
        m_cardId = Ids::newCardId();
        const auto payload = Payloads::make(PayloadKind::Card, m_cardId, *m_key);
        QVERIFY(payload);
        m_cardPayload = payload.value();
    }

    void framesAreWhatQtSaysTheyAre_data()
    {
        // Not YUV422P: Qt 6.4 describes its chroma planes a quarter wide
        // (bytesPerLine 160 at 640 pixels) and its toImage() then reads
        // past the frame and crashes. Its plane 0, all the scanner reads,
        // is right.
        formatRows({F::Format_YUV422P});
    }

    // The test frames themselves are right: Qt's own conversion of each
    // one shows the picture it was made from (dark modules dark, light
    // background light), so the scanner below is not checked against a
    // misunderstanding of the formats.
    void framesAreWhatQtSaysTheyAre()
    {
        QFETCH(F::PixelFormat, format);
        const QImage scene = test::codeScene(u"STAMPDESK"_s, vga);
        const QVideoFrame frame = test::frameOf(scene, format);
        QVERIFY(frame.isValid());
        const QImage seen = frame.toImage().convertToFormat(QImage::Format_Grayscale8);
        QCOMPARE(seen.size(), scene.size());
        int compared = 0;
        for (int y = 0; y < scene.height(); y += 7) {
            for (int x = 0; x < scene.width(); x += 5) {
                const int expected = scene.constScanLine(y)[x];
                const int got = seen.constScanLine(y)[x];
                if (expected < 50)
                    QVERIFY2(got < 90, qPrintable(u"(%1, %2): %3"_s.arg(x).arg(y).arg(got)));
                else
                    QVERIFY2(got > 170, qPrintable(u"(%1, %2): %3"_s.arg(x).arg(y).arg(got)));
                ++compared;
            }
        }
        QVERIFY(compared > 1000);
    }

    void rgbLayoutsMatchQt_data()
    {
        QTest::addColumn<F::PixelFormat>("format");
        for (F::PixelFormat format : test::inPlaceFormats()) {
            if (test::byteOrder(format).r >= 0)
                QTest::newRow(qPrintable(formatName(format))) << format;
        }
    }

    // The byte order of the 32-bit formats: what Qt makes of a coloured
    // pixel is the colour the scanner's layout for that format reads.
    void rgbLayoutsMatchQt()
    {
        QFETCH(F::PixelFormat, format);
        const QRgb colour = qRgb(200, 100, 30);
        QVideoFrame frame = test::rgbFrame(QSize(4, 2), format, colour);
        QCOMPARE(frame.toImage().pixel(1, 1) & 0xffffff, colour & 0xffffff);

        QVERIFY(frame.map(QVideoFrame::ReadOnly));
        const auto view = viewOfMapped(frame);
        QVERIFY(view);
        const uchar *pixel = view->data;
        const auto rgbAt = [pixel](int r, int g, int b) {
            return qRgb(pixel[r], pixel[g], pixel[b]);
        };
        QRgb read = 0;
        switch (view->layout) {
        case PixelLayout::XRGB:
            read = rgbAt(1, 2, 3);
            break;
        case PixelLayout::BGRX:
            read = rgbAt(2, 1, 0);
            break;
        case PixelLayout::XBGR:
            read = rgbAt(3, 2, 1);
            break;
        case PixelLayout::RGBX:
            read = rgbAt(0, 1, 2);
            break;
        default:
            QFAIL("not a 32-bit layout");
        }
        frame.unmap();
        QCOMPARE(read, colour);
    }

    void readsInPlace_data() { formatRows(); }

    // No copy, no conversion: the view the decoder reads starts in the
    // mapped frame's own plane.
    void readsInPlace()
    {
        QFETCH(F::PixelFormat, format);
        QVideoFrame frame = test::frameOf(test::codeScene(u"X"_s, vga), format);
        const auto layout = planeLayout(format);
        QVERIFY(layout);

        const MappedFrame mapped(frame);
        QCOMPARE(mapped.access(), FrameAccess::InPlace);
        // The frame's copies share one mapping: bits() here are the worker's.
        QVERIFY(frame.isMapped());
        QCOMPARE(mapped.view().data, frame.bits(layout->plane) + layout->offset);
        QCOMPARE(mapped.view().rowStride, frame.bytesPerLine(layout->plane));
        QCOMPARE(mapped.view().width, vga.width());
        QCOMPARE(mapped.view().height, vga.height());
    }

    void readsEveryPixelFormat_data() { formatRows(); }

    void readsEveryPixelFormat()
    {
        QFETCH(F::PixelFormat, format);
        QVideoSink sink;
        VideoScanner scanner;
        scanner.setVideoSink(&sink);
        scanner.setKeyring(m_keyring);
        QSignalSpy scanned(&scanner, &VideoScanner::scanned);

        sink.setVideoFrame(test::frameOf(test::codeScene(m_cardPayload, vga), format));
        QVERIFY(scanned.wait(10'000));
        QCOMPARE(scanned.size(), 1);
        const auto result = scanned.first().first().value<ScanResult>();
        QCOMPARE(result.text, m_cardPayload);
        QCOMPARE(result.format, u"QRCode"_s);
        QCOMPARE(result.source, ScanSource::Camera);
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result.payload->kind, PayloadKind::Card);
        QCOMPARE(result.payload->id, m_cardId);
        QCOMPARE(scanner.decodedFrames(), 1);
        QCOMPARE(scanner.convertedFrames(), 0);
    }

    // A frame whose rows run bottom to top is converted by Qt (which turns
    // it upright), counted, and still read; one Qt cannot convert either
    // (10-bit YUV420P10 in Qt 6.4) is counted as unreadable.
    void convertsWhatItCannotReadInPlace()
    {
        QVideoSink sink;
        VideoScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy scanned(&scanner, &VideoScanner::scanned);
        sink.setVideoFrame(
            test::frameOf(test::codeScene(u"UPSIDE DOWN"_s, vga), F::Format_NV12, F::BottomToTop));
        QTRY_COMPARE(scanner.decodedFrames(), 1);
        QCOMPARE(scanner.convertedFrames(), 1);
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().first().value<ScanResult>().text, u"UPSIDE DOWN"_s);

        QVERIFY(!planeLayout(F::Format_YUV420P10));
        sink.setVideoFrame(QVideoFrame(F(vga, F::Format_YUV420P10)));
        QTRY_COMPARE(scanner.decodedFrames(), 2);
        QCOMPARE(scanner.unreadableFrames(), 1);
        QCOMPARE(scanned.size(), 1);
    }

    void findsNothingInAnEmptyFrame()
    {
        QVideoSink sink;
        VideoScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy scanned(&scanner, &VideoScanner::scanned);
        QImage empty(vga, QImage::Format_Grayscale8);
        empty.fill(128);
        sink.setVideoFrame(test::frameOf(empty, F::Format_NV12));
        QTRY_COMPARE(scanner.decodedFrames(), 1);
        QCOMPARE(scanned.size(), 0);
    }

    // While the worker decodes, new frames are dropped and counted, not
    // queued: after the worker is let go, the next frame decoded is the
    // one that comes next, not one of those that waited.
    void dropsFramesWhileBusy()
    {
        QVideoSink sink;
        VideoScanner scanner;
        WorkerGate gate;
        scanner.setWorkerHook(gate.hook());
        scanner.setVideoSink(&sink);
        QSignalSpy scanned(&scanner, &VideoScanner::scanned);

        sink.setVideoFrame(test::frameOf(test::codeScene(u"FIRST"_s, vga), F::Format_NV12));
        QVERIFY(gate.waitUntilEntered());
        // Five frames, each its own (a sink passes on a frame only when it
        // is not the one it holds).
        const QImage dropped = test::codeScene(u"DROPPED"_s, vga);
        for (int i = 0; i < 5; ++i)
            sink.setVideoFrame(test::frameOf(dropped, F::Format_NV12));
        QCOMPARE(scanner.droppedFrames(), 5);

        gate.letGo();
        QVERIFY(scanned.wait(10'000));
        QCOMPARE(scanned.last().first().value<ScanResult>().text, u"FIRST"_s);
        QCOMPARE(scanner.decodedFrames(), 1);

        gate.letGo();
        sink.setVideoFrame(test::frameOf(test::codeScene(u"NEXT"_s, vga), F::Format_NV12));
        QVERIFY(scanned.wait(10'000));
        QCOMPARE(scanned.last().first().value<ScanResult>().text, u"NEXT"_s);
        QCOMPARE(scanner.decodedFrames(), 2);
        QCOMPARE(scanned.size(), 2);
        QCOMPARE(scanner.droppedFrames(), 5);
    }

    // The same code within the repeat window (from when it was last seen)
    // is one scan; another code, or the same after a pause, is a new one.
    void reportsARepeatedCodeOnce()
    {
        QVideoSink sink;
        VideoScanner scanner;
        qint64 now = 1'000'000;
        scanner.setClock([&now] { return now; });
        scanner.setVideoSink(&sink);
        QCOMPARE(scanner.repeatWindow(), 1500);
        QSignalSpy scanned(&scanner, &VideoScanner::scanned);
        const QImage a = test::codeScene(u"CODE A"_s, vga);
        const QImage b = test::codeScene(u"CODE B"_s, vga);
        int frames = 0;
        // A new frame each time, as from a camera.
        auto show = [&](const QImage &picture, qint64 at) {
            now = at;
            sink.setVideoFrame(test::frameOf(picture, F::Format_NV12));
            ++frames;
            return QTest::qWaitFor([&] { return scanner.decodedFrames() == frames; }, 10'000);
        };

        QVERIFY(show(a, 1'000'000));
        QCOMPARE(scanned.size(), 1);
        // Held in front of the camera: seen every second, never reported again.
        for (qint64 at = 1'001'000; at <= 1'005'000; at += 1000)
            QVERIFY(show(a, at));
        QCOMPARE(scanned.size(), 1);
        QVERIFY(show(b, 1'005'100));
        QCOMPARE(scanned.size(), 2);
        QVERIFY(show(a, 1'005'200));
        QCOMPARE(scanned.size(), 3);
        // Away for longer than the window, then back.
        QVERIFY(show(a, 1'006'800));
        QCOMPARE(scanned.size(), 4);

        scanner.setRepeatWindow(0);
        QVERIFY(show(a, 1'006'801));
        QCOMPARE(scanned.size(), 5);
        QCOMPARE(scanned.at(1).first().value<ScanResult>().text, u"CODE B"_s);
    }

    void exposesItsPace()
    {
        QVideoSink sink;
        VideoScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy statistics(&scanner, &VideoScanner::statisticsChanged);
        const QImage picture = test::codeScene(u"PACE"_s, QSize(1280, 720));
        for (int i = 1; i <= 5; ++i) {
            sink.setVideoFrame(test::frameOf(picture, F::Format_NV12));
            QTRY_COMPARE(scanner.decodedFrames(), i);
        }
        QVERIFY(statistics.size() >= 5);
        QVERIFY2(scanner.framesPerSecond() > 0,
                 qPrintable(QString::number(scanner.framesPerSecond())));
        QVERIFY(scanner.decodeMilliseconds() > 0);
        // Not more frames a second than one decode allows.
        QVERIFY(scanner.framesPerSecond() <= 1000.0 / scanner.decodeMilliseconds() * 1.5);
        QCOMPARE(scanner.droppedFrames(), 0);
    }

    void ignoresFramesWhenInactive()
    {
        QVideoSink sink;
        VideoScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy scanned(&scanner, &VideoScanner::scanned);
        scanner.setActive(false);
        const QImage picture = test::codeScene(u"OFF"_s, vga);
        sink.setVideoFrame(test::frameOf(picture, F::Format_NV12));
        QCoreApplication::processEvents();
        QCOMPARE(scanner.decodedFrames(), 0);
        QCOMPARE(scanner.droppedFrames(), 0);
        scanner.setActive(true);
        sink.setVideoFrame(test::frameOf(picture, F::Format_NV12));
        QVERIFY(scanned.wait(10'000));
    }

    void limitsItselfToItsSymbologies()
    {
        QVideoSink sink;
        VideoScanner scanner;
        scanner.setVideoSink(&sink);
        scanner.setSymbologies(VideoScanner::Code128 | VideoScanner::EAN13);
        QSignalSpy scanned(&scanner, &VideoScanner::scanned);
        sink.setVideoFrame(test::frameOf(test::codeScene(u"QR ONLY"_s, vga), F::Format_NV12));
        QTRY_COMPARE(scanner.decodedFrames(), 1);
        QCOMPARE(scanned.size(), 0);
    }

    void refusesAForgedPayload_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        // Signed with a key that has the shop's key number but is not its key.
        const SigningKey forger = SigningKey::generate(KeyId{7, 1});
        QTest::newRow("forged") << Payloads::make(PayloadKind::Card, m_cardId, forger).value()
                                << u"bad-signature"_s;
        QTest::newRow("not ours") << u"https://example.com/menu"_s << u"not-ours"_s;
    }

    void refusesAForgedPayload()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QVideoSink sink;
        VideoScanner scanner;
        scanner.setKeyring(m_keyring);
        scanner.setVideoSink(&sink);
        QSignalSpy scanned(&scanner, &VideoScanner::scanned);
        sink.setVideoFrame(test::frameOf(test::codeScene(text, vga), F::Format_YUYV));
        QVERIFY(scanned.wait(10'000));
        const auto result = scanned.first().first().value<ScanResult>();
        QCOMPARE(result.text, text);
        QVERIFY(!result.ok());
        QCOMPARE(result.errorName(), error);
        QVERIFY(!result.message().isEmpty());
        if (error == u"bad-signature")
            QCOMPARE(result.payload.error().code, PayloadError::Code::BadSignature);
    }

    // The frame lives as long as the worker needs it: the sink may go.
    void survivesItsSinkGoingDuringADecode()
    {
        auto sink = std::make_unique<QVideoSink>();
        VideoScanner scanner;
        WorkerGate gate;
        scanner.setWorkerHook(gate.hook());
        scanner.setVideoSink(sink.get());
        QSignalSpy scanned(&scanner, &VideoScanner::scanned);
        sink->setVideoFrame(test::frameOf(test::codeScene(u"ORPHAN"_s, vga), F::Format_NV12));
        QVERIFY(gate.waitUntilEntered());
        sink.reset();
        QCOMPARE(scanner.videoSink(), nullptr);
        gate.letGo();
        QVERIFY(scanned.wait(10'000));
        QCOMPARE(scanned.first().first().value<ScanResult>().text, u"ORPHAN"_s);
    }

    // Destroyed in the middle of a decode: it waits for the worker, and
    // what the worker posts back dies with it.
    void goesCleanlyDuringADecode()
    {
        QVideoSink sink;
        auto scanner = std::make_unique<VideoScanner>();
        WorkerGate gate;
        scanner->setWorkerHook(gate.hook());
        scanner->setVideoSink(&sink);
        sink.setVideoFrame(
            test::frameOf(test::codeScene(u"GONE"_s, QSize(1920, 1080)), F::Format_NV12));
        QVERIFY(gate.waitUntilEntered());
        gate.letGo();
        scanner.reset();
        // The sink goes on without it.
        sink.setVideoFrame(test::frameOf(test::codeScene(u"AFTER"_s, vga), F::Format_NV12));
        QCoreApplication::processEvents();
    }

private:
    void formatRows(const QList<F::PixelFormat> &except = {})
    {
        QTest::addColumn<F::PixelFormat>("format");
        for (F::PixelFormat format : test::inPlaceFormats()) {
            if (!except.contains(format))
                QTest::newRow(qPrintable(formatName(format))) << format;
        }
    }

    std::unique_ptr<SigningKey> m_key;
    Keyring m_keyring;
    QString m_cardId;
    QString m_cardPayload;
};

QTEST_MAIN(TestVideoScanner)
#include "tst_videoscanner.moc"
