// SPDX-License-Identifier: MIT
#include "server/orders/orderservice.h"
#include "server/store/pgconnection.h"
#include "server/store/transaction.h"
#include "tests/server/apitest.h"

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;

namespace {
const AuditActor importActor{std::nullopt, QByteArrayLiteral("customers-test"), QStringLiteral("import-retail")};

// A delivered order of history, as import-retail places one.
NewOrder historicOrder(qint64 customer, const QString &email, const QString &reference, const QDateTime &at,
                       qint64 amount, const QString &currency = QStringLiteral("GBP"))
{
    NewOrder o;
    o.customerId = customer;
    o.email = email;
    o.customerName = QStringLiteral("Ada Lovelace");
    o.shippingAddress.name = o.customerName;
    o.shippingAddress.country = QStringLiteral("GB");
    Domain::OrderTotals &t = o.totals;
    t.currency = currency;
    t.country = QStringLiteral("GB");
    const Domain::Money money{amount, currency};
    const Domain::Money zero{0, currency};
    t.lines.append({QStringLiteral("85123A"), QStringLiteral("HEART"), 1, money, zero, zero, money, {}, {}});
    t.subtotal = t.total = money;
    t.discount = t.shipping = t.tax = t.shippingTax = t.fees = zero;
    o.sourceReference = reference;
    o.placedAt = at;
    o.status = Domain::OrderStatus::Delivered;
    return o;
}
} // namespace

class Customers : public ApiTest {
protected:
    void SetUp() override
    {
        ApiTest::SetUp();
        createStaff(QStringLiteral("agent@shop.test"), {QStringLiteral("support")});
        agent = signIn(QStringLiteral("agent@shop.test"), QStringLiteral("staff secret 1"));
        ada = customer(QStringLiteral("ada@example.com"));
        adaId = jsonOf(get("/api/v1/me", ada)).value(QStringLiteral("id")).toString().toLongLong();
        customer(QStringLiteral("bob_smith@example.com"));
    }
    qint64 place(const NewOrder &order)
    {
        PgConnection c(db.conninfo());
        auto placed = runInTransaction<StoredOrder>(c, [&](PgConnection &tx) { return OrderService::createOrder(tx, order, importActor); });
        EXPECT_TRUE(placed.has_value()) << (placed ? "" : placed.error().message.toStdString());
        return placed ? placed->id : 0;
    }
    QByteArray path(const char *suffix = "") const
    {
        return "/api/v1/customers/" + QByteArray::number(adaId) + suffix;
    }
    QStringList emailsOf(const RawHttp::Response &r)
    {
        QStringList emails;
        for (const QJsonValue &v : jsonOf(r).value(QStringLiteral("items")).toArray())
            emails.append(v.toObject().value(QStringLiteral("email")).toString());
        return emails;
    }

    QByteArray agent;
    QByteArray ada;
    qint64 adaId = 0;
};

