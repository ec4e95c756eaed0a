// SPDX-License-Identifier: MIT
#include "tests/server/serverfixture.h"

using namespace Backroom;
using namespace Backroom::Test;

TEST(Gateway, EchoesAWellFormedRequestId)
{
    GatewayHarness h;
    auto r = RawHttp::request(h.port(), "GET", "/hello", {}, {{"X-Request-Id", "trace-123.abc"}});
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->header("X-Request-Id"), "trace-123.abc");
}

TEST(Gateway, ReplacesAnUnsafeRequestId)
{
    GatewayHarness h;
    auto r = RawHttp::request(h.port(), "GET", "/hello", {}, {{"X-Request-Id", "bad id\"<script>"}});
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->header("X-Request-Id").size(), 32);
    auto generated = RawHttp::request(h.port(), "GET", "/hello");
    EXPECT_EQ(generated->header("X-Request-Id").size(), 32);
    EXPECT_NE(generated->header("X-Request-Id"), r->header("X-Request-Id"));
}

TEST(Gateway, AnswersUnknownRoutesWithAProblem)
{
    GatewayHarness h;
    auto r = RawHttp::request(h.port(), "GET", "/no/such/thing");
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 404);
    EXPECT_EQ(r->header("Content-Type"), "application/problem+json");
    const QJsonObject p = jsonOf(*r);
    EXPECT_EQ(p.value(QStringLiteral("type")).toString(), QStringLiteral("https://backroom.dev/problems/not-found"));
    EXPECT_EQ(p.value(QStringLiteral("status")).toInt(), 404);
    EXPECT_EQ(p.value(QStringLiteral("instance")).toString(), QStringLiteral("/no/such/thing"));
    EXPECT_FALSE(p.value(QStringLiteral("detail")).toString().isEmpty());
    EXPECT_EQ(p.value(QStringLiteral("request_id")).toString().toLatin1(), r->header("X-Request-Id"));
}

TEST(Gateway, AnswersWrongMethodsWith405AndAllow)
{
    GatewayHarness h;
    auto r = RawHttp::request(h.port(), "DELETE", "/hello");
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 405);
    EXPECT_EQ(r->header("Allow"), "GET, HEAD, OPTIONS");
}

TEST(Gateway, RefusesBodiesThatAreNotJson)
{
    GatewayHarness h;
    auto wrongType = RawHttp::request(h.port(), "POST", "/echo", "{}", {{"Content-Type", "text/plain"}});
    EXPECT_EQ(wrongType->status, 415);
    auto malformed = RawHttp::request(h.port(), "POST", "/echo", "{\"a\":", {{"Content-Type", "application/json"}});
    EXPECT_EQ(malformed->status, 400);
    EXPECT_TRUE(jsonOf(*malformed).value(QStringLiteral("detail")).toString().contains(QStringLiteral("not valid JSON")));
    auto array = RawHttp::request(h.port(), "POST", "/echo", "[1]", {{"Content-Type", "application/json"}});
    EXPECT_EQ(array->status, 400);
}

TEST(Gateway, RefusesDeeplyNestedJson)
{
    GatewayHarness h;
    const QByteArray deep = "{\"a\":" + QByteArray(100, '[') + QByteArray(100, ']') + "}";
    auto r = RawHttp::request(h.port(), "POST", "/echo", deep, {{"Content-Type", "application/json"}});
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 400);
    EXPECT_TRUE(jsonOf(*r).value(QStringLiteral("detail")).toString().contains(QStringLiteral("nested deeper")));
}

TEST(Gateway, TurnsAFailingHandlerIntoA500ProblemWithTheRequestId)
{
    GatewayHarness h;
    auto r = RawHttp::request(h.port(), "GET", "/boom", {}, {{"X-Request-Id", "find-me"}});
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 500);
    EXPECT_EQ(jsonOf(*r).value(QStringLiteral("request_id")).toString(), QStringLiteral("find-me"));
    EXPECT_FALSE(r->body.contains("kaboom")) << "internal details must not leak to the client";
}

TEST(Gateway, AllowsConfiguredOriginsOnly)
{
    Server::GatewayOptions options;
    options.corsOrigins = {"https://shop.example"};
    GatewayHarness h(GatewayHarness::defaultOptions(), options);
    auto allowed = RawHttp::request(h.port(), "GET", "/hello", {}, {{"Origin", "https://shop.example"}});
    EXPECT_EQ(allowed->header("Access-Control-Allow-Origin"), "https://shop.example");
    EXPECT_TRUE(allowed->header("Access-Control-Expose-Headers").contains("X-Request-Id"));
    auto other = RawHttp::request(h.port(), "GET", "/hello", {}, {{"Origin", "https://evil.example"}});
    EXPECT_TRUE(other->header("Access-Control-Allow-Origin").isEmpty());

    auto preflight = RawHttp::request(h.port(), "OPTIONS", "/echo", {},
                                      {{"Origin", "https://shop.example"}, {"Access-Control-Request-Method", "POST"}});
    EXPECT_EQ(preflight->status, 204);
    EXPECT_TRUE(preflight->header("Access-Control-Allow-Methods").contains("POST"));
    EXPECT_TRUE(preflight->header("Access-Control-Allow-Headers").contains("Idempotency-Key"));
}

TEST(Gateway, CountsRequestsByRouteAndStatus)
{
    GatewayHarness h;
    RawHttp::request(h.port(), "GET", "/hello");
    RawHttp::request(h.port(), "GET", "/hello");
    RawHttp::request(h.port(), "GET", "/missing");
    EXPECT_EQ(h.metrics->requests(0, 200), 2u);
    EXPECT_EQ(h.metrics->requests(-1, 404), 1u);
    const QByteArray text = h.metrics->render();
    EXPECT_TRUE(text.contains("backroom_http_requests_total{route=\"GET /hello\",status=\"200\"} 2"));
    EXPECT_TRUE(text.contains("backroom_http_request_duration_seconds_count{route=\"GET /hello\"} 2"));
}
