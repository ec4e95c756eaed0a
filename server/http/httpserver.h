// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "server/http/httpconnection.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <memory>
#include <optional>

namespace Backroom::Server {

class IoThread;

// HTTP/1.1 server: one event-loop thread per core, each with its own listening socket bound to the same
// port with SO_REUSEPORT, so the kernel spreads connections and no thread hands sockets to another.
// The request handler runs on the I/O thread that owns the connection.
class HttpServer {
public:
    struct Options {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 8080; // 0 picks a free one; port() tells which
        int threads = 0;     // 0: one per core
        HttpLimits limits;
        HttpTimeouts timeouts;
        int maxConnections = 10000;
        std::optional<QSslConfiguration> tls;
    };

    HttpServer(Options options, RequestHandler handler, RefusalHandler refusalHandler = {});
    ~HttpServer();

    // Binds and starts the I/O threads. Fails (with a message naming the address) if the port is taken.
    Domain::Status start();
    quint16 port() const { return m_port; }
    int threadCount() const;
    // Stops accepting, lets requests under way finish for up to graceMs, then closes everything.
    void shutdown(int graceMs = 10000);

    const HttpServerShared &shared() const { return *m_shared; }

private:
    Options m_options;
    std::unique_ptr<HttpServerShared> m_shared;
    std::vector<std::unique_ptr<IoThread>> m_threads;
    quint16 m_port = 0;
};

} // namespace Backroom::Server
