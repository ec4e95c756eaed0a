// SPDX-License-Identifier: MIT
#include "server/store/migrator.h"
#include "tests/server/serverfixture.h"

#include <QCryptographicHash>
#include <thread>

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;

namespace {
Migration migration(int version, const char *name, const QByteArray &sql)
{
    return {version, QString::fromLatin1(name), sql, QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex()};
}
} // namespace

TEST(Migrator, BundlesNumberedMigrationsInOrder)
{
    const QList<Migration> all = Migrator::bundled();
    ASSERT_FALSE(all.isEmpty());
    EXPECT_EQ(all.first().version, 1);
    for (qsizetype i = 1; i < all.size(); ++i)
        EXPECT_EQ(all[i].version, all[i - 1].version + 1) << "migration numbers must have no gaps";
}

TEST(Migrator, MigratesAnEmptyDatabase)
{
    TestDatabase db(TestDatabase::Content::Empty);
    ASSERT_TRUE(db.isValid()) << db.error().toStdString();
    PgConnection conn(db.conninfo());
    const Migrator migrator;
    auto version = migrator.migrate(conn);
    ASSERT_TRUE(version.has_value()) << version.error().message.toStdString();
    EXPECT_EQ(*version, migrator.latestKnown());
    EXPECT_EQ(conn.exec("SELECT count(*) FROM backroom_schema_migrations")->toInt64(0, 0), migrator.latestKnown());
    EXPECT_EQ(conn.exec("SELECT to_regproc('backroom_touch_row') IS NOT NULL")->value(0, 0), "t");
}

TEST(Migrator, DoesNothingTheSecondTime)
{
    TestDatabase db;
    ASSERT_TRUE(db.isValid()) << db.error().toStdString();
    PgConnection conn(db.conninfo());
    const auto before = conn.exec("SELECT applied_at FROM backroom_schema_migrations WHERE version = 1")->text(0, 0);
    ASSERT_TRUE(Migrator().migrate(conn).has_value());
    EXPECT_EQ(conn.exec("SELECT applied_at FROM backroom_schema_migrations WHERE version = 1")->text(0, 0), before);
}

TEST(Migrator, AppliesOnlyWhatIsNew)
{
    TestDatabase db(TestDatabase::Content::Empty);
    PgConnection conn(db.conninfo());
    const Migration one = migration(1, "one", "CREATE TABLE a (id int)");
    ASSERT_TRUE(Migrator({one}).migrate(conn).has_value());
    auto v2 = Migrator({one, migration(2, "two", "CREATE TABLE b (id int)")}).migrate(conn);
    ASSERT_TRUE(v2.has_value()) << v2.error().message.toStdString();
    EXPECT_EQ(*v2, 2);
    EXPECT_EQ(conn.exec("SELECT to_regclass('b') IS NOT NULL")->value(0, 0), "t");
}

TEST(Migrator, RefusesADatabaseNewerThanTheBinary)
{
    TestDatabase db;
    PgConnection conn(db.conninfo());
    ASSERT_TRUE(conn.exec("INSERT INTO backroom_schema_migrations (version, name, checksum) VALUES (9999, 'future', 'x')"));
    auto r = Migrator().migrate(conn);
    ASSERT_FALSE(r.has_value());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("version 9999, newer than this backroom-server")))
        << r.error().message.toStdString();
    EXPECT_FALSE(Migrator().checkedVersion(conn).has_value());
}

TEST(Migrator, RefusesAnEditedMigration)
{
    TestDatabase db(TestDatabase::Content::Empty);
    PgConnection conn(db.conninfo());
    ASSERT_TRUE(Migrator({migration(1, "one", "CREATE TABLE a (id int)")}).migrate(conn).has_value());
    auto r = Migrator({migration(1, "one", "CREATE TABLE a (id bigint)")}).migrate(conn);
    ASSERT_FALSE(r.has_value());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("must never be edited")));
}

TEST(Migrator, LeavesNoTraceOfAFailedMigration)
{
    TestDatabase db(TestDatabase::Content::Empty);
    PgConnection conn(db.conninfo());
    auto r = Migrator({migration(1, "one", "CREATE TABLE a (id int); SELECT no_such_function();")}).migrate(conn);
    ASSERT_FALSE(r.has_value());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("Migration 1 (one) failed")));
    EXPECT_EQ(conn.exec("SELECT to_regclass('a') IS NULL")->value(0, 0), "t");
    EXPECT_EQ(conn.exec("SELECT count(*) FROM backroom_schema_migrations")->value(0, 0), "0");
}

TEST(Migrator, AppliesEachMigrationOnceWhenServersStartTogether)
{
    TestDatabase db(TestDatabase::Content::Empty);
    const Migrator migrator({migration(1, "slow", "SELECT pg_sleep(0.3); CREATE TABLE a (id int)")});
    std::atomic<int> ok{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back([&] {
            PgConnection conn(db.conninfo());
            if (migrator.migrate(conn).has_value())
                ++ok;
        });
    }
    for (auto &t : threads)
        t.join();
    EXPECT_EQ(ok.load(), 4);
    PgConnection conn(db.conninfo());
    EXPECT_EQ(conn.exec("SELECT count(*) FROM backroom_schema_migrations")->value(0, 0), "1");
}
