// SPDX-License-Identifier: MIT
// The checkout saga through POST /api/v1/carts/{id}/checkout, against the real payments sandbox the server
// starts as its child and the real PostgreSQL.
#include "server/store/pgconnection.h"
#include "tests/server/apitest.h"
#include "tests/server/capturedstderr.h"

#include <QDeadlineTimer>
#include <QThread>
#include <atomic>
#include <thread>

using namespace Backroom;
using namespace Backroom::Test;

namespace {
const QString approvedCard = QStringLiteral("4242 4242 4242 4242");
const QString declinedCard = QStringLiteral("4000000000000002");

QJsonObject checkoutBody(const QString &card = approvedCard, const QString &email = QStringLiteral("buyer@example.com"))
{
    return {{QStringLiteral("email"), email},
            {QStringLiteral("shipping_address"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Robin Buyer")},
                         {QStringLiteral("line1"), QStringLiteral("1 High Street")},
                         {QStringLiteral("city"), QStringLiteral("London")},
                         {QStringLiteral("postal_code"), QStringLiteral("N1 1AA")},
                         {QStringLiteral("country"), QStringLiteral("GB")}}},
            {QStringLiteral("payment"), QJsonObject{{QStringLiteral("card_number"), card}}}};
}
} // namespace

class Checkout : public ApiTest {
protected:
    void configure(Server::ServerConfig &config) override
    {
        config.paymentsSandbox = QStringLiteral(BACKROOM_SANDBOX_BINARY);
        config.paymentsTimeoutMs = 3000;
        config.paymentsBreakerThreshold = 3;
        config.paymentsBreakerOpenMs = 1500;
        config.checkoutWaitMs = 2000;
        config.checkoutRetryMs = 300;
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
                                        {QStringLiteral("price"), QJsonObject{{QStringLiteral("amount"), amount},
                                                                              {QStringLiteral("currency"), QStringLiteral("GBP")}}}});
        ASSERT_EQ(r.status, 201) << r.body.constData();
        if (stock == 0)
            return;
        const auto s = send("POST", "/api/v1/stock/" + sku.toUtf8() + "/adjustments", admin,
                            QJsonObject{{QStringLiteral("warehouse"), QStringLiteral("MAIN")},
                                        {QStringLiteral("delta"), stock},
                                        {QStringLiteral("reason"), QStringLiteral("received")}},
                            {{"Idempotency-Key", "stock-" + sku.toUtf8()}});
        ASSERT_EQ(s.status, 201) << s.body.constData();
    }
    QString cartWith(const QString &sku, qint64 quantity)
    {
        const auto r = send("POST", "/api/v1/carts");
        const QString cart = jsonOf(r).value(QStringLiteral("id")).toString();
        if (quantity > 0) {
            const auto added = send("POST", "/api/v1/carts/" + cart.toUtf8() + "/items", {},
                                    QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("quantity"), quantity}});
            EXPECT_EQ(added.status, 200) << added.body.constData();
        }
        return cart;
    }
    RawHttp::Response checkout(const QString &cart, const QByteArray &key, const QJsonObject &body = checkoutBody())
    {
        Headers headers;
        if (!key.isEmpty())
            headers.append({QByteArrayLiteral("Idempotency-Key"), key});
        return send("POST", "/api/v1/carts/" + cart.toUtf8() + "/checkout", {}, body, headers);
    }
    qint64 count(const QByteArray &sql, const Server::PgParams &params = {})
    {
        Server::PgConnection c(db.conninfo());
        auto rows = c.exec(sql, params);
        EXPECT_TRUE(rows.has_value()) << (rows ? "" : rows.error().error.message.toStdString());
        return rows ? rows->toInt64(0, 0) : -1;
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
    QJsonArray chargesFor(const QString &sagaId)
    {
        return jsonOf(sandbox("GET", "/v1/charges?reference=" + sagaId.toUtf8())).value(QStringLiteral("items")).toArray();
    }
    void setFaults(const QJsonObject &faults)
    {
        const auto r = sandbox("PUT", "/v1/faults", faults);
        ASSERT_EQ(r.status, 200) << r.body.constData();
    }
    // Until no saga is running or compensating (the sweep finishes those that waited), or the deadline.
    bool settled(int ms = 20000)
    {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            if (count("SELECT count(*) FROM sagas WHERE status IN ('running', 'compensating')") == 0)
                return true;
            QThread::msleep(100);
        }
        return false;
    }
    // Held stock that no order holds: what a checkout must never leave behind.
    qint64 heldReservations()
    {
        return count("SELECT count(*) FROM reservations r WHERE r.status = 'held' "
                     "AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.reservation_id = r.id)");
    }

    QByteArray admin;
};

