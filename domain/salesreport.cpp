// SPDX-License-Identifier: MIT
#include "domain/salesreport.h"

#include "domain/retailimport.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace Backroom::Domain {

namespace {
std::optional<qint64> whole(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != std::floor(d) || std::abs(d) > 9.0e15)
        return std::nullopt;
    return qint64(d);
}
std::optional<qint64> optionalId(const QJsonValue &v)
{
    if (v.isString()) {
        bool ok = false;
        const qint64 id = v.toString().toLongLong(&ok);
        return ok ? std::optional(id) : std::nullopt;
    }
    return whole(v);
}
QDateTime timestamp(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}
bool isDiscountLine(QStringView sku)
{
    return retailNonProductCode(sku) == QStringLiteral("discount");
}
} // namespace

bool isProductLine(QStringView sku)
{
    return !sku.isEmpty() && !retailNonProductCode(sku);
}

qint64 grossLineAmount(QStringView sku, qint64 quantity, qint64 lineTotal, qint64 lineDiscount)
{
    return quantity > 0 && isProductLine(sku) ? lineTotal + lineDiscount : 0;
}

Result<PlacedOrderSales> placedOrderSales(const QJsonObject &payload)
{
    QList<FieldError> errors;
    PlacedOrderSales s;
    s.currency = payload.value(QStringLiteral("currency")).toString();
    if (s.currency.size() != 3)
        errors.append({QStringLiteral("currency"), QStringLiteral("must be an ISO 4217 code")});
    s.placedAt = timestamp(payload.value(QStringLiteral("placed_at")));
    if (!s.placedAt.isValid())
        errors.append({QStringLiteral("placed_at"), QStringLiteral("must be an RFC 3339 time")});
    s.status = payload.value(QStringLiteral("status")).toString();
    const QJsonArray lines = payload.value(QStringLiteral("lines")).toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject l = lines[i].toObject();
        const QString at = QStringLiteral("lines[%1].").arg(i);
        const QString sku = l.value(QStringLiteral("sku")).toString();
        const auto quantity = whole(l.value(QStringLiteral("quantity")));
        const auto total = whole(l.value(QStringLiteral("line_total")).toObject().value(QStringLiteral("amount")));
        // Orders placed before the payload carried discounts had none in it: their lines count at what was paid.
        const auto discount = whole(l.value(QStringLiteral("discount")).toObject().value(QStringLiteral("amount")));
        if (sku.isEmpty())
            errors.append({at + QStringLiteral("sku"), QStringLiteral("must not be empty")});
        if (!quantity)
            errors.append({at + QStringLiteral("quantity"), QStringLiteral("must be a whole number")});
        if (!total)
            errors.append({at + QStringLiteral("line_total"), QStringLiteral("must hold a whole amount")});
        if (sku.isEmpty() || !quantity || !total)
            continue;
        const qint64 lineDiscount = discount.value_or(0);
        if (isDiscountLine(sku)) {
            s.discounts += std::abs(*total);
            continue;
        }
        const qint64 gross = grossLineAmount(sku, *quantity, *total, lineDiscount);
        if (gross == 0 && (*quantity <= 0 || !isProductLine(sku)))
            continue;
        SoldLine sold;
        sold.sku = sku;
        sold.title = l.value(QStringLiteral("title")).toString();
        sold.productId = optionalId(l.value(QStringLiteral("product_id")));
        sold.categoryId = optionalId(l.value(QStringLiteral("category_id")));
        sold.units = *quantity;
        sold.gross = gross;
        sold.revenue = gross - lineDiscount;
        s.units += sold.units;
        s.gross += sold.gross;
        s.discounts += lineDiscount;
        s.lines.append(sold);
    }
    if (!errors.isEmpty())
        return fail(Error::validation(QStringLiteral("The OrderPlaced event lacks figures the reports need."), errors));
    return s;
}

Result<IssuedRefund> issuedRefund(const QJsonObject &payload)
{
    QList<FieldError> errors;
    IssuedRefund r;
    const QJsonObject amount = payload.value(QStringLiteral("amount")).toObject();
    r.currency = amount.value(QStringLiteral("currency")).toString();
    const auto total = whole(amount.value(QStringLiteral("amount")));
    const auto shipping = whole(payload.value(QStringLiteral("shipping")).toObject().value(QStringLiteral("amount")));
    if (!total || r.currency.size() != 3)
        errors.append({QStringLiteral("amount"), QStringLiteral("must be {amount, currency}")});
    r.createdAt = timestamp(payload.value(QStringLiteral("created_at")));
    if (!r.createdAt.isValid())
        errors.append({QStringLiteral("created_at"), QStringLiteral("must be an RFC 3339 time")});
    r.reason = payload.value(QStringLiteral("reason")).toString().trimmed();
    if (r.reason.isEmpty())
        r.reason = QStringLiteral("other");
    if (!errors.isEmpty())
        return fail(Error::validation(QStringLiteral("The RefundIssued event lacks figures the reports need."), errors));
    r.goods = *total - shipping.value_or(0);
    r.ofCancellation = payload.value(QStringLiteral("kind")).toString() == u"cancellation";
    return r;
}

