// SPDX-License-Identifier: Apache-2.0
// A file that is not a sound Stampdesk database gives a clear error and is
// left byte-for-byte untouched.
#include "storetest.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

using namespace stampdesk;
using namespace stampdesk::test;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// A real Stampdesk database with some cards, closed cleanly.
void makeDatabase(const QString &path, int cards)
{
    auto store = openStore(path);
    QList<NewCard> list;
    for (int i = 0; i < cards; ++i)
        list.append({QStringLiteral("Khách hàng số %1").arg(i), {}});
    QVERIFY(store->createCards(list, QStringLiteral("Lan")).ok());
}

QStringList sidecars(const QString &path)
{
    QStringList out;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFile::exists(path + QLatin1StringView(suffix)))
            out << QLatin1StringView(suffix);
    }
    return out;
}

} // namespace

class TestCorrupt : public QObject
{
    Q_OBJECT
private slots:
    void refused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("verification");
        QTest::addColumn<int>("expected");
        const int structure = int(Store::Verification::Structure);
        const int pages = int(Store::Verification::Pages);
        QTest::newRow("random bytes")
            << "random" << structure << int(StoreError::Kind::NotADatabase);
        QTest::newRow("a text file") << "text" << structure << int(StoreError::Kind::NotADatabase);
        QTest::newRow("another program's database")
            << "foreign" << structure << int(StoreError::Kind::ForeignDatabase);
        QTest::newRow("cut short") << "truncated" << structure << int(StoreError::Kind::Corrupt);
        QTest::newRow("a damaged page") << "damaged" << pages << int(StoreError::Kind::Corrupt);
        QTest::newRow("a damaged header")
            << "header" << structure << int(StoreError::Kind::NotADatabase);
    }
    void refused()
    {
        QFETCH(QString, kind);
        QFETCH(int, verification);
        QFETCH(int, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.db"));

        if (kind == u"random") {
            QByteArray bytes(64 * 1024, Qt::Uninitialized);
            QRandomGenerator rng(7);
            for (char &c : bytes)
                c = char(rng.bounded(256));
            writeFile(path, bytes);
        } else if (kind == u"text") {
            writeFile(path, "customer,stamps\nĐào,4\n");
        } else if (kind == u"foreign") {
            RawDatabase raw(path);
            QVERIFY(
                raw.exec(QStringLiteral("CREATE TABLE orders (id INTEGER, total REAL)")).isEmpty());
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO orders VALUES (1, 9.5)")).isEmpty());
        } else {
            makeDatabase(path, 3000);
            QVERIFY2(sidecars(path).isEmpty(), qPrintable(sidecars(path).join(u' ')));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            if (kind == u"truncated") {
                QVERIFY(f.resize(f.size() / 2));
            } else if (kind == u"damaged") {
                // Overwrite a page in the middle, where the card rows live.
                f.seek((f.size() / 4096 / 2) * 4096 + 100);
                f.write(QByteArray(2000, '\xA5'));
            } else if (kind == u"header") {
                f.seek(0);
                f.write("NOT SQLITE AT ALL");
            }
        }
        const QByteArray before = fileHash(path);
        const QStringList sidecarsBefore = sidecars(path);

        auto store = Store::open(path, Store::Verification(verification));
        QVERIFY(!store.ok());
        QCOMPARE(int(store.error().kind), expected);
        const QString message = store.error().message();
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY(message.contains(u"untouched") || message.contains(u"damaged"));

        QCOMPARE(fileHash(path), before);
        QCOMPARE(sidecars(path), sidecarsBefore);
    }

    // What the app does at start catches what the quick open cannot see,
    // and check() reports it for stampdesk-cli check.
    void aDamagedPageShowsInCheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.db"));
        makeDatabase(path, 3000);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek((f.size() / 4096 / 2) * 4096 + 100);
            f.write(QByteArray(2000, '\xA5'));
        }
        auto store = Store::open(path, Store::Verification::Structure);
        QVERIFY(store.ok());
        auto report = store.value()->check();
        if (report.ok()) {
            QVERIFY(!report->ok());
            QVERIFY(report->problems.first().startsWith(u"SQLite integrity check"));
        } else {
            QCOMPARE(report.error().kind, StoreError::Kind::Corrupt);
        }
    }

    void anEmptyFileBecomesANewDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.db"));
        writeFile(path, QByteArray());
        auto store = Store::open(path);
        QVERIFY(store.ok());
        QCOMPARE(store.value()->programme().value(), Programme::demo());
    }

    void aFolderOrAMissingFolderCannotBeOpened()
    {
        QTemporaryDir dir;
        auto folder = Store::open(dir.path());
        QCOMPARE(folder.error().kind, StoreError::Kind::CannotOpen);
        auto missing = Store::open(dir.filePath(QStringLiteral("no/such/folder/x.db")));
        QCOMPARE(missing.error().kind, StoreError::Kind::CannotOpen);
        QVERIFY(missing.error().message().contains(u"cannot be opened"));
        QVERIFY(!QDir(dir.filePath(QStringLiteral("no"))).exists());
    }
};

QTEST_GUILESS_MAIN(TestCorrupt)
#include "tst_corrupt.moc"
