// SPDX-License-Identifier: MIT
#include "domain/salesreport.h"
#include "server/events/outbox.h"
#include "server/orders/orderservice.h"
#include "server/reports/reportservice.h"
#include "server/reports/reportsprojection.h"
#include "server/store/pgconnection.h"
#include "server/store/transaction.h"
#include "tests/server/apitest.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>
#include <QTimeZone>
#include <QUuid>

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;

namespace {
const AuditActor seedActor{std::nullopt, QByteArrayLiteral("reports-test"), QStringLiteral("test")};

struct Line {
    QString sku;
    qint64 quantity = 1;
    qint64 unit = 0;      // catalog price
    qint64 effective = 0; // after promotions; 0: the catalog price
};

QDateTime at(const QDate &day, int hour = 12)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC);
}

qint64 integer(const QJsonObject &o, const char *name)
{
    return o.value(QString::fromLatin1(name)).toInteger();
}
} // namespace

class Reports : public ApiTest {
protected:
    void SetUp() override
    {
        ApiTest::SetUp();
        createStaff(QStringLiteral("owner@shop.test"), {QStringLiteral("admin")});
        staff = signIn(QStringLiteral("owner@shop.test"), QStringLiteral("staff secret 1"));
    }

    // An order placed at placedAt in status, through the same service path as checkout and history.
    qint64 place(const QList<Line> &lines, const QDateTime &placedAt,
                 Domain::OrderStatus status = Domain::OrderStatus::Pending, const QString &currency = QStringLiteral("GBP"))
    {
        NewOrder o;
        o.email = QStringLiteral("buyer%1@example.com").arg(++placed);
        o.customerName = QStringLiteral("Buyer");
        o.shippingAddress.name = o.customerName;
        o.shippingAddress.line1 = QStringLiteral("1 High Street");
        o.shippingAddress.city = QStringLiteral("London");
        o.shippingAddress.country = QStringLiteral("GB");
        QList<Domain::PricedLine> priced;
        for (const Line &l : lines)
            priced.append({l.sku, l.sku, l.quantity, Domain::Money{l.unit, currency},
                           Domain::Money{l.effective ? l.effective : l.unit, currency}, {}, {}});
        auto totals = Domain::computeTotals(priced, QStringLiteral("GB"), currency, Domain::PricingRules::standard());
        EXPECT_TRUE(totals.has_value()) << (totals ? "" : totals.error().message.toStdString());
        if (!totals)
            return 0;
        o.totals = *totals;
        o.sourceReference = QStringLiteral("reports-test:%1").arg(placed);
        o.status = status;
        o.placedAt = placedAt;
        PgConnection c(db.conninfo());
        auto done = runInTransaction<StoredOrder>(c, [&](PgConnection &tx) { return OrderService::createOrder(tx, o, seedActor); });
        EXPECT_TRUE(done.has_value()) << (done ? "" : done.error().message.toStdString());
        return done ? done->id : 0;
    }
    void act(qint64 order, Domain::OrderAction action)
    {
        PgConnection c(db.conninfo());
        auto done = runInTransaction<StoredOrder>(c, [&](PgConnection &tx) {
            return OrderService::applyAction(tx, order, action, QStringLiteral("test"), std::nullopt,
                                             QDateTime::currentDateTimeUtc(), seedActor);
        });
        ASSERT_TRUE(done.has_value()) << done.error().message.toStdString();
    }
    // A RefundIssued as the refunds service records it (its contract in the session's notes).
    void refund(qint64 order, qint64 amount, qint64 shipping, const QString &reason, const QDateTime &when,
                const QString &currency = QStringLiteral("GBP"), const QString &kind = QStringLiteral("refund"))
    {
        const QString id = QString::number(++refunds);
        const QJsonObject payload{
            {QStringLiteral("id"), id},
            {QStringLiteral("order_id"), QString::number(order)},
            {QStringLiteral("amount"), QJsonObject{{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), currency}}},
            {QStringLiteral("shipping"), QJsonObject{{QStringLiteral("amount"), shipping}, {QStringLiteral("currency"), currency}}},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("lines"), QJsonArray{}},
            {QStringLiteral("created_at"), when.toString(Qt::ISODateWithMs)}};
        PgConnection c(db.conninfo());
        auto done = runInTransaction<bool>(c, [&](PgConnection &tx) -> PgExpected<bool> {
            if (auto e = recordEvent(tx, QStringLiteral("RefundIssued"), QStringLiteral("refund"), id, payload, seedActor); !e)
                return std::unexpected(e.error());
            return true;
        });
        ASSERT_TRUE(done.has_value()) << done.error().message.toStdString();
    }
    // An order event written with the time it happened, as the shipments service's would be.
    void orderEvent(qint64 order, const char *type, const char *status, const QDateTime &when)
    {
        PgConnection c(db.conninfo());
        auto r = c.exec("INSERT INTO outbox (event_type, aggregate_type, aggregate_id, payload, created_at) "
                        "VALUES ($1, 'order', $2, $3::jsonb, $4::timestamptz)",
                        {QByteArray(type), QByteArray::number(order),
                         QJsonDocument(QJsonObject{{QStringLiteral("id"), QString::number(order)},
                                                   {QStringLiteral("status"), QString::fromLatin1(status)}})
                             .toJson(QJsonDocument::Compact),
                         when.toString(Qt::ISODateWithMs).toLatin1()});
        ASSERT_TRUE(r.has_value()) << r.error().error.message.toStdString();
    }
    // Until the dispatcher has handed every report event in the outbox to the projection.
    void waitForReports()
    {
        PgConnection c(db.conninfo());
        QElapsedTimer timer;
        timer.start();
        qint64 left = -1;
        while (timer.elapsed() < 60000) {
            auto rows = c.exec("SELECT count(*) FROM outbox o WHERE o.event_type = ANY($1::text[]) "
                               "AND NOT EXISTS (SELECT 1 FROM report_events e WHERE e.id = o.id)",
                               {textArrayParam(ReportsProjection::eventTypes())});
            left = rows ? rows->toInt64(0, 0) : -1;
            if (left == 0)
                return;
            QThread::msleep(20);
        }
        FAIL() << left << " report events were not delivered";
    }
    QJsonObject report(const QByteArray &path)
    {
        const auto r = get(path, staff);
        EXPECT_EQ(r.status, 200) << path.constData() << ' ' << r.body.constData();
        return jsonOf(r);
    }
    ReportCheck checkReports(bool rebuild)
    {
        PgConnection c(db.conninfo());
        auto result = runInTransaction<ReportCheck>(
            c, [rebuild](PgConnection &tx) { return rebuild ? ReportsProjection::rebuild(tx) : ReportsProjection::check(tx); });
        EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().message.toStdString());
        return result.value_or(ReportCheck{});
    }
    static QString describe(const ReportCheck &check)
    {
        QString s;
        for (const ReportDifference &d : check.differences)
            s += d.table + u'[' + d.key + QStringLiteral("] live ") + d.live + QStringLiteral(" rebuilt ") + d.rebuilt + u'\n';
        return s;
    }

    QByteArray staff;
    int placed = 0;
    int refunds = 0;
};

