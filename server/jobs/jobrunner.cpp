// SPDX-License-Identifier: MIT
#include "server/jobs/jobrunner.h"

#include "server/http/httpresponse.h"
#include "server/log.h"
#include "server/store/database.h"

#include <QJsonDocument>

#include <libpq-fe.h>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

namespace {
constexpr const char *jobColumns =
    "id, kind, status, dry_run, created_by, done, total, result, error, "
    "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
    "to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
    "to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

const QString interrupted =
    QStringLiteral("The server running this job stopped before it finished, so nothing was changed; start the job "
                   "again.");

StoredJob jobFrom(const PgResult &rows, int row)
{
    StoredJob j;
    j.id = rows.toInt64(row, 0);
    j.kind = rows.text(row, 1);
    j.status = rows.text(row, 2);
    j.dryRun = rows.value(row, 3) == "t";
    if (!rows.isNull(row, 4))
        j.createdBy = rows.toInt64(row, 4);
    j.done = rows.toInt64(row, 5);
    j.total = rows.toInt64(row, 6);
    if (!rows.isNull(row, 7))
        j.result = QJsonDocument::fromJson(rows.value(row, 7).toByteArray()).object();
    if (!rows.isNull(row, 8))
        j.error = QJsonDocument::fromJson(rows.value(row, 8).toByteArray()).object();
    j.createdAt = rows.text(row, 9);
    j.updatedAt = rows.text(row, 10);
    j.finishedAt = rows.text(row, 11);
    return j;
}

// The error as the problem+json object an HTTP answer would carry, naming the request that started the job.
QByteArray problemJson(const Error &error, const QByteArray &requestId)
{
    QJsonObject problem = QJsonDocument::fromJson(HttpResponse::fromError(error).body).object();
    if (!requestId.isEmpty())
        problem.insert(QStringLiteral("request_id"), QString::fromLatin1(requestId));
    return QJsonDocument(problem).toJson(QJsonDocument::Compact);
}
} // namespace

QJsonObject StoredJob::toJson() const
{
    return {{QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("status"), status},
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("progress"), QJsonObject{{QStringLiteral("done"), done}, {QStringLiteral("total"), total}}},
            {QStringLiteral("result"), result ? QJsonValue(*result) : QJsonValue()},
            {QStringLiteral("error"), error ? QJsonValue(*error) : QJsonValue()},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("updated_at"), updatedAt},
            {QStringLiteral("finished_at"), finishedAt.isEmpty() ? QJsonValue() : QJsonValue(finishedAt)}};
}

class JobRunner::Context : public JobContext {
public:
    Context(JobRunner &runner, qint64 id, const AuditActor &actor) : m_runner(runner), m_id(id), m_actor(actor) {}
    qint64 jobId() const override { return m_id; }
    const AuditActor &actor() const override { return m_actor; }
    void progress(qint64 done, qint64 total) override
    {
        m_runner.sideExec("UPDATE jobs SET done = $2, total = $3, heartbeat_at = now() WHERE id = $1",
                          {QByteArray::number(m_id), QByteArray::number(done), QByteArray::number(total)},
                          "job.progress_failed");
    }
    bool cancelled() const override { return m_runner.m_cancelled.load(); }

private:
    JobRunner &m_runner;
    qint64 m_id;
    const AuditActor &m_actor;
};

JobRunner::JobRunner(Database &database, Options options)
    : m_database(database)
    , m_options(options)
    , m_side(std::make_unique<PgConnection>(database.conninfo()))
{
}

JobRunner::~JobRunner()
{
    stop();
}

Domain::Status JobRunner::start()
{
    auto failed = failAbandoned();
    if (!failed)
        return fail(failed.error());
    if (*failed > 0)
        Log::warning("job.abandoned_failed", {{"jobs", QString::number(*failed)}});
    for (int i = 0; i < std::max(1, m_options.threads); ++i)
        m_threads.emplace_back([this] { runThread(); });
    m_heartbeat = std::thread([this] { heartbeatThread(); });
    return {};
}

void JobRunner::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_stopping = true;
        m_cancelled = true;
        char message[256];
        for (PGcancel *cancel : std::as_const(m_cancels))
            PQcancel(cancel, message, sizeof message);
    }
    m_wake.notify_all();
    for (std::thread &t : m_threads)
        t.join();
    m_threads.clear();
    if (m_heartbeat.joinable())
        m_heartbeat.join();
    for (const Queued &left : m_queue)
        finish(left.id, {{}, Error::unavailable(interrupted)});
    m_queue.clear();
    const std::lock_guard lock(m_sideMutex);
    m_side->disconnect(); // the database may be dropped or stopped next
}

Domain::Result<StoredJob> JobRunner::submit(const NewJob &job, JobWork work)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping)
            return fail(Error::unavailable(QStringLiteral("The server is stopping and takes no new jobs; try again in a "
                                                          "moment.")));
    }
    auto db = m_database.acquire();
    auto rows = db->exec(QByteArray("INSERT INTO jobs (kind, dry_run, created_by, request_id, params, total) "
                                    "VALUES ($1, $2, $3, $4, $5::jsonb, $6) RETURNING ")
                             + jobColumns,
                         {job.kind.toUtf8(), job.dryRun ? "true" : "false",
                          job.actor.userId ? std::optional(QByteArray::number(*job.actor.userId)) : std::nullopt,
                          job.actor.requestId, QJsonDocument(job.params).toJson(QJsonDocument::Compact),
                          QByteArray::number(job.total)});
    if (!rows)
        return fail(rows.error().error);
    StoredJob stored = jobFrom(*rows, 0);
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back({stored.id, job.actor, std::move(work)});
        m_held.append(stored.id);
    }
    m_wake.notify_all(); // the heartbeat thread waits on it too
    Log::info("job.queued", {{"request_id", QString::fromLatin1(job.actor.requestId)},
                             {"job", QString::number(stored.id)},
                             {"kind", job.kind}});
    return stored;
}

