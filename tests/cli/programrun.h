// SPDX-License-Identifier: Apache-2.0
// Runs one of the project's programs (stampdesk-cli, stampdesk-server,
// stampdesk) as a script or a POS would, for the tests that meet them from
// the outside.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace stampdesk::test {

/// What a finished run left: its exit code (-1 if it crashed) and output.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    /// stdout as JSON (the programs' --json output).
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    /// The code of a --json error: {"error": {"code", "message"}}.
    QString errorCode() const
    {
        return object().value(u"error").toObject().value(u"code").toString();
    }
};

/// Runs program with arguments, the test's environment changed by
/// environment (a null value removes the variable), and input on its stdin; fails the whole test
/// (qFatal) if the program does not start or does not end within timeoutMs.
inline Run runProgram(const QString &program, const QStringList &arguments,
                      const QMap<QString, QString> &environment = {}, const QByteArray &input = {},
                      int timeoutMs = 120'000)
{
    QProcess process;
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = environment.begin(); it != environment.end(); ++it) {
            if (it.value().isNull())
                env.remove(it.key());
            else
                env.insert(it.key(), it.value());
        }
        process.setProcessEnvironment(env);
    }
    process.start(program, arguments);
    if (!process.waitForStarted(60'000))
        qFatal("%s did not start", qPrintable(program));
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        qFatal("%s did not finish", qPrintable(program));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace stampdesk::test
