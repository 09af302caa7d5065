// SPDX-License-Identifier: Apache-2.0
#include "cli.h"

#include "core/version.h"
#include "i18n/catalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stampdesk::cli {

namespace {

const QList<OptionSpec> &globalOptions()
{
    static const QList<OptionSpec> specs{
        {QStringLiteral("db"), true, QStringLiteral("PATH"),
         QStringLiteral("the database (default: %1)").arg(Store::defaultPath())},
        {QStringLiteral("json"), false, {}, QStringLiteral("print one JSON document")},
        {QStringLiteral("lang"), true, QStringLiteral("LANGUAGE"),
         QStringLiteral("the language of refusals and errors: en (default) or vi")},
        {QStringLiteral("staff"), true, QStringLiteral("NAME"),
         QStringLiteral("who acts, recorded in the ledger (default: the user name)")},
        {QStringLiteral("help"), false, {}, QStringLiteral("show this help")},
        {QStringLiteral("version"), false, {}, QStringLiteral("show the version")},
    };
    return specs;
}

QString defaultStaff()
{
    for (const char *variable : {"STAMPDESK_STAFF", "USER", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("cli");
}

// The command whose words start the positional arguments, longest first.
const Command *findCommand(const QStringList &positional)
{
    const Command *best = nullptr;
    for (const Command &c : commands()) {
        if (c.words.size() > positional.size())
            continue;
        if (positional.mid(0, c.words.size()) != c.words)
            continue;
        if (!best || c.words.size() > best->words.size())
            best = &c;
    }
    return best;
}

} // namespace

const QList<Command> &commands()
{
    static const QList<Command> all =
        storeCommands() + managerCommands() + payloadCommands() + decodeCommands() + syncCommands();
    return all;
}

Session::Session(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int Session::print(const QJsonValue &json, const QString &text)
{
    if (m_json) {
        const QJsonDocument doc =
            json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    } else if (!text.isEmpty()) {
        m_out << text << (text.endsWith(u'\n') ? "" : "\n");
    }
    m_out.flush();
    return ExitCode::Ok;
}

int Session::fail(const StoreError &error)
{
    // What the person asked for was refused, or did not match: nothing is
    // wrong with the database.
    bool refused = false;
    switch (error.kind) {
    case StoreError::Kind::Refused:
    case StoreError::Kind::NotFound:
    case StoreError::Kind::Typo:
    case StoreError::Kind::LastManager:
    case StoreError::Kind::InvalidStaff:
    case StoreError::Kind::InvalidSetting:
    case StoreError::Kind::SameFile:
    case StoreError::Kind::Exists:
    case StoreError::Kind::CannotWrite:
    case StoreError::Kind::CorruptBackup:
        refused = true;
        break;
    default:
        break;
    }
    const QString message = error.message();
    m_err << "stampdesk-cli: " << message << '\n';
    if (!error.detail.isEmpty() && !refused)
        m_err << "stampdesk-cli: detail: " << error.detail << '\n';
    m_err.flush();
    if (m_json) {
        const QJsonObject doc{{QStringLiteral("error"),
                               QJsonObject{{QStringLiteral("code"), error.codeName()},
                                           {QStringLiteral("message"), message}}}};
        m_out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        m_out.flush();
    }
    return refused ? ExitCode::Refused : ExitCode::DatabaseError;
}

int Session::refuse(const QString &code, const QString &message)
{
    return failWith(ExitCode::Refused, code, message);
}

int Session::failWith(ExitCode exit, const QString &code, const QString &message)
{
    m_err << "stampdesk-cli: " << message << '\n';
    m_err.flush();
    if (m_json) {
        const QJsonObject doc{
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
        m_out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        m_out.flush();
    }
    return exit;
}

int Session::usage(const QString &message)
{
    m_err << "stampdesk-cli: " << message << "\nTry 'stampdesk-cli --help'.\n";
    m_err.flush();
    return ExitCode::Usage;
}

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int Cli::run(const QStringList &arguments)
{
    Session session(m_out, m_err);

    // First pass: every option any command knows, to find the command words.
    QList<OptionSpec> all = globalOptions();
    for (const Command &c : commands())
        all.append(c.options);
    QString error;
    const auto rough = Arguments::parse(arguments, all, &error);
    if (!rough)
        return session.usage(error);
    if (rough->has(QStringLiteral("version"))) {
        m_out << "stampdesk-cli " << version << '\n';
        return ExitCode::Ok;
    }
    if (rough->has(QStringLiteral("help")) || rough->positional.isEmpty()
        || rough->positional.first() == u"help") {
        printHelp();
        return rough->positional.isEmpty() && !rough->has(QStringLiteral("help")) ? ExitCode::Usage
                                                                                  : ExitCode::Ok;
    }
    const Command *command = findCommand(rough->positional);
    if (!command)
        return session.usage(
            QStringLiteral("unknown command '%1'").arg(rough->positional.join(u' ')));

    // Second pass: only what this command accepts.
    const auto args = Arguments::parse(arguments, globalOptions() + command->options, &error);
    if (!args)
        return session.usage(QStringLiteral("%1: %2").arg(command->words.join(u' '), error));
    Arguments commandArgs = *args;
    commandArgs.positional = args->positional.mid(command->words.size());
    const qsizetype n = commandArgs.positional.size();
    if (n < command->minArguments || n > command->maxArguments)
        return session.usage(QStringLiteral("usage: stampdesk-cli %1 %2")
                                 .arg(command->words.join(u' '), command->synopsis)
                                 .trimmed());

    // English by default, whatever the system's locale: a POS parsing the
    // messages should not see them change with the machine's settings.
    const QString language =
        Catalogue::languageCode(args->value(QStringLiteral("lang"), QStringLiteral("en")));
    if (language.isEmpty() || !m_catalogue.install(language))
        return session.usage(QStringLiteral("--lang must be en or vi"));
    session.m_json = args->has(QStringLiteral("json"));
    session.m_staff = args->value(QStringLiteral("staff"), defaultStaff());
    if (command->usesStore) {
        auto store = Store::open(args->value(QStringLiteral("db"), Store::defaultPath()));
        if (!store)
            return session.fail(store.error());
        session.m_store = std::move(store).value();
    }
    return command->run(session, commandArgs);
}

void Cli::printHelp()
{
    m_out << "stampdesk-cli " << version
          << ": the Stampdesk register's command-line tool.\n\n"
             "Usage: stampdesk-cli [--db PATH] [--json] [--staff NAME] COMMAND ...\n\n"
             "Commands:\n";
    for (const Command &c : commands()) {
        m_out << "  " << (c.words.join(u' ') + u' ' + c.synopsis).trimmed() << "\n      "
              << c.summary << '\n';
    }
    m_out << "\nOptions for every command:\n";
    for (const OptionSpec &o : globalOptions())
        m_out << "  --" << (o.name + u' ' + o.valueName).trimmed() << "\n      " << o.help << '\n';
    m_out << "\nExit codes: 0 done; 1 refused or not found (nothing was changed); 2 usage error;\n"
             "3 the database cannot be opened, is damaged or is busy.\n";
    m_out.flush();
}

} // namespace stampdesk::cli
