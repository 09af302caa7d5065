// SPDX-License-Identifier: Apache-2.0
// stampdesk-cli: the manager's and the integrator's tool over the store.
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stampdesk-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    stampdesk::cli::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments().mid(1));
}