TEST_F(Customers, SearchFindsByNameEmailAndOrderNumberAndPagesByKeyset)
{
    const qint64 order = place(historicOrder(adaId, QStringLiteral("ada@example.com"), QStringLiteral("retail:536365"),
                                             QDateTime(QDate(2010, 12, 1), QTime(8, 26), Qt::UTC), 1530));

    auto all = get("/api/v1/customers", agent);
    ASSERT_EQ(all.status, 200) << all.body.constData();
    EXPECT_EQ(emailsOf(all), (QStringList{QStringLiteral("ada@example.com"), QStringLiteral("bob_smith@example.com")}))
        << "customers only: not the admin or the agent";
    EXPECT_FALSE(all.body.contains("password")) << all.body.constData();
    EXPECT_EQ(all.header("Cache-Control"), "no-store");

    EXPECT_EQ(emailsOf(get("/api/v1/customers?q=BOB", agent)), QStringList{QStringLiteral("bob_smith@example.com")});
    // LIKE's wildcards are taken literally.
    EXPECT_EQ(emailsOf(get("/api/v1/customers?q=b_s", agent)), QStringList{QStringLiteral("bob_smith@example.com")});
    EXPECT_TRUE(emailsOf(get("/api/v1/customers?q=%25", agent)).isEmpty());
    const QString number = QStringLiteral("BR-%1").arg(order, 7, 10, QLatin1Char('0'));
    EXPECT_EQ(emailsOf(get("/api/v1/customers?q=" + number.toLower().toUtf8(), agent)),
              QStringList{QStringLiteral("ada@example.com")});
    EXPECT_EQ(emailsOf(get("/api/v1/customers?q=536365", agent)), QStringList{QStringLiteral("ada@example.com")})
        << "an imported invoice's number finds its customer";

    // One per page: the cursor leads from Ada to Bob and then ends.
    auto first = get("/api/v1/customers?limit=1", agent);
    ASSERT_EQ(first.status, 200);
    EXPECT_EQ(emailsOf(first), QStringList{QStringLiteral("ada@example.com")});
    const QString cursor = jsonOf(first).value(QStringLiteral("next_cursor")).toString();
    ASSERT_FALSE(cursor.isEmpty());
    auto second = get("/api/v1/customers?limit=1&cursor=" + cursor.toLatin1(), agent);
    EXPECT_EQ(emailsOf(second), QStringList{QStringLiteral("bob_smith@example.com")});
    auto third = get("/api/v1/customers?limit=1&cursor=" +
                         jsonOf(second).value(QStringLiteral("next_cursor")).toString().toLatin1(),
                     agent);
    EXPECT_TRUE(emailsOf(third).isEmpty());
    EXPECT_TRUE(jsonOf(third).value(QStringLiteral("next_cursor")).isNull());
}

TEST_F(Customers, ProfileSumsLifetimeValuePerCurrencyAndCountsOrdersPerMonth)
{
    place(historicOrder(adaId, QStringLiteral("ada@example.com"), QStringLiteral("retail:1"),
                        QDateTime(QDate(2010, 12, 1), QTime(8, 26), Qt::UTC), 1530));
    place(historicOrder(adaId, QStringLiteral("ada@example.com"), QStringLiteral("retail:2"),
                        QDateTime(QDate(2010, 12, 24), QTime(9, 0), Qt::UTC), 470));
    place(historicOrder(adaId, QStringLiteral("ada@example.com"), QStringLiteral("retail:3"),
                        QDateTime(QDate(2011, 2, 3), QTime(10, 0), Qt::UTC), 999, QStringLiteral("EUR")));
    ASSERT_EQ(send("POST", "/api/v1/me/addresses", ada,
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada")},
                               {QStringLiteral("line1"), QStringLiteral("12 St James's Square")},
                               {QStringLiteral("city"), QStringLiteral("London")},
                               {QStringLiteral("country"), QStringLiteral("GB")}})
                  .status,
              201);

    auto r = get(path(), agent);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonObject c = jsonOf(r);
    EXPECT_EQ(c.value(QStringLiteral("email")).toString(), QStringLiteral("ada@example.com"));
    EXPECT_EQ(c.value(QStringLiteral("order_count")).toInt(), 3);
    EXPECT_EQ(c.value(QStringLiteral("first_order_at")).toString(), QStringLiteral("2010-12-01T08:26:00.000000Z"));
    EXPECT_EQ(c.value(QStringLiteral("last_order_at")).toString(), QStringLiteral("2011-02-03T10:00:00.000000Z"));
    EXPECT_EQ(c.value(QStringLiteral("addresses")).toArray().size(), 1);
    const QJsonArray value = c.value(QStringLiteral("lifetime_value")).toArray();
    ASSERT_EQ(value.size(), 2);
    EXPECT_EQ(value[0].toObject().value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    EXPECT_EQ(value[0].toObject().value(QStringLiteral("amount")).toInteger(), 999);
    EXPECT_EQ(value[1].toObject().value(QStringLiteral("currency")).toString(), QStringLiteral("GBP"));
    EXPECT_EQ(value[1].toObject().value(QStringLiteral("amount")).toInteger(), 2000);
    EXPECT_EQ(value[1].toObject().value(QStringLiteral("orders")).toInt(), 2);
    QStringList months;
    for (const QJsonValue &m : c.value(QStringLiteral("orders_per_month")).toArray())
        months.append(m.toObject().value(QStringLiteral("month")).toString() + u'=' +
                      QString::number(m.toObject().value(QStringLiteral("orders")).toInt()));
    EXPECT_EQ(months, (QStringList{QStringLiteral("2010-12=2"), QStringLiteral("2011-01=0"), QStringLiteral("2011-02=1")}));
    EXPECT_FALSE(r.body.contains("password")) << r.body.constData();
    EXPECT_FALSE(r.body.contains("token")) << r.body.constData();

    // The customer's orders, newest first, paged with the order list's cursor.
    auto page = get(path("/orders?limit=2"), agent);
    ASSERT_EQ(page.status, 200) << page.body.constData();
    const QJsonArray items = jsonOf(page).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].toObject().value(QStringLiteral("placed_at")).toString(), QStringLiteral("2011-02-03T10:00:00.000000Z"));
    auto rest = get(path("/orders?limit=2&cursor=") + jsonOf(page).value(QStringLiteral("next_cursor")).toString().toLatin1(), agent);
    ASSERT_EQ(rest.status, 200);
    EXPECT_EQ(jsonOf(rest).value(QStringLiteral("items")).toArray().size(), 1);
}

