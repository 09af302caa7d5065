// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QVariantList>

#include <functional>

namespace stampdesk {

class StaffSession;
class Store;

/// The settings' "Backup" tab: backs the register's database up to a file
/// and restores it from one (Store::backup, Store::restore). Both run off the
/// GUI thread on connections of their own; busy is true meanwhile and
/// progress follows the pages copied. Only a signed-in manager may start
/// either.
///
/// After a restore, restored() tells the shell, which reads again what its
/// objects keep of the database (docs/backup.md).
class BackupController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application makes the backup controller with its store.")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged FINAL)
    /// 0 to 1 while busy.
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged FINAL)
    /// Where a backup made now goes by default:
    /// `<data folder>/backups/stampdesk-<yyyy-MM-dd-HHmm>.db`.
    Q_PROPERTY(QString suggestedPath READ suggestedPath NOTIFY backupsChanged FINAL)
    Q_PROPERTY(QString folder READ folder CONSTANT FINAL)
    /// The backups in folder, newest first: {path, name, date, size} (date
    /// and size as words in the current language).
    Q_PROPERTY(QVariantList backups READ backups NOTIFY backupsChanged FINAL)
    /// What the last backup or restore did, in words; empty before.
    Q_PROPERTY(QString message READ message NOTIFY resultChanged FINAL)
    /// Why the last one failed, in words; empty after a success.
    Q_PROPERTY(QString problem READ problem NOTIFY resultChanged FINAL)
    /// Where the last restore kept the database as it was before.
    Q_PROPERTY(QString safetyCopy READ safetyCopy NOTIFY resultChanged FINAL)

public:
    /// The store and the session must outlive the controller.
    BackupController(Store &store, StaffSession &session, QObject *parent = nullptr);
    ~BackupController() override;

    bool busy() const { return m_busy; }
    double progress() const { return m_progress; }
    QString suggestedPath() const;
    QString folder() const;
    QVariantList backups() const { return m_backups; }
    QString message() const { return m_message; }
    QString problem() const { return m_problem; }
    QString safetyCopy() const { return m_safetyCopy; }

    /// Backs up to path (a path or a file: URL; empty: suggestedPath).
    /// Returns false when it did not start (see problem).
    Q_INVOKABLE bool backup(const QString &pathOrUrl = {});
    /// Replaces the database with the backup at path (the window asks for
    /// confirmation first). Returns false when it did not start.
    Q_INVOKABLE bool restore(const QString &pathOrUrl);
    /// Lists the backups in folder again.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void busyChanged();
    void progressChanged();
    void backupsChanged();
    void resultChanged();
    /// A backup or restore ended; ok: it succeeded.
    void finished(bool ok);
    /// The database was replaced: whatever keeps some of it must read it
    /// again. Emitted before finished(true).
    void restored();

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
        QString problem;
        QString safetyCopy;
        bool restored = false;
    };
    bool mayStart(const QString &path);
    void start(std::function<Outcome(const std::function<void(int, int)> &)> job);
    void done();

    Store &m_store;
    StaffSession &m_session;
    QFutureWatcher<Outcome> m_watcher;
    bool m_busy = false;
    double m_progress = 0;
    QVariantList m_backups;
    QString m_message;
    QString m_problem;
    QString m_safetyCopy;
};

} // namespace stampdesk