qint64 netSales(qint64 gross, qint64 discounts, qint64 refunds, qint64 cancellations)
{
    return gross - discounts - refunds - cancellations;
}

qint64 averageOrderValue(qint64 gross, qint64 discounts, qint64 orders)
{
    if (orders <= 0)
        return 0;
    const qint64 sold = gross - discounts;
    const qint64 half = orders / 2;
    return sold >= 0 ? (sold + half) / orders : -((-sold + half) / orders);
}

std::optional<qint64> percentile(QList<qint64> values, int percent)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least percent% of the values at or below it.
    const qsizetype rank = std::max<qsizetype>(1, (qsizetype(percent) * values.size() + 99) / 100);
    return values[std::min(rank, values.size()) - 1];
}

QString reportIntervalName(ReportInterval interval)
{
    switch (interval) {
    case ReportInterval::Day:
        return QStringLiteral("day");
    case ReportInterval::Week:
        return QStringLiteral("week");
    case ReportInterval::Month:
        return QStringLiteral("month");
    }
    return {};
}

std::optional<ReportInterval> reportIntervalFromName(QStringView name)
{
    for (ReportInterval i : {ReportInterval::Day, ReportInterval::Week, ReportInterval::Month})
        if (name == reportIntervalName(i))
            return i;
    return std::nullopt;
}

QDate intervalStart(const QDate &day, ReportInterval interval)
{
    switch (interval) {
    case ReportInterval::Day:
        return day;
    case ReportInterval::Week:
        return day.addDays(1 - day.dayOfWeek());
    case ReportInterval::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QList<QDate> intervalStarts(const QDate &from, const QDate &to, ReportInterval interval)
{
    QList<QDate> starts;
    for (QDate d = intervalStart(from, interval); d <= to;) {
        starts.append(d);
        d = interval == ReportInterval::Day ? d.addDays(1) : interval == ReportInterval::Week ? d.addDays(7) : d.addMonths(1);
    }
    return starts;
}

ReportRange ReportRange::previous() const
{
    return {from.addDays(-days()), from.addDays(-1), interval};
}

int maxRangeDays(ReportInterval interval)
{
    switch (interval) {
    case ReportInterval::Day:
        return 3 * 366;
    case ReportInterval::Week:
        return 10 * 366;
    case ReportInterval::Month:
        return 20 * 366;
    }
    return 0;
}

Result<ReportRange> parseReportRange(const QString &from, const QString &to, const QString &interval, const QDate &today)
{
    QList<FieldError> errors;
    ReportRange r;
    if (interval.isEmpty()) {
        r.interval = ReportInterval::Day;
    } else if (auto i = reportIntervalFromName(interval)) {
        r.interval = *i;
    } else {
        errors.append({QStringLiteral("interval"), QStringLiteral("must be one of day, week, month")});
    }
    const auto date = [&](const QString &text, const QString &field, const QDate &fallback) {
        if (text.isEmpty())
            return fallback;
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid() || text.size() != 10) {
            errors.append({field, QStringLiteral("must be a date as YYYY-MM-DD")});
            return QDate();
        }
        return d;
    };
    r.to = date(to, QStringLiteral("to"), today);
    r.from = date(from, QStringLiteral("from"), r.to.isValid() ? r.to.addDays(-29) : today.addDays(-29));
    if (r.from.isValid() && r.to.isValid()) {
        if (r.to < r.from)
            errors.append({QStringLiteral("to"), QStringLiteral("must not be before from")});
        else if (errors.isEmpty() && r.days() > maxRangeDays(r.interval))
            errors.append({QStringLiteral("from"), QStringLiteral("is too far before to: at most %1 days at interval %2; "
                                                                  "choose a wider interval or a shorter range")
                                                       .arg(maxRangeDays(r.interval))
                                                       .arg(reportIntervalName(r.interval))});
    }
    if (!errors.isEmpty())
        return fail(Error::validation(QStringLiteral("The report's range is not valid; see 'errors'."), errors));
    return r;
}

} // namespace Backroom::Domain
