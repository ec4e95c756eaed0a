// SPDX-License-Identifier: MIT
#include "domain/recommendation.h"

#include <algorithm>
#include <cmath>

namespace Backroom::Domain {

BasketDelta basketDelta(const QList<qint64> &products, const CooccurrenceOptions &options)
{
    BasketDelta delta;
    for (qint64 p : products) {
        if (p > 0)
            delta.items.append(p);
    }
    std::sort(delta.items.begin(), delta.items.end());
    delta.items.erase(std::unique(delta.items.begin(), delta.items.end()), delta.items.end());
    delta.counted = !delta.items.isEmpty() && delta.items.size() <= options.maxBasketItems;
    if (!delta.counted)
        return delta;
    delta.pairs.reserve(delta.items.size() * (delta.items.size() - 1));
    for (qint64 a : std::as_const(delta.items)) {
        for (qint64 b : std::as_const(delta.items)) {
            if (a != b)
                delta.pairs.append({a, b});
        }
    }
    return delta;
}

QList<Recommendation> rankCooccurring(qint64 itemCount, qint64 baskets, const QList<CooccurrenceCandidate> &candidates,
                                      const RecommendationThresholds &thresholds, int limit,
                                      RecommendationRanking ranking)
{
    QList<Recommendation> ranked;
    if (baskets <= 0 || itemCount <= 0 || itemCount < thresholds.minItemBaskets || limit <= 0)
        return ranked;
    const double n = double(baskets);
    for (const CooccurrenceCandidate &c : candidates) {
        if (c.pairCount < thresholds.minPairCount || c.productCount <= 0)
            continue;
        Recommendation r;
        r.product = c.product;
        r.pairCount = c.pairCount;
        r.support = double(c.pairCount) / n;
        r.confidence = double(c.pairCount) / double(itemCount);
        r.lift = double(c.pairCount) * n / (double(itemCount) * double(c.productCount));
        if (r.confidence < thresholds.minConfidence || r.lift <= thresholds.minLift)
            continue;
        switch (ranking) {
        case RecommendationRanking::Confidence:
            r.score = r.confidence;
            break;
        case RecommendationRanking::Lift:
            r.score = r.lift;
            break;
        case RecommendationRanking::Cosine:
            r.score = double(c.pairCount) / std::sqrt(double(itemCount) * double(c.productCount));
            break;
        }
        ranked.append(r);
    }
    std::sort(ranked.begin(), ranked.end(), [](const Recommendation &a, const Recommendation &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.pairCount != b.pairCount)
            return a.pairCount > b.pairCount;
        return a.product < b.product;
    });
    if (ranked.size() > limit)
        ranked.resize(limit);
    return ranked;
}

QList<qint64> rankPopular(QList<ProductPopularity> products, const QSet<qint64> &exclude, int limit)
{
    std::sort(products.begin(), products.end(), [](const ProductPopularity &a, const ProductPopularity &b) {
        return a.orders != b.orders ? a.orders > b.orders : a.product < b.product;
    });
    QList<qint64> ranked;
    for (const ProductPopularity &p : std::as_const(products)) {
        if (ranked.size() >= limit)
            break;
        if (p.orders > 0 && !exclude.contains(p.product))
            ranked.append(p.product);
    }
    return ranked;
}

void CooccurrenceModel::addBasket(const QList<qint64> &products)
{
    const BasketDelta delta = basketDelta(products, m_options);
    for (qint64 p : delta.items)
        ++m_orders[p];
    if (!delta.counted)
        return;
    ++m_baskets;
    for (qint64 p : delta.items)
        ++m_items[p];
    for (const auto &[a, b] : delta.pairs)
        ++m_pairs[a][b];
}

qint64 CooccurrenceModel::pairCount(qint64 a, qint64 b) const
{
    const auto it = m_pairs.constFind(a);
    return it == m_pairs.cend() ? 0 : it->value(b);
}

QList<CooccurrenceCandidate> CooccurrenceModel::candidates(qint64 product) const
{
    QList<CooccurrenceCandidate> list;
    const auto it = m_pairs.constFind(product);
    if (it == m_pairs.cend())
        return list;
    list.reserve(it->size());
    for (auto b = it->cbegin(); b != it->cend(); ++b)
        list.append({b.key(), b.value(), m_items.value(b.key())});
    return list;
}

QList<Recommendation> CooccurrenceModel::recommend(qint64 product, const RecommendationThresholds &thresholds, int limit,
                                                   RecommendationRanking ranking) const
{
    return rankCooccurring(itemCount(product), m_baskets, candidates(product), thresholds, limit, ranking);
}

QList<qint64> CooccurrenceModel::popular(const QSet<qint64> &exclude, int limit) const
{
    QList<ProductPopularity> all;
    all.reserve(m_orders.size());
    for (auto it = m_orders.cbegin(); it != m_orders.cend(); ++it)
        all.append({it.key(), it.value()});
    return rankPopular(std::move(all), exclude, limit);
}

} // namespace Backroom::Domain
