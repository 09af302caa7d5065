// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace stampdesk::server {

/// stampdesk-server's command line: serve the API, or run one admin
/// command on the database. Exit codes as stampdesk-cli's: 0 done,
/// 1 refused (or cannot listen), 2 usage, 3 database error.
class ServerCli
{
    Q_DECLARE_TR_FUNCTIONS(ServerCli)
public:
    ServerCli(QTextStream &out, QTextStream &err);
    /// Runs the command line (without the program name). Serving returns
    /// when SIGTERM or SIGINT arrives, with 0.
    int run(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace stampdesk::server
