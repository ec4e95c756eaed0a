// SPDX-License-Identifier: MIT
#include "server/reports/reportservice.h"

#include "domain/csv.h"
#include "server/inventory/inventoryservice.h"
#include "server/store/database.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace Backroom::Server {

using Domain::Error;
using Domain::ReportRange;

namespace {
QByteArray dateParam(const QDate &d)
{
    return d.toString(Qt::ISODate).toLatin1();
}
// The range as timestamps: from the start of its first day to the start of the day after its last (UTC).
QByteArray startOf(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), Qt::UTC).toString(Qt::ISODate).toLatin1();
}
QJsonObject rangeJson(const ReportRange &r)
{
    return {{QStringLiteral("from"), r.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), r.to.toString(Qt::ISODate)},
            {QStringLiteral("interval"), Domain::reportIntervalName(r.interval)}};
}
template<typename T>
Domain::Result<T> failed(const PgError &e)
{
    return Domain::fail(e.error);
}

struct SalesFigures {
    qint64 orders = 0, units = 0, gross = 0, discounts = 0, refunds = 0, cancellations = 0;
    void add(const SalesFigures &o)
    {
        orders += o.orders;
        units += o.units;
        gross += o.gross;
        discounts += o.discounts;
        refunds += o.refunds;
        cancellations += o.cancellations;
    }
    qint64 net() const { return Domain::netSales(gross, discounts, refunds, cancellations); }
    qint64 aov() const { return Domain::averageOrderValue(gross, discounts, orders); }
    QJsonArray row(const QDate &period) const
    {
        return {period.toString(Qt::ISODate), orders, units, gross, discounts, refunds, cancellations, net(), aov()};
    }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("orders"), orders},       {QStringLiteral("units"), units},
                {QStringLiteral("gross"), gross},         {QStringLiteral("discounts"), discounts},
                {QStringLiteral("refunds"), refunds},     {QStringLiteral("cancellations"), cancellations},
                {QStringLiteral("net"), net()},           {QStringLiteral("average_order_value"), aov()}};
    }
};

PgExpected<QMap<QDate, SalesFigures>> salesByDay(PgConnection &c, const QString &currency, const ReportRange &r)
{
    auto rows = c.exec("SELECT day, orders, units, gross, discounts, refunds, cancellations FROM report_sales_daily "
                       "WHERE currency = $1 AND day BETWEEN $2::date AND $3::date",
                       {currency.toUtf8(), dateParam(r.from), dateParam(r.to)});
    if (!rows)
        return std::unexpected(rows.error());
    QMap<QDate, SalesFigures> days;
    for (int i = 0; i < rows->rows(); ++i)
        days.insert(QDate::fromString(rows->text(i, 0), Qt::ISODate),
                    {rows->toInt64(i, 1), rows->toInt64(i, 2), rows->toInt64(i, 3), rows->toInt64(i, 4), rows->toInt64(i, 5),
                     rows->toInt64(i, 6)});
    return days;
}

QString csvField(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 10);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}
} // namespace

QJsonObject ReportTable::toJson() const
{
    QJsonObject o = extra;
    QJsonArray items;
    for (const QJsonArray &row : rows) {
        QJsonObject item;
        for (qsizetype i = 0; i < columns.size(); ++i)
            item.insert(columns[i], row.at(i));
        items.append(item);
    }
    o.insert(QStringLiteral("items"), items);
    return o;
}

QByteArray ReportTable::toCsv() const
{
    QByteArray out = Domain::csvRecordText(columns);
    for (const QJsonArray &row : rows) {
        QStringList fields;
        for (const QJsonValue &v : row)
            fields.append(csvField(v));
        out += Domain::csvRecordText(fields);
    }
    return out;
}

Domain::Result<QString> ReportService::currencyFor(PgConnection &c, const ReportRange &range, const QString &asked) const
{
    if (!asked.isEmpty()) {
        static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
        if (!code.match(asked).hasMatch())
            return Domain::fail(Error::validation(QStringLiteral("The currency is not valid; see 'errors'."),
                                                  {{QStringLiteral("currency"), QStringLiteral("must be an ISO 4217 code such as GBP")}}));
        return asked;
    }
    auto busiest = c.exec("SELECT currency FROM report_sales_daily WHERE day BETWEEN $1::date AND $2::date "
                          "GROUP BY currency ORDER BY sum(orders) DESC, currency LIMIT 1",
                          {dateParam(range.from), dateParam(range.to)});
    if (!busiest)
        return failed<QString>(busiest.error());
    return busiest->rows() > 0 ? busiest->text(0, 0) : QStringLiteral("GBP");
}

