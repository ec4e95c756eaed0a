// SPDX-License-Identifier: MIT
#include "server/gateway/ratelimiter.h"
#include "server/http/httpresponse.h"
#include "tests/support/printers.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>
#include <latch>
#include <thread>

using namespace Backroom::Server;
using namespace std::chrono_literals;
using Decision = RateLimiter::Decision;

namespace {
const RateLimiter::Clock::time_point t0{};
constexpr QByteArrayView p = "p";

RateLimitConfig single(qint64 tokens, std::chrono::milliseconds period, qint64 burst, qint64 maxKeys = 100000)
{
    return {{RateLimitPolicy{p.toByteArray(), true, tokens, period, burst, maxKeys}}};
}

Decision decision(bool allowed, qint64 limit, qint64 remaining, qint64 reset, qint64 retryAfter)
{
    return {allowed, limit, remaining, reset, retryAfter};
}
} // namespace

namespace Backroom::Server {
void PrintTo(const RateLimitPolicy &p, std::ostream *os)
{
    *os << p.name.toStdString() << (p.enabled ? "" : " off") << ' ' << p.tokens << '/' << p.period.count()
        << "ms burst=" << p.burst << " keys=" << p.maxKeys;
}
void PrintTo(const RateLimiter::Decision &d, std::ostream *os)
{
    *os << (d.allowed ? "allowed" : "refused") << " limit=" << d.limit << " remaining=" << d.remaining
        << " reset=" << d.resetSeconds << " retryAfter=" << d.retryAfterSeconds;
}
} // namespace Backroom::Server

TEST(RateLimiter, AllowsTheBurstThenRefuses)
{
    RateLimiter limiter(single(5, 15min, 5));
    for (qint64 i = 1; i <= 5; ++i)
        EXPECT_EQ(limiter.take(p, "a", t0), decision(true, 5, 5 - i, 180 * i, 0)) << "take " << i;
    EXPECT_EQ(limiter.take(p, "a", t0), decision(false, 5, 0, 900, 180));
}

TEST(RateLimiter, RefillsOneTokenPerInterval)
{
    RateLimiter limiter(single(5, 15min, 5));
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(limiter.take(p, "a", t0).allowed);
    EXPECT_FALSE(limiter.take(p, "a", t0 + 179s + 999ms).allowed);
    EXPECT_EQ(limiter.take(p, "a", t0 + 180s), decision(true, 5, 0, 900, 0));
    EXPECT_EQ(limiter.take(p, "a", t0 + 200s), decision(false, 5, 0, 880, 160));
    // Long after, the bucket is full and holds the burst again, not more.
    for (int i = 0; i < 5; ++i)
        EXPECT_TRUE(limiter.take(p, "a", t0 + 1h).allowed) << i;
    EXPECT_FALSE(limiter.take(p, "a", t0 + 1h).allowed);
}

TEST(RateLimiter, RoundsRetryAfterAndResetUpAndRemainingDown)
{
    RateLimiter limiter(single(1, 2s, 3)); // one token every 2 s, three at most
    EXPECT_EQ(limiter.take(p, "a", t0), decision(true, 3, 2, 2, 0));
    EXPECT_EQ(limiter.take(p, "a", t0), decision(true, 3, 1, 4, 0));
    EXPECT_EQ(limiter.take(p, "a", t0), decision(true, 3, 0, 6, 0));
    EXPECT_EQ(limiter.take(p, "a", t0), decision(false, 3, 0, 6, 2));
    EXPECT_EQ(limiter.take(p, "a", t0 + 500ms), decision(false, 3, 0, 6, 2)); // 1.5 s and 5.5 s, rounded up
    EXPECT_EQ(limiter.take(p, "a", t0 + 1999ms), decision(false, 3, 0, 5, 1));
    // At 3 s the bucket holds 1.5 tokens: one can be taken, leaving no whole one; a cost of 2 waits for the
    // missing half token.
    EXPECT_EQ(limiter.peek(p, "a", t0 + 3s), decision(true, 3, 0, 5, 0));
    EXPECT_EQ(limiter.peek(p, "a", t0 + 3s, 2), decision(false, 3, 1, 3, 1));
    EXPECT_EQ(limiter.take(p, "a", t0 + 3s, 2), decision(false, 3, 1, 3, 1));
    EXPECT_EQ(limiter.take(p, "a", t0 + 4s, 2), decision(true, 3, 0, 6, 0));
    EXPECT_EQ(limiter.peek(p, "a", t0 + 10s), decision(true, 3, 2, 2, 0));
}

