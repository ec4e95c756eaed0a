// SPDX-License-Identifier: MIT
#pragma once

#include "server/events/outboxhorizon.h"
#include "server/http/router.h"
#include "server/store/changelistener.h"
#include "server/store/pgconnection.h"

#include <QJsonArray>
#include <QStringList>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <list>
#include <memory>
#include <mutex>
#include <thread>

namespace Backroom::Server {

// The live feed behind GET /api/v1/events: long polls that wait without holding a thread. A waiting request
// is a row in a list; one thread of the feed's own, woken by NOTIFY on backroom_outbox, reads the new
// events once and answers every waiter they concern, and answers the others when their wait runs out.
// Waiters whose client hung up are dropped.
//
// Events are handed out only up to the outbox horizon (OutboxHorizon): an event whose id was drawn before a
// later one's but whose transaction is still open holds the feed back until it ends, so a follower by id
// never skips it. Transactions that write no events do not hold it back.
class EventFeed {
public:
    struct Page {
        QJsonArray items;  // FeedEvent objects, oldest first
        qint64 lastId = 0; // what to pass as after= next time
    };

    explicit EventFeed(QByteArray conninfo) : m_conninfo(std::move(conninfo)) {}
    ~EventFeed();
    EventFeed(const EventFeed &) = delete;
    EventFeed &operator=(const EventFeed &) = delete;

    void start();
    // Answers every waiter (no items) and any later wait() at once: run before the HTTP server's shutdown.
    void stop();

    static constexpr int pageLimit = 100;
    // Events after `after` up to the horizon whose type is one of types (all when empty); lastId covers
    // the newest event looked at, so a filtered follower skips what it does not want. connection must not
    // be inside a transaction.
    PgExpected<Page> read(PgConnection &connection, qint64 after, const QStringList &types, int limit = pageLimit);
    // The newest event id up to the horizon (0 when none): where a new follower starts.
    PgExpected<qint64> newestId(PgConnection &connection);

    // Answers reply with the first events after `after` to arrive, or with none when wait runs out.
    void wait(qint64 after, QStringList types, std::chrono::milliseconds wait, DeferredReply reply);

    int waiting() const;
    void writeMetrics(QByteArray &out) const;

    static HttpResponse answer(const Page &page);

private:
    struct Waiter {
        qint64 after = 0;
        QStringList types;
        std::chrono::steady_clock::time_point deadline;
        DeferredReply reply;
    };
    void run();
    static PgExpected<Page> readUpTo(PgConnection &connection, qint64 after, const QStringList &types, int limit,
                                     qint64 horizon);

    QByteArray m_conninfo;
    OutboxHorizon m_horizon;
    std::unique_ptr<ChangeListener> m_listener;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wakeUp;
    std::list<Waiter> m_waiters;
    bool m_changed = false; // new events or new waiters: read again
    bool m_stopping = false;
    std::atomic<quint64> m_answered{0};
};

} // namespace Backroom::Server
