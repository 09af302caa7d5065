// SPDX-License-Identifier: Apache-2.0
#include "logfile.h"

#include "store/store.h"

#include <QDateTime>
#include <QDir>
#include <QMutexLocker>

#include <atomic>

namespace stampdesk {

namespace {

// The log Qt's messages go to, and the handler they went to before.
std::atomic<LogFile *> installed{nullptr};
QtMessageHandler previousHandler = nullptr;

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (LogFile *log = installed.load())
        log->write(type, context, message);
    if (previousHandler)
        previousHandler(type, context, message);
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

} // namespace

QString LogFile::defaultFolder()
{
    return Store::dataFolder() + QStringLiteral("/logs");
}

LogFile::LogFile(QString folder)
    : LogFile(std::move(folder), Limits())
{
}

LogFile::LogFile(QString folder, Limits limits)
    : m_folder(std::move(folder))
    , m_limits(limits)
{ }

LogFile::~LogFile()
{
    LogFile *self = this;
    if (installed.compare_exchange_strong(self, nullptr))
        qInstallMessageHandler(previousHandler);
}

bool LogFile::open(QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!QDir().mkpath(m_folder)) {
        *error = QStringLiteral("cannot create the folder %1").arg(m_folder);
        return false;
    }
    m_file.setFileName(path());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        *error = QStringLiteral("%1: %2").arg(path(), m_file.errorString());
        return false;
    }
    return true;
}

QString LogFile::path() const
{
    return m_folder + QStringLiteral("/stampdesk.log");
}

QString LogFile::rotatedPath(int n) const
{
    return m_folder + QStringLiteral("/stampdesk.%1.log").arg(n);
}

void LogFile::write(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    line += ' ';
    line += levelName(type);
    if (context.category && qstrcmp(context.category, "default") != 0) {
        line += " [";
        line += context.category;
        line += ']';
    }
    line += ' ';
    // One message, one line: a message's own line breaks are kept visible.
    line += message.toUtf8().replace('\n', "\\n");
    line += '\n';

    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return;
    if (m_file.size() > 0 && m_file.size() + line.size() > m_limits.bytes)
        rotate();
    m_file.write(line);
    m_file.flush();
}

void LogFile::rotate()
{
    m_file.close();
    QFile::remove(rotatedPath(m_limits.keep));
    for (int n = m_limits.keep - 1; n >= 1; --n)
        QFile::rename(rotatedPath(n), rotatedPath(n + 1));
    if (m_limits.keep > 0)
        QFile::rename(path(), rotatedPath(1));
    else
        QFile::remove(path());
    // If the new file cannot be opened, the log stops (the terminal still
    // gets every message): nothing else can be done from inside a handler.
    m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void LogFile::install(LogFile *log)
{
    if (installed.exchange(log) == nullptr)
        previousHandler = qInstallMessageHandler(handleMessage);
}

void LogFile::uninstall()
{
    if (installed.exchange(nullptr) != nullptr)
        qInstallMessageHandler(previousHandler);
}

} // namespace stampdesk