TEST(RateLimiter, RefusalSpendsNothing)
{
    RateLimiter limiter(single(1, 10s, 1));
    ASSERT_TRUE(limiter.take(p, "a", t0).allowed);
    for (int i = 0; i < 100; ++i)
        ASSERT_FALSE(limiter.take(p, "a", t0 + 5s).allowed);
    EXPECT_EQ(limiter.take(p, "a", t0 + 9s).retryAfterSeconds, 1);
    EXPECT_TRUE(limiter.take(p, "a", t0 + 10s).allowed);
}

TEST(RateLimiter, KeysAreIndependent)
{
    RateLimiter limiter(single(2, 1min, 2));
    EXPECT_TRUE(limiter.take(p, "a", t0).allowed);
    EXPECT_TRUE(limiter.take(p, "a", t0).allowed);
    EXPECT_FALSE(limiter.take(p, "a", t0).allowed);
    EXPECT_EQ(limiter.take(p, "b", t0), decision(true, 2, 1, 30, 0));
    EXPECT_FALSE(limiter.take(p, "a", t0).allowed);
}

TEST(RateLimiter, PoliciesAreIndependent)
{
    RateLimiter limiter;
    const QByteArray key = "203.0.113.7";
    for (int i = 0; i < 20; ++i)
        ASSERT_TRUE(limiter.take(RateLimitConfig::loginIp, key, t0).allowed) << i;
    EXPECT_FALSE(limiter.take(RateLimitConfig::loginIp, key, t0).allowed);
    EXPECT_EQ(limiter.take(RateLimitConfig::registerIp, key, t0), decision(true, 5, 4, 360, 0));
    EXPECT_EQ(limiter.take(RateLimitConfig::ip, key, t0), decision(true, 300, 299, 1, 0));
}

TEST(RateLimiter, PeekSpendsAndTracksNothing)
{
    RateLimiter limiter(single(3, 3s, 3));
    EXPECT_EQ(limiter.peek(p, "a", t0), decision(true, 3, 2, 1, 0));
    EXPECT_EQ(limiter.trackedKeys(p), 0);
    ASSERT_TRUE(limiter.take(p, "a", t0, 3).allowed);
    EXPECT_EQ(limiter.peek(p, "a", t0), decision(false, 3, 0, 3, 1));
    EXPECT_EQ(limiter.peek(p, "a", t0), decision(false, 3, 0, 3, 1));
    EXPECT_EQ(limiter.trackedKeys(p), 1);
}

TEST(RateLimiter, ResetRefillsAndRefundGivesBackNoMoreThanFull)
{
    RateLimiter limiter(single(5, 15min, 5));
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(limiter.take(p, "a", t0).allowed);
    limiter.reset(p, "a");
    EXPECT_EQ(limiter.take(p, "a", t0), decision(true, 5, 4, 180, 0));
    EXPECT_EQ(limiter.trackedKeys(p), 1);

    limiter.refund(p, "a", t0);
    EXPECT_EQ(limiter.trackedKeys(p), 0); // back to full: nothing left to remember
    limiter.refund(p, "a", t0, 5);
    limiter.refund(p, "never-seen", t0);
    EXPECT_EQ(limiter.peek(p, "a", t0), decision(true, 5, 4, 180, 0));

    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(limiter.take(p, "a", t0).allowed);
    limiter.refund(p, "a", t0 + 10s, 2);
    EXPECT_EQ(limiter.peek(p, "a", t0 + 10s), decision(true, 5, 1, 710, 0));
    limiter.refund(p, "a", t0 + 10s, 100); // clamped to the burst; never beyond full
    EXPECT_EQ(limiter.trackedKeys(p), 0);
}

