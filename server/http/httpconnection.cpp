// SPDX-License-Identifier: MIT
#include "server/http/httpconnection.h"

#include <QThread>

namespace Backroom::Server {

namespace {
// Request bytes read from the socket at a time; beyond what the parser takes, TCP pushes back on the client.
constexpr qint64 socketReadBuffer = 64 * 1024;
} // namespace

HttpConnection::HttpConnection(HttpTransport *transport, HttpServerShared &shared, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_shared(shared)
    , m_parser(shared.limits)
    , m_peer(transport->peerAddress())
{
    m_transport->setParent(this);
    m_deadline.setRemainingTime(m_shared.timeouts.headerMs);
    m_channel->connection = this;
    ++m_shared.openConnections;
    connect(m_transport, &HttpTransport::readable, this, &HttpConnection::onReadyRead);
    connect(m_transport, &HttpTransport::written, this, &HttpConnection::onBytesWritten);
    connect(m_transport, &HttpTransport::closed, this, &HttpConnection::finishClose);
}

HttpConnection::~HttpConnection()
{
    {
        const std::lock_guard lock(m_channel->mutex);
        m_channel->connection = nullptr;
    }
    --m_shared.openConnections;
}

void Reply::operator()(HttpResponse response) const
{
    std::unique_lock lock(m_channel->mutex);
    HttpConnection *connection = m_channel->connection;
    if (!connection)
        return;
    if (QThread::currentThread() == connection->thread()) {
        // Only this thread can destroy the connection, so it stays alive without the lock, and delivering
        // may run the next pipelined request, whose reply takes the lock again.
        lock.unlock();
        connection->deliver(m_sequence, std::move(response));
        return;
    }
    QMetaObject::invokeMethod(
        connection,
        [connection, sequence = m_sequence, response = std::move(response)]() mutable {
            connection->deliver(sequence, std::move(response));
        },
        Qt::QueuedConnection);
}

bool Reply::isOpen() const
{
    const std::lock_guard lock(m_channel->mutex);
    return m_channel->connection != nullptr;
}

void HttpConnection::deliver(quint64 sequence, HttpResponse response)
{
    if (!m_awaitingReply || sequence != m_sequence || m_finished)
        return;
    m_awaitingReply = false;
    respond(std::move(response));
    // A reply given inside the handler call returns to the loop in processInput(); one that came later
    // restarts reading here.
    if (!m_inHandler && !m_closing && m_transport->bytesToWrite() == 0)
        processInput();
}

bool HttpConnection::isIdle() const
{
    return m_phase == Phase::Idle && !m_awaitingReply && !m_stream && m_pending.isEmpty()
        && m_transport->bytesToWrite() == 0;
}

void HttpConnection::checkDeadlines()
{
    if (m_finished || !m_deadline.hasExpired())
        return;
    if (m_lingering || m_closing || m_stream) {
        // A client that stopped reading a file body for this long is not coming back for the rest.
        m_transport->abort();
        finishClose();
        return;
    }
    if (m_awaitingReply)
        return; // the handler's time is the handler's business; the client is not the one being slow
    if (m_phase == Phase::Idle) {
        m_transport->disconnectFromHost();
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
        m_transport->disconnectFromHost();
}

void HttpConnection::onReadyRead()
{
    if (m_lingering) {
        m_transport->discardInput(); // the answer was already given
        return;
    }
    processInput();
}

void HttpConnection::onBytesWritten()
{
    if (m_stream && !pumpStream())
        return;
    if (m_transport->bytesToWrite() > 0 || m_awaitingReply)
        return;
    if (m_closing)
        closeWhenWritten();
    else
        processInput(); // a pipelined request may be waiting behind the response just sent
}

void HttpConnection::processInput()
{
    while (!m_closing && !m_finished && !m_awaitingReply && !m_stream) {
        if (m_pending.isEmpty())
            m_pending = m_transport->read(socketReadBuffer);
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
            m_transport->write("HTTP/1.1 100 Continue\r\n\r\n");
        if (m_parser.state() != HttpRequestParser::State::RequestComplete)
            continue;

        HttpRequest request = m_parser.takeRequest();
        request.peer = m_peer;
        m_awaitingReply = true;
        m_replyIsHead = request.method == "HEAD";
        m_replyKeepAlive = request.keepAlive;
        m_phase = Phase::Idle;
        m_inHandler = true;
        m_shared.handler(request, Reply(m_channel, ++m_sequence));
        m_inHandler = false;
        if (m_awaitingReply || m_transport->bytesToWrite() > 0)
            return; // continues in deliver() or onBytesWritten()
    }
}

void HttpConnection::respond(HttpResponse response)
{
    const bool keepAlive = m_replyKeepAlive && !m_shuttingDown;
    if (response.bodyFile && response.sendsBody(m_replyIsHead)) {
        auto file = std::make_unique<QFile>(response.bodyFile->path);
        if (!file->open(QIODevice::ReadOnly)) {
            response = HttpResponse::fileUnreadable();
        } else {
            m_stream = std::move(file);
            m_streamOwner = response.bodyFile;
            m_streamLeft = response.bodyFile->size;
        }
    }
    m_transport->write(response.serialize(m_replyIsHead, keepAlive));
    if (m_stream)
        pumpStream();
    if (m_finished)
        return;
    if (!keepAlive) {
        m_closing = true;
        m_deadline.setRemainingTime(m_shared.timeouts.requestMs);
        if (m_transport->bytesToWrite() == 0)
            closeWhenWritten();
        return;
    }
    m_phase = Phase::Idle;
    if (!m_stream)
        m_deadline.setRemainingTime(m_shared.timeouts.idleMs);
}

bool HttpConnection::pumpStream()
{
    constexpr qint64 chunk = 64 * 1024;
    while (m_streamLeft > 0 && m_transport->bytesToWrite() < 4 * chunk) {
        const QByteArray data = m_stream->read(std::min(chunk, m_streamLeft));
        if (data.isEmpty()) {
            // The file shrank or cannot be read: the Content-Length already sent cannot be kept, and a
            // short body must not pass for a whole one, so the connection goes.
            m_stream.reset();
            m_streamOwner.reset();
            m_transport->abort();
            finishClose();
            return false;
        }
        m_transport->write(data);
        m_streamLeft -= data.size();
        m_deadline.setRemainingTime(m_shared.timeouts.requestMs);
    }
    if (m_streamLeft > 0)
        return false;
    m_stream.reset();
    m_streamOwner.reset();
    if (!m_closing)
        m_deadline.setRemainingTime(m_shared.timeouts.idleMs);
    return true;
}

void HttpConnection::refuse(int status, const QByteArray &message)
{
    const QString detail = QString::fromUtf8(message);
    const HttpResponse response = m_shared.refusalHandler
        ? m_shared.refusalHandler(status, detail, m_peer)
        : HttpResponse::problem(status, QStringLiteral("http-%1").arg(status), detail);
    m_transport->write(response.serialize(false, false));
    m_closing = true;
    m_deadline.setRemainingTime(m_shared.timeouts.requestMs);
    if (m_transport->bytesToWrite() == 0)
        closeWhenWritten();
}

void HttpConnection::closeWhenWritten()
{
    if (m_lingering || m_finished)
        return;
    // Closing with unread input makes the kernel send a reset, which can destroy our answer before the
    // client reads it. So: half-close, then drain what the client still sends, for a bounded time.
    if (m_transport->shutdownWrite()) {
        m_lingering = true;
        m_deadline.setRemainingTime(m_shared.timeouts.lingerMs);
        m_transport->discardInput();
        return;
    }
    m_transport->disconnectFromHost();
}

void HttpConnection::finishClose()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_transport->isOpen())
        m_transport->abort();
    emit closed(this);
    deleteLater();
}

} // namespace Backroom::Server
