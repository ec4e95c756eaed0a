// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <atomic>
#include <limits>
#include <list>
#include <memory>
#include <mutex>

namespace Backroom::Server {

// A bounded, thread-safe cache of values read from the database (the least recently used leave first),
// kept true by change notifications (ChangeListener). Correctness first:
// - While the listener is not connected, notifications are lost: the cache is off (no hits, nothing
//   stored) and it is emptied when listening starts again (setListening).
// - A read races with invalidations: take generation() before reading the database and pass it to
//   insert(), which drops the value if anything was invalidated meanwhile.
// - A value may also end at a known time (expiresAtMs), e.g. when a promotion starts.
template<typename Key, typename Value>
class NotifiedCache {
public:
    static constexpr qint64 never = std::numeric_limits<qint64>::max();

    // capacity 0: never stores anything.
    explicit NotifiedCache(int capacity)
        : m_capacity(capacity)
    {}

    // The value for key unless it is missing, expired or the cache is off; counts a hit or a miss.
    std::shared_ptr<const Value> find(const Key &key, qint64 nowMs)
    {
        if (!isEnabled())
            return nullptr;
        {
            const std::lock_guard lock(m_mutex);
            auto it = m_entries.find(key);
            if (it != m_entries.end()) {
                if (it->expiresAtMs > nowMs) {
                    m_recent.splice(m_recent.begin(), m_recent, it->use);
                    ++m_hits;
                    return it->value;
                }
                m_recent.erase(it->use);
                m_entries.erase(it);
            }
        }
        ++m_misses;
        return nullptr;
    }

    quint64 generation() const
    {
        const std::lock_guard lock(m_mutex);
        return m_generation;
    }

    // Stores value unless something was invalidated since generation (see above) or the cache is off.
    void insert(const Key &key, Value value, qint64 expiresAtMs, quint64 generation)
    {
        if (!isEnabled())
            return;
        auto shared = std::make_shared<const Value>(std::move(value));
        const std::lock_guard lock(m_mutex);
        if (generation != m_generation)
            return;
        if (auto it = m_entries.find(key); it != m_entries.end()) {
            it->value = std::move(shared);
            it->expiresAtMs = expiresAtMs;
            m_recent.splice(m_recent.begin(), m_recent, it->use);
            return;
        }
        while (m_entries.size() >= m_capacity && !m_recent.empty()) {
            m_entries.remove(m_recent.back());
            m_recent.pop_back();
            ++m_evicted;
        }
        m_recent.push_front(key);
        m_entries.insert(key, Node{std::move(shared), expiresAtMs, m_recent.begin()});
    }

    void invalidate(const Key &key)
    {
        const std::lock_guard lock(m_mutex);
        ++m_generation;
        auto it = m_entries.find(key);
        if (it == m_entries.end())
            return;
        m_recent.erase(it->use);
        m_entries.erase(it);
        ++m_invalidated;
    }

    void clear()
    {
        const std::lock_guard lock(m_mutex);
        clearLocked();
    }

    // The change listener's state: off while it cannot hear changes, emptied both ways (going deaf, what
    // is cached can no longer be trusted; hearing again, changes made meanwhile were not heard).
    void setListening(bool listening)
    {
        const std::lock_guard lock(m_mutex);
        clearLocked();
        m_listening = listening;
    }
    void countNotification() { ++m_notifications; }

    bool isEnabled() const { return m_capacity > 0 && m_listening.load(); }
    int capacity() const { return m_capacity; }
    int size() const
    {
        const std::lock_guard lock(m_mutex);
        return int(m_entries.size());
    }

    // <prefix>_hits_total, _misses_total, ... in the Prometheus text format; what names what is cached.
    void writeMetrics(QByteArray &out, const QByteArray &prefix, const QByteArray &what) const
    {
        const auto line = [&](const char *suffix, const char *type, const QByteArray &help, qint64 value) {
            const QByteArray name = prefix + suffix;
            out += "# HELP " + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n' + name + ' '
                + QByteArray::number(value) + '\n';
        };
        line("_hits_total", "counter", "Reads of " + what + " answered from memory.", qint64(m_hits.load()));
        line("_misses_total", "counter", "Reads of " + what + " that went to the database.", qint64(m_misses.load()));
        line("_invalidations_total", "counter", "Cached " + what + " dropped because they changed.",
             qint64(m_invalidated.load()));
        line("_flushes_total", "counter",
             "Times the whole cache of " + what + " was emptied (broad changes, listener reconnects).",
             qint64(m_flushes.load()));
        line("_notifications_total", "counter", "Change notifications received.", qint64(m_notifications.load()));
        line("_evictions_total", "counter", "Cached " + what + " dropped for room.", qint64(m_evicted.load()));
        line("_entries", "gauge", "Cached " + what + " now.", size());
        line("_capacity", "gauge", "Cached " + what + " at most (0: off).", m_capacity);
        line("_listening", "gauge", "1 while the change listener is connected (the cache is on).",
             m_listening.load() ? 1 : 0);
    }

private:
    void clearLocked()
    {
        ++m_generation;
        m_entries.clear();
        m_recent.clear();
        ++m_flushes;
    }

    struct Node {
        std::shared_ptr<const Value> value;
        qint64 expiresAtMs = never;
        typename std::list<Key>::iterator use; // in m_recent
    };
    const int m_capacity;
    std::atomic<bool> m_listening{false};
    mutable std::mutex m_mutex;
    QHash<Key, Node> m_entries;
    std::list<Key> m_recent; // most recently used first
    quint64 m_generation = 0;
    std::atomic<quint64> m_hits{0};
    std::atomic<quint64> m_misses{0};
    std::atomic<quint64> m_invalidated{0};
    std::atomic<quint64> m_flushes{0};
    std::atomic<quint64> m_notifications{0};
    std::atomic<quint64> m_evicted{0};
};

} // namespace Backroom::Server