TEST_F(Reports, SalesAreTheHandComputedSumsPerDayWeekAndMonth)
{
    const QDate d1(2026, 3, 2), d2(2026, 3, 3), d3(2026, 3, 10);
    // Gross counts catalog prices (2 × 10.00 + 1 × 5.00); the promotion takes 2 × 1.00 off.
    place({{QStringLiteral("MUG-1"), 2, 1000, 900}, {QStringLiteral("POT-1"), 1, 500}}, at(d1));
    place({{QStringLiteral("MUG-1"), 1, 1000}}, at(d1, 23));
    place({{QStringLiteral("POT-1"), 3, 500}}, at(d2));
    const qint64 late = place({{QStringLiteral("MUG-1"), 4, 1000}}, at(d3));
    refund(late, 1395, 395, QStringLiteral("damaged"), at(d3, 15)); // 10.00 of goods and the postage
    place({{QStringLiteral("MUG-1"), 1, 2000}}, at(d1), Domain::OrderStatus::Pending, QStringLiteral("EUR"));
    waitForReports();

    const QJsonObject days = report("/api/v1/reports/sales?from=2026-03-02&to=2026-03-10&currency=GBP");
    EXPECT_EQ(days.value(QStringLiteral("currency")).toString(), QStringLiteral("GBP"));
    const QJsonArray items = days.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 9); // every day of the range, empty ones as zeros
    const QJsonObject first = items[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("period")).toString(), QStringLiteral("2026-03-02"));
    EXPECT_EQ(integer(first, "orders"), 2);
    EXPECT_EQ(integer(first, "units"), 4);
    EXPECT_EQ(integer(first, "gross"), 2000 + 500 + 1000);
    EXPECT_EQ(integer(first, "discounts"), 200);
    EXPECT_EQ(integer(first, "net"), 3300);
    EXPECT_EQ(integer(first, "average_order_value"), 1650);
    EXPECT_EQ(integer(items[1].toObject(), "gross"), 1500);
    EXPECT_EQ(integer(items[4].toObject(), "orders"), 0);
    const QJsonObject last = items[8].toObject();
    EXPECT_EQ(integer(last, "gross"), 4000);
    EXPECT_EQ(integer(last, "refunds"), 1000);
    EXPECT_EQ(integer(last, "net"), 3000);
    const QJsonObject totals = days.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(integer(totals, "orders"), 4);
    EXPECT_EQ(integer(totals, "gross"), 3500 + 1500 + 4000);
    EXPECT_EQ(integer(totals, "net"), 9000 - 200 - 1000);
    EXPECT_EQ(days.value(QStringLiteral("previous")).toObject().value(QStringLiteral("to")).toString(),
              QStringLiteral("2026-03-01"));

    // Weeks start on Monday (2 March 2026 is one); the month holds it all.
    const QJsonArray weeks = report("/api/v1/reports/sales?from=2026-03-02&to=2026-03-10&interval=week&currency=GBP")
                                 .value(QStringLiteral("items"))
                                 .toArray();
    ASSERT_EQ(weeks.size(), 2);
    EXPECT_EQ(integer(weeks[0].toObject(), "gross"), 5000);
    EXPECT_EQ(integer(weeks[1].toObject(), "gross"), 4000);
    const QJsonArray months =
        report("/api/v1/reports/sales?from=2026-03-01&to=2026-03-31&interval=month").value(QStringLiteral("items")).toArray();
    ASSERT_EQ(months.size(), 1);
    EXPECT_EQ(integer(months[0].toObject(), "gross"), 9000); // GBP: the currency with the most orders

    // The previous period compares like with like.
    const QJsonObject after = report("/api/v1/reports/sales?from=2026-03-11&to=2026-03-19&currency=GBP");
    EXPECT_EQ(integer(after.value(QStringLiteral("previous")).toObject(), "gross"), 9000);
    EXPECT_EQ(integer(after.value(QStringLiteral("totals")).toObject(), "gross"), 0);

    // The one query of daily gross.
    PgConnection c(db.conninfo());
    auto gross = ReportService::dailyGross(c, QStringLiteral("GBP"), d1, d3);
    ASSERT_TRUE(gross.has_value());
    EXPECT_EQ(*gross, (QMap<QDate, qint64>{{d1, 3500}, {d2, 1500}, {d3, 4000}}));
    auto euros = ReportService::dailyGross(c, QStringLiteral("EUR"), d1, d3);
    EXPECT_EQ(euros->value(d1), 2000);
}