TEST(RateLimiter, ForgettingKeysKeepsEveryOtherBucket)
{
    // One shard of thousands of keys: probe runs are long enough that a removal which left a hole in one
    // would lose the keys behind it.
    RateLimiter limiter(single(1, 1min, 2), 1);
    for (int i = 0; i < 5000; ++i)
        ASSERT_TRUE(limiter.take(p, QByteArray::number(i), t0).allowed);
    for (int i = 0; i < 5000; i += 2)
        limiter.reset(p, QByteArray::number(i));
    for (int i = 1; i < 5000; i += 4)
        limiter.refund(p, QByteArray::number(i), t0);
    EXPECT_EQ(limiter.trackedKeys(p), 1250);
    for (int i = 0; i < 5000; ++i) {
        const qint64 remaining = i % 4 == 3 ? 0 : 1;
        ASSERT_EQ(limiter.peek(p, QByteArray::number(i), t0).remaining, remaining) << i;
    }
}

TEST(RateLimiter, OffOrUnknownPoliciesLimitNothingAndSendNoHeaders)
{
    auto config = RateLimitConfig::parse(u"login-ip=off");
    ASSERT_TRUE(config.has_value()) << config.error().message.toStdString();
    RateLimiter limiter(*config);
    for (int i = 0; i < 1000; ++i) {
        ASSERT_EQ(limiter.take(RateLimitConfig::loginIp, "a", t0), Decision{});
        ASSERT_EQ(limiter.take("no-such-policy", "a", t0), Decision{});
    }
    EXPECT_EQ(limiter.trackedKeys(RateLimitConfig::loginIp), 0);
    HttpResponse response = HttpResponse::noContent();
    RateLimiter::applyHeaders(Decision{}, response);
    EXPECT_TRUE(response.headers.isEmpty());
}

TEST(RateLimiter, KeepsMemoryBoundedUnderAMillionKeys)
{
    RateLimiter limiter(single(1, 1min, 5, 10240)); // 160 a shard
    // Frozen time: every bucket stays in debt, so the cap, not refill, is what bounds the table.
    for (int i = 0; i < 1'000'000; ++i)
        limiter.take(p, QByteArray::number(i), t0);
    EXPECT_LE(limiter.trackedKeys(p), 10240);
    EXPECT_GE(limiter.trackedKeys(p), 10240 - 10240 / 16);
    EXPECT_EQ(limiter.evictions(p), quint64(1'000'000 - limiter.trackedKeys(p)));
}

