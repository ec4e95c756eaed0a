// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <atomic>
#include <chrono>
#include <memory>
#include <vector>

class QHostAddress;

namespace Backroom::Server {

struct HttpResponse;

// One named token bucket per key: `burst` tokens when full, refilled evenly at `tokens` per `period`.
struct RateLimitPolicy {
    QByteArray name;
    bool enabled = true; // an "off" policy allows everything and sends no headers
    qint64 tokens = 1;
    std::chrono::milliseconds period{1000};
    qint64 burst = 1;
    qint64 maxKeys = 100000; // buckets tracked at most; see RateLimiter on what eviction gives away

    friend bool operator==(const RateLimitPolicy &, const RateLimitPolicy &) = default;
};

// The policies the gateway uses, with defaults for a real shop, adjustable from one setting string:
//
//     policy=TOKENS/PERIOD[,burst=N][,keys=N] ; policy=off ; ...
//
// PERIOD is a number with a unit ms, s, m, h or d ("15m", "1h"); a bare unit means one ("600/m").
// burst defaults to TOKENS, keys to the policy's default. Policies not named keep their defaults; whitespace
// around separators is ignored. Example: "ip=120/60s,burst=60; login-account=5/15m; register-ip=off".
struct RateLimitConfig {
    static constexpr QByteArrayView ip{"ip"};                      // every request, by client address
    static constexpr QByteArrayView user{"user"};                  // authenticated requests, by user id
    static constexpr QByteArrayView loginIp{"login-ip"};           // login attempts, by client address
    static constexpr QByteArrayView loginAccount{"login-account"}; // login attempts, by normalised email
    static constexpr QByteArrayView registerIp{"register-ip"};     // registrations, by client address

    QList<RateLimitPolicy> policies;

    // ip 1200/1m burst 300, user 600/1m burst 200, login-ip 10/1m burst 20, login-account 5/15m burst 5,
    // register-ip 10/1h burst 5.
    static RateLimitConfig defaults();
    // Applies the setting string on top of base. A Validation error names the part that is wrong (unknown
    // policy, bad number, bad period, a policy named twice, a rate too fine or a bucket too deep); its field
    // is the policy name.
    static Domain::Result<RateLimitConfig> parse(QStringView text, RateLimitConfig base = defaults());
    // The same syntax, every policy spelled out; parse(toString()) gives this config back.
    QString toString() const;

    const RateLimitPolicy *policy(QByteArrayView name) const;
};

// Token buckets per (policy, key), kept as one "theoretical arrival time" per key (GCRA): the instant the
// bucket is full again. Time is passed in, never read here, so tests are exact.
//
// Threads: every function may be called from any thread at once, I/O threads included: nothing blocks
// but a shard's mutex. Each policy has its own shards (64 by default), each with its own mutex; a key
// hashes to one shard, so only requests for keys in the same shard wait on each other, usually for well
// under a microsecond (an eviction pass, below, for longer).
//
// Keys are compared by a 64-bit keyed hash (random seed per limiter), not stored: two keys colliding
// would share a bucket, which at 1e6 keys happens with probability about 3e-8 and only makes a limit
// stricter for the two of them. Normalise keys before passing them (lower-case emails, addressKey()).
//
// Memory: at most maxKeys buckets per policy (rounded up to a multiple of the shard count), in tables of
// 16-byte slots at most 3/4 full and sized in powers of two: 21 to 43 bytes per bucket at the cap, about
// 26 MiB for all the default policies together (measured: 35 bytes per bucket with 1e6 buckets). An
// eviction pass briefly holds one shard's buckets a second time.
//
// Eviction: when a new key finds its shard at the cap, every full bucket there is dropped first (it
// carries nothing: a new one would be the same), then, if that freed less than 1/16 of the shard, the
// buckets closest to full until it has. So a bucket that is limiting someone is never dropped while a full
// one is kept, and the one dropped always has the least debt: a flood of new keys (millions of addresses or
// guessed account names) cannot flush a locked account's bucket before it has nearly refilled on its own,
// which least-recently-used eviction would allow. What a flood does cost is a fresh bucket for keys in less
// debt than the flood's own, counted by evictions(). A pass holds its shard's lock for at most a few hundred µs
// with the defaults (0.4 ms the slowest take measured), once per 1/16 of a shard of new keys.
class RateLimiter {
public:
    using Clock = std::chrono::steady_clock;

