// SPDX-License-Identifier: MIT
#pragma once

#include "domain/money.h"
#include "domain/recommendation.h"
#include "domain/result.h"
#include "server/events/outboxconsumer.h"
#include "server/store/changelistener.h"
#include "server/store/notifiedcache.h"

#include <QJsonObject>
#include <memory>

namespace Backroom::Server {

class Database;

// The settings the server recommends with; tests/bench/recommendations measured them (see the domain).
struct RecommendationSettings {
    Domain::CooccurrenceOptions model;
    Domain::RecommendationThresholds thresholds;
    Domain::RecommendationRanking ranking = Domain::RecommendationRanking::Confidence;

    static RecommendationSettings standard();
};

struct RecommendedProduct {
    qint64 id = 0;
    QString title;
    Domain::Money price;
    bool popular = false; // from the popularity fallback, not from co-occurrence
    Domain::Recommendation stats; // co-occurrence only
    qint64 orders = 0;            // orders with it, for the popular ones
};

// A product's list: co-occurrence first, then popular products while there is room.
struct RecommendationList {
    qint64 productId = 0;
    QList<RecommendedProduct> items;

    // "co-occurrence" when any item is, else "popular" (too little history).
    QString source() const;
    // {"product_id", "source", "items": [{"id", "title", "price", "source", and "pair_count", "support",
    // "confidence", "lift" or "orders"}]} with the first limit items.
    QJsonObject toJson(int limit) const;
};

struct RecommendationRebuild {
    qint64 orders = 0;   // orders folded
    bool differed = false; // the live counts were not what the orders give
};

// The counts behind "bought together" (migration 0021) and the lists read from them. Call from a thread
// with its own database connection.
class RecommendationService {
public:
    static constexpr int maxLimit = 50;

    RecommendationService(Database &database, RecommendationSettings settings = RecommendationSettings::standard())
        : m_database(database), m_settings(settings) {}

    // Applies one order's basket on c, inside the caller's transaction; nothing when the order was applied
    // before. The products in the basket are announced on backroom_recommendations at commit.
    static PgExpected<void> applyOrder(PgConnection &c, qint64 orderId, const QStringList &skus,
                                       const Domain::CooccurrenceOptions &options);

    // The active product's list, at most maxLimit items, never itself nor an inactive product. NotFound
    // for a product that does not exist or is not active.
    Domain::Result<RecommendationList> recommendations(qint64 productId) const;

    // Replaces the counts by those of every stored order (through applyOrder, like the live projection), in
    // one transaction that holds the projection off. apply false: rolls back, only reports whether they differ.
    Domain::Result<RecommendationRebuild> rebuild(bool apply);

private:
    Database &m_database;
    RecommendationSettings m_settings;
};

// Feeds the counts from OrderPlaced. Idempotent by order (recommendation_orders); SKUs are mapped to their
// products when the event is applied; SKUs no product has (any more) are left out.
class RecommendationProjection : public OutboxConsumer {
public:
    explicit RecommendationProjection(Domain::CooccurrenceOptions options = RecommendationSettings::standard().model)
        : m_options(options) {}
    QString name() const override { return QStringLiteral("recommendations"); }
    bool wants(const QString &eventType) const override { return eventType == u"OrderPlaced"; }
    PgExpected<void> apply(PgConnection &connection, const OutboxEvent &event) override;

private:
    Domain::CooccurrenceOptions m_options;
};

// Lists per product, in each server process. Kept true by two channels: backroom_recommendations names the
// products whose counts changed (their lists are dropped), backroom_catalog any catalog change (everything
// is dropped: a product that stops being active must leave every list at once). Counts of other products
// drift too (N, popularity), slowly: an entry ends after maxAgeMs at the latest. Off while either listener
// is not connected.
class RecommendationCache : public NotifiedCache<qint64, RecommendationList> {
public:
    static constexpr qint64 maxAgeMs = 60'000;

    explicit RecommendationCache(int capacity) : NotifiedCache(capacity) {}
    ~RecommendationCache();

    void start(const QByteArray &conninfo);
    void stop();
    // A backroom_recommendations payload: "p1,2,3"; anything else drops everything.
    void handleModelNotification(QByteArrayView payload);
    void writeMetrics(QByteArray &out) const
    {
        NotifiedCache::writeMetrics(out, "backroom_recommendation_cache", "recommendation lists");
    }

private:
    void listenerState(int which, bool listening);

    std::unique_ptr<ChangeListener> m_model;
    std::unique_ptr<ChangeListener> m_catalog;
    std::mutex m_stateMutex;
    bool m_listening[2] = {false, false};
};

// What a server instance runs for recommendations besides the route: the projection it registers with its
// outbox dispatcher, and the cache (none when caching is off).
struct RecommendationParts {
    RecommendationProjection projection;
    std::unique_ptr<RecommendationCache> cache;
};

} // namespace Backroom::Server