TEST_F(Checkout, RefusesBadInputNamingTheFieldAndChangesNothing)
{
    makeSku(QStringLiteral("POT-1"), 1500, 5);
    const QString cart = cartWith(QStringLiteral("POT-1"), 1);
    QJsonObject badEmail = checkoutBody();
    badEmail[QStringLiteral("email")] = QStringLiteral("not an email");
    QJsonObject badAddress = checkoutBody();
    QJsonObject address = badAddress[QStringLiteral("shipping_address")].toObject();
    address.remove(QStringLiteral("city"));
    badAddress[QStringLiteral("shipping_address")] = address;
    QJsonObject elsewhere = checkoutBody();
    address = elsewhere[QStringLiteral("shipping_address")].toObject();
    address[QStringLiteral("country")] = QStringLiteral("FR");
    elsewhere[QStringLiteral("shipping_address")] = address;
    QJsonObject unknown = checkoutBody();
    unknown[QStringLiteral("coupon")] = QStringLiteral("FREE");

    const struct {
        QJsonObject body;
        QString field;
    } cases[] = {
        {badEmail, QStringLiteral("email")},
        {badAddress, QStringLiteral("shipping_address.city")},
        {elsewhere, QStringLiteral("shipping_address.country")},
        {checkoutBody(QStringLiteral("4242424242424241")), QStringLiteral("payment.card_number")},
        {unknown, QStringLiteral("coupon")},
    };
    int i = 0;
    for (const auto &c : cases) {
        const auto r = checkout(cart, "bad-" + QByteArray::number(i++), c.body);
        EXPECT_EQ(r.status, 422) << r.body.constData();
        EXPECT_EQ(r.header("Content-Type"), "application/problem+json");
        EXPECT_EQ(firstErrorField(r), c.field) << r.body.constData();
    }
    const auto empty = checkout(cartWith(QStringLiteral("POT-1"), 0), "bad-empty");
    EXPECT_EQ(empty.status, 422) << empty.body.constData();
    EXPECT_EQ(firstErrorField(empty), QStringLiteral("cart"));
    EXPECT_EQ(checkout(QStringLiteral("0123456789abcdef0123456789abcdef"), "bad-cart").status, 404);
    EXPECT_EQ(checkout(cart, {}).status, 428); // the Idempotency-Key is required

    EXPECT_EQ(count("SELECT count(*) FROM sagas"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM reservations"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM orders"), 0);
}

