// SPDX-License-Identifier: MIT
#include "server/events/webhooks.h"
#include "server/orders/orderservice.h"
#include "server/store/pgconnection.h"
#include "server/store/transaction.h"
#include "tests/server/apitest.h"

#include <QUuid>

#include <array>
#include <thread>
#include <vector>

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;

namespace {
const AuditActor checkoutActor{std::nullopt, QByteArrayLiteral("shipments-test"), QStringLiteral("checkout")};
const QByteArray carrierSecret = "ups-webhook-secret-0123456789";
const QString royalMail = QStringLiteral("AB123456785GB"); // a valid S10 check digit
const QString ups = QStringLiteral("1Z999AA10123456784");  // a valid UPS check digit

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QJsonObject line(const QString &sku, qint64 quantity)
{
    return {{QStringLiteral("sku"), sku}, {QStringLiteral("quantity"), quantity}};
}

QJsonObject shipmentBody(const QString &warehouse, const QString &carrier, const QString &number, QJsonArray lines = {})
{
    QJsonObject o{{QStringLiteral("carrier"), carrier}, {QStringLiteral("tracking_number"), number}};
    if (!warehouse.isEmpty())
        o.insert(QStringLiteral("warehouse"), warehouse);
    if (!lines.isEmpty())
        o.insert(QStringLiteral("lines"), lines);
    return o;
}

QJsonObject trackingEvent(const QString &status, const QDateTime &at, const QString &id = {})
{
    QJsonObject o{{QStringLiteral("status"), status}, {QStringLiteral("occurred_at"), at.toString(Qt::ISODateWithMs)}};
    if (!id.isEmpty())
        o.insert(QStringLiteral("event_id"), id);
    return o;
}
} // namespace

