// SPDX-License-Identifier: MIT
#include "server/store/database.h"

#include <QHash>
#include <memory>
#include <mutex>

namespace Backroom::Server {

namespace {
std::atomic<quint64> g_nextDatabaseId{1};

// Keyed by a database id that is never reused, so a stale entry can never be mistaken for a live one.
thread_local QHash<quint64, PgConnection *> t_connections;
} // namespace

Database::Database(QByteArray conninfo)
    : m_conninfo(std::move(conninfo))
    , m_id(g_nextDatabaseId++)
{
}

Database::~Database() = default;

Database::Lease Database::acquire()
{
    PgConnection *&connection = t_connections[m_id];
    if (!connection) {
        auto owned = std::make_unique<PgConnection>(m_conninfo, m_lastConnectedMs);
        connection = owned.get();
        const std::lock_guard lock(m_mutex);
        m_all.push_back(std::move(owned));
    }
    return Lease(*connection, m_busy);
}

int Database::openConnections() const
{
    const std::lock_guard lock(m_mutex);
    return int(std::count_if(m_all.cbegin(), m_all.cend(), [](const auto &c) { return c->isConnected(); }));
}

int Database::threadConnections() const
{
    const std::lock_guard lock(m_mutex);
    return int(m_all.size());
}

} // namespace Backroom::Server