Domain::Result<ReportTable> ReportService::sales(const ReportRange &range, const QString &asked) const
{
    auto db = m_database.acquire();
    auto currency = currencyFor(*db, range, asked);
    if (!currency)
        return Domain::fail(currency.error());
    auto days = salesByDay(*db, *currency, range);
    if (!days)
        return failed<ReportTable>(days.error());
    auto before = salesByDay(*db, *currency, range.previous());
    if (!before)
        return failed<ReportTable>(before.error());
    ReportTable t;
    t.columns = {QStringLiteral("period"),    QStringLiteral("orders"),  QStringLiteral("units"),
                 QStringLiteral("gross"),     QStringLiteral("discounts"), QStringLiteral("refunds"),
                 QStringLiteral("cancellations"), QStringLiteral("net"), QStringLiteral("average_order_value")};
    QMap<QDate, SalesFigures> periods;
    for (const QDate &start : Domain::intervalStarts(range.from, range.to, range.interval))
        periods.insert(start, {});
    SalesFigures total;
    for (auto it = days->constBegin(); it != days->constEnd(); ++it) {
        periods[Domain::intervalStart(it.key(), range.interval)].add(it.value());
        total.add(it.value());
    }
    for (auto it = periods.constBegin(); it != periods.constEnd(); ++it)
        t.rows.append(it.value().row(it.key()));
    SalesFigures previous;
    for (const SalesFigures &f : std::as_const(*before))
        previous.add(f);
    t.extra = rangeJson(range);
    t.extra.insert(QStringLiteral("currency"), *currency);
    t.extra.insert(QStringLiteral("totals"), total.toJson());
    QJsonObject previousJson = previous.toJson();
    previousJson.insert(QStringLiteral("from"), range.previous().from.toString(Qt::ISODate));
    previousJson.insert(QStringLiteral("to"), range.previous().to.toString(Qt::ISODate));
    t.extra.insert(QStringLiteral("previous"), previousJson);
    return t;
}

PgExpected<QMap<QDate, qint64>> ReportService::dailyGross(PgConnection &c, const QString &currency, const QDate &from,
                                                          const QDate &to)
{
    auto rows = c.exec("SELECT day, gross FROM report_sales_daily WHERE currency = $1 AND day BETWEEN $2::date AND $3::date "
                       "AND (orders > 0 OR gross <> 0) ORDER BY day",
                       {currency.toUtf8(), dateParam(from), dateParam(to)});
    if (!rows)
        return std::unexpected(rows.error());
    QMap<QDate, qint64> days;
    for (int i = 0; i < rows->rows(); ++i)
        days.insert(QDate::fromString(rows->text(i, 0), Qt::ISODate), rows->toInt64(i, 1));
    return days;
}

