// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/httpresponse.h"

#include <QHash>
#include <atomic>
#include <list>
#include <memory>
#include <mutex>

namespace Backroom::Server {

// The answers of GET /api/v1/products/{id} for the most recently read products (least recently used
// leave first), so a hit costs no database round trip. Thread-safe: every I/O thread reads it, the
// change listener's thread invalidates it.
//
// Correctness first:
// - Invalidation comes from database triggers (migration 0005) through LISTEN/NOTIFY on
//   `backroom_catalog` (ChangeListener): product ids, or '*' for everything. Every writer is covered,
//   other server instances and plain SQL included.
// - While the listener is not connected, notifications are lost: the cache is off (no hits, nothing
//   stored) and is emptied when listening starts again.
// - A read races with invalidations: take generation() before reading the database and pass it to
//   insert(), which drops the entry if anything was invalidated meanwhile.
// - Effective prices change at promotion boundaries: an entry expires at the next start or end of a
//   promotion that targets the product (Domain::nextPromotionChange).
class ProductCache {
public:
    struct Entry {
        HttpResponse response; // 200 with body, Content-Type and ETag; the route adds Cache-Control
        bool live = false;     // active: the storefront may see it
        qint64 expiresAtMs = std::numeric_limits<qint64>::max(); // ms since the epoch, UTC
    };

    // capacity 0: never stores anything.
    explicit ProductCache(int capacity)
        : m_capacity(capacity)
    {}

    // The entry for id unless it is missing, expired or the cache is off; counts a hit or a miss.
    std::shared_ptr<const Entry> find(qint64 id, qint64 nowMs);
    quint64 generation() const;
    // Stores entry unless something was invalidated since generation (see above) or the cache is off.
    void insert(qint64 id, Entry entry, quint64 generation);

    void invalidate(qint64 id);
    void clear();
    // A backroom_catalog payload: "p1,2,3" drops those products, "*" (or anything unknown) everything.
    void handleNotification(QByteArrayView payload);
    // The change listener's state: off while it cannot hear changes, emptied when it can again.
    void setListening(bool listening);
    bool isEnabled() const { return m_capacity > 0 && m_listening.load(); }
    int capacity() const { return m_capacity; }
    int size() const;

    // backroom_product_cache_* counters and gauges in the Prometheus text format.
    void writeMetrics(QByteArray &out) const;

private:
    void clearLocked();

    struct Node {
        std::shared_ptr<const Entry> entry;
        std::list<qint64>::iterator use; // in m_recent
    };
    const int m_capacity;
    std::atomic<bool> m_listening{false};
    mutable std::mutex m_mutex;
    QHash<qint64, Node> m_entries;
    std::list<qint64> m_recent; // most recently used first
    quint64 m_generation = 0;
    std::atomic<quint64> m_hits{0};
    std::atomic<quint64> m_misses{0};
    std::atomic<quint64> m_invalidated{0}; // entries dropped because their product changed
    std::atomic<quint64> m_flushes{0};     // the whole cache emptied ('*', reconnect)
    std::atomic<quint64> m_notifications{0};
    std::atomic<quint64> m_evicted{0};     // least recently used, dropped for room
};

} // namespace Backroom::Server