Domain::Result<StoredJob> JobRunner::find(qint64 id) const
{
    auto db = m_database.acquire();
    auto rows = db->exec(QByteArray("SELECT ") + jobColumns + " FROM jobs WHERE id = $1", {QByteArray::number(id)});
    if (!rows)
        return fail(rows.error().error);
    if (rows->rows() == 0)
        return fail(Error::notFound(QStringLiteral("There is no such job; a job is visible to whoever started it and "
                                                   "to admins.")));
    return jobFrom(*rows, 0);
}

Domain::Result<int> JobRunner::failAbandoned()
{
    QList<qint64> held;
    {
        const std::lock_guard lock(m_mutex);
        held = m_held;
    }
    const std::lock_guard lock(m_sideMutex);
    auto rows = m_side->exec("UPDATE jobs SET status = 'failed', finished_at = now(), error = $1::jsonb "
                             "WHERE status IN ('queued', 'running') AND heartbeat_at < now() - $2::bigint * interval '1 millisecond' "
                             "AND NOT (id = ANY ($3::bigint[])) RETURNING id",
                             {problemJson(Error::unavailable(interrupted), {}),
                              QByteArray::number(qint64(m_options.staleAfter.count())), int64ArrayParam(held)});
    if (!rows)
        return fail(rows.error().error);
    return rows->rows();
}

std::optional<PgResult> JobRunner::sideExec(const QByteArray &sql, const PgParams &params, const char *what)
{
    const std::lock_guard lock(m_sideMutex);
    auto rows = m_side->exec(sql, params);
    if (!rows) {
        Log::warning(what, {{"error", rows.error().error.message}});
        return std::nullopt;
    }
    return *rows;
}

void JobRunner::runThread()
{
    for (;;) {
        Queued job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                return;
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        const qint64 id = job.id;
        run(std::move(job));
        const std::lock_guard lock(m_mutex);
        m_held.removeAll(id);
    }
}

void JobRunner::run(Queued job)
{
    const QString requestId = QString::fromLatin1(job.actor.requestId);
    auto started = sideExec("UPDATE jobs SET status = 'running', heartbeat_at = now() WHERE id = $1 AND status = 'queued'",
                            {QByteArray::number(job.id)}, "job.start_failed");
    if (!started || started->affected() == 0)
        return; // failed meanwhile (taken for abandoned), or the database is gone: nothing ran
    Log::info("job.started", {{"request_id", requestId}, {"job", QString::number(job.id)}});

    auto db = m_database.acquire();
    if (auto connected = db->ensureConnected(); !connected) {
        finish(job.id, {{}, connected.error().error});
        return;
    }
    {
        const std::lock_guard lock(m_mutex);
        m_cancels.insert(job.id, PQgetCancel(db->handle()));
    }
    Context context(*this, job.id, job.actor);
    JobOutcome outcome;
    try {
        outcome = job.work(context);
    } catch (const std::exception &e) {
        Log::error("job.crashed", {{"request_id", requestId}, {"job", QString::number(job.id)},
                                   {"error", QString::fromUtf8(e.what())}});
        outcome = {{}, Error::internal(QStringLiteral("The job failed unexpectedly and changed nothing; start it again, "
                                                      "and tell the operator if it fails again."))};
    }
    {
        const std::lock_guard lock(m_mutex);
        PQfreeCancel(m_cancels.take(job.id));
    }
    if (m_cancelled && outcome.error)
        outcome.error = Error::unavailable(interrupted); // whatever the cancelled query said, this is what happened
    finish(job.id, outcome);
    Log::info("job.finished", {{"request_id", requestId}, {"job", QString::number(job.id)},
                               {"status", outcome.error ? QStringLiteral("failed") : QStringLiteral("succeeded")}});
}

void JobRunner::finish(qint64 id, const JobOutcome &outcome)
{
    auto requestId = sideExec("SELECT request_id FROM jobs WHERE id = $1", {QByteArray::number(id)}, "job.finish_failed");
    const QByteArray request = requestId && requestId->rows() ? requestId->value(0, 0).toByteArray() : QByteArray();
    sideExec("UPDATE jobs SET status = $2, result = $3::jsonb, error = $4::jsonb, finished_at = now() "
             "WHERE id = $1 AND status IN ('queued', 'running')",
             {QByteArray::number(id), outcome.error ? "failed" : "succeeded",
              outcome.result.isEmpty() ? std::nullopt
                                       : std::optional(QJsonDocument(outcome.result).toJson(QJsonDocument::Compact)),
              outcome.error ? std::optional(problemJson(*outcome.error, request)) : std::nullopt},
             "job.finish_failed");
}

void JobRunner::heartbeatThread()
{
    for (;;) {
        QList<qint64> held;
        {
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, m_options.heartbeatInterval, [this] { return m_stopping; }))
                return;
            held = m_held;
        }
        if (!held.isEmpty())
            sideExec("UPDATE jobs SET heartbeat_at = now() WHERE id = ANY ($1::bigint[]) AND status IN ('queued', 'running')",
                     {int64ArrayParam(held)}, "job.heartbeat_failed");
        if (auto failed = failAbandoned(); !failed)
            Log::warning("job.sweep_failed", {{"error", failed.error().message}});
        else if (*failed > 0)
            Log::warning("job.abandoned_failed", {{"jobs", QString::number(*failed)}});
    }
}

} // namespace Backroom::Server