// Stock: MUG-1 2 in MAIN and 5 in NORTH, TEA-1 4 in MAIN. The standard order (6 MUG-1, 1 TEA-1) holds
// MUG-1 2 + TEA-1 1 in MAIN and MUG-1 4 in NORTH: no warehouse has all six mugs, so the line is split.
class Shipments : public ApiTest {
protected:
    void SetUp() override
    {
        ApiTest::SetUp();
        admin = adminToken();
        createStaff(QStringLiteral("packer@shop.test"), {QStringLiteral("warehouse")});
        staff = signIn(QStringLiteral("packer@shop.test"), QStringLiteral("staff secret 1"));
        const auto w = send("POST", "/api/v1/warehouses", admin,
                            QJsonObject{{QStringLiteral("code"), QStringLiteral("NORTH")},
                                        {QStringLiteral("name"), QStringLiteral("North store")},
                                        {QStringLiteral("priority"), 2}});
        ASSERT_EQ(w.status, 201) << w.body.constData();
        for (const char *sku : {"MUG-1", "TEA-1"}) {
            const auto p = send("POST", "/api/v1/products", admin,
                                QJsonObject{{QStringLiteral("title"), QStringLiteral("Item ") + QLatin1String(sku)},
                                            {QStringLiteral("sku"), QLatin1String(sku)},
                                            {QStringLiteral("price"), QJsonObject{{QStringLiteral("amount"), 1000},
                                                                                  {QStringLiteral("currency"), QStringLiteral("GBP")}}}});
            ASSERT_EQ(p.status, 201) << p.body.constData();
        }
        receive("MUG-1", "MAIN", 2);
        receive("MUG-1", "NORTH", 5);
        receive("TEA-1", "MAIN", 4);
    }
    void receive(const char *sku, const char *warehouse, qint64 n)
    {
        const auto r = send("POST", "/api/v1/stock/" + QByteArray(sku) + "/adjustments", staff,
                            QJsonObject{{QStringLiteral("warehouse"), QLatin1String(warehouse)},
                                        {QStringLiteral("delta"), n},
                                        {QStringLiteral("reason"), QStringLiteral("received")}},
                            {{"Idempotency-Key", newKey()}});
        ASSERT_EQ(r.status, 201) << r.body.constData();
    }
    // An order as a checkout places it: the stock held first, then the order, then confirmed (paid).
    qint64 placeOrder(bool confirmed = true, qint64 mugs = 6)
    {
        const auto held = send("POST", "/api/v1/stock/reservations", staff,
                               QJsonObject{{QStringLiteral("lines"), QJsonArray{line(QStringLiteral("MUG-1"), mugs),
                                                                                line(QStringLiteral("TEA-1"), 1)}},
                                           {QStringLiteral("expires_in_seconds"), 3600}},
                               {{"Idempotency-Key", newKey()}});
        EXPECT_EQ(held.status, 201) << held.body.constData();
        NewOrder o;
        o.email = QStringLiteral("casey@example.com");
        o.customerName = QStringLiteral("Casey");
        o.shippingAddress.name = o.customerName;
        o.shippingAddress.line1 = QStringLiteral("1 High Street");
        o.shippingAddress.city = QStringLiteral("Leeds");
        o.shippingAddress.country = QStringLiteral("GB");
        const Domain::Money price{1000, QStringLiteral("GBP")};
        o.totals = *Domain::computeTotals({{QStringLiteral("MUG-1"), QStringLiteral("Item MUG-1"), mugs, price, price, {}, {}},
                                           {QStringLiteral("TEA-1"), QStringLiteral("Item TEA-1"), 1, price, price, {}, {}}},
                                          QStringLiteral("GB"), QStringLiteral("GBP"), Domain::PricingRules::standard());
        o.paymentReference = QStringLiteral("ch_test");
        o.reservationId = jsonOf(held).value(QStringLiteral("id")).toString().toLongLong();
        PgConnection c(db.conninfo());
        auto placed = runInTransaction<StoredOrder>(c, [&](PgConnection &tx) -> PgExpected<StoredOrder> {
            auto order = OrderService::createOrder(tx, o, checkoutActor);
            if (!order || !confirmed)
                return order;
            return OrderService::applyAction(tx, order->id, Domain::OrderAction::Confirm, {}, std::nullopt,
                                             QDateTime::currentDateTimeUtc(), checkoutActor);
        });
        EXPECT_TRUE(placed.has_value()) << (placed ? "" : placed.error().message.toStdString());
        return placed ? placed->id : 0;
    }
    RawHttp::Response create(qint64 order, const QJsonObject &body, const QByteArray &key = newKey())
    {
        Headers h;
        if (!key.isEmpty())
            h.append({"Idempotency-Key", key});
        return send("POST", "/api/v1/orders/" + QByteArray::number(order) + "/shipments", staff, body, h);
    }
    QString createOne(qint64 order, const QJsonObject &body)
    {
        const auto r = create(order, body);
        EXPECT_EQ(r.status, 201) << r.body.constData();
        return jsonOf(r).value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("id")).toString();
    }
    RawHttp::Response ship(const QString &id)
    {
        return send("POST", "/api/v1/shipments/" + id.toUtf8() + "/ship", staff);
    }
    RawHttp::Response addEvent(const QString &id, const QJsonObject &event)
    {
        return send("POST", "/api/v1/shipments/" + id.toUtf8() + "/events", staff, event);
    }
    QString orderStatus(qint64 order)
    {
        return jsonOf(get("/api/v1/orders/" + QByteArray::number(order), staff)).value(QStringLiteral("status")).toString();
    }
    // {on_hand, reserved} of a SKU in a warehouse.
    std::pair<qint64, qint64> level(const char *sku, const char *warehouse)
    {
        PgConnection c(db.conninfo());
        auto rows = c.exec("SELECT l.on_hand, l.reserved + l.allocated FROM stock_levels l JOIN warehouses w ON w.id = l.warehouse_id "
                           "WHERE l.sku = $1 AND w.code = $2",
                           {QByteArray(sku), QByteArray(warehouse)});
        return rows && rows->rows() ? std::pair(rows->toInt64(0, 0), rows->toInt64(0, 1)) : std::pair(qint64(-1), qint64(-1));
    }
    qint64 count(const QByteArray &sql)
    {
        PgConnection c(db.conninfo());
        auto rows = c.exec(sql);
        return rows ? rows->toInt64(0, 0) : -1;
    }
    RawHttp::Response webhook(const QByteArray &carrier, const QByteArray &body, const QByteArray &signature)
    {
        auto r = RawHttp::request(server->port(), "POST", "/api/v1/carriers/" + carrier + "/webhook", body,
                                  {{"Content-Type", "application/json"}, {"Carrier-Signature", signature}});
        EXPECT_TRUE(r.has_value());
        return r.value_or(RawHttp::Response{});
    }
    void setSecret(const char *carrier, const QByteArray &secret)
    {
        const auto r = send("PUT", "/api/v1/carriers/" + QByteArray(carrier) + "/webhook-secret", admin,
                            QJsonObject{{QStringLiteral("secret"), QString::fromLatin1(secret)}});
        ASSERT_EQ(r.status, 204) << r.body.constData();
    }
    static QByteArray signNow(const QByteArray &body, qint64 skewSeconds = 0)
    {
        return webhookSignature(carrierSecret, QDateTime::currentSecsSinceEpoch() + skewSeconds, body);
    }
    static QByteArray upsEvent(const QString &status, const QDateTime &at, const QString &id, const QString &number = ups)
    {
        QJsonObject o = trackingEvent(status, at, id);
        o.insert(QStringLiteral("tracking_number"), number);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    // The standard order with its two shipments created: MAIN by Royal Mail, NORTH by UPS.
    std::pair<QString, QString> splitShipments(qint64 order)
    {
        const auto r = create(order, QJsonObject{{QStringLiteral("shipments"),
                                                  QJsonArray{shipmentBody(QStringLiteral("MAIN"), QStringLiteral("royal_mail"), royalMail),
                                                             shipmentBody(QStringLiteral("north"), QStringLiteral("ups"), ups)}}});
        EXPECT_EQ(r.status, 201) << r.body.constData();
        const QJsonArray items = jsonOf(r).value(QStringLiteral("items")).toArray();
        EXPECT_EQ(items.size(), 2);
        return {items.at(0).toObject().value(QStringLiteral("id")).toString(),
                items.at(1).toObject().value(QStringLiteral("id")).toString()};
    }

    QByteArray admin;
    QByteArray staff;
};

