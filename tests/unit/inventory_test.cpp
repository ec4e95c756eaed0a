// SPDX-License-Identifier: MIT
#include "domain/forecast.h"
#include "domain/inventory.h"

#include <gtest/gtest.h>

using namespace Backroom::Domain;

namespace {
StockState state(qint64 onHand, qint64 reserved = 0, qint64 allocated = 0)
{
    return StockState{onHand, reserved, allocated, 1};
}
QString firstField(const Error &e)
{
    return e.fields.isEmpty() ? QString() : e.fields.first().field;
}
} // namespace

TEST(InventoryAggregate, FoldsEveryEventTypeIntoTheStreamState)
{
    const QList<StockEvent> events{
        {StockEventType::Received, 20, AdjustmentReason::Received, {}, {}, {}},
        {StockEventType::Adjusted, -2, AdjustmentReason::Damaged, {}, {}, {}},
        {StockEventType::Reserved, 5, {}, {}, QStringLiteral("1"), {}},
        {StockEventType::ReservationReleased, 1, {}, {}, QStringLiteral("1"), {}},
        {StockEventType::Reserved, 3, {}, {}, QStringLiteral("2"), {}},
        {StockEventType::ReservationExpired, 3, {}, {}, QStringLiteral("2"), {}},
        {StockEventType::Allocated, 4, {}, {}, QStringLiteral("1"), {}},
        {StockEventType::Shipped, 3, {}, {}, QStringLiteral("1"), {}},
        {StockEventType::TransferredOut, 6, {}, {}, QStringLiteral("9"), QStringLiteral("EAST")},
        {StockEventType::TransferredIn, 2, {}, {}, QStringLiteral("8"), QStringLiteral("EAST")},
    };
    // on hand 20-2-3-6+2 = 11; reserved 5-1+3-3-4 = 0; allocated 4-3 = 1.
    EXPECT_EQ(foldStockEvents(events), (StockState{11, 0, 1, 10}));
    EXPECT_EQ(foldStockEvents(events).available(), 10);
}

TEST(InventoryAggregate, EventsSurviveTheirJsonCodec)
{
    const StockEvent e{StockEventType::TransferredOut, 6, std::nullopt, QStringLiteral("to the shop"),
                       QStringLiteral("9"), QStringLiteral("EAST")};
    auto back = stockEventFromJson(stockEventToJson(e));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, e);
    const StockEvent adjusted{StockEventType::Adjusted, -3, AdjustmentReason::Lost, {}, {}, {}};
    EXPECT_EQ(*stockEventFromJson(stockEventToJson(adjusted)), adjusted);
    EXPECT_FALSE(stockEventFromJson({{QStringLiteral("type"), QStringLiteral("Stolen")}, {QStringLiteral("quantity"), 1}}));
    EXPECT_FALSE(stockEventFromJson({{QStringLiteral("type"), QStringLiteral("Reserved")}, {QStringLiteral("quantity"), -1}}));
}

TEST(InventoryAggregate, AdjustmentsNeedAReasonAndNeverGoBelowZero)
{
    auto received = decideAdjustment(state(0), 25, AdjustmentReason::Received, QStringLiteral("PO 7"));
    ASSERT_TRUE(received.has_value());
    EXPECT_EQ(received->type, StockEventType::Received);
    EXPECT_EQ(received->quantity, 25);
    auto damaged = decideAdjustment(state(10, 3), -7, AdjustmentReason::Damaged, {});
    ASSERT_TRUE(damaged.has_value());
    EXPECT_EQ(damaged->type, StockEventType::Adjusted);

    EXPECT_EQ(firstField(decideAdjustment(state(10), 5, std::nullopt, {}).error()), QStringLiteral("reason"));
    EXPECT_EQ(firstField(decideAdjustment(state(10), 0, AdjustmentReason::Found, {}).error()), QStringLiteral("delta"));
    EXPECT_EQ(firstField(decideAdjustment(state(10), maxStockQuantity + 1, AdjustmentReason::Found, {}).error()),
              QStringLiteral("delta"));
    EXPECT_EQ(firstField(decideAdjustment(state(10), -3, AdjustmentReason::Received, {}).error()), QStringLiteral("delta"));
    // 10 on hand, 3 reserved: 8 would take available to -1.
    EXPECT_EQ(firstField(decideAdjustment(state(10, 3), -8, AdjustmentReason::Lost, {}).error()), QStringLiteral("delta"));
}

TEST(InventoryAggregate, ACountBecomesTheCorrectionThatMakesOnHandTheCount)
{
    auto less = decideCount(state(12, 2), 9, QStringLiteral("shelf B"));
    ASSERT_TRUE(less.has_value() && less->has_value());
    EXPECT_EQ((*less)->quantity, -3);
    EXPECT_EQ((*less)->reason, AdjustmentReason::CountCorrection);
    auto more = decideCount(state(12), 15, {});
    EXPECT_EQ((*more)->quantity, 3);
    auto same = decideCount(state(12), 12, {});
    ASSERT_TRUE(same.has_value());
    EXPECT_FALSE(same->has_value());
    EXPECT_EQ(firstField(decideCount(state(12), -1, {}).error()), QStringLiteral("counted"));
    EXPECT_EQ(firstField(decideCount(state(12, 4, 2), 5, {}).error()), QStringLiteral("counted"));
}