TEST_F(Reports, RandomizedRunEqualsHandSumsAndItsRebuild)
{
    QRandomGenerator random(20261124);
    const QDate firstDay(2026, 2, 1);
    const QStringList skus{QStringLiteral("A-1"), QStringLiteral("B-2"), QStringLiteral("C-3"), QStringLiteral("D-4")};
    QMap<QDate, qint64> gross, orders;
    qint64 units = 0, discounts = 0, refunded = 0, cancelled = 0, cancelledOrders = 0;
    QMap<QString, qint64> unitsBySku;
    QMap<QString, qint64> refundsByReason;
    QList<std::pair<qint64, qint64>> open; // order id, gross − discounts
    for (int i = 0; i < 60; ++i) {
        const QDate day = firstDay.addDays(random.bounded(14));
        QList<Line> lines;
        qint64 orderGross = 0, orderDiscounts = 0;
        const int count = 1 + random.bounded(3);
        for (int l = 0; l < count; ++l) {
            Line line{skus[l], 1 + random.bounded(5), 100 * (1 + random.bounded(30)), 0};
            if (random.bounded(3) == 0)
                line.effective = line.unit - 50;
            lines.append(line);
            orderGross += line.quantity * line.unit;
            orderDiscounts += line.effective ? line.quantity * 50 : 0;
            units += line.quantity;
            unitsBySku[line.sku] += line.quantity;
        }
        const qint64 id = place(lines, at(day, random.bounded(24)));
        gross[day] += orderGross;
        orders[day] += 1;
        discounts += orderDiscounts;
        const int fate = random.bounded(4);
        if (fate == 0) {
            act(id, Domain::OrderAction::Cancel);
            cancelled += orderGross - orderDiscounts;
            ++cancelledOrders;
        } else if (fate == 1) {
            const qint64 amount = 100 * (1 + random.bounded(10));
            const QString reason = random.bounded(2) ? QStringLiteral("damaged") : QStringLiteral("not as described");
            refund(id, amount + 395, 395, reason, at(day.addDays(1)));
            refunded += amount;
            refundsByReason[reason] += amount;
        } else if (fate == 2) {
            act(id, Domain::OrderAction::Confirm);
        }
    }
    waitForReports();

    const QByteArray range = "?from=2026-02-01&to=" + QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate).toLatin1();
    const QJsonObject sales = report("/api/v1/reports/sales" + range + "&interval=month");
    const QJsonObject totals = sales.value(QStringLiteral("totals")).toObject();
    qint64 allGross = 0;
    for (qint64 g : std::as_const(gross))
        allGross += g;
    EXPECT_EQ(integer(totals, "orders"), 60);
    EXPECT_EQ(integer(totals, "units"), units);
    EXPECT_EQ(integer(totals, "gross"), allGross);
    EXPECT_EQ(integer(totals, "discounts"), discounts);
    EXPECT_EQ(integer(totals, "refunds"), refunded);
    EXPECT_EQ(integer(totals, "cancellations"), cancelled);
    EXPECT_EQ(integer(totals, "net"), allGross - discounts - refunded - cancelled);
    PgConnection c(db.conninfo());
    EXPECT_EQ(*ReportService::dailyGross(c, QStringLiteral("GBP"), firstDay, firstDay.addDays(20)), gross);

    const QJsonArray top = report("/api/v1/reports/top-products" + range + "&by=units").value(QStringLiteral("items")).toArray();
    ASSERT_EQ(top.size(), unitsBySku.size());
    for (const QJsonValue &v : top)
        EXPECT_EQ(integer(v.toObject(), "units"), unitsBySku.value(v.toObject().value(QStringLiteral("sku")).toString()));
    const QJsonArray reasons = report("/api/v1/reports/refunds" + range).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(reasons.size(), refundsByReason.size());
    for (const QJsonValue &v : reasons)
        EXPECT_EQ(integer(v.toObject(), "amount"), refundsByReason.value(v.toObject().value(QStringLiteral("reason")).toString()));
    const QJsonObject states = report("/api/v1/reports/orders-by-state" + range + "&interval=month");
    EXPECT_EQ(integer(states.value(QStringLiteral("current")).toObject(), "cancelled"), cancelledOrders);

    // Live equals the fold of the events, and a rebuild (which also reads the outbox) finds nothing to change.
    const ReportCheck live = checkReports(false);
    EXPECT_GT(live.checked, 60);
    EXPECT_TRUE(live.differences.isEmpty()) << describe(live).toStdString();
    const ReportCheck rebuilt = checkReports(true);
    EXPECT_TRUE(rebuilt.differences.isEmpty()) << describe(rebuilt).toStdString();
    EXPECT_EQ(integer(report("/api/v1/reports/sales" + range + "&interval=month").value(QStringLiteral("totals")).toObject(),
                      "gross"),
              allGross);

    // A damaged read model is found, and a rebuild puts it right.
    ASSERT_TRUE(c.exec("UPDATE report_sales_daily SET gross = gross + 1 WHERE day = (SELECT min(day) FROM report_sales_daily)"));
    ASSERT_TRUE(c.exec("DELETE FROM report_products_daily WHERE sku = 'A-1'"));
    const ReportCheck damaged = checkReports(false);
    EXPECT_GE(damaged.differences.size(), 2);
    EXPECT_EQ(damaged.differences.first().table, QStringLiteral("report_sales_daily"));
    EXPECT_EQ(checkReports(false).differences.size(), damaged.differences.size()) << "a check changes nothing";
    EXPECT_EQ(checkReports(true).differences.size(), damaged.differences.size());
    EXPECT_TRUE(checkReports(false).differences.isEmpty());
    EXPECT_EQ(*ReportService::dailyGross(c, QStringLiteral("GBP"), firstDay, firstDay.addDays(20)), gross);
}

