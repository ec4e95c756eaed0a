// SPDX-License-Identifier: MIT
#include "server/store/transaction.h"
#include "tests/server/serverfixture.h"

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;

class Store : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.isValid()) << db.error().toStdString();
        ASSERT_TRUE(conn.execScript("CREATE TABLE items (id bigint PRIMARY KEY, name text NOT NULL CHECK (name <> ''))"));
    }
    TestDatabase db;
    PgConnection conn{db.conninfo()};
};

TEST_F(Store, BindsValuesAsParametersNeverAsSql)
{
    const QByteArray hostile = "x'); DROP TABLE items; --";
    ASSERT_TRUE(conn.exec("INSERT INTO items (id, name) VALUES ($1, $2)", {"1", hostile}));
    auto rows = conn.exec("SELECT name FROM items WHERE id = $1", {"1"});
    ASSERT_TRUE(rows.has_value());
    EXPECT_EQ(rows->value(0, 0), hostile);
}

TEST_F(Store, PassesNullsAsSqlNull)
{
    auto rows = conn.exec("SELECT $1::text IS NULL", {std::nullopt});
    ASSERT_TRUE(rows.has_value());
    EXPECT_EQ(rows->value(0, 0), "t");
}

TEST_F(Store, MapsAUniqueViolationToConflict)
{
    ASSERT_TRUE(conn.exec("INSERT INTO items (id, name) VALUES ($1, $2)", {"1", "a"}));
    auto dup = conn.exec("INSERT INTO items (id, name) VALUES ($1, $2)", {"1", "b"});
    ASSERT_FALSE(dup.has_value());
    EXPECT_EQ(dup.error().sqlstate, "23505");
    EXPECT_EQ(dup.error().error.code, Domain::ErrorCode::Conflict);
}

TEST_F(Store, MapsACheckViolationToValidation)
{
    auto bad = conn.exec("INSERT INTO items (id, name) VALUES ($1, $2)", {"1", ""});
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(bad.error().error.code, Domain::ErrorCode::Validation);
}

TEST_F(Store, RollsBackUnlessCommitted)
{
    {
        Transaction tx(conn);
        ASSERT_TRUE(tx.begin());
        ASSERT_TRUE(conn.exec("INSERT INTO items (id, name) VALUES ($1, $2)", {"1", "a"}));
    }
    EXPECT_EQ(conn.exec("SELECT count(*) FROM items")->value(0, 0), "0");
    {
        Transaction tx(conn);
        ASSERT_TRUE(tx.begin());
        ASSERT_TRUE(conn.exec("INSERT INTO items (id, name) VALUES ($1, $2)", {"2", "b"}));
        ASSERT_TRUE(tx.commit());
    }
    EXPECT_EQ(conn.exec("SELECT count(*) FROM items")->value(0, 0), "1");
}

TEST_F(Store, RetriesTheWholeUnitOnSerializationFailure)
{
    ASSERT_TRUE(conn.execScript("CREATE TABLE attempts (n int); INSERT INTO attempts VALUES (0);"
                                "CREATE FUNCTION flaky() RETURNS void LANGUAGE plpgsql AS $$ BEGIN "
                                "IF (SELECT n FROM attempts) < 3 THEN "
                                "  RAISE EXCEPTION 'simulated' USING ERRCODE = '40001'; END IF; END $$;"));
    PgConnection other(db.conninfo());
    int calls = 0;
    auto result = runInTransaction<int>(conn, [&](PgConnection &c) -> PgExpected<int> {
        ++calls;
        // Counted outside the transaction, so the count survives the rollbacks.
        if (auto bumped = other.exec("UPDATE attempts SET n = n + 1"); !bumped)
            return std::unexpected(bumped.error());
        if (auto r = c.exec("SELECT flaky()"); !r)
            return std::unexpected(r.error());
        if (auto r = c.exec("INSERT INTO items (id, name) VALUES ($1, $2)", {"9", "done"}); !r)
            return std::unexpected(r.error());
        return 7;
    });
    ASSERT_TRUE(result.has_value()) << result.error().message.toStdString();
    EXPECT_EQ(*result, 7);
    EXPECT_EQ(calls, 3);
    EXPECT_EQ(conn.exec("SELECT count(*) FROM items")->value(0, 0), "1");
}

TEST_F(Store, DoesNotRetryOtherFailures)
{
    int calls = 0;
    auto result = runInTransaction<void>(conn, [&](PgConnection &c) -> PgExpected<void> {
        ++calls;
        auto r = c.exec("INSERT INTO items (id, name) VALUES ($1, $2)", {"1", ""});
        if (!r)
            return std::unexpected(r.error());
        return {};
    });
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, Domain::ErrorCode::Validation);
    EXPECT_EQ(calls, 1);
}

