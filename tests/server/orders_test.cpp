// SPDX-License-Identifier: MIT
#include "server/inventory/inventoryservice.h"
#include "server/orders/cartservice.h"
#include "server/orders/orderservice.h"
#include "server/store/database.h"
#include "server/store/pgconnection.h"
#include "server/store/transaction.h"
#include "tests/server/apitest.h"

#include <QRegularExpression>
#include <QSet>

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;

namespace {
const AuditActor checkoutActor{std::nullopt, QByteArrayLiteral("orders-test"), QStringLiteral("checkout")};

QJsonObject gbp(qint64 amount)
{
    return {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), QStringLiteral("GBP")}};
}

QJsonObject item(const QString &sku, const QJsonValue &quantity)
{
    return {{QStringLiteral("sku"), sku}, {QStringLiteral("quantity"), quantity}};
}

Domain::Address address(const QString &name)
{
    Domain::Address a;
    a.name = name;
    a.line1 = QStringLiteral("1 High Street");
    a.city = QStringLiteral("London");
    a.country = QStringLiteral("GB");
    return a;
}

// An order as the checkout saga would place it: totals by the domain.
NewOrder newOrder(std::optional<qint64> customer, const QString &email, const QString &sku, qint64 quantity, qint64 unit)
{
    NewOrder o;
    o.customerId = customer;
    o.email = email;
    o.customerName = email.section(u'@', 0, 0);
    o.shippingAddress = address(o.customerName);
    const Domain::Money price{unit, QStringLiteral("GBP")};
    o.totals = *Domain::computeTotals({{sku, sku + QStringLiteral(" title"), quantity, price, price, {}, {}}},
                                      QStringLiteral("GB"), QStringLiteral("GBP"), Domain::PricingRules::standard());
    o.paymentReference = QStringLiteral("pi_test");
    return o;
}
} // namespace

class Orders : public ApiTest {
protected:
    void SetUp() override
    {
        ApiTest::SetUp();
        admin = adminToken();
        createStaff(QStringLiteral("agent@shop.test"), {QStringLiteral("support")});
        agent = signIn(QStringLiteral("agent@shop.test"), QStringLiteral("staff secret 1"));
    }
    void makeSku(const QString &sku, qint64 amount, const QString &status = QStringLiteral("active"))
    {
        const auto r = send("POST", "/api/v1/products", admin,
                            QJsonObject{{QStringLiteral("title"), QStringLiteral("Teapot ") + sku},
                                        {QStringLiteral("sku"), sku},
                                        {QStringLiteral("status"), status},
                                        {QStringLiteral("price"), gbp(amount)}});
        ASSERT_EQ(r.status, 201) << r.body.constData();
    }
    QString newCart(const QByteArray &token = {})
    {
        const auto r = send("POST", "/api/v1/carts", token);
        EXPECT_TRUE(r.status == 201 || r.status == 200) << r.body.constData();
        return jsonOf(r).value(QStringLiteral("id")).toString();
    }
    RawHttp::Response add(const QString &cart, const QJsonObject &body, const QByteArray &token = {})
    {
        return send("POST", "/api/v1/carts/" + cart.toUtf8() + "/items", token, body);
    }
    qint64 userId(const QByteArray &token)
    {
        return jsonOf(get("/api/v1/me", token)).value(QStringLiteral("id")).toString().toLongLong();
    }
    qint64 count(const QByteArray &sql)
    {
        PgConnection c(db.conninfo());
        auto rows = c.exec(sql);
        return rows ? rows->toInt64(0, 0) : -1;
    }
    qint64 place(const NewOrder &order)
    {
        PgConnection c(db.conninfo());
        auto placed = runInTransaction<StoredOrder>(c, [&](PgConnection &tx) { return OrderService::createOrder(tx, order, checkoutActor); });
        EXPECT_TRUE(placed.has_value()) << (placed ? "" : placed.error().message.toStdString());
        return placed ? placed->id : 0;
    }
    void confirm(qint64 id)
    {
        PgConnection c(db.conninfo());
        auto done = runInTransaction<StoredOrder>(c, [&](PgConnection &tx) {
            return OrderService::applyAction(tx, id, Domain::OrderAction::Confirm, {}, std::nullopt,
                                             QDateTime::currentDateTimeUtc(), checkoutActor);
        });
        ASSERT_TRUE(done.has_value()) << done.error().message.toStdString();
    }
    RawHttp::Response act(qint64 id, const char *action, const QByteArray &etag, std::optional<QJsonObject> body = std::nullopt)
    {
        Headers headers;
        if (!etag.isEmpty())
            headers.append({"If-Match", etag});
        return send("POST", "/api/v1/orders/" + QByteArray::number(id) + '/' + action, agent, body, headers);
    }
    QByteArray etagOf(qint64 id)
    {
        return get("/api/v1/orders/" + QByteArray::number(id), agent).header("ETag");
    }
    static QJsonObject totals(const RawHttp::Response &r) { return jsonOf(r).value(QStringLiteral("totals")).toObject(); }