TEST_F(Reports, AnEventDeliveredTwiceCountsOnce)
{
    place({{QStringLiteral("MUG-1"), 2, 1000}}, at(QDate(2026, 4, 1)));
    waitForReports();
    PgConnection c(db.conninfo());
    auto row = c.exec("SELECT id, event_type, aggregate_id, payload, "
                      "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') FROM outbox "
                      "WHERE event_type = 'OrderPlaced'");
    ASSERT_TRUE(row.has_value());
    ASSERT_EQ(row->rows(), 1);
    OutboxEvent event{row->toInt64(0, 0), row->text(0, 1), QStringLiteral("order"), row->text(0, 2),
                      QJsonDocument::fromJson(row->value(0, 3).toByteArray()).object(), {},
                      QDateTime::fromString(row->text(0, 4), Qt::ISODateWithMs)};
    ReportsProjection projection;
    auto again = runInTransaction<bool>(c, [&](PgConnection &tx) -> PgExpected<bool> {
        if (auto a = projection.apply(tx, event); !a)
            return std::unexpected(a.error());
        return true;
    });
    ASSERT_TRUE(again.has_value());
    auto gross = ReportService::dailyGross(c, QStringLiteral("GBP"), QDate(2026, 4, 1), QDate(2026, 4, 1));
    EXPECT_EQ(gross->value(QDate(2026, 4, 1)), 2000);
}

