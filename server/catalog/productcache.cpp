// SPDX-License-Identifier: MIT
#include "server/catalog/productcache.h"

namespace Backroom::Server {

std::shared_ptr<const ProductCache::Entry> ProductCache::find(qint64 id, qint64 nowMs)
{
    if (!isEnabled())
        return nullptr;
    {
        const std::lock_guard lock(m_mutex);
        auto it = m_entries.find(id);
        if (it != m_entries.end()) {
            if (it->entry->expiresAtMs > nowMs) {
                m_recent.splice(m_recent.begin(), m_recent, it->use);
                ++m_hits;
                return it->entry;
            }
            m_recent.erase(it->use);
            m_entries.erase(it);
        }
    }
    ++m_misses;
    return nullptr;
}

quint64 ProductCache::generation() const
{
    const std::lock_guard lock(m_mutex);
    return m_generation;
}

void ProductCache::insert(qint64 id, Entry entry, quint64 generation)
{
    if (!isEnabled())
        return;
    auto shared = std::make_shared<const Entry>(std::move(entry));
    const std::lock_guard lock(m_mutex);
    if (generation != m_generation)
        return;
    if (auto it = m_entries.find(id); it != m_entries.end()) {
        it->entry = std::move(shared);
        m_recent.splice(m_recent.begin(), m_recent, it->use);
        return;
    }
    while (m_entries.size() >= m_capacity && !m_recent.empty()) {
        m_entries.remove(m_recent.back());
        m_recent.pop_back();
        ++m_evicted;
    }
    m_recent.push_front(id);
    m_entries.insert(id, Node{std::move(shared), m_recent.begin()});
}

void ProductCache::invalidate(qint64 id)
{
    const std::lock_guard lock(m_mutex);
    ++m_generation;
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    m_recent.erase(it->use);
    m_entries.erase(it);
    ++m_invalidated;
}

void ProductCache::clear()
{
    const std::lock_guard lock(m_mutex);
    clearLocked();
}

void ProductCache::clearLocked()
{
    ++m_generation;
    m_entries.clear();
    m_recent.clear();
    ++m_flushes;
}

void ProductCache::handleNotification(QByteArrayView payload)
{
    ++m_notifications;
    if (!payload.startsWith('p')) {
        clear();
        return;
    }
    QList<qint64> ids;
    for (const QByteArray &part : payload.sliced(1).toByteArray().split(',')) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (!ok) { // not what the triggers send: safe rather than sorry
            clear();
            return;
        }
        ids.append(id);
    }
    for (qint64 id : std::as_const(ids))
        invalidate(id);
}

void ProductCache::setListening(bool listening)
{
    const std::lock_guard lock(m_mutex);
    // Emptied both ways: going deaf, what is cached can no longer be trusted; hearing again, changes
    // made meanwhile were not heard.
    clearLocked();
    m_listening = listening;
}

int ProductCache::size() const
{
    const std::lock_guard lock(m_mutex);
    return int(m_entries.size());
}

void ProductCache::writeMetrics(QByteArray &out) const
{
    const auto counter = [&out](const char *name, const char *help, quint64 value) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " counter\n" + name + ' '
            + QByteArray::number(value) + '\n';
    };
    const auto gauge = [&out](const char *name, const char *help, qint64 value) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " gauge\n" + name + ' '
            + QByteArray::number(value) + '\n';
    };
    counter("backroom_product_cache_hits_total", "Product reads answered from memory.", m_hits.load());
    counter("backroom_product_cache_misses_total", "Product reads that went to the database.", m_misses.load());
    counter("backroom_product_cache_invalidations_total", "Cached products dropped because they changed.",
            m_invalidated.load());
    counter("backroom_product_cache_flushes_total",
            "Times the whole cache was emptied (promotion or category changes, bulk changes, listener reconnects).",
            m_flushes.load());
    counter("backroom_product_cache_notifications_total", "Change notifications received.", m_notifications.load());
    counter("backroom_product_cache_evictions_total", "Cached products dropped for room.", m_evicted.load());
    gauge("backroom_product_cache_entries", "Products cached now.", size());
    gauge("backroom_product_cache_capacity", "Products the cache holds at most (0: off).", m_capacity);
    gauge("backroom_product_cache_listening", "1 while the change listener is connected (the cache is on).",
          m_listening.load() ? 1 : 0);
}

} // namespace Backroom::Server
