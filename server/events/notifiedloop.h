// SPDX-License-Identifier: MIT
#pragma once

#include "server/store/changelistener.h"
#include "server/store/pgconnection.h"

#include <QByteArray>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace Backroom::Server {

// A background thread woken by NOTIFY on one channel, by wake(), or by its own timeout: the shape of the
// outbox dispatcher and the webhook sender. Notifications lost while the listener was down are made up
// for by a wake-up as soon as it listens again; the body polls meanwhile (listening() says which).
class NotifiedLoop {
public:
    NotifiedLoop(QByteArray conninfo, QByteArray channel) : m_conninfo(std::move(conninfo)), m_channel(std::move(channel)) {}
    ~NotifiedLoop() { stop(); }
    NotifiedLoop(const NotifiedLoop &) = delete;
    NotifiedLoop &operator=(const NotifiedLoop &) = delete;

    // Runs body on the thread; body returns once waitForWork() says to stop.
    void start(std::function<void()> body)
    {
        if (m_thread.joinable())
            return;
        m_stopping = false;
        m_listener = std::make_unique<ChangeListener>(m_conninfo, m_channel,
                                                      ChangeListener::Callbacks{[this](QByteArrayView) { wake(); },
                                                                                [this](bool listening) {
                                                                                    if (listening)
                                                                                        wake();
                                                                                }});
        m_listener->start();
        m_thread = std::thread(std::move(body));
    }
    // Lets the body finish what it is doing, then joins it.
    void stop()
    {
        if (!m_thread.joinable())
            return;
        m_stopping = true;
        wake();
        m_thread.join();
        m_listener.reset();
    }
    void wake()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_woken = true;
        }
        m_wakeUp.notify_one();
    }
    // Sleeps until woken or timeout; false when stopping.
    bool waitForWork(std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(m_mutex);
        m_wakeUp.wait_for(lock, timeout, [this] { return m_woken || m_stopping.load(); });
        m_woken = false;
        return !m_stopping.load();
    }
    // For a queue of rows due at times: sleeps until the earliest is due (nextDueSql answers one row, the
    // milliseconds until then or NULL for none), a wake-up, or the poll interval (5 s while listening, 0.5 s
    // while not); false when stopping.
    bool waitUntilDue(PgConnection &connection, const QByteArray &nextDueSql)
    {
        const qint64 pollMs = listening() ? 5000 : 500;
        qint64 waitMs = pollMs;
        if (auto next = connection.exec(nextDueSql); next && next->rows() == 1 && !next->isNull(0, 0))
            waitMs = std::clamp<qint64>(next->toInt64(0, 0), 5, pollMs);
        return waitForWork(std::chrono::milliseconds(waitMs));
    }
    bool stopping() const { return m_stopping.load(); }
    bool listening() const { return m_listener && m_listener->isListening(); }
    const QByteArray &conninfo() const { return m_conninfo; }

private:
    QByteArray m_conninfo;
    QByteArray m_channel;
    std::unique_ptr<ChangeListener> m_listener;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wakeUp;
    bool m_woken = false;
    std::atomic<bool> m_stopping{false};
};

} // namespace Backroom::Server