TEST_F(Customers, ACustomerWithoutOrdersHasAnEmptyHistory)
{
    auto r = get(path(), agent);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonObject c = jsonOf(r);
    EXPECT_EQ(c.value(QStringLiteral("order_count")).toInt(), 0);
    EXPECT_TRUE(c.value(QStringLiteral("first_order_at")).isNull());
    EXPECT_TRUE(c.value(QStringLiteral("last_order_at")).isNull());
    EXPECT_TRUE(c.value(QStringLiteral("lifetime_value")).toArray().isEmpty());
    EXPECT_TRUE(c.value(QStringLiteral("orders_per_month")).toArray().isEmpty());
    auto orders = get(path("/orders"), agent);
    ASSERT_EQ(orders.status, 200);
    EXPECT_TRUE(jsonOf(orders).value(QStringLiteral("items")).toArray().isEmpty());
}

TEST_F(Customers, NotesAreAddedAuditedAndListedNewestFirst)
{
    auto added = send("POST", path("/notes"), agent, QJsonObject{{QStringLiteral("body"), QStringLiteral("  Prefers email.  ")}});
    ASSERT_EQ(added.status, 201) << added.body.constData();
    EXPECT_EQ(jsonOf(added).value(QStringLiteral("body")).toString(), QStringLiteral("Prefers email."));
    EXPECT_EQ(jsonOf(added).value(QStringLiteral("author")).toString(), QStringLiteral("agent@shop.test"));
    ASSERT_EQ(send("POST", path("/notes"), agent, QJsonObject{{QStringLiteral("body"), QStringLiteral("Called back.")}}).status, 201);

    auto list = get(path("/notes?limit=1"), agent);
    ASSERT_EQ(list.status, 200) << list.body.constData();
    const QJsonArray items = jsonOf(list).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].toObject().value(QStringLiteral("body")).toString(), QStringLiteral("Called back."));
    auto older = get(path("/notes?limit=1&cursor=") + jsonOf(list).value(QStringLiteral("next_cursor")).toString().toLatin1(), agent);
    EXPECT_EQ(jsonOf(older).value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("body")).toString(),
              QStringLiteral("Prefers email."));

    PgConnection c(db.conninfo());
    auto audited = c.exec("SELECT count(*) FROM audit_log WHERE action = 'customer_note.create' AND entity_id = $1",
                          {QByteArray::number(adaId)});
    ASSERT_TRUE(audited.has_value());
    EXPECT_EQ(audited->toInt64(0, 0), 2);
}

