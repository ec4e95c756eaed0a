// SPDX-License-Identifier: MIT
// The live event feed: long polls woken by new events, time-outs, after= and types=, permissions, and
// many waiting desktops not starving other requests.
#include "tests/server/apitest.h"
#include "tests/server/webhookreceiver.h"

#include <QDeadlineTimer>

using namespace Backroom;
using namespace Backroom::Test;

namespace {

class EventFeedTest : public ApiTest {
protected:
    void SetUp() override
    {
        ApiTest::SetUp();
        conn = std::make_unique<Server::PgConnection>(db.conninfo());
        token = adminToken();
    }
    QByteArray feedPath(qint64 after, int wait, const QByteArray &types = {})
    {
        return "/api/v1/events?after=" + QByteArray::number(after) + "&wait=" + QByteArray::number(wait)
            + (types.isEmpty() ? QByteArray() : "&types=" + types);
    }
    static QList<qint64> ids(const RawHttp::Response &r)
    {
        QList<qint64> all;
        for (const QJsonValue &v : jsonOf(r).value(QStringLiteral("items")).toArray())
            all.append(v.toObject().value(QStringLiteral("id")).toInteger());
        return all;
    }
    // Sends a feed request on its own connection without waiting for the answer.
    std::unique_ptr<RawHttp> startPoll(const QByteArray &path)
    {
        auto client = std::make_unique<RawHttp>(server->port());
        EXPECT_TRUE(client->send("GET " + path + " HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer " + token + "\r\n\r\n"));
        return client;
    }

    std::unique_ptr<Server::PgConnection> conn;
    QByteArray token;
};

TEST_F(EventFeedTest, WithoutAfterStartsAtTheNewestEvent)
{
    commitEvent(*conn, "ThingHappened", "1");
    const qint64 newest = commitEvent(*conn, "ThingHappened", "2");
    const auto r = get("/api/v1/events", token);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_TRUE(jsonOf(r).value(QStringLiteral("items")).toArray().isEmpty());
    EXPECT_EQ(jsonOf(r).value(QStringLiteral("last_id")).toInteger(), newest);
}

TEST_F(EventFeedTest, AnswersEventsAfterTheGivenIdInOrder)
{
    const qint64 first = commitEvent(*conn, "ThingHappened", "1", R"({"n":1})");
    const qint64 second = commitEvent(*conn, "ThingHappened", "2", R"({"n":2})");
    const qint64 third = commitEvent(*conn, "ThingHappened", "1", R"({"n":3})");
    const auto r = get(feedPath(first, 0), token);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(ids(r), (QList<qint64>{second, third}));
    EXPECT_EQ(jsonOf(r).value(QStringLiteral("last_id")).toInteger(), third);
    const QJsonObject event = jsonOf(r).value(QStringLiteral("items")).toArray().first().toObject();
    EXPECT_EQ(event.value(QStringLiteral("type")).toString(), QStringLiteral("ThingHappened"));
    EXPECT_EQ(event.value(QStringLiteral("aggregate_type")).toString(), QStringLiteral("thing"));
    EXPECT_EQ(event.value(QStringLiteral("aggregate_id")).toString(), QStringLiteral("2"));
    EXPECT_EQ(event.value(QStringLiteral("payload")).toObject().value(QStringLiteral("n")).toInt(), 2);
    EXPECT_FALSE(event.value(QStringLiteral("occurred_at")).toString().isEmpty());
    EXPECT_TRUE(ids(get(feedPath(third, 0), token)).isEmpty());
}

TEST_F(EventFeedTest, TypesFilterKeepsOnlyThoseTypesAndSkipsTheRest)
{
    const qint64 start = commitEvent(*conn, "ThingHappened", "1");
    const qint64 wanted = commitEvent(*conn, "StockLevelLow", "1");
    const qint64 last = commitEvent(*conn, "ThingHappened", "1");
    const auto r = get(feedPath(start, 0, "StockLevelLow,InventoryChanged"), token);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(ids(r), QList<qint64>{wanted});
    // Nothing else of these types exists: the next poll starts after everything looked at.
    EXPECT_EQ(jsonOf(r).value(QStringLiteral("last_id")).toInteger(), last);
}

TEST_F(EventFeedTest, AWaitingPollIsWokenByANewEvent)
{
    const qint64 before = commitEvent(*conn, "ThingHappened", "1");
    auto poll = startPoll(feedPath(before, 30));
    // Waits until the server holds it, so the answer below can only come from the wake-up.
    const QDeadlineTimer deadline(20000);
    while (server->eventFeed()->waiting() < 1 && !deadline.hasExpired())
        QThread::msleep(10);
    ASSERT_EQ(server->eventFeed()->waiting(), 1);
    const qint64 fresh = commitEvent(*conn, "ThingHappened", "9");
    const auto r = poll->read(25000);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(ids(*r), QList<qint64>{fresh});
}

TEST_F(EventFeedTest, AWaitingPollIgnoresOtherTypes)
{
    const qint64 before = commitEvent(*conn, "ThingHappened", "1");
    auto poll = startPoll(feedPath(before, 30, "StockLevelLow"));
    const QDeadlineTimer deadline(20000);
    while (server->eventFeed()->waiting() < 1 && !deadline.hasExpired())
        QThread::msleep(10);
    commitEvent(*conn, "ThingHappened", "2");
    const qint64 wanted = commitEvent(*conn, "StockLevelLow", "2");
    const auto r = poll->read(25000);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(ids(*r), QList<qint64>{wanted});
}

TEST_F(EventFeedTest, ACatalogChangeReachesAWaitingDesktop)
{
    const qint64 start = jsonOf(get("/api/v1/events", token)).value(QStringLiteral("last_id")).toInteger();
    auto poll = startPoll(feedPath(start, 30, "ProductCreated"));
    const auto created = send("POST", "/api/v1/products", token,
                              QJsonObject{{QStringLiteral("title"), QStringLiteral("Enamel mug")},
                                          {QStringLiteral("sku"), QStringLiteral("MUG-FEED")},
                                          {QStringLiteral("price"), QJsonObject{{QStringLiteral("amount"), 1299},
                                                                                {QStringLiteral("currency"), QStringLiteral("GBP")}}}});
    ASSERT_EQ(created.status, 201) << created.body.constData();
    const auto r = poll->read(25000);
    ASSERT_TRUE(r.has_value());
    const QJsonArray items = jsonOf(*r).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 1) << r->body.constData();
    EXPECT_EQ(items.first().toObject().value(QStringLiteral("aggregate_id")).toString(),
              jsonOf(created).value(QStringLiteral("id")).toString());
}

