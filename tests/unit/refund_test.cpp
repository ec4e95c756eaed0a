// SPDX-License-Identifier: MIT
#include "domain/refund.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace Backroom::Domain;

namespace {
PricedLine line(const QString &sku, qint64 quantity, qint64 unit, qint64 effective)
{
    return {sku, sku + QStringLiteral(" title"), quantity, {unit, QStringLiteral("GBP")}, {effective, QStringLiteral("GBP")}, {}, {}};
}

// Three mugs at 3.33 after a promotion (from 3.50), one lamp at 20.00, shipped to GB for 3.95 at 20 % tax.
OrderTotals order()
{
    auto t = computeTotals({line(QStringLiteral("MUG-1"), 3, 350, 333), line(QStringLiteral("LAMP-2"), 1, 2000, 2000)},
                           QStringLiteral("GB"), QStringLiteral("GBP"), PricingRules::standard());
    return *t;
}

RefundRequest request(QList<RefundLineRequest> lines, std::optional<qint64> shipping = {}, std::optional<qint64> goodwill = {})
{
    RefundRequest r;
    r.lines = std::move(lines);
    if (shipping)
        r.shipping = Money{*shipping, QStringLiteral("GBP")};
    if (goodwill)
        r.goodwill = Money{*goodwill, QStringLiteral("GBP")};
    r.reason = RefundReason::Damaged;
    return r;
}

QStringList fieldsOf(const Error &e)
{
    QStringList names;
    for (const FieldError &f : e.fields)
        names.append(f.field);
    return names;
}

QJsonObject body(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

TEST(RefundPlan, RefundsLinesUnitByUnitToExactlyTheLineTotal)
{
    const OrderTotals o = order();
    ASSERT_EQ(o.lines[0].lineTotal.amount, 999);
    RefundedSoFar sofar;
    qint64 given = 0, tax = 0, discount = 0;
    for (int unit = 0; unit < 3; ++unit) {
        auto plan = planRefund(o, o.total.amount, sofar, request({{QStringLiteral("mug-1"), 1, {}}}));
        ASSERT_TRUE(plan) << plan.error().message.toStdString();
        given += plan->total.amount;
        tax += plan->tax.amount;
        discount += plan->lines[0].discount.amount;
        sofar.lineQuantities = {unit + 1, 0};
        sofar.total += plan->total.amount;
    }
    EXPECT_EQ(given, 999);
    EXPECT_EQ(tax, o.lines[0].tax.amount);
    EXPECT_EQ(discount, o.lines[0].discount.amount);
    auto more = planRefund(o, o.total.amount, sofar, request({{QStringLiteral("MUG-1"), 1, {}}}));
    ASSERT_FALSE(more);
    EXPECT_EQ(fieldsOf(more.error()), QStringList{QStringLiteral("lines[0].quantity")});
}

TEST(RefundPlan, SplitsPartialQuantitiesWithTheAllocationHelper)
{
    const OrderTotals o = order();
    auto two = planRefund(o, o.total.amount, {}, request({{QStringLiteral("MUG-1"), 2, QStringLiteral("MAIN")}}));
    ASSERT_TRUE(two);
    // 999 over 3 units: the first two come to 666 (cumulative split of 999 by {2, 1}).
    EXPECT_EQ(two->lines[0].amount.amount, 666);
    EXPECT_EQ(two->lines[0].restockWarehouse, QStringLiteral("MAIN"));
    EXPECT_EQ(two->remainingAfter.lines[0].quantity, 1);
    EXPECT_EQ(two->remainingAfter.lines[0].amount.amount, 333);
    EXPECT_EQ(two->remainingAfter.total.amount, o.total.amount - 666);
}

TEST(RefundPlan, RefundsShippingWithItsTaxAndGoodwill)
{
    const OrderTotals o = order();
    ASSERT_EQ(o.shipping.amount, 395);
    auto plan = planRefund(o, o.total.amount, {}, request({}, 395, 500));
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->shipping.amount, 395);
    EXPECT_EQ(plan->shippingTax.amount, o.shippingTax.amount);
    EXPECT_EQ(plan->goodwill.amount, 500);
    EXPECT_EQ(plan->total.amount, 895);
    EXPECT_EQ(plan->remainingAfter.shipping.amount, 0);

    RefundedSoFar sofar;
    sofar.shipping = 395;
    sofar.total = 895;
    auto again = planRefund(o, o.total.amount, sofar, request({}, 1));
    ASSERT_FALSE(again);
    EXPECT_EQ(fieldsOf(again.error()), QStringList{QStringLiteral("shipping")});
}

TEST(RefundPlan, RefusesNamingTheField)
{
    const OrderTotals o = order();
    auto bad = planRefund(o, o.total.amount, {},
                          request({{QStringLiteral("MUG-1"), 0, {}}, {QStringLiteral("NOPE"), 1, {}}, {QStringLiteral("LAMP-2"), 2, {}}}));
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, ErrorCode::Validation);
    EXPECT_EQ(fieldsOf(bad.error()), (QStringList{QStringLiteral("lines[0].quantity"), QStringLiteral("lines[1].sku"),
                                                  QStringLiteral("lines[2].quantity")}));
    auto twice = planRefund(o, o.total.amount, {}, request({{QStringLiteral("LAMP-2"), 1, {}}, {QStringLiteral("lamp-2"), 1, {}}}));
    ASSERT_FALSE(twice);
    EXPECT_EQ(fieldsOf(twice.error()), QStringList{QStringLiteral("lines[1].sku")});

