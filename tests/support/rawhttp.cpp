// SPDX-License-Identifier: MIT
#include "tests/support/rawhttp.h"

#include <QDeadlineTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Backroom::Test {

QByteArray RawHttp::Response::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

RawHttp::RawHttp(quint16 port)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

RawHttp::~RawHttp()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool RawHttp::send(QByteArrayView bytes)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(m_fd, bytes.data() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

int RawHttp::fillBuffer(int timeoutMs)
{
    pollfd p{m_fd, POLLIN, 0};
    if (::poll(&p, 1, timeoutMs) <= 0)
        return -2; // timeout
    char chunk[16384];
    const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
    if (n <= 0)
        return -1; // closed or reset
    m_buffer.append(chunk, n);
    return int(n);
}

std::optional<RawHttp::Response> RawHttp::read(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype headerEnd = -1;
    while ((headerEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (fillBuffer(int(std::max<qint64>(1, deadline.remainingTime()))) < 0)
            return std::nullopt;
    }
    Response r;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2)
        return std::nullopt;
    r.status = statusLine[1].toInt();
    qsizetype length = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        if (r.headers.last().first.compare("content-length", Qt::CaseInsensitive) == 0)
            length = r.headers.last().second.toLongLong();
    }
    m_buffer.remove(0, headerEnd + 4);
    if (r.status < 200 || r.status == 204 || r.status == 304)
        length = 0;
    if (length < 0) {
        while (fillBuffer(int(std::max<qint64>(1, deadline.remainingTime()))) > 0) {
        }
        r.body = std::exchange(m_buffer, {});
        return r;
    }
    while (m_buffer.size() < length) {
        if (fillBuffer(int(std::max<qint64>(1, deadline.remainingTime()))) < 0)
            return std::nullopt;
    }
    r.body = m_buffer.left(length);
    m_buffer.remove(0, length);
    return r;
}

bool RawHttp::waitClosed(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const int n = fillBuffer(int(std::max<qint64>(1, deadline.remainingTime())));
        if (n == -1)
            return true;
        if (n == -2)
            return false;
    }
    return false;
}

std::optional<RawHttp::Response> RawHttp::request(quint16 port, QByteArrayView method, QByteArrayView path,
                                                  QByteArrayView body, QList<QPair<QByteArray, QByteArray>> headers)
{
    RawHttp http(port);
    if (!http.isConnected())
        return std::nullopt;
    QByteArray out = method.toByteArray() + ' ' + path.toByteArray() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n";
    out += body.toByteArray();
    if (!http.send(out))
        return std::nullopt;
    return http.read();
}

} // namespace Backroom::Test