TEST_F(Customers, BadInputIsRefusedWithProblemDetails)
{
    EXPECT_EQ(get("/api/v1/customers/999999", agent).status, 404);
    EXPECT_EQ(get("/api/v1/customers/abc", agent).status, 404);
    EXPECT_EQ(get("/api/v1/customers/999999/orders", agent).status, 404);
    EXPECT_EQ(get("/api/v1/customers/999999/notes", agent).status, 404);
    // A staff account is not a customer.
    const QByteArray agentId = jsonOf(get("/api/v1/me", agent)).value(QStringLiteral("id")).toString().toLatin1();
    EXPECT_EQ(get("/api/v1/customers/" + agentId, agent).status, 404);

    auto badCursor = get("/api/v1/customers?cursor=abc", agent);
    EXPECT_EQ(badCursor.status, 422);
    EXPECT_EQ(firstErrorField(badCursor), QStringLiteral("cursor"));
    EXPECT_EQ(badCursor.header("Content-Type"), "application/problem+json");
    EXPECT_EQ(firstErrorField(get(path("/orders?cursor=abc"), agent)), QStringLiteral("cursor"));
    EXPECT_EQ(firstErrorField(get(path("/notes?cursor=abc"), agent)), QStringLiteral("cursor"));
    EXPECT_EQ(firstErrorField(get("/api/v1/customers?limit=0", agent)), QStringLiteral("limit"));
    EXPECT_EQ(firstErrorField(get("/api/v1/customers?q=" + QByteArray(201, 'a'), agent)), QStringLiteral("q"));

    auto empty = send("POST", path("/notes"), agent, QJsonObject{{QStringLiteral("body"), QStringLiteral("   ")}});
    EXPECT_EQ(empty.status, 422);
    EXPECT_EQ(firstErrorField(empty), QStringLiteral("body"));
    auto unknown = send("POST", path("/notes"), agent,
                        QJsonObject{{QStringLiteral("body"), QStringLiteral("x")}, {QStringLiteral("pinned"), true}});
    EXPECT_EQ(unknown.status, 422) << unknown.body.constData();
    EXPECT_EQ(send("POST", "/api/v1/customers/999999/notes", agent, QJsonObject{{QStringLiteral("body"), QStringLiteral("x")}}).status,
              404);
}

TEST_F(Customers, OnlyStaffWithCustomersReadMayLook)
{
    createStaff(QStringLiteral("picker@shop.test"), {QStringLiteral("warehouse")});
    const QByteArray picker = signIn(QStringLiteral("picker@shop.test"), QStringLiteral("staff secret 1"));
    EXPECT_EQ(get("/api/v1/customers", picker).status, 403);
    EXPECT_EQ(get(path(), picker).status, 403);
    EXPECT_EQ(send("POST", path("/notes"), picker, QJsonObject{{QStringLiteral("body"), QStringLiteral("x")}}).status, 403);
    EXPECT_EQ(get("/api/v1/customers", ada).status, 403) << "a customer sees no one, not even themselves, here";
    EXPECT_EQ(get("/api/v1/customers").status, 401);
    EXPECT_EQ(get("/api/v1/customers", adminToken()).status, 200);
}

namespace {
QJsonObject gbp(qint64 amount)
{
    return {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), QStringLiteral("GBP")}};
}

QJsonObject checkoutBody(const QString &email)
{
    return {{QStringLiteral("email"), email},
            {QStringLiteral("shipping_address"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada Lovelace")},
                         {QStringLiteral("line1"), QStringLiteral("12 St James's Square")},
                         {QStringLiteral("city"), QStringLiteral("London")},
                         {QStringLiteral("postal_code"), QStringLiteral("SW1Y 4JH")},
                         {QStringLiteral("country"), QStringLiteral("GB")}}},
            {QStringLiteral("payment"), QJsonObject{{QStringLiteral("card_number"), QStringLiteral("4242424242424242")}}}};
}

QJsonObject skuLine(const QString &sku, qint64 quantity)
{
    return {{QStringLiteral("sku"), sku}, {QStringLiteral("quantity"), quantity}};
}

QStringList fieldOf(const QJsonArray &items, const char *member)
{
    QStringList values;
    for (const QJsonValue &v : items) {
        const QJsonValue value = v.toObject().value(QString::fromLatin1(member));
        values.append(value.isObject() ? QString::number(value.toObject().value(QStringLiteral("amount")).toInteger())
                                       : value.toVariant().toString());
    }
    return values;
}
} // namespace

