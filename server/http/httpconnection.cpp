// SPDX-License-Identifier: MIT
#include "server/http/httpconnection.h"

#include <QSslSocket>

#include <sys/socket.h>

namespace Backroom::Server {

namespace {
// Unread request bytes Qt may hold per connection; beyond it TCP pushes back on the client.
constexpr qint64 socketReadBuffer = 64 * 1024;
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServerShared &shared, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_shared(shared)
    , m_parser(shared.limits)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(socketReadBuffer);
    m_deadline.setRemainingTime(m_shared.timeouts.headerMs);
    ++m_shared.openConnections;
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finishClose);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError || m_socket->state() != QAbstractSocket::ConnectedState)
            finishClose();
    });
}

HttpConnection::~HttpConnection()
{
    --m_shared.openConnections;
}

bool HttpConnection::isIdle() const
{
    return m_phase == Phase::Idle && m_pending.isEmpty() && m_socket->bytesToWrite() == 0;
}

void HttpConnection::checkDeadlines()
{
    if (m_finished || !m_deadline.hasExpired())
        return;
    if (m_lingering || m_closing) {
        m_socket->abort();
        finishClose();
        return;
    }
    if (m_phase == Phase::Idle) {
        m_socket->disconnectFromHost();
        return;
    }
    ++m_shared.timedOutConnections;
    refuse(408, m_phase == Phase::Headers ? "The request headers did not arrive in time."
                                          : "The request body did not arrive in time.");
}

void HttpConnection::beginShutdown()
{
    m_shuttingDown = true;
    if (isIdle() || m_phase == Phase::Headers)
        m_socket->disconnectFromHost();
}

void HttpConnection::onReadyRead()
{
    if (m_lingering) {
        m_socket->readAll(); // discarded: the answer was already given
        return;
    }
    processInput();
}

void HttpConnection::onBytesWritten()
{
    if (m_socket->bytesToWrite() > 0)
        return;
    if (m_closing)
        closeWhenWritten();
    else
        processInput(); // a pipelined request may be waiting behind the response just sent
}

void HttpConnection::processInput()
{
    while (!m_closing && !m_finished) {
        if (m_pending.isEmpty())
            m_pending = m_socket->read(socketReadBuffer);
        if (m_pending.isEmpty())
            return;
        if (m_phase == Phase::Idle) {
            m_phase = Phase::Headers;
            m_deadline.setRemainingTime(m_shared.timeouts.headerMs);
        }
        const qsizetype used = m_parser.feed(m_pending.constData(), m_pending.size());
        m_pending.remove(0, used);

        if (m_parser.state() == HttpRequestParser::State::Failed) {
            refuse(m_parser.errorStatus(), m_parser.errorMessage());
            return;
        }
        if (m_phase == Phase::Headers && m_parser.inMessage() && !m_parser.readingHeaders()) {
            m_phase = Phase::Body;
            m_deadline.setRemainingTime(m_shared.timeouts.requestMs);
        }
        if (m_parser.takeContinueNeeded())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        if (m_parser.state() != HttpRequestParser::State::RequestComplete)
            continue;

        HttpRequest request = m_parser.takeRequest();
        request.peer = m_socket->peerAddress();
        HttpResponse response = m_shared.handler(request);
        respond(request, std::move(response));
        if (m_socket->bytesToWrite() > 0)
            return; // wait for the response to drain before reading the next request
    }
}

void HttpConnection::respond(const HttpRequest &request, HttpResponse response)
{
    const bool keepAlive = request.keepAlive && !m_shuttingDown;
    m_socket->write(response.serialize(request.method == "HEAD", keepAlive));
    if (!keepAlive) {
        m_closing = true;
        m_deadline.setRemainingTime(m_shared.timeouts.requestMs);
        if (m_socket->bytesToWrite() == 0)
            closeWhenWritten();
        return;
    }
    m_phase = Phase::Idle;
    m_deadline.setRemainingTime(m_shared.timeouts.idleMs);
}

void HttpConnection::refuse(int status, const QByteArray &message)
{
    const QString detail = QString::fromUtf8(message);
    const HttpResponse response = m_shared.refusalHandler
        ? m_shared.refusalHandler(status, detail, m_socket->peerAddress())
        : HttpResponse::problem(status, QStringLiteral("http-%1").arg(status), detail);
    m_socket->write(response.serialize(false, false));
    m_closing = true;
    m_deadline.setRemainingTime(m_shared.timeouts.requestMs);
    if (m_socket->bytesToWrite() == 0)
        closeWhenWritten();
}

void HttpConnection::closeWhenWritten()
{
    if (m_lingering || m_finished)
        return;
    // Closing with unread input makes the kernel send a reset, which can destroy our answer before the
    // client reads it. So: half-close, then drain what the client still sends, for a bounded time.
    if (!qobject_cast<QSslSocket *>(m_socket) && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_lingering = true;
        m_deadline.setRemainingTime(m_shared.timeouts.lingerMs);
        m_socket->flush();
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        m_socket->readAll();
        return;
    }
    m_socket->disconnectFromHost();
}

void HttpConnection::finishClose()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    emit closed(this);
    deleteLater();
}

} // namespace Backroom::Server