TEST_F(Shipments, SplitOverTwoWarehousesShipsStockFromEachAndMovesTheOrder)
{
    const qint64 order = placeOrder();
    const auto plan = get("/api/v1/orders/" + QByteArray::number(order) + "/shipments", staff);
    ASSERT_EQ(plan.status, 200) << plan.body.constData();
    const QJsonArray open = jsonOf(plan).value(QStringLiteral("open")).toArray();
    ASSERT_EQ(open.size(), 2) << plan.body.constData();
    EXPECT_EQ(open[0].toObject().value(QStringLiteral("warehouse")).toString(), QStringLiteral("MAIN"));
    EXPECT_EQ(open[0].toObject().value(QStringLiteral("lines")).toArray(),
              (QJsonArray{line(QStringLiteral("MUG-1"), 2), line(QStringLiteral("TEA-1"), 1)}));
    EXPECT_EQ(open[1].toObject().value(QStringLiteral("lines")).toArray(), (QJsonArray{line(QStringLiteral("MUG-1"), 4)}));

    // Two warehouses: one shipment cannot guess which.
    const auto ambiguous = create(order, shipmentBody({}, QStringLiteral("royal_mail"), royalMail));
    EXPECT_EQ(ambiguous.status, 422) << ambiguous.body.constData();
    EXPECT_EQ(firstErrorField(ambiguous), QStringLiteral("warehouse"));

    const auto [main, north] = splitShipments(order);
    EXPECT_TRUE(jsonOf(get("/api/v1/orders/" + QByteArray::number(order) + "/shipments", staff))
                    .value(QStringLiteral("open")).toArray().isEmpty());
    // Created is not shipped: the stock is still held where it was.
    EXPECT_EQ(level("MUG-1", "MAIN"), std::pair(qint64(2), qint64(2)));

    const auto first = ship(main);
    ASSERT_EQ(first.status, 200) << first.body.constData();
    EXPECT_EQ(jsonOf(first).value(QStringLiteral("status")).toString(), QStringLiteral("picked_up"));
    EXPECT_EQ(level("MUG-1", "MAIN"), std::pair(qint64(0), qint64(0)));
    EXPECT_EQ(level("TEA-1", "MAIN"), std::pair(qint64(3), qint64(0)));
    EXPECT_EQ(level("MUG-1", "NORTH"), std::pair(qint64(5), qint64(4)));
    EXPECT_EQ(orderStatus(order), QStringLiteral("confirmed")); // NORTH's mugs have not gone yet

    ASSERT_EQ(ship(north).status, 200);
    EXPECT_EQ(level("MUG-1", "NORTH"), std::pair(qint64(1), qint64(0)));
    EXPECT_EQ(orderStatus(order), QStringLiteral("shipped"));
    // Shipping again changes nothing.
    const auto again = ship(north);
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(level("MUG-1", "NORTH"), std::pair(qint64(1), qint64(0)));
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'ShipmentShipped'"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'OrderShipped'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'ShipmentCreated'"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM reservations WHERE status = 'shipped'"), 1);

    // Delivered on one shipment is not the order delivered; on both it is.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto delivered = addEvent(main, trackingEvent(QStringLiteral("delivered"), now));
    ASSERT_EQ(delivered.status, 201) << delivered.body.constData();
    EXPECT_EQ(jsonOf(delivered).value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
    EXPECT_EQ(orderStatus(order), QStringLiteral("shipped"));
    ASSERT_EQ(addEvent(north, trackingEvent(QStringLiteral("delivered"), now)).status, 201);
    EXPECT_EQ(orderStatus(order), QStringLiteral("delivered"));
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'ShipmentDelivered'"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'OrderDelivered'"), 1);

    const QJsonObject detail = jsonOf(get("/api/v1/orders/" + QByteArray::number(order), staff));
    const QJsonArray shipments = detail.value(QStringLiteral("shipments")).toArray();
    ASSERT_EQ(shipments.size(), 2);
    EXPECT_EQ(shipments[1].toObject().value(QStringLiteral("tracking_url")).toString(),
              QStringLiteral("https://www.ups.com/track?tracknum=") + ups);
}

