// SPDX-License-Identifier: Apache-2.0
// The fuzzer's seed corpus as a regression test in every build, without
// clang: each file is parsed, and gives what its name says.
#include "corpus.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace stampdesk;

namespace {

QString corpusFolder()
{
    return QStringLiteral(STAMPDESK_FUZZ_CORPUS);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT
private slots:
    void everyFileGivesWhatItsNameSays_data()
    {
        QTest::addColumn<QString>("path");
        const QDir folder(corpusFolder());
        const QStringList names = folder.entryList(QDir::Files, QDir::Name);
        QVERIFY2(names.size() >= fuzz::seedCorpus().size(), qPrintable(corpusFolder()));
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << folder.filePath(name);
    }
    void everyFileGivesWhatItsNameSays()
    {
        QFETCH(QString, path);
        const QByteArray input = contents(path);
        const auto r = Payloads::parse(input, fuzz::keyring());
        // Files the fuzzer found (crashes fixed since) may have any name:
        // for them, returning at all is the test.
        const QString name = QFileInfo(path).fileName();
        if (!name.contains(u"--"))
            return;
        const QString expected = name.section(QStringLiteral("--"), 0, 0);
        if (const auto kind = payloadKindFromString(expected)) {
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().codeName()));
            QCOMPARE(r->kind, *kind);
            QCOMPARE(r->signedBy.has_value(), *kind != PayloadKind::RedeemCode);
            if (r->signedBy) {
                const SigningKey &key = fuzz::shopKey(r->signedBy->number);
                QCOMPARE(Payloads::make(r->kind, r->id, key)->toLatin1(), input);
            }
        } else {
            QVERIFY2(!r.ok(), qPrintable(name));
            QCOMPARE(r.error().codeName(), expected);
            QVERIFY(!r.error().message().isEmpty());
        }
    }

    // The committed files are the ones the generator makes today, so that
    // a change of the format shows here and the corpus is made again.
    void theCorpusIsUpToDate()
    {
        for (const auto &[name, content] : fuzz::seedCorpus()) {
            const QString path = QDir(corpusFolder()).filePath(name);
            QVERIFY2(QFile::exists(path),
                     qPrintable(name + QStringLiteral(" is missing: run stampdesk-fuzz-corpus")));
            QVERIFY2(contents(path) == content,
                     qPrintable(name + QStringLiteral(" is stale: run stampdesk-fuzz-corpus")));
        }
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
