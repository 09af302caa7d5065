// SPDX-License-Identifier: Apache-2.0
// One app per database: a second start on the same database reaches the
// first instead of opening the file twice.
#include "app/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace stampdesk;
using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSecondStartBringsTheFirstToTheFront()
    {
        QTemporaryDir runtime;
        QTemporaryDir data;
        const QString db = data.filePath(u"stampdesk.db"_s);
        SingleInstance first(db, runtime.path());
        QCOMPARE(first.claim(), SingleInstance::Claim::Claimed);
        QSignalSpy asked(&first, &SingleInstance::activationRequested);

        SingleInstance second(db, runtime.path());
        QCOMPARE(second.claim(), SingleInstance::Claim::Forwarded);
        QVERIFY(asked.wait());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(second.holderPid(), QCoreApplication::applicationPid());
    }

    void theSameFileByAnotherPathIsTheSameDatabase()
    {
        QTemporaryDir runtime;
        QTemporaryDir data;
        QVERIFY(QDir(data.path()).mkdir(u"shop"_s));
        SingleInstance first(data.filePath(u"shop/stampdesk.db"_s), runtime.path());
        QCOMPARE(first.claim(), SingleInstance::Claim::Claimed);

        QVERIFY(QFile::link(data.filePath(u"shop"_s), data.filePath(u"link"_s)));
        SingleInstance viaLink(data.filePath(u"link/../shop/./stampdesk.db"_s), runtime.path());
        QCOMPARE(viaLink.key(), first.key());
        SingleInstance viaLink2(data.filePath(u"link/stampdesk.db"_s), runtime.path());
        QCOMPARE(viaLink2.key(), first.key());
        QCOMPARE(viaLink2.claim(), SingleInstance::Claim::Forwarded);
    }

    void otherDatabasesRunSideBySide()
    {
        QTemporaryDir runtime;
        QTemporaryDir data;
        SingleInstance shop(data.filePath(u"shop.db"_s), runtime.path());
        SingleInstance training(data.filePath(u"training.db"_s), runtime.path());
        QVERIFY(shop.key() != training.key());
        QCOMPARE(shop.claim(), SingleInstance::Claim::Claimed);
        QCOMPARE(training.claim(), SingleInstance::Claim::Claimed);
    }

    void theDatabaseIsFreeOnceTheAppHasGone()
    {
        QTemporaryDir runtime;
        QTemporaryDir data;
        const QString db = data.filePath(u"stampdesk.db"_s);
        {
            SingleInstance first(db, runtime.path());
            QCOMPARE(first.claim(), SingleInstance::Claim::Claimed);
        }
        SingleInstance next(db, runtime.path());
        QCOMPARE(next.claim(), SingleInstance::Claim::Claimed);
        // And it is reachable: the socket file the first left is replaced.
        QSignalSpy asked(&next, &SingleInstance::activationRequested);
        SingleInstance third(db, runtime.path());
        QCOMPARE(third.claim(), SingleInstance::Claim::Forwarded);
        QVERIFY(asked.wait());
    }

    void aLockLeftByACrashedAppIsTakenOver()
    {
        QTemporaryDir runtime;
        QTemporaryDir data;
        const QString db = data.filePath(u"stampdesk.db"_s);
        const QString key = SingleInstance(db, runtime.path()).key();
        // What QLockFile writes, for a process that no longer runs (pid
        // numbers are not reused this fast: the maximum is far above it),
        // and the socket file the crash left behind.
        QFile lock(runtime.filePath(key + u".lock"_s));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(maximumPid()) + "\nstampdesk\n"
                   + QSysInfo::machineHostName().toUtf8() + '\n');
        lock.close();
        QFile socket(runtime.filePath(key));
        QVERIFY(socket.open(QIODevice::WriteOnly));
        socket.close();

        SingleInstance next(db, runtime.path());
        QCOMPARE(next.claim(), SingleInstance::Claim::Claimed);
        QSignalSpy asked(&next, &SingleInstance::activationRequested);
        SingleInstance second(db, runtime.path());
        QCOMPARE(second.claim(), SingleInstance::Claim::Forwarded);
        QVERIFY(asked.wait());
    }

    void aLockThatCannotBeMadeDoesNotStopTheApp()
    {
        QTemporaryDir data;
        SingleInstance instance(data.filePath(u"stampdesk.db"_s), data.filePath(u"gone"_s));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"cannot make the lock file .*gone/stampdesk-"_s));
        QCOMPARE(instance.claim(), SingleInstance::Claim::Claimed);
    }

private:
    // A process id that no process has: the kernel's limit, which it never hands out.
    static qint64 maximumPid()
    {
        QFile max(u"/proc/sys/kernel/pid_max"_s);
        if (max.open(QIODevice::ReadOnly))
            return max.readAll().trimmed().toLongLong();
        return 4'194'304;
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