TEST_F(Shipments, PartialShipmentsLeaveTheRestHeldAndCancellingReleasesOnlyThat)
{
    const qint64 order = placeOrder();
    const auto partial = createOne(order, shipmentBody(QStringLiteral("MAIN"), QStringLiteral("dpd"), QStringLiteral("15501234567890"),
                                                       QJsonArray{line(QStringLiteral("mug-1"), 1)}));
    const QJsonArray open = jsonOf(get("/api/v1/orders/" + QByteArray::number(order) + "/shipments", staff))
                                .value(QStringLiteral("open")).toArray();
    ASSERT_EQ(open.size(), 2);
    EXPECT_EQ(open[0].toObject().value(QStringLiteral("lines")).toArray(),
              (QJsonArray{line(QStringLiteral("MUG-1"), 1), line(QStringLiteral("TEA-1"), 1)}));
    ASSERT_EQ(ship(partial).status, 200);
    EXPECT_EQ(level("MUG-1", "MAIN"), std::pair(qint64(1), qint64(1)));
    EXPECT_EQ(orderStatus(order), QStringLiteral("confirmed"));

    const QByteArray etag = get("/api/v1/orders/" + QByteArray::number(order), admin).header("ETag");
    const auto cancelled = send("POST", "/api/v1/orders/" + QByteArray::number(order) + "/cancel", admin,
                                QJsonObject{{QStringLiteral("reason"), QStringLiteral("Customer changed their mind")}},
                                {{"If-Match", etag}});
    ASSERT_EQ(cancelled.status, 200) << cancelled.body.constData();
    // What shipped stays shipped; only what was still held comes back.
    EXPECT_EQ(level("MUG-1", "MAIN"), std::pair(qint64(1), qint64(0)));
    EXPECT_EQ(level("MUG-1", "NORTH"), std::pair(qint64(5), qint64(0)));
    EXPECT_EQ(level("TEA-1", "MAIN"), std::pair(qint64(4), qint64(0)));
    const auto late = create(order, shipmentBody(QStringLiteral("MAIN"), QStringLiteral("dpd"), QStringLiteral("15501234567891")));
    EXPECT_EQ(late.status, 409) << late.body.constData();
}

