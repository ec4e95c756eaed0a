// SPDX-License-Identifier: MIT
#include "server/inventory/inventoryprojection.h"
#include "server/inventory/inventoryservice.h"
#include "server/store/database.h"
#include "server/store/pgconnection.h"
#include "tests/server/apitest.h"

#include <QRandomGenerator>
#include <QUuid>
#include <barrier>
#include <thread>

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;

namespace {
QJsonObject product(const QString &sku)
{
    return {{QStringLiteral("title"), QStringLiteral("Enamel mug ") + sku},
            {QStringLiteral("sku"), sku},
            {QStringLiteral("price"), QJsonObject{{QStringLiteral("amount"), 1299}, {QStringLiteral("currency"), QStringLiteral("GBP")}}}};
}
QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}
QJsonObject adjustment(qint64 delta, const QString &reason = QStringLiteral("received"), const QString &warehouse = QStringLiteral("MAIN"))
{
    return {{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("delta"), delta}, {QStringLiteral("reason"), reason}};
}
const AuditActor testActor{std::nullopt, QByteArrayLiteral("inventory-test"), QStringLiteral("test")};
} // namespace

class Inventory : public ApiTest {
protected:
    void SetUp() override
    {
        ApiTest::SetUp();
        admin = adminToken();
        createStaff(QStringLiteral("stock@shop.test"), {QStringLiteral("warehouse")});
        staff = signIn(QStringLiteral("stock@shop.test"), QStringLiteral("staff secret 1"));
    }
    void makeSku(const QString &sku)
    {
        const auto r = send("POST", "/api/v1/products", admin, product(sku));
        ASSERT_EQ(r.status, 201) << r.body.constData();
    }
    void makeWarehouse(const QString &code, int priority)
    {
        const auto r = send("POST", "/api/v1/warehouses", admin,
                            QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("name"), code + QStringLiteral(" store")},
                                        {QStringLiteral("priority"), priority}});
        ASSERT_EQ(r.status, 201) << r.body.constData();
    }
    RawHttp::Response move(QByteArrayView path, const QJsonObject &body, const QByteArray &key = newKey())
    {
        return send("POST", path, staff, body, {{"Idempotency-Key", key}});
    }
    QJsonObject stock(const QString &sku)
    {
        const auto r = get("/api/v1/stock/" + sku.toUtf8(), staff);
        EXPECT_EQ(r.status, 200) << r.body.constData();
        return jsonOf(r);
    }
    qint64 count(const QByteArray &sql)
    {
        PgConnection c(db.conninfo());
        auto rows = c.exec(sql);
        return rows ? rows->toInt64(0, 0) : -1;
    }
    static QJsonObject level(const QJsonObject &item, const QString &warehouse)
    {
        for (const QJsonValue &w : item.value(QStringLiteral("warehouses")).toArray())
            if (w.toObject().value(QStringLiteral("warehouse")).toString() == warehouse)
                return w.toObject();
        return {};
    }
    static qint64 num(const QJsonObject &o, const char *key)
    {
        return o.value(QLatin1String(key)).toInteger(-999);
    }
    QByteArray admin;
    QByteArray staff;
};

