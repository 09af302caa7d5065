// SPDX-License-Identifier: Apache-2.0
#include "servercli.h"

#include "cli/arguments.h"
#include "cli/programmeoptions.h"
#include "core/ids.h"
#include "core/json.h"
#include "core/payload.h"
#include "core/version.h"
#include "serverapi.h"
#include "serverstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace stampdesk::server {

namespace {

using cli::Arguments;
using cli::OptionSpec;
using cli::valueOption;

enum ExitCode { Ok = 0, Refused = 1, Usage = 2, DatabaseError = 3 };

const QList<OptionSpec> &globalOptions()
{
    static const QList<OptionSpec> specs{
        valueOption("db", "PATH", "the server's database (created when missing)"),
        {QStringLiteral("help"), false, {}, QStringLiteral("show this help")},
        {QStringLiteral("version"), false, {}, QStringLiteral("show the version")},
    };
    return specs;
}

QList<OptionSpec> serveOptions()
{
    return {
        valueOption("listen", "ADDRESS:PORT", "where to serve, e.g. 127.0.0.1:8443 (port 0: any)"),
        valueOption("tls-cert", "PEM", "the server's certificate (chain), for HTTPS"),
        valueOption("tls-key", "PEM", "the certificate's private key"),
        valueOption("shop-name", "TEXT", "the shop's name, as registers show it")};
}

QList<OptionSpec> enrolOptions()
{
    return {valueOption("name", "TEXT", "the customer's name"),
            valueOption("phone", "TEXT", "the customer's phone number")};
}

// The self-pipe of the signal handler: a handler may only write(2).
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

QByteArray readFile(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? file.readAll() : QByteArray();
}

QString compactJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace

ServerCli::ServerCli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

namespace {

/// One run of the command line: its streams and the exit-code helpers.
class Run
{
    Q_DECLARE_TR_FUNCTIONS(ServerCli)
public:
    Run(QTextStream &output, QTextStream &errors)
        : out(output)
        , err(errors)
    { }

    int usage(const QString &message)
    {
        err << "stampdesk-server: " << message << "\nTry 'stampdesk-server --help'.\n";
        err.flush();
        return Usage;
    }

    int refuse(const QString &message)
    {
        err << "stampdesk-server: " << message << '\n';
        err.flush();
        return Refused;
    }

    int fail(const StoreError &e)
    {
        const bool refused = e.kind == StoreError::Kind::Refused
            || e.kind == StoreError::Kind::NotFound || e.kind == StoreError::Kind::InvalidSetting;
        err << "stampdesk-server: " << e.message() << '\n';
        if (!refused && !e.detail.isEmpty())
            err << "stampdesk-server: detail: " << e.detail << '\n';
        err.flush();
        return refused ? Refused : DatabaseError;
    }

    int print(const QString &text)
    {
        out << text << (text.endsWith(u'\n') ? "" : "\n");
        out.flush();
        return Ok;
    }

    int serve(ServerStore &store, const Arguments &args);
    int admin(ServerStore &store, const QStringList &words, const Arguments &args);