TEST_F(Shipments, BadInputIsRefusedNamingTheFieldAndChangesNothing)
{
    const qint64 order = placeOrder();
    struct Case {
        QJsonObject body;
        QString field;
    };
    const QList<Case> cases{
        {shipmentBody(QStringLiteral("MAIN"), QStringLiteral("royal_mail"), QStringLiteral("AB123456784GB")), QStringLiteral("tracking_number")},
        {shipmentBody(QStringLiteral("MAIN"), QStringLiteral("ups"), QStringLiteral("1Z999AA10123456785")), QStringLiteral("tracking_number")},
        {shipmentBody(QStringLiteral("MAIN"), QStringLiteral("pigeon"), QStringLiteral("1234")), QStringLiteral("carrier")},
        {shipmentBody(QStringLiteral("MAIN"), QStringLiteral("dpd"), QStringLiteral("15501234567890"), QJsonArray{line(QStringLiteral("MUG-1"), 3)}),
         QStringLiteral("lines[0].quantity")},
        {shipmentBody(QStringLiteral("MAIN"), QStringLiteral("dpd"), QStringLiteral("15501234567890"), QJsonArray{line(QStringLiteral("MUG-1"), 0)}),
         QStringLiteral("lines[0].quantity")},
        {shipmentBody(QStringLiteral("MAIN"), QStringLiteral("dpd"), QStringLiteral("15501234567890"), QJsonArray{line(QStringLiteral("CUP-9"), 1)}),
         QStringLiteral("lines[0].sku")},
        {shipmentBody(QStringLiteral("NOWHERE"), QStringLiteral("dpd"), QStringLiteral("15501234567890")), QStringLiteral("warehouse")},
        {QJsonObject{{QStringLiteral("carrier"), QStringLiteral("dpd")}}, QStringLiteral("tracking_number")},
        {QJsonObject{{QStringLiteral("carrier"), QStringLiteral("dpd")}, {QStringLiteral("tracking_number"), QStringLiteral("15501234567890")},
                     {QStringLiteral("warehouse"), QStringLiteral("MAIN")}, {QStringLiteral("parcels"), 0}},
         QStringLiteral("parcels")},
        {QJsonObject{{QStringLiteral("carrier"), QStringLiteral("dpd")}, {QStringLiteral("tracking_number"), QStringLiteral("15501234567890")},
                     {QStringLiteral("warehouse"), QStringLiteral("MAIN")}, {QStringLiteral("cost"), 5}},
         QStringLiteral("cost")},
    };
    for (const Case &c : cases) {
        const auto r = create(order, c.body);
        EXPECT_EQ(r.status, 422) << r.body.constData();
        EXPECT_TRUE(r.header("Content-Type").startsWith("application/problem+json"));
        EXPECT_EQ(firstErrorField(r), c.field) << r.body.constData();
    }
    EXPECT_EQ(create(order, shipmentBody(QStringLiteral("MAIN"), QStringLiteral("dpd"), QStringLiteral("15501234567890")), {}).status, 428);
    EXPECT_EQ(count("SELECT count(*) FROM shipments"), 0);

    // A tracking number names one parcel.
    createOne(order, shipmentBody(QStringLiteral("MAIN"), QStringLiteral("dpd"), QStringLiteral("15501234567890")));
    const auto reused = create(order, shipmentBody(QStringLiteral("NORTH"), QStringLiteral("dpd"), QStringLiteral("1550 1234 5678 90")));
    EXPECT_EQ(reused.status, 422);
    EXPECT_EQ(firstErrorField(reused), QStringLiteral("tracking_number"));

    // An unpaid order does not ship.
    const qint64 pending = placeOrder(false, 1);
    EXPECT_EQ(create(pending, shipmentBody(QStringLiteral("MAIN"), QStringLiteral("dpd"), QStringLiteral("15501234567899"))).status, 409);
    EXPECT_EQ(create(999999, shipmentBody(QStringLiteral("MAIN"), QStringLiteral("dpd"), QStringLiteral("15501234567899"))).status, 404);

    const auto badEvent = addEvent(QStringLiteral("1"), QJsonObject{{QStringLiteral("status"), QStringLiteral("teleported")},
                                                                    {QStringLiteral("occurred_at"), QStringLiteral("2026-01-01T00:00:00Z")}});
    EXPECT_EQ(badEvent.status, 422);
    EXPECT_EQ(firstErrorField(badEvent), QStringLiteral("status"));
    const auto badFilter = get("/api/v1/shipments?late=perhaps", staff);
    EXPECT_EQ(badFilter.status, 422);
    EXPECT_EQ(firstErrorField(badFilter), QStringLiteral("late"));
}

