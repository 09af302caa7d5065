// SPDX-License-Identifier: Apache-2.0
// stampdesk-server: the reference wallet-pass backend and its admin commands.
#include "servercli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stampdesk-server"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    stampdesk::server::ServerCli cli(out, err);
    return cli.run(QCoreApplication::arguments().mid(1));
}
