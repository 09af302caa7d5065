// SPDX-License-Identifier: Apache-2.0
// A process that adds stamps in a loop, one transaction each, and reports
// every commit on stdout ("ack EVENT_ID") only after it returned: what a
// register or a POS has been told is done. The store tests run several of
// these in parallel, and kill them in the middle.
//
// Usage: stampdesk-test-stampwriter DB CARD_ID COUNT
#include "store/store.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: stampdesk-test-stampwriter DB CARD_ID COUNT\n");
        return 2;
    }
    auto store = stampdesk::Store::open(args.at(1));
    if (!store) {
        std::fprintf(stderr, "open: %s\n", qPrintable(store.error().message()));
        return 3;
    }
    const int count = args.at(3).toInt();
    const QString staff = QStringLiteral("writer-%1").arg(QCoreApplication::applicationPid());
    for (int i = 0; i < count; ++i) {
        auto r = store.value()->addStamps(args.at(2), 1, QStringLiteral("loop %1").arg(i), staff);
        if (!r) {
            std::fprintf(stderr, "stamp %d: %s (%s)\n", i, qPrintable(r.error().message()),
                         qPrintable(r.error().detail));
            return 1;
        }
        std::printf("ack %s\n", qPrintable(r->events.first().id));
        std::fflush(stdout);
    }
    return 0;
}
