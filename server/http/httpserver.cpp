// SPDX-License-Identifier: MIT
#include "server/http/httpserver.h"

#include "server/http/epolleventdispatcher.h"

#include <QPointer>
#include <QSemaphore>
#include <QSet>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

namespace {

struct SocketAddress {
    sockaddr_storage storage{};
    socklen_t length = 0;
};

SocketAddress toSockaddr(const QHostAddress &address, quint16 port)
{
    SocketAddress a;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&a.storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR raw = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &raw, sizeof raw);
        a.length = sizeof(sockaddr_in6);
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&a.storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        a.length = sizeof(sockaddr_in);
    }
    return a;
}

QString describe(const QHostAddress &address, quint16 port)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
        : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

// Returns a listening socket, or -1 with errno set.
int openListener(const QHostAddress &address, quint16 port, bool reusePort)
{
    const SocketAddress a = toSockaddr(address, port);
    const int fd = ::socket(a.storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (reusePort)
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&a.storage), a.length) != 0 || ::listen(fd, 1024) != 0) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

quint16 boundPort(int fd)
{
    sockaddr_storage s{};
    socklen_t len = sizeof s;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&s), &len) != 0)
        return 0;
    if (s.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<sockaddr_in6 *>(&s)->sin6_port);
    return ntohs(reinterpret_cast<sockaddr_in *>(&s)->sin_port);
}

class Listener : public QTcpServer {
public:
    Listener(HttpServerShared &shared, const std::optional<QSslConfiguration> &tls,
             std::function<void(HttpConnection *)> adopt)
        : m_shared(shared)
        , m_tls(tls)
        , m_adopt(std::move(adopt))
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++m_shared.acceptedConnections;
        if (m_shared.openConnections.load() >= m_shared.maxConnections) {
            ++m_shared.refusedConnections;
            static const QByteArray busy = HttpResponse::problem(503, QStringLiteral("overloaded"),
                                                                 QStringLiteral("The server has too many open "
                                                                                "connections; retry shortly."))
                                               .serialize(false, false);
            // Best effort, non-blocking: the socket is closed whatever happens.
            (void)!::write(int(descriptor), busy.constData(), size_t(busy.size()));
            ::close(int(descriptor));
            return;
        }
        if (!m_tls) {
            m_adopt(new HttpConnection(new TcpTransport(descriptor), m_shared));
            return;
        }
        auto *ssl = new QSslSocket;
        ssl->setSslConfiguration(*m_tls);
        if (!ssl->setSocketDescriptor(descriptor)) {
            delete ssl;
            ::close(int(descriptor));
            return;
        }
        ssl->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        ssl->startServerEncryption();
        m_adopt(new HttpConnection(new QtSocketTransport(ssl), m_shared));
    }

private:
    HttpServerShared &m_shared;
    std::optional<QSslConfiguration> m_tls;
    std::function<void(HttpConnection *)> m_adopt;
};

} // namespace

// An event-loop thread owning one listener and the connections it accepted.
class IoThread : public QThread {
public:
    IoThread(HttpServerShared &shared, const std::optional<QSslConfiguration> &tls, int fd)
        : m_shared(shared)
        , m_tls(tls)
        , m_fd(fd)
    {
    }

    // Runs fn on this thread and waits for it.
    void runBlocking(const std::function<void()> &fn)
    {
        QMetaObject::invokeMethod(m_context, fn, Qt::BlockingQueuedConnection);
    }

    void stopAccepting()
    {
        runBlocking([this] { m_listener->close(); });
    }

    void beginShutdown()
    {
        runBlocking([this] {
            m_shuttingDown = true;
            for (HttpConnection *c : std::as_const(m_connections))
                c->beginShutdown();
            if (m_connections.isEmpty())
                quit();
        });
    }

