// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "server/http/httprequest.h"

#include <QHostAddress>
#include <QUrl>
#include <functional>

namespace Backroom::Server {

// A blocking HTTP/1.1 client for calls the server makes to other services (webhook receivers, the payment
// provider): one connection per request (Connection: close), http or https, one deadline for connecting,
// sending and reading the whole answer. Usable from any thread, with or without an event loop.
struct HttpClientRequest {
    QByteArray method = "GET";
    QUrl url;
    QList<HttpHeader> headers; // besides Host, User-Agent, Content-Type (when there is a body), Content-Length
    QByteArray body;
    QByteArray contentType = "application/json";
    QByteArray userAgent = "Backroom";
    int timeoutMs = 10000;
    // Read only the status line (the body is not wanted); faster and immune to endless bodies.
    bool statusOnly = false;
    qsizetype maxResponseBytes = 4 * 1024 * 1024;
    // Called for each address the host resolves to, and again for the one connected to (DNS may change in
    // between); a non-empty answer refuses the request with that reason. None: every address is fine.
    std::function<bool(const QHostAddress &)> addressAllowed;
};

struct HttpClientResponse {
    int status = 0; // 0: no (complete) HTTP answer came; see error
    QList<HttpHeader> headers;
    QByteArray body;
    QString error;          // why there is no answer, for logs and operators; empty when status is set
    bool timedOut = false;  // the deadline passed (the other side may still have acted on the request)
    bool connected = false; // the request may have reached the other side

    QByteArray header(QByteArrayView name) const;
};

HttpClientResponse httpSend(const HttpClientRequest &request);

// The host's addresses (a literal address is its own); Unavailable when it cannot be resolved. Blocking.
Domain::Result<QList<QHostAddress>> resolveHost(const QString &host);

} // namespace Backroom::Server
