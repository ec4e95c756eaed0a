// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <atomic>
#include <functional>
#include <thread>

namespace Backroom::Server {

// LISTENs on one PostgreSQL channel, on a connection and a thread of its own, and hands every
// notification's payload to a callback: how caches of several server instances learn about changes made
// by any of them (or by plain SQL, through triggers).
//
// Notifications sent while the connection is down are lost for good, so a listener's user must not trust
// what it cached before: `listening(false)` comes as soon as the connection is known to be gone, and
// `listening(true)` only once LISTEN is in place again, so anything committed after that call is notified.
// It reconnects every reconnectIntervalMs until stopped.
//
// The callbacks run on the listener's thread, one at a time; they must be thread-safe against the
// threads reading what they guard.
class ChangeListener {
public:
    struct Callbacks {
        std::function<void(QByteArrayView payload)> notified;
        std::function<void(bool listening)> listening;
    };

    // channel: a constant identifier of the server's ([a-z_]+), never input.
    ChangeListener(QByteArray conninfo, QByteArray channel, Callbacks callbacks);
    ~ChangeListener(); // stops
    ChangeListener(const ChangeListener &) = delete;
    ChangeListener &operator=(const ChangeListener &) = delete;

    // Starts the thread; returns at once (the first connection is made on the thread).
    void start();
    // Closes the connection and joins the thread; callbacks are not called after it returns.
    void stop();

    bool isListening() const { return m_listening.load(); }
    // How many times LISTEN was (re)established.
    quint64 connects() const { return m_connects.load(); }

    static constexpr int reconnectIntervalMs = 500;

private:
    void run();
    // Waits for the wake-up pipe (stop) at most timeoutMs; true when stopping.
    bool waitForStop(int timeoutMs);
    void setListening(bool listening);

    QByteArray m_conninfo;
    QByteArray m_channel;
    Callbacks m_callbacks;
    std::thread m_thread;
    int m_wake[2] = {-1, -1};
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_listening{false};
    std::atomic<quint64> m_connects{0};
};

} // namespace Backroom::Server
