// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFile>
#include <QMutex>
#include <QString>
#include <QtGlobal>

namespace stampdesk {

/// The app's log: every message Qt and Stampdesk write (qInfo, qWarning,
/// QML warnings, …) goes, one line each, to stampdesk.log in a folder of the
/// user's data folder, so that a register that misbehaved last week can still
/// tell why. The file is rotated by size: when it would grow past
/// Limits::bytes it becomes stampdesk.1.log (the one before that
/// stampdesk.2.log, …) and the oldest beyond Limits::keep is deleted, so a
/// register that runs for months holds at most (keep + 1) × bytes of logs.
///
/// Writing is thread-safe (the sync worker logs too) and every line is
/// flushed at once, so that the last words before a crash are kept.
class LogFile
{
public:
    struct Limits
    {
        qint64 bytes = 1024 * 1024; ///< the size at which the file is rotated
        int keep = 5; ///< how many rotated files are kept
    };

    /// The log folder: "logs" in the user's data folder, beside the
    /// default database.
    static QString defaultFolder();

    explicit LogFile(QString folder);
    LogFile(QString folder, Limits limits);
    ~LogFile();
    LogFile(const LogFile &) = delete;
    LogFile &operator=(const LogFile &) = delete;

    /// Creates the folder and opens the log for appending. False, with
    /// *error saying why, if it cannot be written.
    bool open(QString *error);
    /// The file written to: <folder>/stampdesk.log.
    QString path() const;
    /// The rotated file number n (1: the newest): <folder>/stampdesk.n.log.
    QString rotatedPath(int n) const;

    /// Appends one line: time (UTC, ms), level, category, the message.
    void write(QtMsgType type, const QMessageLogContext &context, const QString &message);

    /// Sends Qt's messages to log as well as to where they went before
    /// (the terminal), until uninstall() or log's destruction.
    static void install(LogFile *log);
    static void uninstall();

private:
    void rotate();

    QString m_folder;
    Limits m_limits;
    QMutex m_mutex;
    QFile m_file;
};

} // namespace stampdesk
