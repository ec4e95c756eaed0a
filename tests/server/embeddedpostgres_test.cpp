// SPDX-License-Identifier: MIT
#include "tests/server/serverfixture.h"

#include <QDeadlineTimer>
#include <QTemporaryDir>

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;

namespace {
int readyStatus(quint16 port)
{
    auto r = RawHttp::request(port, "GET", "/readyz");
    return r ? r->status : 0;
}
} // namespace

TEST(EmbeddedPostgres, StartsStopsAndReusesItsCluster)
{
    ClusterDir dir;
    {
        EmbeddedPostgres first(fast(dir.path()));
        auto started = first.start();
        ASSERT_TRUE(started.has_value()) << started.error().message.toStdString();
        EXPECT_TRUE(first.ownsCluster());
        PgConnection conn(first.conninfo());
        ASSERT_TRUE(conn.execScript("CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)"));
        conn.disconnect();

        // A second user of the same directory joins the running cluster and does not own it.
        EmbeddedPostgres second(fast(dir.path()));
        ASSERT_TRUE(second.start().has_value());
        EXPECT_FALSE(second.ownsCluster());
        ASSERT_TRUE(first.stop().has_value());
        EXPECT_FALSE(first.isRunning());
    }
    EmbeddedPostgres again(fast(dir.path()));
    ASSERT_TRUE(again.start().has_value());
    PgConnection conn(again.conninfo());
    auto rows = conn.exec("SELECT v FROM kept");
    ASSERT_TRUE(rows.has_value()) << "data must survive a restart";
    EXPECT_EQ(rows->value(0, 0), "42");
    conn.disconnect();
    ASSERT_TRUE(again.stop().has_value());
}

TEST(EmbeddedPostgres, StopsAClusterItAdoptedWithoutStartingIt)
{
    ClusterDir dir;
    {
        EmbeddedPostgres starter(fast(dir.path()));
        ASSERT_TRUE(starter.start().has_value());
        starter.release(); // leaves it running, as the test fixture's start does
    }
    EmbeddedPostgres cleaner(fast(dir.path()));
    ASSERT_TRUE(cleaner.isRunning());
    cleaner.adopt();
    ASSERT_TRUE(cleaner.stop().has_value());
    EXPECT_FALSE(cleaner.isRunning());
}

TEST(EmbeddedPostgres, ExplainsAPathTooLongForItsSocket)
{
    EmbeddedPostgres pg(fast(QStringLiteral("/tmp/") + QString(120, u'x')));
    auto started = pg.start();
    ASSERT_FALSE(started.has_value());
    EXPECT_TRUE(started.error().message.contains(QStringLiteral("too long for a Unix socket")));
}

TEST(EmbeddedPostgres, RefusesASecondServerOnTheSameDataDirectory)
{
    ClusterDir dir;
    ServerConfig config = testConfig({});
    config.dataDir = dir.path(QStringLiteral("data"));
    QDir().mkpath(config.dataDir);
    QFile::setPermissions(config.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther);
    ServerRuntime first(config);
    auto started = first.start();
    ASSERT_TRUE(started.has_value()) << started.error().message.toStdString();
    EXPECT_EQ(readyStatus(first.port()), 200);

    ServerRuntime second(config);
    auto refused = second.start();
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("already serving the data directory")))
        << refused.error().message.toStdString();
    EXPECT_EQ(readyStatus(first.port()), 200) << "the refused server must not disturb the running one";
    first.stop();
    EXPECT_FALSE(EmbeddedPostgres(fast(config.dataDir + QStringLiteral("/postgres"))).isRunning())
        << "the server stops its embedded cluster on shutdown";
}

TEST(EmbeddedPostgres, ServerReconnectsAfterTheDatabaseRestarts)
{
    ClusterDir dir;
    EmbeddedPostgres cluster(fast(dir.path()));
    ASSERT_TRUE(cluster.start().has_value());
    ServerConfig config = testConfig(cluster.conninfo());
    config.adminEmail = QStringLiteral("ops@shop.test");
    config.adminPassword = "ops password 1";
    ServerRuntime server(config);
    ASSERT_TRUE(server.start().has_value());
    ASSERT_EQ(readyStatus(server.port()), 200);
    // Signed in before the restart: checking the token needs no database, reading the account does.
    auto signedIn = RawHttp::request(server.port(), "POST", "/api/v1/auth/login",
                                     R"({"email":"ops@shop.test","password":"ops password 1"})",
                                     {{"Content-Type", "application/json"}});
    ASSERT_TRUE(signedIn && signedIn->status == 200);
    const QByteArray token = jsonOf(*signedIn).value(QStringLiteral("access_token")).toString().toLatin1();

    ASSERT_TRUE(cluster.stop().has_value());
    auto down = RawHttp::request(server.port(), "GET", "/readyz");
    ASSERT_TRUE(down.has_value());
    EXPECT_EQ(down->status, 503);
    EXPECT_EQ(down->header("Content-Type"), "application/problem+json");
    EXPECT_EQ(RawHttp::request(server.port(), "GET", "/healthz")->status, 200) << "liveness does not need the database";

    ASSERT_TRUE(cluster.start().has_value());
    QDeadlineTimer deadline(10000);
    int status = 0;
    while (!deadline.hasExpired() && (status = readyStatus(server.port())) != 200)
        QThread::msleep(100);
    EXPECT_EQ(status, 200);
    // Every I/O thread must be back, not just the one that answered readiness.
    for (int i = 0; i < 8; ++i) {
        auto r = RawHttp::request(server.port(), "GET", "/api/v1/me", {}, {{"Authorization", "Bearer " + token}});
        ASSERT_TRUE(r.has_value());
        EXPECT_EQ(r->status, 200) << r->body.constData();
    }
    server.stop();
}
