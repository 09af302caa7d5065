// SPDX-License-Identifier: Apache-2.0
// A raw HTTP/1.1 server on 127.0.0.1 that answers badly on purpose: it closes
// without an answer, cuts a body short, or never answers. Qt HttpServer only
// answers well, and a client is judged by how it takes the rest.
#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace stampdesk::test {

class FaultServer : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        Answer, ///< send `bytes`, then close
        Close, ///< close at once, without a byte
        Truncate, ///< send `bytes` (headers promising more), then close
        Silence, ///< keep the connection open and never answer
    };
    struct Step
    {
        Fault fault;
        QByteArray bytes;
    };

    static Step answer(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
    {
        return {Fault::Answer, head(status, body.size(), extraHeaders) + body};
    }
    static Step close() { return {Fault::Close, {}}; }
    static Step truncate(int status, const QByteArray &bodyStart, qsizetype promised)
    {
        return {Fault::Truncate, head(status, promised, {}) + bodyStart};
    }
    static Step silence() { return {Fault::Silence, {}}; }

    /// The steps answer the requests in turn; the last one answers all the rest.
    explicit FaultServer(QList<Step> script, QObject *parent = nullptr)
        : QObject(parent)
        , m_script(std::move(script))
    {
        m_clock.start();
        connect(&m_server, &QTcpServer::newConnection, this, &FaultServer::accept);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }

    /// When each whole request arrived, in ms since the server was made.
    QList<qint64> arrivals() const { return m_arrivals; }
    int requestCount() const { return int(m_arrivals.size()); }

signals:
    void requestArrived();

private:
    static QByteArray head(int status, qsizetype length, const QByteArray &extraHeaders)
    {
        return QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status)
            + QByteArrayLiteral(" Whatever\r\nContent-Type: application/json\r\nContent-Length: ")
            + QByteArray::number(length) + QByteArrayLiteral("\r\nConnection: close\r\n")
            + extraHeaders + QByteArrayLiteral("\r\n");
    }

    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    // One request per connection: every answer closes it.
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        m_buffers.remove(socket);
        socket->disconnect(this);
        m_arrivals.append(m_clock.elapsed());
        const Step step = m_script.at(std::min(qsizetype(m_arrivals.size()), m_script.size()) - 1);
        switch (step.fault) {
        case Fault::Answer:
        case Fault::Truncate:
            socket->write(step.bytes);
            socket->disconnectFromHost();
            break;
        case Fault::Close:
            socket->abort();
            socket->deleteLater();
            break;
        case Fault::Silence:
            break;
        }
        emit requestArrived();
    }

    QTcpServer m_server;
    QList<Step> m_script;
    QElapsedTimer m_clock;
    QList<qint64> m_arrivals;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace stampdesk::test
