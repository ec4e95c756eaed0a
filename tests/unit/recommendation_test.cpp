// SPDX-License-Identifier: MIT
#include "domain/recommendation.h"

#include <gtest/gtest.h>

using namespace Backroom::Domain;

namespace {
// Seven ordinary baskets and one too large to count (cap 3). By hand, over the N = 7 counted baskets:
//   n(1) = 5 (b1 b2 b3 b4 b7), n(2) = 5 (b1 b2 b3 b5 b7), n(3) = 3 (b1 b4 b5), n(4) = 2 (b3 b6), n(5) = 1
//   n(1,2) = 4 (b1 b2 b3 b7), n(1,3) = 2 (b1 b4), n(2,3) = 2 (b1 b5), n(1,4) = n(1,5) = n(2,4) = 1
// and orders (all eight baskets): 1 → 6, 2 → 6, 3 → 4, 4 → 3, 5 → 2, 6 → 1.
CooccurrenceModel history()
{
    CooccurrenceModel model(CooccurrenceOptions{3});
    const QList<QList<qint64>> baskets{{1, 2, 3}, {1, 2}, {1, 2, 4}, {1, 3}, {2, 3}, {4}, {1, 2, 5},
                                       {1, 2, 3, 4, 5, 6}};
    for (const QList<qint64> &b : baskets)
        model.addBasket(b);
    return model;
}

RecommendationThresholds thresholds(double minLift)
{
    RecommendationThresholds t;
    t.minItemBaskets = 2;
    t.minPairCount = 2;
    t.minConfidence = 0.3;
    t.minLift = minLift;
    return t;
}

QList<qint64> products(const QList<Recommendation> &list)
{
    QList<qint64> ids;
    for (const Recommendation &r : list)
        ids.append(r.product);
    return ids;
}
} // namespace

TEST(Cooccurrence, BasketDeltaCountsDistinctValidProductsAndEveryOrderedPair)
{
    const BasketDelta d = basketDelta({3, 1, 3, 0, -2});
    EXPECT_EQ(d.items, (QList<qint64>{1, 3}));
    EXPECT_TRUE(d.counted);
    EXPECT_EQ(d.pairs, (QList<std::pair<qint64, qint64>>{{1, 3}, {3, 1}}));
    EXPECT_TRUE(basketDelta({7}).counted);
    EXPECT_TRUE(basketDelta({7}).pairs.isEmpty());
    EXPECT_FALSE(basketDelta({}).counted);
}

TEST(Cooccurrence, BasketsAboveTheCapFeedPopularityOnly)
{
    const BasketDelta d = basketDelta({1, 2, 3, 4}, CooccurrenceOptions{3});
    EXPECT_FALSE(d.counted);
    EXPECT_TRUE(d.pairs.isEmpty());
    EXPECT_EQ(d.items.size(), 4);

    const CooccurrenceModel model = history();
    EXPECT_EQ(model.baskets(), 7);
    EXPECT_EQ(model.itemCount(6), 0);
    EXPECT_EQ(model.orders(6), 1);
    EXPECT_EQ(model.orders(1), 6);
    EXPECT_EQ(model.pairCount(1, 6), 0);
    EXPECT_EQ(model.pairCount(1, 2), 4);
    EXPECT_EQ(model.pairCount(2, 1), 4);
    EXPECT_EQ(model.pairCount(2, 3), 2);
}

TEST(Cooccurrence, SupportConfidenceAndLiftAsComputedByHand)
{
    const QList<Recommendation> recs = history().recommend(1, thresholds(0.9), 10);
    ASSERT_EQ(products(recs), (QList<qint64>{2, 3})); // 4 and 5 share one basket only
    // 1 → 2: support 4/7, confidence 4/5, lift 4·7/(5·5) = 1.12.
    EXPECT_DOUBLE_EQ(recs[0].support, 4.0 / 7.0);
    EXPECT_DOUBLE_EQ(recs[0].confidence, 0.8);
    EXPECT_DOUBLE_EQ(recs[0].lift, 28.0 / 25.0);
    EXPECT_EQ(recs[0].pairCount, 4);
    // 1 → 3: support 2/7, confidence 2/5, lift 2·7/(5·3) = 14/15.
    EXPECT_DOUBLE_EQ(recs[1].support, 2.0 / 7.0);
    EXPECT_DOUBLE_EQ(recs[1].confidence, 0.4);
    EXPECT_DOUBLE_EQ(recs[1].lift, 14.0 / 15.0);
}

