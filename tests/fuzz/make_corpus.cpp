// SPDX-License-Identifier: Apache-2.0
// Writes the payload parser's seed corpus (tests/fuzz/README.md):
//   stampdesk-fuzz-corpus tests/fuzz/corpus/payload
#include "corpus.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: stampdesk-fuzz-corpus FOLDER\n";
        return 2;
    }
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    if (!folder.exists() && !QDir().mkpath(folder.path())) {
        err << "cannot create " << folder.path() << '\n';
        return 1;
    }
    for (const auto &[name, content] : stampdesk::fuzz::seedCorpus()) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(content) != content.size()) {
            err << "cannot write " << file.fileName() << '\n';
            return 1;
        }
    }
    return 0;
}
