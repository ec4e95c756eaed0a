// SPDX-License-Identifier: MIT
#include "server/auth/verifiedtokens.h"
#include "tests/server/apitest.h"

using namespace Backroom;
using namespace Backroom::Server;
using namespace std::chrono_literals;

TEST(VerifiedTokens, RemembersAVerifiedTokenUntilItExpires)
{
    VerifiedTokens cache;
    const auto now = VerifiedTokens::Clock::now();
    Principal p;
    p.userId = 42;
    p.roles = {Domain::Role::Support};
    cache.insert("token-a", p, now + 10s, now);
    ASSERT_TRUE(cache.find("token-a", now + 9s));
    EXPECT_EQ(cache.find("token-a", now + 9s)->userId, 42);
    EXPECT_FALSE(cache.find("token-b", now)) << "other bytes, another token";
    EXPECT_FALSE(cache.find("token-a", now + 10s)) << "expired";
    EXPECT_EQ(cache.size(), 0) << "and forgotten";
}

TEST(VerifiedTokens, StaysWithinItsCapacity)
{
    VerifiedTokens cache(3);
    const auto now = VerifiedTokens::Clock::now();
    cache.insert("old", {}, now + 1s, now);
    cache.insert("a", {}, now + 60s, now);
    cache.insert("b", {}, now + 60s, now);
    cache.insert("c", {}, now + 60s, now + 2s);
    EXPECT_EQ(cache.size(), 3) << "the expired entry made room";
    EXPECT_FALSE(cache.find("old", now + 2s));
    cache.insert("d", {}, now + 60s, now + 2s);
    EXPECT_LE(cache.size(), 3);
    EXPECT_TRUE(cache.find("d", now + 2s));
}

class TokenReuse : public Backroom::Test::ApiTest {};

TEST_F(TokenReuse, RefusesAnAlteredCopyOfATokenAlreadyAccepted)
{
    const QByteArray token = adminToken();
    ASSERT_EQ(get("/api/v1/me", token).status, 200);
    ASSERT_EQ(get("/api/v1/me", token).status, 200) << "the second use is served from the cache";
    QByteArray altered = token;
    altered[altered.size() - 2] = altered[altered.size() - 2] == 'A' ? 'B' : 'A';
    EXPECT_EQ(get("/api/v1/me", altered).status, 401);
    QByteArray edited = token;
    const qsizetype dot = edited.indexOf('.');
    edited[dot + 5] = edited[dot + 5] == 'x' ? 'y' : 'x';
    EXPECT_EQ(get("/api/v1/me", edited).status, 401);
}
