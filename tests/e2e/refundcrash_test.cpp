// SPDX-License-Identifier: MIT
// The refund saga with the server stopped dead (SIGKILL, from the test-only crash point) before each step and
// right after the provider refunded, then started again: every refund is finished by the recovery sweep, none
// is refunded twice at the provider, the restock happens once, and the money matches to the cent.
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
} // namespace

TEST(RefundCrash, EveryStepSurvivesAKillWithoutRefundingTwiceOrLosingTheRestock)
{
    QTemporaryDir sandboxDir;
    Server::SandboxProcess sandbox;
    auto sandboxStarted = sandbox.start(QStringLiteral(BACKROOM_SANDBOX_BINARY), sandboxDir.path());
    ASSERT_TRUE(sandboxStarted.has_value()) << sandboxStarted.error().message.toStdString();
    const quint16 sandboxPort = quint16(sandbox.url().port());
    const QStringList args{QStringLiteral("--payments-url"), sandbox.url().toString(), QStringLiteral("--refund-approval-limit"),
                           QStringLiteral("0")};

    qputenv("BACKROOM_ADMIN_EMAIL", "refund-admin@shop.test");
    qputenv("BACKROOM_ADMIN_PASSWORD", "refund admin password");
    TestServer server;
    const bool started = server.start(args);
    qunsetenv("BACKROOM_ADMIN_EMAIL");
    qunsetenv("BACKROOM_ADMIN_PASSWORD");
    ASSERT_TRUE(started) << server.output().toStdString();
    const auto port = [&] { return quint16(server.url().port()); };
    auto login = RawHttp::request(port(), "POST", "/api/v1/auth/login",
                                  compact({{QStringLiteral("email"), QStringLiteral("refund-admin@shop.test")},
                                           {QStringLiteral("password"), QStringLiteral("refund admin password")}}),
                                  {{"Content-Type", "application/json"}});
    ASSERT_TRUE(login && login->status == 200);
    const QByteArray auth =
        "Bearer " + QJsonDocument::fromJson(login->body).object().value(QStringLiteral("access_token")).toString().toLatin1();
    auto product = RawHttp::request(
        port(), "POST", "/api/v1/products",
        compact({{QStringLiteral("title"), QStringLiteral("Refund mug")},
                 {QStringLiteral("sku"), QStringLiteral("REF-1")},
                 {QStringLiteral("status"), QStringLiteral("active")},
                 {QStringLiteral("price"), QJsonObject{{QStringLiteral("amount"), 1250}, {QStringLiteral("currency"), QStringLiteral("GBP")}}}}),
        {{"Content-Type", "application/json"}, {"Authorization", auth}});
    ASSERT_TRUE(product && product->status == 201);
    auto stock = RawHttp::request(port(), "POST", "/api/v1/stock/REF-1/adjustments",
                                  compact({{QStringLiteral("warehouse"), QStringLiteral("MAIN")},
                                           {QStringLiteral("delta"), 100},
                                           {QStringLiteral("reason"), QStringLiteral("received")}}),
                                  {{"Content-Type", "application/json"}, {"Authorization", auth}, {"Idempotency-Key", "stock-1"}});
    ASSERT_TRUE(stock && stock->status == 201);
    auto cart = RawHttp::request(port(), "POST", "/api/v1/carts", {}, {});
    ASSERT_TRUE(cart && cart->status == 201);
    const QByteArray cartId = QJsonDocument::fromJson(cart->body).object().value(QStringLiteral("id")).toString().toLatin1();
    auto added = RawHttp::request(port(), "POST", "/api/v1/carts/" + cartId + "/items",
                                  compact({{QStringLiteral("sku"), QStringLiteral("REF-1")}, {QStringLiteral("quantity"), 8}}),
                                  {{"Content-Type", "application/json"}});
    ASSERT_TRUE(added && added->status == 200);
    auto placed = RawHttp::request(
        port(), "POST", "/api/v1/carts/" + cartId + "/checkout",
        compact({{QStringLiteral("email"), QStringLiteral("crash@example.com")},
                 {QStringLiteral("shipping_address"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Crash Buyer")},
                              {QStringLiteral("line1"), QStringLiteral("1 High Street")},
                              {QStringLiteral("city"), QStringLiteral("London")},
                              {QStringLiteral("country"), QStringLiteral("GB")}}},
                 {QStringLiteral("payment"), QJsonObject{{QStringLiteral("card_number"), QStringLiteral("4242424242424242")}}}}),
        {{"Content-Type", "application/json"}, {"Idempotency-Key", "checkout-1"}});
    ASSERT_TRUE(placed && placed->status == 201) << (placed ? placed->body.constData() : "no answer");
    const QJsonObject order = QJsonDocument::fromJson(placed->body).object();
    const QByteArray orderId = order.value(QStringLiteral("id")).toString().toLatin1();
    const QByteArray chargeId = order.value(QStringLiteral("payment_reference")).toString().toLatin1();

    Server::PgConnection c(server.database()->conninfo());
    const auto scalar = [&](const QByteArray &sql) -> qint64 {
        auto r = c.exec(sql);
        EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().error.message.toStdString());
        return r && r->rows() > 0 ? r->toInt64(0, 0) : -1;
    };
    const qint64 onHandBefore = scalar("SELECT s.on_hand FROM stock_levels s JOIN warehouses w ON w.id = s.warehouse_id WHERE s.sku = 'REF-1' AND w.code = 'MAIN'");

    const char *points[] = {"refund:provider_refund", "refund:provider_refund:after", "refund:record", "refund:restock",
                            "refund:notify"};
    int round = 0;
    for (const char *point : points) {
        SCOPED_TRACE(point);
        server.stop();
        qputenv("BACKROOM_TEST_SAGA_CRASH_AT", point);
        const bool up = server.start(args);
        qunsetenv("BACKROOM_TEST_SAGA_CRASH_AT");
        ASSERT_TRUE(up) << server.output().toStdString();
        const QJsonObject body{{QStringLiteral("lines"),
                                QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("REF-1")},
                                                       {QStringLiteral("quantity"), 1},
                                                       {QStringLiteral("restock_warehouse"), QStringLiteral("MAIN")}}}},
                               {QStringLiteral("reason"), QStringLiteral("damaged")}};
        auto answer = RawHttp::request(port(), "POST", "/api/v1/orders/" + orderId + "/refunds", compact(body),
                                       {{"Content-Type", "application/json"}, {"Authorization", auth},
                                        {"Idempotency-Key", "refund-crash-" + QByteArray::number(++round)}});
        EXPECT_FALSE(answer && answer->status > 0) << "the server did not stop at " << point;
        ASSERT_TRUE(server.process()->waitForFinished(10000));
        // Started again without the crash point: the sweep takes the refund up where it stopped.
        ASSERT_TRUE(server.start(args)) << server.output().toStdString();
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && scalar("SELECT count(*) FROM refunds WHERE status = 'processing'") > 0)
            QThread::msleep(100);
        EXPECT_EQ(scalar("SELECT count(*) FROM refunds WHERE status = 'processing'"), 0);
    }

    const qint64 refunds = std::size(points);
    EXPECT_EQ(scalar("SELECT count(*) FROM refunds WHERE status = 'succeeded'"), refunds);
    const qint64 issued = scalar("SELECT coalesce(sum(amount), 0) FROM refunds WHERE status = 'succeeded'");
    EXPECT_EQ(issued, refunds * 1250);
    EXPECT_EQ(scalar("SELECT refunded_amount FROM order_payments WHERE order_id = " + orderId), issued);
    EXPECT_EQ(scalar("SELECT pending_amount FROM order_payments WHERE order_id = " + orderId), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM outbox WHERE event_type = 'RefundIssued'"), refunds);
    // Restocked once per refund, whatever step the server died at.
    EXPECT_EQ(scalar("SELECT s.on_hand FROM stock_levels s JOIN warehouses w ON w.id = s.warehouse_id WHERE s.sku = 'REF-1' AND w.code = 'MAIN'"), onHandBefore + refunds);

    auto charge = RawHttp::request(sandboxPort, "GET", "/v1/charges/" + chargeId, {}, {});
    ASSERT_TRUE(charge && charge->status == 200);
    const QJsonObject ch = QJsonDocument::fromJson(charge->body).object();
    EXPECT_EQ(ch.value(QStringLiteral("amount_refunded")).toInteger(), issued);
    EXPECT_EQ(ch.value(QStringLiteral("refunds")).toArray().size(), refunds);
    server.stop();
    sandbox.stop();
}