TEST(InventoryAggregate, ReservationsTakeOnlyWhatIsAvailableAndGiveBackOnlyWhatIsHeld)
{
    EXPECT_TRUE(decideReserve(state(10, 4, 1), 5, QStringLiteral("1")).has_value());
    EXPECT_EQ(decideReserve(state(10, 4, 1), 6, QStringLiteral("1")).error().code, ErrorCode::Conflict);
    EXPECT_EQ(decideRelease(state(10, 4), 4, {}, true)->type, StockEventType::ReservationExpired);
    EXPECT_EQ(decideRelease(state(10, 4), 4, {}, false)->type, StockEventType::ReservationReleased);
    EXPECT_EQ(decideRelease(state(10, 4), 5, {}, false).error().code, ErrorCode::InvalidTransition);
    EXPECT_EQ(decideAllocate(state(10, 4), 5, {}).error().code, ErrorCode::InvalidTransition);
    EXPECT_EQ(decideShip(state(10, 0, 2), 3, {}).error().code, ErrorCode::InvalidTransition);
    EXPECT_EQ(firstField(decideTransferOut(state(10, 4), 7, {}, QStringLiteral("B")).error()), QStringLiteral("quantity"));
    EXPECT_EQ(firstField(decideReserve(state(10), 0, {}).error()), QStringLiteral("quantity"));
}

TEST(InventoryAllocation, PrefersOneWarehouseByPriorityAndSplitsWhenNoneCovers)
{
    const QHash<QString, QList<WarehouseStock>> stock{
        {QStringLiteral("A"), {{QStringLiteral("EAST"), 2, 10}, {QStringLiteral("MAIN"), 1, 4}, {QStringLiteral("WEST"), 3, 10}}}};
    // 3 fit in MAIN (priority 1); 8 fit only in EAST (next by priority) whole.
    auto small = allocateStock({{QStringLiteral("A"), 3}}, stock);
    ASSERT_TRUE(small.has_value());
    EXPECT_EQ(small->first().picks, (QList<StockPick>{{QStringLiteral("MAIN"), 3}}));
    auto whole = allocateStock({{QStringLiteral("A"), 8}}, stock);
    EXPECT_EQ(whole->first().picks, (QList<StockPick>{{QStringLiteral("EAST"), 8}}));
    // 20: no warehouse has it; MAIN 4, EAST 10, WEST 6.
    auto split = allocateStock({{QStringLiteral("A"), 20}}, stock);
    EXPECT_EQ(split->first().picks,
              (QList<StockPick>{{QStringLiteral("MAIN"), 4}, {QStringLiteral("EAST"), 10}, {QStringLiteral("WEST"), 6}}));
    // Two lines of one SKU share its stock: 10 from EAST, then 4 from MAIN.
    auto two = allocateStock({{QStringLiteral("A"), 10}, {QStringLiteral("A"), 4}}, stock);
    EXPECT_EQ((*two)[0].picks, (QList<StockPick>{{QStringLiteral("EAST"), 10}}));
    EXPECT_EQ((*two)[1].picks, (QList<StockPick>{{QStringLiteral("MAIN"), 4}}));
}

TEST(InventoryAllocation, ReportsEveryShortSkuAtOnce)
{
    const QHash<QString, QList<WarehouseStock>> stock{{QStringLiteral("A"), {{QStringLiteral("MAIN"), 1, 5}}},
                                                      {QStringLiteral("B"), {{QStringLiteral("MAIN"), 1, 1}}}};
    auto short_ = allocateStock({{QStringLiteral("A"), 3}, {QStringLiteral("B"), 2}, {QStringLiteral("A"), 3},
                                 {QStringLiteral("C"), 1}},
                                stock);
    ASSERT_FALSE(short_.has_value());
    EXPECT_EQ(short_.error(), (QList<StockShortage>{{QStringLiteral("A"), 6, 5}, {QStringLiteral("B"), 2, 1},
                                                    {QStringLiteral("C"), 1, 0}}));
}

TEST(Forecast, SmoothsDailyDemandExponentially)
{
    // 10; 0.5·0 + 0.5·10 = 5; 0.5·20 + 0.5·5 = 12.5.
    EXPECT_DOUBLE_EQ(exponentialSmoothing({10, 0, 20}, 0.5), 12.5);
    // 0.3·10 + 0.7·0 = 3.
    EXPECT_DOUBLE_EQ(exponentialSmoothing({0, 10}, 0.3), 3.0);
    EXPECT_DOUBLE_EQ(exponentialSmoothing({}, 0.3), 0.0);
}

TEST(Forecast, ComputesCoverReorderDateAndQuantity)
{
    const QDate today(2026, 3, 10);
    ForecastInput steady{{4, 4, 4, 4}, 100, 7, std::nullopt, std::nullopt, today, 0.3, 30};
    const Forecast f = forecastStock(steady);
    EXPECT_DOUBLE_EQ(f.dailyDemand, 4.0);
    EXPECT_DOUBLE_EQ(*f.daysOfCover, 25.0);    // 100 / 4
    EXPECT_EQ(f.reorderPoint, 28);             // 4 · 7
    EXPECT_EQ(f.reorderOn, today.addDays(18)); // (100 − 28) / 4 = 18
    EXPECT_EQ(f.suggestedQuantity, 148);       // 4 · (7 + 30)

    ForecastInput set{{10, 0, 20}, 50, 7, 30, 100, today, 0.5, 30};
    const Forecast g = forecastStock(set);
    EXPECT_DOUBLE_EQ(*g.daysOfCover, 4.0);    // 50 / 12.5
    EXPECT_EQ(g.reorderOn, today.addDays(1)); // (50 − 30) / 12.5 = 1.6 → day 1
    EXPECT_EQ(g.suggestedQuantity, 100);

    ForecastInput idle{{0, 0}, 5, 7, 10, std::nullopt, today, 0.3, 30};
    const Forecast h = forecastStock(idle);
    EXPECT_FALSE(h.daysOfCover.has_value());
    EXPECT_EQ(h.reorderOn, today); // already below its reorder point
    EXPECT_EQ(h.suggestedQuantity, 0);
}
