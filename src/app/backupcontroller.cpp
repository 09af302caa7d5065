// SPDX-License-Identifier: Apache-2.0
#include "backupcontroller.h"

#include "staffsession.h"
#include "store/store.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace stampdesk {

namespace {

using namespace Qt::StringLiterals;

QString pathOf(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl.trimmed();
}

} // namespace

BackupController::BackupController(Store &store, StaffSession &session, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_session(session)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &BackupController::done);
    refresh();
}

// A backup or restore under way finishes: the window waits for its files.
BackupController::~BackupController()
{
    m_watcher.waitForFinished();
}

QString BackupController::folder() const
{
    return QFileInfo(m_store.path()).absoluteDir().filePath(u"backups"_s);
}

QString BackupController::suggestedPath() const
{
    const QString base =
        u"stampdesk-%1"_s.arg(QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmm"_s));
    QString path = QDir(folder()).filePath(base + u".db"_s);
    // A second backup within the minute gets a name of its own.
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder()).filePath(u"%1-%2.db"_s.arg(base).arg(n));
    return path;
}

void BackupController::refresh()
{
    QVariantList list;
    const QLocale locale;
    const QFileInfoList files =
        QDir(folder()).entryInfoList({u"*.db"_s}, QDir::Files | QDir::Readable, QDir::Time);
    for (const QFileInfo &file : files) {
        list.append(QVariantMap{
            {u"path"_s, file.absoluteFilePath()},
            {u"name"_s, file.fileName()},
            {u"date"_s, locale.toString(file.lastModified(), QLocale::ShortFormat)},
            {u"size"_s, locale.formattedDataSize(file.size())},
        });
    }
    m_backups = list;
    Q_EMIT backupsChanged();
}

bool BackupController::mayStart(const QString &path)
{
    QString problem;
    if (m_busy)
        problem = tr("A backup or restore is under way. Wait until it ends.");
    else if (!m_session.isManager())
        problem = tr("Only a manager can back up or restore the database.");
    else if (path.isEmpty())
        problem = tr("Choose a backup file first.");
    if (problem.isEmpty())
        return true;
    m_message.clear();
    m_problem = problem;
    m_safetyCopy.clear();
    Q_EMIT resultChanged();
    return false;
}

bool BackupController::backup(const QString &pathOrUrl)
{
    QString path = pathOf(pathOrUrl);
    if (path.isEmpty())
        path = suggestedPath();
    if (!mayStart(path))
        return false;
    // The default folder is made on demand; another one must exist.
    if (QFileInfo(path).absolutePath() == QFileInfo(folder()).absoluteFilePath())
        QDir().mkpath(folder());
    const QString database = m_store.path();
    start([database, path](const std::function<void(int, int)> &progress) {
        Outcome o;
        auto made = Store::backup(database, path, progress);
        o.ok = made.ok();
        if (made)
            //: %1 is the backup file's path, %2 its size (e.g. 1.2 MB)
            o.message = tr("Backed up to %1 (%2).")
                            .arg(made->path, QLocale().formattedDataSize(made->bytes));
        else
            o.problem = made.error().message();
        return o;
    });
    return true;
}

bool BackupController::restore(const QString &pathOrUrl)
{
    const QString path = pathOf(pathOrUrl);
    if (!mayStart(path))
        return false;
    const QString database = m_store.path();
    start([database, path](const std::function<void(int, int)> &progress) {
        Outcome o;
        auto restored = Store::restore(database, path, progress);
        o.ok = restored.ok();
        o.restored = restored.ok();
        if (!restored) {
            o.problem = restored.error().message();
            return o;
        }
        o.safetyCopy = restored->safetyCopy;
        o.message = restored->safetyCopy.isEmpty()
            ? tr("Restored from %1.").arg(path)
            //: %1 is the backup restored, %2 the file that keeps the database as it was
            : tr("Restored from %1. The database as it was before is kept in %2.")
                  .arg(path, restored->safetyCopy);
        return o;
    });
    return true;
}

void BackupController::start(std::function<Outcome(const std::function<void(int, int)> &)> job)
{
    m_busy = true;
    m_progress = 0;
    m_message.clear();
    m_problem.clear();
    m_safetyCopy.clear();
    Q_EMIT busyChanged();
    Q_EMIT progressChanged();
    Q_EMIT resultChanged();
    // Progress comes from the worker's thread and reaches the window queued.
    QPointer<BackupController> self(this);
    const auto progress = [self](int done, int total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total] {
                if (!self || !self->m_busy || total <= 0)
                    return;
                self->m_progress = double(done) / total;
                Q_EMIT self->progressChanged();
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(
        QtConcurrent::run([job = std::move(job), progress] { return job(progress); }));
}

void BackupController::done()
{
    const Outcome o = m_watcher.result();
    m_busy = false;
    m_progress = o.ok ? 1 : 0;
    m_message = o.message;
    m_problem = o.problem;
    m_safetyCopy = o.safetyCopy;
    refresh();
    if (o.restored)
        Q_EMIT restored();
    Q_EMIT progressChanged();
    Q_EMIT resultChanged();
    Q_EMIT busyChanged();
    Q_EMIT finished(o.ok);
}

} // namespace stampdesk
