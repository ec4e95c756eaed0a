// SPDX-License-Identifier: MIT
#include "server/events/outboxdispatcher.h"

#include "server/log.h"
#include "server/store/transaction.h"

#include <QJsonDocument>

#include <optional>

namespace Backroom::Server {

namespace {
QByteArray millis(std::chrono::milliseconds ms)
{
    return QByteArray::number(qint64(ms.count()));
}

// Aggregates with events this consumer has not processed, up to the horizon, oldest first, skipping those
// waiting for a retry; the progress rows of those new to the consumer are created on the way.
constexpr const char *dueAggregatesSql =
    "WITH due AS (SELECT o.aggregate_type, o.aggregate_id, min(o.id) AS first FROM outbox o "
    "LEFT JOIN outbox_streams s ON s.consumer = $1 AND s.aggregate_type = o.aggregate_type "
    "AND s.aggregate_id = o.aggregate_id "
    "WHERE o.id > COALESCE((SELECT floor FROM outbox_consumers WHERE consumer = $1), 0) AND o.id <= $3 "
    "AND o.id > COALESCE(s.last_event_id, 0) AND (s.retry_at IS NULL OR s.retry_at <= now()) "
    "GROUP BY o.aggregate_type, o.aggregate_id ORDER BY first LIMIT $2), "
    "created AS (INSERT INTO outbox_streams (consumer, aggregate_type, aggregate_id) "
    "SELECT $1, aggregate_type, aggregate_id FROM due ON CONFLICT DO NOTHING) "
    "SELECT aggregate_type, aggregate_id FROM due ORDER BY first";

// Locks the consumer's progress on one aggregate and reads its next events up to the horizon. No row when
// another instance holds the aggregate (it is theirs for now), when it waits for a retry, or when it has
// no event left.
constexpr const char *nextEventsSql =
    "WITH s AS (SELECT GREATEST(s.last_event_id, COALESCE((SELECT floor FROM outbox_consumers WHERE consumer = $1), 0)) "
    "  AS after FROM outbox_streams s WHERE s.consumer = $1 AND s.aggregate_type = $2 AND s.aggregate_id = $3 "
    "  AND (s.retry_at IS NULL OR s.retry_at <= now()) FOR UPDATE OF s SKIP LOCKED) "
    "SELECT o.id, o.event_type, o.payload, o.request_id, "
    "to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') "
    "FROM s JOIN outbox o ON o.aggregate_type = $2 AND o.aggregate_id = $3 AND o.id > s.after AND o.id <= $4 "
    "ORDER BY o.id LIMIT $5";

constexpr const char *advanceStreamSql =
    "UPDATE outbox_streams SET last_event_id = $4, failures = 0, retry_at = NULL, last_error = NULL, "
    "updated_at = now() WHERE consumer = $1 AND aggregate_type = $2 AND aggregate_id = $3";

constexpr const char *pendingSql =
    "SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(o.created_at)), 0)::bigint FROM outbox o "
    "LEFT JOIN outbox_streams s ON s.consumer = $1 AND s.aggregate_type = o.aggregate_type "
    "AND s.aggregate_id = o.aggregate_id "
    "WHERE o.id > COALESCE((SELECT floor FROM outbox_consumers WHERE consumer = $1), 0) "
    "AND o.id > COALESCE(s.last_event_id, 0)";
} // namespace

OutboxDispatcher::OutboxDispatcher(QByteArray conninfo, Options options)
    : m_options(options)
    , m_loop(std::move(conninfo), QByteArrayLiteral("backroom_outbox"))
{
}

OutboxDispatcher::~OutboxDispatcher()
{
    stop();
}

void OutboxDispatcher::addConsumer(OutboxConsumer *consumer)
{
    auto state = std::make_unique<ConsumerState>();
    state->consumer = consumer;
    state->name = consumer->name().toUtf8();
    m_consumers.push_back(std::move(state));
}

void OutboxDispatcher::start()
{
    m_loop.start([this] { run(); });
}

void OutboxDispatcher::stop()
{
    m_loop.stop();
}

void OutboxDispatcher::run()
{
    PgConnection connection(m_loop.conninfo());
    auto nextHousekeeping = std::chrono::steady_clock::now();
    bool warned = false;
    while (!m_loop.stopping()) {
        int processed = 0;
        bool failed = false;
        m_nextRetryMs = -1;
        const auto horizon = m_horizon.advance(connection);
        for (auto &state : m_consumers) {
            const int n = horizon ? dispatch(connection, *state, *horizon) : -1;
            if (n < 0)
                failed = true;
            else
                processed += n;
            if (m_loop.stopping())
                return;
        }
        if (failed && !warned)
            Log::warning("outbox.dispatch_failed", {{"error", QStringLiteral("database unavailable; retrying")}});
        warned = failed;
        if (std::chrono::steady_clock::now() >= nextHousekeeping && !failed && horizon) {
            housekeeping(connection, *horizon);
            nextHousekeeping = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        }
        if (processed > 0)
            continue; // there may be more behind the batch
        const bool listening = m_loop.listening();
        auto timeout = listening && !failed ? m_options.pollInterval : m_options.fallbackInterval;
        if (m_nextRetryMs >= 0)
            timeout = std::min(timeout, std::chrono::milliseconds(std::max<qint64>(m_nextRetryMs, 5)));
        // Events held back behind an open writer: it sends no notification when it rolls back.
        if (m_horizon.behind())
            timeout = std::min(timeout, std::chrono::milliseconds(50));
        if (!m_loop.waitForWork(timeout))
            return;
    }
}

int OutboxDispatcher::dispatch(PgConnection &connection, ConsumerState &state, qint64 horizon)
{
    auto due = connection.execAll(
        {{"INSERT INTO outbox_consumers (consumer) VALUES ($1) ON CONFLICT DO NOTHING", {state.name}},
         {dueAggregatesSql, {state.name, QByteArray::number(m_options.batchAggregates), QByteArray::number(horizon)}}});
    if (!due)
        return -1;
    const PgResult &aggregates = due->last();
    int processed = 0;
    for (int row = 0; row < aggregates.rows() && !m_loop.stopping(); ++row)
        processed += drainAggregate(connection, state, aggregates.value(row, 0).toByteArray(),
                                    aggregates.value(row, 1).toByteArray(), horizon);
    // Counting what is pending reads the whole backlog: while the consumer works through one, once a second.
    const auto now = std::chrono::steady_clock::now();
    if (processed == 0 || now >= state.nextPendingCount) {
        if (auto pending = connection.exec(pendingSql, {state.name})) {
            state.pending = pending->toInt64(0, 0);
            state.oldestPendingSeconds = pending->toInt64(0, 1);
        }
        state.nextPendingCount = now + std::chrono::seconds(1);
    }
    if (auto retry = connection.exec("SELECT (EXTRACT(EPOCH FROM min(retry_at) - now()) * 1000)::bigint "
                                     "FROM outbox_streams WHERE consumer = $1 AND retry_at IS NOT NULL",
                                     {state.name});
        retry && !retry->isNull(0, 0)) {
        const qint64 ms = std::max<qint64>(0, retry->toInt64(0, 0));
        m_nextRetryMs = m_nextRetryMs < 0 ? ms : std::min(m_nextRetryMs, ms);
    }
    return processed;
}

int OutboxDispatcher::drainAggregate(PgConnection &connection, ConsumerState &state, const QByteArray &aggregateType,
                                     const QByteArray &aggregateId, qint64 horizon)
{
    const QString type = QString::fromUtf8(aggregateType);
    const QString id = QString::fromUtf8(aggregateId);
    int processed = 0;
    while (processed < m_options.eventsPerAggregate && !m_loop.stopping()) {
        // The events waiting, as many as the aggregate's turn has left, in one transaction.
        const int limit = m_options.eventsPerAggregate - processed;
        Transaction tx(connection);
        if (!tx.begin())
            return processed;
        auto next = connection.exec(nextEventsSql, {state.name, aggregateType, aggregateId, QByteArray::number(horizon),
                                                    QByteArray::number(limit)});
        if (!next || next->rows() == 0)
            return processed;
        qint64 done = 0; // the last event of the batch processed
        int applied = 0;
        std::optional<QString> refusal;
        for (int row = 0; row < next->rows() && !refusal; ++row) {
            OutboxEvent event;
            event.id = next->toInt64(row, 0);
            event.type = next->text(row, 1);
            event.aggregateType = type;
            event.aggregateId = id;
            event.payload = QJsonDocument::fromJson(next->value(row, 2).toByteArray()).object();
            event.requestId = next->value(row, 3).toByteArray();
            event.createdAt = QDateTime::fromString(next->text(row, 4), Qt::ISODateWithMs);
            if (state.consumer->wants(event.type)) {
                // A savepoint: a refused event's writes go, those of the events before it stay.
                Transaction one(connection);
                PgExpected<void> result = one.begin();
                try {
                    if (result)
                        result = state.consumer->apply(connection, event);
                } catch (const std::exception &e) {
                    result = std::unexpected(PgError::refusal(Domain::Error::internal(QString::fromUtf8(e.what()))));
                }
                if (result)
                    result = one.commit();
                if (!result) {
                    one.rollback();
                    refusal = result.error().serverMessage.isEmpty() ? result.error().error.message
                                                                     : result.error().serverMessage;
                    Log::warning("outbox.event_refused", {{"consumer", QString::fromUtf8(state.name)},
                                                          {"event_id", QString::number(event.id)},
                                                          {"event_type", event.type},
                                                          {"request_id", QString::fromLatin1(event.requestId)},
                                                          {"error", *refusal}});
                    break;
                }
            }
            done = event.id;
            ++applied;
        }
        if (applied > 0) {
            if (!connection.execLater(advanceStreamSql, {state.name, aggregateType, aggregateId, QByteArray::number(done)})
                || !tx.commit())
                return processed;
            processed += applied;
            state.processed += applied;
        } else {
            tx.rollback();
        }
        if (refusal) {
            refuse(connection, state, aggregateType, aggregateId, *refusal);
            return processed;
        }
        if (next->rows() < limit)
            return processed; // nothing more up to the horizon
    }
    return processed;
}

void OutboxDispatcher::refuse(PgConnection &connection, ConsumerState &state, const QByteArray &aggregateType,
                              const QByteArray &aggregateId, const QString &error)
{
    ++state.refused;
    connection.exec("UPDATE outbox_streams SET failures = failures + 1, last_error = $4, updated_at = now(), "
                    "retry_at = now() + LEAST($5::double precision * power(2, LEAST(failures, 30)), "
                    "$6::double precision) * interval '1 millisecond' "
                    "WHERE consumer = $1 AND aggregate_type = $2 AND aggregate_id = $3",
                    {state.name, aggregateType, aggregateId, error.left(1000).toUtf8(),
                     millis(m_options.firstRetryDelay), millis(m_options.maxRetryDelay)});
}

void OutboxDispatcher::housekeeping(PgConnection &connection, qint64 horizon)
{
    const QByteArray settle = QByteArray::number(qint64(m_options.settleTime.count())) + " seconds";
    for (auto &state : m_consumers) {
        // The floor moves up to just below the first unprocessed event, but never over the horizon: a lower
        // id than one seen may still be committed above it.
        connection.exec(
            "WITH f AS (SELECT floor FROM outbox_consumers WHERE consumer = $1), "
            "first_open AS (SELECT min(o.id) AS id FROM outbox o LEFT JOIN outbox_streams s ON s.consumer = $1 "
            "  AND s.aggregate_type = o.aggregate_type AND s.aggregate_id = o.aggregate_id "
            "  WHERE o.id > (SELECT floor FROM f) AND o.id <= $2 AND o.id > COALESCE(s.last_event_id, 0)) "
            "UPDATE outbox_consumers SET updated_at = now(), floor = GREATEST(floor, "
            "  LEAST((SELECT id FROM first_open) - 1, $2)) "
            "WHERE consumer = $1",
            {state->name, QByteArray::number(horizon)});
        connection.exec("UPDATE outbox_consumers SET updated_at = now() WHERE consumer = $1", {state->name});
        connection.exec("DELETE FROM outbox_streams s USING outbox_consumers c WHERE c.consumer = $1 "
                        "AND s.consumer = $1 AND s.last_event_id <= c.floor AND s.failures = 0 "
                        "AND s.updated_at < now() - $2::interval",
                        {state->name, settle});
    }
    // Consumers that no instance has run for a day no longer hold the outbox back.
    auto pruned = connection.exec(
        "DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE created_at < now() - $1::interval "
        "AND id <= (SELECT COALESCE(min(floor), 0) FROM outbox_consumers WHERE updated_at > now() - interval '1 day') "
        "ORDER BY id LIMIT 5000)",
        {QByteArray::number(qint64(m_options.retention.count())) + " hours"});
    if (pruned && pruned->affected() > 0)
        Log::info("outbox.pruned", {{"events", QString::number(pruned->affected())}});
}

void OutboxDispatcher::writeMetrics(QByteArray &out) const
{
    out += "# HELP backroom_outbox_events_processed_total Outbox events a consumer processed on this instance.\n"
           "# TYPE backroom_outbox_events_processed_total counter\n";
    for (const auto &s : m_consumers)
        out += "backroom_outbox_events_processed_total{consumer=\"" + s->name + "\"} "
            + QByteArray::number(s->processed.load()) + '\n';
    out += "# HELP backroom_outbox_events_refused_total Times a consumer refused an event (retried later).\n"
           "# TYPE backroom_outbox_events_refused_total counter\n";
    for (const auto &s : m_consumers)
        out += "backroom_outbox_events_refused_total{consumer=\"" + s->name + "\"} "
            + QByteArray::number(s->refused.load()) + '\n';
    out += "# HELP backroom_outbox_pending_events Events a consumer has not processed yet.\n"
           "# TYPE backroom_outbox_pending_events gauge\n";
    for (const auto &s : m_consumers)
        out += "backroom_outbox_pending_events{consumer=\"" + s->name + "\"} " + QByteArray::number(s->pending.load())
            + '\n';
    out += "# HELP backroom_outbox_lag_seconds Age of the oldest event a consumer has not processed.\n"
           "# TYPE backroom_outbox_lag_seconds gauge\n";
    for (const auto &s : m_consumers)
        out += "backroom_outbox_lag_seconds{consumer=\"" + s->name + "\"} "
            + QByteArray::number(s->oldestPendingSeconds.load()) + '\n';
}

} // namespace Backroom::Server
