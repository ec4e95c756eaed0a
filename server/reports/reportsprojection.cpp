// SPDX-License-Identifier: MIT
#include "server/reports/reportsprojection.h"

#include "domain/salesreport.h"
#include "server/log.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Backroom::Server {

namespace {
QByteArray dayOf(const QDateTime &t)
{
    return t.toUTC().date().toString(Qt::ISODate).toLatin1();
}
QByteArray timeOf(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs).toLatin1();
}

// The read models, each with its key and value columns as text, in a fixed order: what check and rebuild
// compare.
struct ReportTable {
    const char *name;
    QByteArray key;
    QByteArray values;
};
const ReportTable reportTables[] = {
    {"report_sales_daily", "concat_ws(',', day, currency)",
     "concat_ws(',', orders, units, gross, discounts, refunds, refund_count, cancellations, cancelled_orders)"},
    {"report_products_daily", "concat_ws(',', day, currency, sku)", "concat_ws(',', product_id, title, units, revenue)"},
    {"report_categories_daily", "concat_ws(',', day, currency, category_id)", "concat_ws(',', units, revenue)"},
    {"report_refunds_daily", "concat_ws(',', day, currency, reason)", "concat_ws(',', refunds, amount)"},
    {"report_orders", "order_id::text",
     "concat_ws(',', currency, placed_at, status, sold, confirmed_at, shipped_at, delivered_at, cancelled_at)"},
    {"report_order_states_daily", "concat_ws(',', day, state)", "orders::text"},
};

using Snapshot = QMap<QString, QMap<QString, QString>>; // table → key → values

PgExpected<Snapshot> snapshot(PgConnection &c)
{
    Snapshot s;
    for (const ReportTable &t : reportTables) {
        auto rows = c.exec("SELECT " + t.key + ", " + t.values + " FROM " + t.name);
        if (!rows)
            return std::unexpected(rows.error());
        QMap<QString, QString> &table = s[QString::fromLatin1(t.name)];
        for (int i = 0; i < rows->rows(); ++i)
            table.insert(rows->text(i, 0), rows->text(i, 1));
    }
    return s;
}

ReportCheck compare(const Snapshot &live, const Snapshot &rebuilt)
{
    ReportCheck check;
    for (const ReportTable &t : reportTables) {
        const QString name = QString::fromLatin1(t.name);
        const QMap<QString, QString> l = live.value(name);
        const QMap<QString, QString> r = rebuilt.value(name);
        QStringList keys = l.keys() + r.keys();
        keys.removeDuplicates();
        std::sort(keys.begin(), keys.end());
        for (const QString &key : std::as_const(keys)) {
            ++check.checked;
            if (l.value(key) != r.value(key) || l.contains(key) != r.contains(key))
                check.differences.append({name, key, l.value(key), r.value(key)});
        }
    }
    return check;
}

PgExpected<void> done(const PgExpected<PgResult> &r)
{
    if (!r)
        return std::unexpected(r.error());
    return {};
}

PgExpected<void> countState(PgConnection &c, const QDateTime &at, const QString &state)
{
    return done(c.exec("INSERT INTO report_order_states_daily (day, state, orders) VALUES ($1::date, $2, 1) "
                       "ON CONFLICT (day, state) DO UPDATE SET orders = report_order_states_daily.orders + 1",
                       {dayOf(at), state.toUtf8()}));
}