    QTextStream &out;
    QTextStream &err;
};

int Run::serve(ServerStore &store, const Arguments &args)
{
    const QString listen = args.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    const QHostAddress address(listen.left(colon).remove(u'[').remove(u']'));
    if (colon < 0 || !portOk || port > 65535 || address.isNull())
        return usage(tr("--listen must be ADDRESS:PORT, e.g. 127.0.0.1:8443"));
    if (args.has(QStringLiteral("tls-cert")) != args.has(QStringLiteral("tls-key")))
        return usage(tr("--tls-cert and --tls-key go together"));

    ServerApi api(store);
    const bool tls = args.has(QStringLiteral("tls-cert"));
    if (tls) {
        bool certRead = false;
        bool keyRead = false;
        const QByteArray certPem = readFile(args.value(QStringLiteral("tls-cert")), &certRead);
        const QByteArray keyPem = readFile(args.value(QStringLiteral("tls-key")), &keyRead);
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (!certRead || chain.isEmpty())
            return refuse(
                tr("%1 holds no PEM certificate").arg(args.value(QStringLiteral("tls-cert"))));
        if (!keyRead || key.isNull())
            return refuse(
                tr("%1 holds no PEM private key").arg(args.value(QStringLiteral("tls-key"))));
        api.setTls(chain.first(), key);
    }
    if (args.has(QStringLiteral("shop-name"))) {
        if (auto r = store.setShopName(args.value(QStringLiteral("shop-name"))); !r)
            return fail(r.error());
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return refuse(tr("cannot watch for signals"));
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    struct sigaction oldTerm = {};
    struct sigaction oldInt = {};
    sigaction(SIGTERM, &action, &oldTerm);
    sigaction(SIGINT, &action, &oldInt);

    int code = Ok;
    const quint16 bound = api.listen(address, quint16(port));
    if (bound == 0) {
        code = refuse(tr("cannot listen on %1").arg(listen));
    } else {
        const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
            ? u'[' + address.toString() + u']'
            : address.toString();
        out << "Stampdesk server listening on " << (tls ? "https" : "http") << "://" << host << ':'
            << bound << '\n';
        out.flush();
        QCoreApplication::exec();
    }
    sigaction(SIGTERM, &oldTerm, nullptr);
    sigaction(SIGINT, &oldInt, nullptr);
    notifier.setEnabled(false);
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    signalPipe[0] = signalPipe[1] = -1;
    return code;
}

int Run::admin(ServerStore &store, const QStringList &words, const Arguments &args)
{
    const QString command = words.join(u' ');
    if (command == u"program show") {
        auto p = store.programme();
        return p ? print(cli::programmeText(p.value())) : fail(p.error());
    }
    if (command == u"program set") {
        auto p = store.programme();
        if (!p)
            return fail(p.error());
        Programme changed = p.value();
        if (const QString error = cli::applyProgrammeOptions(args, changed); !error.isEmpty())
            return usage(QStringLiteral("admin program set: ") + error);
        auto saved = store.setProgramme(changed);
        if (!saved)
            return fail(saved.error());
        return print(tr("Programme saved.") + u'\n' + cli::programmeText(saved.value()));
    }
    if (command == u"pairing-code") {
        auto code = store.newPairingCode();
        return code ? print(code.value()) : fail(code.error());
    }
    if (command == u"enrol") {
        auto card =
            store.enrol(args.value(QStringLiteral("name")), args.value(QStringLiteral("phone")));
        if (!card)
            return fail(card.error());
        auto key = store.currentKey();
        if (!key)
            return fail(key.error());
        auto payload = Payloads::make(PayloadKind::Card, card->card.id, key.value());
        if (!payload)
            return refuse(payload.error().message);
        return print(compactJson(QJsonObject{{QStringLiteral("id"), card->card.id},
                                             {QStringLiteral("payload"), payload.value()}}));
    }
    if (command == u"rotate-key") {
        auto key = store.rotateKey();
        return key ? print(QString::number(key->id().number)) : fail(key.error());
    }
    if (command == u"registers") {
        auto list = store.registers();
        if (!list)
            return fail(list.error());
        QJsonArray array;
        for (const PairedRegister &r : list.value()) {
            QJsonObject o{{QStringLiteral("id"), r.id},
                          {QStringLiteral("name"), r.name},
                          {QStringLiteral("pairedAt"), Json::toIso(r.pairedAt)},
                          {QStringLiteral("revokedAt"),
                           r.revokedAt ? QJsonValue(Json::toIso(*r.revokedAt)) : QJsonValue()}};
            array.append(o);
        }
        return print(compactJson(array));
    }
    if (words.size() == 2 && words.first() == u"revoke") {
        auto done = store.revoke(words.at(1));
        return done ? print(tr("Register %1 revoked: its token no longer works.").arg(words.at(1)))
                    : fail(done.error());
    }
    if (command == u"check") {
        auto differences = store.check();
        if (!differences)
            return fail(differences.error());
        if (differences->isEmpty())
            return print(tr("Every card matches the replay of the accepted events."));
        return refuse(tr("Differences found:") + QStringLiteral("\n  ")
                      + differences->join(QStringLiteral("\n  ")));
    }
    return usage(tr("unknown admin command '%1'").arg(command));
}

} // namespace

int ServerCli::run(const QStringList &arguments)
{
    Run run(m_out, m_err);
    QList<OptionSpec> all =
        globalOptions() + serveOptions() + enrolOptions() + cli::programmeOptions();
    QString error;
    const auto rough = Arguments::parse(arguments, all, &error);
    if (!rough)
        return run.usage(error);
    if (rough->has(QStringLiteral("version")))
        return run.print(QStringLiteral("stampdesk-server ") + QString::fromLatin1(version));
    if (rough->has(QStringLiteral("help"))) {
        m_out << "stampdesk-server " << version
              << ": the reference wallet-pass backend of Stampdesk.\n\n"
                 "Usage:\n"
                 "  stampdesk-server --db PATH --listen ADDRESS:PORT [--tls-cert PEM --tls-key PEM]"
                 " [--shop-name TEXT]\n"
                 "  stampdesk-server --db PATH admin program show\n"
                 "  stampdesk-server --db PATH admin program set "
              << cli::programmeSynopsis()
              << "\n"
                 "  stampdesk-server --db PATH admin pairing-code\n"
                 "  stampdesk-server --db PATH admin enrol [--name TEXT] [--phone TEXT]\n"
                 "  stampdesk-server --db PATH admin rotate-key\n"
                 "  stampdesk-server --db PATH admin registers\n"
                 "  stampdesk-server --db PATH admin revoke REGISTER_ID\n"
                 "  stampdesk-server --db PATH admin check\n\n"
                 "Serving stops cleanly on SIGTERM or SIGINT.\n"
                 "Exit codes: 0 done; 1 refused; 2 usage error; 3 database error.\n";
        m_out.flush();
        return Ok;
    }

    // Second pass: only the options of the command given.
    const QStringList &positional = rough->positional;
    QList<OptionSpec> accepted = globalOptions();
    const bool admin = !positional.isEmpty();
    if (!admin)
        accepted += serveOptions();
    else if (positional.first() != u"admin" || positional.size() < 2)
        return run.usage(tr("unknown command '%1'").arg(positional.join(u' ')));
    else if (positional.mid(1) == QStringList{QStringLiteral("program"), QStringLiteral("set")})
        accepted += cli::programmeOptions();
    else if (positional.at(1) == u"enrol")
        accepted += enrolOptions();
    const auto args = Arguments::parse(arguments, accepted, &error);
    if (!args)
        return run.usage(error);
    if (!args->has(QStringLiteral("db")))
        return run.usage(tr("--db PATH is required"));
    if (!admin && !args->has(QStringLiteral("listen")))
        return run.usage(tr("--listen ADDRESS:PORT is required to serve"));

    auto store = ServerStore::open(args->value(QStringLiteral("db")));
    if (!store)
        return run.fail(store.error());
    return admin ? run.admin(**store, positional.mid(1), *args) : run.serve(**store, *args);
}

} // namespace stampdesk::server