TEST_F(Inventory, AdjustsStockAndRefusesBadInputChangingNothing)
{
    makeSku(QStringLiteral("MUG-1"));
    const auto received = move("/api/v1/stock/mug-1/adjustments", adjustment(25));
    ASSERT_EQ(received.status, 201) << received.body.constData();
    const QJsonObject event = jsonOf(received).value(QStringLiteral("event")).toObject();
    EXPECT_EQ(event.value(QStringLiteral("type")).toString(), QStringLiteral("Received"));
    EXPECT_EQ(num(event, "version"), 1);
    EXPECT_EQ(num(jsonOf(received).value(QStringLiteral("stock")).toObject(), "on_hand"), 25);

    const auto damaged = move("/api/v1/stock/MUG-1/adjustments",
                              QJsonObject{{QStringLiteral("warehouse"), QStringLiteral("main")}, {QStringLiteral("delta"), -5},
                                          {QStringLiteral("reason"), QStringLiteral("damaged")},
                                          {QStringLiteral("note"), QStringLiteral("dropped")}});
    ASSERT_EQ(damaged.status, 201) << damaged.body.constData();
    QJsonObject item = stock(QStringLiteral("MUG-1"));
    EXPECT_EQ(num(item, "on_hand"), 20);
    EXPECT_EQ(num(item, "available"), 20);
    EXPECT_EQ(num(level(item, QStringLiteral("MAIN")), "version"), 2);

    const qint64 events = count("SELECT count(*) FROM inventory_events");
    const qint64 outbox = count("SELECT count(*) FROM outbox WHERE event_type = 'InventoryChanged'");
    EXPECT_EQ(outbox, 2);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'stock.adjust'"), 2);
    struct Bad {
        QByteArray path;
        QJsonObject body;
        int status;
        QString field;
    };
    QJsonObject noReason = adjustment(3);
    noReason.remove(QStringLiteral("reason"));
    QJsonObject extra = adjustment(3);
    extra.insert(QStringLiteral("version"), 1);
    const QList<Bad> bad{
        {"/api/v1/stock/MUG-1/adjustments", adjustment(-21, QStringLiteral("lost")), 422, QStringLiteral("delta")},
        {"/api/v1/stock/MUG-1/adjustments", noReason, 422, QStringLiteral("reason")},
        {"/api/v1/stock/MUG-1/adjustments", adjustment(0, QStringLiteral("found")), 422, QStringLiteral("delta")},
        {"/api/v1/stock/MUG-1/adjustments", adjustment(1'000'000'000'000), 422, QStringLiteral("delta")},
        {"/api/v1/stock/MUG-1/adjustments", adjustment(3, QStringLiteral("stolen")), 422, QStringLiteral("reason")},
        {"/api/v1/stock/MUG-1/adjustments", adjustment(3, QStringLiteral("received"), QStringLiteral("NOPE")), 422,
         QStringLiteral("warehouse")},
        {"/api/v1/stock/MUG-1/adjustments", extra, 422, QStringLiteral("version")},
        {"/api/v1/stock/NO-SUCH/adjustments", adjustment(3), 404, {}},
        {"/api/v1/stock/MUG-1/counts", QJsonObject{{QStringLiteral("warehouse"), QStringLiteral("MAIN")}, {QStringLiteral("counted"), -1}},
         422, QStringLiteral("counted")},
    };
    for (const Bad &b : bad) {
        const auto r = move(b.path, b.body);
        EXPECT_EQ(r.status, b.status) << b.path.constData() << ' ' << QJsonDocument(b.body).toJson().constData() << r.body.constData();
        EXPECT_TRUE(r.header("Content-Type").startsWith("application/problem+json"));
        if (!b.field.isEmpty()) {
            EXPECT_EQ(firstErrorField(r), b.field) << r.body.constData();
        }
    }
    // Without an Idempotency-Key a stock move is refused before it runs.
    EXPECT_EQ(send("POST", "/api/v1/stock/MUG-1/adjustments", staff, adjustment(3)).status, 428);
    EXPECT_EQ(count("SELECT count(*) FROM inventory_events"), events);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'InventoryChanged'"), outbox);
    EXPECT_EQ(num(stock(QStringLiteral("MUG-1")), "on_hand"), 20);
}

TEST_F(Inventory, ReplaysAnAdjustmentSentTwiceAndRefusesTheKeyForAnotherBody)
{
    makeSku(QStringLiteral("MUG-1"));
    const QByteArray key = newKey();
    const auto first = move("/api/v1/stock/MUG-1/adjustments", adjustment(10), key);
    ASSERT_EQ(first.status, 201);
    const auto again = move("/api/v1/stock/MUG-1/adjustments", adjustment(10), key);
    EXPECT_EQ(again.status, 201);
    EXPECT_EQ(again.body, first.body);
    EXPECT_EQ(move("/api/v1/stock/MUG-1/adjustments", adjustment(11), key).status, 422);
    EXPECT_EQ(num(stock(QStringLiteral("MUG-1")), "on_hand"), 10);
    EXPECT_EQ(count("SELECT count(*) FROM inventory_events"), 1);
}