TEST(RateLimiter, DroppingFullBucketsCountsNoEviction)
{
    RateLimiter limiter(single(1, 1s, 1, 1000), 4);
    // Each key's bucket is full again a second later, so old ones can always be dropped for free.
    for (int i = 0; i < 100'000; ++i)
        limiter.take(p, QByteArray::number(i), t0 + std::chrono::milliseconds(i * 10));
    EXPECT_LE(limiter.trackedKeys(p), 1000);
    EXPECT_EQ(limiter.evictions(p), 0u);
}

TEST(RateLimiter, EvictsFullBucketsThenTheLeastIndebtedNeverALimitingOneFirst)
{
    RateLimiter limiter(single(1, 1s, 2, 16), 1);
    for (int i = 0; i < 8; ++i)
        ASSERT_TRUE(limiter.take(p, "full" + QByteArray::number(i), t0).allowed); // full again at 1 s
    for (int i = 0; i < 8; ++i) {
        const QByteArray key = "limited" + QByteArray::number(i);
        ASSERT_TRUE(limiter.take(p, key, t0 + 5s, 2).allowed); // in debt until 7 s
    }
    ASSERT_EQ(limiter.trackedKeys(p), 16);

    // Newcomers first take the full buckets' places; once none is full, they displace each other (one
    // token of debt) rather than the limited buckets (two tokens).
    for (int i = 0; i < 1000; ++i)
        ASSERT_TRUE(limiter.take(p, "new" + QByteArray::number(i), t0 + 5s).allowed);
    EXPECT_LE(limiter.trackedKeys(p), 16);
    EXPECT_EQ(limiter.evictions(p), 1000u - 8u);
    for (int i = 0; i < 8; ++i) {
        const QByteArray key = "limited" + QByteArray::number(i);
        EXPECT_EQ(limiter.peek(p, key, t0 + 5s), decision(false, 2, 0, 2, 1)) << key.toStdString();
    }
}

TEST(RateLimiter, AFloodOfGuessedAccountsDoesNotUnlockAnAccount)
{
    auto config = RateLimitConfig::parse(u"login-account=5/15m,keys=1600"); // 25 a shard
    ASSERT_TRUE(config.has_value());
    RateLimiter limiter(*config);
    const QByteArrayView policy = RateLimitConfig::loginAccount;
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(limiter.take(policy, "victim@example.com", t0).allowed);

    // 100,000 other names, one failed attempt each, over 170 s: a hundred times the cap.
    for (int i = 0; i < 100'000; ++i)
        limiter.take(policy, "guess" + QByteArray::number(i) + "@example.com",
                     t0 + std::chrono::microseconds(i * 1700));
    EXPECT_LE(limiter.trackedKeys(policy), 1600);
    EXPECT_GT(limiter.evictions(policy), 90'000u);
    EXPECT_EQ(limiter.take(policy, "victim@example.com", t0 + 170s), decision(false, 5, 0, 730, 10));
}

TEST(RateLimiter, ConcurrentTakesNeverAllowMoreThanTheBurst)
{
    constexpr int threads = 8;
    constexpr int takesPerThread = 1000;
    RateLimiter limiter(single(100, 1h, 100));
    std::atomic<int> allowedOnOne{0};
    std::atomic<int> allowedOnMany{0};
    std::latch start(threads);
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            start.arrive_and_wait();
            for (int i = 0; i < takesPerThread; ++i) {
                if (limiter.take(p, "one", t0).allowed)
                    allowedOnOne.fetch_add(1);
                // Ten keys spread over the shards, each hit by every thread.
                if (limiter.take(p, "many" + QByteArray::number((i + t) % 10), t0).allowed)
                    allowedOnMany.fetch_add(1);
            }
        });
    }
    for (std::thread &w : workers)
        w.join();
    EXPECT_EQ(allowedOnOne.load(), 100);
    EXPECT_EQ(allowedOnMany.load(), 10 * 100);
}