TEST(Cooccurrence, ThresholdsDropWhatFallsShort)
{
    // Lift must exceed 1: 3 goes with 1 less often than chance (14/15).
    EXPECT_EQ(products(history().recommend(1, thresholds(1.0), 10)), (QList<qint64>{2}));
    RecommendationThresholds strict = thresholds(0.9);
    strict.minConfidence = 0.5;
    EXPECT_EQ(products(history().recommend(1, strict, 10)), (QList<qint64>{2}));
    RecommendationThresholds loose = thresholds(0.0);
    loose.minPairCount = 1;
    EXPECT_EQ(products(history().recommend(1, loose, 10)), (QList<qint64>{2, 3})); // 4, 5: confidence 1/5
    loose.minConfidence = 0.0;
    EXPECT_EQ(products(history().recommend(1, loose, 10)), (QList<qint64>{2, 3, 4, 5}));
    EXPECT_EQ(products(history().recommend(1, loose, 2)), (QList<qint64>{2, 3}));
}

TEST(Cooccurrence, TooLittleHistoryGivesNothingSoThePopularListAnswers)
{
    const CooccurrenceModel model = history();
    EXPECT_TRUE(model.recommend(5, thresholds(0.0), 10).isEmpty()); // n(5) = 1 < 2
    EXPECT_TRUE(model.recommend(6, thresholds(0.0), 10).isEmpty()); // only in the capped basket
    EXPECT_TRUE(model.recommend(99, thresholds(0.0), 10).isEmpty());
    // 1 and 2 tie at six orders: the lower id first; the product asked about is never in its own list.
    EXPECT_EQ(model.popular({5}, 3), (QList<qint64>{1, 2, 3}));
    EXPECT_EQ(model.popular({1}, 3), (QList<qint64>{2, 3, 4}));
    EXPECT_EQ(model.popular({}, 100).size(), 6);
}

TEST(Cooccurrence, TiesGoToMoreSharedBasketsThenTheLowerId)
{
    // 3 → 1 and 3 → 2: both n = 2, confidence 2/3, lift 14/15.
    EXPECT_EQ(products(history().recommend(3, thresholds(0.9), 10)), (QList<qint64>{1, 2}));
}

TEST(Cooccurrence, RankingsOrderTheSameCandidatesDifferently)
{
    // n(A) = 10 of N = 100. X: n(A,X) = 5, n(X) = 40 → confidence .5, lift 1.25, cosine .25;
    // Y: n(A,Y) = 3, n(Y) = 6 → confidence .3, lift 5, cosine 3/sqrt(60) ≈ .387.
    const QList<CooccurrenceCandidate> candidates{{11, 5, 40}, {12, 3, 6}};
    RecommendationThresholds t;
    t.minItemBaskets = 1;
    EXPECT_EQ(products(rankCooccurring(10, 100, candidates, t, 10, RecommendationRanking::Confidence)),
              (QList<qint64>{11, 12}));
    EXPECT_EQ(products(rankCooccurring(10, 100, candidates, t, 10, RecommendationRanking::Lift)), (QList<qint64>{12, 11}));
    EXPECT_EQ(products(rankCooccurring(10, 100, candidates, t, 10, RecommendationRanking::Cosine)),
              (QList<qint64>{12, 11}));
    const QList<Recommendation> cosine = rankCooccurring(10, 100, candidates, t, 10, RecommendationRanking::Cosine);
    EXPECT_DOUBLE_EQ(cosine[1].score, 0.25);
    EXPECT_TRUE(rankCooccurring(10, 0, candidates, t, 10).isEmpty());
    EXPECT_TRUE(rankCooccurring(10, 100, candidates, t, 0).isEmpty());
}

TEST(Cooccurrence, PopularRankingSkipsProductsNeverOrdered)
{
    EXPECT_EQ(rankPopular({{3, 2}, {1, 0}, {2, 5}, {4, 2}}, {}, 10), (QList<qint64>{2, 3, 4}));
}
