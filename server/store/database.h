// SPDX-License-Identifier: MIT
#pragma once

#include "server/store/pgconnection.h"

#include <atomic>
#include <memory>
#include <vector>
#include <mutex>

namespace Backroom::Server {

// The server's database: one blocking connection per thread that asks for one (the I/O threads and any
// worker), created on first use and reconnected after the database restarts. Connections stay few: one
// per thread, and threads are one per core.
class Database {
public:
    explicit Database(QByteArray conninfo);
    ~Database();

    // Marks this thread's connection busy while the lease lives; for the pool gauges.
    class Lease {
    public:
        Lease(PgConnection &connection, std::atomic<int> &busy) : m_connection(connection), m_busy(busy) { ++m_busy; }
        ~Lease() { --m_busy; }
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        PgConnection *operator->() const { return &m_connection; }
        PgConnection &operator*() const { return m_connection; }

    private:
        PgConnection &m_connection;
        std::atomic<int> &m_busy;
    };

    // This thread's connection. Call only from the thread that will use it.
    Lease acquire();

    const QByteArray &conninfo() const { return m_conninfo; }
    int openConnections() const;
    int busyConnections() const { return m_busy.load(); }
    int threadConnections() const;

private:
    QByteArray m_conninfo;
    quint64 m_id;
    std::atomic<int> m_busy{0};
    mutable std::mutex m_mutex;
    // Owned here, not by the threads: a QThread counts as finished before its thread_local destructors
    // run, so a thread-owned connection could outlive the Database. Destroy the Database only after every
    // thread that used it has stopped using it.
    std::vector<std::unique_ptr<PgConnection>> m_all;
    std::shared_ptr<std::atomic<qint64>> m_lastConnectedMs = std::make_shared<std::atomic<qint64>>(0);
};

} // namespace Backroom::Server