    struct Decision {
        bool allowed = true;
        qint64 limit = 0;             // the policy's burst; 0 when the policy is off or unknown
        qint64 remaining = 0;         // whole tokens left after this request
        qint64 resetSeconds = 0;      // until the bucket is full again, rounded up
        qint64 retryAfterSeconds = 0; // until this request's cost is available, rounded up; 0 when allowed

        // The one whose headers a response carrying both should send: a refusal (the longer wait), else
        // the fewer remaining (then the later reset); an off policy loses to any other.
        static Decision tighter(const Decision &a, const Decision &b);
        friend bool operator==(const Decision &, const Decision &) = default;
    };

    // The config should be valid as RateLimitConfig::parse returns it; out-of-range values are clamped.
    // shards: per policy, at least 1.
    explicit RateLimiter(const RateLimitConfig &config = RateLimitConfig::defaults(), int shards = 64);
    ~RateLimiter();
    RateLimiter(const RateLimiter &) = delete;
    RateLimiter &operator=(const RateLimiter &) = delete;

    // Spends cost tokens (clamped to 1..burst) if the bucket holds them; a refusal spends nothing, so a
    // client hammering while refused does not push its own reset further out. An unknown policy name
    // limits nothing, like an off policy: use the RateLimitConfig constants.
    Decision take(QByteArrayView policy, QByteArrayView key, Clock::time_point now, qint64 cost = 1);
    // What take would answer, spending nothing and tracking nothing.
    Decision peek(QByteArrayView policy, QByteArrayView key, Clock::time_point now, qint64 cost = 1) const;
    // Gives back tokens taken for a request that turned out not to count (e.g. the database was down),
    // never beyond a full bucket.
    void refund(QByteArrayView policy, QByteArrayView key, Clock::time_point now, qint64 cost = 1);
    // Forgets the key's bucket: it is full again (e.g. the account's failures after a successful login).
    void reset(QByteArrayView policy, QByteArrayView key);
    //
    // Login, with the per-account check before any bcrypt work:
    //   1. take(loginIp, addressKey(peer)) and take(loginAccount, lower-cased email); refused → 429.
    //      Taking (not peeking) before bcrypt bounds the hashing per account even when many attempts race.
    //   2. verify the password (worker thread).
    //   3. success → reset(loginAccount, email); a failure keeps its token spent;
    //      the store was unavailable → refund(loginAccount, email, now).

    // Buckets currently tracked (locks every shard of the policy in turn: for metrics and tests).
    qint64 trackedKeys(QByteArrayView policy) const;
    // Buckets dropped before they were full, to stay within maxKeys.
    quint64 evictions(QByteArrayView policy) const;
    // Prometheus text: refusals, evictions and tracked keys per policy (a Metrics::Writer).
    void writeMetrics(QByteArray &out) const;

    // The key for a client address: IPv4 (also IPv4-mapped IPv6) by address, other IPv6 by /64 prefix,
    // since one host commonly holds a whole /64.
    static QByteArray addressKey(const QHostAddress &peer);
    // RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset (draft-ietf-httpapi-ratelimit-headers,
    // delta seconds), plus Retry-After when refused; nothing for an off policy.
    static void applyHeaders(const Decision &decision, HttpResponse &response);
    // 429 problem+json with the headers above.
    static HttpResponse tooManyRequests(const Decision &decision);

private:
    struct Shard;
    struct Policy;

    Policy *find(QByteArrayView name) const;
    quint64 fingerprint(QByteArrayView key) const;
    Shard &shardFor(const Policy &policy, quint64 fingerprint) const;
    static void evict(Policy &policy, Shard &shard, qint64 nowNs);

    std::vector<std::unique_ptr<Policy>> m_policies;
    int m_shardCount;
    size_t m_seed;
};

} // namespace Backroom::Server
