// SPDX-License-Identifier: Apache-2.0
// stampdesk-cli decode as a POS or a manager uses it: the real binary on
// image files made with the scan library's encoder.
#include "programrun.h"
#include "scan/encoder.h"

#include <QFile>
#include <QGuiApplication>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace stampdesk::scan;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(stampdesk::scan::Symbology)

namespace {

using stampdesk::test::Run;

/// A code on a white page with room around it, as a scan or a screenshot.
QImage page(Symbology symbology, const QString &text, int module = 4)
{
    const QImage code = render(symbology, text, {.moduleSize = module});
    QImage image(code.width() + 200, code.height() + 160, QImage::Format_Grayscale8);
    image.fill(0xff);
    for (int y = 0; y < code.height(); ++y)
        std::copy_n(code.constScanLine(y), code.width(), image.scanLine(y + 80) + 100);
    return image;
}

} // namespace

class TestDecodeCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString save(const QString &name, const QImage &image, int quality = -1)
    {
        QImageWriter writer(path(name));
        writer.setQuality(quality);
        if (!writer.write(image))
            qFatal("cannot write %s", qPrintable(name));
        return path(name);
    }

    Run cli(const QStringList &args)
    {
        // A database path that must stay untouched: decode needs none.
        return stampdesk::test::runProgram(QStringLiteral(STAMPDESK_CLI),
                                           QStringList{u"--db"_s, path(u"never.db"_s)} + args);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void printsFormatTabTextForEveryCode_data()
    {
        QTest::addColumn<Symbology>("symbology");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("line");
        QTest::newRow("QR") << Symbology::QRCode << u"SD1:C:7Q4M2XKD9P"_s
                            << u"QRCode\tSD1:C:7Q4M2XKD9P\n"_s;
        QTest::newRow("Code 128") << Symbology::Code128 << u"SDV-7Q4M2-XKD9P"_s
                                  << u"Code128\tSDV-7Q4M2-XKD9P\n"_s;
        QTest::newRow("EAN-13") << Symbology::EAN13 << u"4006381333931"_s
                                << u"EAN-13\t4006381333931\n"_s;
        QTest::newRow("PDF417") << Symbology::PDF417 << u"VOUCHER 12"_s
                                << u"PDF417\tVOUCHER 12\n"_s;
        QTest::newRow("Aztec") << Symbology::Aztec << u"SD1:V:12"_s << u"Aztec\tSD1:V:12\n"_s;
        QTest::newRow("DataMatrix")
            << Symbology::DataMatrix << u"SD-12"_s << u"DataMatrix\tSD-12\n"_s;
        QTest::newRow("Vietnamese")
            << Symbology::QRCode << u"Cà phê sữa đá"_s << u"QRCode\tCà phê sữa đá\n"_s;
        // One code, one line, whatever it holds.
        QTest::newRow("tab and lines") << Symbology::QRCode << u"BEGIN:VCARD\r\nN:Lan\tA\\B"_s
                                       << u"QRCode\tBEGIN:VCARD\\r\\nN:Lan\\tA\\\\B\n"_s;
    }

    void printsFormatTabTextForEveryCode()
    {
        QFETCH(Symbology, symbology);
        QFETCH(QString, text);
        QFETCH(QString, line);
        const QString file = save(u"%1.png"_s.arg(QString::fromUtf8(QTest::currentDataTag())),
                                  page(symbology, text));
        const Run r = cli({u"decode"_s, file});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, line);
    }

    void readsEveryFileInTurn()
    {
        const QString qr = save(u"card.jpg"_s, page(Symbology::QRCode, u"CARD-1"_s), 75);
        const QString blank = save(u"blank.png"_s, QImage(640, 480, QImage::Format_RGB32));
        // Two codes in one image: both, in reading order.
        QImage two(900, 500, QImage::Format_RGB32);
        two.fill(Qt::white);
        QPainter painter(&two);
        painter.drawImage(0, 0, page(Symbology::Code128, u"FIRST-1"_s, 3));
        painter.drawImage(500, 250, page(Symbology::QRCode, u"SECOND-2"_s, 4));
        painter.end();
        const QString both = save(u"both.png"_s, two);
        const Run r = cli({u"decode"_s, qr, blank, both});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"QRCode\tCARD-1\nCode128\tFIRST-1\nQRCode\tSECOND-2\n"_s);
        QVERIFY(!QFile::exists(path(u"never.db"_s)));
    }

    void printsNothingForAnImageWithoutACode()
    {
        QImage image(800, 600, QImage::Format_RGB32);
        image.fill(QColor(0x30, 0x60, 0x90));
        const Run r = cli({u"decode"_s, save(u"sky.png"_s, image)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, QString());
    }

    void reportsMissingAndUnreadableFilesAndGoesOn()
    {
        const QString good = save(u"good.png"_s, page(Symbology::QRCode, u"GOOD-1"_s));
        QFile text(path(u"notes.png"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("this is not a picture\n");
        text.close();
        const QString missing = path(u"missing.png"_s);
        const Run r = cli({u"decode"_s, missing, text.fileName(), good});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, u"QRCode\tGOOD-1\n"_s);
        const QStringList errors = r.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors[0].startsWith(u"stampdesk-cli: "_s + missing + u": no such file"_s),
                 qPrintable(errors[0]));
        QVERIFY2(errors[1].startsWith(u"stampdesk-cli: "_s + text.fileName() + u": "_s),
                 qPrintable(errors[1]));
        // A folder is not an image either.
        QCOMPARE(cli({u"decode"_s, m_dir.path()}).exitCode, 1);
    }

    void printsOneJsonDocument()
    {
        const QString good = save(u"json.png"_s, page(Symbology::QRCode, u"LINE 1\nLINE 2"_s));
        const QString missing = path(u"gone.jpg"_s);
        const Run r = cli({u"--json"_s, u"decode"_s, good, missing});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray list = r.array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject(),
                 (QJsonObject{{u"file"_s, good},
                              {u"format"_s, u"QRCode"_s},
                              {u"text"_s, u"LINE 1\nLINE 2"_s}}));
        QCOMPARE(list[1].toObject().value(u"file"_s).toString(), missing);
        QCOMPARE(list[1].toObject().value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"unreadable"_s);
        // Nothing found is an empty list, still one document.
        QImage blank(100, 100, QImage::Format_RGB32);
        blank.fill(Qt::white);
        const Run none = cli({u"--json"_s, u"decode"_s, save(u"none.png"_s, blank)});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.array(), QJsonArray());
        QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).isArray(), true);
    }

    // A code saved on a transparent background reads as a viewer shows it.
    void readsTransparentImages()
    {
        const QImage code = render(Symbology::QRCode, u"CLEAR-1"_s, {.moduleSize = 4});
        QImage image(code.size(), QImage::Format_ARGB32);
        for (int y = 0; y < code.height(); ++y) {
            for (int x = 0; x < code.width(); ++x)
                image.setPixel(x, y, code.pixelColor(x, y).red() < 128 ? 0xff000000 : 0);
        }
        const Run r = cli({u"decode"_s, save(u"clear.png"_s, image)});
        QCOMPARE(r.out, u"QRCode\tCLEAR-1\n"_s);
    }

    void needsAnImage()
    {
        const Run r = cli({u"decode"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"usage: stampdesk-cli decode IMAGE..."_s));
        const Run help = cli({u"--help"_s});
        QVERIFY(help.out.contains(u"decode IMAGE..."_s));
        QVERIFY(help.out.contains(u"FORMAT<TAB>TEXT"_s));
    }
};

QTEST_MAIN(TestDecodeCli)
#include "tst_decodecli.moc"
