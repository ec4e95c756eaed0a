// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/httprequestparser.h"
#include "server/http/httpresponse.h"
#include "server/http/httptransport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace Backroom::Server {

class HttpConnection;

// Delivers the response to one request, from any thread, at most once. If the connection is gone by then
// (the client hung up, the server shut down) the response is dropped: nothing touches a dead socket.
class Reply {
public:
    void operator()(HttpResponse response) const;
    // Whether the connection still exists (the client may have hung up while the answer was prepared).
    bool isOpen() const;

private:
    friend class HttpConnection;
    struct Channel {
        std::mutex mutex;
        HttpConnection *connection = nullptr; // nulled by the connection's destructor, under the mutex
    };
    Reply(std::shared_ptr<Channel> channel, quint64 sequence) : m_channel(std::move(channel)), m_sequence(sequence) {}
    std::shared_ptr<Channel> m_channel;
    quint64 m_sequence;
};

// Handles a complete request; calls reply now (on the I/O thread) or later (from a worker).
using RequestHandler = std::function<void(HttpRequest &request, Reply reply)>;
// Answers a request the connection refused before it was complete (too large, too slow, malformed).
using RefusalHandler = std::function<HttpResponse(int status, const QString &detail, const QHostAddress &peer)>;

struct HttpTimeouts {
    int headerMs = 10000;  // from connection or first byte of a request to the end of its headers
    int requestMs = 30000; // from the end of the headers to the end of the body
    int idleMs = 60000;    // keep-alive wait for the next request
    int lingerMs = 2000;   // after refusing a request, how long unread input is drained before closing
};

// Settings and counters every I/O thread shares; read-only after start apart from the atomics.
struct HttpServerShared {
    HttpLimits limits;
    HttpTimeouts timeouts;
    RequestHandler handler;
    RefusalHandler refusalHandler;
    int maxConnections = 10000;
    std::atomic<int> openConnections{0};
    std::atomic<quint64> acceptedConnections{0};
    std::atomic<quint64> refusedConnections{0};
    std::atomic<quint64> timedOutConnections{0};
};

// One client connection, living on its I/O thread. Requests are handled one at a time, in order, so
// pipelined requests get their responses in order; input beyond the current request stays in the socket.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    // Takes ownership of transport.
    HttpConnection(HttpTransport *transport, HttpServerShared &shared, QObject *parent = nullptr);
    ~HttpConnection() override;

    // Called about once a second by the I/O thread; closes the connection when a deadline has passed.
    void checkDeadlines();
    // Graceful shutdown: finish the request under way, then close; close now if idle.
    void beginShutdown();
    bool isIdle() const;

signals:
    void closed(HttpConnection *connection);

private:
    friend class Reply;
    void deliver(quint64 sequence, HttpResponse response);
    void onReadyRead();
    void onBytesWritten();
    void processInput();
    void respond(HttpResponse response);
    void refuse(int status, const QByteArray &message);
    void closeWhenWritten();
    void finishClose();
    // Queues more of the file body being sent while the socket's buffer is low; true once all of it is.
    bool pumpStream();

    HttpTransport *m_transport;
    HttpServerShared &m_shared;
    HttpRequestParser m_parser;
    QHostAddress m_peer;
    QByteArray m_pending; // read from the socket, not yet consumed by the parser
    QDeadlineTimer m_deadline;
    enum class Phase { Headers, Body, Idle } m_phase = Phase::Headers;
    bool m_closing = false;   // no more requests; close once the output is written
    bool m_lingering = false; // output done, draining unread input until the peer closes or time runs out
    bool m_shuttingDown = false;
    bool m_finished = false;
    // The request being answered: its response may arrive later, and the next request waits for it.
    bool m_awaitingReply = false;
    bool m_inHandler = false;
    bool m_replyIsHead = false;
    bool m_replyKeepAlive = true;
    quint64 m_sequence = 0;
    // The file body of the response being sent (ResponseFile), and how much of it is still to queue.
    std::unique_ptr<QFile> m_stream;
    std::shared_ptr<const ResponseFile> m_streamOwner;
    qint64 m_streamLeft = 0;
    std::shared_ptr<Reply::Channel> m_channel = std::make_shared<Reply::Channel>();
};

} // namespace Backroom::Server