TEST_F(Inventory, AnswersConflictForAKeyWhoseRequestIsStillRunning)
{
    makeSku(QStringLiteral("MUG-1"));
    ASSERT_EQ(move("/api/v1/stock/MUG-1/adjustments", adjustment(10)).status, 201);
    // Hold the stream's head, so the first request waits inside its transaction.
    PgConnection blocker(db.conninfo());
    ASSERT_TRUE(blocker.exec("BEGIN"));
    ASSERT_TRUE(blocker.exec("SELECT 1 FROM stock_levels WHERE sku = 'MUG-1' FOR UPDATE"));
    const QByteArray key = newKey();
    RawHttp::Response first;
    std::thread running([&] { first = move("/api/v1/stock/MUG-1/adjustments", adjustment(5), key); });
    PgConnection watcher(db.conninfo());
    bool waiting = false;
    for (int i = 0; i < 1000 && !waiting; ++i) {
        auto rows = watcher.exec("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                 "AND datname = current_database()");
        waiting = rows && rows->toInt64(0, 0) > 0;
        if (!waiting)
            QThread::msleep(10);
    }
    EXPECT_TRUE(waiting) << "the first request never reached the lock";
    EXPECT_EQ(move("/api/v1/stock/MUG-1/adjustments", adjustment(5), key).status, 409);
    ASSERT_TRUE(blocker.exec("COMMIT"));
    running.join();
    EXPECT_EQ(first.status, 201) << first.body.constData();
    EXPECT_EQ(num(stock(QStringLiteral("MUG-1")), "on_hand"), 15);
}

TEST_F(Inventory, TurnsACountIntoTheCorrectionAndListsHistoryNewestFirst)
{
    makeSku(QStringLiteral("MUG-1"));
    ASSERT_EQ(move("/api/v1/stock/MUG-1/adjustments", adjustment(25)).status, 201);
    const QJsonObject counted{{QStringLiteral("warehouse"), QStringLiteral("MAIN")}, {QStringLiteral("counted"), 20},
                              {QStringLiteral("note"), QStringLiteral("aisle 3")}};
    const auto r = move("/api/v1/stock/MUG-1/counts", counted);
    ASSERT_EQ(r.status, 201) << r.body.constData();
    const QJsonObject event = jsonOf(r).value(QStringLiteral("event")).toObject();
    EXPECT_EQ(num(event, "quantity"), -5);
    EXPECT_EQ(event.value(QStringLiteral("reason")).toString(), QStringLiteral("count_correction"));
    const auto same = move("/api/v1/stock/MUG-1/counts", counted);
    ASSERT_EQ(same.status, 201);
    EXPECT_TRUE(jsonOf(same).value(QStringLiteral("event")).isNull());

    const auto history = get("/api/v1/stock/MUG-1/history?limit=1", staff);
    ASSERT_EQ(history.status, 200);
    const QJsonArray items = jsonOf(history).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("Adjusted"));
    EXPECT_EQ(num(items[0].toObject(), "on_hand_after"), 20);
    const QString cursor = jsonOf(history).value(QStringLiteral("next_cursor")).toString();
    const auto older = get("/api/v1/stock/MUG-1/history?limit=5&cursor=" + cursor.toUtf8(), staff);
    const QJsonArray rest = jsonOf(older).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(rest.size(), 1);
    EXPECT_EQ(rest[0].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("Received"));
}

TEST_F(Inventory, MovesStockBetweenWarehousesThroughTransit)
{
    makeSku(QStringLiteral("MUG-1"));
    makeWarehouse(QStringLiteral("EAST"), 2);
    ASSERT_EQ(move("/api/v1/stock/MUG-1/adjustments", adjustment(25)).status, 201);
    const QJsonObject body{{QStringLiteral("sku"), QStringLiteral("mug-1")}, {QStringLiteral("from"), QStringLiteral("MAIN")},
                           {QStringLiteral("to"), QStringLiteral("EAST")}, {QStringLiteral("quantity"), 10}};
    const auto created = move("/api/v1/stock/transfers", body);
    ASSERT_EQ(created.status, 201) << created.body.constData();
    const QByteArray id = jsonOf(created).value(QStringLiteral("id")).toString().toUtf8();
    EXPECT_EQ(jsonOf(created).value(QStringLiteral("status")).toString(), QStringLiteral("in_transit"));
    QJsonObject item = stock(QStringLiteral("MUG-1"));
    EXPECT_EQ(num(level(item, QStringLiteral("MAIN")), "on_hand"), 15);
    EXPECT_EQ(num(level(item, QStringLiteral("EAST")), "incoming"), 10);
    EXPECT_EQ(num(item, "incoming"), 10);

    const auto part = move("/api/v1/stock/transfers/" + id + "/receipts", QJsonObject{{QStringLiteral("quantity"), 4}});
    ASSERT_EQ(part.status, 201) << part.body.constData();
    EXPECT_EQ(jsonOf(part).value(QStringLiteral("status")).toString(), QStringLiteral("partially_received"));
    const auto tooMany = move("/api/v1/stock/transfers/" + id + "/receipts", QJsonObject{{QStringLiteral("quantity"), 7}});
    EXPECT_EQ(tooMany.status, 422);
    EXPECT_EQ(firstErrorField(tooMany), QStringLiteral("quantity"));
    const auto rest = move("/api/v1/stock/transfers/" + id + "/receipts", QJsonObject{{QStringLiteral("quantity"), 6}});
    EXPECT_EQ(jsonOf(rest).value(QStringLiteral("status")).toString(), QStringLiteral("received"));
    item = stock(QStringLiteral("MUG-1"));
    EXPECT_EQ(num(level(item, QStringLiteral("EAST")), "on_hand"), 10);
    EXPECT_EQ(num(level(item, QStringLiteral("EAST")), "incoming"), 0);
    EXPECT_EQ(num(item, "on_hand"), 25);

    QJsonObject same = body;
    same.insert(QStringLiteral("to"), QStringLiteral("main"));
    EXPECT_EQ(move("/api/v1/stock/transfers", same).status, 422);
    QJsonObject tooBig = body;
    tooBig.insert(QStringLiteral("quantity"), 16);
    const auto refused = move("/api/v1/stock/transfers", tooBig);
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(count("SELECT count(*) FROM stock_transfers"), 1);
    const auto open = get("/api/v1/stock/transfers?status=in_transit", staff);
    EXPECT_EQ(jsonOf(open).value(QStringLiteral("items")).toArray().size(), 0);
    const auto all = get("/api/v1/stock/transfers?status=all", staff);
    EXPECT_EQ(jsonOf(all).value(QStringLiteral("items")).toArray().size(), 1);
}

