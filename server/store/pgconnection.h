// SPDX-License-Identifier: MIT
#pragma once

#include "server/store/pgerror.h"
#include "server/store/pgresult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVarLengthArray>
#include <atomic>
#include <memory>
#include <expected>
#include <optional>

namespace Backroom::Server {

using PgParams = QList<std::optional<QByteArray>>; // nullopt is SQL NULL; text format

// params as libpq takes them in text format: a pointer per value (null for SQL NULL) and its length, valid
// while params lives.
struct PgParamArrays {
    explicit PgParamArrays(const PgParams &params)
    {
        for (const std::optional<QByteArray> &p : params) {
            values.append(p ? p->constData() : nullptr);
            lengths.append(p ? int(p->size()) : 0);
        }
    }
    QVarLengthArray<const char *, 16> values;
    QVarLengthArray<int, 16> lengths;
};

// SQL text for a timestamptz column as RFC 3339 in UTC with microseconds ("2026-01-01T12:00:00.123456Z").
inline QByteArray rfc3339(QByteArrayView column)
{
    return "to_char(" + column.toByteArray() + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
}

// An integer parameter in text format.
inline QByteArray intParam(qint64 value)
{
    return QByteArray::number(value);
}
// An integer parameter that may be NULL.
inline std::optional<QByteArray> optIntParam(std::optional<qint64> value)
{
    return value ? std::optional(intParam(*value)) : std::nullopt;
}
// A bytea parameter in text format (hex): pass with a $n::bytea cast.
inline QByteArray byteaParam(const QByteArray &bytes)
{
    return "\\x" + bytes.toHex();
}
// A text[] parameter: every element quoted, so commas, braces and quotes in values stay values. Pass with a
// $n::text[] cast.
inline QByteArray textArrayParam(const QStringList &values)
{
    QByteArray literal = "{";
    for (qsizetype i = 0; i < values.size(); ++i) {
        QByteArray element = values[i].toUtf8();
        element.replace('\\', "\\\\").replace('"', "\\\"");
        literal += (i ? ",\"" : "\"") + element + '"';
    }
    return literal + '}';
}
// A bigint[] parameter ($n::bigint[]).
inline QByteArray int64ArrayParam(const QList<qint64> &values)
{
    QByteArray literal = "{";
    for (qsizetype i = 0; i < values.size(); ++i)
        literal += (i ? "," : "") + QByteArray::number(values[i]);
    return literal + '}';
}
// A bigint[] column read back in text format ("{1,2,3}").
inline QList<qint64> int64ArrayValue(QByteArrayView text)
{
    QList<qint64> values;
    if (text.size() < 2)
        return values;
    for (const QByteArray &part : text.sliced(1, text.size() - 2).toByteArray().split(','))
        if (!part.isEmpty())
            values.append(part.toLongLong());
    return values;
}
// A bytea column read back in text format (hex, PostgreSQL's default output).
inline QByteArray byteaValue(QByteArrayView text)
{
    return text.startsWith("\\x") ? QByteArray::fromHex(text.sliced(2).toByteArray()) : QByteArray();
}

template<typename T>
using PgExpected = std::expected<T, PgError>;

// One blocking libpq connection, used by one thread at a time. Statements are parameterised only: the SQL
// text is a constant of the caller's, values travel as parameters. Each distinct SQL text is prepared once
// per connection and reused. After the connection breaks it reconnects on next use, at most every
// reconnectInterval so a down database does not stall the caller on every request.
class PgConnection {
public:
    // Connections of one database share lastConnectedMs, so one thread's successful reconnect ends the
    // back-off of all others at once.
    explicit PgConnection(QByteArray conninfo, std::shared_ptr<std::atomic<qint64>> lastConnectedMs = {});
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // Connects if not connected. Fails fast (Unavailable) within the reconnect back-off.
    PgExpected<void> ensureConnected();
    bool isConnected() const;

    PgExpected<PgResult> exec(const QByteArray &sql, const PgParams &params = {});
    // The same, planned for these parameter values every time instead of prepared once: for statements
    // whose best plan depends on the values (a common word or a rare one), where a prepared statement's
    // generic plan can be slower by orders of magnitude.
    PgExpected<PgResult> execPlanned(const QByteArray &sql, const PgParams &params);
    // Several statements in one round trip, each prepared once like exec's: for a unit's statements that do
    // not need each other's answers. Every result in order, or the first failure (the rest are not run).
    struct Statement {
        QByteArray sql;
        PgParams params;
    };
    PgExpected<QList<PgResult>> execAll(const QList<Statement> &statements);
    // Runs several statements without parameters (migrations, session set-up). Never for input values.
    PgExpected<void> execScript(const QByteArray &sql);

    // Inside a transaction, a statement whose result the caller does not need (an audit row, an event): it
    // waits and goes out with the connection's next statement, or the COMMIT, in one round trip, and its
    // failure is reported as that statement's (the transaction fails either way). Outside a transaction it
    // runs at once.
    PgExpected<void> execLater(const QByteArray &sql, const PgParams &params = {});
    // Inside a transaction: begun on the server, or begun here and waiting to go out with the next statement.
    bool inTransaction() const;

    // For Transaction: its BEGIN, SAVEPOINT and RELEASE wait in the same queue as execLater's statements, so
    // a unit of work costs no round trip of its own to open. Positions count every statement ever queued.
    enum class Opens { Transaction, Nothing };
    quint64 queue(QByteArray sql, Opens opens = Opens::Nothing);
    // Whether the statement queued at this position went out (or was dropped).
    bool sent(quint64 position) const { return position < m_queuedBase; }
    // Whether this position is the only statement waiting (a unit that ran no statement).
    bool onlyQueued(quint64 position) const { return position == m_queuedBase && m_queued.size() == 1; }
    void dropQueuedFrom(quint64 position);
    // Sends what waits now, in one round trip.
    PgExpected<void> flush();

    void disconnect();
    const QByteArray &conninfo() const { return m_conninfo; }
    PGconn *handle() const { return m_conn; }

    static constexpr int reconnectIntervalMs = 500;

private:
    struct Queued {
        QByteArray sql;
        PgParams params;
        bool prepared = true; // execLater's statements are; a transaction's control statements are not
        bool opens = false;
    };
    // Sends what waits, then these, in one pipeline; their results, or the first failure.
    PgExpected<QList<PgResult>> sendQueued(QList<Queued> then = {});
    PgExpected<PgResult> sendQueuedThen(Queued last); // the same, for one statement
    PgExpected<QByteArray> prepare(const QByteArray &sql, int parameters); // the statement's name
    PgExpected<PgResult> check(PGresult *result);
    bool closedByServer();
    PgError connectionError() const;

    QByteArray m_conninfo;
    PGconn *m_conn = nullptr;
    QHash<QByteArray, QByteArray> m_prepared; // SQL text -> statement name
    QList<Queued> m_queued;
    quint64 m_queuedBase = 0; // the position of m_queued's first statement
    QElapsedTimer m_sinceFailedConnect;
    qint64 m_failedAtMs = 0;
    std::shared_ptr<std::atomic<qint64>> m_lastConnectedMs;
};

} // namespace Backroom::Server
