// SPDX-License-Identifier: MIT
#include "domain/order.h"

#include <gtest/gtest.h>
#include <limits>

using namespace Backroom::Domain;

namespace {
Money gbp(qint64 amount)
{
    return {amount, QStringLiteral("GBP")};
}
PricedLine line(const QString &sku, qint64 quantity, qint64 unit, qint64 effective, const QString &currency = QStringLiteral("GBP"))
{
    return {sku, sku + QStringLiteral(" title"), quantity, {unit, currency}, {effective, currency}, {}, {}};
}
const QDateTime at = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
} // namespace

TEST(LargestRemainder, SplitsEvenlyAndGivesTheLeftoverToTheEarliestTie)
{
    EXPECT_EQ(*allocateLargestRemainder(100, {1, 1, 1}), (QList<qint64>{34, 33, 33}));
    EXPECT_EQ(*allocateLargestRemainder(2, {1, 1, 1, 1}), (QList<qint64>{1, 1, 0, 0}));
}

TEST(LargestRemainder, GivesTheLeftoverToTheLargestRemainder)
{
    // 7 * {2,3,5} / 10 = 1.4, 2.1, 3.5: floors 1, 2, 3 (6), the one unit left goes to the .5.
    EXPECT_EQ(*allocateLargestRemainder(7, {2, 3, 5}), (QList<qint64>{1, 2, 4}));
    // 10.00 gross at 20 % tax-inclusive: 833.33 net, 166.67 tax -> 833 and 167.
    EXPECT_EQ(*allocateLargestRemainder(1000, {10000, 2000}), (QList<qint64>{833, 167}));
    EXPECT_EQ(*allocateLargestRemainder(10, {3, 0, 7}), (QList<qint64>{3, 0, 7}));
}

TEST(LargestRemainder, SplitsNegativeAndHugeTotalsExactly)
{
    EXPECT_EQ(*allocateLargestRemainder(-100, {1, 1, 1}), (QList<qint64>{-34, -33, -33}));
    const qint64 max = std::numeric_limits<qint64>::max();
    EXPECT_EQ(*allocateLargestRemainder(max, {1, 1}), (QList<qint64>{4611686018427387904, 4611686018427387903}));
    EXPECT_EQ(*allocateLargestRemainder(max, {max, max, 1}),
              (QList<qint64>{4611686018427387903, 4611686018427387903, 1}));
}

TEST(LargestRemainder, RefusesWeightsItCannotSplitBy)
{
    EXPECT_FALSE(allocateLargestRemainder(5, {}).has_value());
    EXPECT_FALSE(allocateLargestRemainder(5, {0, 0}).has_value());
    EXPECT_FALSE(allocateLargestRemainder(5, {3, -1}).has_value());
}

TEST(CartQuantity, AcceptsOneToNinetyNine)
{
    EXPECT_EQ(*cartQuantityFromJson(QJsonValue(1), QStringLiteral("quantity")), 1);
    EXPECT_EQ(*cartQuantityFromJson(QJsonValue(99), QStringLiteral("quantity")), 99);
    for (const QJsonValue &bad : {QJsonValue(0), QJsonValue(100), QJsonValue(1e9), QJsonValue(-1), QJsonValue(1.5),
                                  QJsonValue(QStringLiteral("2")), QJsonValue()}) {
        auto r = cartQuantityFromJson(bad, QStringLiteral("quantity"));
        ASSERT_FALSE(r.has_value());
        EXPECT_EQ(r.error().fields.value(0).field, QStringLiteral("quantity"));
    }
}