    QByteArray admin;
    QByteArray agent;
};

TEST_F(Orders, GuestCartPricesLinesWithPromotionsShippingAndTax)
{
    makeSku(QStringLiteral("POT-1"), 1000);
    makeSku(QStringLiteral("CUP-1"), 499);
    const auto sale = send("POST", "/api/v1/promotions", admin,
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("Pot week")},
                                       {QStringLiteral("kind"), QStringLiteral("percentage")},
                                       {QStringLiteral("basis_points"), 1500},
                                       {QStringLiteral("skus"), QJsonArray{QStringLiteral("pot-1")}},
                                       {QStringLiteral("starts_at"), QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate)}});
    ASSERT_EQ(sale.status, 201) << sale.body.constData();

    const auto created = send("POST", "/api/v1/carts");
    ASSERT_EQ(created.status, 201) << created.body.constData();
    const QString cart = jsonOf(created).value(QStringLiteral("id")).toString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(cart).hasMatch()) << cart.toStdString();
    EXPECT_NE(newCart(), cart);
    EXPECT_EQ(totals(created).value(QStringLiteral("total")).toObject(), gbp(0));

    // 2 x 10.00 at 15 % off = 17.00; 17.00 + 3.95 shipping = 20.95; tax in it at 20 %: 3.4917 -> 3.49.
    auto r = add(cart, item(QStringLiteral("pot-1"), 1));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    r = add(cart, item(QStringLiteral("POT-1"), 1));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    QJsonObject line = jsonOf(r).value(QStringLiteral("lines")).toArray().first().toObject();
    EXPECT_EQ(line.value(QStringLiteral("sku")).toString(), QStringLiteral("POT-1"));
    EXPECT_EQ(line.value(QStringLiteral("quantity")).toInt(), 2);
    EXPECT_EQ(line.value(QStringLiteral("unit_price")).toObject(), gbp(1000));
    EXPECT_EQ(line.value(QStringLiteral("discount")).toObject(), gbp(300));
    EXPECT_EQ(line.value(QStringLiteral("line_total")).toObject(), gbp(1700));
    EXPECT_EQ(line.value(QStringLiteral("promotion")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Pot week"));
    EXPECT_EQ(totals(r).value(QStringLiteral("subtotal")).toObject(), gbp(2000));
    EXPECT_EQ(totals(r).value(QStringLiteral("shipping")).toObject(), gbp(395));
    EXPECT_EQ(totals(r).value(QStringLiteral("total")).toObject(), gbp(2095));
    EXPECT_EQ(totals(r).value(QStringLiteral("tax")).toObject(), gbp(349));

    // Change and remove by SKU; 50.00 of goods ship free.
    r = add(cart, item(QStringLiteral("CUP-1"), 3));
    ASSERT_EQ(r.status, 200);
    r = send("PATCH", "/api/v1/carts/" + cart.toUtf8() + "/items/cup-1", {}, QJsonObject{{QStringLiteral("quantity"), 7}});
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(totals(r).value(QStringLiteral("total")).toObject(), gbp(1700 + 7 * 499));
    EXPECT_EQ(totals(r).value(QStringLiteral("shipping")).toObject(), gbp(0));
    r = send("PATCH", "/api/v1/carts/" + cart.toUtf8(), {}, QJsonObject{{QStringLiteral("country"), QStringLiteral("de")}});
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(totals(r).value(QStringLiteral("country")).toString(), QStringLiteral("DE"));
    EXPECT_EQ(totals(r).value(QStringLiteral("shipping")).toObject(), gbp(995));
    r = send("DELETE", "/api/v1/carts/" + cart.toUtf8() + "/items/POT-1");
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(jsonOf(r).value(QStringLiteral("lines")).toArray().size(), 1);
    EXPECT_EQ(send("DELETE", "/api/v1/carts/" + cart.toUtf8() + "/items/POT-1").status, 404);
    r = get("/api/v1/carts/" + cart.toUtf8());
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(totals(r).value(QStringLiteral("subtotal")).toObject(), gbp(7 * 499));
}

TEST_F(Orders, CartRefusesBadInputAndChangesNothing)
{
    makeSku(QStringLiteral("POT-2"), 1000);
    makeSku(QStringLiteral("DRAFT-1"), 1000, QStringLiteral("draft"));
    const QString cart = newCart();
    ASSERT_EQ(add(cart, item(QStringLiteral("POT-2"), 98)).status, 200);
    struct Case {
        QJsonObject body;
        QString field;
    };
    const QList<Case> cases{{item(QStringLiteral("NOPE-9"), 1), QStringLiteral("sku")},
                            {item(QStringLiteral("DRAFT-1"), 1), QStringLiteral("sku")},
                            {item(QStringLiteral("POT-2"), 0), QStringLiteral("quantity")},
                            {item(QStringLiteral("POT-2"), 1e9), QStringLiteral("quantity")},
                            {item(QStringLiteral("POT-2"), 1.5), QStringLiteral("quantity")},
                            {item(QStringLiteral("POT-2"), 2), QStringLiteral("quantity")}, // 98 + 2 > 99
                            {QJsonObject{{QStringLiteral("quantity"), 1}}, QStringLiteral("sku")}};
    for (const Case &c : cases) {
        const auto r = add(cart, c.body);
        EXPECT_EQ(r.status, 422) << QJsonDocument(c.body).toJson().constData() << r.body.constData();
        EXPECT_EQ(firstErrorField(r), c.field) << r.body.constData();
        EXPECT_EQ(r.header("Content-Type"), "application/problem+json");
    }
    QJsonObject extra = item(QStringLiteral("POT-2"), 1);
    extra.insert(QStringLiteral("price"), 1);
    EXPECT_EQ(add(cart, extra).status, 422);
    EXPECT_EQ(send("PATCH", "/api/v1/carts/" + cart.toUtf8() + "/items/POT-2", {},
                   QJsonObject{{QStringLiteral("quantity"), 100}}).status,
              422);
    EXPECT_EQ(send("PATCH", "/api/v1/carts/" + cart.toUtf8(), {}, QJsonObject{{QStringLiteral("country"), QStringLiteral("GBR")}}).status, 422);
    EXPECT_EQ(count("SELECT sum(quantity) FROM cart_lines"), 98);
    EXPECT_EQ(add(QStringLiteral("0123456789abcdef0123456789abcdef"), item(QStringLiteral("POT-2"), 1)).status, 404);
    EXPECT_EQ(get("/api/v1/carts/not-a-cart").status, 404);
    const auto raw = RawHttp::request(server->port(), "POST", "/api/v1/carts/" + cart.toUtf8() + "/items", "{\"sku\":",
                                      {{"Content-Type", "application/json"}});
    EXPECT_EQ(raw->status, 400);
}

TEST_F(Orders, CustomerCartsArePrivateAndAClaimedGuestCartMergesIntoThem)
{
    makeSku(QStringLiteral("POT-3"), 1000);
    makeSku(QStringLiteral("CUP-3"), 500);
    const QByteArray ann = customer(QStringLiteral("ann@example.com"));
    const QByteArray bob = customer(QStringLiteral("bob@example.com"));
    const auto first = send("POST", "/api/v1/carts", ann);
    ASSERT_EQ(first.status, 201);
    const QString own = jsonOf(first).value(QStringLiteral("id")).toString();
    const auto again = send("POST", "/api/v1/carts", ann);
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(jsonOf(again).value(QStringLiteral("id")).toString(), own);
    ASSERT_EQ(add(own, item(QStringLiteral("POT-3"), 98), ann).status, 200);
    EXPECT_EQ(get("/api/v1/carts/" + own.toUtf8()).status, 404);      // no one else, signed in or not
    EXPECT_EQ(get("/api/v1/carts/" + own.toUtf8(), bob).status, 404);
    EXPECT_EQ(add(own, item(QStringLiteral("POT-3"), 1), bob).status, 404);

    const QString guest = newCart();
    ASSERT_EQ(add(guest, item(QStringLiteral("pot-3"), 5)).status, 200);
    ASSERT_EQ(add(guest, item(QStringLiteral("CUP-3"), 2)).status, 200);
    EXPECT_EQ(send("POST", "/api/v1/carts/" + guest.toUtf8() + "/claim").status, 401);
    const auto claimed = send("POST", "/api/v1/carts/" + guest.toUtf8() + "/claim", ann);
    ASSERT_EQ(claimed.status, 200) << claimed.body.constData();
    EXPECT_EQ(jsonOf(claimed).value(QStringLiteral("id")).toString(), own);
    const QJsonArray lines = jsonOf(claimed).value(QStringLiteral("lines")).toArray();
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0].toObject().value(QStringLiteral("quantity")).toInt(), 99); // 98 + 5, capped
    EXPECT_EQ(lines[1].toObject().value(QStringLiteral("sku")).toString(), QStringLiteral("CUP-3"));
    EXPECT_EQ(get("/api/v1/carts/" + guest.toUtf8()).status, 404);
    EXPECT_EQ(send("POST", "/api/v1/carts/" + guest.toUtf8() + "/claim", bob).status, 404);

    // Without an open cart of their own, the guest cart simply becomes the customer's.
    const QString another = newCart();
    ASSERT_EQ(add(another, item(QStringLiteral("CUP-3"), 1)).status, 200);
    const auto taken = send("POST", "/api/v1/carts/" + another.toUtf8() + "/claim", bob);
    ASSERT_EQ(taken.status, 200);
    EXPECT_EQ(jsonOf(taken).value(QStringLiteral("id")).toString(), another);
    EXPECT_EQ(get("/api/v1/carts/" + another.toUtf8()).status, 404);
    EXPECT_EQ(get("/api/v1/carts/" + another.toUtf8(), bob).status, 200);
}

