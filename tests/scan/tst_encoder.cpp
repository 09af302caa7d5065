// SPDX-License-Identifier: Apache-2.0
// The encoder: exact modules and quiet zones, what each symbology refuses,
// codes that read back, and the QR version a payload needs.
#include "codeimages.h"
#include "scan/decoder.h"
#include "scan/encoder.h"
#include "scan/imageframe.h"

#include <QGuiApplication>
#include <QTest>

using namespace stampdesk::scan;
using namespace Qt::StringLiterals;
namespace images = stampdesk::scan::codeimages;

Q_DECLARE_METATYPE(stampdesk::scan::Symbology)

class TestEncoder : public QObject
{
    Q_OBJECT

private slots:
    void rendersExactModulesAndQuietZones()
    {
        const QString text = u"HELLO"_s;
        const int version = qrVersion(text);
        QCOMPARE(version, 1);
        const QImage qr = render(Symbology::QRCode, text, {.moduleSize = 5});
        QCOMPARE(qr.size(), QSize((17 + 4 * version + 2 * 4) * 5, (17 + 4 * version + 2 * 4) * 5));
        QCOMPARE(qr.format(), QImage::Format_Grayscale8);
        QCOMPARE(qr.pixelColor(19, 19), QColor(Qt::white)); // the quiet zone
        QCOMPARE(qr.pixelColor(20, 20), QColor(Qt::black)); // the finder pattern's corner
        const QImage bare = render(Symbology::QRCode, text, {.moduleSize = 1, .quietZone = 0});
        QCOMPARE(bare.size(), QSize(21, 21));
        // A linear code: 11 modules a character, 13 for the stop pattern.
        const QImage bars = render(Symbology::Code128, u"AB"_s, {.moduleSize = 2, .barHeight = 30});
        QCOMPARE(bars.size(), QSize((11 * 4 + 13 + 20) * 2, (30 + 20) * 2));
    }

    void rendersNothingForTextTheSymbologyCannotHold()
    {
        QVERIFY(render(Symbology::EAN13, u"12345"_s).isNull());
        QVERIFY(render(Symbology::EAN13, u"4006381333932"_s).isNull()); // wrong check digit
        QVERIFY(render(Symbology::Code128, u"Cà phê"_s).isNull());
        QVERIFY(render(Symbology::QRCode, QString(8000, u'A')).isNull());
        QVERIFY(render(Symbology::QRCode, u"A"_s, {.moduleSize = 0}).isNull());
        QCOMPARE(qrVersion(QString(8000, u'A')), 0);
    }

    void readsBackWhatItRenders_data()
    {
        QTest::addColumn<Symbology>("symbology");
        QTest::addColumn<QString>("text");
        QTest::newRow("QR Vietnamese") << Symbology::QRCode << u"Nguyễn Thị Đào · Cà phê sữa đá"_s;
        QTest::newRow("QR Latin-1") << Symbology::QRCode << u"Café crème, 3 €"_s;
        QTest::newRow("Aztec Vietnamese") << Symbology::Aztec << u"Phiếu quà tặng: Một ly trà"_s;
        QTest::newRow("PDF417 Vietnamese") << Symbology::PDF417 << u"Đổi quà ở quầy 2"_s;
        QTest::newRow("DataMatrix") << Symbology::DataMatrix << u"SD-0123456789"_s;
        QTest::newRow("EAN-13 from 12 digits") << Symbology::EAN13 << u"400638133393"_s;
    }

    void readsBackWhatItRenders()
    {
        QFETCH(Symbology, symbology);
        QFETCH(QString, text);
        const QImage image =
            images::centred(images::plain(QSize(800, 600)), images::code(symbology, text, 4));
        QVERIFY(!image.isNull());
        const ImageFrame frame(image);
        const QList<Decoded> codes = decode(frame.view());
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes.first().format, formatName(symbology));
        // EAN-13 gets its check digit.
        QCOMPARE(codes.first().text, symbology == Symbology::EAN13 ? text + u'1' : text);
    }

    // A signed card payload of 120 characters must fit QR version 7 at
    // level M, to stay readable on a phone at arm's length.
    void payloadsFitQrVersion7AtLevelM()
    {
        const QString alphabet = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"_s;
        QString payload;
        for (int i = 0; i < 120; ++i)
            payload += alphabet[(i * 7) % alphabet.size()];
        const int version = qrVersion(payload, ErrorCorrection::Medium);
        QVERIFY2(version >= 1 && version <= 7, qPrintable(QString::number(version)));
        const QImage image = render(Symbology::QRCode, payload, {.moduleSize = 1, .quietZone = 0});
        QCOMPARE(image.width(), 17 + 4 * version);
        // The levels cost what they should: more correction, more modules.
        QVERIFY(qrVersion(payload, ErrorCorrection::Low) <= version);
        QVERIFY(qrVersion(payload, ErrorCorrection::High) > version);
    }
};

QTEST_MAIN(TestEncoder)
#include "tst_encoder.moc"
