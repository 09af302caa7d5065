// SPDX-License-Identifier: Apache-2.0
// A TCP proxy on 127.0.0.1 in front of the in-process reference server that
// breaks requests on purpose, as the networks between a shop's registers and
// its backend do: it delays them, answers 500 or 429 itself, drops the
// connection, cuts the server's answer short, or lets the server apply a push
// and then loses its answer. Each request is scripted by its path.
#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <utility>

namespace stampdesk::test {

class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        Pass, ///< forward, and pass the server's answer back
        Delay, ///< wait `delayMs`, then as Pass (also when the client gave up meanwhile)
        Error500, ///< answer 500 without asking the server
        RateLimit, ///< answer 429 with Retry-After: 1 without asking the server
        Drop, ///< close the connection without forwarding
        Truncate, ///< forward; pass back the head and half the body, then close
        LoseAnswer, ///< forward; wait for the whole answer, then close without it
    };
    struct Action
    {
        Fault fault = Fault::Pass;
        int delayMs = 0;
    };
    /// One request as the proxy saw it.
    struct Request
    {
        QByteArray method;
        QByteArray path; ///< with the query
        QByteArray body;
        Fault fault = Fault::Pass;
        qint64 arrivedMs = 0; ///< since the proxy was made
        int status = 0; ///< the server's answer, when it was asked and answered
        QByteArray answer; ///< the server's answer body
    };

    explicit FaultProxy(quint16 upstreamPort, QObject *parent = nullptr)
        : QObject(parent)
        , m_upstreamPort(upstreamPort)
    {
        m_clock.start();
        connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    /// Where requests go from now on (a restarted server listens elsewhere).
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }

    /// The next requests whose path starts with prefix meet these actions in
    /// turn; after them, such requests pass.
    void plan(const QByteArray &pathPrefix, const QList<Action> &actions)
    {
        for (auto &[prefix, queue] : m_plans) {
            if (prefix == pathPrefix)
                return queue.append(actions);
        }
        m_plans.append({pathPrefix, actions});
    }
    void plan(const QByteArray &pathPrefix, Fault fault, int times = 1)
    {
        plan(pathPrefix, QList<Action>(times, Action{fault, 0}));
    }

    const QList<Request> &requests() const { return m_requests; }
    int count(const QByteArray &method, const QByteArray &pathPrefix) const
    {
        int n = 0;
        for (const Request &r : m_requests)
            n += r.method == method && r.path.startsWith(pathPrefix) ? 1 : 0;
        return n;
    }
    /// No request is waiting, forwarded or unanswered: the server's state
    /// will not change behind a test's back.
    bool idle() const { return m_busy == 0; }

signals:
    /// The request numbered `index` in requests() was written to the server.
    void forwarded(int index);
    /// The server's whole answer to request `index` arrived here, before it
    /// is passed on (or lost).
    void answered(int index);