TEST_F(Store, ReportsAnUnreachableDatabaseAsUnavailable)
{
    PgConnection nowhere("host=/nonexistent-socket-dir port=1 dbname=x connect_timeout=1");
    auto r = nowhere.exec("SELECT 1");
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().error.code, Domain::ErrorCode::Unavailable);
    // Within the back-off the next attempt fails at once instead of trying again.
    auto again = nowhere.exec("SELECT 1");
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().serverMessage, QStringLiteral("reconnect back-off"));
}

TEST_F(Store, NestsAUnitInsideAnotherAsASavepoint)
{
    const auto insert = [](PgConnection &c, const char *id) {
        return c.exec("INSERT INTO items (id, name) VALUES ($1, 'x')", {QByteArray(id)});
    };
    // The inner unit fails and rolls back alone; the outer one goes on and commits what it did.
    auto outer = runInTransaction<void>(conn, [&](PgConnection &c) -> PgExpected<void> {
        if (auto r = insert(c, "1"); !r)
            return std::unexpected(r.error());
        auto inner = runInTransaction<void>(c, [&](PgConnection &c2) -> PgExpected<void> {
            if (auto r = insert(c2, "2"); !r)
                return std::unexpected(r.error());
            if (auto r = insert(c2, "1"); !r) // duplicate key
                return std::unexpected(r.error());
            return {};
        });
        EXPECT_FALSE(inner.has_value());
        if (auto r = insert(c, "3"); !r)
            return std::unexpected(r.error());
        return {};
    });
    ASSERT_TRUE(outer.has_value()) << outer.error().message.toStdString();
    EXPECT_EQ(conn.exec("SELECT string_agg(id::text, ',' ORDER BY id) FROM items")->value(0, 0), "1,3");

    // The inner unit commits, the outer one then fails: nothing of either stays.
    auto failed = runInTransaction<void>(conn, [&](PgConnection &c) -> PgExpected<void> {
        auto inner = runInTransaction<void>(c, [&](PgConnection &c2) -> PgExpected<void> {
            if (auto r = insert(c2, "4"); !r)
                return std::unexpected(r.error());
            return {};
        });
        EXPECT_TRUE(inner.has_value());
        return std::unexpected(PgError::refusal(Domain::Error::conflict(QStringLiteral("changed my mind"))));
    });
    EXPECT_FALSE(failed.has_value());
    EXPECT_EQ(conn.exec("SELECT count(*) FROM items WHERE id = 4")->value(0, 0), "0");
    EXPECT_EQ(PQtransactionStatus(conn.handle()), PQTRANS_IDLE);
}

TEST_F(Store, SendsAStatementLeftForLaterWithTheUnitsNextOneOrItsCommit)
{
    const auto later = [](PgConnection &c, const char *id, const char *name = "x") {
        return c.execLater("INSERT INTO items (id, name) VALUES ($1, $2)", {QByteArray(id), QByteArray(name)});
    };
    // Outside a unit there is nothing to wait for: it runs at once.
    ASSERT_TRUE(later(conn, "1"));
    EXPECT_EQ(conn.exec("SELECT count(*) FROM items")->value(0, 0), "1");

    // Inside, it goes out with the next statement, which sees it, and commits with the unit.
    auto done = runInTransaction<QByteArray>(conn, [&](PgConnection &c) -> PgExpected<QByteArray> {
        if (auto r = later(c, "2"); !r)
            return std::unexpected(r.error());
        auto seen = c.exec("SELECT string_agg(id::text, ',' ORDER BY id) FROM items");
        if (!seen)
            return std::unexpected(seen.error());
        if (auto r = later(c, "3"); !r) // left for the COMMIT
            return std::unexpected(r.error());
        return seen->value(0, 0).toByteArray();
    });
    ASSERT_TRUE(done.has_value()) << done.error().message.toStdString();
    EXPECT_EQ(*done, "1,2");
    EXPECT_EQ(conn.exec("SELECT string_agg(id::text, ',' ORDER BY id) FROM items")->value(0, 0), "1,2,3");

    // A unit that gives up never sends what it left waiting.
    auto refused = runInTransaction<void>(conn, [&](PgConnection &c) -> PgExpected<void> {
        if (auto r = later(c, "4"); !r)
            return std::unexpected(r.error());
        return std::unexpected(PgError::refusal(Domain::Error::conflict(QStringLiteral("changed my mind"))));
    });
    EXPECT_FALSE(refused.has_value());
    EXPECT_EQ(conn.exec("SELECT count(*) FROM items WHERE id = 4")->value(0, 0), "0");
    EXPECT_EQ(PQtransactionStatus(conn.handle()), PQTRANS_IDLE);
}

