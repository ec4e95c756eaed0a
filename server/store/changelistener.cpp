// SPDX-License-Identifier: MIT
#include "server/store/changelistener.h"

#include "server/log.h"
#include "server/store/pgconnection.h"

#include <QRegularExpression>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace Backroom::Server {

ChangeListener::ChangeListener(QByteArray conninfo, QByteArray channel, Callbacks callbacks)
    : m_conninfo(std::move(conninfo))
    , m_channel(std::move(channel))
    , m_callbacks(std::move(callbacks))
{
    // LISTEN takes no parameters; the channel goes into the SQL text, so it must be one of ours.
    static const QRegularExpression identifier(QStringLiteral("^[a-z_]{1,63}$"));
    Q_ASSERT(identifier.match(QString::fromLatin1(m_channel)).hasMatch());
}

ChangeListener::~ChangeListener()
{
    stop();
}

void ChangeListener::start()
{
    if (m_thread.joinable())
        return;
    if (::pipe2(m_wake, O_CLOEXEC | O_NONBLOCK) != 0) {
        Log::error("database.listener_failed", {{"channel", QString::fromLatin1(m_channel)},
                                                {"error", QStringLiteral("cannot create a pipe")}});
        return;
    }
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void ChangeListener::stop()
{
    if (!m_thread.joinable())
        return;
    m_stopping = true;
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(m_wake[1], &byte, 1);
    m_thread.join();
    ::close(m_wake[0]);
    ::close(m_wake[1]);
    m_wake[0] = m_wake[1] = -1;
}

bool ChangeListener::waitForStop(int timeoutMs)
{
    pollfd wake{m_wake[0], POLLIN, 0};
    ::poll(&wake, 1, timeoutMs);
    return m_stopping.load();
}

void ChangeListener::setListening(bool listening)
{
    if (m_listening.exchange(listening) == listening)
        return;
    if (listening)
        ++m_connects;
    if (m_callbacks.listening)
        m_callbacks.listening(listening);
}

void ChangeListener::run()
{
    PgConnection connection(m_conninfo);
    bool warned = false;
    while (!m_stopping.load()) {
        if (!connection.isConnected()) {
            setListening(false);
            auto listened = connection.execScript("LISTEN " + m_channel);
            if (!listened) {
                if (!warned)
                    Log::warning("database.listener_down", {{"channel", QString::fromLatin1(m_channel)},
                                                            {"error", listened.error().error.message}});
                warned = true;
                connection.disconnect();
                if (waitForStop(reconnectIntervalMs))
                    break;
                continue;
            }
            if (warned)
                Log::info("database.listener_back", {{"channel", QString::fromLatin1(m_channel)}});
            warned = false;
            setListening(true);
        }
        PGconn *conn = connection.handle();
        pollfd fds[2] = {{PQsocket(conn), POLLIN, 0}, {m_wake[0], POLLIN, 0}};
        if (::poll(fds, 2, -1) < 0 && errno != EINTR)
            break;
        if (m_stopping.load())
            break;
        if (!fds[0].revents)
            continue;
        // A restarting server sends its goodbye and closes the socket: either shows here.
        if (!PQconsumeInput(conn) || PQstatus(conn) != CONNECTION_OK) {
            connection.disconnect();
            setListening(false);
            continue;
        }
        while (PGnotify *n = PQnotifies(conn)) {
            if (m_callbacks.notified)
                m_callbacks.notified(QByteArrayView(n->extra));
            PQfreemem(n);
        }
    }
    connection.disconnect();
    m_listening = false;
}

} // namespace Backroom::Server