TEST_F(Checkout, PlacesAConfirmedOrderChargesOnceAndKeepsOnlyTheLastFourDigits)
{
    makeSku(QStringLiteral("POT-2"), 1500, 5);
    const QString cart = cartWith(QStringLiteral("POT-2"), 2);
    const auto r = checkout(cart, "happy-1");
    ASSERT_EQ(r.status, 201) << r.body.constData();
    const QJsonObject order = jsonOf(r);
    EXPECT_EQ(order.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    const QString sagaId = order.value(QStringLiteral("checkout_id")).toString();
    ASSERT_FALSE(sagaId.isEmpty());
    EXPECT_EQ(r.header("Location"), "/api/v1/checkouts/" + sagaId.toUtf8());

    const QJsonArray charges = chargesFor(sagaId);
    ASSERT_EQ(charges.size(), 1);
    const QJsonObject charge = charges.first().toObject();
    EXPECT_EQ(charge.value(QStringLiteral("status")).toString(), QStringLiteral("captured"));
    const qint64 total = order.value(QStringLiteral("totals")).toObject().value(QStringLiteral("total")).toObject()
                             .value(QStringLiteral("amount")).toInteger(-1);
    EXPECT_EQ(charge.value(QStringLiteral("amount")).toInteger(), total);
    EXPECT_EQ(order.value(QStringLiteral("payment_reference")).toString(), charge.value(QStringLiteral("id")).toString());

    // The stock is held for the order without running out; the cart is closed.
    EXPECT_EQ(heldReservations(), 0);
    EXPECT_EQ(count("SELECT count(*) FROM reservations r JOIN orders o ON o.reservation_id = r.id "
                    "WHERE r.status = 'held' AND r.expires_at > now() + interval '1 year'"),
              1);
    EXPECT_EQ(get("/api/v1/carts/" + cart.toUtf8()).status, 404);
    for (const char *event : {"PaymentProcessed", "OrderPlaced", "OrderConfirmed", "OrderConfirmationRequested", "CheckoutCompleted"})
        EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = $1", {QByteArray(event)}), 1) << event;

    const auto status = get("/api/v1/checkouts/" + sagaId.toUtf8());
    ASSERT_EQ(status.status, 200);
    const QJsonObject saga = jsonOf(status);
    EXPECT_EQ(saga.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    EXPECT_EQ(saga.value(QStringLiteral("card_last4")).toString(), QStringLiteral("4242"));
    EXPECT_EQ(saga.value(QStringLiteral("steps")).toArray().size(), 6); // started + the five steps
    EXPECT_EQ(get("/api/v1/checkouts/ffffffffffffffffffffffffffffffff").status, 404);

    // Nowhere in the database: not in the saga, its steps, the outbox, the audit log or the idempotency store.
    for (const char *table : {"sagas", "saga_steps", "outbox", "audit_log", "orders"})
        EXPECT_EQ(count("SELECT count(*) FROM " + QByteArray(table) + " t WHERE t::text LIKE '%4242424242424242%' "
                        "OR t::text LIKE '%4242 4242 4242 4242%'"),
                  0)
            << table;
    // The stored answers replayed for the key (bytea) hold the order, not the card.
    EXPECT_EQ(count("SELECT count(*) FROM idempotency_keys WHERE convert_from(response_body, 'UTF8') LIKE '%checkout_id%'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM idempotency_keys WHERE convert_from(response_body, 'UTF8') LIKE '%4242424242424242%' "
                    "OR convert_from(response_body, 'UTF8') LIKE '%4242 4242 4242 4242%'"),
              0);
}

TEST_F(Checkout, CardNumbersNeverReachTheLog)
{
    makeSku(QStringLiteral("LOG-1"), 1299, 10);
    // The server again, logging everything (requests included) while standard error goes to a file; the
    // sandbox it starts writes there too.
    server->stop();
    CapturedStderr captured;
    Server::ServerConfig config = testConfig(db.conninfo());
    configure(config);
    config.accessLog = true;
    config.logLevel = Server::Log::Level::Debug;
    Server::Log::configure(Server::Log::Format::Text, Server::Log::Level::Debug);
    server = std::make_unique<Server::ServerRuntime>(config);
    ASSERT_TRUE(server->start().has_value());
    const auto placed = checkout(cartWith(QStringLiteral("LOG-1"), 1), "log-ok");
    const auto declined = checkout(cartWith(QStringLiteral("LOG-1"), 1), "log-declined", checkoutBody(declinedCard));
    const auto typo = checkout(cartWith(QStringLiteral("LOG-1"), 1), "log-typo",
                               checkoutBody(QStringLiteral("4242424242424241")));
    server->stop();
    Server::Log::configure(Server::Log::Format::Text, Server::Log::Level::Error);
    const QByteArray log = captured.restore();
    EXPECT_EQ(placed.status, 201) << placed.body.constData();
    EXPECT_EQ(declined.status, 402) << declined.body.constData();
    EXPECT_EQ(typo.status, 422) << typo.body.constData();
    // The log did capture the checkouts and the charges (so the checks below could fail).
    EXPECT_TRUE(log.contains("/checkout")) << log.constData();
    EXPECT_TRUE(log.contains("card_last4=4242")) << log.constData();
    EXPECT_TRUE(log.contains("/v1/charges")) << "the sandbox's access log is missing:\n" << log.constData();
    for (const QByteArray &card : {QByteArray("4242424242424242"), QByteArray("4242 4242 4242 4242"),
                                   QByteArray("4000000000000002"), QByteArray("4242424242424241")})
        EXPECT_FALSE(log.contains(card)) << card.constData() << " is in the log:\n" << log.constData();
}

TEST_F(Checkout, ADeclinedCardAnswers402AndGivesTheStockBack)
{
    makeSku(QStringLiteral("POT-3"), 900, 3);
    const QString cart = cartWith(QStringLiteral("POT-3"), 3);
    const auto r = checkout(cart, "declined-1", checkoutBody(declinedCard));
    ASSERT_EQ(r.status, 402) << r.body.constData();
    EXPECT_EQ(firstErrorField(r), QStringLiteral("payment.card_number"));
    EXPECT_EQ(heldReservations(), 0);
    EXPECT_EQ(count("SELECT count(*) FROM reservations WHERE status = 'released'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM orders"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type IN ('PaymentFailed', 'CheckoutFailed')"), 2);
    const QString sagaId = jsonOf(r).value(QStringLiteral("checkout_id")).toString();
    const QJsonObject saga = jsonOf(get("/api/v1/checkouts/" + sagaId.toUtf8()));
    EXPECT_EQ(saga.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    EXPECT_EQ(saga.value(QStringLiteral("error")).toObject().value(QStringLiteral("status")).toInt(), 402);
    // The cart is still open: another card may do.
    const auto again = checkout(cart, "declined-2");
    EXPECT_EQ(again.status, 201) << again.body.constData();
}

TEST_F(Checkout, MissingStockAnswers409WithTheShortLinesAndChargesNothing)
{
    makeSku(QStringLiteral("POT-4"), 900, 2);
    const auto r = checkout(cartWith(QStringLiteral("POT-4"), 3), "short-1");
    ASSERT_EQ(r.status, 409) << r.body.constData();
    const QJsonObject line = jsonOf(r).value(QStringLiteral("short")).toArray().first().toObject();
    EXPECT_EQ(line.value(QStringLiteral("sku")).toString(), QStringLiteral("POT-4"));
    EXPECT_EQ(line.value(QStringLiteral("requested")).toInteger(), 3);
    EXPECT_EQ(line.value(QStringLiteral("available")).toInteger(), 2);
    EXPECT_TRUE(chargesFor(jsonOf(r).value(QStringLiteral("checkout_id")).toString()).isEmpty());
    EXPECT_EQ(count("SELECT count(*) FROM reservations"), 0);
}

TEST_F(Checkout, OneKeyIsOneOrderAndOneChargeWithIdenticalAnswers)
{
    makeSku(QStringLiteral("POT-5"), 1200, 10);
    const QString cart = cartWith(QStringLiteral("POT-5"), 1);
    const auto first = checkout(cart, "same-key");
    ASSERT_EQ(first.status, 201) << first.body.constData();
    for (int i = 0; i < 100; ++i) {
        const auto again = checkout(cart, "same-key");
        ASSERT_EQ(again.status, 201);
        ASSERT_EQ(again.body, first.body);
    }
    const auto other = checkout(cart, "same-key", checkoutBody(approvedCard, QStringLiteral("other@example.com")));
    EXPECT_EQ(other.status, 422) << other.body.constData();

    // 50 at once: one runs, the others wait (409 while it is in flight) or replay it.
    const QString cart2 = cartWith(QStringLiteral("POT-5"), 2);
    std::vector<RawHttp::Response> answers(50);
    std::vector<std::thread> threads;
    for (int i = 0; i < 50; ++i)
        threads.emplace_back([&, i] {
            auto r = RawHttp::request(server->port(), "POST", "/api/v1/carts/" + cart2.toUtf8() + "/checkout",
                                      QJsonDocument(checkoutBody()).toJson(QJsonDocument::Compact),
                                      {{"Content-Type", "application/json"}, {"Idempotency-Key", "burst-key"}});
            answers[i] = r.value_or(RawHttp::Response{});
        });
    for (std::thread &t : threads)
        t.join();
    QByteArray created;
    for (const RawHttp::Response &r : answers) {
        ASSERT_TRUE(r.status == 201 || r.status == 409) << r.status << ' ' << r.body.constData();
        if (r.status != 201)
            continue;
        if (created.isEmpty())
            created = r.body;
        EXPECT_EQ(r.body, created);
    }
    ASSERT_FALSE(created.isEmpty());
    EXPECT_EQ(checkout(cart2, "burst-key").body, created);
    EXPECT_EQ(count("SELECT count(*) FROM orders"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM sagas"), 2);
    for (const QByteArray &body : {first.body, created}) {
        const QString sagaId = QJsonDocument::fromJson(body).object().value(QStringLiteral("checkout_id")).toString();
        EXPECT_EQ(chargesFor(sagaId).size(), 1);
    }
}

TEST_F(Checkout, AHundredCheckoutsForTheLastTenUnitsMakeTenOrders)
{
    makeSku(QStringLiteral("LAST-10"), 700, 10);
    QStringList carts;
    for (int i = 0; i < 100; ++i)
        carts.append(cartWith(QStringLiteral("LAST-10"), 1));
    std::vector<int> statuses(100);
    std::vector<std::thread> threads;
    for (int i = 0; i < 100; ++i)
        threads.emplace_back([&, i] {
            auto r = RawHttp::request(server->port(), "POST", "/api/v1/carts/" + carts[i].toUtf8() + "/checkout",
                                      QJsonDocument(checkoutBody()).toJson(QJsonDocument::Compact),
                                      {{"Content-Type", "application/json"}, {"Idempotency-Key", "race-" + QByteArray::number(i)}});
            statuses[i] = r ? r->status : 0;
        });
    for (std::thread &t : threads)
        t.join();
    // A checkout the database made wait (a deadlock retried too often) answers 202 and finishes later.
    for (int status : statuses)
        EXPECT_TRUE(status == 201 || status == 409 || status == 202) << status;
    EXPECT_LE(std::count(statuses.begin(), statuses.end(), 201), 10);
    ASSERT_TRUE(settled());
    EXPECT_EQ(count("SELECT count(*) FROM orders"), 10);
    EXPECT_EQ(count("SELECT count(*) FROM sagas WHERE status = 'failed' AND failure->>'status' = '409'"), 90);
    EXPECT_EQ(heldReservations(), 0);
    EXPECT_EQ(count("SELECT coalesce(sum(reserved), 0) FROM stock_levels"), 10);
    EXPECT_EQ(count("SELECT count(*) FROM sagas WHERE charge_id <> ''"), 10);
}

TEST_F(Checkout, AnAilingProviderOpensTheCircuitCheckoutsFailFastWith503AndRecover)
{
    makeSku(QStringLiteral("POT-6"), 1000, 50);
    setFaults({{QStringLiteral("error_rate"), 1.0}});
    // The first failures open the circuit; what they left unknown waits for the sweep.
    RawHttp::Response refused;
    for (int i = 0; i < 6 && refused.status != 503; ++i)
        refused = checkout(cartWith(QStringLiteral("POT-6"), 1), "ailing-" + QByteArray::number(i));
    ASSERT_EQ(refused.status, 503) << refused.body.constData();
    EXPECT_FALSE(refused.header("Retry-After").isEmpty());
    const QString sagaId = jsonOf(refused).value(QStringLiteral("checkout_id")).toString();
    EXPECT_EQ(count("SELECT count(*) FROM reservations r JOIN sagas s ON s.reservation_id = r.id "
                    "WHERE s.id = $1 AND r.status = 'released'",
                    {sagaId.toUtf8()}),
              1);

    setFaults({{QStringLiteral("error_rate"), 0.0}});
    RawHttp::Response recovered;
    QDeadlineTimer deadline(20000);
    for (int i = 0; !deadline.hasExpired() && recovered.status != 201; ++i) {
        recovered = checkout(cartWith(QStringLiteral("POT-6"), 1), "recovered-" + QByteArray::number(i));
        if (recovered.status != 201)
            QThread::msleep(200);
    }
    EXPECT_EQ(recovered.status, 201) << recovered.body.constData();
    ASSERT_TRUE(settled());
    EXPECT_EQ(heldReservations(), 0);
    // Nothing was charged while the provider failed; every charge belongs to an order.
    EXPECT_EQ(count("SELECT count(*) FROM sagas WHERE status = 'completed'"), count("SELECT count(*) FROM orders"));
}

TEST_F(Checkout, ASlowProviderAnswers202AndTheCheckoutCompletes)
{
    makeSku(QStringLiteral("POT-7"), 1000, 5);
    setFaults({{QStringLiteral("latency_ms"), 2600}});
    const auto r = checkout(cartWith(QStringLiteral("POT-7"), 1), "slow-1");
    setFaults({{QStringLiteral("latency_ms"), 0}});
    ASSERT_EQ(r.status, 202) << r.body.constData();
    const QByteArray location = r.header("Location");
    ASSERT_TRUE(location.startsWith("/api/v1/checkouts/"));
    ASSERT_TRUE(settled());
    const QJsonObject saga = jsonOf(get(location));
    EXPECT_EQ(saga.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    EXPECT_EQ(saga.value(QStringLiteral("order")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
}

TEST_F(Checkout, CancellingACheckedOutOrderRefundsItsPaymentAndReleasesItsStock)
{
    makeSku(QStringLiteral("POT-8"), 2000, 4);
    const auto placed = checkout(cartWith(QStringLiteral("POT-8"), 2), "cancel-1");
    ASSERT_EQ(placed.status, 201) << placed.body.constData();
    const QJsonObject order = jsonOf(placed);
    const QByteArray path = "/api/v1/orders/" + order.value(QStringLiteral("id")).toString().toUtf8();
    const QByteArray etag = get(path, admin).header("ETag");
    const auto cancelled = send("POST", path + "/cancel", admin, QJsonObject{{QStringLiteral("reason"), QStringLiteral("customer asked")}},
                                {{"If-Match", etag}});
    ASSERT_EQ(cancelled.status, 200) << cancelled.body.constData();
    const QJsonObject charge = chargesFor(order.value(QStringLiteral("checkout_id")).toString()).first().toObject();
    EXPECT_EQ(charge.value(QStringLiteral("amount_refunded")).toInteger(), charge.value(QStringLiteral("amount_captured")).toInteger());
    EXPECT_GT(charge.value(QStringLiteral("amount_refunded")).toInteger(), 0);
    EXPECT_EQ(count("SELECT count(*) FROM reservations WHERE status = 'held'"), 0);
    EXPECT_EQ(count("SELECT coalesce(sum(reserved), 0) FROM stock_levels"), 0);
}

TEST_F(Checkout, AHangingProviderTimesOutAndTheSagaFinishesOnceItAnswersAgain)
{
    makeSku(QStringLiteral("HANG-1"), 1100, 5);
    setFaults({{QStringLiteral("hang"), true}});
    const auto r = checkout(cartWith(QStringLiteral("HANG-1"), 2), "hang-1");
    ASSERT_TRUE(r.status == 202 || r.status == 503) << r.status << ' ' << r.body.constData();
    const QString sagaId = r.status == 202 ? jsonOf(r).value(QStringLiteral("id")).toString()
                                           : jsonOf(r).value(QStringLiteral("checkout_id")).toString();
    ASSERT_FALSE(sagaId.isEmpty()) << r.body.constData();
    // The saga gave the provider up for now (it timed out, the circuit may be open) and waits to ask again.
    QDeadlineTimer deadline(40000);
    while (!deadline.hasExpired()
           && count("SELECT count(*) FROM sagas WHERE id = $1 AND (attempts > 0 OR status <> 'running')", {sagaId.toUtf8()}) == 0)
        QThread::msleep(100);
    ASSERT_FALSE(deadline.hasExpired()) << "the saga never stopped waiting for the hanging provider";
    // Meanwhile a new checkout fails fast or waits too: it neither charges nor keeps the stock blindly.
    const auto meanwhile = checkout(cartWith(QStringLiteral("HANG-1"), 1), "hang-2");
    EXPECT_TRUE(meanwhile.status == 202 || meanwhile.status == 503) << meanwhile.status << ' ' << meanwhile.body.constData();

    setFaults({{QStringLiteral("hang"), false}});
    ASSERT_TRUE(settled(60000));
    // Every saga ended one way or the other, and consistently: a completed one has its one charge and its order
    // holding the stock; a failed one charged nothing and holds nothing.
    EXPECT_EQ(heldReservations(), 0);
    EXPECT_EQ(count("SELECT count(*) FROM sagas WHERE status = 'completed'"), count("SELECT count(*) FROM orders"));
    EXPECT_EQ(count("SELECT count(*) FROM sagas WHERE status = 'failed' AND reservation_id IS NOT NULL AND EXISTS "
                    "(SELECT 1 FROM reservations r WHERE r.id = reservation_id AND r.status = 'held')"),
              0);
    // The first checkout charged once or not at all, and its saga agrees.
    const QJsonArray charges = chargesFor(sagaId);
    ASSERT_LE(charges.size(), 1);
    if (count("SELECT count(*) FROM sagas WHERE id = $1 AND status = 'completed'", {sagaId.toUtf8()}) == 1) {
        ASSERT_EQ(charges.size(), 1);
        EXPECT_EQ(charges.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("captured"));
    } else {
        for (const QJsonValue &c : charges)
            EXPECT_EQ(c.toObject().value(QStringLiteral("amount_refunded")).toInteger(),
                      c.toObject().value(QStringLiteral("amount_captured")).toInteger());
    }
    EXPECT_EQ(count("SELECT coalesce(sum(reserved), 0) FROM stock_levels"),
              count("SELECT coalesce(sum((l->>'quantity')::bigint), 0) FROM sagas, jsonb_array_elements(lines) l "
                    "WHERE status = 'completed'"));
}

// The saga monitor: sagas that wait on the provider for good (the sweep would take them up only after ten
// minutes), so what happens to them is what the admin's actions do.
class SagaMonitor : public Checkout {
protected:
    void configure(Server::ServerConfig &config) override
    {
        Checkout::configure(config);
        config.paymentsTimeoutMs = 800;
        config.paymentsBreakerThreshold = 1000;
        config.checkoutWaitMs = 1500; // a stuck saga takes longer than this to give up on the provider
        config.checkoutRetryMs = 600000;
    }
    // A checkout that completes: its saga id and order id (the machine is busy, so it may answer 202 first).
    std::pair<QString, QString> placed(const QString &sku, qint64 quantity, const QByteArray &key)
    {
        const auto r = checkout(cartWith(sku, quantity), key);
        EXPECT_TRUE(r.status == 201 || r.status == 202) << r.body.constData();
        const QJsonObject answer = jsonOf(r);
        const QString id = answer.value(r.status == 201 ? QStringLiteral("checkout_id") : QStringLiteral("id")).toString();
        QJsonObject saga;
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            saga = jsonOf(get("/api/v1/sagas/" + id.toUtf8(), admin));
            if (saga.value(QStringLiteral("status")).toString() != QStringLiteral("running"))
                break;
            QThread::msleep(100);
        }
        EXPECT_EQ(saga.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        return {id, saga.value(QStringLiteral("order_id")).toString()};
    }
    // A checkout whose charge the provider made but answered too late: the saga cannot know, and waits.
    QString stuckSaga(const QString &sku, qint64 quantity, const QByteArray &key)
    {
        setFaults({{QStringLiteral("latency_ms"), 2000}});
        const auto r = checkout(cartWith(sku, quantity), key);
        EXPECT_EQ(r.status, 202) << r.body.constData();
        const QString id = jsonOf(r).value(QStringLiteral("id")).toString();
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && jsonOf(get("/api/v1/sagas/" + id.toUtf8(), admin)).value(QStringLiteral("attempts")).toInt() < 1)
            QThread::msleep(100);
        EXPECT_FALSE(deadline.hasExpired()) << "the saga never waited";
        setFaults({{QStringLiteral("latency_ms"), 0}});
        return id;
    }
    // An action, sent again while the saga is still held by whoever ran it last (409 with "conflict").
    RawHttp::Response act(const QString &id, const char *action, std::optional<QJsonObject> body = std::nullopt,
                           const QByteArray &token = {})
    {
        QDeadlineTimer deadline(20000);
        for (;;) {
            auto r = send("POST", "/api/v1/sagas/" + id.toUtf8() + '/' + action, token.isEmpty() ? admin : token, body);
            const bool busy = r.status == 409 && jsonOf(r).value(QStringLiteral("type")).toString().endsWith(QStringLiteral("/conflict"));
            if (!busy || deadline.hasExpired())
                return r;
            QThread::msleep(100);
        }
    }
    static QStringList stepsOf(const QJsonObject &saga)
    {
        QStringList steps;
        for (const QJsonValue &s : saga.value(QStringLiteral("steps")).toArray())
            steps.append(s.toObject().value(QStringLiteral("step")).toString() + u':'
                         + s.toObject().value(QStringLiteral("outcome")).toString());
        return steps;
    }
    static QJsonObject reason(const QString &why = QStringLiteral("customer phoned to cancel"))
    {
        return {{QStringLiteral("reason"), why}};
    }
};

TEST_F(SagaMonitor, ASagaStuckOnTheProviderIsListedAndARetryCompletesItWithOneCharge)
{
    makeSku(QStringLiteral("MON-1"), 1000, 5);
    const QString id = stuckSaga(QStringLiteral("MON-1"), 2, "stuck-1");

    const QJsonObject listed = jsonOf(get("/api/v1/sagas", admin));
    ASSERT_EQ(listed.value(QStringLiteral("items")).toArray().size(), 1) << QJsonDocument(listed).toJson().constData();
    const QJsonObject row = listed.value(QStringLiteral("items")).toArray().first().toObject();
    EXPECT_EQ(row.value(QStringLiteral("id")).toString(), id);
    EXPECT_EQ(row.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
    EXPECT_EQ(row.value(QStringLiteral("step")).toString(), QStringLiteral("process_payment"));
    EXPECT_FALSE(row.value(QStringLiteral("next_attempt_at")).toString().isEmpty());
    const QJsonObject counts = jsonOf(get("/api/v1/sagas/counts", admin));
    EXPECT_EQ(counts, (QJsonObject{{QStringLiteral("running"), 1}, {QStringLiteral("compensating"), 0}, {QStringLiteral("failed"), 0}}));
    const QJsonObject before = jsonOf(get("/api/v1/sagas/" + id.toUtf8(), admin));
    EXPECT_TRUE(stepsOf(before).contains(QStringLiteral("process_payment:waiting"))) << stepsOf(before).join(u' ').toStdString();
    EXPECT_FALSE(before.value(QStringLiteral("reservation_id")).toString().isEmpty());
    EXPECT_TRUE(before.value(QStringLiteral("charge_id")).isNull());

    const auto retried = act(id, "retry");
    ASSERT_EQ(retried.status, 200) << retried.body.constData();
    const QJsonObject saga = jsonOf(retried);
    EXPECT_EQ(saga.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    EXPECT_EQ(saga.value(QStringLiteral("order")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    const QJsonArray charges = chargesFor(id);
    ASSERT_EQ(charges.size(), 1);
    EXPECT_EQ(saga.value(QStringLiteral("charge_id")).toString(), charges.first().toObject().value(QStringLiteral("id")).toString());
    EXPECT_EQ(heldReservations(), 0);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'saga.retry' AND entity_id = $1", {id.toUtf8()}), 1);
    // Nothing is left to list by default; completed sagas are there when asked for.
    EXPECT_TRUE(jsonOf(get("/api/v1/sagas", admin)).value(QStringLiteral("items")).toArray().isEmpty());
    EXPECT_EQ(jsonOf(get("/api/v1/sagas?status=completed", admin)).value(QStringLiteral("items")).toArray().size(), 1);

    // A completed saga has nothing to retry.
    const auto again = act(id, "retry");
    EXPECT_EQ(again.status, 409) << again.body.constData();
    EXPECT_TRUE(jsonOf(again).value(QStringLiteral("detail")).toString().contains(QStringLiteral("compensate")));
    EXPECT_EQ(chargesFor(id).size(), 1);
}

TEST_F(SagaMonitor, CompensatingAStuckSagaRefundsTheChargeItFindsAndReleasesTheStock)
{
    makeSku(QStringLiteral("MON-2"), 1500, 4);
    const QString id = stuckSaga(QStringLiteral("MON-2"), 3, "stuck-2");
    EXPECT_EQ(count("SELECT coalesce(sum(reserved), 0) FROM stock_levels"), 3);

    const auto noReason = act(id, "compensate", QJsonObject{});
    EXPECT_EQ(noReason.status, 422) << noReason.body.constData();
    EXPECT_EQ(firstErrorField(noReason), QStringLiteral("reason"));
    EXPECT_EQ(act(id, "compensate", QJsonObject{{QStringLiteral("reason"), QStringLiteral("x")}, {QStringLiteral("force"), true}}).status, 422);

    const auto undone = act(id, "compensate", reason());
    ASSERT_EQ(undone.status, 200) << undone.body.constData();
    const QJsonObject saga = jsonOf(undone);
    EXPECT_EQ(saga.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    const QStringList steps = stepsOf(saga);
    for (const char *expected : {"process_payment:done", "create_order:failed", "refund_payment:compensated",
                                 "release_reservation:compensated", "cancellation_notice:compensated"})
        EXPECT_TRUE(steps.contains(QString::fromLatin1(expected))) << expected << " not in " << steps.join(u' ').toStdString();
    // The charge the provider made behind the saga's back is found by its key and refunded in full.
    const QJsonArray charges = chargesFor(id);
    ASSERT_EQ(charges.size(), 1);
    const QJsonObject charge = charges.first().toObject();
    EXPECT_GT(charge.value(QStringLiteral("amount_captured")).toInteger(), 0);
    EXPECT_EQ(charge.value(QStringLiteral("amount_refunded")).toInteger(), charge.value(QStringLiteral("amount_captured")).toInteger());
    EXPECT_EQ(count("SELECT coalesce(sum(reserved), 0) FROM stock_levels"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM reservations WHERE status = 'released'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM orders"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'CheckoutFailed' AND aggregate_id = $1", {id.toUtf8()}), 1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'saga.compensate' AND entity_id = $1", {id.toUtf8()}), 1);
    // The customer's status page says the shop cancelled it.
    EXPECT_EQ(jsonOf(get("/api/v1/checkouts/" + id.toUtf8())).value(QStringLiteral("error")).toObject().value(QStringLiteral("status")).toInt(), 409);
    EXPECT_EQ(jsonOf(get("/api/v1/sagas/counts", admin)).value(QStringLiteral("failed")).toInt(), 1);

    // A failed saga can be neither retried nor undone again.
    const auto retried = act(id, "retry");
    EXPECT_EQ(retried.status, 409) << retried.body.constData();
    EXPECT_TRUE(jsonOf(retried).value(QStringLiteral("type")).toString().endsWith(QStringLiteral("/invalid-transition")));
    const auto twice = act(id, "compensate", reason());
    EXPECT_EQ(twice.status, 409) << twice.body.constData();
    EXPECT_EQ(chargesFor(id).first().toObject().value(QStringLiteral("refunds")).toArray().size(), 1);
}

TEST_F(SagaMonitor, CompensatingACompletedSagaCancelsItsOrderRefundsAndReleases)
{
    makeSku(QStringLiteral("MON-3"), 2000, 4);
    const auto [id, orderId] = placed(QStringLiteral("MON-3"), 2, "done-1");
    ASSERT_FALSE(orderId.isEmpty());
    const QByteArray orderPath = "/api/v1/orders/" + orderId.toUtf8();

    const auto undone = act(id, "compensate", reason());
    ASSERT_EQ(undone.status, 200) << undone.body.constData();
    EXPECT_EQ(jsonOf(undone).value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    EXPECT_TRUE(stepsOf(jsonOf(undone)).contains(QStringLiteral("cancel_order:compensated")));
    const QJsonObject order = jsonOf(get(orderPath, admin));
    EXPECT_EQ(order.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    EXPECT_EQ(order.value(QStringLiteral("timeline")).toArray().last().toObject().value(QStringLiteral("reason")).toString(),
              QStringLiteral("customer phoned to cancel"));
    const QJsonObject charge = chargesFor(id).first().toObject();
    EXPECT_EQ(charge.value(QStringLiteral("amount_refunded")).toInteger(), charge.value(QStringLiteral("amount_captured")).toInteger());
    EXPECT_EQ(count("SELECT coalesce(sum(reserved), 0) FROM stock_levels"), 0);
    EXPECT_EQ(act(id, "compensate", reason()).status, 409);
}

TEST_F(SagaMonitor, AnOrderPastCancellingRefusesTheCompensationAndChangesNothing)
{
    makeSku(QStringLiteral("MON-4"), 2000, 4);
    const auto [id, orderId] = placed(QStringLiteral("MON-4"), 1, "done-2");
    ASSERT_FALSE(orderId.isEmpty());
    const QByteArray orderPath = "/api/v1/orders/" + orderId.toUtf8();
    ASSERT_EQ(send("POST", orderPath + "/cancel", admin, reason(), {{"If-Match", get(orderPath, admin).header("ETag")}}).status, 200);

    const auto refused = act(id, "compensate", reason());
    EXPECT_EQ(refused.status, 409) << refused.body.constData();
    EXPECT_TRUE(jsonOf(refused).value(QStringLiteral("type")).toString().endsWith(QStringLiteral("/invalid-transition")));
    EXPECT_EQ(jsonOf(get("/api/v1/sagas/" + id.toUtf8(), admin)).value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    EXPECT_EQ(chargesFor(id).first().toObject().value(QStringLiteral("refunds")).toArray().size(), 1);
}

TEST_F(SagaMonitor, OnlyAdminsSeeOrActAndBadFiltersAre422)
{
    makeSku(QStringLiteral("MON-5"), 900, 9);
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        ids.prepend(placed(QStringLiteral("MON-5"), 1, "page-" + QByteArray::number(i)).first);
    }
    // Pages newest first, without gaps or repeats.
    QStringList seen;
    QString cursor;
    for (int page = 0; page < 5; ++page) {
        const auto r = get("/api/v1/sagas?status=completed&kind=checkout&limit=2" + (cursor.isEmpty() ? QByteArray() : "&cursor=" + cursor.toUtf8()), admin);
        ASSERT_EQ(r.status, 200) << r.body.constData();
        for (const QJsonValue &v : jsonOf(r).value(QStringLiteral("items")).toArray())
            seen.append(v.toObject().value(QStringLiteral("id")).toString());
        cursor = jsonOf(r).value(QStringLiteral("next_cursor")).toString();
        if (cursor.isEmpty())
            break;
    }
    EXPECT_EQ(seen, ids);
    EXPECT_EQ(jsonOf(get("/api/v1/sagas?status=completed,failed", admin)).value(QStringLiteral("items")).toArray().size(), 3);
    for (const char *bad : {"status=done", "kind=refund", "limit=0", "cursor=bogus"}) {
        const auto r = get("/api/v1/sagas?" + QByteArray(bad), admin);
        EXPECT_EQ(r.status, 422) << bad << ' ' << r.body.constData();
    }
    EXPECT_EQ(get("/api/v1/sagas/ffffffffffffffffffffffffffffffff", admin).status, 404);
    EXPECT_EQ(send("POST", "/api/v1/sagas/ffffffffffffffffffffffffffffffff/retry", admin).status, 404);

    createStaff(QStringLiteral("agent@shop.test"), {QStringLiteral("support")});
    const QByteArray agent = signIn(QStringLiteral("agent@shop.test"), QStringLiteral("staff secret 1"));
    const QByteArray buyer = customer(QStringLiteral("buyer@example.com"));
    for (const QByteArray &token : {agent, buyer}) {
        EXPECT_EQ(get("/api/v1/sagas", token).status, 403);
        EXPECT_EQ(get("/api/v1/sagas/counts", token).status, 403);
        EXPECT_EQ(get("/api/v1/sagas/" + ids.first().toUtf8(), token).status, 403);
        EXPECT_EQ(send("POST", "/api/v1/sagas/" + ids.first().toUtf8() + "/retry", token).status, 403);
        EXPECT_EQ(send("POST", "/api/v1/sagas/" + ids.first().toUtf8() + "/compensate", token, reason()).status, 403);
    }
    EXPECT_EQ(get("/api/v1/sagas").status, 401);
    EXPECT_EQ(count("SELECT count(*) FROM orders WHERE status = 'confirmed'"), 3);
}