    auto zero = planRefund(o, o.total.amount, {}, request({}, {}, 0));
    ASSERT_FALSE(zero);
    EXPECT_EQ(fieldsOf(zero.error()), QStringList{QStringLiteral("amount")});

    auto tooMuch = planRefund(o, o.total.amount, {}, request({}, {}, o.total.amount + 1));
    ASSERT_FALSE(tooMuch);
    EXPECT_EQ(fieldsOf(tooMuch.error()), QStringList{QStringLiteral("amount")});

    RefundRequest euros = request({});
    euros.goodwill = Money{100, QStringLiteral("EUR")};
    auto currency = planRefund(o, o.total.amount, {}, euros);
    ASSERT_FALSE(currency);
    EXPECT_EQ(fieldsOf(currency.error()), QStringList{QStringLiteral("amount.currency")});
}

TEST(RefundPlan, NeverGoesAboveWhatRemainsCaptured)
{
    const OrderTotals o = order();
    RefundedSoFar sofar;
    sofar.total = o.total.amount - 100;
    auto lamp = planRefund(o, o.total.amount, sofar, request({{QStringLiteral("LAMP-2"), 1, {}}}));
    ASSERT_FALSE(lamp);
    EXPECT_EQ(fieldsOf(lamp.error()), QStringList{QStringLiteral("amount")});
    auto rest = planRefund(o, o.total.amount, sofar, request({}, {}, 100));
    ASSERT_TRUE(rest);
    EXPECT_EQ(rest->remainingAfter.total.amount, 0);
}

TEST(RefundRequestJson, ReadsTheGoodwillExampleOfTheIssue)
{
    auto r = refundRequestFromJson(body(R"({"amount":{"amount":500,"currency":"GBP"},"reason":"goodwill"})"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->goodwill, (Money{500, QStringLiteral("GBP")}));
    EXPECT_EQ(r->reason, RefundReason::Goodwill);
    EXPECT_TRUE(r->lines.isEmpty());
}

TEST(RefundRequestJson, NamesEveryBadField)
{
    auto r = refundRequestFromJson(body(R"({"lines":[{"sku":"A","quantity":-1,"colour":"red"},{"quantity":2},{"sku":"B","quantity":1.5}],
                                             "shipping":{"amount":-5,"currency":"GBP"},"reason":"whim","extra":1})"));
    ASSERT_FALSE(r);
    const QStringList fields = fieldsOf(r.error());
    for (const char *f : {"extra", "lines[0].colour", "lines[0].quantity", "lines[1].sku", "lines[2].quantity",
                          "shipping.amount", "reason"})
        EXPECT_TRUE(fields.contains(QString::fromLatin1(f))) << f << " in " << fields.join(u',').toStdString();
}

TEST(RefundReasons, RoundTripTheirNames)
{
    for (const QString &name : refundReasonNames())
        EXPECT_EQ(refundReasonName(*refundReasonFromName(name)), name);
    EXPECT_FALSE(refundReasonFromName(u"whim"));
}