TEST_F(Store, FailsTheUnitWhenAStatementLeftForLaterFails)
{
    const auto insert = [](PgConnection &c, const char *id, const char *name) {
        return c.execLater("INSERT INTO items (id, name) VALUES ($1, $2)", {QByteArray(id), QByteArray(name)});
    };
    // Its failure is the next statement's, and nothing of the unit stays.
    int calls = 0;
    auto failed = runInTransaction<void>(conn, [&](PgConnection &c) -> PgExpected<void> {
        ++calls;
        if (auto r = c.exec("INSERT INTO items (id, name) VALUES ('5', 'kept?')"); !r)
            return std::unexpected(r.error());
        if (auto r = insert(c, "6", ""); !r) // breaks the CHECK
            return std::unexpected(r.error());
        if (auto r = c.exec("SELECT 1"); !r)
            return std::unexpected(r.error());
        return {};
    });
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(failed.error().code, Domain::ErrorCode::Validation);
    EXPECT_EQ(calls, 1);

    // Left for the COMMIT, its failure is the commit's: the COMMIT did not run, and the failed transaction
    // is rolled back rather than left open on the connection.
    auto atCommit = runInTransaction<void>(conn, [&](PgConnection &c) -> PgExpected<void> {
        if (auto r = c.exec("INSERT INTO items (id, name) VALUES ('7', 'kept?')"); !r)
            return std::unexpected(r.error());
        return insert(c, "7", "again"); // a duplicate key
    });
    ASSERT_FALSE(atCommit.has_value());
    EXPECT_EQ(atCommit.error().code, Domain::ErrorCode::Conflict);
    EXPECT_EQ(PQtransactionStatus(conn.handle()), PQTRANS_IDLE);
    EXPECT_EQ(conn.exec("SELECT count(*) FROM items")->value(0, 0), "0");

    // An inner unit that gives up drops only what it left waiting; the outer unit's goes out.
    auto outer = runInTransaction<void>(conn, [&](PgConnection &c) -> PgExpected<void> {
        if (auto r = insert(c, "8", "outer"); !r)
            return std::unexpected(r.error());
        auto inner = runInTransaction<void>(c, [&](PgConnection &c2) -> PgExpected<void> {
            if (auto r = insert(c2, "9", "inner"); !r)
                return std::unexpected(r.error());
            return std::unexpected(PgError::refusal(Domain::Error::conflict(QStringLiteral("no"))));
        });
        EXPECT_FALSE(inner.has_value());
        return {};
    });
    ASSERT_TRUE(outer.has_value()) << outer.error().message.toStdString();
    EXPECT_EQ(conn.exec("SELECT string_agg(id::text, ',' ORDER BY id) FROM items")->value(0, 0), "8");
}

TEST_F(Store, NeverRunsALostUnitsStatementsOnTheirOwn)
{
    PgConnection other(db.conninfo());
    auto lost = runInTransaction<void>(conn, [&](PgConnection &c) -> PgExpected<void> {
        if (auto r = c.exec("INSERT INTO items (id, name) VALUES ('1', 'a')"); !r)
            return std::unexpected(r.error());
        // The server ends this connection mid-unit (a restart, an administrator).
        auto pid = c.exec("SELECT pg_backend_pid()");
        if (!pid)
            return std::unexpected(pid.error());
        if (auto r = other.exec("SELECT pg_terminate_backend($1::int)", {pid->value(0, 0).toByteArray()}); !r)
            return std::unexpected(r.error());
        if (auto r = c.execLater("INSERT INTO items (id, name) VALUES ('2', 'b')"); !r)
            return std::unexpected(r.error());
        if (auto r = c.exec("INSERT INTO items (id, name) VALUES ('3', 'c')"); !r)
            return std::unexpected(r.error());
        return {};
    }, "READ COMMITTED", 1);
    ASSERT_FALSE(lost.has_value());
    EXPECT_EQ(lost.error().code, Domain::ErrorCode::Unavailable);
    EXPECT_EQ(conn.exec("SELECT count(*) FROM items")->value(0, 0), "0");
}

TEST_F(Store, RunsSeveralStatementsInOneGoAndStopsAtTheFirstFailure)
{
    ASSERT_TRUE(conn.exec("INSERT INTO items (id, name) VALUES ('1', 'a')"));
    auto both = conn.execAll({{"SELECT name FROM items WHERE id = $1", {"1"}}, {"SELECT $1::int + 1", {"41"}}});
    ASSERT_TRUE(both.has_value()) << both.error().error.message.toStdString();
    ASSERT_EQ(both->size(), 2);
    EXPECT_EQ(both->at(0).value(0, 0), "a");
    EXPECT_EQ(both->at(1).value(0, 0), "42");

    auto failed = conn.execAll({{"INSERT INTO items (id, name) VALUES ($1, $2)", {"2", ""}}, // breaks the CHECK
                                {"INSERT INTO items (id, name) VALUES ($1, $2)", {"3", "c"}}});
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(failed.error().error.code, Domain::ErrorCode::Validation);
    EXPECT_EQ(conn.exec("SELECT string_agg(id::text, ',' ORDER BY id) FROM items")->value(0, 0), "1");
}
