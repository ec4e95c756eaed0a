// SPDX-License-Identifier: MIT
#include "domain/salesreport.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace Backroom::Domain;

namespace {
QJsonObject money(qint64 amount)
{
    return {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), QStringLiteral("GBP")}};
}
QJsonObject line(const QString &sku, qint64 quantity, qint64 total, qint64 discount = 0)
{
    return {{QStringLiteral("sku"), sku},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("line_total"), money(total)},
            {QStringLiteral("discount"), money(discount)},
            {QStringLiteral("product_id"), QStringLiteral("7")},
            {QStringLiteral("category_id"), QStringLiteral("3")}};
}
QJsonObject placed(const QJsonArray &lines)
{
    return {{QStringLiteral("currency"), QStringLiteral("GBP")},
            {QStringLiteral("placed_at"), QStringLiteral("2010-12-01T08:26:00.000Z")},
            {QStringLiteral("status"), QStringLiteral("pending")},
            {QStringLiteral("lines"), lines}};
}
} // namespace

TEST(SalesReport, ProductLinesAreEverythingButTheNonProductCodes)
{
    EXPECT_TRUE(isProductLine(u"85123A"));
    EXPECT_TRUE(isProductLine(u"DCGS0003"));
    EXPECT_TRUE(isProductLine(u"MUG-1"));
    for (const char *code : {"POST", "DOT", "C2", "D", "M", "m", "BANK CHARGES", "AMAZONFEE", "S", "gift_0001_20"})
        EXPECT_FALSE(isProductLine(QString::fromLatin1(code))) << code;
}

TEST(SalesReport, GrossCountsProductLinesWithPositiveQuantityBeforeDiscounts)
{
    EXPECT_EQ(grossLineAmount(u"85123A", 6, 1530, 0), 1530);
    EXPECT_EQ(grossLineAmount(u"MUG-1", 2, 1800, 200), 2000);
    EXPECT_EQ(grossLineAmount(u"85123A", -6, -1530, 0), 0); // a returned line
    EXPECT_EQ(grossLineAmount(u"POST", 1, 1800, 0), 0);     // postage is not a sale
}

TEST(SalesReport, PlacedOrderFiguresAddUpItsLines)
{
    auto s = placedOrderSales(placed({line(QStringLiteral("MUG-1"), 2, 1800, 200), line(QStringLiteral("85123A"), 6, 1530),
                                      line(QStringLiteral("POST"), 1, 1800), line(QStringLiteral("D"), -1, -500),
                                      line(QStringLiteral("21733"), -2, -500)}));
    ASSERT_TRUE(s.has_value()) << s.error().message.toStdString();
    EXPECT_EQ(s->currency, QStringLiteral("GBP"));
    EXPECT_EQ(s->placedAt.date(), QDate(2010, 12, 1));
    EXPECT_EQ(s->units, 8);
    EXPECT_EQ(s->gross, 2000 + 1530);
    EXPECT_EQ(s->discounts, 200 + 500);
    ASSERT_EQ(s->lines.size(), 2);
    EXPECT_EQ(s->lines[0].revenue, 1800);
    EXPECT_EQ(s->lines[0].productId, 7);
    EXPECT_EQ(s->lines[0].categoryId, 3);
}

TEST(SalesReport, PlacedOrderWithoutFiguresNamesWhatIsMissing)
{
    QJsonObject p = placed({QJsonObject{{QStringLiteral("sku"), QStringLiteral("A")}}});
    p.remove(QStringLiteral("currency"));
    auto s = placedOrderSales(p);
    ASSERT_FALSE(s.has_value());
    QStringList fields;
    for (const FieldError &f : s.error().fields)
        fields.append(f.field);
    EXPECT_EQ(fields, (QStringList{QStringLiteral("currency"), QStringLiteral("lines[0].quantity"),
                                   QStringLiteral("lines[0].line_total")}));
}

