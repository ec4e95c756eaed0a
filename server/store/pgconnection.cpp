// SPDX-License-Identifier: MIT
#include "server/store/pgconnection.h"

#include "server/log.h"

#include <QDateTime>
#include <QVarLengthArray>

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

PgExpected<PgResult> PgConnection::exec(const QByteArray &sql, const PgParams &params)
{
    if (auto ok = ensureConnected(); !ok)
        return std::unexpected(ok.error());

    auto it = m_prepared.constFind(sql);
    if (it == m_prepared.constEnd()) {
        const QByteArray name = "s" + QByteArray::number(m_prepared.size());
        auto prepared = check(PQprepare(m_conn, name.constData(), sql.constData(), int(params.size()), nullptr));
        if (!prepared)
            return std::unexpected(prepared.error());
        it = m_prepared.insert(sql, name);
    }
    const PgParamArrays arrays(params);
    return check(PQexecPrepared(m_conn, it->constData(), int(params.size()), arrays.values.constData(),
                                arrays.lengths.constData(), nullptr, 0));
}

PgExpected<PgResult> PgConnection::execPlanned(const QByteArray &sql, const PgParams &params)
{
    if (auto ok = ensureConnected(); !ok)
        return std::unexpected(ok.error());
    const PgParamArrays arrays(params);
    return check(PQexecParams(m_conn, sql.constData(), int(params.size()), nullptr, arrays.values.constData(),
                              arrays.lengths.constData(), nullptr, 0));
}

PgExpected<void> PgConnection::execScript(const QByteArray &sql)
{
    if (auto ok = ensureConnected(); !ok)
        return std::unexpected(ok.error());
    auto result = check(PQexec(m_conn, sql.constData()));
    if (!result)
        return std::unexpected(result.error());
    return {};
}

} // namespace Backroom::Server
