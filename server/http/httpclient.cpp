// SPDX-License-Identifier: MIT
#include "server/http/httpclient.h"

#include <QDeadlineTimer>
#include <QHostInfo>
#include <QSslSocket>
#include <QTcpSocket>

#include <http_parser.h>
#include <memory>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

namespace {

struct ResponseParse {
    HttpClientResponse *response = nullptr;
    QByteArray field;
    bool inValue = false;
    bool complete = false;
    bool headersComplete = false;
    qsizetype maxBytes = 0;
    bool tooLarge = false;
};

ResponseParse &parseOf(http_parser *p)
{
    return *static_cast<ResponseParse *>(p->data);
}

const http_parser_settings &responseSettings()
{
    static const http_parser_settings settings = [] {
        http_parser_settings s;
        http_parser_settings_init(&s);
        s.on_header_field = [](http_parser *p, const char *at, size_t length) {
            ResponseParse &r = parseOf(p);
            if (r.inValue) {
                r.field.clear();
                r.inValue = false;
            }
            r.field.append(at, qsizetype(length));
            return 0;
        };
        s.on_header_value = [](http_parser *p, const char *at, size_t length) {
            ResponseParse &r = parseOf(p);
            if (!r.inValue) {
                r.response->headers.append({r.field, {}});
                r.inValue = true;
            }
            r.response->headers.last().second.append(at, qsizetype(length));
            return 0;
        };
        s.on_headers_complete = [](http_parser *p) {
            parseOf(p).headersComplete = true;
            return 0;
        };
        s.on_body = [](http_parser *p, const char *at, size_t length) {
            ResponseParse &r = parseOf(p);
            if (r.response->body.size() + qsizetype(length) > r.maxBytes) {
                r.tooLarge = true;
                return 1;
            }
            r.response->body.append(at, qsizetype(length));
            return 0;
        };
        s.on_message_complete = [](http_parser *p) {
            parseOf(p).complete = true;
            return 0;
        };
        return s;
    }();
    return settings;
}

int remaining(const QDeadlineTimer &deadline)
{
    return int(std::max<qint64>(1, deadline.remainingTime()));
}

} // namespace

QByteArray HttpClientResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

Domain::Result<QList<QHostAddress>> resolveHost(const QString &host)
{
    if (const QHostAddress literal(host); !literal.isNull())
        return QList<QHostAddress>{literal};
    const QHostInfo info = QHostInfo::fromName(host);
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
        return fail(Error::unavailable(QStringLiteral("cannot resolve %1").arg(host)));
    return info.addresses();
}