// Refunds and returns of the customer's orders, paid at checkout against the payments sandbox the server starts.
class CustomerRefunds : public Customers {
protected:
    void configure(Server::ServerConfig &config) override
    {
        config.paymentsSandbox = QStringLiteral(BACKROOM_SANDBOX_BINARY);
        config.paymentsTimeoutMs = 3000;
        config.checkoutWaitMs = 3000;
        config.checkoutRetryMs = 300;
        config.refundApprovalLimit = 0;
    }
    void SetUp() override
    {
        Customers::SetUp();
        admin = adminToken();
        ASSERT_NE(server->paymentsSandbox(), nullptr);
        const auto product = send("POST", "/api/v1/products", admin,
                                  QJsonObject{{QStringLiteral("title"), QStringLiteral("Teapot")},
                                              {QStringLiteral("sku"), QStringLiteral("TEA-1")},
                                              {QStringLiteral("status"), QStringLiteral("active")},
                                              {QStringLiteral("price"), gbp(1500)}});
        ASSERT_EQ(product.status, 201) << product.body.constData();
        const auto stock = send("POST", "/api/v1/stock/TEA-1/adjustments", admin,
                                QJsonObject{{QStringLiteral("warehouse"), QStringLiteral("MAIN")},
                                            {QStringLiteral("delta"), 20},
                                            {QStringLiteral("reason"), QStringLiteral("received")}},
                                {{"Idempotency-Key", "stock-TEA-1"}});
        ASSERT_EQ(stock.status, 201) << stock.body.constData();
    }
    // An order paid at checkout by whoever token signs in (a guest without one); its id.
    QByteArray buy(qint64 quantity, const QByteArray &token, const QString &email)
    {
        const QString cart = jsonOf(send("POST", "/api/v1/carts", token)).value(QStringLiteral("id")).toString();
        const auto added = send("POST", "/api/v1/carts/" + cart.toUtf8() + "/items", token, skuLine(QStringLiteral("TEA-1"), quantity));
        EXPECT_EQ(added.status, 200) << added.body.constData();
        const auto r = send("POST", "/api/v1/carts/" + cart.toUtf8() + "/checkout", token, checkoutBody(email),
                            {{"Idempotency-Key", "checkout-" + cart.toUtf8()}});
        EXPECT_EQ(r.status, 201) << r.body.constData();
        return jsonOf(r).value(QStringLiteral("id")).toString().toUtf8();
    }
    void goodwill(const QByteArray &order, qint64 amount, const QByteArray &key)
    {
        const auto r = send("POST", "/api/v1/orders/" + order + "/refunds", admin,
                            QJsonObject{{QStringLiteral("amount"), gbp(amount)}, {QStringLiteral("reason"), QStringLiteral("goodwill")}},
                            {{"Idempotency-Key", key}});
        ASSERT_EQ(r.status, 201) << r.body.constData();
        ASSERT_EQ(jsonOf(r).value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    }
    QByteArray openReturn(const QByteArray &order, qint64 quantity, const QString &note)
    {
        const auto r = send("POST", "/api/v1/orders/" + order + "/returns", admin,
                            QJsonObject{{QStringLiteral("lines"), QJsonArray{skuLine(QStringLiteral("TEA-1"), quantity)}},
                                        {QStringLiteral("note"), note}});
        EXPECT_EQ(r.status, 201) << r.body.constData();
        return jsonOf(r).value(QStringLiteral("id")).toString().toUtf8();
    }
    qint64 scalar(const QByteArray &sql, const PgParams &params)
    {
        PgConnection c(db.conninfo());
        auto rows = c.exec(sql, params);
        EXPECT_TRUE(rows.has_value());
        return rows && rows->rows() > 0 ? rows->toInt64(0, 0) : -1;
    }

    QByteArray admin;
};

TEST_F(CustomerRefunds, ListsTheRefundsAndReturnsOfTheCustomersOrdersNewestFirstAndNetsTheLifetimeValue)
{
    const QByteArray first = buy(2, ada, QStringLiteral("ada@example.com"));
    const QByteArray second = buy(1, ada, QStringLiteral("ada@example.com"));
    ASSERT_FALSE(first.isEmpty());
    ASSERT_FALSE(second.isEmpty());
    // Someone else's refund and return stay out of Ada's lists.
    const QByteArray guests = buy(1, {}, QStringLiteral("guest@example.com"));
    goodwill(guests, 100, "guest-goodwill");
    openReturn(guests, 1, QStringLiteral("not Ada's"));

    goodwill(first, 500, "first-goodwill");
    const QByteArray waiting = openReturn(first, 1, QStringLiteral("wrong colour"));
    const QByteArray sentBack = openReturn(second, 1, QStringLiteral("too small"));
    const auto received = send("POST", "/api/v1/returns/" + sentBack + "/receive", admin,
                               QJsonObject{{QStringLiteral("lines"),
                                            QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("TEA-1")},
                                                                   {QStringLiteral("quantity"), 1},
                                                                   {QStringLiteral("condition"), QStringLiteral("sellable")},
                                                                   {QStringLiteral("warehouse"), QStringLiteral("MAIN")}}}}},
                               {{"Idempotency-Key", "receive-second"}});
    ASSERT_EQ(received.status, 200) << received.body.constData();
    const auto refunded = send("POST", "/api/v1/returns/" + sentBack + "/refund", admin,
                               QJsonObject{{QStringLiteral("reason"), QStringLiteral("customer_request")}},
                               {{"Idempotency-Key", "refund-second"}});
    ASSERT_EQ(refunded.status, 201) << refunded.body.constData();
    const qint64 returnRefund = jsonOf(refunded).value(QStringLiteral("amount")).toObject().value(QStringLiteral("amount")).toInteger();
    ASSERT_GT(returnRefund, 0);

    const auto refunds = get(path("/refunds"), agent);
    ASSERT_EQ(refunds.status, 200) << refunds.body.constData();
    EXPECT_EQ(refunds.header("Cache-Control"), "no-store");
    const QJsonArray refundItems = jsonOf(refunds).value(QStringLiteral("items")).toArray();
    EXPECT_EQ(fieldOf(refundItems, "order_id"), (QStringList{QString::fromUtf8(second), QString::fromUtf8(first)}));
    EXPECT_EQ(fieldOf(refundItems, "amount"), (QStringList{QString::number(returnRefund), QStringLiteral("500")}));
    EXPECT_EQ(fieldOf(refundItems, "reason"), (QStringList{QStringLiteral("customer_request"), QStringLiteral("goodwill")}));
    EXPECT_EQ(fieldOf(refundItems, "status"), (QStringList{QStringLiteral("succeeded"), QStringLiteral("succeeded")}));
    EXPECT_EQ(fieldOf(refundItems, "return_id"), (QStringList{QString::fromUtf8(sentBack), QString()}));
    ASSERT_EQ(refundItems.size(), 2);
    EXPECT_EQ(refundItems[1].toObject().value(QStringLiteral("order_number")).toString(),
              QStringLiteral("BR-%1").arg(first.toLongLong(), 7, 10, QLatin1Char('0')));
    EXPECT_FALSE(refundItems[0].toObject().value(QStringLiteral("created_at")).toString().isEmpty());
    EXPECT_TRUE(jsonOf(refunds).value(QStringLiteral("next_cursor")).isNull());

    const auto returns = get(path("/returns"), agent);
    ASSERT_EQ(returns.status, 200) << returns.body.constData();
    const QJsonArray returnItems = jsonOf(returns).value(QStringLiteral("items")).toArray();
    EXPECT_EQ(fieldOf(returnItems, "id"), (QStringList{QString::fromUtf8(sentBack), QString::fromUtf8(waiting)}));
    EXPECT_EQ(fieldOf(returnItems, "status"), (QStringList{QStringLiteral("refunded"), QStringLiteral("open")}));
    EXPECT_EQ(fieldOf(returnItems, "note"), (QStringList{QStringLiteral("too small"), QStringLiteral("wrong colour")}));
    EXPECT_EQ(fieldOf(returnItems, "amount"), (QStringList{QString::number(returnRefund), QStringLiteral("0")}));
    EXPECT_EQ(fieldOf(returnItems, "quantity"), (QStringList{QStringLiteral("1"), QStringLiteral("1")}));

    // One per page: the cursor leads from the newer to the older, whose page is the last.
    for (const char *list : {"/refunds", "/returns"}) {
        const auto page = get(path(list) + "?limit=1", agent);
        ASSERT_EQ(page.status, 200) << list;
        const QString cursor = jsonOf(page).value(QStringLiteral("next_cursor")).toString();
        ASSERT_FALSE(cursor.isEmpty()) << list;
        const auto next = get(path(list) + "?limit=1&cursor=" + cursor.toLatin1(), agent);
        ASSERT_EQ(next.status, 200) << list << next.body.constData();
        const QJsonArray items = jsonOf(next).value(QStringLiteral("items")).toArray();
        ASSERT_EQ(items.size(), 1) << list;
        EXPECT_EQ(items[0].toObject().value(QStringLiteral("order_id")).toString(), QString::fromUtf8(first)) << list;
        EXPECT_TRUE(jsonOf(next).value(QStringLiteral("next_cursor")).isNull()) << list << ": the last page says so";
        EXPECT_EQ(firstErrorField(get(path(list) + "?cursor=abc", agent)), QStringLiteral("cursor")) << list;
        EXPECT_EQ(firstErrorField(get(path(list) + "?limit=0", agent)), QStringLiteral("limit")) << list;
    }

    // The lifetime value is net of what was refunded, with the gross and the refunded beside it.
    const qint64 gross = scalar("SELECT sum(total_amount) FROM orders WHERE customer_id = $1", {QByteArray::number(adaId)});
    const QJsonArray value = jsonOf(get(path(), agent)).value(QStringLiteral("lifetime_value")).toArray();
    ASSERT_EQ(value.size(), 1);
    const QJsonObject gbpValue = value[0].toObject();
    EXPECT_EQ(gbpValue.value(QStringLiteral("currency")).toString(), QStringLiteral("GBP"));
    EXPECT_EQ(gbpValue.value(QStringLiteral("orders")).toInt(), 2);
    EXPECT_EQ(gbpValue.value(QStringLiteral("gross")).toInteger(), gross);
    EXPECT_EQ(gbpValue.value(QStringLiteral("refunded")).toInteger(), 500 + returnRefund);
    EXPECT_EQ(gbpValue.value(QStringLiteral("amount")).toInteger(), gross - 500 - returnRefund);
}