TEST_F(Inventory, ReservesByPrioritySplitsAndReportsShortages)
{
    makeSku(QStringLiteral("MUG-1"));
    makeSku(QStringLiteral("CUP-1"));
    makeWarehouse(QStringLiteral("EAST"), 2);
    ASSERT_EQ(move("/api/v1/stock/MUG-1/adjustments", adjustment(4)).status, 201);
    ASSERT_EQ(move("/api/v1/stock/MUG-1/adjustments", adjustment(10, QStringLiteral("received"), QStringLiteral("EAST"))).status, 201);
    ASSERT_EQ(move("/api/v1/stock/CUP-1/adjustments", adjustment(1)).status, 201);

    const auto line = [](const char *sku, int quantity) {
        return QJsonObject{{QStringLiteral("sku"), QString::fromLatin1(sku)}, {QStringLiteral("quantity"), quantity}};
    };
    // Two lines of one SKU: 3 fit in MAIN; then 6 fit only in EAST.
    const auto r = move("/api/v1/stock/reservations",
                        QJsonObject{{QStringLiteral("lines"), QJsonArray{line("MUG-1", 3), line("mug-1", 6)}},
                                    {QStringLiteral("reference"), QStringLiteral("cart 7")}});
    ASSERT_EQ(r.status, 201) << r.body.constData();
    const QJsonArray lines = jsonOf(r).value(QStringLiteral("lines")).toArray();
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0].toObject().value(QStringLiteral("warehouses")).toArray().first().toObject().value(QStringLiteral("warehouse")).toString(),
              QStringLiteral("MAIN"));
    EXPECT_EQ(lines[1].toObject().value(QStringLiteral("warehouses")).toArray().first().toObject().value(QStringLiteral("warehouse")).toString(),
              QStringLiteral("EAST"));
    EXPECT_EQ(num(stock(QStringLiteral("MUG-1")), "available"), 5);

    // 5 left (1 MAIN + 4 EAST): a line of 5 is split.
    const auto split = move("/api/v1/stock/reservations", QJsonObject{{QStringLiteral("lines"), QJsonArray{line("MUG-1", 5)}}});
    ASSERT_EQ(split.status, 201) << split.body.constData();
    EXPECT_EQ(jsonOf(split).value(QStringLiteral("lines")).toArray().first().toObject().value(QStringLiteral("warehouses")).toArray().size(), 2);

    const auto shortR = move("/api/v1/stock/reservations",
                             QJsonObject{{QStringLiteral("lines"), QJsonArray{line("MUG-1", 1), line("CUP-1", 2)}}});
    ASSERT_EQ(shortR.status, 409) << shortR.body.constData();
    const QJsonArray shortages = jsonOf(shortR).value(QStringLiteral("short")).toArray();
    ASSERT_EQ(shortages.size(), 2);
    EXPECT_EQ(num(shortages[1].toObject(), "requested"), 2);
    EXPECT_EQ(num(shortages[1].toObject(), "available"), 1);
    EXPECT_EQ(num(stock(QStringLiteral("CUP-1")), "available"), 1); // all or nothing
    EXPECT_EQ(move("/api/v1/stock/reservations", QJsonObject{{QStringLiteral("lines"), QJsonArray{line("NOPE", 1)}}}).status, 422);

    const QByteArray first = jsonOf(r).value(QStringLiteral("id")).toString().toUtf8();
    const auto allocated = move("/api/v1/stock/reservations/" + first + "/allocate", {});
    ASSERT_EQ(allocated.status, 200) << allocated.body.constData();
    EXPECT_EQ(jsonOf(allocated).value(QStringLiteral("status")).toString(), QStringLiteral("allocated"));
    EXPECT_EQ(move("/api/v1/stock/reservations/" + first + "/release", {}).status, 409);
    QJsonObject item = stock(QStringLiteral("MUG-1"));
    EXPECT_EQ(num(item, "allocated"), 9);
    EXPECT_EQ(num(item, "reserved"), 5);
    const QByteArray second = jsonOf(split).value(QStringLiteral("id")).toString().toUtf8();
    ASSERT_EQ(move("/api/v1/stock/reservations/" + second + "/release", {}).status, 200);
    item = stock(QStringLiteral("MUG-1"));
    EXPECT_EQ(num(item, "reserved"), 0);
    EXPECT_EQ(num(item, "available"), 5);
}