TEST_F(Orders, CustomersSeeTheirOwnOrdersOnly)
{
    const QByteArray ann = customer(QStringLiteral("ann@example.com"));
    const QByteArray bob = customer(QStringLiteral("bob@example.com"));
    const qint64 annOrder = place(newOrder(userId(ann), QStringLiteral("ann@example.com"), QStringLiteral("POT-4"), 2, 1000));
    const qint64 bobOrder = place(newOrder(userId(bob), QStringLiteral("bob@example.com"), QStringLiteral("POT-4"), 1, 1000));
    ASSERT_GT(annOrder, 0);
    const auto list = get("/api/v1/me/orders", ann);
    ASSERT_EQ(list.status, 200) << list.body.constData();
    const QJsonArray items = jsonOf(list).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].toObject().value(QStringLiteral("id")).toString(), QString::number(annOrder));
    EXPECT_TRUE(items[0].toObject().value(QStringLiteral("number")).toString().startsWith(QStringLiteral("BR-")));
    const auto mine = get("/api/v1/me/orders/" + QByteArray::number(annOrder), ann);
    ASSERT_EQ(mine.status, 200);
    EXPECT_EQ(jsonOf(mine).value(QStringLiteral("lines")).toArray().size(), 1);
    EXPECT_FALSE(jsonOf(mine).contains(QStringLiteral("notes")));
    const auto theirs = get("/api/v1/me/orders/" + QByteArray::number(bobOrder), ann);
    EXPECT_EQ(theirs.status, 404);
    EXPECT_EQ(jsonOf(theirs).value(QStringLiteral("detail")), jsonOf(get("/api/v1/me/orders/999999", ann)).value(QStringLiteral("detail")));
    EXPECT_EQ(get("/api/v1/orders/" + QByteArray::number(bobOrder), ann).status, 403);
    EXPECT_EQ(get("/api/v1/orders", ann).status, 403);
    EXPECT_EQ(get("/api/v1/orders/" + QByteArray::number(bobOrder), agent).status, 200);
    EXPECT_EQ(get("/api/v1/me/orders").status, 401);
}