TEST(SalesReport, RefundsCountTheirGoodsOnly)
{
    auto r = issuedRefund({{QStringLiteral("amount"), money(2395)},
                           {QStringLiteral("shipping"), money(395)},
                           {QStringLiteral("reason"), QStringLiteral("damaged")},
                           {QStringLiteral("created_at"), QStringLiteral("2026-03-01T10:00:00Z")}});
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->goods, 2000);
    EXPECT_EQ(r->reason, QStringLiteral("damaged"));
    auto noReason = issuedRefund({{QStringLiteral("amount"), money(100)}, {QStringLiteral("created_at"), QStringLiteral("2026-03-01T10:00:00Z")}});
    ASSERT_TRUE(noReason.has_value());
    EXPECT_EQ(noReason->reason, QStringLiteral("other"));
    EXPECT_EQ(noReason->goods, 100);
    EXPECT_FALSE(issuedRefund({{QStringLiteral("created_at"), QStringLiteral("2026-03-01T10:00:00Z")}}).has_value());
    EXPECT_FALSE(r->ofCancellation);
    auto cancelled = issuedRefund({{QStringLiteral("amount"), money(100)}, {QStringLiteral("kind"), QStringLiteral("cancellation")},
                                   {QStringLiteral("created_at"), QStringLiteral("2026-03-01T10:00:00Z")}});
    ASSERT_TRUE(cancelled.has_value());
    EXPECT_TRUE(cancelled->ofCancellation);
}

TEST(SalesReport, NetAndAverageOrderValue)
{
    EXPECT_EQ(netSales(10000, 500, 1200, 300), 8000);
    EXPECT_EQ(averageOrderValue(1000, 0, 3), 333);
    EXPECT_EQ(averageOrderValue(1001, 0, 2), 501); // half rounds away from zero
    EXPECT_EQ(averageOrderValue(500, 0, 0), 0);
}

TEST(SalesReport, PercentilesAreNearestRank)
{
    EXPECT_FALSE(percentile({}, 50));
    EXPECT_EQ(percentile({5}, 90), 5);
    EXPECT_EQ(percentile({4, 1, 3, 2}, 50), 2);
    EXPECT_EQ(percentile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 90), 9);
    EXPECT_EQ(percentile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 90), 10);
}

TEST(SalesReport, IntervalsStartOnDaysMondaysAndFirsts)
{
    const QDate wed(2026, 11, 25);
    EXPECT_EQ(intervalStart(wed, ReportInterval::Day), wed);
    EXPECT_EQ(intervalStart(wed, ReportInterval::Week), QDate(2026, 11, 23));
    EXPECT_EQ(intervalStart(wed, ReportInterval::Month), QDate(2026, 11, 1));
    EXPECT_EQ(intervalStarts(QDate(2026, 11, 25), QDate(2027, 1, 2), ReportInterval::Month),
              (QList<QDate>{QDate(2026, 11, 1), QDate(2026, 12, 1), QDate(2027, 1, 1)}));
    EXPECT_EQ(intervalStarts(QDate(2026, 11, 25), QDate(2026, 11, 27), ReportInterval::Day).size(), 3);
}

TEST(SalesReport, RangesDefaultToTheLast30Days)
{
    auto r = parseReportRange({}, {}, {}, QDate(2026, 11, 24));
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->from, QDate(2026, 10, 26));
    EXPECT_EQ(r->to, QDate(2026, 11, 24));
    EXPECT_EQ(r->days(), 30);
    EXPECT_EQ(r->previous().to, QDate(2026, 10, 25));
    EXPECT_EQ(r->previous().days(), 30);
}

TEST(SalesReport, BadRangesNameTheirField)
{
    const QDate today(2026, 11, 24);
    const auto field = [&](const char *from, const char *to, const char *interval) {
        auto r = parseReportRange(QString::fromLatin1(from), QString::fromLatin1(to), QString::fromLatin1(interval), today);
        return r ? QString() : r.error().fields.value(0).field;
    };
    EXPECT_EQ(field("2026-02-01", "2026-01-01", "day"), QStringLiteral("to"));
    EXPECT_EQ(field("2020-01-01", "2026-01-01", "day"), QStringLiteral("from"));
    EXPECT_EQ(field("2020-01-01", "2026-01-01", "week"), QString());
    EXPECT_EQ(field("2026-01-01", "2026-02-01", "hour"), QStringLiteral("interval"));
    EXPECT_EQ(field("2026-13-01", "", "day"), QStringLiteral("from"));
    EXPECT_EQ(field("yesterday", "", "day"), QStringLiteral("from"));
}
