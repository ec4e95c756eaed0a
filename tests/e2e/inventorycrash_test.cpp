// SPDX-License-Identifier: MIT
// A server killed (SIGKILL) while stock moves: every acknowledged event is in the log, nothing is half-applied.
#include "server/inventory/inventoryservice.h"
#include "server/store/database.h"
#include "server/store/pgconnection.h"
#include "tests/support/printers.h"
#include "tests/support/rawhttp.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <atomic>
#include <gtest/gtest.h>
#include <thread>

using namespace Backroom;
using namespace Backroom::Test;

TEST(InventoryCrash, LosesNoAcknowledgedEventAndLeavesNoHalfAppliedChange)
{
    qputenv("BACKROOM_ADMIN_EMAIL", "crash-admin@shop.test");
    qputenv("BACKROOM_ADMIN_PASSWORD", "crash admin password");
    TestServer server;
    const bool started = server.start();
    qunsetenv("BACKROOM_ADMIN_EMAIL");
    qunsetenv("BACKROOM_ADMIN_PASSWORD");
    ASSERT_TRUE(started) << server.output().toStdString();
    const quint16 port = quint16(server.url().port());
    const auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    auto login = RawHttp::request(port, "POST", "/api/v1/auth/login",
                                  json({{QStringLiteral("email"), QStringLiteral("crash-admin@shop.test")},
                                        {QStringLiteral("password"), QStringLiteral("crash admin password")}}),
                                  {{"Content-Type", "application/json"}});
    ASSERT_TRUE(login && login->status == 200);
    const QByteArray auth = "Bearer " + QJsonDocument::fromJson(login->body).object().value(QStringLiteral("access_token")).toString().toLatin1();
    auto product = RawHttp::request(
        port, "POST", "/api/v1/products",
        json({{QStringLiteral("title"), QStringLiteral("Crash mug")}, {QStringLiteral("sku"), QStringLiteral("CRASH-1")},
              {QStringLiteral("price"), QJsonObject{{QStringLiteral("amount"), 500}, {QStringLiteral("currency"), QStringLiteral("GBP")}}}}),
        {{"Content-Type", "application/json"}, {"Authorization", auth}});
    ASSERT_TRUE(product && product->status == 201);

    std::atomic<int> acknowledged{0};
    std::atomic<bool> stop{false};
    std::thread client([&] {
        for (int i = 0; !stop; ++i) {
            // Receipts, and a reservation now and then: several streams and tables per change.
            const bool reserve = i % 3 == 2;
            auto r = RawHttp::request(
                port, "POST", reserve ? "/api/v1/stock/reservations" : "/api/v1/stock/CRASH-1/adjustments",
                reserve ? json({{QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("CRASH-1")},
                                                                                 {QStringLiteral("quantity"), 1}}}}})
                        : json({{QStringLiteral("warehouse"), QStringLiteral("MAIN")}, {QStringLiteral("delta"), 2},
                                {QStringLiteral("reason"), QStringLiteral("received")}}),
                {{"Content-Type", "application/json"}, {"Authorization", auth}, {"Idempotency-Key", "crash-" + QByteArray::number(i)}});
            if (!r)
                break; // the server is gone
            if (r->status == 201 && !reserve)
                ++acknowledged;
        }
    });
    for (int i = 0; i < 3000 && acknowledged < 30; ++i)
        QThread::msleep(10);
    server.process()->kill();
    server.process()->waitForFinished(10000);
    stop = true;
    client.join();
    ASSERT_GE(acknowledged.load(), 30);

    Server::PgConnection c(server.database()->conninfo());
    auto received = c.exec("SELECT count(*) FROM inventory_events WHERE type = 'Received'");
    ASSERT_TRUE(received);
    EXPECT_GE(received->toInt64(0, 0), acknowledged.load());
    // Every event appended has its head, its outbox row and (for adjustments) its audit entry, or none of them.
    auto outbox = c.exec("SELECT (SELECT count(*) FROM inventory_events), (SELECT count(*) FROM outbox WHERE event_type = "
                         "'InventoryChanged'), (SELECT count(*) FROM audit_log WHERE action = 'stock.adjust'), "
                         "(SELECT count(*) FROM reservation_lines)");
    ASSERT_TRUE(outbox);
    EXPECT_EQ(outbox->toInt64(0, 0), outbox->toInt64(0, 1));
    EXPECT_EQ(received->toInt64(0, 0), outbox->toInt64(0, 2));
    EXPECT_EQ(outbox->toInt64(0, 0) - received->toInt64(0, 0), outbox->toInt64(0, 3));
    Server::Database database(server.database()->conninfo());
    Server::InventoryService inventory(database, {});
    auto check = inventory.checkProjections();
    ASSERT_TRUE(check) << check.error().message.toStdString();
    EXPECT_TRUE(check->differences.isEmpty()) << QJsonDocument(check->toJson()).toJson().constData();
}