PgExpected<void> foldPlaced(PgConnection &c, const OutboxEvent &event)
{
    auto sales = Domain::placedOrderSales(event.payload);
    if (!sales) {
        // Refusing it would stop this order's stream for good: the event cannot change. Say so and go on.
        Log::warning("reports.event_skipped", {{"event_id", QString::number(event.id)},
                                               {"type", event.type},
                                               {"reason", sales.error().message},
                                               {"request_id", QString::fromLatin1(event.requestId)}});
        return {};
    }
    const QByteArray day = dayOf(sales->placedAt);
    const QByteArray currency = sales->currency.toUtf8();
    if (auto r = done(c.exec("INSERT INTO report_orders (order_id, currency, placed_at, status, sold) "
                             "VALUES ($1, $2, $3::timestamptz, $4, $5) ON CONFLICT (order_id) DO NOTHING",
                             {event.aggregateId.toUtf8(), currency, timeOf(sales->placedAt), sales->status.toUtf8(),
                              intParam(sales->gross - sales->discounts)}));
        !r)
        return r;
    if (auto r = done(c.exec("INSERT INTO report_sales_daily (day, currency, orders, units, gross, discounts) "
                             "VALUES ($1::date, $2, 1, $3, $4, $5) ON CONFLICT (day, currency) DO UPDATE SET "
                             "orders = report_sales_daily.orders + 1, units = report_sales_daily.units + $3, "
                             "gross = report_sales_daily.gross + $4, discounts = report_sales_daily.discounts + $5",
                             {day, currency, intParam(sales->units), intParam(sales->gross), intParam(sales->discounts)}));
        !r)
        return r;
    for (const Domain::SoldLine &l : std::as_const(sales->lines)) {
        // Greatest product id and title: the same whichever order the events of different orders came in.
        if (auto r = done(c.exec(
                "INSERT INTO report_products_daily (day, currency, sku, product_id, title, units, revenue) "
                "VALUES ($1::date, $2, $3, $4, $5, $6, $7) ON CONFLICT (day, currency, sku) DO UPDATE SET "
                "product_id = greatest(report_products_daily.product_id, excluded.product_id), "
                "title = greatest(report_products_daily.title, excluded.title), "
                "units = report_products_daily.units + $6, revenue = report_products_daily.revenue + $7",
                {day, currency, l.sku.toUpper().toUtf8(), l.productId ? std::optional(intParam(*l.productId)) : std::nullopt,
                 l.title.toUtf8(), intParam(l.units), intParam(l.revenue)}));
            !r)
            return r;
        if (auto r = done(c.exec("INSERT INTO report_categories_daily (day, currency, category_id, units, revenue) "
                                 "VALUES ($1::date, $2, $3, $4, $5) ON CONFLICT (day, currency, category_id) DO UPDATE SET "
                                 "units = report_categories_daily.units + $4, revenue = report_categories_daily.revenue + $5",
                                 {day, currency, intParam(l.categoryId.value_or(0)), intParam(l.units), intParam(l.revenue)}));
            !r)
            return r;
    }
    if (auto r = countState(c, sales->placedAt, QStringLiteral("placed")); !r)
        return r;
    // History arrives in its final state: count that state too (but no lead times, which it never had).
    if (sales->status != u"pending" && sales->status != u"fulfilling")
        return countState(c, sales->placedAt, sales->status);
    return {};
}