private:
    static QByteArray errorAnswer(int status, const QByteArray &code, const QByteArray &extra)
    {
        const QByteArray body = "{\"error\":{\"code\":\"" + code + "\",\"message\":\"proxy\"}}";
        return "HTTP/1.1 " + QByteArray::number(status)
            + " Proxy\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extra + "\r\n" + body;
    }

    // A head with its Connection header replaced by "close": one exchange
    // per connection, so that each request meets its own fault.
    static QByteArray closing(const QByteArray &head)
    {
        QByteArray out;
        for (const QByteArray &line : head.split('\n')) {
            if (line.trimmed().isEmpty() || line.toLower().startsWith("connection:"))
                continue;
            out += line.trimmed() + "\r\n";
        }
        return out + "Connection: close\r\n\r\n";
    }

    // The end of the head, and the length the head promises, or -1 when the
    // head is not all there yet.
    static qsizetype headEnd(const QByteArray &buffer, qsizetype *length)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return -1;
        *length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                *length = line.mid(15).trimmed().toLongLong();
        }
        return end;
    }

    Action nextAction(const QByteArray &path)
    {
        for (auto &[prefix, queue] : m_plans) {
            if (path.startsWith(prefix) && !queue.isEmpty())
                return queue.takeFirst();
        }
        return {};
    }

    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            client->setParent(this);
            auto buffer = std::make_shared<QByteArray>();
            connect(client, &QTcpSocket::readyRead, this,
                    [this, client, buffer] { read(client, *buffer); });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    void read(QTcpSocket *client, QByteArray &buffer)
    {
        buffer += client->readAll();
        qsizetype length = 0;
        const qsizetype end = headEnd(buffer, &length);
        if (end < 0 || buffer.size() < end + 4 + length)
            return;
        const QByteArray head = buffer.left(end);
        const QByteArray body = buffer.mid(end + 4, length);
        disconnect(client, &QTcpSocket::readyRead, this, nullptr);

        const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
        Request request;
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        request.body = body;
        request.arrivedMs = m_clock.elapsed();
        const Action action = nextAction(request.path);
        request.fault = action.fault;
        const int index = int(m_requests.size());
        m_requests.append(request);

        const QByteArray forward = closing(head) + body;
        QPointer<QTcpSocket> to(client);
        switch (action.fault) {
        case Fault::Error500:
            client->write(errorAnswer(500, "internal", {}));
            client->disconnectFromHost();
            break;
        case Fault::RateLimit:
            client->write(errorAnswer(429, "rate-limited", "Retry-After: 1\r\n"));
            client->disconnectFromHost();
            break;
        case Fault::Drop:
            client->abort();
            client->deleteLater();
            break;
        case Fault::Delay:
            ++m_busy;
            QTimer::singleShot(action.delayMs, this, [this, index, to, forward] {
                --m_busy;
                send(index, to, forward);
            });
            break;
        case Fault::Pass:
        case Fault::Truncate:
        case Fault::LoseAnswer:
            send(index, to, forward);
            break;
        }
    }

    // Forwards a request on a connection of its own, and deals with the answer.
    void send(int index, const QPointer<QTcpSocket> &client, const QByteArray &request)
    {
        ++m_busy;
        auto *upstream = new QTcpSocket(this);
        auto buffer = std::make_shared<QByteArray>();
        auto done = std::make_shared<bool>(false);
        const auto end = [this, upstream, done] {
            if (*done)
                return;
            *done = true;
            --m_busy;
            upstream->disconnect(this);
            upstream->abort();
            upstream->deleteLater();
        };
        connect(upstream, &QTcpSocket::connected, this, [this, upstream, index, request] {
            upstream->write(request);
            emit forwarded(index); // last: a slot may stop the server
        });
        connect(upstream, &QTcpSocket::readyRead, this,
                [this, upstream, buffer, index, client, end] {
                    *buffer += upstream->readAll();
                    qsizetype length = 0;
                    const qsizetype headSize = headEnd(*buffer, &length);
                    if (headSize < 0 || buffer->size() < headSize + 4 + length)
                        return;
                    const QByteArray head = buffer->left(headSize);
                    const QByteArray body = buffer->mid(headSize + 4, length);
                    end();
                    Request &r = m_requests[index];
                    r.status = head.mid(9, 3).toInt();
                    r.answer = body;
                    const Fault fault = r.fault;
                    emit answered(index);
                    if (!client)
                        return;
                    if (fault == Fault::LoseAnswer) {
                        client->abort();
                        client->deleteLater();
                        return;
                    }
                    const QByteArray sent = fault == Fault::Truncate
                        ? closing(head) + body.left(body.size() / 2)
                        : closing(head) + body;
                    client->write(sent);
                    client->disconnectFromHost();
                });
        // Refused (the server is down) or closed before the whole answer.
        connect(upstream, &QTcpSocket::errorOccurred, this, [client, end] {
            end();
            if (client) {
                client->abort();
                client->deleteLater();
            }
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QElapsedTimer m_clock;
    QList<std::pair<QByteArray, QList<Action>>> m_plans; ///< in the order first planned
    QList<Request> m_requests;
    int m_busy = 0;
};

} // namespace stampdesk::test