TEST_F(EventFeedTest, ATimedOutPollAnswersNoItems)
{
    const qint64 last = commitEvent(*conn, "ThingHappened", "1");
    const auto r = get(feedPath(last, 1), token);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_TRUE(jsonOf(r).value(QStringLiteral("items")).toArray().isEmpty());
    EXPECT_EQ(jsonOf(r).value(QStringLiteral("last_id")).toInteger(), last);
    EXPECT_EQ(server->eventFeed()->waiting(), 0);
}

TEST_F(EventFeedTest, RefusesBadParameters)
{
    for (const char *path : {"/api/v1/events?after=-1", "/api/v1/events?after=x", "/api/v1/events?after=1&wait=31",
                             "/api/v1/events?after=1&wait=-1", "/api/v1/events?after=1&types=drop;table"}) {
        const auto r = get(path, token);
        EXPECT_EQ(r.status, 422) << path;
        EXPECT_FALSE(firstErrorField(r).isEmpty()) << path;
    }
}

TEST_F(EventFeedTest, OnlyStaffMayFollow)
{
    EXPECT_EQ(get("/api/v1/events").status, 401);
    EXPECT_EQ(get("/api/v1/events", customer(QStringLiteral("shopper@feed.test"))).status, 403);
    createStaff(QStringLiteral("vendor@feed.test"), {QStringLiteral("vendor")});
    EXPECT_EQ(get("/api/v1/events", signIn(QStringLiteral("vendor@feed.test"), QStringLiteral("staff secret 1"))).status, 403);
    createStaff(QStringLiteral("picker@feed.test"), {QStringLiteral("warehouse")});
    EXPECT_EQ(get("/api/v1/events", signIn(QStringLiteral("picker@feed.test"), QStringLiteral("staff secret 1"))).status, 200);
}

TEST_F(EventFeedTest, ManyWaitingPollsDoNotStarveOtherRequests)
{
    constexpr int desktops = 200;
    const qint64 before = commitEvent(*conn, "ThingHappened", "1");
    std::vector<std::unique_ptr<RawHttp>> polls;
    for (int i = 0; i < desktops; ++i)
        polls.push_back(startPoll(feedPath(before, 30)));
    const QDeadlineTimer deadline(30000);
    while (server->eventFeed()->waiting() < desktops && !deadline.hasExpired())
        QThread::msleep(20);
    ASSERT_EQ(server->eventFeed()->waiting(), desktops);

    // Every poll is waiting, yet other requests, reads and writes, are answered.
    EXPECT_EQ(get("/healthz").status, 200);
    EXPECT_EQ(get("/api/v1/webhooks", token).status, 200);
    EXPECT_EQ(server->eventFeed()->waiting(), desktops);

    const qint64 fresh = commitEvent(*conn, "ThingHappened", "2");
    int woken = 0;
    for (auto &poll : polls) {
        const auto r = poll->read(25000);
        if (r && r->status == 200 && ids(*r) == QList<qint64>{fresh})
            ++woken;
    }
    EXPECT_EQ(woken, desktops);
}

TEST_F(EventFeedTest, StoppingTheServerAnswersWaitingPolls)
{
    const qint64 before = commitEvent(*conn, "ThingHappened", "1");
    auto poll = startPoll(feedPath(before, 30));
    const QDeadlineTimer deadline(20000);
    while (server->eventFeed()->waiting() < 1 && !deadline.hasExpired())
        QThread::msleep(10);
    server->stop();
    const auto r = poll->read(10000);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 200);
    EXPECT_TRUE(ids(*r).isEmpty());
}

} // namespace