TEST_F(Orders, ActionsFollowTheStateMachineUnderIfMatch)
{
    const qint64 id = place(newOrder(std::nullopt, QStringLiteral("guest@example.com"), QStringLiteral("POT-5"), 1, 1000));
    ASSERT_GT(id, 0);
    const auto early = act(id, "pick", etagOf(id));
    EXPECT_EQ(early.status, 409) << early.body.constData();
    EXPECT_TRUE(jsonOf(early).value(QStringLiteral("detail")).toString().contains(QStringLiteral("pending")));
    confirm(id);
    EXPECT_EQ(act(id, "pick", {}).status, 428);
    EXPECT_EQ(act(id, "pick", "\"1\"").status, 412);
    EXPECT_EQ(act(id, "pick", etagOf(id)).status, 200);
    const auto packed = act(id, "pack", etagOf(id));
    ASSERT_EQ(packed.status, 200) << packed.body.constData();
    EXPECT_EQ(jsonOf(packed).value(QStringLiteral("fulfilment")).toString(), QStringLiteral("packed"));
    EXPECT_EQ(jsonOf(packed).value(QStringLiteral("allowed_actions")).toArray(), (QJsonArray{QStringLiteral("ship"), QStringLiteral("cancel")}));

    const auto noReason = act(id, "cancel", etagOf(id), QJsonObject{});
    EXPECT_EQ(noReason.status, 422);
    EXPECT_EQ(firstErrorField(noReason), QStringLiteral("reason"));
    EXPECT_EQ(act(id, "cancel", etagOf(id), QJsonObject{{QStringLiteral("reason"), QStringLiteral("x")}, {QStringLiteral("refund"), true}}).status, 422);
    const auto cancelled = act(id, "cancel", etagOf(id), QJsonObject{{QStringLiteral("reason"), QStringLiteral("Customer asked")}});
    ASSERT_EQ(cancelled.status, 200) << cancelled.body.constData();
    EXPECT_EQ(jsonOf(cancelled).value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    const auto twice = act(id, "cancel", etagOf(id), QJsonObject{{QStringLiteral("reason"), QStringLiteral("again")}});
    EXPECT_EQ(twice.status, 409);
    EXPECT_TRUE(jsonOf(twice).value(QStringLiteral("detail")).toString().contains(QStringLiteral("cancelled")));

    const QJsonArray timeline = jsonOf(get("/api/v1/orders/" + QByteArray::number(id), agent)).value(QStringLiteral("timeline")).toArray();
    QStringList types;
    for (const QJsonValue &e : timeline)
        types.append(e.toObject().value(QStringLiteral("type")).toString());
    EXPECT_EQ(types, (QStringList{QStringLiteral("placed"), QStringLiteral("confirm"), QStringLiteral("pick"), QStringLiteral("pack"),
                                  QStringLiteral("cancel")}));
    EXPECT_EQ(timeline.last().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("Customer asked"));
    EXPECT_EQ(timeline.last().toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("agent@shop.test"));
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE aggregate_type = 'order'"), 5);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'OrderCancelled'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE entity_type = 'order'"), 5);
    EXPECT_EQ(act(999999, "pick", "\"1\"").status, 404);
}

