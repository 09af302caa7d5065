// SPDX-License-Identifier: Apache-2.0
// FramePicture, the camera's picture on Qt Quick's software renderer: real
// frames set on its real QVideoSink, drawn in a real (offscreen) window.
#include "scan/qml/framepicture.h"
#include "videoframes.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace stampdesk;
using stampdesk::scan::qml::FramePicture;
using F = QVideoFrameFormat;

Q_DECLARE_METATYPE(QVideoFrameFormat::PixelFormat)

namespace {

const QColor behind(255, 0, 255); // the window's colour: what shows in the bars
constexpr int dark = 0x20;
constexpr int light = 0xe0;

// A 4:3 picture, its left half dark and its right half light: where each
// half lands shows both the fit and that the frame is not mirrored.
QImage halves(QSize size = {160, 120})
{
    QImage grey(size, QImage::Format_Grayscale8);
    grey.fill(light);
    QPainter(&grey).fillRect(0, 0, size.width() / 2, size.height(), QColor(dark, dark, dark));
    return grey;
}

bool isBehind(QRgb pixel)
{
    return qRed(pixel) > 200 && qGreen(pixel) < 60 && qBlue(pixel) > 200;
}

QString describe(QRgb pixel)
{
    return QColor(pixel).name();
}

} // namespace

