// SPDX-License-Identifier: MIT
// Refunds and returns through the HTTP API, against the real payments sandbox the server starts as its child
// and the real PostgreSQL.
#include "server/store/pgconnection.h"
#include "tests/server/apitest.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QThread>
#include <atomic>
#include <thread>

using namespace Backroom;
using namespace Backroom::Test;

namespace {
QJsonObject gbp(qint64 amount)
{
    return {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), QStringLiteral("GBP")}};
}

QJsonObject checkoutBody()
{
    return {{QStringLiteral("email"), QStringLiteral("buyer@example.com")},
            {QStringLiteral("shipping_address"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Robin Buyer")},
                         {QStringLiteral("line1"), QStringLiteral("1 High Street")},
                         {QStringLiteral("city"), QStringLiteral("London")},
                         {QStringLiteral("postal_code"), QStringLiteral("N1 1AA")},
                         {QStringLiteral("country"), QStringLiteral("GB")}}},
            {QStringLiteral("payment"), QJsonObject{{QStringLiteral("card_number"), QStringLiteral("4242424242424242")}}}};
}

QJsonObject line(const QString &sku, qint64 quantity, const QString &warehouse = {})
{
    QJsonObject o{{QStringLiteral("sku"), sku}, {QStringLiteral("quantity"), quantity}};
    if (!warehouse.isEmpty())
        o.insert(QStringLiteral("restock_warehouse"), warehouse);
    return o;
}

qint64 amountOf(const QJsonObject &o, const char *member)
{
    return o.value(QString::fromLatin1(member)).toObject().value(QStringLiteral("amount")).toInteger(-1);
}
} // namespace

class Refunds : public ApiTest {
protected:
    void configure(Server::ServerConfig &config) override
    {
        config.paymentsSandbox = QStringLiteral(BACKROOM_SANDBOX_BINARY);
        config.paymentsTimeoutMs = 3000;
        config.paymentsBreakerThreshold = 3;
        config.paymentsBreakerOpenMs = 1000;
        config.checkoutWaitMs = 3000;
        config.checkoutRetryMs = 300;
        config.refundApprovalLimit = 5000;
    }
    void SetUp() override
    {
        ApiTest::SetUp();
        admin = adminToken();
        ASSERT_NE(server->paymentsSandbox(), nullptr);
    }
    void makeSku(const QString &sku, qint64 amount, qint64 stock)
    {
        const auto r = send("POST", "/api/v1/products", admin,
                            QJsonObject{{QStringLiteral("title"), QStringLiteral("Teapot ") + sku},
                                        {QStringLiteral("sku"), sku},
                                        {QStringLiteral("status"), QStringLiteral("active")},
                                        {QStringLiteral("price"), gbp(amount)}});
        ASSERT_EQ(r.status, 201) << r.body.constData();
        const auto s = send("POST", "/api/v1/stock/" + sku.toUtf8() + "/adjustments", admin,
                            QJsonObject{{QStringLiteral("warehouse"), QStringLiteral("MAIN")},
                                        {QStringLiteral("delta"), stock},
                                        {QStringLiteral("reason"), QStringLiteral("received")}},
                            {{"Idempotency-Key", "stock-" + sku.toUtf8()}});
        ASSERT_EQ(s.status, 201) << s.body.constData();
    }
    // An order paid at checkout; its id.
    QByteArray placeOrder(const QString &sku, qint64 quantity)
    {
        const QString cart = jsonOf(send("POST", "/api/v1/carts")).value(QStringLiteral("id")).toString();
        const auto added = send("POST", "/api/v1/carts/" + cart.toUtf8() + "/items", {},
                                QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("quantity"), quantity}});
        EXPECT_EQ(added.status, 200) << added.body.constData();
        const auto r = send("POST", "/api/v1/carts/" + cart.toUtf8() + "/checkout", {}, checkoutBody(),
                            {{"Idempotency-Key", "checkout-" + cart.toUtf8()}});
        EXPECT_EQ(r.status, 201) << r.body.constData();
        return jsonOf(r).value(QStringLiteral("id")).toString().toUtf8();
    }
    QJsonObject order(const QByteArray &id)
    {
        const auto r = get("/api/v1/orders/" + id, admin);
        EXPECT_EQ(r.status, 200) << r.body.constData();
        return jsonOf(r);
    }
    RawHttp::Response refund(const QByteArray &order, const QJsonObject &body, const QByteArray &key,
                             const QByteArray &token = {})
    {
        Headers headers;
        if (!key.isEmpty())
            headers.append({QByteArrayLiteral("Idempotency-Key"), key});
        return send("POST", "/api/v1/orders/" + order + "/refunds", token.isEmpty() ? admin : token, body, headers);
    }
    qint64 count(const QByteArray &sql, const Server::PgParams &params = {})
    {
        Server::PgConnection c(db.conninfo());
        auto rows = c.exec(sql, params);
        EXPECT_TRUE(rows.has_value()) << (rows ? "" : rows.error().error.message.toStdString());
        return rows && rows->rows() > 0 ? rows->toInt64(0, 0) : -1;
    }
    RawHttp::Response sandbox(QByteArrayView method, const QByteArray &path, std::optional<QJsonObject> body = std::nullopt)
    {
        Headers headers;
        if (body)
            headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        auto r = RawHttp::request(quint16(server->paymentsSandbox()->url().port()), method, path,
                                  body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray(), headers);
        EXPECT_TRUE(r.has_value());
        return r.value_or(RawHttp::Response{});
    }
    QJsonObject charge(const QString &id)
    {
        return jsonOf(sandbox("GET", "/v1/charges/" + id.toUtf8()));
    }
    void setFaults(const QJsonObject &faults)
    {
        const auto r = sandbox("PUT", "/v1/faults", faults);
        ASSERT_EQ(r.status, 200) << r.body.constData();
    }
    bool settled(int ms = 20000)
    {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            if (count("SELECT count(*) FROM refunds WHERE status = 'processing'") == 0)
                return true;
            QThread::msleep(100);
        }
        return false;
    }
    qint64 onHand(const QString &sku)
    {
        return count("SELECT on_hand FROM stock_levels s JOIN warehouses w ON w.id = s.warehouse_id WHERE s.sku = $1 AND w.code = 'MAIN'", {sku.toUtf8()});
    }

    QByteArray admin;
};