TEST_F(Orders, NotesJoinTheStaffTimelineOnly)
{
    const QByteArray ann = customer(QStringLiteral("ann@example.com"));
    const qint64 id = place(newOrder(userId(ann), QStringLiteral("ann@example.com"), QStringLiteral("POT-6"), 1, 1000));
    const QByteArray path = "/api/v1/orders/" + QByteArray::number(id) + "/notes";
    EXPECT_EQ(send("POST", path, agent, QJsonObject{{QStringLiteral("body"), QStringLiteral("Called")}}).status, 428);
    const QByteArray etag = etagOf(id);
    EXPECT_EQ(send("POST", path, agent, QJsonObject{{QStringLiteral("body"), QStringLiteral(" ")}}, {{"If-Match", etag}}).status, 422);
    const auto noted = send("POST", path, agent, QJsonObject{{QStringLiteral("body"), QStringLiteral("Called the customer")}},
                            {{"If-Match", etag}});
    ASSERT_EQ(noted.status, 201) << noted.body.constData();
    EXPECT_EQ(jsonOf(noted).value(QStringLiteral("notes")).toArray().first().toObject().value(QStringLiteral("body")).toString(),
              QStringLiteral("Called the customer"));
    EXPECT_NE(noted.header("ETag"), etag);
    EXPECT_EQ(send("POST", path, agent, QJsonObject{{QStringLiteral("body"), QStringLiteral("Again")}}, {{"If-Match", etag}}).status, 412);
    const QJsonArray customerTimeline =
        jsonOf(get("/api/v1/me/orders/" + QByteArray::number(id), ann)).value(QStringLiteral("timeline")).toArray();
    EXPECT_EQ(customerTimeline.size(), 1);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'OrderNoteAdded'"), 1);
}

