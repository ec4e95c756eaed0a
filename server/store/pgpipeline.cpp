// SPDX-License-Identifier: MIT
#include "server/store/pgpipeline.h"

#include "server/http/epolleventdispatcher.h"
#include "server/log.h"

#include <QAbstractEventDispatcher>
#include <QDateTime>
#include <QPointer>
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
    send({Pending::Kind::Statement, std::move(done), sql, params, false, std::nullopt, false});
}

void PgPipeline::send(Pending pending)
{
    const auto failed = [&] {
        const PgError e = mapPgError({}, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(), true);
        fail(e);
        pending.done(std::unexpected(e));
    };
    if (auto ok = ensureConnected(); !ok) {
        pending.done(std::unexpected(ok.error()));
        return;
    }
    auto it = m_prepared.constFind(pending.sql);
    if (it == m_prepared.constEnd()) {
        // On a sync point of its own, so that a statement that cannot be prepared fails with its own error,
        // and the statements sent before it are not part of that failure.
        sync();
        const QByteArray name = "p" + QByteArray::number(m_statements++);
        if (!PQsendPrepare(m_conn, name.constData(), pending.sql.constData(), int(pending.params.size()), nullptr)
            || !PQpipelineSync(m_conn))
            return failed();
        m_pending.push_back({Pending::Kind::Preparation, {}, pending.sql, {}, false, std::nullopt, false});
        syncPointSent();
        it = m_prepared.insert(pending.sql, name);
    }
    if (pending.alone)
        sync();
    const PgParamArrays arrays(pending.params);
    if (!PQsendQueryPrepared(m_conn, it->constData(), int(pending.params.size()), arrays.values.constData(),
                             arrays.lengths.constData(), nullptr, 0))
        return failed();
    const bool alone = pending.alone;
    m_pending.push_back(std::move(pending));
    ++m_unsynced;
    if (alone)
        sync();
    else
        scheduleSync();
}

void PgPipeline::scheduleSync()
{
    if (m_syncScheduled)
        return;
    m_syncScheduled = true;
    // After what this turn of the event loop still has to do, which may send more statements.
    const auto later = [self = QPointer<PgPipeline>(this)] {
        if (!self)
            return;
        self->m_syncScheduled = false;
        self->sync(Group::MayWait);
    };
    if (auto *epoll = qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance()))
        epoll->runBeforeWaiting(later); // no wake-up of the loop needed, unlike a posted call
    else
        QMetaObject::invokeMethod(this, later, Qt::QueuedConnection);
}

void PgPipeline::sync(Group group)
{
    if (!m_conn || m_unsynced == 0)
        return;
    if (group == Group::MayWait && m_syncsInFlight > 0) {
        m_groupWaiting = true; // takeResults sends it
        return;
    }
    m_groupWaiting = false;
    m_unsynced = 0;
    if (!PQpipelineSync(m_conn)) {
        fail(mapPgError({}, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(), true));
        return;
    }
    syncPointSent();
    flush();
}

void PgPipeline::syncPointSent()
{
    m_pending.push_back({Pending::Kind::Sync, {}, {}, {}, false, std::nullopt, false});
    ++m_syncsInFlight;
    ++m_syncPoints;
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
    // Per statement (and preparation) libpq hands over its result, then NULL; per sync point a
    // PGRES_PIPELINE_SYNC.
    while (m_conn && !m_pending.empty() && !PQisBusy(m_conn)) {
        PGresult *raw = PQgetResult(m_conn);
        Pending &front = m_pending.front();
        if (front.kind == Pending::Kind::Sync) {
            if (!raw)
                break;
            const bool reached = PQresultStatus(raw) == PGRES_PIPELINE_SYNC;
            PQclear(raw);
            if (reached) {
                m_pending.pop_front();
                // The waiting group goes out once this turn's callbacks have added to it.
                if (--m_syncsInFlight == 0 && m_groupWaiting)
                    scheduleSync();
            }
            continue;
        }
        if (!raw) {
            if (!front.result)
                break; // nothing more has arrived yet
            Pending done = std::move(front);
            m_pending.pop_front();
            if (done.kind == Pending::Kind::Preparation) {
                if (!*done.result) // prepare again next time
                    m_prepared.remove(done.sql);
                continue;
            }
            if (done.aborted && !done.alone) {
                // Not run because another statement of its group failed: it is sent again, alone.
                done.alone = true;
                done.aborted = false;
                done.result.reset();
                send(std::move(done));
                continue;
            }
            done.done(std::move(*done.result));
            continue;
        }
        const ExecStatusType status = PQresultStatus(raw);
        if (front.result) { // not what a single statement answers: keep the first
            PQclear(raw);
            continue;
        }
        if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
            front.result = PgExpected<PgResult>(PgResult(raw));
        } else if (status == PGRES_PIPELINE_ABORTED) {
            PQclear(raw);
            front.aborted = true;
            front.result = PgExpected<PgResult>(std::unexpected(
                mapPgError({}, QStringLiteral("the statement was not run: an earlier one in its pipeline failed"), false)));
        } else {
            front.result = PgExpected<PgResult>(std::unexpected(resultError(raw)));
            PQclear(raw);
        }
    }
}

void PgPipeline::fail(const PgError &error)
{
    std::deque<Pending> failed;
    failed.swap(m_pending);
    disconnect();
    m_failedAtMs = 0; // the next statement tries at once: the server may just have restarted
    m_unsynced = 0;
    m_syncsInFlight = 0;
    m_groupWaiting = false;
    for (Pending &p : failed) {
        if (p.kind == Pending::Kind::Statement)
            p.done(std::unexpected(error));
    }
}

} // namespace Backroom::Server