class TestFramePicture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // What the app chooses without a GPU (and offscreen falls back to).
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }

    void drawsNothingWithoutAFrame()
    {
        FramePicture picture;
        picture.setSize({200, 100});
        QVERIFY(picture.videoSink());
        QVERIFY(picture.frameSize().isEmpty());
        QVERIFY(picture.pictureRect().isEmpty());
        QImage canvas(200, 100, QImage::Format_ARGB32_Premultiplied);
        canvas.fill(Qt::transparent);
        {
            QPainter painter(&canvas);
            picture.paint(&painter);
        }
        for (int y = 0; y < canvas.height(); y += 7) {
            for (int x = 0; x < canvas.width(); x += 7)
                QCOMPARE(qAlpha(canvas.pixel(x, y)), 0);
        }
        QCOMPARE(picture.convertedFrames(), 0);
    }

    void frameSizeFollowsTheFrames()
    {
        FramePicture picture;
        QSignalSpy changed(&picture, &FramePicture::frameSizeChanged);
        picture.videoSink()->setVideoFrame(test::rgbFrame({160, 120}, F::Format_XRGB8888, 0));
        QCOMPARE(picture.frameSize(), QSize(160, 120));
        QCOMPARE(changed.size(), 1);
        picture.videoSink()->setVideoFrame(test::rgbFrame({160, 120}, F::Format_XRGB8888, 0));
        QCOMPARE(changed.size(), 1);
        picture.videoSink()->setVideoFrame(test::frameOf(halves({320, 180}), F::Format_NV12));
        QCOMPARE(picture.frameSize(), QSize(320, 180));
        QCOMPARE(changed.size(), 2);
        // A source that stops sets an empty frame: nothing left to show.
        picture.videoSink()->setVideoFrame(QVideoFrame());
        QVERIFY(picture.frameSize().isEmpty());
        QCOMPARE(changed.size(), 3);
    }

    // Frames that come faster than paints are never converted: only the
    // one a paint finds is, once however often it is painted.
    void convertsOnlyTheFramesItPaints()
    {
        FramePicture picture;
        picture.setSize({160, 120});
        for (int i = 0; i < 5; ++i)
            picture.videoSink()->setVideoFrame(test::frameOf(halves(), F::Format_NV12));
        QCOMPARE(picture.convertedFrames(), 0);
        QImage canvas(160, 120, QImage::Format_RGB32);
        for (int i = 0; i < 3; ++i) {
            QPainter painter(&canvas);
            picture.paint(&painter);
        }
        QCOMPARE(picture.convertedFrames(), 1);
        QVERIFY(qGray(canvas.pixel(40, 60)) < 64);
        QVERIFY(qGray(canvas.pixel(120, 60)) > 192);

        picture.videoSink()->setVideoFrame(
            test::frameOf(halves().mirrored(true, false), F::Format_NV12));
        {
            QPainter painter(&canvas);
            picture.paint(&painter);
        }
        QCOMPARE(picture.convertedFrames(), 2);
        QVERIFY(qGray(canvas.pixel(40, 60)) > 192);
    }

    void showsTheFrameFittedInAWindow_data()
    {
        QTest::addColumn<F::PixelFormat>("format");
        QTest::addColumn<QSize>("itemSize");
        QTest::addColumn<QRect>("expected"); // where the 160×120 frame goes
        // Wider than 4:3: bars left and right; taller: bars above and below.
        QTest::newRow("NV12, wide") << F::Format_NV12 << QSize(400, 150) << QRect(100, 0, 200, 150);
        QTest::newRow("NV12, tall") << F::Format_NV12 << QSize(200, 300) << QRect(0, 75, 200, 150);
        QTest::newRow("YUYV, wide") << F::Format_YUYV << QSize(400, 150) << QRect(100, 0, 200, 150);
        QTest::newRow("YUV420P, tall")
            << F::Format_YUV420P << QSize(200, 300) << QRect(0, 75, 200, 150);
        QTest::newRow("XRGB8888, wide")
            << F::Format_XRGB8888 << QSize(400, 150) << QRect(100, 0, 200, 150);
        QTest::newRow("BGRA8888, exact")
            << F::Format_BGRA8888 << QSize(320, 240) << QRect(0, 0, 320, 240);
    }

    void showsTheFrameFittedInAWindow()
    {
        QFETCH(F::PixelFormat, format);
        QFETCH(QSize, itemSize);
        QFETCH(QRect, expected);

        auto window = std::make_unique<QQuickWindow>();
        window->setColor(behind);
        window->resize(itemSize);
        auto *picture = new FramePicture(window->contentItem());
        picture->setSize(itemSize);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->rendererInterface()->graphicsApi(), QSGRendererInterface::Software);

        // A frame that arrives makes the window draw again, by itself.
        QSignalSpy drawn(window.get(), &QQuickWindow::afterRendering);
        QTRY_VERIFY(!drawn.isEmpty()); // the first frame, without a picture
        drawn.clear();
        picture->videoSink()->setVideoFrame(test::frameOf(halves(), format));
        QCOMPARE(picture->frameSize(), QSize(160, 120));
        QVERIFY(drawn.wait(5000));
        QCOMPARE(picture->pictureRect(), QRectF(expected));

        const QImage shown = window->grabWindow();
        QCOMPARE(picture->convertedFrames(), 1);
        QCOMPARE(shown.size(), itemSize);
        const QPoint center = expected.center();
        const QRgb left = shown.pixel(expected.left() + expected.width() / 4, center.y());
        const QRgb right = shown.pixel(expected.right() - expected.width() / 4, center.y());
        QVERIFY2(qGray(left) < 64, qPrintable(describe(left)));
        QVERIFY2(qGray(right) > 192, qPrintable(describe(right)));
        // The bars: the window shows through where the picture does not fit.
        const QList<QPoint> bars = expected.width() < itemSize.width()
            ? QList<QPoint>{{expected.left() / 2, center.y()},
                            {(expected.right() + itemSize.width()) / 2, center.y()}}
            : expected.height() < itemSize.height()
            ? QList<QPoint>{{center.x(), expected.top() / 2},
                            {center.x(), (expected.bottom() + itemSize.height()) / 2}}
            : QList<QPoint>{};
        for (const QPoint &bar : bars)
            QVERIFY2(isBehind(shown.pixel(bar)), qPrintable(describe(shown.pixel(bar))));

        // The source stops: the picture goes, the window shows through.
        picture->videoSink()->setVideoFrame(QVideoFrame());
        const QImage stopped = window->grabWindow();
        QVERIFY2(isBehind(stopped.pixel(center)), qPrintable(describe(stopped.pixel(center))));
    }
};

QTEST_MAIN(TestFramePicture)
#include "tst_framepicture.moc"