TEST(CartTotals, PricesPromotionsShippingAndTaxByHand)
{
    // A: 2 x 10.00 at 8.50 (15 % off); B: 3 x 4.99. Goods 17.00 + 14.97 = 31.97 < 50.00: shipping 3.95.
    // Total 35.92; tax at 20 % inclusive: 35.92 * 2000 / 12000 = 5.9867 -> 5.99 (largest remainder).
    // Spread 599 over 1700 / 1497 / 395: 283.49, 249.64, 65.87 -> floors 283, 249, 65 (597), the two units
    // left go to shipping (.87) then B (.64).
    auto t = computeTotals({line(QStringLiteral("A"), 2, 1000, 850), line(QStringLiteral("B"), 3, 499, 499)},
                           QStringLiteral("GB"), QStringLiteral("GBP"), PricingRules::standard());
    ASSERT_TRUE(t.has_value()) << t.error().message.toStdString();
    EXPECT_EQ(t->subtotal, gbp(3497));
    EXPECT_EQ(t->discount, gbp(300));
    EXPECT_EQ(t->shipping, gbp(395));
    EXPECT_EQ(t->total, gbp(3592));
    EXPECT_EQ(t->tax, gbp(599));
    EXPECT_EQ(t->taxBasisPoints, 2000);
    ASSERT_EQ(t->lines.size(), 2);
    EXPECT_EQ(t->lines[0].lineTotal, gbp(1700));
    EXPECT_EQ(t->lines[0].discount, gbp(300));
    EXPECT_EQ(t->lines[0].tax, gbp(283));
    EXPECT_EQ(t->lines[1].lineTotal, gbp(1497));
    EXPECT_EQ(t->lines[1].discount, gbp(0));
    EXPECT_EQ(t->lines[1].tax, gbp(250));
    EXPECT_EQ(t->shippingTax, gbp(66));
}

TEST(CartTotals, ShipsFreeFromTheThresholdAndTaxesByCountry)
{
    // 2 x 25.00 = 50.00: free shipping in GB; tax 50.00 * 2000 / 12000 = 8.333 -> 8.33.
    auto gb = computeTotals({line(QStringLiteral("A"), 2, 2500, 2500)}, QStringLiteral("GB"), QStringLiteral("GBP"),
                            PricingRules::standard());
    ASSERT_TRUE(gb.has_value());
    EXPECT_EQ(gb->shipping, gbp(0));
    EXPECT_EQ(gb->total, gbp(5000));
    EXPECT_EQ(gb->tax, gbp(833));
    EXPECT_EQ(gb->lines[0].tax, gbp(833));
    // The same goods to Germany: 9.95 shipping (free only from 150.00), 19 %: 59.95 * 1900 / 11900 = 9.5718 -> 9.57.
    auto de = computeTotals({line(QStringLiteral("A"), 2, 2500, 2500)}, QStringLiteral("DE"), QStringLiteral("GBP"),
                            PricingRules::standard());
    ASSERT_TRUE(de.has_value());
    EXPECT_EQ(de->shipping, gbp(995));
    EXPECT_EQ(de->total, gbp(5995));
    EXPECT_EQ(de->tax, gbp(957));
    EXPECT_EQ(de->lines[0].tax.amount + de->shippingTax.amount, 957);
    // No tax in the US table.
    auto us = computeTotals({line(QStringLiteral("A"), 1, 2500, 2500)}, QStringLiteral("US"), QStringLiteral("GBP"),
                            PricingRules::standard());
    ASSERT_TRUE(us.has_value());
    EXPECT_EQ(us->tax, gbp(0));
    EXPECT_EQ(us->total, gbp(3495));
}

TEST(CartTotals, EmptyCartIsZeroWithoutShipping)
{
    auto t = computeTotals({}, QStringLiteral("GB"), QStringLiteral("GBP"), PricingRules::standard());
    ASSERT_TRUE(t.has_value());
    EXPECT_EQ(t->total, gbp(0));
    EXPECT_EQ(t->shipping, gbp(0));
}

TEST(CartTotals, RefusesMixedCurrenciesAndPlacesItDoesNotShipTo)
{
    auto mixed = computeTotals({line(QStringLiteral("A"), 1, 100, 100), line(QStringLiteral("B"), 1, 100, 100, QStringLiteral("EUR"))},
                               QStringLiteral("GB"), QStringLiteral("GBP"), PricingRules::standard());
    ASSERT_FALSE(mixed.has_value());
    EXPECT_EQ(mixed.error().fields.value(0).field, QStringLiteral("lines[1].sku"));
    auto yen = computeTotals({line(QStringLiteral("A"), 1, 100, 100, QStringLiteral("JPY"))}, QStringLiteral("GB"),
                             QStringLiteral("JPY"), PricingRules::standard());
    ASSERT_FALSE(yen.has_value());
    EXPECT_EQ(yen.error().fields.value(0).field, QStringLiteral("country"));
    auto overflow = computeTotals({line(QStringLiteral("A"), 99, std::numeric_limits<qint64>::max() / 2, 1)},
                                  QStringLiteral("GB"), QStringLiteral("GBP"), PricingRules::standard());
    EXPECT_FALSE(overflow.has_value());
}