TEST_F(Inventory, ExpiresAbandonedReservationsAndGivesTheStockBack)
{
    makeSku(QStringLiteral("MUG-1"));
    ASSERT_EQ(move("/api/v1/stock/MUG-1/adjustments", adjustment(5)).status, 201);
    const auto r = move("/api/v1/stock/reservations",
                        QJsonObject{{QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("MUG-1")},
                                                                                     {QStringLiteral("quantity"), 5}}}},
                                    {QStringLiteral("expires_in_seconds"), 600}});
    ASSERT_EQ(r.status, 201);
    EXPECT_EQ(num(stock(QStringLiteral("MUG-1")), "available"), 0);
    Database database(db.conninfo());
    InventoryService inventory(database, {});
    EXPECT_EQ(inventory.expireDue().value_or(-1), 0); // not due yet
    // Its time runs out (moved into the past rather than waited for).
    ASSERT_EQ(count("WITH u AS (UPDATE reservations SET expires_at = now() - interval '1 second' RETURNING 1) SELECT count(*) FROM u"), 1);
    EXPECT_EQ(inventory.expireDue().value_or(-1), 1);
    EXPECT_EQ(num(stock(QStringLiteral("MUG-1")), "available"), 5);
    const QByteArray id = jsonOf(r).value(QStringLiteral("id")).toString().toUtf8();
    EXPECT_EQ(count("SELECT count(*) FROM inventory_events WHERE type = 'ReservationExpired' AND reference = '" + id + "'"), 1);
    EXPECT_EQ(move("/api/v1/stock/reservations/" + id + "/allocate", {}).status, 409);
    const auto read = get("/api/v1/stock/reservations/" + id, staff);
    EXPECT_EQ(jsonOf(read).value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
    EXPECT_EQ(get("/api/v1/stock/reservations/999999", staff).status, 404);
}

TEST_F(Inventory, ManagesWarehouses)
{
    const auto created = send("POST", "/api/v1/warehouses", admin,
                              QJsonObject{{QStringLiteral("code"), QStringLiteral("east-1")}, {QStringLiteral("name"), QStringLiteral("East")}});
    ASSERT_EQ(created.status, 201) << created.body.constData();
    EXPECT_EQ(jsonOf(created).value(QStringLiteral("code")).toString(), QStringLiteral("EAST-1"));
    EXPECT_EQ(send("POST", "/api/v1/warehouses", admin,
                   QJsonObject{{QStringLiteral("code"), QStringLiteral("EAST-1")}, {QStringLiteral("name"), QStringLiteral("Again")}})
                  .status,
              409);
    const auto bad = send("POST", "/api/v1/warehouses", admin,
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("no spaces")}, {QStringLiteral("name"), QStringLiteral("X")}});
    EXPECT_EQ(bad.status, 422);
    EXPECT_EQ(firstErrorField(bad), QStringLiteral("code"));
    const auto patched = send("PATCH", "/api/v1/warehouses/east-1", admin, QJsonObject{{QStringLiteral("priority"), 0}},
                              {{"If-Match", created.header("ETag")}});
    ASSERT_EQ(patched.status, 200) << patched.body.constData();
    EXPECT_EQ(send("PATCH", "/api/v1/warehouses/east-1", admin, QJsonObject{{QStringLiteral("priority"), 3}},
                   {{"If-Match", created.header("ETag")}})
                  .status,
              412);
    const auto list = get("/api/v1/warehouses", staff);
    const QJsonArray items = jsonOf(list).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("EAST-1")); // priority 0 first
}

TEST_F(Inventory, ListsLowStockAndAnnouncesIt)
{
    makeSku(QStringLiteral("MUG-1"));
    makeSku(QStringLiteral("CUP-1"));
    ASSERT_EQ(move("/api/v1/stock/MUG-1/adjustments", adjustment(12)).status, 201);
    ASSERT_EQ(move("/api/v1/stock/CUP-1/adjustments", adjustment(12)).status, 201);
    const auto set = send("PUT", "/api/v1/stock/MUG-1/reorder", staff,
                          QJsonObject{{QStringLiteral("reorder_point"), 10}, {QStringLiteral("reorder_quantity"), 40}});
    ASSERT_EQ(set.status, 200) << set.body.constData();
    EXPECT_FALSE(jsonOf(set).value(QStringLiteral("low")).toBool());
    ASSERT_EQ(move("/api/v1/stock/MUG-1/adjustments", adjustment(-1, QStringLiteral("lost"))).status, 201);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'StockLevelLow'"), 0); // 11: not below 10
    ASSERT_EQ(move("/api/v1/stock/MUG-1/adjustments", adjustment(-3, QStringLiteral("lost"))).status, 201);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'StockLevelLow' AND aggregate_id = 'MUG-1'"), 1);
    ASSERT_EQ(move("/api/v1/stock/MUG-1/adjustments", adjustment(-1, QStringLiteral("lost"))).status, 201);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'StockLevelLow'"), 1); // only on crossing

    const auto low = get("/api/v1/stock/low", staff);
    ASSERT_EQ(low.status, 200);
    const QJsonArray items = jsonOf(low).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].toObject().value(QStringLiteral("sku")).toString(), QStringLiteral("MUG-1"));
    EXPECT_EQ(num(items[0].toObject(), "available"), 7);
    EXPECT_EQ(num(items[0].toObject(), "suggested_quantity"), 40);
    const auto list = get("/api/v1/stock?low=true", staff);
    EXPECT_EQ(jsonOf(list).value(QStringLiteral("items")).toArray().size(), 1);
    const auto all = get("/api/v1/stock?limit=1", staff);
    EXPECT_EQ(jsonOf(all).value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("sku")).toString(),
              QStringLiteral("CUP-1"));
    const QString cursor = jsonOf(all).value(QStringLiteral("next_cursor")).toString();
    const auto next = get("/api/v1/stock?limit=1&cursor=" + cursor.toUtf8(), staff);
    EXPECT_EQ(jsonOf(next).value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("sku")).toString(),
              QStringLiteral("MUG-1"));
    EXPECT_EQ(get("/api/v1/stock/lookup?code=mug-1", staff).status, 200);
    EXPECT_EQ(get("/api/v1/stock/lookup?code=NOPE", staff).status, 404);
}