TEST_F(Orders, CancellingReleasesTheHeldReservation)
{
    makeSku(QStringLiteral("POT-7"), 1000);
    Database database(db.conninfo());
    InventoryService inventory(database, {});
    ASSERT_TRUE(inventory.adjust(QStringLiteral("POT-7"), QStringLiteral("MAIN"), 10, Domain::AdjustmentReason::Received, {},
                                 checkoutActor));
    auto reserved = inventory.reserve({{QStringLiteral("POT-7"), 3}}, QStringLiteral("cart"), std::nullopt, checkoutActor);
    ASSERT_TRUE(reserved.has_value());
    const qint64 reservation = std::get<Reservation>(*reserved).id;
    NewOrder order = newOrder(std::nullopt, QStringLiteral("guest@example.com"), QStringLiteral("POT-7"), 3, 1000);
    order.reservationId = reservation;
    const qint64 id = place(order);
    EXPECT_EQ(inventory.item(QStringLiteral("POT-7"))->total().reserved, 3);
    const auto cancelled = act(id, "cancel", etagOf(id), QJsonObject{{QStringLiteral("reason"), QStringLiteral("Out of time")}});
    ASSERT_EQ(cancelled.status, 200) << cancelled.body.constData();
    EXPECT_EQ(inventory.reservation(reservation)->status, QStringLiteral("released"));
    EXPECT_EQ(inventory.item(QStringLiteral("POT-7"))->total().reserved, 0);
}

