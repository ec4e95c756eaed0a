// SPDX-License-Identifier: MIT
#include "cannedhttpserver.h"
#include "uitestsupport.h"

#include "server/store/pgconnection.h"
#include "tests/support/testserver.h"
#include "ui/apiclient.h"
#include "ui/healthmonitor.h"

#include <QTest>

#include <gtest/gtest.h>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;
using State = Ui::HealthStatus::State;

TEST(HealthMonitor, ReportsReadyServer)
{
    Backroom::Test::TestServer server;
    ASSERT_TRUE(server.start()) << str(server.output());
    Ui::ApiClient api;
    api.setBaseUrl(server.url());
    Ui::HealthMonitor monitor(&api);

    const std::optional<Ui::HealthStatus> status = waitForSettledStatus(monitor);

    ASSERT_TRUE(status);
    EXPECT_EQ(status->state, State::Ready) << str(status->reason);
    EXPECT_FALSE(status->serverVersion.isEmpty());
    EXPECT_GE(status->schemaVersion, 1);
    EXPECT_TRUE(status->checkedAt.isValid());
    EXPECT_EQ(str(status->summary()), str(u"Connected to %1 — ready (server %2, schema %3)"_s.arg(
                                          server.url().toString(), status->serverVersion)
                                          .arg(status->schemaVersion)));
}

TEST(HealthMonitor, ReportsClosedPortUnreachable)
{
    Ui::ApiClient api;
    const QUrl server = closedPortUrl();
    api.setBaseUrl(server);
    Ui::HealthMonitor monitor(&api);

    const std::optional<Ui::HealthStatus> status = waitForSettledStatus(monitor);

    ASSERT_TRUE(status);
    EXPECT_EQ(status->state, State::Unreachable);
    EXPECT_TRUE(status->reason.startsWith(u"Nothing is accepting connections at "_s)) << str(status->reason);
    EXPECT_TRUE(status->summary().startsWith(u"Cannot reach %1: Nothing is accepting"_s.arg(server.toString())))
        << str(status->summary());
}

TEST(HealthMonitor, ReportsNotReadyWithServersReason)
{
    Backroom::Test::TestServer server;
    ASSERT_TRUE(server.start()) << str(server.output());
    // The server's database disappears under it (its connections are cut), as when an operator drops it.
    Server::PgConnection admin(Backroom::Test::TestCluster::conninfo(u"postgres"_s));
    ASSERT_TRUE(admin.execScript("DROP DATABASE " + server.database()->name().toLatin1() + " WITH (FORCE)"));
    Ui::ApiClient api;
    api.setBaseUrl(server.url());
    Ui::HealthMonitor monitor(&api);

    const std::optional<Ui::HealthStatus> status = waitForSettledStatus(monitor);

    ASSERT_TRUE(status);
    EXPECT_EQ(status->state, State::NotReady);
    EXPECT_TRUE(status->summary().startsWith(
        u"Server at %1 is not ready: The database is not reachable"_s.arg(server.url().toString())))
        << str(status->summary());
}

TEST(HealthMonitor, ChecksNewServerAtOnce)
{
    CannedHttpServer ready;
    ready.setResponse(CannedHttpServer::response(200, "OK", "application/json",
                                                 R"({"status":"ready","version":"9.8.7","schema_version":3})"));
    Ui::ApiClient api;
    api.setBaseUrl(closedPortUrl());
    Ui::HealthMonitor monitor(&api);
    monitor.setInterval(std::chrono::hours(1));
    ASSERT_TRUE(waitForSettledStatus(monitor));

    QList<State> seen;
    QObject::connect(&monitor, &Ui::HealthMonitor::statusChanged, &monitor,
                     [&](const Ui::HealthStatus &status) { seen.append(status.state); });
    api.setBaseUrl(ready.url());

    ASSERT_TRUE(QTest::qWaitFor([&] { return seen.size() == 2; }, 10000));
    EXPECT_EQ(seen, (QList<State>{State::Checking, State::Ready}));
    EXPECT_EQ(str(monitor.status().serverVersion), "9.8.7");
    EXPECT_EQ(monitor.status().schemaVersion, 3);
}

TEST(HealthMonitor, PollsOnIntervalUntilStopped)
{
    CannedHttpServer ready;
    ready.setResponse(CannedHttpServer::response(200, "OK", "application/json",
                                                 R"({"status":"ready","version":"1","schema_version":1})"));
    Ui::ApiClient api;
    api.setBaseUrl(ready.url());
    Ui::HealthMonitor monitor(&api);
    monitor.setInterval(50ms);

    monitor.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return ready.requests().size() >= 3; }, 10000));
    monitor.stop();
    QTest::qWait(500); // lets a check that was in flight land, also on a loaded machine
    const qsizetype afterStop = ready.requests().size();
    QTest::qWait(300);
    EXPECT_EQ(ready.requests().size(), afterStop);
}

TEST(HealthMonitor, StaysNotConnectedWithoutServer)
{
    Ui::ApiClient api;
    Ui::HealthMonitor monitor(&api);
    int changes = 0;
    QObject::connect(&monitor, &Ui::HealthMonitor::statusChanged, &monitor, [&] { ++changes; });

    monitor.start();
    QTest::qWait(100);

    EXPECT_EQ(monitor.status().state, State::NotConnected);
    EXPECT_EQ(changes, 0);
}

TEST(HealthMonitor, CallsNonBackroomAnswerNotReady)
{
    CannedHttpServer other;
    other.setResponse(CannedHttpServer::response(200, "OK", "application/json", R"({"status":"ok"})"));
    Ui::ApiClient api;
    api.setBaseUrl(other.url());
    Ui::HealthMonitor monitor(&api);

    const std::optional<Ui::HealthStatus> status = waitForSettledStatus(monitor);

    ASSERT_TRUE(status);
    EXPECT_EQ(status->state, State::NotReady);
    EXPECT_TRUE(status->reason.contains(u"Backroom server"_s)) << str(status->reason);
}
