// SPDX-License-Identifier: MIT
// PgPipeline: many statements in flight on one connection, answered in order on the caller's thread.
#include "server/store/pgpipeline.h"
#include "tests/server/serverfixture.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;

class Pipeline : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(db.isValid()) << db.error().toStdString(); }
    // Runs this thread's event loop until answered reaches count; the deadline only keeps a hang from
    // stalling the run.
    void waitFor(const int &answered, int count)
    {
        QDeadlineTimer guard(30000);
        while (answered < count && !guard.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        ASSERT_EQ(answered, count);
    }
    TestDatabase db;
};

TEST_F(Pipeline, AnswersManyStatementsInFlightInTheOrderSent)
{
    PgPipeline pipeline(db.conninfo());
    QList<QByteArray> answers;
    int answered = 0;
    for (int i = 0; i < 200; ++i) {
        // Two statements interleaved: each is prepared on first use, in the pipeline itself.
        const QByteArray sql = i % 2 ? "SELECT $1::int * 2" : "SELECT $1::text || '!'";
        pipeline.exec(sql, {QByteArray::number(i)}, [&answers, &answered](PgExpected<PgResult> rows) {
            answers.append(rows ? rows->value(0, 0).toByteArray() : QByteArray("error"));
            ++answered;
        });
    }
    EXPECT_GT(pipeline.pending(), 1) << "sent without waiting for the answers";
    waitFor(answered, 200);
    for (int i = 0; i < 200; ++i)
        EXPECT_EQ(answers.value(i), i % 2 ? QByteArray::number(i * 2) : QByteArray::number(i) + '!') << i;
    EXPECT_EQ(pipeline.pending(), 0);
}

// While a group of statements is with PostgreSQL, the statements of the following turns of the event loop
// wait and go out together when its answers arrive.
TEST_F(Pipeline, StatementsSentWhileAGroupIsAnsweredGoOutTogetherAfterIt)
{
    PgPipeline pipeline(db.conninfo());
    const QByteArray sql = "SELECT pg_sleep($1::float8)";
    QList<int> order;
    int answered = 0;
    const auto record = [&](int i) {
        return [&order, &answered, i](PgExpected<PgResult> rows) {
            EXPECT_TRUE(rows.has_value()) << i;
            order.append(i);
            ++answered;
        };
    };
    pipeline.exec(sql, {"0"}, record(0)); // prepared here, on a sync point of its own
    waitFor(answered, 1);
    const quint64 before = pipeline.syncPoints();
    pipeline.exec(sql, {"0.3"}, record(1));
    for (int i = 2; i <= 11; ++i) {
        QCoreApplication::processEvents(); // a turn of the loop: what was sent before goes out, or waits
        pipeline.exec(sql, {"0"}, record(i));
    }
    waitFor(answered, 12);
    EXPECT_EQ(pipeline.syncPoints() - before, 2u) << "one group for the slow statement, one for the ten after it";
    for (int i = 0; i < order.size(); ++i)
        EXPECT_EQ(order[i], i);
    // An idle connection sends at once: a statement alone is answered without waiting for anything.
    pipeline.exec(sql, {"0"}, record(12));
    waitFor(answered, 13);
    EXPECT_EQ(pipeline.syncPoints() - before, 3u);
}

TEST_F(Pipeline, AFailingStatementFailsAloneWithItsError)
{
    PgPipeline pipeline(db.conninfo());
    QList<std::optional<Domain::ErrorCode>> outcomes;
    int answered = 0;
    const auto record = [&](PgExpected<PgResult> rows) {
        outcomes.append(rows ? std::nullopt : std::optional(rows.error().error.code));
        ++answered;
    };
    pipeline.exec("SELECT 1", {}, record);
    pipeline.exec("SELECT $1::int", {"not a number"}, record);
    pipeline.exec("SELECT * FROM no_such_table", {}, record);
    pipeline.exec("SELECT 2", {}, record);
    waitFor(answered, 4);
    ASSERT_EQ(outcomes.size(), 4);
    EXPECT_EQ(outcomes[0], std::nullopt);
    EXPECT_EQ(outcomes[1], Domain::ErrorCode::Validation);
    EXPECT_EQ(outcomes[2], Domain::ErrorCode::Internal) << "a statement that cannot be prepared is an error of its own";
    EXPECT_EQ(outcomes[3], std::nullopt) << "the statements after a failure still run";
}

TEST_F(Pipeline, AStatementThatFailsInsideItsGroupFailsAlone)
{
    PgPipeline pipeline(db.conninfo());
    int answered = 0;
    pipeline.exec("SELECT $1::int + 1", {"0"}, [&](PgExpected<PgResult>) { ++answered; }); // prepared now
    waitFor(answered, 1);
    // Sent in one turn of the loop, so they share a sync point and the failure aborts its neighbours there.
    const QList<QByteArray> inputs{"1", "2", "three", "4", "5"};
    QList<QByteArray> answers;
    for (const QByteArray &input : inputs) {
        pipeline.exec("SELECT $1::int + 1", {input}, [&](PgExpected<PgResult> rows) {
            answers.append(rows ? rows->value(0, 0).toByteArray() : QByteArray("error"));
            ++answered;
        });
    }
    EXPECT_EQ(pipeline.pending(), inputs.size()) << "no sync point until this turn of the loop is over";
    waitFor(answered, 1 + int(inputs.size()));
    EXPECT_EQ(answers, (QList<QByteArray>{"2", "3", "error", "5", "6"}))
        << "the statements after the failing one are sent again and answered, in order";
    EXPECT_EQ(pipeline.pending(), 0);
}

TEST_F(Pipeline, ReconnectsWhenTheServerEndedItsIdleConnection)
{
    PgPipeline pipeline(db.conninfo());
    int answered = 0;
    QByteArray backend;
    pipeline.exec("SELECT pg_backend_pid()", {}, [&](PgExpected<PgResult> rows) {
        ASSERT_TRUE(rows.has_value());
        backend = rows->value(0, 0).toByteArray();
        ++answered;
    });
    waitFor(answered, 1);
    PgConnection admin(db.conninfo());
    ASSERT_TRUE(admin.exec("SELECT pg_terminate_backend($1::int)", {backend}));
    // Gone before the next statement, and nothing read meanwhile: the pipeline learns it only when it sends.
    QDeadlineTimer guard(30000);
    while (!guard.hasExpired()) {
        auto left = admin.exec("SELECT count(*) FROM pg_stat_activity WHERE pid = $1::int", {backend});
        if (left && left->toInt64(0, 0) == 0)
            break;
        QThread::msleep(10);
    }
    QByteArray after;
    pipeline.exec("SELECT pg_backend_pid()", {}, [&](PgExpected<PgResult> rows) {
        EXPECT_TRUE(rows.has_value()) << "a connection the server closed while idle is replaced before sending";
        after = rows ? rows->value(0, 0).toByteArray() : QByteArray();
        ++answered;
    });
    waitFor(answered, 2);
    EXPECT_FALSE(after.isEmpty());
    EXPECT_NE(after, backend);
}
