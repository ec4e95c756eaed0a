// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <optional>

namespace Backroom::Test {

// A deliberately dumb blocking HTTP client over a plain socket, so tests control every byte and every
// pause: slow headers, bodies that are never sent, pipelining, half-written requests.
class RawHttp {
public:
    struct Response {
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(QByteArrayView name) const;
    };

    explicit RawHttp(quint16 port);
    ~RawHttp();
    RawHttp(const RawHttp &) = delete;
    RawHttp &operator=(const RawHttp &) = delete;

    bool isConnected() const { return m_fd >= 0; }
    bool send(QByteArrayView bytes);
    // Reads one response (Content-Length framed, or until close). nullopt on timeout or closed connection.
    std::optional<Response> read(int timeoutMs = 5000);
    // True when the server closed the connection (EOF or reset) within the timeout.
    bool waitClosed(int timeoutMs);

    // One request on a fresh connection.
    static std::optional<Response> request(quint16 port, QByteArrayView method, QByteArrayView path,
                                           QByteArrayView body = {}, QList<QPair<QByteArray, QByteArray>> headers = {});

private:
    int fillBuffer(int timeoutMs);
    int m_fd = -1;
    QByteArray m_buffer;
};

} // namespace Backroom::Test