TEST_F(Inventory, ForecastsFromTheDemandTheOutboxFeeds)
{
    makeSku(QStringLiteral("MUG-1"));
    ASSERT_EQ(move("/api/v1/stock/MUG-1/adjustments", adjustment(100)).status, 201);
    Database database(db.conninfo());
    InventoryService inventory(database, {});
    for (int i = 0; i < 2; ++i) {
        auto held = inventory.reserve({{QStringLiteral("MUG-1"), 4}}, {}, std::nullopt, testActor);
        ASSERT_TRUE(held && std::holds_alternative<Reservation>(*held));
        ASSERT_TRUE(inventory.allocate(std::get<Reservation>(*held).id, testActor));
    }
    // Feed the projection the way the dispatcher will, each event twice (at least once delivery).
    InventoryDemandProjection projection;
    PgConnection c(db.conninfo());
    auto rows = c.exec("SELECT id, event_type, payload FROM outbox ORDER BY id");
    ASSERT_TRUE(rows);
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < rows->rows(); ++i) {
            if (!projection.wants(rows->text(i, 1)))
                continue;
            OutboxEvent e;
            e.id = rows->toInt64(i, 0);
            e.type = rows->text(i, 1);
            e.payload = QJsonDocument::fromJson(rows->value(i, 2).toByteArray()).object();
            ASSERT_TRUE(projection.apply(c, e).has_value());
        }
    }
    EXPECT_EQ(count("SELECT sum(quantity) FROM stock_demand"), 8);
    // Today's sales count from tomorrow on: 8 units on one day of 90, smoothed.
    auto forecast = inventory.forecast(QStringLiteral("MUG-1"), QDate::currentDate().addDays(1));
    ASSERT_TRUE(forecast);
    EXPECT_DOUBLE_EQ(forecast->forecast.dailyDemand, 0.3 * 8);
    EXPECT_EQ(forecast->history.size(), 90);
    EXPECT_EQ(forecast->history.last().demand, 8);
    EXPECT_EQ(forecast->history.last().onHand, 100);
    const auto route = get("/api/v1/stock/MUG-1/forecast", staff);
    EXPECT_EQ(route.status, 200);
    auto check = inventory.checkProjections();
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->differences.isEmpty());
}

// The race the design is about: many checkouts for the last units at once.
TEST_F(Inventory, SellsTheLastUnitsExactlyOnceUnderConcurrentReservations)
{
    constexpr int rounds = 20;
    constexpr int threads = 25;
    constexpr int attemptsPerThread = 4; // 100 reservations per round
    Database database(db.conninfo());
    InventoryService inventory(database, {});
    QStringList skus;
    for (int round = 0; round < rounds; ++round) {
        skus.append(QStringLiteral("LAST-%1").arg(round));
        makeSku(skus.last());
        ASSERT_TRUE(inventory.adjust(skus.last(), QStringLiteral("MAIN"), 10, Domain::AdjustmentReason::Received, {}, testActor));
    }
    // The same threads (and so the same connections) every round; each round starts them all at once.
    std::vector<std::atomic<int>> held(rounds);
    std::atomic<int> failed{0};
    std::barrier start(threads);
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&] {
            for (int round = 0; round < rounds; ++round) {
                start.arrive_and_wait();
                for (int a = 0; a < attemptsPerThread; ++a) {
                    auto r = inventory.reserve({{skus[round], 1}}, {}, std::nullopt, testActor);
                    if (!r)
                        ++failed;
                    else if (std::holds_alternative<Reservation>(*r))
                        ++held[round];
                }
            }
        });
    }
    for (std::thread &t : pool)
        t.join();
    EXPECT_EQ(failed.load(), 0);
    for (int round = 0; round < rounds; ++round) {
        EXPECT_EQ(held[round].load(), 10) << "round " << round;
        auto item = inventory.item(skus[round]);
        ASSERT_TRUE(item);
        EXPECT_EQ(item->total().available(), 0);
        EXPECT_EQ(item->total().reserved, 10);
    }
    EXPECT_EQ(count("SELECT count(*) FROM inventory_events WHERE available_after < 0"), 0);
}

