// SPDX-License-Identifier: Apache-2.0
// Where frames come from: a video file played by QMediaPlayer (GStreamer),
// a video or an image as the virtual camera, and a camera that is not
// there. Each reaches the VideoScanner through a real QVideoSink.
#include "core/keys.h"
#include "scan/camerasource.h"
#include "scan/filesource.h"
#include "scan/videoscanner.h"
#include "videoframes.h"

#include <QFile>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoSink>

#include <optional>
#include <random>

using namespace stampdesk;
using namespace stampdesk::scan;
using namespace Qt::StringLiterals;

namespace {

// Long enough for GStreamer to start a pipeline on a slow, shared machine.
constexpr int playTimeout = 30'000;

const QString videoText = u"STAMPDESK VIDEO TEST"_s;
const QString imageText = u"STAMPDESK IMAGE TEST"_s;

// A webcam-like frame with nothing to read: a soft gradient and noise.
QImage emptyScene(QSize size, int seed)
{
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> noise(-12, 12);
    QImage scene(size, QImage::Format_Grayscale8);
    for (int y = 0; y < size.height(); ++y) {
        uchar *row = scene.scanLine(y);
        for (int x = 0; x < size.width(); ++x)
            row[x] = uchar(std::clamp(90 + x / 8 + y / 12 + noise(random), 0, 255));
    }
    return scene;
}

} // namespace

class TestFrameSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The backend the app uses: Qt 6.4's FFmpeg one is not reliable.
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
        QVERIFY(m_dir.isValid());
    }

    // The code in a video file, played as the app would play it, reaches
    // the scanner and is read.
    void readsACodeFromAPlayingVideo()
    {
        const QString video = testVideo();
        QVERIFY2(!video.isEmpty(), qPrintable(m_videoError));

        QVideoSink sink;
        VideoScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy scanned(&scanner, &VideoScanner::scanned);
        QMediaPlayer player;
        QSignalSpy errors(&player, &QMediaPlayer::errorOccurred);
        player.setVideoSink(&sink);
        player.setSource(QUrl::fromLocalFile(video));
        player.play();

        QVERIFY2(scanned.wait(playTimeout), qPrintable(player.errorString()));
        QCOMPARE(errors.size(), 0);
        const auto result = scanned.first().first().value<ScanResult>();
        QCOMPARE(result.text, videoText);
        QCOMPARE(result.format, u"QRCode"_s);
        QCOMPARE(result.source, ScanSource::Camera);
        // GStreamer hands over I420 (YUV420P) from Motion JPEG: read in place.
        QCOMPARE(scanner.convertedFrames(), 0);
        player.stop();
    }

    void aVideoFileIsAVirtualCamera()
    {
        const QString video = testVideo();
        QVERIFY2(!video.isEmpty(), qPrintable(m_videoError));

        QVideoSink sink;
        VideoScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy scanned(&scanner, &VideoScanner::scanned);
        FileSource source;
        source.setFile(video);
        source.setVideoSink(&sink);
        QCOMPARE(source.state(), FrameSource::State::Off);
        source.setActive(true);
        QCOMPARE(source.state(), FrameSource::State::Starting);
        QCOMPARE(source.name(), u"card.avi"_s);

        QVERIFY(scanned.wait(playTimeout));
        QCOMPARE(scanned.first().first().value<ScanResult>().text, videoText);
        QCOMPARE(source.state(), FrameSource::State::Active);
        QVERIFY(source.stateText().contains(u"card.avi"));

        source.setActive(false);
        QCOMPARE(source.state(), FrameSource::State::Off);
    }

    // An image is pushed again and again, like a camera pointed at it; its
    // code is one scan, however many frames show it.
    void anImageIsAVirtualCamera()
    {
        const QString image = m_dir.filePath(u"card.png"_s);
        QVERIFY(test::codeScene(imageText, QSize(800, 600)).save(image));

        QVideoSink sink;
        VideoScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy scanned(&scanner, &VideoScanner::scanned);
        FileSource source;
        source.setVideoSink(&sink);
        source.setFile(image);
        source.setActive(true);
        QCOMPARE(source.state(), FrameSource::State::Active);

        QVERIFY(scanned.wait(10'000));
        QCOMPARE(scanned.first().first().value<ScanResult>().text, imageText);
        QTRY_VERIFY_WITH_TIMEOUT(scanner.decodedFrames() >= 4, 10'000);
        QCOMPARE(scanned.size(), 1);
        // 32-bit BGRX frames: read in place too.
        QCOMPARE(scanner.convertedFrames(), 0);
    }

    void saysWhenTheFileIsMissing()
    {
        QVideoSink sink;
        FileSource source;
        const QString missing = m_dir.filePath(u"no-such-file.avi"_s);
        source.setFile(missing);
        source.setVideoSink(&sink);
        source.setActive(true);
        QCOMPARE(source.state(), FrameSource::State::Failed);
        QVERIFY2(source.stateText().contains(missing), qPrintable(source.stateText()));
    }

    void saysWhenTheFileIsNotAVideo()
    {
        const QString notes = m_dir.filePath(u"notes.avi"_s);
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are not frames.\n");
        file.close();

        QVideoSink sink;
        FileSource source;
        source.setFirstFrameTimeout(playTimeout);
        source.setFile(notes);
        source.setVideoSink(&sink);
        source.setActive(true);
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), FrameSource::State::Failed, playTimeout);
        QVERIFY(source.stateText().contains(u"notes.avi"));
    }

    // The VideoOutput (and its sink) may go before the source.
    void survivesItsSinkGoing()
    {
        const QString video = testVideo();
        QVERIFY2(!video.isEmpty(), qPrintable(m_videoError));
        auto sink = std::make_unique<QVideoSink>();
        FileSource source;
        source.setFile(video);
        source.setVideoSink(sink.get());
        source.setActive(true);
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), FrameSource::State::Active, playTimeout);
        sink.reset();
        QCOMPARE(source.state(), FrameSource::State::Off);
        QCOMPARE(source.videoSink(), nullptr);
    }

    void aCameraThatIsNotThereSaysSo()
    {
        QVideoSink sink;
        CameraSource camera;
        camera.setCameraId(u"no-such-camera"_s);
        camera.setVideoSink(&sink);
        camera.setActive(true);
        QCOMPARE(camera.state(), FrameSource::State::NoCamera);
        QVERIFY(camera.stateText().contains(u"no-such-camera"));
    }

    // This machine has no webcam: the camera source says so in words, and
    // the app still starts.
    void noCameraOnThisMachine()
    {
        if (!QMediaDevices::videoInputs().isEmpty())
            QSKIP("This machine has a camera; the no-camera state is checked with a camera id "
                  "that does not exist (aCameraThatIsNotThereSaysSo).");
        QVideoSink sink;
        CameraSource camera;
        QSignalSpy changed(&camera, &FrameSource::stateChanged);
        camera.setVideoSink(&sink);
        QCOMPARE(camera.state(), FrameSource::State::Off);
        camera.setActive(true);
        // With a /dev/video node this user may not open, it is Denied.
        QVERIFY2(camera.state() == FrameSource::State::NoCamera
                     || camera.state() == FrameSource::State::Denied,
                 qPrintable(camera.stateText()));
        QVERIFY(!camera.stateText().isEmpty());
        QVERIFY(changed.size() >= 1);
        changed.clear();
        camera.retranslate();
        QCOMPARE(changed.size(), 1);
    }

    void aCameraWithoutASinkIsOff()
    {
        CameraSource camera;
        camera.setActive(true);
        QCOMPARE(camera.state(), FrameSource::State::Off);
        QVERIFY(!camera.stateText().isEmpty());
    }

