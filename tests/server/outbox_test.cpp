// SPDX-License-Identifier: MIT
// The outbox dispatcher: order per aggregate, instances sharing the work, refused events retried without
// holding up others, and the real server killed again and again while events are committed.
#include "tests/server/serverfixture.h"
#include "tests/server/webhookreceiver.h"
#include "tests/support/testserver.h"

#include "server/events/outboxdispatcher.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <set>
#include <thread>

using namespace Backroom;
using namespace Backroom::Test;
using Server::OutboxEvent;
using Server::PgConnection;
using Server::PgExpected;

namespace {

// Records each event it applies in consumer_effects, in the dispatcher's transaction, keyed by event id so
// a repeat has no effect; events of aggregate "bad" (or only the event refusedEvent, when set) are refused
// the first `refusals` times, after writing an attempt that the refusal must take back.
class RecordingConsumer : public Server::OutboxConsumer {
public:
    explicit RecordingConsumer(int refusals = 0, qint64 refusedEvent = 0)
        : m_refusals(refusals)
        , m_refusedEvent(refusedEvent)
    {
    }
    QString name() const override { return QStringLiteral("test_recorder"); }
    bool wants(const QString &type) const override { return type != u"Ignored"; }
    PgExpected<void> apply(PgConnection &c, const OutboxEvent &event) override
    {
        ++calls;
        if (auto attempt = c.exec("INSERT INTO consumer_attempts (event_id) VALUES ($1)", {QByteArray::number(event.id)});
            !attempt)
            return std::unexpected(attempt.error());
        const bool refusable = m_refusedEvent ? event.id == m_refusedEvent : event.aggregateId == u"bad";
        if (refusable && m_refusals.fetch_sub(1) > 0)
            return std::unexpected(Server::PgError::refusal(Domain::Error::unavailable(QStringLiteral("not yet"))));
        auto done = c.exec("INSERT INTO consumer_effects (event_id, aggregate_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                           {QByteArray::number(event.id), event.aggregateId.toUtf8()});
        if (!done)
            return std::unexpected(done.error());
        return {};
    }
    std::atomic<int> calls{0};

private:
    std::atomic<int> m_refusals;
    qint64 m_refusedEvent;
};

class OutboxTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.isValid()) << db.error().toStdString();
        Server::Log::configure(Server::Log::Format::Text, Server::Log::Level::Error);
        conn = std::make_unique<PgConnection>(db.conninfo());
        ASSERT_TRUE(conn->execScript("CREATE TABLE consumer_effects (event_id bigint PRIMARY KEY, aggregate_id text NOT NULL, "
                                     "seq bigint GENERATED ALWAYS AS IDENTITY); "
                                     "CREATE TABLE consumer_attempts (event_id bigint NOT NULL)")
                        .has_value());
    }
    qint64 effects()
    {
        auto r = conn->exec("SELECT count(*) FROM consumer_effects");
        return r ? r->toInt64(0, 0) : -1;
    }
    bool waitForEffects(qint64 count)
    {
        const QDeadlineTimer deadline(60000);
        while (effects() < count && !deadline.hasExpired())
            QThread::msleep(20);
        return effects() == count;
    }
    // For each aggregate, the event ids in the order their effects were made; must be ascending.
    void expectOrderPerAggregate()
    {
        auto r = conn->exec("SELECT aggregate_id, array_agg(event_id ORDER BY seq) = array_agg(event_id ORDER BY event_id) "
                            "FROM consumer_effects GROUP BY aggregate_id");
        ASSERT_TRUE(r.has_value());
        ASSERT_GT(r->rows(), 0);
        for (int i = 0; i < r->rows(); ++i)
            EXPECT_EQ(r->value(i, 1), "t") << "aggregate " << r->text(i, 0).toStdString() << " out of order";
    }
    static Server::OutboxDispatcher::Options fastOptions()
    {
        Server::OutboxDispatcher::Options o;
        o.firstRetryDelay = std::chrono::milliseconds(50);
        o.maxRetryDelay = std::chrono::milliseconds(200);
        o.eventsPerAggregate = 5; // so instances interleave
        return o;
    }

    TestDatabase db;
    std::unique_ptr<PgConnection> conn;
};

TEST_F(OutboxTest, InstancesShareTheWorkAndKeepEachAggregateInOrder)
{
    RecordingConsumer one, two;
    Server::OutboxDispatcher first(db.conninfo(), fastOptions());
    Server::OutboxDispatcher second(db.conninfo(), fastOptions());
    first.addConsumer(&one);
    second.addConsumer(&two);
    first.start();
    second.start();
    int committed = 0;
    for (int i = 0; i < 300; ++i) {
        const QByteArray type = i % 10 == 0 ? "Ignored" : "ThingHappened";
        ASSERT_GT(commitEvent(*conn, type, QByteArray::number(i % 7)), 0);
        committed += type != "Ignored";
    }
    ASSERT_TRUE(waitForEffects(committed));
    expectOrderPerAggregate();
    // Nothing crashed, so nothing was applied twice, and ignored types were never applied.
    EXPECT_EQ(one.calls + two.calls, committed);
    QByteArray metrics;
    first.writeMetrics(metrics);
    EXPECT_TRUE(metrics.contains("backroom_outbox_events_processed_total{consumer=\"test_recorder\"}"));
}