TEST_F(Reports, TopProductsAndCategoriesByUnitsOrRevenue)
{
    const auto category = send("POST", "/api/v1/categories", staff, QJsonObject{{QStringLiteral("name"), QStringLiteral("Kitchen")}});
    ASSERT_EQ(category.status, 201) << category.body.constData();
    const QString kitchen = jsonOf(category).value(QStringLiteral("id")).toString();
    const auto product = send("POST", "/api/v1/products", staff,
                              QJsonObject{{QStringLiteral("title"), QStringLiteral("Enamel mug")},
                                          {QStringLiteral("sku"), QStringLiteral("MUG-1")},
                                          {QStringLiteral("primary_category_id"), kitchen},
                                          {QStringLiteral("price"), QJsonObject{{QStringLiteral("amount"), 1000},
                                                                                {QStringLiteral("currency"), QStringLiteral("GBP")}}}});
    ASSERT_EQ(product.status, 201) << product.body.constData();
    const QDate day(2026, 5, 4);
    place({{QStringLiteral("MUG-1"), 1, 1000}, {QStringLiteral("PIN-1"), 10, 50}}, at(day));
    place({{QStringLiteral("MUG-1"), 2, 1000}, {QStringLiteral("VASE-1"), 1, 9000}}, at(day));
    waitForReports();

    const QJsonArray byUnits =
        report("/api/v1/reports/top-products?from=2026-05-01&to=2026-05-31&by=units").value(QStringLiteral("items")).toArray();
    ASSERT_EQ(byUnits.size(), 3);
    EXPECT_EQ(byUnits[0].toObject().value(QStringLiteral("sku")).toString(), QStringLiteral("PIN-1"));
    EXPECT_EQ(integer(byUnits[0].toObject(), "units"), 10);
    EXPECT_EQ(byUnits[1].toObject().value(QStringLiteral("sku")).toString(), QStringLiteral("MUG-1"));
    EXPECT_EQ(byUnits[1].toObject().value(QStringLiteral("product_id")).toString(),
              jsonOf(product).value(QStringLiteral("id")).toString());
    const QJsonArray byRevenue = report("/api/v1/reports/top-products?from=2026-05-01&to=2026-05-31&limit=2")
                                     .value(QStringLiteral("items"))
                                     .toArray();
    ASSERT_EQ(byRevenue.size(), 2);
    EXPECT_EQ(byRevenue[0].toObject().value(QStringLiteral("sku")).toString(), QStringLiteral("VASE-1"));
    EXPECT_EQ(integer(byRevenue[1].toObject(), "revenue"), 3000);

    const QJsonArray categories = report("/api/v1/reports/top-categories?from=2026-05-01&to=2026-05-31&by=units")
                                      .value(QStringLiteral("items"))
                                      .toArray();
    ASSERT_EQ(categories.size(), 2);
    // SKUs outside the catalog have no category: one row with null.
    EXPECT_TRUE(categories[0].toObject().value(QStringLiteral("category_id")).isNull());
    EXPECT_EQ(integer(categories[0].toObject(), "units"), 11);
    EXPECT_EQ(categories[1].toObject().value(QStringLiteral("category_id")).toString(), kitchen);
    EXPECT_EQ(categories[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Kitchen"));
    EXPECT_EQ(integer(categories[1].toObject(), "revenue"), 3000);

    const auto csv = get("/api/v1/reports/top-products?from=2026-05-01&to=2026-05-31&by=units", staff, {{"Accept", "text/csv"}});
    EXPECT_EQ(csv.status, 200);
    EXPECT_TRUE(csv.header("Content-Type").startsWith("text/csv")) << csv.header("Content-Type").constData();
    const QList<QByteArray> lines = csv.body.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[0].trimmed(), "sku,product_id,title,units,revenue");
    EXPECT_EQ(lines[1].trimmed(), "PIN-1,,PIN-1,10,500");
}

TEST_F(Reports, RefundsByReasonWithTheirRate)
{
    const QDate day(2026, 6, 1);
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids.append(place({{QStringLiteral("MUG-1"), 1, 1000}}, at(day)));
    refund(ids[0], 1000, 0, QStringLiteral("damaged"), at(day.addDays(1)));
    refund(ids[1], 500, 0, QStringLiteral("damaged"), at(day.addDays(1)));
    refund(ids[2], 1395, 395, QStringLiteral("wrong size"), at(day.addDays(2)));
    waitForReports();
    const QJsonObject r = report("/api/v1/reports/refunds?from=2026-06-01&to=2026-06-30");
    EXPECT_EQ(integer(r, "orders"), 4);
    const QJsonArray items = r.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("damaged"));
    EXPECT_EQ(integer(items[0].toObject(), "refunds"), 2);
    EXPECT_EQ(integer(items[0].toObject(), "amount"), 1500);
    EXPECT_DOUBLE_EQ(items[0].toObject().value(QStringLiteral("rate")).toDouble(), 0.5);
    EXPECT_EQ(integer(items[1].toObject(), "amount"), 1000);
    EXPECT_EQ(integer(r.value(QStringLiteral("totals")).toObject(), "amount"), 2500);
    const auto csv = get("/api/v1/reports/refunds?from=2026-06-01&to=2026-06-30", staff, {{"Accept", "text/csv"}});
    EXPECT_EQ(csv.body.split('\n').value(2).trimmed(), "wrong size,1,1000,0.25");
}

// Cancelling a paid order records what went back as a refund of kind cancellation; the OrderCancelled already
// takes the order off net sales, so that money is counted once.
TEST_F(Reports, ACancelledOrdersRefundIsCountedOnceAsACancellation)
{
    const QDate day(2026, 7, 1);
    const qint64 kept = place({{QStringLiteral("MUG-1"), 1, 1000}}, at(day));
    const qint64 cancelled = place({{QStringLiteral("MUG-1"), 2, 1000}}, at(day));
    act(cancelled, Domain::OrderAction::Cancel);
    refund(cancelled, 2000, 0, QStringLiteral("other"), QDateTime::currentDateTimeUtc(), QStringLiteral("GBP"),
           QStringLiteral("cancellation"));
    refund(kept, 300, 0, QStringLiteral("damaged"), at(day, 12));
    waitForReports();
    const QJsonObject totals = report("/api/v1/reports/sales?from=2026-07-01&to=2026-07-01&currency=GBP")
                                   .value(QStringLiteral("totals"))
                                   .toObject();
    EXPECT_EQ(integer(totals, "refunds"), 300);
    const QJsonObject reasons = report("/api/v1/reports/refunds?from=2026-07-01&to=2026-07-01");
    EXPECT_EQ(integer(reasons.value(QStringLiteral("totals")).toObject(), "amount"), 300);
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const QJsonObject now = report((QStringLiteral("/api/v1/reports/sales?from=") + today + QStringLiteral("&to=") + today + QStringLiteral("&currency=GBP")).toUtf8())
                                .value(QStringLiteral("totals"))
                                .toObject();
    EXPECT_EQ(integer(now, "refunds"), 0);
    EXPECT_EQ(integer(now, "cancellations"), 2000);
}

