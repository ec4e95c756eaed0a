// SPDX-License-Identifier: MIT
#pragma once

#include "server/store/pgconnection.h"

#include <QObject>
#include <deque>
#include <functional>

class QSocketNotifier;

namespace Backroom::Server {

// One libpq connection in pipeline mode, owned by one thread that runs a Qt event loop (an I/O thread):
// statements are sent without waiting and their results come back, in the order sent, through callbacks on
// that thread. While PostgreSQL works the thread keeps serving other requests, so one I/O thread has many
// reads in flight on one connection, where a blocking PgConnection has one and sleeps meanwhile.
//
// For single reads outside any transaction (each statement is its own implicit transaction). Each
// distinct SQL text is prepared once per connection. A connection that breaks fails every statement
// under way (Unavailable) and is made again on the next exec, at most every reconnectIntervalMs.
// Not thread-safe: use it only on its thread (forThisThread).
class PgPipeline : public QObject {
public:
    using Done = std::function<void(PgExpected<PgResult>)>;

    explicit PgPipeline(QByteArray conninfo);
    ~PgPipeline() override; // statements under way are dropped without their callbacks

    // One of this thread's pipelines to the database of conninfo (the one with the fewest statements under
    // way), made on first use; they live as long as the thread.
    static PgPipeline &forThisThread(const QByteArray &conninfo);
    // Measured on 2 cores: one per thread is as fast as two or four, and with more than one some reads
    // waited hundreds of milliseconds (p99 0.3-0.6 s against 4 ms; not explained yet), so one it is.
    static constexpr int perThread = 1;

    // Sends sql with params; done runs later on this thread (or at once, when the connection cannot be made).
    void exec(const QByteArray &sql, const PgParams &params, Done done);
    // Statements sent and not answered yet.
    int pending() const { return int(m_pending.size()); }

    static constexpr int reconnectIntervalMs = PgConnection::reconnectIntervalMs;

private:
    struct Pending {
        Done done; // empty for a statement's preparation
        QByteArray preparing; // for a preparation: its SQL text, forgotten again if it fails
        std::optional<PgExpected<PgResult>> result;
        bool ended = false; // the NULL after the statement's result arrived; its sync point comes next
    };
    PgExpected<void> ensureConnected();
    void readResults(); // the socket is readable
    void takeResults(); // hands over the answers libpq has read, in order
    void flush();
    void fail(const PgError &error);
    void disconnect();
    PgError resultError(PGresult *raw) const;

    QByteArray m_conninfo;
    PGconn *m_conn = nullptr;
    QSocketNotifier *m_readable = nullptr;
    QSocketNotifier *m_writable = nullptr;
    QHash<QByteArray, QByteArray> m_prepared; // SQL text -> statement name
    quint64 m_statements = 0; // names statements uniquely on one connection
    std::deque<Pending> m_pending;
    qint64 m_failedAtMs = 0;
};

} // namespace Backroom::Server