private:
    // card.avi: 3 s of 640x480 Motion JPEG at 10 frames a second, a second
    // of empty scene, then a QR code of videoText. Made with GStreamer's
    // own tools once per run; empty (and m_videoError set) if they fail.
    QString testVideo()
    {
        if (m_video)
            return *m_video;
        m_video = QString();
        const QString gst = QStandardPaths::findExecutable(u"gst-launch-1.0"_s);
        if (gst.isEmpty()) {
            m_videoError = u"gst-launch-1.0 is not installed (Debian package gstreamer1.0-tools); "
                           "the test makes its video file with it."_s;
            return {};
        }
        const QSize size(640, 480);
        for (int i = 0; i < 30; ++i) {
            const QImage frame =
                i < 10 ? emptyScene(size, i) : test::codeScene(videoText, size, 3 + (i % 3));
            if (!frame.save(m_dir.filePath(u"frame%1.png"_s.arg(i, 3, 10, QChar(u'0'))))) {
                m_videoError = u"cannot write the video's frames in %1"_s.arg(m_dir.path());
                return {};
            }
        }
        const QString video = m_dir.filePath(u"card.avi"_s);
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(gst,
                      {u"-q"_s, u"multifilesrc"_s,
                       u"location=%1"_s.arg(m_dir.filePath(u"frame%03d.png"_s)), u"index=0"_s,
                       u"stop-index=29"_s, u"caps=image/png,framerate=10/1"_s, u"!"_s, u"pngdec"_s,
                       u"!"_s, u"videoconvert"_s, u"!"_s, u"video/x-raw,format=I420"_s, u"!"_s,
                       u"jpegenc"_s, u"!"_s, u"avimux"_s, u"!"_s, u"filesink"_s,
                       u"location=%1"_s.arg(video)});
        if (!process.waitForFinished(60'000) || process.exitCode() != 0 || !QFile::exists(video)) {
            m_videoError = u"gst-launch-1.0 could not make the test video (it needs the "
                           "elements pngdec, jpegenc and avimux of gstreamer1.0-plugins-good): "_s
                + QString::fromLocal8Bit(process.readAll());
            return {};
        }
        m_video = video;
        return video;
    }

    QTemporaryDir m_dir;
    std::optional<QString> m_video;
    QString m_videoError;
};

QTEST_MAIN(TestFrameSources)
#include "tst_framesources.moc"
