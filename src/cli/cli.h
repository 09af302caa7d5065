// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "arguments.h"
#include "i18n/catalogue.h"
#include "store/store.h"

#include <QJsonValue>
#include <QTextStream>

#include <functional>
#include <memory>

namespace stampdesk::cli {

/// stampdesk-cli's exit codes, the contract with scripts and POS systems.
enum ExitCode {
    Ok = 0,
    Refused = 1, ///< the rules refused, or nothing matched; nothing was changed
    Usage = 2, ///< unknown command, option or malformed value
    DatabaseError = 3, ///< the database cannot be opened, is damaged or busy
    SyncFailed = 4, ///< the shop's server could not be reached, or refused (pair, sync)
};

/// What a command works with: the open store, the output streams and the
/// global options.
class Session
{
public:
    Session(QTextStream &out, QTextStream &err);

    /// The open database; only for commands with usesStore.
    Store &store() { return *m_store; }
    bool json() const { return m_json; }
    QString staff() const { return m_staff; }
    QTextStream &out() { return m_out; }

    /// Prints the command's result (as JSON with --json, else the text).
    int print(const QJsonValue &json, const QString &text);
    /// Reports a failure on stderr (and as a JSON error with --json).
    int fail(const StoreError &error);
    /// Reports a refusal that is not the store's (a PIN that may not be
    /// chosen, a file that cannot be read): exit code Refused.
    int refuse(const QString &code, const QString &message);
    /// The same with another exit code (a failed sync).
    int failWith(ExitCode exit, const QString &code, const QString &message);
    int usage(const QString &message);

private:
    friend class Cli;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Store> m_store;
    bool m_json = false;
    QString m_staff;
};

/// One command: its words ("card create"), usage and handler.
struct Command
{
    QStringList words;
    QString synopsis;
    QString summary;
    QList<OptionSpec> options;
    int minArguments = 0;
    int maxArguments = 0;
    std::function<int(Session &, const Arguments &)> run;
    /// Whether the command works on the database (opened before it runs);
    /// commands on files alone (keys, images) leave it closed.
    bool usesStore = true;
};

/// Every command, in the order --help lists them.
const QList<Command> &commands();

// The commands by subject, one file each.
QList<Command> storeCommands(); ///< commands.cpp: programme, cards, stamps, vouchers, ledger
QList<Command> payloadCommands(); ///< payloadcommands.cpp: keys and signed payloads
QList<Command> decodeCommands(); ///< decodecommands.cpp: reading codes from images
QList<Command> managerCommands(); ///< managercommands.cpp: staff, POS codes, reports
QList<Command> syncCommands(); ///< synccommands.cpp: pairing, sync, conflicts

/// stampdesk-cli: parses the command line, opens the store and runs one
/// command.
class Cli
{
public:
    Cli(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    void printHelp();
    Catalogue m_catalogue;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace stampdesk::cli
