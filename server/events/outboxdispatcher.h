// SPDX-License-Identifier: MIT
#pragma once

#include "server/events/notifiedloop.h"
#include "server/events/outboxconsumer.h"
#include "server/events/outboxhorizon.h"

#include <QByteArray>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace Backroom::Server {

// Feeds the outbox to its consumers, on a thread and a database connection of its own, one per server
// instance. Woken by NOTIFY on backroom_outbox (a trigger on the outbox sends it), and polls as a fallback.
//
// Progress is kept per (consumer, aggregate) in outbox_streams: a dispatcher locks that row with
// FOR UPDATE SKIP LOCKED, applies the aggregate's waiting events (up to eventsPerAggregate) and moves the
// row on, all in one transaction, each event's apply() under a savepoint of its own. So each aggregate's
// events reach a consumer in id order and at least once, instances share the work without waiting for each
// other, and a crash anywhere repeats at most the batch under way. A refused event's writes are rolled
// back, those before it are kept, and its aggregate waits (backoff, doubling up to maxRetryDelay); other
// aggregates go on. A backlog costs two round trips per aggregate and consumer, not several per event.
//
// Events are taken only up to the outbox horizon (OutboxHorizon): every id below it is committed or rolled
// back, so following an aggregate by id never passes an event whose transaction is still open, even when
// its writers do not serialise on the aggregate (stock of one SKU in two warehouses).
//
// Retention: outbox rows older than retention that every consumer has passed are deleted, a batch at a
// time, by whichever instance gets there.
class OutboxDispatcher {
public:
    struct Options {
        std::chrono::milliseconds pollInterval{2000};      // while the NOTIFY listener is up
        std::chrono::milliseconds fallbackInterval{500};   // while it is down
        std::chrono::milliseconds firstRetryDelay{1000};
        std::chrono::milliseconds maxRetryDelay{5 * 60 * 1000};
        // How long a consumer's progress row for an aggregate it has finished stays before it is deleted
        // (the floor carries it): spares busy aggregates re-creating it.
        std::chrono::seconds settleTime{10 * 60};
        std::chrono::hours retention{24 * 7};
        int batchAggregates = 50; // aggregates looked at per consumer and round
        int eventsPerAggregate = 100; // in one transaction, before the next aggregate gets its turn
    };

    OutboxDispatcher(QByteArray conninfo, Options options);
    ~OutboxDispatcher(); // stops
    OutboxDispatcher(const OutboxDispatcher &) = delete;
    OutboxDispatcher &operator=(const OutboxDispatcher &) = delete;

    // Before start(); the dispatcher does not own them, they must outlive it.
    void addConsumer(OutboxConsumer *consumer);
    void start();
    // Finishes the event under way (its transaction commits or rolls back), then returns.
    void stop();
    // Makes the thread look at the outbox now.
    void wake() { m_loop.wake(); }

    // Prometheus lines: events processed and refused per consumer, pending events and the oldest one's age.
    void writeMetrics(QByteArray &out) const;

private:
    struct ConsumerState {
        OutboxConsumer *consumer = nullptr;
        QByteArray name;
        std::atomic<quint64> processed{0};
        std::atomic<quint64> refused{0};
        std::atomic<qint64> pending{0};
        std::atomic<qint64> oldestPendingSeconds{0};
        std::chrono::steady_clock::time_point nextPendingCount; // dispatcher thread only
    };

    void run();
    // One round for one consumer; returns how many events it processed.
    int dispatch(PgConnection &connection, ConsumerState &state, qint64 horizon);
    // Processes the aggregate's due events; returns how many (events of types the consumer does not want
    // included: they move its position on as well).
    int drainAggregate(PgConnection &connection, ConsumerState &state, const QByteArray &aggregateType,
                       const QByteArray &aggregateId, qint64 horizon);
    void refuse(PgConnection &connection, ConsumerState &state, const QByteArray &aggregateType,
                const QByteArray &aggregateId, const QString &error);
    void housekeeping(PgConnection &connection, qint64 horizon);

    Options m_options;
    std::vector<std::unique_ptr<ConsumerState>> m_consumers;
    NotifiedLoop m_loop;
    OutboxHorizon m_horizon;
    // Milliseconds until the earliest refused event may be retried, as of the last round; -1: none.
    qint64 m_nextRetryMs = -1;
};

} // namespace Backroom::Server
