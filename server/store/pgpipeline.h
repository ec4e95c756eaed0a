// SPDX-License-Identifier: MIT
#pragma once

#include "server/store/pgconnection.h"

#include <QObject>
#include <deque>
#include <functional>

class QSocketNotifier;

namespace Backroom::Server {

// One libpq connection in pipeline mode, owned by one thread that runs a Qt event loop (an I/O thread):
// statements are sent without waiting and their results come back through callbacks on that thread, in the
// order sent (but for a statement sent again, below, which answers later). While PostgreSQL works the thread
// keeps serving other requests, so one I/O thread has many reads in flight on one connection, where a
// blocking PgConnection has one and sleeps meanwhile.
//
// For single reads outside any transaction. The statements sent during one turn of the thread's event
// loop (EpollEventDispatcher::runBeforeWaiting, or a queued call on other dispatchers) share a sync point,
// so they go out in one write and PostgreSQL answers them in one (a sync point per statement cost a system
// call and a wake-up of the backend for each, on both sides). While one such group is with PostgreSQL the
// next waits and grows, and goes out when the answers come back: under load the groups stay large, where
// sending each turn's few statements at once let the thread and the backend settle into waking each other
// for one or two statements at a time (measured: half the reads per second, in some runs and not others).
// An idle connection sends at once. Statements that share
// a sync point share an implicit transaction: when one fails, the others are not run, and are sent again,
// once, each then with a sync point of its own, so a failure still stays the failing statement's alone.
// Each distinct SQL text is prepared once per connection, on a sync point of its own. A connection that
// breaks fails every statement under way (Unavailable) and is made again on the next exec, at most every
// reconnectIntervalMs. Not thread-safe: use it only on its thread (forThisThread).
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
    // Statements sent and not answered yet (with their preparations and sync points).
    int pending() const { return int(m_pending.size()); }
    // Sync points sent so far: groups of statements, and each preparation's own.
    quint64 syncPoints() const { return m_syncPoints; }

    static constexpr int reconnectIntervalMs = PgConnection::reconnectIntervalMs;

private:
    struct Pending {
        enum class Kind { Statement, Preparation, Sync } kind = Kind::Statement;
        Done done;
        QByteArray sql; // a statement's, for sending it again; a preparation's, to forget it if it fails
        PgParams params;
        bool alone = false; // sent again after its group failed: on a sync point of its own
        std::optional<PgExpected<PgResult>> result;
        bool aborted = false; // not run: another statement of its group failed
    };
    void send(Pending pending); // a statement, and its preparation when the connection has not had it
    // Ends the group of statements sent since the last sync point and sends it; a group that may wait
    // (Group::MayWait) waits while another is with PostgreSQL.
    enum class Group { Now, MayWait };
    void sync(Group group = Group::Now);
    void syncPointSent(); // after PQpipelineSync: its answer is awaited
    void scheduleSync();
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
    int m_unsynced = 0; // statements sent after the last sync point
    int m_syncsInFlight = 0; // sync points sent and not answered
    quint64 m_syncPoints = 0;
    bool m_syncScheduled = false;
    bool m_groupWaiting = false; // a group waits for the answers to the one in flight
    qint64 m_failedAtMs = 0;
};

} // namespace Backroom::Server