TEST_F(CustomerRefunds, UnknownCustomersAre404AndTheWarehouseMayNotLook)
{
    for (const char *list : {"/refunds", "/returns"}) {
        EXPECT_EQ(get(QByteArray("/api/v1/customers/999999") + list, agent).status, 404) << list;
        EXPECT_EQ(get(QByteArray("/api/v1/customers/abc") + list, agent).status, 404) << list;
        const QByteArray agentId = jsonOf(get("/api/v1/me", agent)).value(QStringLiteral("id")).toString().toLatin1();
        EXPECT_EQ(get("/api/v1/customers/" + agentId + list, agent).status, 404) << list << ": staff are not customers";
        auto empty = get(path(list), agent);
        ASSERT_EQ(empty.status, 200) << list;
        EXPECT_TRUE(jsonOf(empty).value(QStringLiteral("items")).toArray().isEmpty()) << list;
    }
    createStaff(QStringLiteral("picker@shop.test"), {QStringLiteral("warehouse")});
    const QByteArray picker = signIn(QStringLiteral("picker@shop.test"), QStringLiteral("staff secret 1"));
    EXPECT_EQ(get(path("/refunds"), picker).status, 403);
    EXPECT_EQ(get(path("/returns"), picker).status, 403);
    EXPECT_EQ(get(path("/refunds"), ada).status, 403);
    EXPECT_EQ(get(path("/returns")).status, 401);
}
