// SPDX-License-Identifier: MIT
#pragma once

#include "server/events/outboxconsumer.h"

#include <QList>

namespace Backroom::Server {

// A row of a report table whose live value differs from the one rebuilt from the events.
struct ReportDifference {
    QString table;
    QString key;     // the row's primary key, comma-separated
    QString live;    // the row's values, comma-separated; empty: no such row
    QString rebuilt;
    QJsonObject toJson() const;
};
struct ReportCheck {
    qint64 checked = 0; // rows compared
    QList<ReportDifference> differences;
    QJsonObject toJson() const;
};

// The reports' read models (migration 0020), fed from the outbox: order events, RefundIssued. Each event
// is first copied into report_events under its outbox id; an event found there already was applied and
// changes nothing, which makes apply() idempotent. The figures are the domain's (domain/salesreport.h).
// Every table is a sum over events of different aggregates, or a row per order changed only by its own
// events, so the order in which the dispatcher interleaves aggregates does not change the result. Every
// event writes the tables in one order (report_orders, report_sales_daily, the per-product, category and
// reason tables, report_order_states_daily), so instances applying events of the same day queue instead of
// deadlocking.
class ReportsProjection : public OutboxConsumer {
public:
    QString name() const override { return QStringLiteral("reports"); }
    bool wants(const QString &eventType) const override;
    PgExpected<void> apply(PgConnection &connection, const OutboxEvent &event) override;

    static QStringList eventTypes();

    // Replaces the read models with a fold of report_events plus the outbox's events not yet there (those
    // the dispatcher has not delivered), holding the dispatcher off meanwhile; returns what differed.
    // Call inside a transaction.
    static PgExpected<ReportCheck> rebuild(PgConnection &connection);
    // Compares the read models with a fold of report_events (what has been delivered), changing nothing.
    // Call inside a transaction.
    static PgExpected<ReportCheck> check(PgConnection &connection);

private:
    static PgExpected<void> fold(PgConnection &connection, const OutboxEvent &event);
    static PgExpected<ReportCheck> refold(PgConnection &connection, bool includeUndelivered);
};

} // namespace Backroom::Server