TEST_F(Reports, FulfilmentLeadTimesAndOrdersByState)
{
    const QDate day(2026, 7, 6);
    // Confirmed → shipped after 1, 2, 3, 4 and 10 hours; two of them delivered 24 and 48 hours after shipping.
    const int shipHours[] = {1, 2, 3, 4, 10};
    for (int i = 0; i < 5; ++i) {
        const qint64 id = place({{QStringLiteral("MUG-1"), 1, 1000}}, at(day, 8));
        orderEvent(id, "OrderConfirmed", "confirmed", at(day, 9));
        orderEvent(id, "OrderShipped", "shipped", at(day, 9 + shipHours[i]));
        if (i < 2)
            orderEvent(id, "OrderDelivered", "delivered", at(day, 9 + shipHours[i]).addDays(i + 1));
    }
    const qint64 waiting = place({{QStringLiteral("MUG-1"), 1, 1000}}, at(day, 8));
    orderEvent(waiting, "OrderConfirmed", "confirmed", at(day, 9));
    place({{QStringLiteral("MUG-1"), 1, 1000}}, at(day, 8));
    waitForReports();

    const QJsonObject f = report("/api/v1/reports/fulfilment?from=2026-07-06&to=2026-07-06");
    EXPECT_EQ(integer(f, "confirmed"), 6);
    EXPECT_EQ(integer(f, "not_shipped"), 1);
    const QJsonArray stages = f.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(stages.size(), 3);
    EXPECT_EQ(stages[0].toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("confirmed_to_shipped"));
    EXPECT_EQ(integer(stages[0].toObject(), "orders"), 5);
    EXPECT_EQ(integer(stages[0].toObject(), "median_seconds"), 3 * 3600);
    EXPECT_EQ(integer(stages[0].toObject(), "p90_seconds"), 10 * 3600);
    EXPECT_EQ(integer(stages[1].toObject(), "orders"), 2);
    EXPECT_EQ(integer(stages[1].toObject(), "median_seconds"), 24 * 3600);
    EXPECT_EQ(integer(stages[2].toObject(), "p90_seconds"), 48 * 3600 + 2 * 3600);

    const QJsonObject states = report("/api/v1/reports/orders-by-state?from=2026-07-06&to=2026-07-08");
    const QJsonArray days = states.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(days.size(), 3);
    EXPECT_EQ(integer(days[0].toObject(), "placed"), 7);
    EXPECT_EQ(integer(days[0].toObject(), "confirmed"), 6);
    EXPECT_EQ(integer(days[0].toObject(), "shipped"), 5);
    EXPECT_EQ(integer(days[1].toObject(), "delivered"), 1);
    EXPECT_EQ(integer(days[2].toObject(), "delivered"), 1);
    const QJsonObject current = states.value(QStringLiteral("current")).toObject();
    EXPECT_EQ(integer(current, "pending"), 1);
    EXPECT_EQ(integer(current, "confirmed"), 1);
    EXPECT_EQ(integer(current, "shipped"), 3);
    EXPECT_EQ(integer(current, "delivered"), 2);
    EXPECT_EQ(integer(current, "cancelled"), 0);
    const auto csv = get("/api/v1/reports/fulfilment?from=2026-07-06&to=2026-07-06", staff, {{"Accept", "text/csv"}});
    EXPECT_EQ(csv.body.split('\n').value(0).trimmed(), "stage,orders,median_seconds,p90_seconds");
}