PgExpected<void> foldOrderChange(PgConnection &c, const OutboxEvent &event)
{
    const QByteArray at = timeOf(event.createdAt);
    const QByteArray order = event.aggregateId.toUtf8();
    const QByteArray status = event.payload.value(QStringLiteral("status")).toString().toUtf8();
    // Picking and packing only move the order's status (fulfilling): no state of its own per day, no lead time.
    if (event.type == u"OrderPicked" || event.type == u"OrderPacked")
        return done(c.exec("UPDATE report_orders SET status = $2 WHERE order_id = $1", {order, status}));
    PgExpected<PgResult> moved;
    QString state;
    if (event.type == u"OrderConfirmed") {
        state = QStringLiteral("confirmed");
        moved = c.exec("UPDATE report_orders SET status = $2, confirmed_at = coalesce(confirmed_at, $3::timestamptz) "
                       "WHERE order_id = $1 RETURNING currency, sold",
                       {order, status, at});
    } else if (event.type == u"OrderShipped") {
        state = QStringLiteral("shipped");
        moved = c.exec("UPDATE report_orders SET status = $2, shipped_at = coalesce(shipped_at, $3::timestamptz) "
                       "WHERE order_id = $1 RETURNING currency, sold",
                       {order, status, at});
    } else if (event.type == u"OrderDelivered") {
        state = QStringLiteral("delivered");
        moved = c.exec("UPDATE report_orders SET status = $2, delivered_at = coalesce(delivered_at, $3::timestamptz) "
                       "WHERE order_id = $1 RETURNING currency, sold",
                       {order, status, at});
    } else {
        state = QStringLiteral("cancelled");
        moved = c.exec("UPDATE report_orders SET status = $2, cancelled_at = coalesce(cancelled_at, $3::timestamptz) "
                       "WHERE order_id = $1 RETURNING currency, sold",
                       {order, status, at});
    }
    if (!moved)
        return std::unexpected(moved.error());
    // An order whose OrderPlaced the reports never saw has no sales to take back.
    if (state == u"cancelled" && moved->rows() > 0) {
        if (auto r = done(c.exec("INSERT INTO report_sales_daily (day, currency, cancellations, cancelled_orders) "
                                 "VALUES ($1::date, $2, $3, 1) ON CONFLICT (day, currency) DO UPDATE SET "
                                 "cancellations = report_sales_daily.cancellations + $3, "
                                 "cancelled_orders = report_sales_daily.cancelled_orders + 1",
                                 {dayOf(event.createdAt), moved->value(0, 0).toByteArray(), moved->value(0, 1).toByteArray()}));
            !r)
            return r;
    }
    return countState(c, event.createdAt, state);
}

PgExpected<void> foldRefund(PgConnection &c, const OutboxEvent &event)
{
    auto refund = Domain::issuedRefund(event.payload);
    if (!refund) {
        Log::warning("reports.event_skipped", {{"event_id", QString::number(event.id)},
                                               {"type", event.type},
                                               {"reason", refund.error().message},
                                               {"request_id", QString::fromLatin1(event.requestId)}});
        return {};
    }
    if (refund->ofCancellation)
        return {};
    const QByteArray day = dayOf(refund->createdAt);
    const QByteArray currency = refund->currency.toUtf8();
    if (auto r = done(c.exec("INSERT INTO report_sales_daily (day, currency, refunds, refund_count) VALUES ($1::date, $2, $3, 1) "
                             "ON CONFLICT (day, currency) DO UPDATE SET refunds = report_sales_daily.refunds + $3, "
                             "refund_count = report_sales_daily.refund_count + 1",
                             {day, currency, intParam(refund->goods)}));
        !r)
        return r;
    return done(c.exec("INSERT INTO report_refunds_daily (day, currency, reason, refunds, amount) "
                       "VALUES ($1::date, $2, $3, 1, $4) ON CONFLICT (day, currency, reason) DO UPDATE SET "
                       "refunds = report_refunds_daily.refunds + 1, amount = report_refunds_daily.amount + $4",
                       {day, currency, refund->reason.left(100).toUtf8(), intParam(refund->goods)}));
}
} // namespace

QJsonObject ReportDifference::toJson() const
{
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {{QStringLiteral("table"), table},
            {QStringLiteral("key"), key},
            {QStringLiteral("live"), orNull(live)},
            {QStringLiteral("rebuilt"), orNull(rebuilt)}};
}

QJsonObject ReportCheck::toJson() const
{
    QJsonArray list;
    for (const ReportDifference &d : differences)
        list.append(d.toJson());
    return {{QStringLiteral("checked"), checked}, {QStringLiteral("differences"), list}};
}

QStringList ReportsProjection::eventTypes()
{
    return {QStringLiteral("OrderPlaced"),    QStringLiteral("OrderConfirmed"), QStringLiteral("OrderPicked"),
            QStringLiteral("OrderPacked"),    QStringLiteral("OrderShipped"),   QStringLiteral("OrderDelivered"),
            QStringLiteral("OrderCancelled"), QStringLiteral("RefundIssued")};
}

bool ReportsProjection::wants(const QString &eventType) const
{
    return eventTypes().contains(eventType);
}

