// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <optional>

namespace Backroom::Domain {

// Simple exponential smoothing over a series (oldest first): s₀ = x₀, sₜ = α·xₜ + (1−α)·sₜ₋₁. 0 for an
// empty series. alpha in (0, 1].
double exponentialSmoothing(const QList<qint64> &series, double alpha);

struct ForecastInput {
    QList<qint64> dailyDemand; // units sold per day, oldest first, one entry per day up to yesterday
    qint64 available = 0;
    int leadTimeDays = 7;
    std::optional<qint64> reorderPoint;    // none: computed, demand over the lead time
    std::optional<qint64> reorderQuantity; // none: computed, demand over lead time + coverDays
    QDate today;
    double alpha = 0.3;
    int coverDays = 30; // how long a computed reorder should last after it arrives
};

struct Forecast {
    double dailyDemand = 0;               // the smoothed demand per day
    std::optional<double> daysOfCover;    // available / demand; none without demand
    qint64 reorderPoint = 0;              // as set, or computed
    std::optional<QDate> reorderOn;       // when available reaches the reorder point; today when it has
    qint64 suggestedQuantity = 0;
};

Forecast forecastStock(const ForecastInput &input);

} // namespace Backroom::Domain
