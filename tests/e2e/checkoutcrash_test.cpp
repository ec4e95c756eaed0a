// SPDX-License-Identifier: MIT
// The checkout saga with the server stopped dead (SIGKILL, from the test-only crash point) at each step and
// inside the compensations, then started again: every unfinished saga is resumed or compensated, no
// acknowledged order is lost, no reservation stays held, no card is charged twice, and the money at the
// provider matches the orders to the cent.
#include "server/payments/sandboxprocess.h"
#include "server/store/pgconnection.h"
#include "tests/support/printers.h"
#include "tests/support/rawhttp.h"
#include "tests/support/testserver.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

using namespace Backroom;
using namespace Backroom::Test;

namespace {
QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject checkoutBody(const QString &card)
{
    return {{QStringLiteral("email"), QStringLiteral("crash@example.com")},
            {QStringLiteral("shipping_address"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Crash Buyer")},
                         {QStringLiteral("line1"), QStringLiteral("1 High Street")},
                         {QStringLiteral("city"), QStringLiteral("London")},
                         {QStringLiteral("country"), QStringLiteral("GB")}}},
            {QStringLiteral("payment"), QJsonObject{{QStringLiteral("card_number"), card}}}};
}
} // namespace

TEST(CheckoutCrash, EveryStepSurvivesAKillWithoutLosingOrdersLeakingStockOrChargingTwice)
{
    QTemporaryDir sandboxDir;
    Server::SandboxProcess sandbox;
    auto sandboxStarted = sandbox.start(QStringLiteral(BACKROOM_SANDBOX_BINARY), sandboxDir.path());
    ASSERT_TRUE(sandboxStarted.has_value()) << sandboxStarted.error().message.toStdString();
    const quint16 sandboxPort = quint16(sandbox.url().port());
    // The provider outlives every server below, as a real one would.
    const QStringList args{QStringLiteral("--payments-url"), sandbox.url().toString()};

    qputenv("BACKROOM_ADMIN_EMAIL", "saga-admin@shop.test");
    qputenv("BACKROOM_ADMIN_PASSWORD", "saga admin password");
    TestServer server;
    const bool started = server.start(args);
    qunsetenv("BACKROOM_ADMIN_EMAIL");
    qunsetenv("BACKROOM_ADMIN_PASSWORD");
    ASSERT_TRUE(started) << server.output().toStdString();
    const auto port = [&] { return quint16(server.url().port()); };
    auto login = RawHttp::request(port(), "POST", "/api/v1/auth/login",
                                  compact({{QStringLiteral("email"), QStringLiteral("saga-admin@shop.test")},
                                           {QStringLiteral("password"), QStringLiteral("saga admin password")}}),
                                  {{"Content-Type", "application/json"}});
    ASSERT_TRUE(login && login->status == 200);
    const QByteArray auth =
        "Bearer " + QJsonDocument::fromJson(login->body).object().value(QStringLiteral("access_token")).toString().toLatin1();
    auto product = RawHttp::request(
        port(), "POST", "/api/v1/products",
        compact({{QStringLiteral("title"), QStringLiteral("Saga mug")},
                 {QStringLiteral("sku"), QStringLiteral("SAGA-1")},
                 {QStringLiteral("status"), QStringLiteral("active")},
                 {QStringLiteral("price"), QJsonObject{{QStringLiteral("amount"), 1250}, {QStringLiteral("currency"), QStringLiteral("GBP")}}}}),
        {{"Content-Type", "application/json"}, {"Authorization", auth}});
    ASSERT_TRUE(product && product->status == 201);
    auto stock = RawHttp::request(port(), "POST", "/api/v1/stock/SAGA-1/adjustments",
                                  compact({{QStringLiteral("warehouse"), QStringLiteral("MAIN")},
                                           {QStringLiteral("delta"), 100},
                                           {QStringLiteral("reason"), QStringLiteral("received")}}),
                                  {{"Content-Type", "application/json"}, {"Authorization", auth}, {"Idempotency-Key", "stock-1"}});
    ASSERT_TRUE(stock && stock->status == 201);

    int round = 0;
    // A checkout of a fresh cart of two mugs; nullopt when the server died before answering.
    const auto checkout = [&](const QString &card) -> std::optional<RawHttp::Response> {
        ++round;
        auto cart = RawHttp::request(port(), "POST", "/api/v1/carts", {}, {});
        if (!cart || cart->status != 201)
            return std::nullopt;
        const QByteArray id = QJsonDocument::fromJson(cart->body).object().value(QStringLiteral("id")).toString().toLatin1();
        auto added = RawHttp::request(port(), "POST", "/api/v1/carts/" + id + "/items",
                                      compact({{QStringLiteral("sku"), QStringLiteral("SAGA-1")}, {QStringLiteral("quantity"), 2}}),
                                      {{"Content-Type", "application/json"}});
        if (!added || added->status != 200)
            return std::nullopt;
        return RawHttp::request(port(), "POST", "/api/v1/carts/" + id + "/checkout", compact(checkoutBody(card)),
                                {{"Content-Type", "application/json"}, {"Idempotency-Key", "crash-" + QByteArray::number(round)}});
    };

    const QString approved = QStringLiteral("4242424242424242");
    const QString declined = QStringLiteral("4000000000000002");
    const struct {
        const char *at;
        QString card;
    } points[] = {
        {"reserve_inventory", approved},       {"reserve_inventory:after", approved}, {"process_payment", approved},
        {"process_payment:after", approved},   {"create_order", approved},            {"send_confirmation", approved},
        {"update_analytics", approved},        {"release_reservation", declined},     {"cancellation_notice", declined},
    };
    QList<qint64> acknowledged; // orders a client was told about (201)
    for (const auto &point : points) {
        SCOPED_TRACE(point.at);
        server.stop();
        qputenv("BACKROOM_TEST_SAGA_CRASH_AT", point.at);
        const bool up = server.start(args);
        qunsetenv("BACKROOM_TEST_SAGA_CRASH_AT");
        ASSERT_TRUE(up) << server.output().toStdString();
        const auto answer = checkout(point.card);
        EXPECT_FALSE(answer && answer->status > 0) << "the server did not stop at " << point.at;
        ASSERT_TRUE(server.process()->waitForFinished(10000));
        // Started again without the crash point: it takes the saga up where it stopped.
        ASSERT_TRUE(server.start(args)) << server.output().toStdString();
        const auto normal = checkout(approved);
        ASSERT_TRUE(normal.has_value());
        ASSERT_EQ(normal->status, 201) << normal->body.constData();
        acknowledged.append(QJsonDocument::fromJson(normal->body).object().value(QStringLiteral("id")).toString().toLongLong());
    }

    // Inside the refund: the server dies after charging, the cart changes meanwhile (so the order cannot be
    // what was paid), the next server fails the order step and dies refunding, the one after finishes the
    // compensation with the same refund key.
    Server::PgConnection c(server.database()->conninfo());
    {
        SCOPED_TRACE("refund_payment");
        server.stop();
        qputenv("BACKROOM_TEST_SAGA_CRASH_AT", "create_order");
        ASSERT_TRUE(server.start(args)) << server.output().toStdString();
        EXPECT_FALSE(checkout(approved).has_value());
        ASSERT_TRUE(server.process()->waitForFinished(10000));
        auto changed = c.exec("UPDATE cart_lines SET quantity = 3 WHERE cart_id = "
                              "(SELECT cart_id FROM sagas ORDER BY created_at DESC LIMIT 1)");
        ASSERT_TRUE(changed && changed->affected() == 1);
        qputenv("BACKROOM_TEST_SAGA_CRASH_AT", "refund_payment");
        ASSERT_TRUE(server.start(args)) << server.output().toStdString();
        qunsetenv("BACKROOM_TEST_SAGA_CRASH_AT");
        // The sweep at start takes the saga up and stops the server dead inside the refund.
        ASSERT_TRUE(server.process()->waitForFinished(15000));
        ASSERT_TRUE(server.start(args)) << server.output().toStdString();
    }

    const auto scalar = [&](const QByteArray &sql) -> qint64 {
        auto r = c.exec(sql);
        EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().error.message.toStdString());
        return r && r->rows() > 0 ? r->toInt64(0, 0) : -1;
    };
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && scalar("SELECT count(*) FROM sagas WHERE status IN ('running', 'compensating')") > 0)
        QThread::msleep(100);
    EXPECT_EQ(scalar("SELECT count(*) FROM sagas WHERE status IN ('running', 'compensating')"), 0);

    // What each crash point must end as: before the charge nothing can be charged any more (the card number
    // is gone with the process), after it the saga goes forward.
    auto outcomes = c.exec("SELECT s.status, count(*) FROM sagas s GROUP BY s.status");
    ASSERT_TRUE(outcomes.has_value());
    qint64 completed = 0;
    qint64 failed = 0;
    for (int i = 0; i < outcomes->rows(); ++i)
        (outcomes->text(i, 0) == QStringLiteral("completed") ? completed : failed) += outcomes->toInt64(i, 1);
    // 9 normal checkouts + process_payment:after, create_order, send_confirmation, update_analytics.
    EXPECT_EQ(completed, 9 + 4);
    // reserve_inventory, reserve_inventory:after, process_payment, the two declined ones and the refunded one.
    EXPECT_EQ(failed, 6);
    EXPECT_EQ(scalar("SELECT count(*) FROM saga_steps WHERE step = 'refund_payment' AND outcome = 'compensated'"), 1);

    for (qint64 id : acknowledged)
        EXPECT_EQ(scalar("SELECT count(*) FROM orders WHERE id = " + QByteArray::number(id)), 1) << id;
    EXPECT_EQ(scalar("SELECT count(*) FROM orders"), completed);
    // Held stock belongs to an order (held until it ships or is cancelled), or is released.
    EXPECT_EQ(scalar("SELECT count(*) FROM reservations r WHERE r.status = 'held' "
                     "AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.reservation_id = r.id)"),
              0);
    EXPECT_EQ(scalar("SELECT count(*) FROM reservations r JOIN orders o ON o.reservation_id = r.id WHERE r.status = 'held'"),
              completed);
    EXPECT_EQ(scalar("SELECT coalesce(sum(reserved), 0) FROM stock_levels"), 2 * completed);
    EXPECT_EQ(scalar("SELECT count(*) FROM orders WHERE status <> 'confirmed'"), 0);

    // At the provider: exactly one charge per saga that charged, and the money matches the orders.
    auto charges = RawHttp::request(sandboxPort, "GET", "/v1/charges", {}, {});
    ASSERT_TRUE(charges && charges->status == 200);
    QHash<QString, int> perSaga;
    qint64 net = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(charges->body).object().value(QStringLiteral("items")).toArray()) {
        const QJsonObject charge = v.toObject();
        ++perSaga[charge.value(QStringLiteral("reference")).toString()];
        net += charge.value(QStringLiteral("amount_captured")).toInteger() - charge.value(QStringLiteral("amount_refunded")).toInteger();
    }
    for (auto it = perSaga.constBegin(); it != perSaga.constEnd(); ++it)
        EXPECT_EQ(it.value(), 1) << "saga " << it.key().toStdString() << " was charged " << it.value() << " times";
    auto ordered = c.exec("SELECT s.id FROM sagas s JOIN orders o ON o.id = s.order_id");
    ASSERT_TRUE(ordered.has_value());
    for (int i = 0; i < ordered->rows(); ++i)
        EXPECT_EQ(perSaga.value(ordered->text(i, 0)), 1) << ordered->text(i, 0).toStdString();
    EXPECT_EQ(net, scalar("SELECT coalesce(sum(total_amount), 0) FROM orders"));
    server.stop();
}