PgExpected<void> ReportsProjection::apply(PgConnection &c, const OutboxEvent &event)
{
    auto kept = c.exec("INSERT INTO report_events (id, type, aggregate_id, payload, created_at) "
                       "VALUES ($1, $2, $3, $4::jsonb, $5::timestamptz) ON CONFLICT (id) DO NOTHING",
                       {intParam(event.id), event.type.toUtf8(), event.aggregateId.toUtf8(),
                        QJsonDocument(event.payload).toJson(QJsonDocument::Compact), timeOf(event.createdAt)});
    if (!kept)
        return std::unexpected(kept.error());
    if (kept->affected() == 0)
        return {};
    return fold(c, event);
}

PgExpected<void> ReportsProjection::fold(PgConnection &c, const OutboxEvent &event)
{
    if (event.type == u"OrderPlaced")
        return foldPlaced(c, event);
    if (event.type == u"RefundIssued")
        return foldRefund(c, event);
    return foldOrderChange(c, event);
}

PgExpected<ReportCheck> ReportsProjection::refold(PgConnection &c, bool includeUndelivered)
{
    // Holds off the dispatcher's apply() (and a second rebuild) until this transaction ends.
    if (auto locked = c.exec("LOCK TABLE report_events, report_sales_daily, report_products_daily, report_categories_daily, "
                             "report_refunds_daily, report_orders, report_order_states_daily IN EXCLUSIVE MODE");
        !locked)
        return std::unexpected(locked.error());
    auto live = snapshot(c);
    if (!live)
        return std::unexpected(live.error());
    if (includeUndelivered) {
        auto copied = c.exec("INSERT INTO report_events (id, type, aggregate_id, payload, created_at) "
                             "SELECT id, event_type, aggregate_id, payload, created_at FROM outbox "
                             "WHERE event_type = ANY($1::text[]) ON CONFLICT (id) DO NOTHING",
                             {textArrayParam(eventTypes())});
        if (!copied)
            return std::unexpected(copied.error());
    }
    if (auto cleared = c.execScript("DELETE FROM report_sales_daily; DELETE FROM report_products_daily; "
                                    "DELETE FROM report_categories_daily; DELETE FROM report_refunds_daily; "
                                    "DELETE FROM report_orders; DELETE FROM report_order_states_daily");
        !cleared)
        return std::unexpected(cleared.error());
    qint64 after = 0;
    for (;;) {
        auto rows = c.exec("SELECT id, type, aggregate_id, payload, "
                           "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') "
                           "FROM report_events WHERE id > $1 ORDER BY id LIMIT 2000",
                           {intParam(after)});
        if (!rows)
            return std::unexpected(rows.error());
        for (int i = 0; i < rows->rows(); ++i) {
            OutboxEvent event;
            event.id = rows->toInt64(i, 0);
            event.type = rows->text(i, 1);
            event.aggregateType = QStringLiteral("report");
            event.aggregateId = rows->text(i, 2);
            event.payload = QJsonDocument::fromJson(rows->value(i, 3).toByteArray()).object();
            event.createdAt = QDateTime::fromString(rows->text(i, 4), Qt::ISODateWithMs);
            if (auto folded = fold(c, event); !folded)
                return std::unexpected(folded.error());
            after = event.id;
        }
        if (rows->rows() < 2000)
            break;
    }
    auto rebuilt = snapshot(c);
    if (!rebuilt)
        return std::unexpected(rebuilt.error());
    return compare(*live, *rebuilt);
}

PgExpected<ReportCheck> ReportsProjection::rebuild(PgConnection &c)
{
    return refold(c, true);
}

PgExpected<ReportCheck> ReportsProjection::check(PgConnection &c)
{
    if (auto s = c.exec("SAVEPOINT report_check"); !s)
        return std::unexpected(s.error());
    auto result = refold(c, false);
    if (auto r = c.exec("ROLLBACK TO SAVEPOINT report_check"); !r)
        return std::unexpected(r.error());
    return result;
}

} // namespace Backroom::Server