Domain::Result<ReportTable> ReportService::top(const ReportRange &range, TopBy by, int limit, const QString &asked,
                                               bool categories) const
{
    auto db = m_database.acquire();
    auto currency = currencyFor(*db, range, asked);
    if (!currency)
        return Domain::fail(currency.error());
    const PgParams params{currency->toUtf8(), dateParam(range.from), dateParam(range.to), intParam(limit)};
    PgExpected<PgResult> rows;
    if (categories) {
        static const QByteArray head =
            "SELECT nullif(r.category_id, 0), c.name, sum(r.units), sum(r.revenue) FROM report_categories_daily r "
            "LEFT JOIN categories c ON c.id = r.category_id WHERE r.currency = $1 AND r.day BETWEEN $2::date AND $3::date "
            "GROUP BY r.category_id, c.name ";
        rows = db->exec(head + (by == TopBy::Units ? "ORDER BY sum(r.units) DESC, sum(r.revenue) DESC, r.category_id LIMIT $4"
                                                   : "ORDER BY sum(r.revenue) DESC, sum(r.units) DESC, r.category_id LIMIT $4"),
                        params);
    } else {
        static const QByteArray head =
            "SELECT sku, max(product_id), max(title), sum(units), sum(revenue) FROM report_products_daily "
            "WHERE currency = $1 AND day BETWEEN $2::date AND $3::date GROUP BY sku ";
        rows = db->exec(head + (by == TopBy::Units ? "ORDER BY sum(units) DESC, sum(revenue) DESC, sku LIMIT $4"
                                                   : "ORDER BY sum(revenue) DESC, sum(units) DESC, sku LIMIT $4"),
                        params);
    }
    if (!rows)
        return failed<ReportTable>(rows.error());
    const auto idOrNull = [&](int i, int column) {
        return rows->isNull(i, column) ? QJsonValue() : QJsonValue(rows->text(i, column));
    };
    ReportTable t;
    if (categories)
        t.columns = {QStringLiteral("category_id"), QStringLiteral("name"), QStringLiteral("units"), QStringLiteral("revenue")};
    else
        t.columns = {QStringLiteral("sku"), QStringLiteral("product_id"), QStringLiteral("title"), QStringLiteral("units"),
                     QStringLiteral("revenue")};
    for (int i = 0; i < rows->rows(); ++i) {
        if (categories)
            t.rows.append({idOrNull(i, 0), idOrNull(i, 1), rows->toInt64(i, 2), rows->toInt64(i, 3)});
        else
            t.rows.append({rows->text(i, 0), idOrNull(i, 1), rows->text(i, 2), rows->toInt64(i, 3), rows->toInt64(i, 4)});
    }
    t.extra = rangeJson(range);
    t.extra.remove(QStringLiteral("interval"));
    t.extra.insert(QStringLiteral("currency"), *currency);
    t.extra.insert(QStringLiteral("by"), by == TopBy::Units ? QStringLiteral("units") : QStringLiteral("revenue"));
    return t;
}

Domain::Result<ReportTable> ReportService::topProducts(const ReportRange &range, TopBy by, int limit,
                                                       const QString &currency) const
{
    return top(range, by, limit, currency, false);
}

Domain::Result<ReportTable> ReportService::topCategories(const ReportRange &range, TopBy by, int limit,
                                                         const QString &currency) const
{
    return top(range, by, limit, currency, true);
}

Domain::Result<ReportTable> ReportService::refunds(const ReportRange &range, const QString &asked) const
{
    auto db = m_database.acquire();
    auto currency = currencyFor(*db, range, asked);
    if (!currency)
        return Domain::fail(currency.error());
    const PgParams params{currency->toUtf8(), dateParam(range.from), dateParam(range.to)};
    auto orders = db->exec("SELECT coalesce(sum(orders), 0) FROM report_sales_daily WHERE currency = $1 "
                           "AND day BETWEEN $2::date AND $3::date",
                           params);
    if (!orders)
        return failed<ReportTable>(orders.error());
    const qint64 placed = orders->toInt64(0, 0);
    auto rows = db->exec("SELECT reason, sum(refunds), sum(amount) FROM report_refunds_daily WHERE currency = $1 "
                         "AND day BETWEEN $2::date AND $3::date GROUP BY reason ORDER BY sum(amount) DESC, reason",
                         params);
    if (!rows)
        return failed<ReportTable>(rows.error());
    ReportTable t;
    t.columns = {QStringLiteral("reason"), QStringLiteral("refunds"), QStringLiteral("amount"), QStringLiteral("rate")};
    qint64 count = 0, amount = 0;
    for (int i = 0; i < rows->rows(); ++i) {
        const qint64 refunds = rows->toInt64(i, 1);
        count += refunds;
        amount += rows->toInt64(i, 2);
        // Refunds per order placed in the range: the share of orders that came back for this reason.
        t.rows.append({rows->text(i, 0), refunds, rows->toInt64(i, 2), placed > 0 ? double(refunds) / double(placed) : 0.0});
    }
    t.extra = rangeJson(range);
    t.extra.remove(QStringLiteral("interval"));
    t.extra.insert(QStringLiteral("currency"), *currency);
    t.extra.insert(QStringLiteral("orders"), placed);
    t.extra.insert(QStringLiteral("totals"), QJsonObject{{QStringLiteral("refunds"), count}, {QStringLiteral("amount"), amount}});
    return t;
}