TEST_F(Inventory, LocksSkusInOppositeOrdersWithoutSurfacingDeadlocks)
{
    makeSku(QStringLiteral("A-1"));
    makeSku(QStringLiteral("B-1"));
    makeWarehouse(QStringLiteral("EAST"), 2);
    Database database(db.conninfo());
    InventoryService inventory(database, {});
    for (const char *sku : {"A-1", "B-1"})
        for (const char *w : {"MAIN", "EAST"})
            ASSERT_TRUE(inventory.adjust(QString::fromLatin1(sku), QString::fromLatin1(w), 100000,
                                         Domain::AdjustmentReason::Received, {}, testActor));
    std::atomic<int> errors{0};
    std::atomic<int> held{0};
    std::vector<std::thread> pool;
    for (int t = 0; t < 8; ++t) {
        pool.emplace_back([&, t] {
            const QString first = t % 2 ? QStringLiteral("A-1") : QStringLiteral("B-1");
            const QString second = t % 2 ? QStringLiteral("B-1") : QStringLiteral("A-1");
            for (int i = 0; i < 25; ++i) {
                auto r = inventory.reserve({{first, 1}, {second, 1}}, {}, std::nullopt, testActor);
                if (!r || !std::holds_alternative<Reservation>(*r)) {
                    ++errors;
                    continue;
                }
                ++held;
                if (!inventory.release(std::get<Reservation>(*r).id, testActor))
                    ++errors;
            }
        });
    }
    for (std::thread &t : pool)
        t.join();
    EXPECT_EQ(errors.load(), 0);
    EXPECT_EQ(held.load(), 200);
    EXPECT_EQ(inventory.item(QStringLiteral("A-1"))->total().available(), 200000);
}

TEST_F(Inventory, RebuiltProjectionsEqualLiveOnesAfterARandomRun)
{
    const QStringList skus{QStringLiteral("R-1"), QStringLiteral("R-2"), QStringLiteral("R-3")};
    for (const QString &s : skus)
        makeSku(s);
    makeWarehouse(QStringLiteral("EAST"), 2);
    makeWarehouse(QStringLiteral("WEST"), 3);
    const QStringList warehouses{QStringLiteral("MAIN"), QStringLiteral("EAST"), QStringLiteral("WEST")};
    Database database(db.conninfo());
    InventoryService inventory(database, {});
    QRandomGenerator random(20260310);
    QList<qint64> held, allocated, open;
    int done = 0;
    for (int i = 0; i < 2500; ++i) {
        const QString sku = skus[random.bounded(3)];
        const QString w = warehouses[random.bounded(3)];
        bool ok = true;
        switch (random.bounded(9)) {
        case 0:
        case 1: ok = inventory.adjust(sku, w, random.bounded(1, 30), Domain::AdjustmentReason::Received, {}, testActor).has_value(); break;
        case 2: ok = inventory.adjust(sku, w, -random.bounded(1, 5), Domain::AdjustmentReason::Damaged, {}, testActor).has_value(); break;
        case 3: ok = inventory.count(sku, w, random.bounded(0, 40), {}, testActor).has_value(); break;
        case 4: {
            auto r = inventory.reserve({{sku, random.bounded(1, 6)}, {skus[random.bounded(3)], 1}}, {}, std::nullopt, testActor);
            ok = r.has_value();
            if (r && std::holds_alternative<Reservation>(*r))
                held.append(std::get<Reservation>(*r).id);
            break;
        }
        case 5:
            if (!held.isEmpty()) {
                const qint64 id = held.takeAt(random.bounded(held.size()));
                if (random.bounded(2)) {
                    ok = inventory.allocate(id, testActor).has_value();
                    allocated.append(id);
                } else {
                    ok = inventory.release(id, testActor).has_value();
                }
            }
            break;
        case 6:
            if (!allocated.isEmpty())
                ok = inventory.ship(allocated.takeFirst(), testActor).has_value();
            break;
        case 7: {
            const QString to = warehouses[(warehouses.indexOf(w) + 1 + random.bounded(2)) % 3];
            auto t = inventory.transfer(sku, w, to, random.bounded(1, 8), {}, testActor);
            if (t)
                open.append(t->id);
            break; // refused when short: fine
        }
        case 8:
            if (!open.isEmpty()) {
                const qint64 id = open.first();
                auto t = inventory.receiveTransfer(id, random.bounded(1, 5), testActor);
                if (!t || t->received == t->quantity)
                    open.removeFirst();
            }
            break;
        }
        // Refusals (not enough stock, counts below what is held) are the domain's to make; nothing else fails.
        Q_UNUSED(ok);
        ++done;
    }
    EXPECT_EQ(done, 2500);
    EXPECT_GT(count("SELECT count(*) FROM inventory_events"), 1000);
    auto check = inventory.checkProjections();
    ASSERT_TRUE(check) << check.error().message.toStdString();
    EXPECT_GE(check->checked, 9); // 3 SKUs × 3 warehouses
    EXPECT_TRUE(check->differences.isEmpty()) << QJsonDocument(check->toJson()).toJson().constData();

    // A drifted counter is found, named, and put right by a rebuild.
    PgConnection c(db.conninfo());
    ASSERT_TRUE(c.exec("UPDATE stock_levels SET on_hand = on_hand + 1 WHERE sku = 'R-2' AND warehouse_id = "
                       "(SELECT id FROM warehouses WHERE code = 'MAIN')"));
    auto drifted = inventory.checkProjections();
    ASSERT_TRUE(drifted);
    ASSERT_EQ(drifted->differences.size(), 1);
    EXPECT_EQ(drifted->differences[0].field, QStringLiteral("on_hand"));
    EXPECT_EQ(drifted->differences[0].live, drifted->differences[0].rebuilt + 1);
    const auto route = get("/api/v1/stock/projections/check", admin);
    EXPECT_EQ(jsonOf(route).value(QStringLiteral("differences")).toArray().size(), 1);
    auto rebuilt = inventory.rebuildProjections();
    ASSERT_TRUE(rebuilt);
    EXPECT_EQ(rebuilt->differences.size(), 1);
    EXPECT_TRUE(inventory.checkProjections()->differences.isEmpty());
}

