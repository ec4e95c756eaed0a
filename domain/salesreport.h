// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace Backroom::Domain {

// The one place the reports' figures are defined; the server's read models and the import's checks use
// these and nothing else. Days are UTC calendar days of the event's time.
//
// - A product line: a line whose SKU is not one of the retail data's non-product codes (postage, fees,
//   discounts, manual adjustments, samples, gift vouchers; see retailNonProductCode).
// - A line's gross amount: what the line costs before promotions (line total + line discount), for a
//   product line with a positive quantity; 0 for every other line.
// - Gross sales of a day: the sum of the gross amounts of the lines of the orders placed that day. An order
//   cancelled later stays in its day's gross; its cancellation is counted on the day it happens.
// - Discounts: what promotions took off product lines, plus discount lines (code D) as a positive amount.
// - Refunds: the goods part of each issued refund (amount − shipping), on the day it was issued.
// - Cancellations: the gross − discounts of each cancelled order, on the day it was cancelled.
// - Net sales = gross − discounts − refunds − cancellations.
// - Average order value = (gross − discounts) / orders, rounded half away from zero; 0 without orders.

bool isProductLine(QStringView sku);
qint64 grossLineAmount(QStringView sku, qint64 quantity, qint64 lineTotal, qint64 lineDiscount);

struct SoldLine {
    QString sku;
    QString title;
    std::optional<qint64> productId;
    std::optional<qint64> categoryId;
    qint64 units = 0;   // the quantity of a product line with a positive quantity
    qint64 gross = 0;   // grossLineAmount
    qint64 revenue = 0; // gross − the line's discount: what the customer paid for it
};

struct PlacedOrderSales {
    QString currency;
    QDateTime placedAt;
    QString status;
    qint64 units = 0;
    qint64 gross = 0;
    qint64 discounts = 0;
    QList<SoldLine> lines; // product lines with a positive quantity only
};

// The figures of an OrderPlaced event's payload. Validation (naming the member) when a member the figures
// need is missing or malformed: currency, placed_at, lines[i].sku/quantity/line_total.
Result<PlacedOrderSales> placedOrderSales(const QJsonObject &payload);

struct IssuedRefund {
    QString currency;
    QDateTime createdAt;
    QString reason; // "other" when the event has none
    qint64 goods = 0;
    // What a cancelled order gave back (kind "cancellation"): its OrderCancelled already takes the order off
    // net sales, so the reports must not count this money a second time.
    bool ofCancellation = false;
};

// The figures of a RefundIssued event's payload: amount{amount,currency}, shipping{amount} (optional,
// the part of amount that refunds postage), reason, created_at, kind (optional).
Result<IssuedRefund> issuedRefund(const QJsonObject &payload);

qint64 netSales(qint64 gross, qint64 discounts, qint64 refunds, qint64 cancellations);
qint64 averageOrderValue(qint64 gross, qint64 discounts, qint64 orders);

// The nearest-rank percentile (1…100) of values; nullopt for none.
std::optional<qint64> percentile(QList<qint64> values, int percent);

enum class ReportInterval { Day, Week, Month };
QString reportIntervalName(ReportInterval interval);
std::optional<ReportInterval> reportIntervalFromName(QStringView name);
// The first day of the interval day falls in: itself, its ISO week's Monday, its month's first.
QDate intervalStart(const QDate &day, ReportInterval interval);
// The starts of every interval from → to touches, in order.
QList<QDate> intervalStarts(const QDate &from, const QDate &to, ReportInterval interval);

struct ReportRange {
    QDate from; // inclusive
    QDate to;   // inclusive
    ReportInterval interval = ReportInterval::Day;
    int days() const { return int(from.daysTo(to)) + 1; }
    // The range of as many days just before this one, for comparison.
    ReportRange previous() const;
};

// The longest range each interval may ask for, in days: 3 years of days, 10 years of weeks, 20 of months.
int maxRangeDays(ReportInterval interval);

// from/to as YYYY-MM-DD (empty: the last 30 days up to today), interval day|week|month (empty: day).
// Validation naming each bad field: a date that is not one, to before from, a range wider than
// maxRangeDays(interval) ("from"), an unknown interval.
Result<ReportRange> parseReportRange(const QString &from, const QString &to, const QString &interval, const QDate &today);

} // namespace Backroom::Domain
