// SPDX-License-Identifier: Apache-2.0
// The acceptance test of the decoder: every image in tests/data/scan/photos
// is read as stampdesk-cli decode reads a file (upright by its EXIF, as a
// still, every code), and must give exactly the codes its sidecar file
// lists: NAME.txt beside NAME.jpg (or .jpeg, .png), one "FORMAT<TAB>TEXT"
// line per code, in any order, empty for an image without a code.
//
// Today the folder holds the photo-like images that stampdesk_makephotos
// generates (tools/makephotos.cpp), because no camera was at hand. Real
// photos of wallet passes on phones and of printed vouchers, taken with the
// register's webcam and with phones, still have to be added: drop them into
// the folder with their sidecar files and this test reads them too.
#include "scan/decoder.h"
#include "scan/imageframe.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QTest>

using namespace stampdesk::scan;
using namespace Qt::StringLiterals;

namespace {

QString photoFolder()
{
    return QStringLiteral(STAMPDESK_TEST_DATA "/scan/photos");
}

/// What the sidecar lists, sorted; escapes as stampdesk-cli decode prints.
QStringList expectedCodes(const QString &imagePath, bool *found)
{
    QFile sidecar(imagePath.left(imagePath.lastIndexOf(u'.')) + u".txt"_s);
    *found = sidecar.open(QIODevice::ReadOnly);
    QStringList lines = QString::fromUtf8(sidecar.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : lines) {
        if (line.endsWith(u'\r')) // a sidecar written on Windows
            line.chop(1);
    }
    lines.sort();
    return lines;
}

QString escaped(QString text)
{
    text.replace(u"\\"_s, u"\\\\"_s);
    text.replace(u"\t"_s, u"\\t"_s);
    text.replace(u"\n"_s, u"\\n"_s);
    text.replace(u"\r"_s, u"\\r"_s);
    return text;
}

} // namespace

class TestScanPhotos : public QObject
{
    Q_OBJECT
private slots:
    void readsEveryPhoto_data()
    {
        QTest::addColumn<QString>("path");
        const QFileInfoList files = QDir(photoFolder())
                                        .entryInfoList({u"*.jpg"_s, u"*.jpeg"_s, u"*.png"_s,
                                                        u"*.JPG"_s, u"*.JPEG"_s, u"*.PNG"_s},
                                                       QDir::Files, QDir::Name);
        for (const QFileInfo &file : files)
            QTest::newRow(qPrintable(file.fileName())) << file.filePath();
    }

    void readsEveryPhoto()
    {
        QFETCH(QString, path);
        bool hasSidecar = false;
        const QStringList expected = expectedCodes(path, &hasSidecar);
        QVERIFY2(hasSidecar, "every image needs NAME.txt beside it with the codes it shows");

        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
        const ImageFrame frame(image);
        QStringList found;
        for (const Decoded &code : decode(frame.view(), {.stillImage = true, .maxCodes = allCodes}))
            found << code.format + u'\t' + escaped(code.text);
        found.sort();
        QCOMPARE(found, expected);
    }

    // The set must not silently shrink to nothing.
    void theSetIsThere()
    {
        const QStringList images =
            QDir(photoFolder()).entryList({u"*.jpg"_s, u"*.jpeg"_s, u"*.png"_s}, QDir::Files);
        QVERIFY2(images.size() >= 12, qPrintable(photoFolder()));
    }
};

QTEST_MAIN(TestScanPhotos)
#include "tst_scanphotos.moc"