TEST(RateLimiter, ConfigDefaultsSuitAShop)
{
    const RateLimitConfig config = RateLimitConfig::defaults();
    const RateLimitPolicy *account = config.policy(RateLimitConfig::loginAccount);
    ASSERT_NE(account, nullptr);
    EXPECT_EQ(*account, (RateLimitPolicy{"login-account", true, 5, 15min, 5, 200'000}));
    for (QByteArrayView name :
         {RateLimitConfig::ip, RateLimitConfig::user, RateLimitConfig::loginIp, RateLimitConfig::registerIp}) {
        const RateLimitPolicy *policy = config.policy(name);
        ASSERT_NE(policy, nullptr) << name.toByteArray().toStdString();
        EXPECT_TRUE(policy->enabled);
    }
    EXPECT_GT(config.policy(RateLimitConfig::ip)->burst, config.policy(RateLimitConfig::loginIp)->burst);
    EXPECT_EQ(config.policies.size(), 5);
}

TEST(RateLimiter, ConfigParsesPoliciesOverTheDefaults)
{
    auto config = RateLimitConfig::parse(u" ip = 120/60s , burst=60 ;login-account=5/15m; user=600/m,keys=5000;"
                                         u"register-ip=off;");
    ASSERT_TRUE(config.has_value()) << config.error().message.toStdString();
    EXPECT_EQ(*config->policy(RateLimitConfig::ip), (RateLimitPolicy{"ip", true, 120, 60s, 60, 200'000}));
    EXPECT_EQ(*config->policy(RateLimitConfig::loginAccount),
              (RateLimitPolicy{"login-account", true, 5, 15min, 5, 200'000}));
    EXPECT_EQ(*config->policy(RateLimitConfig::user), (RateLimitPolicy{"user", true, 600, 1min, 600, 5000}));
    EXPECT_FALSE(config->policy(RateLimitConfig::registerIp)->enabled);
    EXPECT_EQ(*config->policy(RateLimitConfig::loginIp), *RateLimitConfig::defaults().policy(RateLimitConfig::loginIp));

    auto units = RateLimitConfig::parse(u"ip=1/250ms;user=3/2h;login-ip=7/1d,burst=1");
    ASSERT_TRUE(units.has_value());
    EXPECT_EQ(units->policy(RateLimitConfig::ip)->period, 250ms);
    EXPECT_EQ(units->policy(RateLimitConfig::user)->period, 2h);
    EXPECT_EQ(units->policy(RateLimitConfig::loginIp)->period, 24h);
    EXPECT_EQ(units->policy(RateLimitConfig::loginIp)->burst, 1);

    EXPECT_EQ(RateLimitConfig::parse(u"")->policies, RateLimitConfig::defaults().policies);
    const QString text = units->toString();
    EXPECT_TRUE(text.contains(u"login-ip=7/1d,burst=1,keys=100000")) << text.toStdString();
    EXPECT_EQ(RateLimitConfig::parse(text)->policies, units->policies);
    EXPECT_EQ(RateLimitConfig::parse(config->toString())->policies, config->policies);
}

TEST(RateLimiter, ConfigErrorsNameTheBadPart)
{
    struct Case {
        const char16_t *text;
        const char16_t *message; // a part of the message
        const char16_t *field;
    };
    const Case cases[] = {
        {u"ipp=1/1s", u"unknown policy 'ipp'; known: ip, user, login-ip, login-account, register-ip", u"ipp"},
        {u"ip", u"expected policy=TOKENS/PERIOD", u"rate_limits"},
        {u"=1/1s", u"expected policy=TOKENS/PERIOD", u"rate_limits"},
        {u"ip=lots", u"'lots' is not a rate", u"ip"},
        {u"ip=0/1s", u"'0' is not a whole number of tokens", u"ip"},
        {u"ip=-3/1s", u"'-3' is not a whole number of tokens", u"ip"},
        {u"ip=5/15x", u"'15x' is not a period", u"ip"},
        {u"ip=5/0s", u"'0s' is not a period", u"ip"},
        {u"ip=5/31d", u"'31d' is not a period", u"ip"},
        {u"ip=5/1m,burst=0", u"'burst=0' is not a whole number", u"ip"},
        {u"ip=5/1m,bust=3", u"'bust=3' is not burst=N or keys=N", u"ip"},
        {u"ip=5/1m,burst=3,burst=4", u"'burst' is given twice", u"ip"},
        {u"ip=5/1m,keys=20000000", u"'keys=20000000' is not a whole number from 1 to 10000000", u"ip"},
        {u"user=1/1s;user=2/1s", u"policy 'user' is named twice", u"user"},
        {u"ip=off,burst=3", u"'off' takes no options", u"ip"},
        {u"ip=1000000000/1ms", u"more than one token per nanosecond", u"ip"},
        {u"login-ip=1/30d,burst=1000", u"more than three years to refill", u"login-ip"},
    };
    for (const Case &c : cases) {
        const QString text = QString::fromUtf16(c.text);
        auto parsed = RateLimitConfig::parse(text);
        ASSERT_FALSE(parsed.has_value()) << text.toStdString();
        EXPECT_EQ(parsed.error().code, Backroom::Domain::ErrorCode::Validation);
        EXPECT_TRUE(parsed.error().message.contains(QString::fromUtf16(c.message)))
            << text.toStdString() << " -> " << parsed.error().message.toStdString();
        ASSERT_EQ(parsed.error().fields.size(), 1);
        EXPECT_EQ(parsed.error().fields.first().field, QString::fromUtf16(c.field)) << text.toStdString();
    }
    // The item is quoted as written, so the operator sees which of several is wrong.
    auto parsed = RateLimitConfig::parse(u"ip=1/1s; login-account=5/15q ;user=1/1s");
    ASSERT_FALSE(parsed.has_value());
    EXPECT_TRUE(parsed.error().message.startsWith(u"Rate limit 'login-account=5/15q':"))
        << parsed.error().message.toStdString();
}

TEST(RateLimiter, WritesRateLimitHeaders)
{
    HttpResponse allowed = HttpResponse::noContent();
    RateLimiter::applyHeaders(decision(true, 60, 59, 1, 0), allowed);
    EXPECT_EQ(allowed.header("RateLimit-Limit"), "60");
    EXPECT_EQ(allowed.header("RateLimit-Remaining"), "59");
    EXPECT_EQ(allowed.header("RateLimit-Reset"), "1");
    EXPECT_TRUE(allowed.header("Retry-After").isEmpty());
    EXPECT_EQ(allowed.headers.size(), 3);

    RateLimiter limiter(single(5, 15min, 5));
    for (int i = 0; i < 5; ++i)
        limiter.take(p, "a", t0);
    const HttpResponse refused = RateLimiter::tooManyRequests(limiter.take(p, "a", t0 + 30s));
    EXPECT_EQ(refused.status, 429);
    EXPECT_EQ(refused.header("Content-Type"), "application/problem+json");
    EXPECT_EQ(refused.header("RateLimit-Limit"), "5");
    EXPECT_EQ(refused.header("RateLimit-Remaining"), "0");
    EXPECT_EQ(refused.header("RateLimit-Reset"), "870");
    EXPECT_EQ(refused.header("Retry-After"), "150");
    const QJsonObject problem = QJsonDocument::fromJson(refused.body).object();
    EXPECT_EQ(problem.value(u"status").toInt(), 429);
    EXPECT_TRUE(problem.value(u"detail").toString().contains(u"150 seconds"));
}

TEST(RateLimiter, PicksTheTighterDecisionForHeaders)
{
    const Decision off{};
    const Decision roomy = decision(true, 300, 250, 10, 0);
    const Decision tight = decision(true, 200, 3, 5, 0);
    const Decision refused = decision(false, 5, 0, 900, 180);
    const Decision refusedLonger = decision(false, 20, 0, 60, 200);
    EXPECT_EQ(Decision::tighter(roomy, tight), tight);
    EXPECT_EQ(Decision::tighter(tight, roomy), tight);
    EXPECT_EQ(Decision::tighter(tight, refused), refused);
    EXPECT_EQ(Decision::tighter(refused, roomy), refused);
    EXPECT_EQ(Decision::tighter(refused, refusedLonger), refusedLonger);
    EXPECT_EQ(Decision::tighter(off, roomy), roomy);
    EXPECT_EQ(Decision::tighter(roomy, off), roomy);
    EXPECT_EQ(Decision::tighter(decision(true, 9, 3, 4, 0), decision(true, 9, 3, 7, 0)), decision(true, 9, 3, 7, 0));
}

TEST(RateLimiter, KeysAddressesByHostOrIPv6Prefix)
{
    const auto key = [](const char *address) {
        return RateLimiter::addressKey(QHostAddress(QString::fromLatin1(address)));
    };
    EXPECT_EQ(key("192.0.2.1"), key("::ffff:192.0.2.1"));
    EXPECT_NE(key("192.0.2.1"), key("192.0.2.2"));
    EXPECT_EQ(key("2001:db8:1:2::1"), key("2001:db8:1:2:ffff:ffff:ffff:ffff"));
    EXPECT_NE(key("2001:db8:1:2::1"), key("2001:db8:1:3::1"));
    EXPECT_NE(key("0.0.0.1"), key("::1"));
    EXPECT_NE(key("192.0.2.1"), key("::ffff:192.0.2.2"));
}

TEST(RateLimiter, ReportsMetricsPerPolicy)
{
    RateLimiter limiter(single(1, 1min, 1, 16), 1);
    limiter.take(p, "a", t0);
    limiter.take(p, "a", t0);
    for (int i = 0; i < 20; ++i)
        limiter.take(p, QByteArray::number(i), t0);
    QByteArray out;
    limiter.writeMetrics(out);
    EXPECT_TRUE(out.contains("backroom_rate_limit_refused_total{policy=\"p\"} 1\n")) << out.toStdString();
    EXPECT_TRUE(out.contains("backroom_rate_limit_evicted_total{policy=\"p\"} 5\n")) << out.toStdString();
    EXPECT_TRUE(out.contains("backroom_rate_limit_tracked_keys{policy=\"p\"} 16\n")) << out.toStdString();
    EXPECT_TRUE(out.contains("# TYPE backroom_rate_limit_tracked_keys gauge\n"));
}