TEST_F(Shipments, CarrierWebhookChecksSignatureTimeAndNumberAndTakesRepeatsCalmly)
{
    setSecret("ups", carrierSecret);
    const qint64 order = placeOrder();
    const auto [main, north] = splitShipments(order);
    const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-7200);

    const QByteArray transit = upsEvent(QStringLiteral("in_transit"), t, QStringLiteral("ev-1"));
    EXPECT_EQ(webhook("ups", transit, webhookSignature("not-the-secret-at-all", QDateTime::currentSecsSinceEpoch(), transit)).status, 401);
    EXPECT_EQ(webhook("ups", transit, signNow(transit, -600)).status, 401); // stale: a replay of an old request
    EXPECT_EQ(webhook("ups", transit, "").status, 401);
    EXPECT_EQ(webhook("ups", transit, signNow(transit) + "0").status, 401);
    EXPECT_EQ(webhook("dhl", transit, signNow(transit)).status, 401); // no secret for DHL
    EXPECT_EQ(webhook("pigeon", transit, signNow(transit)).status, 404);
    const QByteArray stranger = upsEvent(QStringLiteral("in_transit"), t, QStringLiteral("ev-9"), QStringLiteral("1Z999AA10123456792"));
    EXPECT_EQ(webhook("ups", stranger, signNow(stranger)).status, 404);
    EXPECT_EQ(count("SELECT count(*) FROM tracking_events WHERE source = 'carrier'"), 0);
    EXPECT_EQ(level("MUG-1", "NORTH"), std::pair(qint64(5), qint64(4)));

    // The carrier has it: the shipment ships (stock leaves NORTH) and is in transit.
    const auto accepted = webhook("ups", transit, signNow(transit));
    ASSERT_EQ(accepted.status, 200) << accepted.body.constData();
    EXPECT_EQ(jsonOf(accepted).value(QStringLiteral("status")).toString(), QStringLiteral("in_transit"));
    EXPECT_FALSE(jsonOf(accepted).value(QStringLiteral("duplicate")).toBool());
    EXPECT_EQ(level("MUG-1", "NORTH"), std::pair(qint64(1), qint64(0)));
    // The same delivery again (a retry, or a replay inside the window): accepted, nothing changes.
    const auto replay = webhook("ups", transit, signNow(transit));
    EXPECT_EQ(replay.status, 200);
    EXPECT_TRUE(jsonOf(replay).value(QStringLiteral("duplicate")).toBool());
    EXPECT_EQ(count("SELECT count(*) FROM tracking_events WHERE source = 'carrier'"), 1);

    // Out of order: delivered arrives before the out-for-delivery scan that came first.
    const QByteArray delivered = upsEvent(QStringLiteral("delivered"), t.addSecs(3600), QStringLiteral("ev-3"));
    const QByteArray outForDelivery = upsEvent(QStringLiteral("out_for_delivery"), t.addSecs(1800), QStringLiteral("ev-2"));
    EXPECT_EQ(jsonOf(webhook("ups", delivered, signNow(delivered))).value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
    EXPECT_EQ(jsonOf(webhook("ups", outForDelivery, signNow(outForDelivery))).value(QStringLiteral("status")).toString(),
              QStringLiteral("delivered"));
    const QJsonObject detail = jsonOf(get("/api/v1/shipments/" + north.toUtf8(), staff));
    EXPECT_EQ(detail.value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
    QStringList timeline;
    for (const QJsonValue &e : detail.value(QStringLiteral("timeline")).toArray())
        timeline.append(e.toObject().value(QStringLiteral("status")).toString());
    EXPECT_EQ(timeline, (QStringList{QStringLiteral("picked_up"), QStringLiteral("in_transit"), QStringLiteral("out_for_delivery"),
                                     QStringLiteral("delivered"), QStringLiteral("label_created")}))
        << "the label was created now, after the carrier's (back-dated) scans";
    EXPECT_EQ(orderStatus(order), QStringLiteral("confirmed")); // MAIN's shipment has not left
}

TEST_F(Shipments, PublicTrackingShowsNoPersonalDataAndListsFilter)
{
    const qint64 order = placeOrder();
    const auto [main, north] = splitShipments(order);
    ASSERT_EQ(ship(main).status, 200);
    const QString number = jsonOf(get("/api/v1/orders/" + QByteArray::number(order), staff)).value(QStringLiteral("number")).toString();

    const auto byOrder = get("/api/v1/tracking?order=" + number.toUtf8() + "&email=CASEY%40example.com");
    ASSERT_EQ(byOrder.status, 200) << byOrder.body.constData();
    const QJsonArray items = jsonOf(byOrder).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 2);
    for (const char *hidden : {"warehouse", "id", "order_id", "email", "name"})
        EXPECT_FALSE(items[0].toObject().contains(QLatin1String(hidden))) << hidden;
    EXPECT_FALSE(byOrder.body.contains("casey@example.com"));
    EXPECT_FALSE(byOrder.body.contains("High Street"));
    EXPECT_EQ(get("/api/v1/tracking?order=" + number.toUtf8() + "&email=someone%40example.com").status, 404);
    EXPECT_EQ(get("/api/v1/tracking?order=" + number.toUtf8()).status, 422);
    const auto byNumber = get("/api/v1/tracking/ab123456785gb");
    ASSERT_EQ(byNumber.status, 200) << byNumber.body.constData();
    EXPECT_EQ(jsonOf(byNumber).value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("picked_up"));
    EXPECT_EQ(get("/api/v1/tracking/ZZ000000000ZZ").status, 404);

    auto ids = [&](const QByteArray &query) {
        const auto r = get("/api/v1/shipments" + query, staff);
        EXPECT_EQ(r.status, 200) << r.body.constData();
        QStringList list;
        for (const QJsonValue &s : jsonOf(r).value(QStringLiteral("items")).toArray())
            list.append(s.toObject().value(QStringLiteral("id")).toString());
        return list;
    };
    EXPECT_EQ(ids(""), (QStringList{north, main}));
    EXPECT_EQ(ids("?status=pending"), QStringList{north});
    EXPECT_EQ(ids("?carrier=royal_mail"), QStringList{main});
    EXPECT_EQ(ids("?warehouse=north"), QStringList{north});
    EXPECT_EQ(ids("?late=true"), QStringList());
    EXPECT_EQ(ids("?limit=1").size(), 1);
    {
        PgConnection c(db.conninfo());
        ASSERT_TRUE(c.exec("UPDATE shipments SET expected_delivery_at = now() - interval '1 day' WHERE id = $1", {main.toUtf8()}));
    }
    EXPECT_EQ(ids("?late=true"), QStringList{main});
    EXPECT_EQ(ids("?late=false"), QStringList{north});
    ASSERT_EQ(addEvent(main, trackingEvent(QStringLiteral("exception"), QDateTime::currentDateTimeUtc(), QStringLiteral("x1"))).status, 201);
    EXPECT_EQ(ids("?exception=true"), QStringList{main});
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'ShipmentException'"), 1);
    // The same event id again is a repeat.
    EXPECT_EQ(addEvent(main, trackingEvent(QStringLiteral("exception"), QDateTime::currentDateTimeUtc(), QStringLiteral("x1"))).status, 200);
}

