// SPDX-License-Identifier: Apache-2.0
// The payload commands of stampdesk-cli: keys, signing and verifying card
// and voucher codes (docs/payloads.md). They work on key files alone and
// leave the database closed, except `card code`, which signs with the
// register's own key.
#include "cli.h"
#include "core/ids.h"
#include "core/payload.h"
#include "scan/encoder.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>

namespace stampdesk::cli {

namespace {

using namespace Qt::StringLiterals;

// The "format" of the two key files; "version" 1 is the one written here.
const QString signingKeyFormat = u"stampdesk-signing-key"_s;
const QString publicKeyFormat = u"stampdesk-public-key"_s;

// Messages are translated in the context "PayloadCommands", spelled out at
// each call so that lupdate finds them.
// A refusal (exit 1) that is not the store's: the same shape as
// Session::fail, one line on stderr and {"error": ...} with --json.
int refuse(Session &s, const QString &code, const QString &message)
{
    QTextStream err(stderr);
    err << "stampdesk-cli: " << message << '\n';
    err.flush();
    if (s.json()) {
        const QJsonObject doc{
            {u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}};
        s.out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        s.out().flush();
    }
    return ExitCode::Refused;
}

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QJsonObject keyFields(const PublicKey &key)
{
    return {{u"version"_s, 1},
            {u"shop"_s, int(key.id.shop)},
            {u"number"_s, int(key.id.number)},
            {u"publicKey"_s, base64(key.bytes)}};
}

// A key file's fields after its format was checked; the message says what
// is wrong otherwise.
struct KeyFile
{
    KeyId id;
    QJsonObject object;
};

Result<KeyFile, QString> readKeyFile(const QString &path, const QString &format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("PayloadCommands", "cannot read the key file %1: %2")
            .arg(path, file.errorString());
    const QJsonObject o = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    const QString notAKeyFile = format == signingKeyFormat
        ? QCoreApplication::translate("PayloadCommands", "%1 is not a Stampdesk private key file")
        : QCoreApplication::translate("PayloadCommands", "%1 is not a Stampdesk public key file");
    if (o.value(u"format").toString() != format || o.value(u"version").toInt() != 1)
        return notAKeyFile.arg(path);
    const int shop = o.value(u"shop").toInt(-1);
    const int number = o.value(u"number").toInt(-1);
    if (shop < 0 || shop > 0xffff || number < 0 || number > 0xff)
        return notAKeyFile.arg(path);
    return KeyFile{KeyId{quint16(shop), quint8(number)}, o};
}

Result<SigningKey, QString> readSigningKey(const QString &path)
{
    auto file = readKeyFile(path, signingKeyFormat);
    if (!file)
        return file.error();
    const auto seed = QByteArray::fromBase64Encoding(
        file->object.value(u"seed").toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    auto key = seed ? SigningKey::fromSeed(file->id, *seed) : std::nullopt;
    // The public key written beside the seed catches a damaged file.
    if (!key || file->object.value(u"publicKey").toString() != base64(key->publicKey().bytes))
        return QCoreApplication::translate("PayloadCommands",
                                           "%1 is not a Stampdesk private key file")
            .arg(path);
    return *key;
}

Result<PublicKey, QString> readPublicKey(const QString &path)
{
    auto file = readKeyFile(path, publicKeyFormat);
    if (!file)
        return file.error();
    const auto bytes =
        QByteArray::fromBase64Encoding(file->object.value(u"publicKey").toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes || bytes.decoded.size() != 32)
        return QCoreApplication::translate("PayloadCommands",
                                           "%1 is not a Stampdesk public key file")
            .arg(path);
    return PublicKey{file->id, *bytes};
}

// Writes a new file (never over an existing one) readable by the owner
// alone, or also by others for a public key.
QString writeNewFile(const QString &path, const QJsonObject &content, bool secret)
{
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!secret)
        permissions |= QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile file(path);
    // NewOnly with the permissions at creation: no moment in which the
    // private key is readable by others, and no file is overwritten.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions))
        return QCoreApplication::translate("PayloadCommands", "cannot write %1: %2")
            .arg(path, file.errorString());
    const QByteArray text = QJsonDocument(content).toJson(QJsonDocument::Indented);
    if (file.write(text) != text.size() || !file.flush()) {
        const QString error = QCoreApplication::translate("PayloadCommands", "cannot write %1: %2")
                                  .arg(path, file.errorString());
        file.remove();
        return error;
    }
    return {};
}

std::optional<int> numberOption(const Arguments &args, const QString &name, int low, int high)
{
    bool ok = false;
    const int value = args.value(name).toInt(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

int keygen(Session &s, const Arguments &args)
{
    const QString privatePath = args.positional.at(0);
    const QString publicPath = args.positional.at(1);
    const auto shop = args.has(u"shop"_s)
        ? numberOption(args, u"shop"_s, 1, 0xffff)
        : std::optional<int>(1 + QRandomGenerator::system()->bounded(0xffff));
    if (!shop)
        return s.usage(u"payload keygen: --shop must be a whole number from 1 to 65535"_s);
    const auto number = args.has(u"key-number"_s) ? numberOption(args, u"key-number"_s, 1, 0xff)
                                                  : std::optional<int>(1);
    if (!number)
        return s.usage(u"payload keygen: --key-number must be a whole number from 1 to 255"_s);
    if (QFileInfo(privatePath).absoluteFilePath() == QFileInfo(publicPath).absoluteFilePath())
        return s.usage(u"payload keygen: the private and the public file must differ"_s);
    for (const QString &path : {privatePath, publicPath}) {
        if (QFileInfo::exists(path))
            return refuse(s, u"file-exists"_s,
                          QCoreApplication::translate("PayloadCommands",
                                                      "%1 already exists; it was left as it is.")
                              .arg(path));
    }

    const SigningKey key = SigningKey::generate(KeyId{quint16(*shop), quint8(*number)});
    QJsonObject secret = keyFields(key.publicKey());
    secret.insert(u"format"_s, signingKeyFormat);
    secret.insert(u"seed"_s, base64(key.seed()));
    if (const QString error = writeNewFile(privatePath, secret, true); !error.isEmpty())
        return refuse(s, u"cannot-write"_s, error);
    QJsonObject pub = keyFields(key.publicKey());
    pub.insert(u"format"_s, publicKeyFormat);
    if (const QString error = writeNewFile(publicPath, pub, false); !error.isEmpty()) {
        QFile::remove(privatePath); // half a key pair is of no use
        return refuse(s, u"cannot-write"_s, error);
    }

    QJsonObject result = keyFields(key.publicKey());
    result.remove(u"version"_s);
    result.insert(u"privateFile"_s, privatePath);
    result.insert(u"publicFile"_s, publicPath);
    return s.print(
        result,
        u"Key %1 of shop %2: private key in %3 (keep it secret), public key in %4."_s.arg(*number)
            .arg(*shop)
            .arg(privatePath, publicPath));
}

// Prints a signed code, and with --png FILE also draws it as a QR code
// there (what a wallet pass shows; for demos: stampdesk --camera-file FILE).
int printCode(Session &s, const Arguments &args, PayloadKind kind, const QString &id,
              const SigningKey &key)
{
    const auto text = Payloads::make(kind, id, key);
    if (!text)
        return refuse(s, u"cannot-sign"_s, text.error().message);
    QJsonObject result{{u"kind"_s, wireName(kind)},
                       {u"id"_s, id},
                       {u"shop"_s, int(key.id().shop)},
                       {u"keyNumber"_s, int(key.id().number)},
                       {u"payload"_s, *text}};
    if (args.has(u"png"_s)) {
        const QString path = args.value(u"png"_s);
        // 8 pixels a module: a version-7 code is 424 pixels wide, easily
        // read from a screen or a print.
        const QImage image = scan::render(scan::Symbology::QRCode, *text, {.moduleSize = 8});
        if (image.isNull() || !image.save(path, "PNG"))
            return refuse(
                s, u"cannot-write"_s,
                QCoreApplication::translate("PayloadCommands", "cannot write %1").arg(path));
        result.insert(u"png"_s, path);
    }
    return s.print(result, *text);
}

int make(Session &s, const Arguments &args, PayloadKind kind)
{
    const QString id = Ids::normalise(args.positional.at(0));
    const QString command = kind == PayloadKind::Card ? u"make-card"_s : u"make-voucher"_s;
    if (id.size() != Ids::cardIdLength || !Ids::inAlphabet(id))
        return s.usage(u"payload %1: %2 is not a card or voucher id (16 letters and digits)"_s.arg(
            command, args.positional.at(0)));
    if (!args.has(u"key"_s))
        return s.usage(u"payload %1: --key PRIVATE_FILE is required"_s.arg(command));
    const auto key = readSigningKey(args.value(u"key"_s));
    if (!key)
        return refuse(s, u"key-file"_s, key.error());
    return printCode(s, args, kind, id, *key);
}

// The code of a card of this register's database, signed with the
// register's own key (a shop that is its own issuer).
int cardCode(Session &s, const Arguments &args)
{
    const QString text = args.positional.at(0);
    auto card = s.store().card(text);
    if (!card && card.error().kind == StoreError::Kind::NotFound) {
        if (auto byPhone = s.store().cardByPhone(text))
            card = std::move(byPhone);
    }
    if (!card)
        return s.fail(card.error());
    const auto key = s.store().signingKey();
    if (!key)
        return refuse(s, u"no-signing-key"_s,
                      QCoreApplication::translate(
                          "PayloadCommands",
                          "This register does not sign codes: its shop's codes are signed "
                          "by the backend, which makes the wallet passes."));
    return printCode(s, args, PayloadKind::Card, card->id, *key);
}

int verifyPayload(Session &s, const Arguments &args)
{
    const QStringList files = args.allValues.value(u"pub"_s);
    if (files.isEmpty())
        return s.usage(u"payload verify: --pub PUBLIC_FILE is required (once per key)"_s);
    std::optional<Keyring> ring;
    for (const QString &path : files) {
        const auto key = readPublicKey(path);
        if (!key)
            return refuse(s, u"key-file"_s, key.error());
        if (!ring)
            ring = Keyring(key->id.shop);
        if (key->id.shop != ring->shop())
            return s.usage(u"payload verify: the --pub keys must all be of one shop"_s);
        ring->add(*key);
    }

    // "-" reads the text from standard input, as a pipe from make-card
    // gives it (a payload may hold spaces).
    QByteArray text = args.positional.at(0).toUtf8();
    if (text == "-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return s.usage(u"payload verify: cannot read standard input"_s);
        text = in.readLine(64 * 1024);
        while (text.endsWith('\n') || text.endsWith('\r'))
            text.chop(1);
    }

    const auto payload = Payloads::parse(text, *ring);
    if (!payload)
        return refuse(s, payload.error().codeName(), payload.error().message());
    QJsonObject result{{u"kind"_s, wireName(payload->kind)}, {u"id"_s, payload->id}};
    QString line = wireName(payload->kind) + u' ' + payload->id;
    if (payload->signedBy) {
        result.insert(u"shop"_s, int(payload->signedBy->shop));
        result.insert(u"keyNumber"_s, int(payload->signedBy->number));
        line +=
            u" (key %1 of shop %2)"_s.arg(payload->signedBy->number).arg(payload->signedBy->shop);
    }
    return s.print(result, line);
}

OptionSpec pngOption()
{
    return valueOption("png", "FILE", "also draw the code as a QR code in this PNG file");
}

} // namespace

QList<Command> payloadCommands()
{
    const auto makeCommand = [](PayloadKind kind) {
        const bool card = kind == PayloadKind::Card;
        return Command{
            {u"payload"_s, card ? u"make-card"_s : u"make-voucher"_s},
            card ? u"--key PRIVATE_FILE CARD_ID [--png FILE]"_s
                 : u"--key PRIVATE_FILE VOUCHER_ID [--png FILE]"_s,
            card ? u"Print the signed code of a card, as its wallet pass shows it."_s
                 : u"Print the signed code of a voucher, as its wallet pass shows it."_s,
            {valueOption("key", "PRIVATE_FILE", "the private key file that signs"), pngOption()},
            1,
            1,
            [kind](Session &s, const Arguments &a) { return make(s, a, kind); },
            false};
    };
    return {
        {{u"payload"_s, u"keygen"_s},
         u"PRIVATE_FILE PUBLIC_FILE [--shop N] [--key-number N]"_s,
         u"Make a signing key pair; the private file is readable by its owner only."_s,
         {valueOption("shop", "N", "the shop, 1 to 65535 (default: random)"),
          valueOption("key-number", "N", "the key's number in the shop, 1 to 255 (default 1)")},
         2,
         2,
         keygen,
         false},
        makeCommand(PayloadKind::Card),
        makeCommand(PayloadKind::Voucher),
        {{u"card"_s, u"code"_s},
         u"CARD [--png FILE]"_s,
         u"Print the signed code of a card (by id or phone), signed with this register's key."_s,
         {pngOption()},
         1,
         1,
         cardCode,
         true},
        {{u"payload"_s, u"verify"_s},
         u"--pub PUBLIC_FILE [--pub PUBLIC_FILE ...] TEXT|-"_s,
         u"Check a scanned code offline; prints its kind and id, exit 1 if it is not genuine."_s,
         {valueOption("pub", "PUBLIC_FILE", "a public key file of the shop (repeat for each key)")},
         1,
         1,
         verifyPayload,
         false},
    };
}

} // namespace stampdesk::cli