TEST_F(Orders, PlacingWritesItsEventsInTheCallersTransaction)
{
    PgConnection c(db.conninfo());
    {
        Transaction tx(c);
        ASSERT_TRUE(tx.begin());
        auto placed = OrderService::createOrder(c, newOrder(std::nullopt, QStringLiteral("guest@example.com"), QStringLiteral("POT-8"), 1, 500),
                                                checkoutActor);
        ASSERT_TRUE(placed.has_value());
        EXPECT_EQ(count("SELECT count(*) FROM orders"), 0); // not visible before commit
        // No commit: everything goes.
    }
    EXPECT_EQ(count("SELECT count(*) FROM orders"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM order_events"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE aggregate_type = 'order'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE entity_type = 'order'"), 0);

    NewOrder order = newOrder(std::nullopt, QStringLiteral("guest@example.com"), QStringLiteral("POT-8"), 1, 500);
    order.sourceReference = QStringLiteral("test:1");
    ASSERT_GT(place(order), 0);
    EXPECT_EQ(count("SELECT count(*) FROM orders"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM order_lines"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM order_events WHERE type = 'placed'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'OrderPlaced'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'order.create'"), 1);
    auto again = runInTransaction<StoredOrder>(c, [&](PgConnection &tx) { return OrderService::createOrder(tx, order, checkoutActor); });
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, Domain::ErrorCode::Conflict);
    NewOrder empty = order;
    empty.sourceReference.clear();
    empty.totals.lines.clear();
    auto refused = runInTransaction<StoredOrder>(c, [&](PgConnection &tx) { return OrderService::createOrder(tx, empty, checkoutActor); });
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, Domain::ErrorCode::Validation);
    EXPECT_EQ(count("SELECT count(*) FROM orders"), 1);
}

