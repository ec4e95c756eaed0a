// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QSet>

namespace Backroom::Domain {

// "Bought together": item-to-item co-occurrence over baskets (the distinct products of one order).
// Pure: the server keeps the counts in tables, the benchmark in a CooccurrenceModel; both rank with
// rankCooccurring, so what the bench measures is what the route serves.
//
// For products A and B, over the N baskets the model counts:
//   support(A,B)    = n(A,B) / N
//   confidence(A→B) = n(A,B) / n(A)           how often a basket with A also has B
//   lift(A,B)       = n(A,B)·N / (n(A)·n(B))  how much more often than if A and B were independent
//
// Very large baskets (wholesale restocking orders: invoices of hundreds of lines) are capped, not weighted:
// a basket with more than maxBasketItems distinct products counts towards popularity only, never towards
// N, n(A) or n(A,B). Its k products would add k(k−1) pair counts — quadratic work per order and, in the
// data set, a handful of such invoices outweighing thousands of ordinary ones — and "a shop restocks 300
// lines at once" says little about what goes together. Weighting pairs by 1/(k−1) would bound their
// influence but not the O(k²) cost, and gives fractional counts that support thresholds read poorly. The
// benchmark (tests/bench/recommendations) measures the cap against other values; the server uses 80.

struct CooccurrenceOptions {
    int maxBasketItems = 40; // baskets with more distinct products feed popularity only
};

// The changes one order makes to the counts: what a projection applies incrementally.
struct BasketDelta {
    QList<qint64> items;                     // distinct, ascending: each gains one order (popularity)
    bool counted = false;                    // within the cap: N and each n(item) gain one
    QList<std::pair<qint64, qint64>> pairs;  // counted only: every ordered pair (a, b), a != b, ascending
};

// Invalid ids (0 or less) are dropped; duplicates count once.
BasketDelta basketDelta(const QList<qint64> &products, const CooccurrenceOptions &options = {});

struct RecommendationThresholds {
    qint64 minItemBaskets = 3; // n(A) below this: too little history, the popularity fallback answers
    qint64 minPairCount = 2;   // n(A,B) at least (absolute support): one shared basket is a coincidence
    double minConfidence = 0.02;
    double minLift = 1.0;      // above this strictly: B goes with A more often than chance
};

enum class RecommendationRanking {
    Confidence, // n(A,B)/n(A): favours what sells well alongside A
    Lift,       // favours rare, tightly bound products
    Cosine,     // n(A,B)/sqrt(n(A)·n(B)): between the two
};

// One product that co-occurs with the one asked about.
struct CooccurrenceCandidate {
    qint64 product = 0;
    qint64 pairCount = 0;    // n(A,B)
    qint64 productCount = 0; // n(B)
};

struct Recommendation {
    qint64 product = 0;
    qint64 pairCount = 0;
    double support = 0;
    double confidence = 0;
    double lift = 0;
    double score = 0; // by the ranking asked for

    friend bool operator==(const Recommendation &, const Recommendation &) = default;
};

// The candidates that pass every threshold, best first by ranking (ties: more shared baskets, then the
// lower id), at most limit. Empty when itemCount is below thresholds.minItemBaskets or baskets is 0.
QList<Recommendation> rankCooccurring(qint64 itemCount, qint64 baskets, const QList<CooccurrenceCandidate> &candidates,
                                      const RecommendationThresholds &thresholds, int limit,
                                      RecommendationRanking ranking = RecommendationRanking::Confidence);

struct ProductPopularity {
    qint64 product = 0;
    qint64 orders = 0;
};

// The most ordered products (ties: the lower id) not in exclude, at most limit.
QList<qint64> rankPopular(QList<ProductPopularity> products, const QSet<qint64> &exclude, int limit);

// The counts in memory, for the benchmark and the tests; the server keeps the same counts in tables.
class CooccurrenceModel {
public:
    explicit CooccurrenceModel(CooccurrenceOptions options = {}) : m_options(options) {}

    void addBasket(const QList<qint64> &products);

    qint64 baskets() const { return m_baskets; }                        // N
    qint64 itemCount(qint64 product) const { return m_items.value(product); } // n(A)
    qint64 orders(qint64 product) const { return m_orders.value(product); }
    qint64 pairCount(qint64 a, qint64 b) const;
    QList<CooccurrenceCandidate> candidates(qint64 product) const;

    QList<Recommendation> recommend(qint64 product, const RecommendationThresholds &thresholds, int limit,
                                    RecommendationRanking ranking = RecommendationRanking::Confidence) const;
    QList<qint64> popular(const QSet<qint64> &exclude, int limit) const;

private:
    CooccurrenceOptions m_options;
    qint64 m_baskets = 0;
    QHash<qint64, qint64> m_items;
    QHash<qint64, qint64> m_orders;
    QHash<qint64, QHash<qint64, qint64>> m_pairs; // a → b → n(a,b), both directions
};

} // namespace Backroom::Domain
