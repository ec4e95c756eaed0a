// SPDX-License-Identifier: MIT
#include "server/store/pgpipeline.h"

#include "server/log.h"

#include <QDateTime>
#include <QSocketNotifier>
#include <QVarLengthArray>
#include <map>
#include <vector>

#include <poll.h>

namespace Backroom::Server {

PgPipeline::PgPipeline(QByteArray conninfo)
    : m_conninfo(std::move(conninfo))
{
}

PgPipeline::~PgPipeline()
{
    disconnect();
}

PgPipeline &PgPipeline::forThisThread(const QByteArray &conninfo)
{
    // Destroyed when the thread ends, on that thread, as its notifiers require.
    thread_local std::map<QByteArray, std::vector<std::unique_ptr<PgPipeline>>> pipelines;
    auto &mine = pipelines[conninfo];
    if (mine.empty()) {
        for (int i = 0; i < perThread; ++i)
            mine.push_back(std::make_unique<PgPipeline>(conninfo));
    }
    PgPipeline *least = mine.front().get();
    for (const auto &p : mine) {
        if (p->pending() < least->pending())
            least = p.get();
    }
    return *least;
}

void PgPipeline::disconnect()
{
    delete m_readable;
    delete m_writable;
    m_readable = m_writable = nullptr;
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
    m_prepared.clear();
    m_statements = 0;
}

PgExpected<void> PgPipeline::ensureConnected()
{
    if (m_conn && m_pending.empty()) {
        // A server that restarted closed the socket while we were idle: notice it before sending, so the
        // statement goes to a new connection instead of failing. An idle connection in pipeline mode is
        // sent nothing unasked but its end (a FATAL message, then the end of the stream, perhaps not yet
        // both), so anything to read means it is going.
        pollfd p{PQsocket(m_conn), POLLIN, 0};
        if (::poll(&p, 1, 0) > 0)
            disconnect();
    }
    if (m_conn)
        return {};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_failedAtMs && now - m_failedAtMs < reconnectIntervalMs)
        return std::unexpected(mapPgError({}, QStringLiteral("reconnect back-off"), true));
    const char *keywords[] = {"connect_timeout", "application_name", "dbname", nullptr};
    const char *values[] = {"5", "backroom-server", m_conninfo.constData(), nullptr};
    m_conn = PQconnectdbParams(keywords, values, 1);
    if (PQstatus(m_conn) != CONNECTION_OK || PQsetnonblocking(m_conn, 1) != 0 || PQenterPipelineMode(m_conn) != 1) {
        PgError e = mapPgError({}, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(), true);
        disconnect();
        m_failedAtMs = now;
        return std::unexpected(e);
    }
    m_failedAtMs = 0;
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *message) {
            Log::write(Log::Level::Debug, "database.notice", {{"message", QString::fromUtf8(message).trimmed()}});
        },
        nullptr);
    m_readable = new QSocketNotifier(PQsocket(m_conn), QSocketNotifier::Read);
    connect(m_readable, &QSocketNotifier::activated, this, [this] { readResults(); });
    m_writable = new QSocketNotifier(PQsocket(m_conn), QSocketNotifier::Write);
    m_writable->setEnabled(false);
    connect(m_writable, &QSocketNotifier::activated, this, [this] { flush(); });
    return {};
}

void PgPipeline::exec(const QByteArray &sql, const PgParams &params, Done done)
{
    if (auto ok = ensureConnected(); !ok) {
        done(std::unexpected(ok.error()));
        return;
    }
    // Each statement is followed by its own sync point: it is its own transaction, and one that fails does
    // not abort the ones after it.
    auto it = m_prepared.constFind(sql);
    if (it == m_prepared.constEnd()) {
        const QByteArray name = "p" + QByteArray::number(m_statements++);
        if (!PQsendPrepare(m_conn, name.constData(), sql.constData(), int(params.size()), nullptr)
            || !PQpipelineSync(m_conn)) {
            const PgError e = mapPgError({}, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(), true);
            fail(e);
            done(std::unexpected(e));
            return;
        }
        m_pending.push_back({{}, sql, std::nullopt, false});
        it = m_prepared.insert(sql, name);
    }
    const PgParamArrays arrays(params);
    if (!PQsendQueryPrepared(m_conn, it->constData(), int(params.size()), arrays.values.constData(), arrays.lengths.constData(),
                             nullptr, 0)
        || !PQpipelineSync(m_conn)) {
        const PgError e = mapPgError({}, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(), true);
        fail(e);
        done(std::unexpected(e));
        return;
    }
    m_pending.push_back({std::move(done), {}, std::nullopt, false});
    flush();
}

void PgPipeline::flush()
{
    if (!m_conn)
        return;
    const int left = PQflush(m_conn);
    if (left < 0) {
        fail(mapPgError({}, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(), true));
        return;
    }
    m_writable->setEnabled(left == 1);
    if (left == 1)
        readResults(); // the server may be waiting for us to read before it reads more
    else
        takeResults(); // sending may have read answers (libpq reads when the socket is full): no notifier tells
}

PgError PgPipeline::resultError(PGresult *raw) const
{
    const char *state = PQresultErrorField(raw, PG_DIAG_SQLSTATE);
    return mapPgError(state ? QByteArray(state) : QByteArray(), QString::fromUtf8(PQresultErrorMessage(raw)).trimmed(),
                      PQstatus(m_conn) != CONNECTION_OK);
}

void PgPipeline::readResults()
{
    if (!m_conn)
        return;
    if (!PQconsumeInput(m_conn) || PQstatus(m_conn) != CONNECTION_OK) {
        fail(mapPgError({}, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(), true));
        return;
    }
    takeResults();
}

void PgPipeline::takeResults()
{
    // Per statement libpq hands over its result, then NULL, then the sync point's PGRES_PIPELINE_SYNC.
    while (m_conn && !m_pending.empty() && !PQisBusy(m_conn)) {
        PGresult *raw = PQgetResult(m_conn);
        Pending &front = m_pending.front();
        if (!raw) {
            if (!front.result)
                break; // nothing more has arrived yet
            front.ended = true;
            continue;
        }
        const ExecStatusType status = PQresultStatus(raw);
        if (status == PGRES_PIPELINE_SYNC) {
            PQclear(raw);
            Pending done = std::move(front);
            m_pending.pop_front();
            if (done.done) {
                done.done(done.result ? std::move(*done.result)
                                      : PgExpected<PgResult>(std::unexpected(mapPgError({}, {}, true))));
            }
            continue;
        }
        if (front.ended || front.result) { // not what a single statement answers: keep the first
            PQclear(raw);
            continue;
        }
        if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
            front.result = PgExpected<PgResult>(PgResult(raw));
        } else if (status == PGRES_PIPELINE_ABORTED) {
            PQclear(raw);
            front.result = PgExpected<PgResult>(std::unexpected(
                mapPgError({}, QStringLiteral("the statement was not run: an earlier one in its pipeline failed"), false)));
        } else {
            front.result = PgExpected<PgResult>(std::unexpected(resultError(raw)));
            PQclear(raw);
            if (!front.done) // a failed preparation: prepare again next time
                m_prepared.remove(front.preparing);
        }
    }
}

void PgPipeline::fail(const PgError &error)
{
    std::deque<Pending> failed;
    failed.swap(m_pending);
    disconnect();
    m_failedAtMs = 0; // the next statement tries at once: the server may just have restarted
    for (Pending &p : failed) {
        if (p.done)
            p.done(std::unexpected(error));
    }
}

} // namespace Backroom::Server