Domain::Result<ReportTable> ReportService::ordersByState(const ReportRange &range) const
{
    static const QStringList states{QStringLiteral("placed"), QStringLiteral("confirmed"), QStringLiteral("shipped"),
                                    QStringLiteral("delivered"), QStringLiteral("cancelled")};
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT day, state, orders FROM report_order_states_daily WHERE day BETWEEN $1::date AND $2::date",
                         {dateParam(range.from), dateParam(range.to)});
    if (!rows)
        return failed<ReportTable>(rows.error());
    QMap<QDate, QList<qint64>> periods;
    for (const QDate &start : Domain::intervalStarts(range.from, range.to, range.interval))
        periods.insert(start, QList<qint64>(states.size(), 0));
    for (int i = 0; i < rows->rows(); ++i) {
        const qsizetype state = states.indexOf(rows->text(i, 1));
        if (state < 0)
            continue;
        const QDate day = QDate::fromString(rows->text(i, 0), Qt::ISODate);
        periods[Domain::intervalStart(day, range.interval)][state] += rows->toInt64(i, 2);
    }
    ReportTable t;
    t.columns = QStringList{QStringLiteral("period")} + states;
    for (auto it = periods.constBegin(); it != periods.constEnd(); ++it) {
        QJsonArray row{it.key().toString(Qt::ISODate)};
        for (qint64 v : it.value())
            row.append(v);
        t.rows.append(row);
    }
    // Where the orders placed in the range are now: what a pie of orders by state shows.
    auto current = db->exec("SELECT status, count(*) FROM report_orders WHERE placed_at >= $1::timestamptz "
                            "AND placed_at < $2::timestamptz GROUP BY status",
                            {startOf(range.from), startOf(range.to.addDays(1))});
    if (!current)
        return failed<ReportTable>(current.error());
    QJsonObject now;
    for (const char *status : {"pending", "confirmed", "fulfilling", "shipped", "delivered", "cancelled"})
        now.insert(QString::fromLatin1(status), 0);
    for (int i = 0; i < current->rows(); ++i)
        now.insert(current->text(i, 0), current->toInt64(i, 1));
    t.extra = rangeJson(range);
    t.extra.insert(QStringLiteral("current"), now);
    return t;
}

Domain::Result<ReportTable> ReportService::fulfilment(const ReportRange &range) const
{
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT extract(epoch FROM shipped_at - confirmed_at)::bigint, "
                         "extract(epoch FROM delivered_at - shipped_at)::bigint, "
                         "extract(epoch FROM delivered_at - confirmed_at)::bigint FROM report_orders "
                         "WHERE confirmed_at >= $1::timestamptz AND confirmed_at < $2::timestamptz",
                         {startOf(range.from), startOf(range.to.addDays(1))});
    if (!rows)
        return failed<ReportTable>(rows.error());
    QList<qint64> stages[3];
    qint64 waiting = 0;
    for (int i = 0; i < rows->rows(); ++i) {
        for (int s = 0; s < 3; ++s)
            if (!rows->isNull(i, s))
                stages[s].append(rows->toInt64(i, s));
        if (rows->isNull(i, 0))
            ++waiting;
    }
    static const char *names[] = {"confirmed_to_shipped", "shipped_to_delivered", "confirmed_to_delivered"};
    ReportTable t;
    t.columns = {QStringLiteral("stage"), QStringLiteral("orders"), QStringLiteral("median_seconds"),
                 QStringLiteral("p90_seconds")};
    for (int s = 0; s < 3; ++s) {
        const auto median = Domain::percentile(stages[s], 50);
        const auto p90 = Domain::percentile(stages[s], 90);
        t.rows.append({QString::fromLatin1(names[s]), qint64(stages[s].size()), median ? QJsonValue(*median) : QJsonValue(),
                       p90 ? QJsonValue(*p90) : QJsonValue()});
    }
    t.extra = rangeJson(range);
    t.extra.remove(QStringLiteral("interval"));
    t.extra.insert(QStringLiteral("confirmed"), qint64(rows->rows()));
    t.extra.insert(QStringLiteral("not_shipped"), waiting);
    return t;
}

