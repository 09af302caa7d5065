// SPDX-License-Identifier: Apache-2.0
// The decode command of stampdesk-cli: the codes in image files, read the
// way the camera's decoder reads them, with the retries a still image
// deserves. For a POS that photographs a voucher, and for checking a printed
// code before it goes out.
#include "cli.h"
#include "scan/decoder.h"
#include "scan/imageframe.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonObject>

#include <limits>
#include <optional>

namespace stampdesk::cli {

namespace {

using namespace Qt::StringLiterals;

/// A code's text on one line: codes may hold tabs and line breaks (a vCard,
/// an address), which would break the FORMAT<TAB>TEXT lines apart.
QString oneLine(const QString &text)
{
    QString line;
    line.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            line += u"\\\\"_s;
            break;
        case u'\t':
            line += u"\\t"_s;
            break;
        case u'\n':
            line += u"\\n"_s;
            break;
        case u'\r':
            line += u"\\r"_s;
            break;
        default:
            line += c;
        }
    }
    return line;
}

/// The image in a file, upright as its EXIF orientation says (a phone
/// stores photos as the sensor saw them), or why there is none.
std::optional<QImage> readImage(const QString &path, QString *why)
{
    if (!QFileInfo(path).isFile()) {
        *why = QCoreApplication::translate("stampdesk-cli decode", "no such file");
        return std::nullopt;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        *why = QCoreApplication::translate("stampdesk-cli decode",
                                           "not an image that can be read (%1)")
                   .arg(reader.errorString());
        return std::nullopt;
    }
    return image;
}

int decodeImages(Session &session, const Arguments &args)
{
    // Session reports one failure per command; a file that cannot be read
    // is reported on its own line and the others are still read.
    QTextStream err(stderr);
    QJsonArray json;
    QString text;
    bool unreadable = false;
    for (const QString &path : args.positional) {
        QString why;
        const std::optional<QImage> image = readImage(path, &why);
        if (!image) {
            unreadable = true;
            err << "stampdesk-cli: " << path << ": " << why << '\n';
            err.flush();
            json.append(QJsonObject{
                {u"file"_s, path},
                {u"error"_s, QJsonObject{{u"code"_s, u"unreadable"_s}, {u"message"_s, why}}}});
            continue;
        }
        const scan::ImageFrame frame(*image);
        const QList<scan::Decoded> codes =
            scan::decode(frame.view(), {.stillImage = true, .maxCodes = scan::allCodes});
        for (const scan::Decoded &code : codes) {
            text += code.format + u'\t' + oneLine(code.text) + u'\n';
            json.append(
                QJsonObject{{u"file"_s, path}, {u"format"_s, code.format}, {u"text"_s, code.text}});
        }
    }
    session.print(json, text);
    return unreadable ? ExitCode::Refused : ExitCode::Ok;
}

} // namespace

QList<Command> decodeCommands()
{
    return {
        Command{
            .words = {u"decode"_s},
            .synopsis = u"IMAGE..."_s,
            .summary =
                u"print every code in the images (PNG, JPEG, ...), one line each:\n"
                "      FORMAT<TAB>TEXT, FORMAT as ZXing-C++ names it (QRCode, Code128, EAN-13,\n"
                "      PDF417, Aztec, DataMatrix); tabs, line breaks and backslashes in TEXT\n"
                "      as \\t, \\n, \\r and \\\\. Nothing for an image without a code. With "
                "--json:\n"
                "      one list of {\"file\", \"format\", \"text\"}, and {\"file\", \"error\": "
                "{\"code\",\n"
                "      \"message\"}} for a file that cannot be read. A missing or unreadable file\n"
                "      is reported on stderr, the others are still read, and the exit code is 1."_s,
            .options = {},
            .minArguments = 1,
            .maxArguments = std::numeric_limits<int>::max(),
            .run = decodeImages,
            .usesStore = false,
        },
    };
}

} // namespace stampdesk::cli
