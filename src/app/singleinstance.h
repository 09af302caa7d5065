// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

namespace stampdesk {

/// One app per database. The first start on a database claims it: it holds
/// a lock file and listens on a local socket, both named after the
/// database's path. A second start on the same database finds the lock
/// taken, asks the first, over the socket, to come to the front, and ends,
/// instead of opening the same database twice (two windows selling from one
/// register's stock of codes). Starts on different databases do not meet.
///
/// A lock left by an app that crashed is taken over (QLockFile checks that
/// its process is gone).
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Claim {
        Claimed, ///< this is the app for the database: go on
        Forwarded, ///< another app has it and was asked to come to the front
        Unanswered, ///< another app has it but did not answer (hung, starting)
    };

    /// The lock and the socket live in folder (default: the system's
    /// folder for temporary files).
    explicit SingleInstance(const QString &databasePath, QString folder = {},
                            QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Claims the database, or asks the app that has it to show itself.
    /// Waits at most about three seconds for an app that is starting.
    Claim claim();

    /// The process that holds the database, 0 if unknown.
    qint64 holderPid() const;
    /// The name of the local socket (also the lock file's, plus ".lock").
    QString key() const { return m_key; }

signals:
    /// Another start on the same database asked this app to show itself.
    void activationRequested();

private:
    bool listen();
    bool askHolder();

    QString m_key;
    QString m_folder;
    QLockFile m_lock;
    std::unique_ptr<QLocalServer> m_server;
};

} // namespace stampdesk
