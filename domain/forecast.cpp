// SPDX-License-Identifier: MIT
#include "domain/forecast.h"

#include <cmath>

namespace Backroom::Domain {

double exponentialSmoothing(const QList<qint64> &series, double alpha)
{
    if (series.isEmpty())
        return 0;
    double s = double(series.first());
    for (qsizetype i = 1; i < series.size(); ++i)
        s = alpha * double(series[i]) + (1 - alpha) * s;
    return s;
}

Forecast forecastStock(const ForecastInput &in)
{
    Forecast f;
    f.dailyDemand = exponentialSmoothing(in.dailyDemand, in.alpha);
    // Rounding up: a reorder point or quantity a fraction short is a stock-out.
    f.reorderPoint = in.reorderPoint.value_or(qint64(std::ceil(f.dailyDemand * in.leadTimeDays - 1e-9)));
    f.suggestedQuantity = in.reorderQuantity.value_or(
        qint64(std::ceil(f.dailyDemand * (in.leadTimeDays + in.coverDays) - 1e-9)));
    if (f.dailyDemand <= 0) {
        if (in.available < f.reorderPoint)
            f.reorderOn = in.today;
        return f;
    }
    f.daysOfCover = double(in.available) / f.dailyDemand;
    const double untilReorder = double(in.available - f.reorderPoint) / f.dailyDemand;
    f.reorderOn = untilReorder <= 0 ? in.today : in.today.addDays(qint64(std::floor(untilReorder)));
    return f;
}

} // namespace Backroom::Domain