TEST_F(OutboxTest, ARefusedEventIsRetriedWithoutHoldingUpOtherAggregates)
{
    RecordingConsumer consumer(3);
    Server::OutboxDispatcher dispatcher(db.conninfo(), fastOptions());
    dispatcher.addConsumer(&consumer);
    const qint64 badFirst = commitEvent(*conn, "ThingHappened", "bad");
    const qint64 badSecond = commitEvent(*conn, "ThingHappened", "bad");
    for (int i = 0; i < 20; ++i)
        commitEvent(*conn, "ThingHappened", "good");
    dispatcher.start();
    ASSERT_TRUE(waitForEffects(22));
    expectOrderPerAggregate();
    auto r = conn->exec("SELECT event_id FROM consumer_effects WHERE aggregate_id = 'bad' ORDER BY seq");
    ASSERT_TRUE(r && r->rows() == 2);
    EXPECT_EQ(r->toInt64(0, 0), badFirst);
    EXPECT_EQ(r->toInt64(1, 0), badSecond);
    EXPECT_EQ(consumer.calls, 22 + 3);
    auto stream = conn->exec("SELECT failures, last_error FROM outbox_streams WHERE aggregate_id = 'bad'");
    ASSERT_TRUE(stream && stream->rows() == 1);
    EXPECT_EQ(stream->toInt64(0, 0), 0);
    EXPECT_TRUE(stream->isNull(0, 1));
}

// Events waiting together go in one transaction; one refused in the middle takes back only its own writes.
TEST_F(OutboxTest, ARefusedEventInABatchKeepsTheEventsBeforeItAndLosesItsOwnWrites)
{
    QList<qint64> ids;
    for (int i = 0; i < 7; ++i)
        ids.append(commitEvent(*conn, "ThingHappened", "mixed"));
    RecordingConsumer consumer(2, ids[3]);
    Server::OutboxDispatcher dispatcher(db.conninfo(), fastOptions()); // eventsPerAggregate 5: two batches
    dispatcher.addConsumer(&consumer);
    dispatcher.start();
    ASSERT_TRUE(waitForEffects(7));
    expectOrderPerAggregate();
    // The three before the refused one were applied once, not again with each retry.
    EXPECT_EQ(consumer.calls, 7 + 2);
    auto attempts = conn->exec("SELECT event_id, count(*) FROM consumer_attempts GROUP BY event_id ORDER BY event_id");
    ASSERT_TRUE(attempts && attempts->rows() == 7);
    for (int i = 0; i < 7; ++i) {
        EXPECT_EQ(attempts->toInt64(i, 0), ids[i]);
        EXPECT_EQ(attempts->toInt64(i, 1), 1) << "the refused attempts' writes of event " << ids[i] << " were kept";
    }
}

TEST_F(OutboxTest, NotifiedEventsArriveWithoutPolling)
{
    RecordingConsumer consumer;
    auto options = fastOptions();
    options.pollInterval = std::chrono::hours(1); // only the NOTIFY can wake it
    Server::OutboxDispatcher dispatcher(db.conninfo(), options);
    dispatcher.addConsumer(&consumer);
    dispatcher.start();
    // Let the first (empty) round pass, so the event below is found only through the wake-up.
    QThread::msleep(300);
    commitEvent(*conn, "ThingHappened", "1");
    EXPECT_TRUE(waitForEffects(1));
}

// One aggregate written by transactions that do not serialise on it (stock of one SKU in two warehouses):
// the lower id commits last. The dispatcher must not apply the higher one first, or it moves the
// aggregate past the lower one and never applies it.
TEST_F(OutboxTest, AnEventCommittedPastAnOpenOneOfTheSameAggregateWaitsForIt)
{
    RecordingConsumer consumer;
    Server::OutboxDispatcher dispatcher(db.conninfo(), fastOptions());
    dispatcher.addConsumer(&consumer);
    dispatcher.start();
    PgConnection open(db.conninfo());
    ASSERT_TRUE(open.exec("BEGIN").has_value());
    const qint64 lower = commitEvent(open, "ThingHappened", "same");
    const qint64 higher = commitEvent(*conn, "ThingHappened", "same");
    ASSERT_LT(lower, higher);
    // Time for the dispatcher to go wrong if it can; it must not apply anything while the lower one is open.
    const QDeadlineTimer window(2000);
    while (effects() == 0 && !window.hasExpired())
        QThread::msleep(20);
    EXPECT_EQ(effects(), 0);
    ASSERT_TRUE(open.exec("COMMIT").has_value());
    ASSERT_TRUE(waitForEffects(2));
    expectOrderPerAggregate();
}

