// SPDX-License-Identifier: Apache-2.0
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>

namespace stampdesk {

namespace {

// What a second start sends.
constexpr QByteArrayView showRequest = "show\n";

// The same database by any path (relative, through a link) gives the same
// key; the file need not exist yet.
QString keyOf(const QString &databasePath)
{
    const QFileInfo file(databasePath);
    const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
    const QString path = (folder.isEmpty() ? file.absolutePath() : folder) + u'/' + file.fileName();
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("stampdesk-") + QString::fromLatin1(hash.toHex().left(16));
}

} // namespace

SingleInstance::SingleInstance(const QString &databasePath, QString folder, QObject *parent)
    : QObject(parent)
    , m_key(keyOf(databasePath))
    , m_folder(folder.isEmpty() ? QDir::tempPath() : std::move(folder))
    , m_lock(m_folder + u'/' + m_key + QStringLiteral(".lock"))
{
    // A register runs for months: its lock is never stale by age, only when
    // its process is gone.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance() = default;

SingleInstance::Claim SingleInstance::claim()
{
    // The app that holds the lock may be starting: it takes the lock before
    // it listens. A short wait covers that.
    const QDeadlineTimer deadline(3000);
    for (;;) {
        if (m_lock.tryLock(0)) {
            if (!listen()) {
                qWarning("Stampdesk: another start on this database cannot reach this one: %s",
                         qPrintable(m_server->errorString()));
            }
            return Claim::Claimed;
        }
        // A lock that cannot even be tried (a folder that is gone or may
        // not be written) must not keep the register from starting.
        if (m_lock.error() != QLockFile::LockFailedError) {
            qWarning("Stampdesk: cannot make the lock file %s; a second start on this database "
                     "will not be noticed",
                     qPrintable(m_lock.fileName()));
            return Claim::Claimed;
        }
        if (askHolder())
            return Claim::Forwarded;
        if (deadline.hasExpired())
            return Claim::Unanswered;
        QThread::msleep(100);
    }
}

qint64 SingleInstance::holderPid() const
{
    qint64 pid = 0;
    QString hostname;
    QString application;
    return m_lock.getLockInfo(&pid, &hostname, &application) ? pid : 0;
}

bool SingleInstance::listen()
{
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString name = m_folder + u'/' + m_key;
    // The lock is ours, so a socket file left there belongs to an app that
    // crashed.
    QLocalServer::removeServer(name);
    connect(m_server.get(), &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            // The request may come with the connection or just before it
            // closes: read it at either.
            auto read = [this, socket] {
                if (socket->readAll().startsWith(showRequest.toByteArray()))
                    emit activationRequested();
            };
            connect(socket, &QLocalSocket::readyRead, this, read);
            connect(socket, &QLocalSocket::disconnected, this, [socket, read] {
                read();
                socket->deleteLater();
            });
        }
    });
    return m_server->listen(name);
}

bool SingleInstance::askHolder()
{
    QLocalSocket socket;
    socket.connectToServer(m_folder + u'/' + m_key);
    if (!socket.waitForConnected(500))
        return false;
    socket.write(showRequest.data(), showRequest.size());
    const bool sent = socket.waitForBytesWritten(500);
    socket.disconnectFromServer();
    return sent;
}

} // namespace stampdesk