    // Waits for the thread to end; past the grace period, open connections are dropped.
    void finish(int graceMs)
    {
        if (!wait(QDeadlineTimer(graceMs))) {
            runBlocking([this] {
                for (HttpConnection *c : std::as_const(m_connections))
                    delete c;
                m_connections.clear();
                quit();
            });
            wait();
        }
    }

protected:
    void run() override
    {
        QObject context;
        m_context = &context;
        Listener listener(m_shared, m_tls, [this](HttpConnection *c) {
            m_connections.insert(c);
            QObject::connect(c, &HttpConnection::closed, m_context, [this](HttpConnection *closed) {
                m_connections.remove(closed);
                if (m_shuttingDown && m_connections.isEmpty())
                    quit();
            });
        });
        m_listener = &listener;
        const bool adopted = listener.setSocketDescriptor(m_fd);
        QTimer sweep;
        sweep.setInterval(250);
        QObject::connect(&sweep, &QTimer::timeout, &context, [this] {
            for (HttpConnection *c : QSet<HttpConnection *>(m_connections))
                c->checkDeadlines();
        });
        sweep.start();
        m_ready.release();
        if (adopted)
            exec();
        for (HttpConnection *c : std::as_const(m_connections))
            delete c;
        m_connections.clear();
        m_listener = nullptr;
        m_context = nullptr;
    }

public:
    QSemaphore m_ready;

private:
    HttpServerShared &m_shared;
    std::optional<QSslConfiguration> m_tls;
    int m_fd;
    QObject *m_context = nullptr;
    Listener *m_listener = nullptr;
    QSet<HttpConnection *> m_connections;
    bool m_shuttingDown = false;
};

HttpServer::HttpServer(Options options, RequestHandler handler, RefusalHandler refusalHandler)
    : m_options(std::move(options))
    , m_shared(std::make_unique<HttpServerShared>())
{
    m_shared->limits = m_options.limits;
    m_shared->timeouts = m_options.timeouts;
    m_shared->maxConnections = m_options.maxConnections;
    m_shared->handler = std::move(handler);
    m_shared->refusalHandler = std::move(refusalHandler);
}

HttpServer::~HttpServer()
{
    shutdown(0);
}

int HttpServer::threadCount() const
{
    return int(m_threads.size());
}

Domain::Status HttpServer::start()
{
    const int threads = m_options.threads > 0 ? m_options.threads : std::max(1, QThread::idealThreadCount());
    // SO_REUSEPORT would let a second server on the same port silently share our traffic: make sure the
    // port is free first with a plain socket.
    if (m_options.port != 0) {
        const int probe = openListener(m_options.address, m_options.port, false);
        if (probe < 0)
            return fail(Error::unavailable(QStringLiteral("Cannot listen on %1: %2. Is another server running there? "
                                                          "Choose another address with --listen.")
                                               .arg(describe(m_options.address, m_options.port),
                                                    QString::fromLocal8Bit(std::strerror(errno)))));
        ::close(probe);
    }
    quint16 port = m_options.port;
    std::vector<int> fds;
    for (int i = 0; i < threads; ++i) {
        const int fd = openListener(m_options.address, port, true);
        if (fd < 0) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            for (int open : fds)
                ::close(open);
            return fail(Error::unavailable(QStringLiteral("Cannot listen on %1: %2. Choose another address with --listen.")
                                               .arg(describe(m_options.address, port), reason)));
        }
        if (port == 0)
            port = boundPort(fd);
        fds.push_back(fd);
    }
    m_port = port;
    for (int i = 0; i < threads; ++i) {
        auto thread = std::make_unique<IoThread>(*m_shared, m_options.tls, fds[size_t(i)]);
        thread->setObjectName(QStringLiteral("http-io-%1").arg(i));
        thread->setEventDispatcher(new EpollEventDispatcher);
        thread->start();
        thread->m_ready.acquire();
        m_threads.push_back(std::move(thread));
    }
    return {};
}

void HttpServer::shutdown(int graceMs)
{
    if (m_threads.empty())
        return;
    for (auto &t : m_threads)
        t->stopAccepting();
    for (auto &t : m_threads)
        t->beginShutdown();
    QDeadlineTimer deadline(graceMs);
    for (auto &t : m_threads)
        t->finish(int(std::max<qint64>(0, deadline.remainingTime())));
    m_threads.clear();
}

} // namespace Backroom::Server