// A prepared statement whose generic plan looks dearer than its custom ones is planned again on every
// execution. An array parameter's length is unknown to the generic plan (unnest() is then guessed at 100
// rows), which made the stock writes spend more time planning than executing; this keeps them on one plan.
TEST_F(Inventory, StockWritesReuseTheirPlans)
{
    // A shop's worth of stock heads, fresh (not analysed yet), as after an import: the plans below must be
    // the index plans whatever the table statistics say.
    PgConnection setup(db.conninfo());
    ASSERT_TRUE(setup.execScript(
        "INSERT INTO products (title, status) SELECT 'Plan item ' || g, 'active' FROM generate_series(1, 2000) g;"
        "INSERT INTO variants (product_id, position, sku, price_amount, currency) "
        "SELECT id, 0, 'P-' || id, 999, 'GBP' FROM products WHERE title LIKE 'Plan item %';"
        "INSERT INTO inventory_events (sku, warehouse_id, version, type, quantity, reason, request_id, on_hand_after, "
        "available_after) SELECT sku, (SELECT id FROM warehouses WHERE code = 'MAIN'), 1, 'Received', 1000, 'received', "
        "'plan-test', 1000, 1000 FROM variants WHERE sku LIKE 'P-%';"
        "INSERT INTO stock_levels (sku, warehouse_id, version, on_hand) "
        "SELECT sku, (SELECT id FROM warehouses WHERE code = 'MAIN'), 1, 1000 FROM variants WHERE sku LIKE 'P-%';"));
    makeWarehouse(QStringLiteral("EAST"), 2);
    auto skus = setup.exec("SELECT sku FROM variants WHERE sku LIKE 'P-%' ORDER BY product_id LIMIT 40");
    ASSERT_TRUE(skus && skus->rows() == 40);
    Database database(db.conninfo());
    InventoryService inventory(database, {});
    for (int i = 0; i < 40; ++i) {
        const QString sku = skus->text(i, 0);
        ASSERT_TRUE(inventory.adjust(sku, QStringLiteral("MAIN"), 50, Domain::AdjustmentReason::Received, {}, testActor));
    }
    for (int i = 0; i < 40; ++i) {
        const QString sku = skus->text(i, 0);
        ASSERT_TRUE(inventory.count(sku, QStringLiteral("EAST"), 20, {}, testActor));
        auto r = inventory.reserve({{sku, 1}, {skus->text(39 - i, 0), 2}}, {}, std::nullopt, testActor);
        ASSERT_TRUE(r && std::holds_alternative<Reservation>(*r));
        ASSERT_TRUE(inventory.release(std::get<Reservation>(*r).id, testActor));
    }
    // Every statement above ran on this thread's connection; the plan cache says which were planned each time.
    auto replanned = database.acquire()->exec(
        "SELECT statement, custom_plans, generic_plans FROM pg_prepared_statements WHERE custom_plans > 5");
    ASSERT_TRUE(replanned) << replanned.error().error.message.toStdString();
    QStringList statements;
    for (int i = 0; i < replanned->rows(); ++i)
        statements.append(QStringLiteral("%1 custom, %2 generic: %3")
                              .arg(replanned->text(i, 1), replanned->text(i, 2), replanned->text(i, 0)));
    EXPECT_TRUE(statements.isEmpty()) << statements.join(u'\n').toStdString();
}
