// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHostAddress>
#include <QObject>

#include <memory>

class QSslCertificate;
class QSslKey;

namespace stampdesk::server {

class ServerStore;

/// The REST API v1 of the reference backend (docs/api/openapi.yaml) over a
/// ServerStore, on Qt HttpServer. Requests are answered on the thread that
/// owns the object, one at a time, so the store needs no locking.
///
/// To run one in a test: open a ServerStore on a temporary file, then
///     ServerApi api(*store);
///     const quint16 port = api.listen(QHostAddress::LocalHost); // 0: failed
/// and send requests to http://127.0.0.1:<port>/v1/... from the same event loop.
class ServerApi : public QObject
{
    Q_OBJECT
public:
    /// The most a request body may hold, and the most events one push may carry.
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;
    static constexpr int maxEvents = 500;

    explicit ServerApi(ServerStore &store, QObject *parent = nullptr);
    ~ServerApi() override;

    /// Serves HTTPS with this certificate and key; call before listen().
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    /// Listens on address:port (0: any free port); the port, or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port = 0);

private:
    class Http;
    std::unique_ptr<Http> m_http;
};

} // namespace stampdesk::server