TEST(OrderStateMachine, WalksTheHappyPath)
{
    OrderState s;
    for (OrderAction a : {OrderAction::Confirm, OrderAction::Pick, OrderAction::Pack, OrderAction::Ship, OrderAction::Deliver}) {
        auto t = decideOrderAction(s, a, at);
        ASSERT_TRUE(t.has_value()) << orderActionName(a).toStdString() << ": " << t.error().message.toStdString();
        EXPECT_EQ(t->from, s);
        EXPECT_EQ(t->at, at);
        s = t->to;
    }
    EXPECT_EQ(s.status, OrderStatus::Delivered);
    EXPECT_TRUE(allowedOrderActions(s).isEmpty());
}

TEST(OrderStateMachine, RefusesIllegalTransitionsNamingStateAndAction)
{
    auto shipped = decideOrderAction({OrderStatus::Shipped, FulfilmentStep::Packed}, OrderAction::Cancel, at, QStringLiteral("late"));
    ASSERT_FALSE(shipped.has_value());
    EXPECT_EQ(shipped.error().code, ErrorCode::InvalidTransition);
    EXPECT_TRUE(shipped.error().message.contains(QStringLiteral("shipped")));
    EXPECT_TRUE(shipped.error().message.contains(QStringLiteral("'cancel'")));
    auto packBeforePick = decideOrderAction({OrderStatus::Confirmed, FulfilmentStep::None}, OrderAction::Pack, at);
    ASSERT_FALSE(packBeforePick.has_value());
    EXPECT_TRUE(packBeforePick.error().message.contains(QStringLiteral("confirmed")));
    EXPECT_TRUE(packBeforePick.error().message.contains(QStringLiteral("allowed: pick, cancel")));
    EXPECT_FALSE(decideOrderAction({OrderStatus::Pending, FulfilmentStep::None}, OrderAction::Ship, at).has_value());
    EXPECT_FALSE(decideOrderAction({OrderStatus::Cancelled, FulfilmentStep::None}, OrderAction::Confirm, at).has_value());
    EXPECT_FALSE(decideOrderAction({OrderStatus::Fulfilling, FulfilmentStep::Picked}, OrderAction::Ship, at).has_value());
}

TEST(OrderStateMachine, CancelNeedsAReasonAndIsAllowedUntilShipped)
{
    auto none = decideOrderAction({}, OrderAction::Cancel, at, QStringLiteral("   "));
    ASSERT_FALSE(none.has_value());
    EXPECT_EQ(none.error().fields.value(0).field, QStringLiteral("reason"));
    auto ok = decideOrderAction({OrderStatus::Fulfilling, FulfilmentStep::Packed}, OrderAction::Cancel, at,
                                QStringLiteral(" customer asked "));
    ASSERT_TRUE(ok.has_value());
    EXPECT_EQ(ok->to.status, OrderStatus::Cancelled);
    EXPECT_EQ(ok->reason, QStringLiteral("customer asked"));
    EXPECT_EQ(allowedOrderActions({OrderStatus::Confirmed, FulfilmentStep::None}),
              (QList<OrderAction>{OrderAction::Pick, OrderAction::Cancel}));
}

TEST(OrderStateMachine, NamesRoundTrip)
{
    for (OrderStatus s : {OrderStatus::Pending, OrderStatus::Confirmed, OrderStatus::Fulfilling, OrderStatus::Shipped,
                          OrderStatus::Delivered, OrderStatus::Cancelled})
        EXPECT_EQ(orderStatusFromName(orderStatusName(s)), s);
    EXPECT_FALSE(orderStatusFromName(u"lost").has_value());
    EXPECT_EQ(orderEventType(OrderAction::Cancel), QStringLiteral("OrderCancelled"));
}