TEST_F(Refunds, TheGoodwillExampleAnswers201AndTheSameKeyNeverRefundsTwice)
{
    makeSku(QStringLiteral("GW-1"), 1500, 5);
    const QByteArray id = placeOrder(QStringLiteral("GW-1"), 2);
    const QString chargeId = order(id).value(QStringLiteral("payment_reference")).toString();
    const QJsonObject body{{QStringLiteral("amount"), gbp(500)}, {QStringLiteral("reason"), QStringLiteral("goodwill")}};
    const auto first = refund(id, body, "gw-key-1");
    ASSERT_EQ(first.status, 201) << first.body.constData();
    const QJsonObject r = jsonOf(first);
    EXPECT_EQ(r.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    EXPECT_EQ(amountOf(r, "amount"), 500);
    EXPECT_EQ(first.header("Location"), "/api/v1/refunds/" + r.value(QStringLiteral("id")).toString().toUtf8());
    const auto again = refund(id, body, "gw-key-1");
    EXPECT_EQ(again.status, 201);
    EXPECT_EQ(jsonOf(again).value(QStringLiteral("id")), r.value(QStringLiteral("id")));
    EXPECT_EQ(refund(id, body, {}).status, 428); // the key is required

    const QJsonObject c = charge(chargeId);
    EXPECT_EQ(c.value(QStringLiteral("amount_refunded")).toInteger(), 500);
    EXPECT_EQ(c.value(QStringLiteral("refunds")).toArray().size(), 1);
    EXPECT_EQ(count("SELECT refunded_amount FROM order_payments WHERE order_id = $1", {id}), 500);
    for (const char *event : {"RefundRequested", "RefundIssued"})
        EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = $1", {QByteArray(event)}), 1) << event;

    // The order detail shows it, with what remains refundable.
    const QJsonObject detail = order(id);
    EXPECT_EQ(detail.value(QStringLiteral("refunds")).toArray().size(), 1);
    EXPECT_TRUE(detail.value(QStringLiteral("returns")).isArray());
    const QJsonObject refundable = detail.value(QStringLiteral("refundable")).toObject();
    EXPECT_EQ(amountOf(refundable, "total"), 3000 + 395 - 500);
    EXPECT_EQ(get("/api/v1/orders/" + id + "/refunds", admin).status, 200);
    EXPECT_EQ(get("/api/v1/refunds/" + r.value(QStringLiteral("id")).toString().toUtf8(), admin).status, 200);
    EXPECT_EQ(get("/api/v1/refunds/999999", admin).status, 404);
}

TEST_F(Refunds, RefusesEveryBadInputNamingTheFieldAndChangesNothing)
{
    makeSku(QStringLiteral("BAD-1"), 1500, 5);
    const QByteArray id = placeOrder(QStringLiteral("BAD-1"), 2);
    const QJsonObject damaged{{QStringLiteral("reason"), QStringLiteral("damaged")}};
    auto with = [&](QJsonObject extra) {
        QJsonObject b = damaged;
        for (auto it = extra.begin(); it != extra.end(); ++it)
            b.insert(it.key(), it.value());
        return b;
    };
    const struct {
        QJsonObject body;
        QString field;
    } cases[] = {
        {with({{QStringLiteral("lines"), QJsonArray{line(QStringLiteral("BAD-1"), 0)}}}), QStringLiteral("lines[0].quantity")},
        {with({{QStringLiteral("lines"), QJsonArray{line(QStringLiteral("BAD-1"), -2)}}}), QStringLiteral("lines[0].quantity")},
        {with({{QStringLiteral("lines"), QJsonArray{line(QStringLiteral("BAD-1"), 3)}}}), QStringLiteral("lines[0].quantity")},
        {with({{QStringLiteral("lines"), QJsonArray{line(QStringLiteral("OTHER"), 1)}}}), QStringLiteral("lines[0].sku")},
        {with({{QStringLiteral("lines"), QJsonArray{line(QStringLiteral("BAD-1"), 1, QStringLiteral("NOWHERE"))}}}),
         QStringLiteral("lines[0].restock_warehouse")},
        {with({{QStringLiteral("amount"), gbp(3000 + 395 + 1)}}), QStringLiteral("amount")},
        {with({{QStringLiteral("amount"), gbp(0)}}), QStringLiteral("amount")},
        {damaged, QStringLiteral("amount")},
        {with({{QStringLiteral("shipping"), gbp(396)}}), QStringLiteral("shipping")},
        {with({{QStringLiteral("amount"), QJsonObject{{QStringLiteral("amount"), 100}, {QStringLiteral("currency"), QStringLiteral("EUR")}}}}),
         QStringLiteral("amount.currency")},
        {QJsonObject{{QStringLiteral("amount"), gbp(100)}, {QStringLiteral("reason"), QStringLiteral("whim")}}, QStringLiteral("reason")},
        {with({{QStringLiteral("amount"), gbp(100)}, {QStringLiteral("refund_to"), QStringLiteral("elsewhere")}}),
         QStringLiteral("refund_to")},
    };
    int i = 0;
    for (const auto &c : cases) {
        const auto r = refund(id, c.body, "bad-" + QByteArray::number(i++));
        EXPECT_EQ(r.status, 422) << r.body.constData();
        EXPECT_EQ(r.header("Content-Type"), "application/problem+json");
        EXPECT_EQ(firstErrorField(r), c.field) << r.body.constData();
        const auto preview = send("POST", "/api/v1/orders/" + id + "/refunds/preview", admin, c.body);
        EXPECT_EQ(preview.status, 422) << preview.body.constData();
    }
    EXPECT_EQ(refund("999999", with({{QStringLiteral("amount"), gbp(100)}}), "bad-order").status, 404);
    EXPECT_EQ(count("SELECT count(*) FROM refunds"), 0);
    EXPECT_EQ(count("SELECT refunded_amount + pending_amount FROM order_payments WHERE order_id = $1", {id}), 0);
}

TEST_F(Refunds, RefundsLinesWithTaxAndShippingAndRestocksWhereAsked)
{
    makeSku(QStringLiteral("LN-1"), 1500, 5);
    const QByteArray id = placeOrder(QStringLiteral("LN-1"), 3);
    const qint64 before = onHand(QStringLiteral("LN-1"));
    const QJsonObject body{{QStringLiteral("lines"), QJsonArray{line(QStringLiteral("LN-1"), 1, QStringLiteral("MAIN"))}},
                           {QStringLiteral("shipping"), gbp(395)},
                           {QStringLiteral("reason"), QStringLiteral("damaged")},
                           {QStringLiteral("note"), QStringLiteral("arrived chipped")}};
    const auto preview = send("POST", "/api/v1/orders/" + id + "/refunds/preview", admin, body);
    ASSERT_EQ(preview.status, 200) << preview.body.constData();
    const QJsonObject plan = jsonOf(preview);
    EXPECT_EQ(amountOf(plan, "total"), 1500 + 395);
    EXPECT_EQ(amountOf(plan, "tax"), 250 + 66); // 20 % contained in 15.00 and in 3.95
    EXPECT_FALSE(plan.value(QStringLiteral("requires_approval")).toBool());
    EXPECT_EQ(count("SELECT count(*) FROM refunds"), 0); // a preview changes nothing

    const auto made = refund(id, body, "lines-1");
    ASSERT_EQ(made.status, 201) << made.body.constData();
    const QJsonObject r = jsonOf(made);
    EXPECT_EQ(r.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    EXPECT_EQ(amountOf(r, "amount"), 1895);
    EXPECT_TRUE(r.value(QStringLiteral("lines")).toArray().first().toObject().value(QStringLiteral("restocked")).toBool());
    EXPECT_EQ(onHand(QStringLiteral("LN-1")), before + 1);

    // Not restocked when no warehouse is named (damaged goods).
    const auto second = refund(id, QJsonObject{{QStringLiteral("lines"), QJsonArray{line(QStringLiteral("LN-1"), 1)}},
                                               {QStringLiteral("reason"), QStringLiteral("damaged")}},
                               "lines-2");
    ASSERT_EQ(second.status, 201) << second.body.constData();
    EXPECT_EQ(onHand(QStringLiteral("LN-1")), before + 1);
    const QJsonObject remaining = order(id).value(QStringLiteral("refundable")).toObject();
    EXPECT_EQ(remaining.value(QStringLiteral("lines")).toArray().first().toObject().value(QStringLiteral("quantity")).toInteger(), 1);
    EXPECT_EQ(amountOf(remaining, "shipping"), 0);
    EXPECT_EQ(amountOf(remaining, "total"), 1500);
}

TEST_F(Refunds, FiftyConcurrentRefundsOfOneOrderNeverOverRefund)
{
    makeSku(QStringLiteral("RACE-1"), 1500, 5);
    const QByteArray id = placeOrder(QStringLiteral("RACE-1"), 2); // 30.00 + 3.95 shipping
    const QString chargeId = order(id).value(QStringLiteral("payment_reference")).toString();
    std::atomic<int> created{0}, refused{0}, other{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 50; ++i)
        threads.emplace_back([&, i] {
            const QJsonObject body{{QStringLiteral("amount"), gbp(300)}, {QStringLiteral("reason"), QStringLiteral("goodwill")}};
            auto r = RawHttp::request(server->port(), "POST", "/api/v1/orders/" + id + "/refunds",
                                      QJsonDocument(body).toJson(QJsonDocument::Compact),
                                      {{"Content-Type", "application/json"},
                                       {"Authorization", "Bearer " + admin},
                                       {"Idempotency-Key", "race-" + QByteArray::number(i)}});
            if (r && r->status == 201)
                ++created;
            else if (r && r->status == 422)
                ++refused;
            else
                ++other;
        });
    for (std::thread &t : threads)
        t.join();
    EXPECT_EQ(created.load(), 11); // 11 x 3.00 fit in 33.95
    EXPECT_EQ(refused.load(), 39);
    EXPECT_EQ(other.load(), 0);
    ASSERT_TRUE(settled());
    EXPECT_EQ(count("SELECT refunded_amount FROM order_payments WHERE order_id = $1", {id}), 3300);
    EXPECT_EQ(charge(chargeId).value(QStringLiteral("amount_refunded")).toInteger(), 3300);
}

TEST_F(Refunds, AboveTheLimitWaitsForSomeoneElseToApprove)
{
    makeSku(QStringLiteral("BIG-1"), 3000, 5);
    const QByteArray id = placeOrder(QStringLiteral("BIG-1"), 2); // 60.00, free shipping
    const QString chargeId = order(id).value(QStringLiteral("payment_reference")).toString();
    createStaff(QStringLiteral("agent@shop.test"), {QStringLiteral("support")});
    const QByteArray agent = signIn(QStringLiteral("agent@shop.test"), QStringLiteral("staff secret 1"));
    createStaff(QStringLiteral("lead@shop.test"), {QStringLiteral("admin")});
    const QByteArray lead = signIn(QStringLiteral("lead@shop.test"), QStringLiteral("staff secret 1"));

    const QJsonObject body{{QStringLiteral("lines"), QJsonArray{line(QStringLiteral("BIG-1"), 2)}},
                           {QStringLiteral("reason"), QStringLiteral("defective")}};
    const auto made = refund(id, body, "big-1", agent);
    ASSERT_EQ(made.status, 201) << made.body.constData();
    const QByteArray refundId = jsonOf(made).value(QStringLiteral("id")).toString().toUtf8();
    EXPECT_EQ(jsonOf(made).value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_approval"));
    EXPECT_EQ(charge(chargeId).value(QStringLiteral("amount_refunded")).toInteger(), 0);
    // Held against the order meanwhile: nothing more can be refunded.
    const auto more = refund(id, QJsonObject{{QStringLiteral("amount"), gbp(1)}, {QStringLiteral("reason"), QStringLiteral("goodwill")}}, "big-2");
    EXPECT_EQ(more.status, 422) << more.body.constData();

    const auto queue = get("/api/v1/refunds?status=awaiting_approval", admin);
    ASSERT_EQ(queue.status, 200);
    ASSERT_EQ(jsonOf(queue).value(QStringLiteral("items")).toArray().size(), 1);
    EXPECT_EQ(get("/api/v1/refunds?status=lost", admin).status, 422);

    EXPECT_EQ(send("POST", "/api/v1/refunds/" + refundId + "/approve", agent, QJsonObject{}).status, 403); // no permission
    const auto approved = send("POST", "/api/v1/refunds/" + refundId + "/approve", lead, QJsonObject{{QStringLiteral("note"), QStringLiteral("ok")}});
    ASSERT_EQ(approved.status, 200) << approved.body.constData();
    EXPECT_EQ(jsonOf(approved).value(QStringLiteral("status")).toString(), QStringLiteral("succeeded")) << approved.body.constData();
    EXPECT_EQ(charge(chargeId).value(QStringLiteral("amount_refunded")).toInteger(), 6000);
    EXPECT_EQ(send("POST", "/api/v1/refunds/" + refundId + "/approve", lead, QJsonObject{}).status, 409);

    // Whoever asked cannot approve their own; a rejection frees the amount.
    const QByteArray other = placeOrder(QStringLiteral("BIG-1"), 2);
    const auto own = refund(other, body, "big-3", lead);
    ASSERT_EQ(own.status, 201) << own.body.constData();
    const QByteArray ownId = jsonOf(own).value(QStringLiteral("id")).toString().toUtf8();
    EXPECT_EQ(send("POST", "/api/v1/refunds/" + ownId + "/approve", lead, QJsonObject{}).status, 403);
    const auto rejected = send("POST", "/api/v1/refunds/" + ownId + "/reject", admin, QJsonObject{{QStringLiteral("note"), QStringLiteral("no")}});
    ASSERT_EQ(rejected.status, 200) << rejected.body.constData();
    EXPECT_EQ(jsonOf(rejected).value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    EXPECT_EQ(count("SELECT pending_amount FROM order_payments WHERE order_id = $1", {other}), 0);
}

// Issue 7: above the limit a second person with the admin or the support-lead permission approves; a support
// lead is support otherwise, so their own refunds wait for someone else like anyone's.
TEST_F(Refunds, ASupportLeadOtherThanTheRequesterApproves)
{
    makeSku(QStringLiteral("BIG-1"), 3000, 5);
    const QByteArray id = placeOrder(QStringLiteral("BIG-1"), 2); // 60.00, above the limit
    const QString chargeId = order(id).value(QStringLiteral("payment_reference")).toString();
    createStaff(QStringLiteral("agent@shop.test"), {QStringLiteral("support")});
    const QByteArray agent = signIn(QStringLiteral("agent@shop.test"), QStringLiteral("staff secret 1"));
    createStaff(QStringLiteral("lead@shop.test"), {QStringLiteral("support_lead")});
    const QByteArray lead = signIn(QStringLiteral("lead@shop.test"), QStringLiteral("staff secret 1"));

    const QJsonObject body{{QStringLiteral("lines"), QJsonArray{line(QStringLiteral("BIG-1"), 2)}},
                           {QStringLiteral("reason"), QStringLiteral("defective")}};
    const auto made = refund(id, body, "lead-1", agent);
    ASSERT_EQ(made.status, 201) << made.body.constData();
    EXPECT_EQ(jsonOf(made).value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_approval"));
    const QByteArray refundId = jsonOf(made).value(QStringLiteral("id")).toString().toUtf8();
    EXPECT_EQ(send("POST", "/api/v1/refunds/" + refundId + "/approve", agent, QJsonObject{}).status, 403);
    const auto approved = send("POST", "/api/v1/refunds/" + refundId + "/approve", lead, QJsonObject{});
    ASSERT_EQ(approved.status, 200) << approved.body.constData();
    EXPECT_EQ(jsonOf(approved).value(QStringLiteral("status")).toString(), QStringLiteral("succeeded")) << approved.body.constData();
    EXPECT_EQ(charge(chargeId).value(QStringLiteral("amount_refunded")).toInteger(), 6000);

    const QByteArray other = placeOrder(QStringLiteral("BIG-1"), 2);
    const auto own = refund(other, body, "lead-2", lead);
    ASSERT_EQ(own.status, 201) << own.body.constData();
    EXPECT_EQ(jsonOf(own).value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_approval"));
    const QByteArray ownId = jsonOf(own).value(QStringLiteral("id")).toString().toUtf8();
    EXPECT_EQ(send("POST", "/api/v1/refunds/" + ownId + "/approve", lead, QJsonObject{}).status, 403);
}

TEST_F(Refunds, AProviderThatIsDownIsRetriedAndNothingIsLost)
{
    makeSku(QStringLiteral("DOWN-1"), 1500, 5);
    const QByteArray id = placeOrder(QStringLiteral("DOWN-1"), 1);
    const QString chargeId = order(id).value(QStringLiteral("payment_reference")).toString();
    setFaults({{QStringLiteral("error_rate"), 1.0}});
    const auto made = refund(id, QJsonObject{{QStringLiteral("amount"), gbp(700)}, {QStringLiteral("reason"), QStringLiteral("late_delivery")}},
                             "down-1");
    ASSERT_EQ(made.status, 201) << made.body.constData();
    const QJsonObject r = jsonOf(made);
    EXPECT_EQ(r.value(QStringLiteral("status")).toString(), QStringLiteral("processing"));
    EXPECT_FALSE(r.value(QStringLiteral("error")).toString().isEmpty());
    setFaults({{QStringLiteral("error_rate"), 0.0}});
    ASSERT_TRUE(settled());
    const auto after = get("/api/v1/refunds/" + r.value(QStringLiteral("id")).toString().toUtf8(), admin);
    EXPECT_EQ(jsonOf(after).value(QStringLiteral("status")).toString(), QStringLiteral("succeeded")) << after.body.constData();
    const QJsonObject c = charge(chargeId);
    EXPECT_EQ(c.value(QStringLiteral("amount_refunded")).toInteger(), 700);
    EXPECT_EQ(c.value(QStringLiteral("refunds")).toArray().size(), 1);
}

TEST_F(Refunds, ARandomRunOfOrdersCancellationsAndRefundsAddsUpToTheCent)
{
    makeSku(QStringLiteral("RND-1"), 1299, 200);
    makeSku(QStringLiteral("RND-2"), 455, 200);
    QRandomGenerator random(20261124);
    QList<QByteArray> orders;
    for (int i = 0; i < 6; ++i)
        orders.append(placeOrder(i % 2 ? QStringLiteral("RND-1") : QStringLiteral("RND-2"), 1 + random.bounded(4)));
    int key = 0;
    for (int round = 0; round < 30; ++round) {
        const QByteArray id = orders[random.bounded(int(orders.size()))];
        const QJsonObject o = order(id);
        const QJsonObject remaining = o.value(QStringLiteral("refundable")).toObject();
        const int action = random.bounded(10);
        if (action == 0 && o.value(QStringLiteral("status")).toString() != QStringLiteral("cancelled")) {
            const auto r = send("POST", "/api/v1/orders/" + id + "/cancel", admin,
                                QJsonObject{{QStringLiteral("reason"), QStringLiteral("customer asked")}},
                                {{"If-Match", "\"" + QByteArray::number(o.value(QStringLiteral("version")).toInt()) + "\""}});
            EXPECT_EQ(r.status, 200) << r.body.constData();
            continue;
        }
        QJsonObject body{{QStringLiteral("reason"), QStringLiteral("customer_request")}};
        const QJsonObject firstLine = remaining.value(QStringLiteral("lines")).toArray().first().toObject();
        if (action < 5 && firstLine.value(QStringLiteral("quantity")).toInteger() > 0)
            body.insert(QStringLiteral("lines"), QJsonArray{line(firstLine.value(QStringLiteral("sku")).toString(), 1)});
        else
            body.insert(QStringLiteral("amount"), gbp(1 + random.bounded(400)));
        const auto r = refund(id, body, "rnd-" + QByteArray::number(key++));
        // 422 when the order has less left than asked: also a correct answer.
        EXPECT_TRUE(r.status == 201 || r.status == 422) << r.body.constData();
    }
    ASSERT_TRUE(settled());
    qint64 sandboxNet = 0, ours = 0;
    int cancelled = 0;
    for (const QByteArray &id : orders) {
        const QJsonObject o = order(id);
        const QJsonObject c = charge(o.value(QStringLiteral("payment_reference")).toString());
        const qint64 net = c.value(QStringLiteral("amount_captured")).toInteger() - c.value(QStringLiteral("amount_refunded")).toInteger();
        const qint64 captured = count("SELECT captured_amount FROM order_payments WHERE order_id = $1", {id});
        const qint64 refunded = count("SELECT refunded_amount FROM order_payments WHERE order_id = $1", {id});
        const qint64 issued = count("SELECT coalesce(sum(amount), 0) FROM refunds WHERE order_id = $1 AND status = 'succeeded'", {id});
        EXPECT_EQ(captured - refunded, net) << id.constData();
        EXPECT_EQ(refunded, issued) << id.constData();
        if (o.value(QStringLiteral("status")).toString() == QStringLiteral("cancelled")) {
            EXPECT_EQ(net, 0) << id.constData();
            ++cancelled;
        }
        sandboxNet += net;
        ours += captured - refunded;
    }
    EXPECT_EQ(ours, sandboxNet);
    // The run did refund, and cancelled with refunds before.
    EXPECT_GT(count("SELECT count(*) FROM refunds WHERE status = 'succeeded' AND kind = 'refund'"), 5);
    EXPECT_GT(cancelled, 0);
}

TEST_F(Refunds, AReturnIsReceivedRestockedAndRefunded)
{
    makeSku(QStringLiteral("RET-1"), 1500, 5);
    const QByteArray id = placeOrder(QStringLiteral("RET-1"), 2);
    const qint64 before = onHand(QStringLiteral("RET-1"));
    const auto bad = send("POST", "/api/v1/orders/" + id + "/returns", admin,
                          QJsonObject{{QStringLiteral("lines"), QJsonArray{line(QStringLiteral("RET-1"), 3)}}});
    EXPECT_EQ(bad.status, 422);
    EXPECT_EQ(firstErrorField(bad), QStringLiteral("lines[0].quantity"));
    const auto opened = send("POST", "/api/v1/orders/" + id + "/returns", admin,
                             QJsonObject{{QStringLiteral("lines"), QJsonArray{line(QStringLiteral("RET-1"), 2)}},
                                         {QStringLiteral("note"), QStringLiteral("too small")}});
    ASSERT_EQ(opened.status, 201) << opened.body.constData();
    const QByteArray returnId = jsonOf(opened).value(QStringLiteral("id")).toString().toUtf8();
    EXPECT_EQ(jsonOf(get("/api/v1/returns?status=open", admin)).value(QStringLiteral("items")).toArray().size(), 1);

    const QJsonObject receipt{{QStringLiteral("lines"),
                               QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("RET-1")},
                                                      {QStringLiteral("quantity"), 2},
                                                      {QStringLiteral("condition"), QStringLiteral("sellable")}}}}};
    const auto noWarehouse = send("POST", "/api/v1/returns/" + returnId + "/receive", admin, receipt, {{"Idempotency-Key", "recv-0"}});
    EXPECT_EQ(noWarehouse.status, 422);
    EXPECT_EQ(firstErrorField(noWarehouse), QStringLiteral("lines[0].warehouse"));
    QJsonObject good = receipt;
    QJsonArray lines = good.value(QStringLiteral("lines")).toArray();
    QJsonObject first = lines.first().toObject();
    first.insert(QStringLiteral("warehouse"), QStringLiteral("MAIN"));
    lines[0] = first;
    good.insert(QStringLiteral("lines"), lines);
    const auto received = send("POST", "/api/v1/returns/" + returnId + "/receive", admin, good, {{"Idempotency-Key", "recv-1"}});
    ASSERT_EQ(received.status, 200) << received.body.constData();
    EXPECT_EQ(jsonOf(received).value(QStringLiteral("status")).toString(), QStringLiteral("received"));
    EXPECT_EQ(onHand(QStringLiteral("RET-1")), before + 2);

    const auto refunded = send("POST", "/api/v1/returns/" + returnId + "/refund", admin,
                               QJsonObject{{QStringLiteral("reason"), QStringLiteral("customer_request")}}, {{"Idempotency-Key", "ret-refund"}});
    ASSERT_EQ(refunded.status, 201) << refunded.body.constData();
    EXPECT_EQ(amountOf(jsonOf(refunded), "amount"), 3000);
    EXPECT_EQ(jsonOf(get("/api/v1/returns/" + returnId, admin)).value(QStringLiteral("status")).toString(), QStringLiteral("refunded"));
    EXPECT_EQ(onHand(QStringLiteral("RET-1")), before + 2); // restocked once, at the receipt
    for (const char *event : {"ReturnOpened", "ReturnReceived"})
        EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = $1", {QByteArray(event)}), 1) << event;
}

TEST_F(Refunds, TheDatabaseItselfRefusesToRefundMoreThanWasCaptured)
{
    makeSku(QStringLiteral("CHK-1"), 1500, 5);
    const QByteArray id = placeOrder(QStringLiteral("CHK-1"), 1);
    const qint64 captured = count("SELECT captured_amount FROM order_payments WHERE order_id = $1", {id});
    EXPECT_EQ(captured, 1500 + 395);
    Server::PgConnection c(db.conninfo());
    // Past the service, straight at the table: the CHECK is the last line of defence.
    auto over = c.exec("UPDATE order_payments SET refunded_amount = captured_amount, pending_amount = 1 WHERE order_id = $1", {id});
    ASSERT_FALSE(over.has_value());
    auto exact = c.exec("UPDATE order_payments SET refunded_amount = captured_amount - 1, pending_amount = 1 WHERE order_id = $1", {id});
    EXPECT_TRUE(exact.has_value());
}
