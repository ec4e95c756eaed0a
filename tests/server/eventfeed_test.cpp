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

// Ids are drawn before commit: an event with a lower id can commit after one with a higher id. The feed
// must hold the higher one back until the lower one's transaction ends, or a follower at after=higher
// never sees the lower one.
TEST_F(EventFeedTest, AnEventCommittedPastAnOpenOneWaitsForIt)
{
    const qint64 start = commitEvent(*conn, "ThingHappened", "0");
    // The later writer has the older transaction id (an earlier write), so ordering by writer xid alone
    // would not do either.
    Server::PgConnection later(db.conninfo()), open(db.conninfo());
    ASSERT_TRUE(later.exec("BEGIN").has_value());
    ASSERT_TRUE(later.exec("SELECT pg_current_xact_id()").has_value());
    ASSERT_TRUE(open.exec("BEGIN").has_value());
    const qint64 lower = commitEvent(open, "ThingHappened", "1");
    const qint64 higher = commitEvent(later, "ThingHappened", "2");
    ASSERT_TRUE(later.exec("COMMIT").has_value());
    ASSERT_LT(lower, higher);

    EXPECT_TRUE(ids(get(feedPath(start, 0), token)).isEmpty());
    // A waiting poll is not answered with the higher one either, however often it looks.
    const auto waited = get(feedPath(start, 1), token);
    ASSERT_EQ(waited.status, 200) << waited.body.constData();
    EXPECT_TRUE(ids(waited).isEmpty()) << waited.body.constData();
    EXPECT_EQ(jsonOf(waited).value(QStringLiteral("last_id")).toInteger(), start);
    // A new follower starts before the open one.
    EXPECT_LT(jsonOf(get("/api/v1/events", token)).value(QStringLiteral("last_id")).toInteger(), lower);

    auto poll = startPoll(feedPath(start, 30));
    const QDeadlineTimer deadline(20000);
    while (server->eventFeed()->waiting() < 1 && !deadline.hasExpired())
        QThread::msleep(10);
    ASSERT_TRUE(open.exec("COMMIT").has_value());
    // Following by after= from here sees both, in id order, nothing skipped.
    QList<qint64> seen;
    qint64 after = start;
    for (int round = 0; round < 10 && seen.size() < 2; ++round) {
        const auto r = round == 0 ? poll->read(25000) : std::optional(get(feedPath(after, 5), token));
        ASSERT_TRUE(r.has_value());
        ASSERT_EQ(r->status, 200) << r->body.constData();
        seen += ids(*r);
        after = jsonOf(*r).value(QStringLiteral("last_id")).toInteger();
    }
    EXPECT_EQ(seen, (QList<qint64>{lower, higher}));
}

// Only transactions writing events can hide one: a long write elsewhere in the shop (a transaction that
// writes no event) or in another database of the cluster does not hold the feed back.
TEST_F(EventFeedTest, TransactionsThatWriteNoEventsDoNotHoldTheFeedBack)
{
    const qint64 start = commitEvent(*conn, "ThingHappened", "0");
    // The last dbname of a conninfo string wins: the cluster's own database.
    Server::PgConnection elsewhere(db.conninfo()), otherDatabase(db.conninfo() + " dbname=postgres");
    ASSERT_TRUE(elsewhere.exec("CREATE TEMPORARY TABLE other_work (n int)").has_value());
    ASSERT_TRUE(elsewhere.exec("BEGIN").has_value());
    ASSERT_TRUE(elsewhere.exec("INSERT INTO other_work VALUES (1)").has_value());
    // Another database's writer, even one writing an outbox of its own: like another test on the cluster.
    ASSERT_TRUE(otherDatabase.exec("CREATE TEMPORARY TABLE outbox (n int)").has_value());
    ASSERT_TRUE(otherDatabase.exec("BEGIN").has_value());
    ASSERT_TRUE(otherDatabase.exec("INSERT INTO outbox VALUES (1)").has_value());
    ASSERT_EQ(otherDatabase.exec("SELECT current_database()")->text(0, 0), QStringLiteral("postgres"));
    const qint64 fresh = commitEvent(*conn, "ThingHappened", "1");
    EXPECT_EQ(ids(get(feedPath(start, 0), token)), QList<qint64>{fresh});
    ASSERT_TRUE(elsewhere.exec("ROLLBACK").has_value());
    ASSERT_TRUE(otherDatabase.exec("ROLLBACK").has_value());
}

// The same for a follower that filters by type: skipping what it does not want must not skip an open event.
TEST_F(EventFeedTest, AFilteredFollowerDoesNotSkipAnOpenEvent)
{
    const qint64 start = commitEvent(*conn, "ThingHappened", "0");
    Server::PgConnection open(db.conninfo());
    ASSERT_TRUE(open.exec("BEGIN").has_value());
    const qint64 lower = commitEvent(open, "StockLevelLow", "1");
    commitEvent(*conn, "ThingHappened", "2");
    const auto r = get(feedPath(start, 0, "StockLevelLow"), token);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_TRUE(ids(r).isEmpty());
    const qint64 next = jsonOf(r).value(QStringLiteral("last_id")).toInteger();
    EXPECT_LT(next, lower);
    ASSERT_TRUE(open.exec("COMMIT").has_value());
    EXPECT_EQ(ids(get(feedPath(next, 5, "StockLevelLow"), token)), QList<qint64>{lower});
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