TEST_F(Reports, StockValueStockoutsAndAttention)
{
    const QByteArray admin = adminToken();
    for (const auto &[sku, price] : {std::pair{"MUG-1", 1000}, std::pair{"POT-1", 250}}) {
        const auto r = send("POST", "/api/v1/products", admin,
                            QJsonObject{{QStringLiteral("title"), QStringLiteral("Thing ") + QString::fromLatin1(sku)},
                                        {QStringLiteral("sku"), QString::fromLatin1(sku)},
                                        {QStringLiteral("price"), QJsonObject{{QStringLiteral("amount"), price},
                                                                              {QStringLiteral("currency"), QStringLiteral("GBP")}}}});
        ASSERT_EQ(r.status, 201) << r.body.constData();
    }
    const auto warehouse = send("POST", "/api/v1/warehouses", admin,
                                QJsonObject{{QStringLiteral("code"), QStringLiteral("EAST")},
                                            {QStringLiteral("name"), QStringLiteral("East store")},
                                            {QStringLiteral("priority"), 2}});
    ASSERT_EQ(warehouse.status, 201) << warehouse.body.constData();
    const auto receive = [&](const char *sku, const char *where, qint64 n) {
        const auto r = send("POST", "/api/v1/stock/" + QByteArray(sku) + "/adjustments", admin,
                            QJsonObject{{QStringLiteral("warehouse"), QString::fromLatin1(where)},
                                        {QStringLiteral("delta"), n},
                                        {QStringLiteral("reason"), QStringLiteral("received")}},
                            {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
        ASSERT_EQ(r.status, 201) << r.body.constData();
    };
    receive("MUG-1", "MAIN", 10);
    receive("POT-1", "MAIN", 4);
    receive("MUG-1", "EAST", 3);
    const auto reorder = send("PUT", "/api/v1/stock/POT-1/reorder", admin,
                              QJsonObject{{QStringLiteral("reorder_point"), 5}, {QStringLiteral("reorder_quantity"), 20}});
    ASSERT_EQ(reorder.status, 200) << reorder.body.constData();

    const QJsonArray value = report("/api/v1/reports/stock-value").value(QStringLiteral("items")).toArray();
    ASSERT_EQ(value.size(), 2);
    EXPECT_EQ(value[0].toObject().value(QStringLiteral("warehouse")).toString(), QStringLiteral("EAST"));
    EXPECT_EQ(integer(value[0].toObject(), "value"), 3000);
    EXPECT_EQ(integer(value[1].toObject(), "units"), 14);
    EXPECT_EQ(integer(value[1].toObject(), "value"), 10 * 1000 + 4 * 250);
    EXPECT_EQ(value[1].toObject().value(QStringLiteral("basis")).toString(), QStringLiteral("price"));

    const QJsonArray stockouts = report("/api/v1/reports/stockouts").value(QStringLiteral("items")).toArray();
    ASSERT_EQ(stockouts.size(), 1);
    EXPECT_EQ(stockouts[0].toObject().value(QStringLiteral("sku")).toString(), QStringLiteral("POT-1"));

    // Attention: the low SKU, an order confirmed long ago and not shipped, a failed saga, a dead webhook.
    const qint64 old = place({{QStringLiteral("MUG-1"), 1, 1000}}, QDateTime::currentDateTimeUtc().addDays(-5));
    act(old, Domain::OrderAction::Confirm);
    PgConnection c(db.conninfo());
    ASSERT_TRUE(c.exec("UPDATE order_events SET occurred_at = now() - interval '4 days' WHERE order_id = $1",
                       {QByteArray::number(old)}));
    act(place({{QStringLiteral("MUG-1"), 1, 1000}}, QDateTime::currentDateTimeUtc()), Domain::OrderAction::Confirm);
    ASSERT_TRUE(c.exec("INSERT INTO sagas (id, status, step, cart_id, email, shipping_address, lines, amount, currency) "
                       "VALUES (md5('a'), 'failed', 'reserve_inventory', 'cart', 'a@example.com', '{}', '[]', 0, 'GBP')"));
    ASSERT_TRUE(c.exec("INSERT INTO webhook_subscriptions (url, event_types, secret) VALUES ('https://example.com/h', "
                       "'{OrderPlaced}', 'secret')"));
    ASSERT_TRUE(c.exec("INSERT INTO webhook_deliveries (subscription_id, event_id, event_type, body, status) "
                       "SELECT id, 1, 'OrderPlaced', '{}', 'dead' FROM webhook_subscriptions"));
    // Of these refunds only the first waits for a second person.
    for (const char *status : {"awaiting_approval", "processing", "rejected"})
        ASSERT_TRUE(c.exec("INSERT INTO refunds (order_id, status, currency, amount, reason) "
                           "VALUES ($1, $2, 'GBP', 500, 'goodwill')",
                           {QByteArray::number(old), QByteArray(status)}));
    const QJsonObject attention = report("/api/v1/reports/attention");
    EXPECT_EQ(integer(attention, "low_stock"), 1);
    EXPECT_EQ(integer(attention, "late_orders"), 1);
    EXPECT_EQ(integer(attention, "ship_promise_days"), 2);
    EXPECT_EQ(integer(attention, "failed_sagas"), 1);
    EXPECT_EQ(integer(attention, "dead_webhooks"), 1);
    EXPECT_EQ(integer(attention, "refunds_awaiting_approval"), 1);
}

TEST_F(Reports, AnEmptyShopAnswersZerosNotErrors)
{
    const QJsonObject sales = report("/api/v1/reports/sales");
    EXPECT_EQ(sales.value(QStringLiteral("items")).toArray().size(), 30);
    EXPECT_EQ(integer(sales.value(QStringLiteral("totals")).toObject(), "gross"), 0);
    EXPECT_EQ(integer(sales.value(QStringLiteral("totals")).toObject(), "average_order_value"), 0);
    EXPECT_EQ(sales.value(QStringLiteral("currency")).toString(), QStringLiteral("GBP"));
    for (const char *path : {"/api/v1/reports/top-products", "/api/v1/reports/top-categories", "/api/v1/reports/refunds",
                             "/api/v1/reports/stockouts"})
        EXPECT_TRUE(report(path).value(QStringLiteral("items")).toArray().isEmpty()) << path;
    const QJsonArray stages = report("/api/v1/reports/fulfilment").value(QStringLiteral("items")).toArray();
    ASSERT_EQ(stages.size(), 3);
    EXPECT_TRUE(stages[0].toObject().value(QStringLiteral("median_seconds")).isNull());
    const QJsonArray value = report("/api/v1/reports/stock-value").value(QStringLiteral("items")).toArray();
    ASSERT_EQ(value.size(), 1); // the main warehouse, empty
    EXPECT_EQ(integer(value[0].toObject(), "value"), 0);
    const QJsonObject attention = report("/api/v1/reports/attention");
    for (const char *card : {"low_stock", "late_orders", "failed_sagas", "dead_webhooks", "refunds_awaiting_approval"})
        EXPECT_EQ(integer(attention, card), 0) << card;
    const auto csv = get("/api/v1/reports/refunds", staff, {{"Accept", "text/csv"}});
    EXPECT_EQ(csv.status, 200);
    EXPECT_EQ(csv.body, "reason,refunds,amount,rate\r\n");
    EXPECT_TRUE(checkReports(false).differences.isEmpty());
}

TEST_F(Reports, BadParametersAreProblemsNamingTheField)
{
    const struct {
        const char *query;
        const char *field;
    } cases[] = {
        {"/api/v1/reports/sales?from=2026-02-01&to=2026-01-01", "to"},
        {"/api/v1/reports/sales?from=2020-01-01&to=2026-01-01", "from"},
        {"/api/v1/reports/sales?interval=hour", "interval"},
        {"/api/v1/reports/sales?from=01/02/2026", "from"},
        {"/api/v1/reports/sales?to=2026-02-30", "to"},
        {"/api/v1/reports/sales?currency=pounds", "currency"},
        {"/api/v1/reports/top-products?by=price", "by"},
        {"/api/v1/reports/top-products?limit=0", "limit"},
        {"/api/v1/reports/top-categories?limit=1000", "limit"},
        {"/api/v1/reports/refunds?from=2026-03-01&to=2026-02-01", "to"},
        {"/api/v1/reports/orders-by-state?interval=year", "interval"},
        {"/api/v1/reports/fulfilment?from=tomorrow", "from"},
    };
    for (const auto &c : cases) {
        const auto r = get(c.query, staff);
        EXPECT_EQ(r.status, 422) << c.query << ' ' << r.body.constData();
        EXPECT_TRUE(r.header("Content-Type").startsWith("application/problem+json")) << c.query;
        EXPECT_EQ(firstErrorField(r), QString::fromLatin1(c.field)) << c.query << ' ' << r.body.constData();
    }
    // Wide ranges are fine at a wider interval.
    EXPECT_EQ(get("/api/v1/reports/sales?from=2020-01-01&to=2026-01-01&interval=month", staff).status, 200);
    // Staff only.
    EXPECT_EQ(get("/api/v1/reports/sales").status, 401);
    EXPECT_EQ(get("/api/v1/reports/attention", customer(QStringLiteral("casey@example.com"))).status, 403);
}

TEST_F(Reports, EveryReportAnswersCsvWithTheRowsOfItsJson)
{
    const QDate day = QDateTime::currentDateTimeUtc().date();
    const qint64 id = place({{QStringLiteral("MUG-1"), 2, 1000}, {QStringLiteral("POT-1"), 1, 500}}, at(day, 0));
    refund(id, 500, 0, QStringLiteral("damaged"), QDateTime::currentDateTimeUtc());
    waitForReports();
    for (const char *path : {"/api/v1/reports/sales", "/api/v1/reports/top-products", "/api/v1/reports/top-categories",
                             "/api/v1/reports/refunds", "/api/v1/reports/orders-by-state", "/api/v1/reports/fulfilment",
                             "/api/v1/reports/stock-value", "/api/v1/reports/stockouts"}) {
        const QJsonArray items = report(path).value(QStringLiteral("items")).toArray();
        const auto csv = get(path, staff, {{"Accept", "text/csv"}});
        ASSERT_EQ(csv.status, 200) << path;
        EXPECT_TRUE(csv.header("Content-Type").startsWith("text/csv")) << path;
        EXPECT_TRUE(csv.header("Content-Disposition").startsWith("attachment; filename=")) << path;
        QList<QByteArray> lines = csv.body.split('\n');
        ASSERT_EQ(lines.takeLast(), QByteArray()) << path << ": every record ends with CRLF";
        ASSERT_EQ(lines.size(), items.size() + 1) << path << '\n' << csv.body.constData();
        QStringList header = QString::fromUtf8(lines.first().trimmed()).split(u',');
        for (const QJsonValue &item : items) {
            QStringList keys = item.toObject().keys();
            std::sort(keys.begin(), keys.end());
            QStringList sorted = header;
            std::sort(sorted.begin(), sorted.end());
            EXPECT_EQ(keys, sorted) << path;
        }
    }
    // The numbers are the JSON's: the first day with sales, in minor units.
    const auto csv = get("/api/v1/reports/sales?from=" + day.toString(Qt::ISODate).toLatin1() + "&to="
                             + day.toString(Qt::ISODate).toLatin1(),
                         staff, {{"Accept", "text/csv"}});
    EXPECT_EQ(csv.body.split('\n').value(1).trimmed(),
              day.toString(Qt::ISODate).toLatin1() + ",1,3,2500,0,500,0,2000,2500");
}

TEST_F(Reports, PickedAndPackedOrdersAreFulfilling)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 picked = place({{QStringLiteral("MUG-1"), 1, 1000}}, now);
    act(picked, Domain::OrderAction::Confirm);
    act(picked, Domain::OrderAction::Pick);
    const qint64 packed = place({{QStringLiteral("MUG-1"), 1, 1000}}, now);
    act(packed, Domain::OrderAction::Confirm);
    act(packed, Domain::OrderAction::Pick);
    act(packed, Domain::OrderAction::Pack);
    act(place({{QStringLiteral("MUG-1"), 1, 1000}}, now), Domain::OrderAction::Confirm);
    waitForReports();
    const QJsonObject states = report("/api/v1/reports/orders-by-state");
    const QJsonObject current = states.value(QStringLiteral("current")).toObject();
    EXPECT_EQ(integer(current, "fulfilling"), 2);
    EXPECT_EQ(integer(current, "confirmed"), 1);
    const QJsonArray days = states.value(QStringLiteral("items")).toArray();
    ASSERT_FALSE(days.isEmpty());
    EXPECT_EQ(integer(days.last().toObject(), "confirmed"), 3);
    EXPECT_TRUE(checkReports(false).differences.isEmpty());
}