// The real server, killed with SIGKILL again and again while a writer commits (and rolls back) events;
// a webhook receiver records what arrives. Every committed event arrives, none rolled back does, and a
// repeat is recognisable by its event id.
TEST(OutboxKill, EveryCommittedEventArrivesDespiteKills)
{
    Server::Log::configure(Server::Log::Format::Text, Server::Log::Level::Error);
    WebhookReceiver receiver([](int n) { return n % 17 == 5 ? 500 : 200; });
    ASSERT_TRUE(receiver.started);
    TestServer server;
    const QStringList args{QStringLiteral("--allow-private-webhooks"), QStringLiteral("on"),
                           QStringLiteral("--webhook-retry-delay"), QStringLiteral("50ms"),
                           QStringLiteral("--webhook-timeout"), QStringLiteral("2s")};
    ASSERT_TRUE(server.start(args)) << server.output().toStdString();
    const QByteArray conninfo = server.database()->conninfo();
    PgConnection setup(conninfo);
    ASSERT_TRUE(setup.exec("INSERT INTO webhook_subscriptions (url, event_types, secret) VALUES ($1, '{*}', 'whsec_test')",
                           {receiver.url().toUtf8()})
                    .has_value());

    std::mutex mutex;
    std::set<qint64> committed;
    std::set<qint64> rolledBack;
    std::atomic<bool> writing{true};
    std::thread writer([&] {
        PgConnection c(conninfo);
        auto *random = QRandomGenerator::global();
        for (int i = 0; i < 400; ++i) {
            if (!c.execScript("BEGIN"))
                continue;
            const qint64 id = commitEvent(c, "ThingHappened", QByteArray::number(i % 9),
                                          "{\"seq\":" + QByteArray::number(i) + "}");
            if (random->bounded(4) == 0) {
                c.execScript("ROLLBACK");
                const std::lock_guard lock(mutex);
                rolledBack.insert(id);
            } else if (id > 0 && c.execScript("COMMIT")) {
                const std::lock_guard lock(mutex);
                committed.insert(id);
            }
            QThread::msleep(5); // spread over several kills
        }
        writing = false;
    });
    int kills = 0;
    while (writing.load() || kills < 5) {
        QThread::msleep(150 + QRandomGenerator::global()->bounded(300));
        server.kill();
        ++kills;
        ASSERT_TRUE(server.start(args)) << server.output().toStdString();
    }
    writer.join();
    ASSERT_FALSE(committed.empty());

    auto delivered = [&] {
        std::set<qint64> ids;
        for (const auto &r : receiver.received())
            ids.insert(r.eventId.toLongLong());
        return ids;
    };
    receiver.waitUntil([&](const auto &) { return delivered() == committed; }, 120000);
    const std::set<qint64> arrived = delivered();
    EXPECT_EQ(arrived, committed) << "kills: " << kills;
    for (qint64 id : rolledBack)
        EXPECT_FALSE(arrived.contains(id)) << "event " << id << " of a rolled-back transaction arrived";
    // Repeats are possible (at least once) but carry the same event id, so the receiver's effect is once.
    EXPECT_GE(receiver.received().size(), qsizetype(committed.size()));
    RecordProperty("kills", kills);
    RecordProperty("posts", int(receiver.received().size()));
    RecordProperty("events", int(committed.size()));

    // The fan-out saw each aggregate's events in order: delivery ids rise with event ids.
    auto order = setup.exec("SELECT o.aggregate_id, array_agg(d.event_id ORDER BY d.id) = array_agg(d.event_id ORDER BY d.event_id) "
                            "FROM webhook_deliveries d JOIN outbox o ON o.id = d.event_id WHERE NOT d.replayed "
                            "GROUP BY o.aggregate_id");
    ASSERT_TRUE(order.has_value());
    for (int i = 0; i < order->rows(); ++i)
        EXPECT_EQ(order->value(i, 1), "t") << "aggregate " << order->text(i, 0).toStdString();
    auto once = setup.exec("SELECT count(*), count(DISTINCT event_id) FROM webhook_deliveries WHERE NOT replayed");
    ASSERT_TRUE(once.has_value());
    EXPECT_EQ(once->toInt64(0, 0), once->toInt64(0, 1)) << "the fan-out made one delivery per event";
    EXPECT_EQ(once->toInt64(0, 0), qint64(committed.size()));
}

} // namespace
