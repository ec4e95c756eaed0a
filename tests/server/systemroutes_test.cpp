// SPDX-License-Identifier: MIT
#include "server/store/migrator.h"
#include "tests/server/serverfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;

class SystemRoutesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.isValid()) << db.error().toStdString();
        auto started = server.start();
        ASSERT_TRUE(started.has_value()) << started.error().message.toStdString();
        auto signedIn = RawHttp::request(server.port(), "POST", "/api/v1/auth/login",
                                         R"({"email":"sys-admin@shop.test","password":"system admin 1"})",
                                         {{"Content-Type", "application/json"}});
        ASSERT_TRUE(signedIn && signedIn->status == 200);
        admin = jsonOf(*signedIn).value(QStringLiteral("access_token")).toString().toLatin1();
    }
    RawHttp::Response get(QByteArrayView path, const QByteArray &token = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!token.isEmpty())
            headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token});
        auto r = RawHttp::request(server.port(), "GET", path, {}, headers);
        EXPECT_TRUE(r.has_value());
        return r.value_or(RawHttp::Response{});
    }
    static ServerConfig withAdmin(ServerConfig c)
    {
        c.adminEmail = QStringLiteral("sys-admin@shop.test");
        c.adminPassword = "system admin 1";
        return c;
    }
    TestDatabase db;
    ServerRuntime server{withAdmin(testConfig(db.conninfo()))};
    QByteArray admin;
};

TEST_F(SystemRoutesTest, ReportsReadinessWithTheSchemaVersion)
{
    const auto r = get("/readyz");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(jsonOf(r).value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    EXPECT_EQ(jsonOf(r).value(QStringLiteral("schema_version")).toInt(), Migrator::bundled().last().version);
}

TEST_F(SystemRoutesTest, ReadsOneMigrationByPrimaryKey)
{
    EXPECT_EQ(get("/api/v1/system/migrations/1").status, 401) << "the schema is the admins' business";
    const auto r = get("/api/v1/system/migrations/1", admin);
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(jsonOf(r).value(QStringLiteral("name")).toString(), QStringLiteral("foundation"));
    EXPECT_EQ(jsonOf(r).value(QStringLiteral("checksum")).toString().size(), 64);
    EXPECT_EQ(get("/api/v1/system/migrations/999", admin).status, 404);
    const auto bad = get("/api/v1/system/migrations/abc", admin);
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(jsonOf(bad).value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("field")).toString(),
              QStringLiteral("version"));
    EXPECT_EQ(get("/api/v1/system/migrations", admin).status, 200);
}

TEST_F(SystemRoutesTest, ExposesPrometheusMetrics)
{
    get("/healthz");
    get("/api/v1/system/migrations/1", admin);
    const auto r = get("/metrics");
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.header("Content-Type").startsWith("text/plain; version=0.0.4"));
    EXPECT_TRUE(r.body.contains("backroom_http_requests_total{route=\"GET /healthz\",status=\"200\"} 1"));
    EXPECT_TRUE(r.body.contains("backroom_http_request_duration_seconds_bucket{route=\"GET /api/v1/system/migrations/{version}\",le=\"+Inf\"} 1"));
    EXPECT_TRUE(r.body.contains("backroom_db_pool_connections{state=\"open\"}"));
    // At least the scrape's own connection; the earlier ones may not have been closed server-side yet.
    const QRegularExpressionMatch open =
        QRegularExpression(QStringLiteral("backroom_http_open_connections (\\d+)")).match(QString::fromUtf8(r.body));
    ASSERT_TRUE(open.hasMatch());
    EXPECT_GE(open.captured(1).toInt(), 1);
}

// The OpenAPI document is hand-written; this keeps it true: every route is documented and every documented
// operation exists.
TEST_F(SystemRoutesTest, OpenApiDocumentMatchesTheRoutes)
{
    const auto r = get("/api/v1/openapi.json");
    ASSERT_EQ(r.status, 200);
    const QJsonObject doc = jsonOf(r);
    EXPECT_TRUE(doc.value(QStringLiteral("openapi")).toString().startsWith(QStringLiteral("3.")));
    QSet<QString> documented;
    const QJsonObject paths = doc.value(QStringLiteral("paths")).toObject();
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject operations = p.value().toObject();
        for (auto op = operations.begin(); op != operations.end(); ++op) {
            if (op.key() != QStringLiteral("parameters"))
                documented.insert(op.key().toUpper() + u' ' + p.key());
        }
    }
    QSet<QString> registered;
    for (const RouteSpec &route : server.router().routes())
        registered.insert(QString::fromLatin1(route.method + ' ' + route.pattern));
    EXPECT_EQ(registered - documented, QSet<QString>()) << "routes missing from resources/openapi.json";
    EXPECT_EQ(documented - registered, QSet<QString>()) << "documented operations with no route";
}

TEST_F(SystemRoutesTest, ServesHeadAndHonoursTheRequestId)
{
    auto r = RawHttp::request(server.port(), "GET", "/readyz", {}, {{"X-Request-Id", "abc-1"}});
    EXPECT_EQ(r->header("X-Request-Id"), "abc-1");
}
