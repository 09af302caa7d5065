// SPDX-License-Identifier: Apache-2.0
// ImageFrame: a QImage seen by the decoder, in place where its bytes allow.
#include "codeimages.h"
#include "scan/decoder.h"
#include "scan/imageframe.h"

#include <QGuiApplication>
#include <QTest>

using namespace stampdesk::scan;
using namespace Qt::StringLiterals;
namespace images = stampdesk::scan::codeimages;

namespace {

bool foundOnly(const QList<Decoded> &codes, Symbology symbology, const QString &text)
{
    return codes.size() == 1 && codes.first().format == formatName(symbology)
        && codes.first().text == text;
}

} // namespace

class TestImageFrame : public QObject
{
    Q_OBJECT

private slots:
    void imageFrames_data()
    {
        QTest::addColumn<QImage::Format>("format");
        QTest::addColumn<bool>("converted");
        QTest::newRow("Grayscale8") << QImage::Format_Grayscale8 << false;
        QTest::newRow("RGB32") << QImage::Format_RGB32 << false;
        QTest::newRow("ARGB32 opaque") << QImage::Format_ARGB32 << false;
        QTest::newRow("RGB888") << QImage::Format_RGB888 << false;
        QTest::newRow("BGR888") << QImage::Format_BGR888 << false;
        QTest::newRow("RGBX8888") << QImage::Format_RGBX8888 << false;
        QTest::newRow("RGB16") << QImage::Format_RGB16 << true;
        QTest::newRow("Mono") << QImage::Format_Mono << true;
        QTest::newRow("Indexed8") << QImage::Format_Indexed8 << true;
        QTest::newRow("Grayscale16") << QImage::Format_Grayscale16 << true;
    }

    // A QImage is read in place where its bytes allow.
    void imageFrames()
    {
        QFETCH(QImage::Format, format);
        QFETCH(bool, converted);
        const QString text = images::sampleText(Symbology::QRCode);
        const QImage image = images::centred(images::plain(QSize(400, 300)),
                                             images::code(Symbology::QRCode, text, 3))
                                 .convertToFormat(format);
        const ImageFrame frame(image);
        QCOMPARE(frame.converted(), converted);
        QVERIFY(foundOnly(decode(frame.view()), Symbology::QRCode, text));
    }

    // A QR code saved with a transparent background: black modules on
    // nothing. Read as the bytes are, it would be black on black.
    void imageFramesLayTransparencyOnWhite()
    {
        const QString text = images::sampleText(Symbology::QRCode);
        const QImage code = images::code(Symbology::QRCode, text, 3);
        QImage image(code.size(), QImage::Format_ARGB32);
        for (int y = 0; y < code.height(); ++y) {
            for (int x = 0; x < code.width(); ++x)
                image.setPixel(x, y, code.pixelColor(x, y).black() > 128 ? qRgba(0, 0, 0, 255) : 0);
        }
        const ImageFrame frame(image);
        QVERIFY(frame.converted());
        QVERIFY(foundOnly(decode(frame.view()), Symbology::QRCode, text));
        QVERIFY(!ImageFrame(QImage()).view().isValid());
    }
};

QTEST_MAIN(TestImageFrame)
#include "tst_imageframe.moc"
