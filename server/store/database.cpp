// SPDX-License-Identifier: MIT
#include "server/store/database.h"

#include <QHash>
#include <memory>
#include <mutex>

namespace Backroom::Server {

namespace {
std::atomic<quint64> g_nextDatabaseId{1};

// Keyed by database id, not pointer, so a new Database at a reused address never gets a stale connection.
thread_local QHash<quint64, std::shared_ptr<PgConnection>> t_connections;
} // namespace

Database::Database(QByteArray conninfo)
    : m_conninfo(std::move(conninfo))
    , m_id(g_nextDatabaseId++)
{
}

Database::~Database()
{
    // Connections of threads that already ended were closed with them; this thread's is closed here.
    t_connections.remove(m_id);
}

Database::Lease Database::acquire()
{
    auto it = t_connections.find(m_id);
    if (it == t_connections.end()) {
        auto connection = std::shared_ptr<PgConnection>(new PgConnection(m_conninfo), [this](PgConnection *c) {
            {
                const std::lock_guard lock(m_mutex);
                m_all.removeOne(c);
            }
            --m_threads;
            delete c;
        });
        {
            const std::lock_guard lock(m_mutex);
            m_all.append(connection.get());
        }
        ++m_threads;
        it = t_connections.insert(m_id, std::move(connection));
    }
    return Lease(**it, m_busy);
}

int Database::openConnections() const
{
    const std::lock_guard lock(m_mutex);
    return int(std::count_if(m_all.cbegin(), m_all.cend(), [](const PgConnection *c) { return c->isConnected(); }));
}

} // namespace Backroom::Server
