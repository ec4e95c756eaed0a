// SPDX-License-Identifier: MIT
#include "server/gateway/idempotency.h"
#include "server/store/database.h"
#include "tests/server/serverfixture.h"

#include <thread>

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;

class IdempotencyKeys : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.isValid()) << db.error().toStdString();
        database = std::make_unique<Database>(db.conninfo());
        IdempotencyStore::Options options;
        options.staleAfter = std::chrono::seconds(2);
        store = std::make_unique<IdempotencyStore>(*database, options);
        GatewayOptions gatewayOptions;
        gatewayOptions.idempotency = store.get();
        harness = std::make_unique<GatewayHarness>(GatewayHarness::defaultOptions(), gatewayOptions);
        ASSERT_TRUE(harness->started);
    }
    void TearDown() override
    {
        harness.reset(); // its workers use the database
    }

    RawHttp::Response charge(const QByteArray &key, const QByteArray &body = R"({"amount":100})",
                             const QByteArray &query = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
        if (!key.isNull())
            headers.append({"Idempotency-Key", key});
        auto r = RawHttp::request(harness->port(), "POST", "/charge" + query, body, headers);
        EXPECT_TRUE(r.has_value());
        return r.value_or(RawHttp::Response{});
    }
    qint64 storedKeys()
    {
        auto c = database->acquire();
        auto rows = c->exec("SELECT count(*) FROM idempotency_keys");
        return rows ? rows->toInt64(0, 0) : -1;
    }

    TestDatabase db;
    std::unique_ptr<Database> database;
    std::unique_ptr<IdempotencyStore> store;
    std::unique_ptr<GatewayHarness> harness;
};

TEST_F(IdempotencyKeys, ReplaysTheFirstAnswerToTheSameRequest)
{
    const auto first = charge("key-1");
    ASSERT_EQ(first.status, 201) << first.body.constData();
    const auto again = charge("key-1");
    EXPECT_EQ(again.status, 201);
    EXPECT_EQ(again.body, first.body);
    EXPECT_EQ(again.header("Location"), first.header("Location"));
    EXPECT_EQ(again.header("Idempotent-Replayed"), "true");
    EXPECT_TRUE(first.header("Idempotent-Replayed").isEmpty());
    EXPECT_NE(again.header("X-Request-Id"), first.header("X-Request-Id")) << "a replay is still its own request";
    EXPECT_EQ(harness->charges.load(), 1) << "the handler ran once";

    EXPECT_EQ(charge("key-2").status, 201);
    EXPECT_EQ(harness->charges.load(), 2) << "another key is another request";
}

TEST_F(IdempotencyKeys, RefusesTheSameKeyForAnotherRequest)
{
    ASSERT_EQ(charge("key-1").status, 201);
    const auto other = charge("key-1", R"({"amount":999})");
    EXPECT_EQ(other.status, 422);
    EXPECT_EQ(other.header("Content-Type"), "application/problem+json");
    EXPECT_EQ(harness->charges.load(), 1);
    EXPECT_EQ(charge("key-1", R"({"amount":100})", "?ms=1").status, 422) << "the query is part of the request";
}

TEST_F(IdempotencyKeys, AsksForAKeyWhereTheRouteNeedsOneAndChecksItsShape)
{
    EXPECT_EQ(charge(QByteArray()).status, 428);
    EXPECT_EQ(charge("has space").status, 400);
    EXPECT_EQ(charge(QByteArray(256, 'k')).status, 400);
    EXPECT_EQ(harness->charges.load(), 0);
}

TEST_F(IdempotencyKeys, AnswersConflictWhileTheFirstRequestRuns)
{
    std::optional<RawHttp::Response> slow;
    std::thread first([&] { slow = charge("key-1", R"({"amount":100})", "?ms=800"); });
    // Until the first has claimed the key, a second request could be the one that runs: wait for it.
    for (int i = 0; i < 100 && storedKeys() == 0; ++i)
        QThread::msleep(10);
    const auto during = charge("key-1", R"({"amount":100})", "?ms=800");
    first.join();
    EXPECT_EQ(during.status, 409) << during.body.constData();
    EXPECT_FALSE(during.header("Retry-After").isEmpty());
    ASSERT_TRUE(slow);
    EXPECT_EQ(slow->status, 201);
    EXPECT_EQ(charge("key-1", R"({"amount":100})", "?ms=800").body, slow->body) << "and afterwards, the answer";
    EXPECT_EQ(harness->charges.load(), 1);
}

TEST_F(IdempotencyKeys, RunsConcurrentCopiesOfARequestOnce)
{
    constexpr int copies = 8;
    std::vector<std::optional<RawHttp::Response>> answers(copies);
    std::vector<std::thread> threads;
    for (int i = 0; i < copies; ++i)
        threads.emplace_back([&, i] { answers[i] = charge("same-key", R"({"amount":100})", "?ms=50"); });
    for (auto &t : threads)
        t.join();
    EXPECT_EQ(harness->charges.load(), 1);
    QByteArray body;
    for (const auto &a : answers) {
        ASSERT_TRUE(a);
        ASSERT_TRUE(a->status == 201 || a->status == 409) << a->status;
        if (a->status == 201) {
            EXPECT_TRUE(body.isEmpty() || body == a->body) << "every success is the same answer";
            body = a->body;
        }
    }
    EXPECT_FALSE(body.isEmpty());
}

TEST_F(IdempotencyKeys, LetsAFailedRequestBeRetried)
{
    EXPECT_EQ(charge("key-1", R"({"amount":100})", "?fail=1").status, 500);
    EXPECT_EQ(storedKeys(), 0) << "a 5xx is not kept";
    EXPECT_EQ(charge("key-1", R"({"amount":100})", "?fail=1").status, 500);
    EXPECT_EQ(harness->charges.load(), 2) << "so the retry runs again";
}

TEST_F(IdempotencyKeys, TakesOverAKeyWhoseRequestDiedAndForgetsOldKeys)
{
    auto c = database->acquire();
    const QByteArray hash = IdempotencyStore::requestHash("POST", "/charge", R"({"amount":100})");
    // A request that claimed the key and never finished (the server died), long ago.
    ASSERT_TRUE(c->exec("INSERT INTO idempotency_keys (key, principal, route, request_hash, created_at) "
                        "VALUES ('dead', 'ip:127.0.0.1', 'POST /charge', $1::bytea, now() - interval '1 minute')",
                        {byteaParam(hash)}));
    EXPECT_EQ(charge("dead").status, 201) << "the stale claim is taken over";
    EXPECT_EQ(harness->charges.load(), 1);

    ASSERT_TRUE(c->exec("UPDATE idempotency_keys SET created_at = now() - interval '25 hours'"));
    auto purged = store->purgeExpired();
    ASSERT_TRUE(purged);
    EXPECT_EQ(*purged, 1);
    EXPECT_EQ(charge("dead").status, 201);
    EXPECT_EQ(harness->charges.load(), 2) << "a forgotten key is a new request";
}

TEST_F(IdempotencyKeys, IgnoresTheHeaderWithoutAStore)
{
    GatewayHarness plain;
    ASSERT_TRUE(plain.started);
    auto r = RawHttp::request(plain.port(), "POST", "/charge", R"({"amount":1})", {{"Content-Type", "application/json"}});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 201);
}
