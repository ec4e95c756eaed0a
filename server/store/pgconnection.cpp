// SPDX-License-Identifier: MIT
#include "server/store/pgconnection.h"

#include "server/log.h"

#include <QDateTime>
#include <QVarLengthArray>

#include <algorithm>
#include <poll.h>

namespace Backroom::Server {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

PgConnection::PgConnection(QByteArray conninfo, std::shared_ptr<std::atomic<qint64>> lastConnectedMs)
    : m_conninfo(std::move(conninfo))
    , m_lastConnectedMs(lastConnectedMs ? std::move(lastConnectedMs) : std::make_shared<std::atomic<qint64>>(0))
{
}

// A server that restarts (or terminates our backend) sends an error and closes the socket while we are
// idle. Reading that before sending turns what would be a failed request into a transparent reconnect,
// and it is unambiguous: nothing of ours was sent on the dead connection.
bool PgConnection::closedByServer()
{
    if (PQtransactionStatus(m_conn) != PQTRANS_IDLE)
        return false;
    // libpq reads the server's goodbye (a FATAL message) in one call and notices the end of the stream only
    // in the next, so read until the socket has nothing more to say.
    for (int reads = 0; reads < 8; ++reads) {
        pollfd p{PQsocket(m_conn), POLLIN, 0};
        if (::poll(&p, 1, 0) <= 0)
            break;
        if (!PQconsumeInput(m_conn) || PQstatus(m_conn) != CONNECTION_OK)
            return true;
        while (PGnotify *n = PQnotifies(m_conn))
            PQfreemem(n);
    }
    return PQstatus(m_conn) != CONNECTION_OK;
}

PgConnection::~PgConnection()
{
    disconnect();
}

void PgConnection::disconnect()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
    m_prepared.clear();
}

bool PgConnection::isConnected() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

PgError PgConnection::connectionError() const
{
    PgError e = mapPgError({}, m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : QString(), true);
    return e;
}

PgExpected<void> PgConnection::ensureConnected()
{
    if (isConnected() && !closedByServer())
        return {};
    if (m_sinceFailedConnect.isValid() && m_sinceFailedConnect.elapsed() < reconnectIntervalMs
        && m_lastConnectedMs->load() < m_failedAtMs)
        return std::unexpected(mapPgError({}, QStringLiteral("reconnect back-off"), true));
    disconnect();
    // Defaults placed before the expanded conninfo, which overrides them: without a connect timeout an
    // unreachable host would stall the calling I/O thread for minutes.
    const char *keywords[] = {"connect_timeout", "application_name", "dbname", nullptr};
    const char *values[] = {"5", "backroom-server", m_conninfo.constData(), nullptr};
    m_conn = PQconnectdbParams(keywords, values, 1);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        PgError e = connectionError();
        disconnect();
        m_sinceFailedConnect.start();
        m_failedAtMs = nowMs();
        return std::unexpected(e);
    }
    m_sinceFailedConnect.invalidate();
    m_lastConnectedMs->store(nowMs());
    // Notices (e.g. "already exists, skipping") are not errors; keep them out of standard error.
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *message) {
            Log::write(Log::Level::Debug, "database.notice", {{"message", QString::fromUtf8(message).trimmed()}});
        },
        nullptr);
    return {};
}

PgExpected<PgResult> PgConnection::check(PGresult *raw)
{
    PgResult result(raw);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return result;
    const bool bad = !m_conn || PQstatus(m_conn) != CONNECTION_OK;
    const char *state = raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
    const QString message = raw ? QString::fromUtf8(PQresultErrorMessage(raw)).trimmed()
                                : (m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : QString());
    PgError e = mapPgError(state ? QByteArray(state) : QByteArray(), message, bad);
    if (bad) {
        disconnect();
        m_sinceFailedConnect.invalidate(); // the next use tries at once: the server may just have restarted
    }
    return std::unexpected(e);
}

PgExpected<QByteArray> PgConnection::prepare(const QByteArray &sql, int parameters)
{
    auto it = m_prepared.constFind(sql);
    if (it != m_prepared.constEnd())
        return *it;
    const QByteArray name = "s" + QByteArray::number(m_prepared.size());
    auto prepared = check(PQprepare(m_conn, name.constData(), sql.constData(), parameters, nullptr));
    if (!prepared)
        return std::unexpected(prepared.error());
    m_prepared.insert(sql, name);
    return name;
}

PgExpected<PgResult> PgConnection::exec(const QByteArray &sql, const PgParams &params)
{
    if (!m_queued.isEmpty())
        return sendQueuedThen({sql, params, true, false});
    if (auto ok = ensureConnected(); !ok)
        return std::unexpected(ok.error());
    auto name = prepare(sql, int(params.size()));
    if (!name)
        return std::unexpected(name.error());
    const PgParamArrays arrays(params);
    return check(PQexecPrepared(m_conn, name->constData(), int(params.size()), arrays.values.constData(),
                                arrays.lengths.constData(), nullptr, 0));
}

PgExpected<PgResult> PgConnection::execPlanned(const QByteArray &sql, const PgParams &params)
{
    if (!m_queued.isEmpty())
        return sendQueuedThen({sql, params, false, false});
    if (auto ok = ensureConnected(); !ok)
        return std::unexpected(ok.error());
    const PgParamArrays arrays(params);
    return check(PQexecParams(m_conn, sql.constData(), int(params.size()), nullptr, arrays.values.constData(),
                              arrays.lengths.constData(), nullptr, 0));
}