TEST_F(Orders, StaffListFiltersAndPagesOverManyOrders)
{
    const QByteArray ann = customer(QStringLiteral("ann@example.com"));
    const qint64 annId = userId(ann);
    const QDateTime start = QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
    // 130 orders over 130 hours; every fifth is Ann's and holds CUP-9; several share a placing time so the
    // id breaks ties.
    for (int i = 0; i < 130; ++i) {
        const bool anns = i % 5 == 0;
        NewOrder o = newOrder(anns ? std::optional(annId) : std::nullopt,
                              anns ? QStringLiteral("ann@example.com") : QStringLiteral("guest%1@example.com").arg(i),
                              anns ? QStringLiteral("CUP-9") : QStringLiteral("POT-9"), 1 + i % 3, 1000 + i);
        o.placedAt = start.addSecs(3600 * (i / 2));
        ASSERT_GT(place(o), 0);
    }
    QSet<QString> seen;
    QString cursor;
    QString previous = QStringLiteral("9999");
    int pages = 0;
    do {
        const auto r = get("/api/v1/orders?limit=50" + (cursor.isEmpty() ? QByteArray() : "&cursor=" + cursor.toLatin1()), agent);
        ASSERT_EQ(r.status, 200) << r.body.constData();
        for (const QJsonValue &v : jsonOf(r).value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = v.toObject();
            EXPECT_LE(o.value(QStringLiteral("placed_at")).toString(), previous);
            previous = o.value(QStringLiteral("placed_at")).toString();
            seen.insert(o.value(QStringLiteral("id")).toString());
        }
        cursor = jsonOf(r).value(QStringLiteral("next_cursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    EXPECT_EQ(pages, 3);
    EXPECT_EQ(seen.size(), 130);

    auto countOf = [&](const QByteArray &query) {
        const auto r = get("/api/v1/orders?limit=200&" + query, agent);
        EXPECT_EQ(r.status, 200) << query.constData() << r.body.constData();
        return jsonOf(r).value(QStringLiteral("items")).toArray().size();
    };
    EXPECT_EQ(countOf("sku=cup-9"), 26);
    EXPECT_EQ(countOf("customer=" + QByteArray::number(annId)), 26);
    EXPECT_EQ(countOf("email=ANN@example.com"), 26);
    EXPECT_EQ(countOf("q=guest12"), 1 + 10 - 2); // guest12 and guest120..129 except Ann's 120 and 125
    EXPECT_EQ(countOf("q=BR-"), 130);
    EXPECT_EQ(countOf("status=pending"), 130);
    EXPECT_EQ(countOf("status=cancelled"), 0);
    // Placed in the first ten hours: i = 0..19.
    EXPECT_EQ(countOf("from=2025-01-01T09:00:00Z&to=2025-01-01T19:00:00Z"), 20);
    // Totals: quantity (1 + i % 3) x (1000 + i) + 3.95 shipping (all below 50.00 but i % 3 == 2 at >= 16.67).
    qint64 expensive = 0;
    for (int i = 0; i < 130; ++i) {
        const qint64 goods = qint64(1 + i % 3) * (1000 + i);
        if (goods + (goods >= 5000 ? 0 : 395) >= 3395)
            ++expensive;
    }
    EXPECT_EQ(countOf("min_total=3395"), expensive);
    EXPECT_EQ(countOf("min_total=3395&max_total=3395"), 0);
    EXPECT_EQ(countOf("sku=cup-9&q=ann&from=2025-01-01T19:00:00Z"), 26 - 4); // Ann's i = 0, 5, 10, 15 are before
    for (const QByteArray &bad : {QByteArray("status=lost"), QByteArray("cursor=abc"), QByteArray("limit=0"),
                                  QByteArray("from=yesterday"), QByteArray("min_total=-1"), QByteArray("min_total=5&max_total=4")}) {
        const auto r = get("/api/v1/orders?" + bad, agent);
        EXPECT_EQ(r.status, 422) << bad.constData();
    }
    const auto mine = get("/api/v1/me/orders?limit=10", ann);
    ASSERT_EQ(mine.status, 200);
    EXPECT_EQ(jsonOf(mine).value(QStringLiteral("items")).toArray().size(), 10);
    const QString next = jsonOf(mine).value(QStringLiteral("next_cursor")).toString();
    ASSERT_FALSE(next.isEmpty());
    EXPECT_EQ(jsonOf(get("/api/v1/me/orders?limit=20&cursor=" + next.toLatin1(), ann)).value(QStringLiteral("items")).toArray().size(), 16);
}

TEST_F(Orders, StaffConfirmAPendingOrderACheckoutLeftBehind)
{
    const qint64 id = place(newOrder(std::nullopt, QStringLiteral("guest@example.com"), QStringLiteral("POT-6"), 1, 1000));
    ASSERT_GT(id, 0);
    EXPECT_EQ(act(id, "confirm", {}).status, 428);
    EXPECT_EQ(act(id, "confirm", "\"99\"").status, 412);
    const QByteArray buyer = customer(QStringLiteral("nosy@example.com"));
    EXPECT_EQ(send("POST", "/api/v1/orders/" + QByteArray::number(id) + "/confirm", buyer, std::nullopt,
                   {{"If-Match", etagOf(id)}})
                  .status,
              403);
    const auto confirmed = act(id, "confirm", etagOf(id));
    ASSERT_EQ(confirmed.status, 200) << confirmed.body.constData();
    EXPECT_EQ(jsonOf(confirmed).value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    EXPECT_EQ(jsonOf(confirmed).value(QStringLiteral("timeline")).toArray().last().toObject().value(QStringLiteral("actor")).toString(),
              QStringLiteral("agent@shop.test"));
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'OrderConfirmed'"), 1);
    const auto twice = act(id, "confirm", etagOf(id));
    EXPECT_EQ(twice.status, 409) << twice.body.constData();
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'OrderConfirmed'"), 1);
    EXPECT_EQ(act(999999, "confirm", "\"1\"").status, 404);
}
