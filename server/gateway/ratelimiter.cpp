// SPDX-License-Identifier: MIT
#include "server/gateway/ratelimiter.h"

#include "server/http/httpresponse.h"

#include <QHashFunctions>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QtEndian>
#include <algorithm>
#include <mutex>

namespace Backroom::Server {

using namespace std::chrono_literals;
using Domain::Error;
using Domain::fail;

namespace {
constexpr qint64 nsPerSecond = 1'000'000'000;
constexpr qint64 nsPerMs = 1'000'000;
constexpr qint64 maxCount = 1'000'000'000;
constexpr qint64 maxKeys = 10'000'000;
constexpr std::chrono::milliseconds maxPeriod = 24h * 30;
// Keeps now + a bucket's depth far from overflowing; about three years.
constexpr qint64 maxCapacityNs = 100'000'000 * nsPerSecond;

qint64 ceilSeconds(qint64 ns)
{
    return ns <= 0 ? 0 : (ns + nsPerSecond - 1) / nsPerSecond;
}

qint64 nanos(RateLimiter::Clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

// Rounded up: a rate that does not divide evenly into nanoseconds is made a hair stricter, never looser.
qint64 intervalNs(const RateLimitPolicy &p)
{
    const qint64 periodNs = qint64(p.period.count()) * nsPerMs;
    return std::max<qint64>(1, (periodNs + p.tokens - 1) / p.tokens);
}

struct Unit {
    QStringView suffix;
    qint64 ms;
};
// Longest first, so "ms" is not read as "m".
constexpr Unit units[] = {{u"ms", 1}, {u"s", 1000}, {u"m", 60'000}, {u"h", 3'600'000}, {u"d", 86'400'000}};

std::optional<qint64> parseCount(QStringView text)
{
    if (text.isEmpty() || text.size() > 10)
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value < 1 || value > maxCount)
        return std::nullopt;
    return value;
}

std::optional<std::chrono::milliseconds> parsePeriod(QStringView text)
{
    qsizetype digits = 0;
    while (digits < text.size() && text[digits] >= u'0' && text[digits] <= u'9')
        ++digits;
    const QStringView suffix = text.sliced(digits);
    for (const Unit &unit : units) {
        if (suffix != unit.suffix)
            continue;
        const std::optional<qint64> count = digits ? parseCount(text.first(digits)) : std::optional<qint64>(1);
        if (!count)
            return std::nullopt;
        const std::chrono::milliseconds period{*count * unit.ms};
        if (period > maxPeriod)
            return std::nullopt;
        return period;
    }
    return std::nullopt;
}

QString formatPeriod(std::chrono::milliseconds period)
{
    const qint64 ms = period.count();
    for (auto unit = std::rbegin(units); unit != std::rend(units); ++unit) {
        if (ms % unit->ms == 0)
            return QString::number(ms / unit->ms) + unit->suffix.toString();
    }
    return QString::number(ms) + QStringLiteral("ms");
}

Error badPolicy(QStringView item, const QString &name, const QString &what)
{
    const QString message = QStringLiteral("Rate limit '%1': %2").arg(item.toString(), what);
    return Error::validation(message, {{name.isEmpty() ? QStringLiteral("rate_limits") : name, what}});
}

// TOKENS/PERIOD[,burst=N][,keys=N] over the policy's current values; item and name are for the errors.
Domain::Result<RateLimitPolicy> parseRate(QStringView item, const QString &name, const QList<QStringView> &parts,
                                          RateLimitPolicy policy)
{
    policy.enabled = true;
    const QStringView rate = parts.first().trimmed();
    const qsizetype slash = rate.indexOf(u'/');
    if (slash < 0)
        return fail(
            badPolicy(item, name, QStringLiteral("'%1' is not a rate TOKENS/PERIOD such as 120/1m, or off").arg(rate)));
    const std::optional<qint64> tokens = parseCount(rate.first(slash).trimmed());
    if (!tokens)
        return fail(badPolicy(item, name,
                              QStringLiteral("'%1' is not a whole number of tokens from 1 to %2")
                                  .arg(rate.first(slash).trimmed())
                                  .arg(maxCount)));
    const std::optional<std::chrono::milliseconds> period = parsePeriod(rate.sliced(slash + 1).trimmed());
    if (!period)
        return fail(badPolicy(item, name,
                              QStringLiteral("'%1' is not a period such as 500ms, 10s, 15m, 1h or 1d (at most 30d)")
                                  .arg(rate.sliced(slash + 1).trimmed())));
    policy.tokens = *tokens;
    policy.period = *period;
    policy.burst = *tokens;

    bool burstSet = false;
    bool keysSet = false;
    for (QStringView option : parts.sliced(1)) {
        option = option.trimmed();
        const qsizetype eq = option.indexOf(u'=');
        const QStringView key = option.first(std::max<qsizetype>(eq, 0)).trimmed();
        const QStringView value = option.sliced(eq + 1).trimmed();
        bool &seen = key == u"burst" ? burstSet : keysSet;
        if (eq < 0 || (key != u"burst" && key != u"keys"))
            return fail(badPolicy(item, name, QStringLiteral("'%1' is not burst=N or keys=N").arg(option)));
        if (seen)
            return fail(badPolicy(item, name, QStringLiteral("'%1' is given twice").arg(key)));
        seen = true;
        const std::optional<qint64> count = parseCount(value);
        if (!count || (key == u"keys" && *count > maxKeys))
            return fail(badPolicy(item, name,
                                  QStringLiteral("'%1' is not a whole number from 1 to %2")
                                      .arg(option)
                                      .arg(key == u"keys" ? maxKeys : maxCount)));
        (key == u"burst" ? policy.burst : policy.maxKeys) = *count;
    }

    if (policy.tokens > policy.period.count() * nsPerMs)
        return fail(badPolicy(item, name, QStringLiteral("more than one token per nanosecond")));
    if (policy.burst > maxCapacityNs / intervalNs(policy))
        return fail(badPolicy(
            item, name,
            QStringLiteral("a burst of %1 would take more than three years to refill at this rate").arg(policy.burst)));
    return policy;
}
} // namespace

RateLimitConfig RateLimitConfig::defaults()
{
    auto policy = [](QByteArrayView name, qint64 tokens, std::chrono::milliseconds period, qint64 burst, qint64 keys) {
        return RateLimitPolicy{name.toByteArray(), true, tokens, period, burst, keys};
    };
    // Per address generous enough for an office or a mobile carrier behind one NAT browsing the shop;
    // login per account at a pace no person types but any guessing script would exceed within a minute.
    return {{
        policy(ip, 1200, 1min, 300, 200'000),
        policy(user, 600, 1min, 200, 100'000),
        policy(loginIp, 10, 1min, 20, 100'000),
        policy(loginAccount, 5, 15min, 5, 200'000),
        policy(registerIp, 10, 1h, 5, 50'000),
    }};
}

const RateLimitPolicy *RateLimitConfig::policy(QByteArrayView name) const
{
    for (const RateLimitPolicy &p : policies) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

Domain::Result<RateLimitConfig> RateLimitConfig::parse(QStringView text, RateLimitConfig base)
{
    QList<QByteArray> named;
    for (QStringView item : text.split(u';')) {
        item = item.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf(u'=');
        const QString name = item.first(std::max<qsizetype>(equals, 0)).trimmed().toString();
        if (equals < 0 || name.isEmpty())
            return fail(badPolicy(item, name, QStringLiteral("expected policy=TOKENS/PERIOD, e.g. ip=120/1m")));
        auto it = std::find_if(base.policies.begin(), base.policies.end(),
                               [&](const RateLimitPolicy &p) { return p.name == name.toUtf8(); });
        if (it == base.policies.end()) {
            QStringList known;
            for (const RateLimitPolicy &p : std::as_const(base.policies))
                known.append(QString::fromUtf8(p.name));
            return fail(
                badPolicy(item, name, QStringLiteral("unknown policy '%1'; known: %2").arg(name, known.join(u", "))));
        }
        if (named.contains(it->name))
            return fail(badPolicy(item, name, QStringLiteral("policy '%1' is named twice").arg(name)));
        named.append(it->name);

        const QList<QStringView> parts = item.sliced(equals + 1).split(u',');
        const QStringView rate = parts.first().trimmed();
        if (rate == u"off") {
            if (parts.size() > 1)
                return fail(badPolicy(item, name, QStringLiteral("'off' takes no options")));
            it->enabled = false;
            continue;
        }
        auto policy = parseRate(item, name, parts, *it);
        if (!policy)
            return fail(policy.error());
        *it = std::move(*policy);
    }
    return base;
}

QString RateLimitConfig::toString() const
{
    QStringList items;
    for (const RateLimitPolicy &p : policies) {
        const QString name = QString::fromUtf8(p.name);
        if (!p.enabled)
            items.append(name + QStringLiteral("=off"));
        else
            items.append(QStringLiteral("%1=%2/%3,burst=%4,keys=%5")
                             .arg(name, QString::number(p.tokens), formatPeriod(p.period))
                             .arg(p.burst)
                             .arg(p.maxKeys));
    }
    return items.join(u"; ");
}

namespace {
// Open addressing with linear probing over (key fingerprint, instant the bucket is full again): 16 bytes a
// bucket and no allocation per key. An eviction pass rebuilds the table in one sweep; QHash's erase one
// item at a time turned such passes quadratic.
class BucketTable {
public:
    struct Slot {
        quint64 key = 0; // 0: empty
        qint64 fullAt = 0;
    };

    qsizetype size() const { return m_count; }

    qint64 *find(quint64 key)
    {
        const size_t i = indexOf(key);
        return i == npos ? nullptr : &m_slots[i].fullAt;
    }

    // The key must be absent.
    void insert(quint64 key, qint64 fullAt)
    {
        if (size_t(m_count + 1) * 4 > m_slots.size() * 3)
            resize(std::max<size_t>(16, m_slots.size() * 2));
        place({key, fullAt});
        ++m_count;
    }

    void erase(quint64 key)
    {
        size_t gap = indexOf(key);
        if (gap == npos)
            return;
        // Backward shift: later entries of the probe run move up unless they already sit between their
        // home slot and the gap, so no tombstones are needed.
        for (size_t j = (gap + 1) & m_mask; m_slots[j].key; j = (j + 1) & m_mask) {
            const size_t home = m_slots[j].key & m_mask;
            const bool stays = gap <= j ? (gap < home && home <= j) : (gap < home || home <= j);
            if (!stays) {
                m_slots[gap] = m_slots[j];
                gap = j;
            }
        }
        m_slots[gap] = {};
        --m_count;
    }

    std::vector<Slot> entries() const
    {
        std::vector<Slot> out;
        out.reserve(size_t(m_count));
        for (const Slot &slot : m_slots) {
            if (slot.key)
                out.push_back(slot);
        }
        return out;
    }

    // Replaces the contents, keeping the allocation.
    void assign(const std::vector<Slot> &entries)
    {
        std::fill(m_slots.begin(), m_slots.end(), Slot{});
        m_count = 0;
        for (const Slot &slot : entries)
            insert(slot.key, slot.fullAt);
    }

private:
    static constexpr size_t npos = size_t(-1);

    size_t indexOf(quint64 key) const
    {
        if (m_slots.empty())
            return npos;
        for (size_t i = key & m_mask;; i = (i + 1) & m_mask) {
            if (m_slots[i].key == key)
                return i;
            if (!m_slots[i].key)
                return npos;
        }
    }

    void place(Slot slot)
    {
        size_t i = slot.key & m_mask;
        while (m_slots[i].key)
            i = (i + 1) & m_mask;
        m_slots[i] = slot;
    }

    void resize(size_t capacity)
    {
        std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(capacity));
        m_mask = capacity - 1;
        for (const Slot &slot : old) {
            if (slot.key)
                place(slot);
        }
    }

    std::vector<Slot> m_slots; // a power of two in size
    size_t m_mask = 0;
    qsizetype m_count = 0;
};
} // namespace

// Cache-line aligned, so I/O threads locking neighbouring shards do not bounce one line between cores.
struct alignas(64) RateLimiter::Shard {
    std::mutex mutex;
    BucketTable buckets;
};

struct RateLimiter::Policy {
    RateLimitPolicy config;
    qint64 intervalNs = 1; // one token's refill time
    qint64 capacityNs = 1; // burst × interval: the most debt a bucket may carry
    qint64 perShard = 1;
    std::unique_ptr<Shard[]> shards;
    std::atomic<quint64> refused{0};
    std::atomic<quint64> evicted{0};

    // debt: the time until the bucket would be full, before this request.
    Decision judge(qint64 debt, qint64 cost) const
    {
        Decision d;
        d.limit = config.burst;
        const qint64 after = debt + cost * intervalNs;
        d.allowed = after <= capacityNs;
        if (d.allowed) {
            d.remaining = (capacityNs - after) / intervalNs;
            d.resetSeconds = ceilSeconds(after);
        } else {
            // Debt beyond the capacity comes from a caller whose now lags another thread's; it is no credit.
            d.remaining = std::max<qint64>(0, (capacityNs - debt) / intervalNs);
            d.resetSeconds = ceilSeconds(debt);
            d.retryAfterSeconds = ceilSeconds(after - capacityNs);
        }
        return d;
    }
};

RateLimiter::RateLimiter(const RateLimitConfig &config, int shards)
    : m_shardCount(std::max(1, shards))
    , m_seed(size_t(QRandomGenerator::system()->generate64()))
{
    for (const RateLimitPolicy &given : config.policies) {
        if (find(given.name))
            continue;
        auto p = std::make_unique<Policy>();
        p->config = given;
        RateLimitPolicy &c = p->config;
        c.period = std::clamp(c.period, std::chrono::milliseconds(1), maxPeriod);
        c.tokens = std::clamp<qint64>(c.tokens, 1, c.period.count() * nsPerMs);
        p->intervalNs = intervalNs(c);
        c.burst = std::clamp<qint64>(c.burst, 1, std::max<qint64>(1, maxCapacityNs / p->intervalNs));
        c.maxKeys = std::clamp<qint64>(c.maxKeys, 1, maxKeys);
        p->capacityNs = c.burst * p->intervalNs;
        p->perShard = (c.maxKeys + m_shardCount - 1) / m_shardCount;
        p->shards = std::make_unique<Shard[]>(size_t(m_shardCount));
        m_policies.push_back(std::move(p));
    }
}

RateLimiter::~RateLimiter() = default;

RateLimiter::Policy *RateLimiter::find(QByteArrayView name) const
{
    for (const auto &p : m_policies) {
        if (p->config.name == name)
            return p.get();
    }
    return nullptr;
}

quint64 RateLimiter::fingerprint(QByteArrayView key) const
{
    const quint64 hash = quint64(qHash(key, m_seed));
    return hash ? hash : 1; // 0 marks an empty slot
}

RateLimiter::Shard &RateLimiter::shardFor(const Policy &policy, quint64 fingerprint) const
{
    // The high half picks the shard; QHash mixes the whole value again for its own buckets.
    return policy.shards[size_t((fingerprint >> 32) % quint64(m_shardCount))];
}

RateLimiter::Decision RateLimiter::take(QByteArrayView policy, QByteArrayView key, Clock::time_point now, qint64 cost)
{
    Policy *found = find(policy);
    if (!found || !found->config.enabled)
        return {};
    Policy &p = *found;
    cost = std::clamp<qint64>(cost, 1, p.config.burst);
    const qint64 nowNs = nanos(now);
    const quint64 fp = fingerprint(key);
    Shard &shard = shardFor(p, fp);

    std::lock_guard lock(shard.mutex);
    qint64 *fullAt = shard.buckets.find(fp);
    // Another thread may have passed a slightly later now first; the debt then looks a little larger,
    // which errs towards limiting.
    const qint64 debt = fullAt ? std::max<qint64>(*fullAt - nowNs, 0) : 0;
    const Decision decision = p.judge(debt, cost);
    if (!decision.allowed) {
        p.refused.fetch_add(1, std::memory_order_relaxed);
        return decision;
    }
    const qint64 next = nowNs + debt + cost * p.intervalNs;
    if (fullAt) {
        *fullAt = next;
    } else {
        if (shard.buckets.size() >= p.perShard)
            evict(p, shard, nowNs);
        shard.buckets.insert(fp, next);
    }
    return decision;
}

RateLimiter::Decision RateLimiter::peek(QByteArrayView policy, QByteArrayView key, Clock::time_point now,
                                        qint64 cost) const
{
    const Policy *p = find(policy);
    if (!p || !p->config.enabled)
        return {};
    cost = std::clamp<qint64>(cost, 1, p->config.burst);
    const qint64 nowNs = nanos(now);
    const quint64 fp = fingerprint(key);
    Shard &shard = shardFor(*p, fp);

    std::lock_guard lock(shard.mutex);
    const qint64 *fullAt = shard.buckets.find(fp);
    return p->judge(fullAt ? std::max<qint64>(*fullAt - nowNs, 0) : 0, cost);
}

void RateLimiter::refund(QByteArrayView policy, QByteArrayView key, Clock::time_point now, qint64 cost)
{
    const Policy *p = find(policy);
    if (!p || !p->config.enabled)
        return;
    cost = std::clamp<qint64>(cost, 1, p->config.burst);
    const qint64 nowNs = nanos(now);
    const quint64 fp = fingerprint(key);
    Shard &shard = shardFor(*p, fp);

    std::lock_guard lock(shard.mutex);
    qint64 *fullAt = shard.buckets.find(fp);
    if (!fullAt)
        return;
    *fullAt -= cost * p->intervalNs;
    if (*fullAt <= nowNs)
        shard.buckets.erase(fp);
}

void RateLimiter::reset(QByteArrayView policy, QByteArrayView key)
{
    const Policy *p = find(policy);
    if (!p)
        return;
    const quint64 fp = fingerprint(key);
    Shard &shard = shardFor(*p, fp);
    std::lock_guard lock(shard.mutex);
    shard.buckets.erase(fp);
}

void RateLimiter::evict(Policy &policy, Shard &shard, qint64 nowNs)
{
    // Called with the shard locked and full. Freeing a sixteenth at a time keeps the cost of these passes
    // at a few steps per inserted key even when a flood keeps every bucket in debt.
    const qsizetype target = qsizetype(policy.perShard - std::max<qint64>(1, policy.perShard / 16));
    std::vector<BucketTable::Slot> kept = shard.buckets.entries();
    std::erase_if(kept, [nowNs](const BucketTable::Slot &slot) { return slot.fullAt <= nowNs; });
    const qsizetype excess = qsizetype(kept.size()) - target;
    if (excess > 0) {
        // Ties go by the fingerprint's high bits: left to nth_element, they would go by slot position, so
        // each pass would empty the start of the table and crowd the rest into long probe runs.
        const auto leastDebt = [](const BucketTable::Slot &a, const BucketTable::Slot &b) {
            return a.fullAt != b.fullAt ? a.fullAt < b.fullAt : (a.key >> 40) < (b.key >> 40);
        };
        std::nth_element(kept.begin(), kept.begin() + excess, kept.end(), leastDebt);
        kept.erase(kept.begin(), kept.begin() + excess);
        policy.evicted.fetch_add(quint64(excess), std::memory_order_relaxed);
    }
    shard.buckets.assign(kept);
}

qint64 RateLimiter::trackedKeys(QByteArrayView policy) const
{
    const Policy *p = find(policy);
    if (!p)
        return 0;
    qint64 total = 0;
    for (int i = 0; i < m_shardCount; ++i) {
        std::lock_guard lock(p->shards[size_t(i)].mutex);
        total += p->shards[size_t(i)].buckets.size();
    }
    return total;
}

quint64 RateLimiter::evictions(QByteArrayView policy) const
{
    const Policy *p = find(policy);
    return p ? p->evicted.load(std::memory_order_relaxed) : 0;
}

void RateLimiter::writeMetrics(QByteArray &out) const
{
    auto series = [&](const char *name, const char *type, const char *help, auto value) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
        for (const auto &p : m_policies) {
            out += QByteArray(name) + "{policy=\"" + p->config.name + "\"} " + QByteArray::number(value(*p)) + '\n';
        }
    };
    series("backroom_rate_limit_refused_total", "counter", "Requests refused by a rate limit.",
           [](const Policy &p) { return p.refused.load(std::memory_order_relaxed); });
    series("backroom_rate_limit_evicted_total", "counter",
           "Rate-limit buckets dropped before they were full, to stay within the key cap.",
           [](const Policy &p) { return p.evicted.load(std::memory_order_relaxed); });
    series("backroom_rate_limit_tracked_keys", "gauge", "Rate-limit buckets currently tracked.",
           [this](const Policy &p) { return trackedKeys(p.config.name); });
}

QByteArray RateLimiter::addressKey(const QHostAddress &peer)
{
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    if (isV4) {
        QByteArray key(5, '\4');
        qToBigEndian(v4, key.data() + 1);
        return key;
    }
    const Q_IPV6ADDR v6 = peer.toIPv6Address();
    return QByteArray(1, '\6') + QByteArray(reinterpret_cast<const char *>(v6.c), 8);
}

RateLimiter::Decision RateLimiter::Decision::tighter(const Decision &a, const Decision &b)
{
    if (!a.limit || !b.limit)
        return a.limit ? a : b;
    if (a.allowed != b.allowed)
        return a.allowed ? b : a;
    if (!a.allowed)
        return a.retryAfterSeconds >= b.retryAfterSeconds ? a : b;
    if (a.remaining != b.remaining)
        return a.remaining < b.remaining ? a : b;
    return a.resetSeconds >= b.resetSeconds ? a : b;
}

void RateLimiter::applyHeaders(const Decision &decision, HttpResponse &response)
{
    if (!decision.limit)
        return;
    response.setHeader("RateLimit-Limit", QByteArray::number(decision.limit));
    response.setHeader("RateLimit-Remaining", QByteArray::number(decision.remaining));
    response.setHeader("RateLimit-Reset", QByteArray::number(decision.resetSeconds));
    if (!decision.allowed)
        response.setHeader("Retry-After", QByteArray::number(decision.retryAfterSeconds));
}

HttpResponse RateLimiter::tooManyRequests(const Decision &decision)
{
    HttpResponse response = HttpResponse::problem(
        429, QStringLiteral("too-many-requests"),
        QStringLiteral("Too many requests; wait %1 seconds before trying again.").arg(decision.retryAfterSeconds));
    applyHeaders(decision, response);
    return response;
}

} // namespace Backroom::Server