PgExpected<QList<PgResult>> PgConnection::execAll(const QList<Statement> &statements)
{
    QList<Queued> batch;
    for (const Statement &s : statements)
        batch.append({s.sql, s.params, true, false});
    return sendQueued(std::move(batch));
}

PgExpected<void> PgConnection::execScript(const QByteArray &sql)
{
    // A script may hold several statements, which a pipeline cannot carry: what waits goes first, alone.
    if (auto sent = flush(); !sent)
        return sent;
    if (auto ok = ensureConnected(); !ok)
        return std::unexpected(ok.error());
    auto result = check(PQexec(m_conn, sql.constData()));
    if (!result)
        return std::unexpected(result.error());
    return {};
}

PgExpected<void> PgConnection::execLater(const QByteArray &sql, const PgParams &params)
{
    if (!inTransaction()) {
        auto done = exec(sql, params);
        if (!done)
            return std::unexpected(done.error());
        return {};
    }
    m_queued.append({sql, params, true, false});
    return {};
}

bool PgConnection::inTransaction() const
{
    if (std::any_of(m_queued.cbegin(), m_queued.cend(), [](const Queued &q) { return q.opens; }))
        return true;
    return m_conn && PQtransactionStatus(m_conn) != PQTRANS_IDLE;
}

quint64 PgConnection::queue(QByteArray sql, Opens opens)
{
    m_queued.append({std::move(sql), {}, false, opens == Opens::Transaction});
    return m_queuedBase + quint64(m_queued.size()) - 1;
}

void PgConnection::dropQueuedFrom(quint64 position)
{
    if (position < m_queuedBase)
        position = m_queuedBase;
    const qsizetype keep = qsizetype(position - m_queuedBase);
    if (keep < m_queued.size())
        m_queued.resize(keep);
}

PgExpected<void> PgConnection::flush()
{
    if (m_queued.isEmpty())
        return {};
    auto sent = sendQueued();
    if (!sent)
        return std::unexpected(sent.error());
    return {};
}

PgExpected<PgResult> PgConnection::sendQueuedThen(Queued last)
{
    auto results = sendQueued({std::move(last)});
    if (!results)
        return std::unexpected(results.error());
    return results->constLast();
}

PgExpected<QList<PgResult>> PgConnection::sendQueued(QList<Queued> then)
{
    QList<Queued> batch = std::exchange(m_queued, {});
    const qsizetype waited = batch.size();
    m_queuedBase += quint64(waited);
    batch.append(std::move(then));
    if (batch.isEmpty())
        return QList<PgResult>();
    if (auto ok = ensureConnected(); !ok)
        return std::unexpected(ok.error());
    // Statements of a transaction whose BEGIN went out earlier must not run on their own: if the server
    // has no transaction open any more (a reconnect in between), that transaction is gone.
    if (waited > 0 && !batch.first().opens && PQtransactionStatus(m_conn) == PQTRANS_IDLE)
        return std::unexpected(mapPgError({}, QStringLiteral("the transaction was lost with its connection"), true));
    QList<QByteArray> names(batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (!batch[i].prepared)
            continue;
        auto name = prepare(batch[i].sql, int(batch[i].params.size()));
        if (!name)
            return std::unexpected(name.error());
        names[i] = *name;
    }
    const auto broken = [this] {
        PgError e = connectionError();
        disconnect();
        return std::unexpected(e);
    };
    if (!PQenterPipelineMode(m_conn))
        return broken();
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const Queued &q = batch[i];
        const PgParamArrays arrays(q.params);
        const int sent = q.prepared
                             ? PQsendQueryPrepared(m_conn, names[i].constData(), int(q.params.size()),
                                                   arrays.values.constData(), arrays.lengths.constData(), nullptr, 0)
                             : PQsendQueryParams(m_conn, q.sql.constData(), int(q.params.size()), nullptr,
                                                 arrays.values.constData(), arrays.lengths.constData(), nullptr, 0);
        if (!sent)
            return broken();
    }
    if (!PQpipelineSync(m_conn))
        return broken();
    // Per statement libpq hands over its result, then NULL; then the sync point's PGRES_PIPELINE_SYNC. After
    // a failure the rest answer PGRES_PIPELINE_ABORTED: the failure reported is the first real one.
    std::optional<PgExpected<PgResult>> failure;
    QList<PgResult> results; // of the statements after those that waited
    for (qsizetype i = 0; i < batch.size(); ++i) {
        PGresult *raw = PQgetResult(m_conn);
        if (!raw)
            return broken();
        const ExecStatusType status = PQresultStatus(raw);
        if (status == PGRES_PIPELINE_ABORTED) {
            PQclear(raw);
        } else if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            if (!failure)
                failure = check(raw); // a broken connection disconnects here
            else
                PQclear(raw);
        } else if (i >= waited) {
            results.append(PgResult(raw));
        } else {
            PQclear(raw);
        }
        if (!m_conn)
            return std::unexpected(failure->error());
        while (PGresult *more = PQgetResult(m_conn))
            PQclear(more);
    }
    PGresult *synced = PQgetResult(m_conn);
    const bool reached = synced && PQresultStatus(synced) == PGRES_PIPELINE_SYNC;
    PQclear(synced);
    if (!reached || !PQexitPipelineMode(m_conn))
        return broken();
    if (failure)
        return std::unexpected(failure->error());
    return results;
}

} // namespace Backroom::Server