Domain::Result<ReportTable> ReportService::stockValue() const
{
    auto db = m_database.acquire();
    // The catalog keeps no cost price yet, so stock is valued at its selling price (basis "price").
    auto rows = db->exec("SELECT w.code, w.name, v.currency, coalesce(sum(l.on_hand), 0), "
                         "coalesce(sum(l.on_hand * v.price_amount), 0) FROM warehouses w "
                         "LEFT JOIN (stock_levels l JOIN variants v ON lower(v.sku) = lower(l.sku)) ON l.warehouse_id = w.id "
                         "WHERE w.active OR l.on_hand > 0 GROUP BY w.code, w.name, v.currency ORDER BY w.code, v.currency");
    if (!rows)
        return failed<ReportTable>(rows.error());
    ReportTable t;
    t.columns = {QStringLiteral("warehouse"), QStringLiteral("name"), QStringLiteral("currency"), QStringLiteral("units"),
                 QStringLiteral("value"), QStringLiteral("basis")};
    for (int i = 0; i < rows->rows(); ++i)
        t.rows.append({rows->text(i, 0), rows->text(i, 1), rows->isNull(i, 2) ? QJsonValue() : QJsonValue(rows->text(i, 2)),
                       rows->toInt64(i, 3), rows->toInt64(i, 4), QStringLiteral("price")});
    return t;
}

Domain::Result<ReportTable> ReportService::stockouts(const QDate &today) const
{
    auto low = InventoryService(m_database, {}).lowStock(today);
    if (!low)
        return Domain::fail(low.error());
    QList<LowStockEntry> entries = *low;
    // Soonest out of stock first; SKUs without demand (no forecast of running out) last.
    std::stable_sort(entries.begin(), entries.end(), [](const LowStockEntry &a, const LowStockEntry &b) {
        const double da = a.forecast.daysOfCover.value_or(1e9), db = b.forecast.daysOfCover.value_or(1e9);
        return da < db;
    });
    ReportTable t;
    t.columns = {QStringLiteral("sku"), QStringLiteral("title"), QStringLiteral("available"), QStringLiteral("reorder_point"),
                 QStringLiteral("days_of_cover"), QStringLiteral("reorder_on"), QStringLiteral("suggested_quantity")};
    for (const LowStockEntry &e : std::as_const(entries))
        t.rows.append({e.sku, e.title, e.available, e.reorderPoint,
                       e.forecast.daysOfCover ? QJsonValue(*e.forecast.daysOfCover) : QJsonValue(),
                       e.forecast.reorderOn ? QJsonValue(e.forecast.reorderOn->toString(Qt::ISODate)) : QJsonValue(),
                       e.forecast.suggestedQuantity});
    return t;
}

Domain::Result<QJsonObject> ReportService::attention(const QDateTime &now) const
{
    auto db = m_database.acquire();
    const QByteArray promise = now.toUTC().addDays(-m_options.shipPromiseDays).toString(Qt::ISODateWithMs).toLatin1();
    auto counts = db->exec(
        "SELECT (SELECT count(*) FROM reorder_settings r WHERE r.reorder_point IS NOT NULL "
        "        AND EXISTS (SELECT 1 FROM variants v WHERE v.sku = r.sku) "
        "        AND coalesce((SELECT sum(on_hand - reserved - allocated) FROM stock_levels l WHERE l.sku = r.sku), 0) "
        "            < r.reorder_point), "
        "       (SELECT count(*) FROM orders o WHERE o.status IN ('confirmed', 'fulfilling') AND coalesce("
        "            (SELECT max(e.occurred_at) FROM order_events e WHERE e.order_id = o.id AND e.to_status = 'confirmed'), "
        "            o.placed_at) < $1::timestamptz), "
        "       (SELECT count(*) FROM sagas WHERE status = 'failed'), "
        "       (SELECT count(*) FROM webhook_deliveries WHERE status = 'dead'), "
        "       (SELECT count(*) FROM refunds WHERE status = 'awaiting_approval')",
        {promise});
    if (!counts)
        return failed<QJsonObject>(counts.error());
    return QJsonObject{{QStringLiteral("low_stock"), counts->toInt64(0, 0)},
                       {QStringLiteral("late_orders"), counts->toInt64(0, 1)},
                       {QStringLiteral("ship_promise_days"), m_options.shipPromiseDays},
                       {QStringLiteral("late_since"), now.toUTC().addDays(-m_options.shipPromiseDays).toString(Qt::ISODate)},
                       {QStringLiteral("failed_sagas"), counts->toInt64(0, 2)},
                       {QStringLiteral("dead_webhooks"), counts->toInt64(0, 3)},
                       {QStringLiteral("refunds_awaiting_approval"), counts->toInt64(0, 4)}};
}

} // namespace Backroom::Server