TEST_F(Shipments, ReplayedCreateMakesOneAndConcurrentShipsMoveTheOrderOnce)
{
    const qint64 order = placeOrder();
    const QJsonObject body{{QStringLiteral("shipments"),
                            QJsonArray{shipmentBody(QStringLiteral("MAIN"), QStringLiteral("royal_mail"), royalMail),
                                       shipmentBody(QStringLiteral("NORTH"), QStringLiteral("ups"), ups)}}};
    const QByteArray key = newKey();
    const auto first = create(order, body, key);
    ASSERT_EQ(first.status, 201) << first.body.constData();
    const auto again = create(order, body, key);
    EXPECT_EQ(again.status, 201);
    EXPECT_EQ(again.header("Idempotent-Replayed"), "true");
    EXPECT_EQ(again.body, first.body);
    EXPECT_EQ(count("SELECT count(*) FROM shipments"), 2);

    // Both halves handed over at the same moment: each waits for the order, which ships once.
    const QJsonArray items = jsonOf(first).value(QStringLiteral("items")).toArray();
    std::array<int, 2> statuses{};
    std::vector<std::thread> threads;
    for (int i = 0; i < 2; ++i)
        threads.emplace_back([&, i] {
            const auto r = RawHttp::request(server->port(), "POST",
                                            "/api/v1/shipments/" + items[i].toObject().value(QStringLiteral("id")).toString().toUtf8()
                                                + "/ship",
                                            {}, {{"Authorization", "Bearer " + staff}});
            statuses[i] = r ? r->status : 0;
        });
    for (std::thread &t : threads)
        t.join();
    EXPECT_EQ(statuses, (std::array<int, 2>{200, 200}));
    EXPECT_EQ(orderStatus(order), QStringLiteral("shipped"));
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'OrderShipped'"), 1);
    EXPECT_EQ(level("MUG-1", "MAIN"), std::pair(qint64(0), qint64(0)));
    EXPECT_EQ(level("MUG-1", "NORTH"), std::pair(qint64(1), qint64(0)));
    EXPECT_EQ(level("TEA-1", "MAIN"), std::pair(qint64(3), qint64(0)));
}
