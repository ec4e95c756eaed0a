// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "server/audit/auditlog.h"
#include "server/store/pgconnection.h"

#include <QHash>
#include <QJsonObject>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

typedef struct pg_cancel PGcancel;

namespace Backroom::Server {

class Database;

// A job as GET /api/v1/jobs/{id} shows it.
struct StoredJob {
    qint64 id = 0;
    QString kind;   // "product_bulk", "product_import"
    QString status; // "queued", "running", "succeeded", "failed"
    bool dryRun = false;
    std::optional<qint64> createdBy;
    qint64 done = 0;
    qint64 total = 0;
    std::optional<QJsonObject> result;
    std::optional<QJsonObject> error; // a problem+json object
    QString createdAt;
    QString updatedAt;
    QString finishedAt; // empty until it finished

    QJsonObject toJson() const;
};

// What a running job sees: who asked, and the two ways it talks back while its transaction is open.
class JobContext {
public:
    virtual ~JobContext() = default;
    virtual qint64 jobId() const = 0;
    virtual const AuditActor &actor() const = 0;
    // Publishes progress at once through the runner's own connection, outside the job's transaction, so
    // other sessions and server instances see it. Call every few hundred items and at the end.
    virtual void progress(qint64 done, qint64 total) = 0;
    // True once the server is stopping: return a failure (the transaction rolls back).
    virtual bool cancelled() const = 0;
};

// How a job ended: its result (also kept when it failed, e.g. the rows an import refused) and, for a
// failure, the error a person reads (what went wrong, and what to do).
struct JobOutcome {
    QJsonObject result;
    std::optional<Domain::Error> error;
};

using JobWork = std::function<JobOutcome(JobContext &)>;

// Runs jobs on threads of its own (not the request workers), each thread with its own database connection
// for the job's one transaction. Progress, heartbeats and the final state go through a separate connection.
//
// Jobs whose server died (queued or running, heartbeat older than staleAfter) are failed on start and
// every heartbeat interval, by whichever instance notices first. stop() cancels the running job (its
// transaction rolls back) and fails it and every queued one the same way: nothing was changed, start again.
class JobRunner {
public:
    struct Options {
        int threads = 1;
        std::chrono::milliseconds heartbeatInterval{10000};
        std::chrono::milliseconds staleAfter{60000};
    };

    JobRunner(Database &database, Options options);
    ~JobRunner();
    JobRunner(const JobRunner &) = delete;
    JobRunner &operator=(const JobRunner &) = delete;

    // Fails the jobs of dead servers and starts the threads. Unavailable when the database cannot be reached.
    Domain::Status start();
    void stop();

    struct NewJob {
        QString kind;
        bool dryRun = false;
        QJsonObject params; // what was asked, for the record (never the uploaded file itself)
        AuditActor actor;
        qint64 total = 0;   // known up front, else 0 until the job reports it
    };
    // Records the job (queued) on the calling thread's connection and queues work. Call from any thread.
    Domain::Result<StoredJob> submit(const NewJob &job, JobWork work);

    // The job, or NotFound. Reads on the calling thread's connection.
    Domain::Result<StoredJob> find(qint64 id) const;

    // Fails unfinished jobs whose heartbeat is older than staleAfter; returns how many.
    Domain::Result<int> failAbandoned();

private:
    struct Queued {
        qint64 id = 0;
        AuditActor actor;
        JobWork work;
    };
    class Context;

    void runThread();
    void heartbeatThread();
    void run(Queued job);
    // Writes through m_side (serialised by m_sideMutex); failures are logged, never thrown at the job.
    std::optional<PgResult> sideExec(const QByteArray &sql, const PgParams &params, const char *what);
    void finish(qint64 id, const JobOutcome &outcome);

    Database &m_database;
    Options m_options;
    std::unique_ptr<PgConnection> m_side;
    std::mutex m_sideMutex;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Queued> m_queue;
    QList<qint64> m_held;      // queued and running here: their heartbeats are ours to keep
    QHash<qint64, PGcancel *> m_cancels; // of running jobs' connections, to interrupt a query they wait in
    bool m_stopping = false;
    std::atomic<bool> m_cancelled{false};
    std::vector<std::thread> m_threads;
    std::thread m_heartbeat;
};

} // namespace Backroom::Server
