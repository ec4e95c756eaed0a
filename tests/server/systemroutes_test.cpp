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
    }
    RawHttp::Response get(QByteArrayView path)
    {
        auto r = RawHttp::request(server.port(), "GET", path);
        EXPECT_TRUE(r.has_value());
        return r.value_or(RawHttp::Response{});
    }
    TestDatabase db;
    ServerRuntime server{testConfig(db.conninfo())};
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
    const auto r = get("/api/v1/system/migrations/1");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(jsonOf(r).value(QStringLiteral("name")).toString(), QStringLiteral("foundation"));
    EXPECT_EQ(jsonOf(r).value(QStringLiteral("checksum")).toString().size(), 64);
    EXPECT_EQ(get("/api/v1/system/migrations/999").status, 404);
    const auto bad = get("/api/v1/system/migrations/abc");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(jsonOf(bad).value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("field")).toString(),
              QStringLiteral("version"));
    EXPECT_EQ(get("/api/v1/system/migrations").status, 200);
}

TEST_F(SystemRoutesTest, ExposesPrometheusMetrics)
{
    get("/healthz");
    get("/api/v1/system/migrations/1");
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
