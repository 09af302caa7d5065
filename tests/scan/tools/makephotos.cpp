// SPDX-License-Identifier: Apache-2.0
// stampdesk_makephotos: writes the photo-like acceptance images of
// tests/data/scan/photos, each NAME.jpg with NAME.txt beside it holding what
// a reader must find ("FORMAT<TAB>TEXT" lines, as stampdesk-cli decode
// prints them; empty for no code).
//
// They stand in for real photos until a camera is at hand: a wallet pass on
// a phone or a printed voucher on a desk, tilted in perspective, under
// uneven light with glare, a screen's moire bands, a little motion blur,
// sensor noise and a webcam's JPEG, at 640x480 and 1280x720. Real photos go
// in the same folder, with the same sidecar files; tst_scanphotos reads
// every image there.
//
//   build/dev/tests/scan/stampdesk_makephotos [FOLDER]
//
// The images are the same on every run (fixed seeds), so running it again
// changes no file unless the scenes below or codeimages.cpp change.
#include "../codeimages.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImageWriter>

#include <cstdio>

using namespace stampdesk::scan;
using namespace Qt::StringLiterals;
namespace images = stampdesk::scan::codeimages;

namespace {

using Carrier = images::Scene::Carrier;

struct Shot
{
    const char *name;
    images::Scene scene;
};

images::Scene scene(Symbology symbology, Carrier carrier, QSize frame, double codeWidth)
{
    images::Scene s;
    s.symbology = symbology;
    s.text = images::sampleText(symbology);
    s.carrier = carrier;
    s.frame = frame;
    s.codeWidth = codeWidth;
    return s;
}

QList<Shot> shots()
{
    const QSize vga(640, 480), hd(1280, 720);
    QList<Shot> list;
    const auto add = [&](const char *name, images::Scene s, auto change) {
        change(s);
        s.seed = quint32(list.size() + 1);
        list.append({name, s});
    };
    // Wallet passes on phones: QR codes, held at any angle.
    add("qr-phone-720p-tilted-glare", scene(Symbology::QRCode, Carrier::Phone, hd, 0.22),
        [](auto &s) {
            s.tiltX = 20, s.tiltY = -15, s.rotation = 12, s.glare = true, s.banding = true,
            s.motionBlur = 3;
        });
    add("qr-phone-480p-turned", scene(Symbology::QRCode, Carrier::Phone, vga, 0.3),
        [](auto &s) { s.tiltX = -10, s.tiltY = 20, s.rotation = -25, s.banding = true; });
    add("qr-phone-720p-far", scene(Symbology::QRCode, Carrier::Phone, hd, 0.12), [](auto &s) {
        s.centre = {0.4, 0.55}, s.tiltX = 10, s.rotation = 5, s.noise = 10;
    });
    add("qr-darkmode-720p", scene(Symbology::QRCode, Carrier::DarkPhone, hd, 0.2),
        [](auto &s) { s.tiltY = 15, s.rotation = -8, s.banding = true; });
    add("qr-paper-720p-shadowed", scene(Symbology::QRCode, Carrier::Paper, hd, 0.2),
        [](auto &s) { s.tiltX = 25, s.rotation = 35, s.lighting = 0.55; });
    add("qr-paper-480p-dim", scene(Symbology::QRCode, Carrier::Paper, vga, 0.25),
        [](auto &s) { s.rotation = -60, s.noise = 14, s.jpegQuality = 50, s.lighting = 0.5; });
    // Linear codes: POS vouchers and products, held roughly level.
    add("code128-phone-720p-glare", scene(Symbology::Code128, Carrier::Phone, hd, 0.5),
        [](auto &s) { s.rotation = 3, s.tiltX = 15, s.glare = true, s.banding = true; });
    add("code128-phone-720p-upright", scene(Symbology::Code128, Carrier::Phone, hd, 0.45),
        [](auto &s) { s.rotation = 90, s.tiltY = 10, s.motionBlur = 2; });
    add("code128-paper-480p", scene(Symbology::Code128, Carrier::Paper, vga, 0.75),
        [](auto &s) { s.rotation = -2, s.tiltX = -15, s.motionBlur = 2; });
    add("ean13-paper-720p", scene(Symbology::EAN13, Carrier::Paper, hd, 0.35),
        [](auto &s) { s.rotation = 4, s.tiltX = 20, s.lighting = 0.45; });
    add("ean13-phone-480p-glare", scene(Symbology::EAN13, Carrier::Phone, vga, 0.6),
        [](auto &s) { s.rotation = -3, s.glare = true, s.banding = true; });
    // Boarding-pass and ticket symbologies.
    add("pdf417-phone-720p", scene(Symbology::PDF417, Carrier::Phone, hd, 0.45),
        [](auto &s) { s.rotation = 3, s.tiltX = 15, s.glare = true; });
    add("pdf417-paper-480p", scene(Symbology::PDF417, Carrier::Paper, vga, 0.7),
        [](auto &s) { s.rotation = -2, s.tiltY = -10, s.motionBlur = 2; });
    add("aztec-phone-720p", scene(Symbology::Aztec, Carrier::Phone, hd, 0.25),
        [](auto &s) { s.rotation = 4, s.tiltX = 15, s.banding = true; });
    add("aztec-paper-480p", scene(Symbology::Aztec, Carrier::Paper, vga, 0.3),
        [](auto &s) { s.rotation = -3, s.tiltY = 12, s.lighting = 0.45; });
    add("datamatrix-phone-720p", scene(Symbology::DataMatrix, Carrier::Phone, hd, 0.2),
        [](auto &s) { s.rotation = 20, s.tiltX = 15, s.glare = true; });
    add("datamatrix-paper-480p", scene(Symbology::DataMatrix, Carrier::Paper, vga, 0.25),
        [](auto &s) { s.rotation = -40, s.tiltY = 20; });
    // No code: a phone with the pass's panel empty, a desk with receipts.
    add("nocode-phone-720p", scene(Symbology::QRCode, Carrier::Phone, hd, 0.22),
        [](auto &s) { s.text.clear(), s.tiltX = 10, s.glare = true, s.banding = true; });
    add("nocode-paper-480p", scene(Symbology::QRCode, Carrier::Paper, vga, 0.3),
        [](auto &s) { s.text.clear(), s.rotation = 20; });
    return list;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                    : QStringLiteral(STAMPDESK_TEST_DATA "/scan/photos");
    if (!QDir().mkpath(folder)) {
        std::fprintf(stderr, "stampdesk_makephotos: cannot create %s\n", qPrintable(folder));
        return 1;
    }
    for (const Shot &shot : shots()) {
        images::Scene scene = shot.scene;
        const int quality = scene.jpegQuality;
        scene.jpegQuality = 0; // compressed once, by the writer below
        const QString base = QDir(folder).filePath(QString::fromLatin1(shot.name));
        QImageWriter writer(base + u".jpg"_s);
        writer.setQuality(quality);
        QFile expected(base + u".txt"_s);
        if (!writer.write(images::photo(scene)) || !expected.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "stampdesk_makephotos: cannot write %s\n", qPrintable(base));
            return 1;
        }
        if (!scene.text.isEmpty())
            expected.write((formatName(scene.symbology) + u'\t' + scene.text + u'\n').toUtf8());
        std::printf("%s.jpg\n", shot.name);
    }
    return 0;
}