HttpClientResponse httpSend(const HttpClientRequest &request)
{
    HttpClientResponse response;
    const QUrl &url = request.url;
    const QDeadlineTimer deadline(request.timeoutMs);
    auto failed = [&](QString error) {
        response.status = 0;
        response.error = std::move(error);
        response.timedOut = deadline.hasExpired();
        return response;
    };
    const bool tls = url.scheme() == u"https";
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    const auto resolved = resolveHost(url.host());
    if (!resolved)
        return failed(resolved.error().message);
    const QList<QHostAddress> addresses = *resolved;
    if (request.addressAllowed) {
        for (const QHostAddress &a : addresses)
            if (!request.addressAllowed(a))
                return failed(QStringLiteral("refused: %1 resolves to the internal address %2").arg(url.host(), a.toString()));
    }
    std::unique_ptr<QTcpSocket> socket;
    if (tls) {
        auto ssl = std::make_unique<QSslSocket>();
        // Connects to the address checked above while verifying the certificate against the host name.
        ssl->connectToHostEncrypted(addresses.first().toString(), port, url.host());
        if (!ssl->waitForEncrypted(remaining(deadline)))
            return failed(QStringLiteral("TLS connection to %1 failed: %2").arg(url.host(), ssl->errorString()));
        socket = std::move(ssl);
    } else {
        socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(addresses.first(), port);
        if (!socket->waitForConnected(remaining(deadline)))
            return failed(QStringLiteral("cannot connect to %1: %2").arg(url.host(), socket->errorString()));
    }
    if (request.addressAllowed && !request.addressAllowed(socket->peerAddress()))
        return failed(QStringLiteral("refused: connected to the internal address %1").arg(socket->peerAddress().toString()));

    const QByteArray target = url.path(QUrl::FullyEncoded).isEmpty() ? QByteArray("/")
                                                                     : url.path(QUrl::FullyEncoded).toUtf8();
    QByteArray wire = request.method + ' ' + target
        + (url.hasQuery() ? "?" + url.query(QUrl::FullyEncoded).toUtf8() : QByteArray())
        + " HTTP/1.1\r\nHost: " + url.host(QUrl::FullyEncoded).toUtf8()
        + (url.port() > 0 ? ":" + QByteArray::number(url.port()) : QByteArray()) + "\r\nUser-Agent: " + request.userAgent
        + "\r\nConnection: close\r\n";
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT" || request.method == "PATCH")
        wire += "Content-Type: " + request.contentType + "\r\nContent-Length: " + QByteArray::number(request.body.size())
            + "\r\n";
    for (const auto &[name, value] : request.headers)
        wire += name + ": " + value + "\r\n";
    wire += "\r\n" + request.body;
    response.connected = true;
    socket->write(wire);
    while (socket->bytesToWrite() > 0) {
        if (deadline.hasExpired() || !socket->waitForBytesWritten(remaining(deadline)))
            return failed(QStringLiteral("timed out sending to %1").arg(url.host()));
    }

    http_parser parser;
    http_parser_init(&parser, HTTP_RESPONSE);
    ResponseParse parse{&response, {}, false, false, false, request.maxResponseBytes, false};
    parser.data = &parse;
    bool anyBytes = false;
    bool eof = false;
    while (!parse.complete) {
        if (socket->bytesAvailable() == 0) {
            if (socket->state() != QAbstractSocket::ConnectedState) {
                eof = true;
            } else if (deadline.hasExpired() || !socket->waitForReadyRead(remaining(deadline))) {
                if (socket->state() == QAbstractSocket::ConnectedState || deadline.hasExpired()) {
                    socket->abort();
                    return failed(anyBytes
                                      ? QStringLiteral("an incomplete answer from %1 within %2 ms").arg(url.host()).arg(request.timeoutMs)
                                      : QStringLiteral("no answer from %1 within %2 ms").arg(url.host()).arg(request.timeoutMs));
                }
                eof = true;
            }
        }
        const QByteArray chunk = eof ? QByteArray() : socket->read(64 * 1024);
        const size_t parsed = http_parser_execute(&parser, &responseSettings(), chunk.constData(), size_t(chunk.size()));
        anyBytes = anyBytes || !chunk.isEmpty();
        if (request.statusOnly && parse.headersComplete)
            break;
        if (parse.tooLarge) {
            socket->abort();
            return failed(QStringLiteral("the answer from %1 is larger than %2 bytes").arg(url.host()).arg(request.maxResponseBytes));
        }
        if (HTTP_PARSER_ERRNO(&parser) != HPE_OK || parsed != size_t(chunk.size())) {
            socket->abort();
            return failed(QStringLiteral("%1 did not answer in HTTP").arg(url.host()));
        }
        if (eof) {
            if (!parse.complete) {
                return failed(anyBytes ? QStringLiteral("an incomplete answer from %1").arg(url.host())
                                         : QStringLiteral("%1 closed the connection without answering").arg(url.host()));
            }
            break;
        }
    }
    socket->abort();
    response.status = int(parser.status_code);
    if (response.status < 100 || response.status > 599)
        return failed(QStringLiteral("%1 did not answer in HTTP").arg(url.host()));
    return response;
}

} // namespace Backroom::Server
