// SPDX-License-Identifier: MIT
#include "domain/json.h"
#include "domain/promotion.h"
#include "tests/support/printers.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace Backroom::Domain;

namespace {
QJsonObject body(const char *json)
{
    return Json::parse(QByteArrayView(json)).value().object();
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

Money gbp(qint64 amount)
{
    return {amount, QStringLiteral("GBP")};
}

// A summer sale: 15 % off the SKU MUG-1 and everything in "kitchen", 1–30 June.
QJsonObject summerSale()
{
    return body(R"({"name": "Summer sale", "kind": "percentage", "basis_points": 1500, "skus": ["MUG-1"],
                    "category_ids": ["kitchen"], "starts_at": "2024-06-01T00:00:00Z", "ends_at": "2024-07-01T00:00:00Z"})");
}

Promotion percentage(const QString &id, int basisPoints, const QStringList &skus, const QStringList &categories = {})
{
    Promotion p;
    p.id = id;
    p.name = QStringLiteral("P") + id;
    p.kind = PromotionKind::Percentage;
    p.basisPoints = basisPoints;
    p.skus = skus;
    p.categoryIds = categories;
    p.startsAt = utc("2024-06-01T00:00:00Z");
    return p;
}

Promotion fixedOff(const QString &id, const Money &off, const QStringList &skus)
{
    Promotion p = percentage(id, 0, skus);
    p.kind = PromotionKind::FixedAmount;
    p.amountOff = off;
    return p;
}

const QDateTime june10 = utc("2024-06-10T12:00:00Z");
} // namespace

TEST(Promotion, ReadsAPercentagePromotion)
{
    auto p = promotionFromJson(summerSale());
    ASSERT_TRUE(p.has_value()) << p.error().message.toStdString();
    EXPECT_EQ(p->name, QStringLiteral("Summer sale"));
    EXPECT_EQ(p->kind, PromotionKind::Percentage);
    EXPECT_EQ(p->basisPoints, 1500);
    EXPECT_EQ(p->skus, QStringList{QStringLiteral("MUG-1")});
    EXPECT_EQ(p->categoryIds, QStringList{QStringLiteral("kitchen")});
    EXPECT_EQ(p->startsAt, utc("2024-06-01T00:00:00Z"));
    EXPECT_EQ(p->startsAt.timeSpec(), Qt::UTC);
    EXPECT_EQ(p->endsAt, utc("2024-07-01T00:00:00Z"));
    EXPECT_EQ(promotionFromJson(p->toJson()).value(), *p);
    EXPECT_FALSE(p->toJson().contains(u"amount_off"));
}

TEST(Promotion, ReadsAFixedAmountPromotionWithoutAnEnd)
{
    auto p = promotionFromJson(body(R"({"name": "£5 off", "kind": "fixed_amount", "amount_off": {"amount": 500, "currency": "GBP"},
                                         "skus": ["MUG-1", "MUG-2"], "starts_at": "2024-06-01T10:00:00+02:00", "ends_at": null})"));
    ASSERT_TRUE(p.has_value()) << p.error().message.toStdString();
    EXPECT_EQ(p->kind, PromotionKind::FixedAmount);
    EXPECT_EQ(p->amountOff, gbp(500));
    EXPECT_EQ(p->startsAt, utc("2024-06-01T08:00:00Z"));
    EXPECT_FALSE(p->endsAt.isValid());
    EXPECT_TRUE(p->toJson().value(u"ends_at").isNull());
    EXPECT_FALSE(p->toJson().contains(u"basis_points"));
    EXPECT_EQ(promotionFromJson(p->toJson()).value(), *p);
}

TEST(Promotion, ReportsEveryProblemAtOnce)
{
    auto p = promotionFromJson(body(R"({"id": 4})"));
    ASSERT_FALSE(p.has_value());
    EXPECT_EQ(p.error().code, ErrorCode::Validation);
    EXPECT_EQ(fieldsOf(p.error()), (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
                                                QStringLiteral("skus"), QStringLiteral("starts_at")}));
}

TEST(Promotion, WantsBasisPointsFromOneToTenThousand)
{
    for (const QJsonValue &good : {QJsonValue(1), QJsonValue(10000)}) {
        QJsonObject b = summerSale();
        b.insert(QStringLiteral("basis_points"), good);
        EXPECT_EQ(promotionFromJson(b)->basisPoints, good.toInteger());
    }
    for (const QJsonValue &bad : {QJsonValue(0), QJsonValue(10001), QJsonValue(-5), QJsonValue(12.5), QJsonValue(QStringLiteral("1500")),
                                  QJsonValue(QJsonValue::Undefined)}) {
        QJsonObject b = summerSale();
        b.remove(QStringLiteral("basis_points"));
        if (!bad.isUndefined())
            b.insert(QStringLiteral("basis_points"), bad);
        EXPECT_EQ(fieldsOf(promotionFromJson(b).error()), QStringList{QStringLiteral("basis_points")});
    }
}

TEST(Promotion, TakesOnlyTheMembersOfItsKind)
{
    QJsonObject both = summerSale();
    both.insert(QStringLiteral("amount_off"), gbp(500).toJson());
    EXPECT_EQ(fieldsOf(promotionFromJson(both).error()), QStringList{QStringLiteral("amount_off")});
    both.insert(QStringLiteral("kind"), QStringLiteral("fixed_amount"));
    EXPECT_EQ(fieldsOf(promotionFromJson(both).error()), QStringList{QStringLiteral("basis_points")});
    QJsonObject bad = summerSale();
    bad.insert(QStringLiteral("kind"), QStringLiteral("bogo"));
    EXPECT_EQ(fieldsOf(promotionFromJson(bad).error()), QStringList{QStringLiteral("kind")});
}

TEST(Promotion, WantsAFixedAmountAboveZero)
{
    QJsonObject b = summerSale();
    b.remove(QStringLiteral("basis_points"));
    b.insert(QStringLiteral("kind"), QStringLiteral("fixed_amount"));
    EXPECT_EQ(fieldsOf(promotionFromJson(b).error()), QStringList{QStringLiteral("amount_off")});
    b.insert(QStringLiteral("amount_off"), gbp(0).toJson());
    EXPECT_EQ(fieldsOf(promotionFromJson(b).error()), QStringList{QStringLiteral("amount_off.amount")});
    b.insert(QStringLiteral("amount_off"), QJsonObject{{QStringLiteral("amount"), 500}, {QStringLiteral("currency"), QStringLiteral("EURO")}});
    EXPECT_EQ(fieldsOf(promotionFromJson(b).error()), QStringList{QStringLiteral("amount_off.currency")});
}

TEST(Promotion, ChecksItsTargets)
{
    QJsonObject b = summerSale();
    b.insert(QStringLiteral("skus"), QJsonArray{QStringLiteral("MUG-1"), QStringLiteral("bad sku"), QStringLiteral("mug-1")});
    b.insert(QStringLiteral("category_ids"), QJsonArray{QStringLiteral("kitchen"), QStringLiteral("kitchen"), 7});
    EXPECT_EQ(fieldsOf(promotionFromJson(b).error()), (QStringList{QStringLiteral("skus[1]"), QStringLiteral("skus[2]"),
                                                                   QStringLiteral("category_ids[1]"), QStringLiteral("category_ids[2]")}));
    b.insert(QStringLiteral("skus"), QStringLiteral("MUG-1"));
    b.insert(QStringLiteral("category_ids"), QJsonValue(QJsonValue::Null));
    EXPECT_EQ(fieldsOf(promotionFromJson(b).error()), QStringList{QStringLiteral("skus")});
    b.insert(QStringLiteral("skus"), QJsonArray{});
    EXPECT_EQ(fieldsOf(promotionFromJson(b).error()), QStringList{QStringLiteral("skus")});
    b.remove(QStringLiteral("skus"));
    b.insert(QStringLiteral("category_ids"), QJsonArray{QStringLiteral("kitchen")});
    EXPECT_TRUE(promotionFromJson(b).has_value());
    QJsonArray many;
    for (int i = 0; i <= PromotionLimits::targets; ++i)
        many.append(QStringLiteral("SKU-%1").arg(i));
    b.insert(QStringLiteral("skus"), many);
    EXPECT_EQ(fieldsOf(promotionFromJson(b).error()), QStringList{QStringLiteral("skus")});
}

TEST(Promotion, EndsAfterItStarts)
{
    QJsonObject b = summerSale();
    for (const char *end : {"2024-06-01T00:00:00Z", "2024-05-31T23:59:59Z", "2024-06-01T01:00:00+01:00"}) {
        b.insert(QStringLiteral("ends_at"), QString::fromLatin1(end));
        auto p = promotionFromJson(b);
        ASSERT_FALSE(p.has_value()) << end;
        EXPECT_EQ(fieldsOf(p.error()), QStringList{QStringLiteral("ends_at")});
    }
    b.insert(QStringLiteral("ends_at"), QStringLiteral("2024-06-01T00:00:00.001Z"));
    EXPECT_TRUE(promotionFromJson(b).has_value());
}

TEST(Timestamp, ReadsRfc3339WithAnOffsetIntoUtc)
{
    const QString f = QStringLiteral("starts_at");
    EXPECT_EQ(parseTimestamp(QStringLiteral("2024-06-07T09:00:00Z"), f).value(), utc("2024-06-07T09:00:00Z"));
    EXPECT_EQ(parseTimestamp(QStringLiteral("2024-06-07T10:00:00.250+01:00"), f).value(), utc("2024-06-07T09:00:00.250Z"));
    EXPECT_EQ(parseTimestamp(QStringLiteral("2024-06-07T04:30:00-04:30"), f).value(), utc("2024-06-07T09:00:00Z"));
    EXPECT_EQ(parseTimestamp(QStringLiteral("2024-06-07T09:00:00Z"), f)->timeSpec(), Qt::UTC);
}

TEST(Timestamp, RefusesTimesWhoseInstantIsUnclear)
{
    for (const QJsonValue &bad : {QJsonValue(QStringLiteral("2024-06-07T09:00:00")), QJsonValue(QStringLiteral("2024-06-07")),
                                  QJsonValue(QStringLiteral("2024-06-07T09:00Z")), QJsonValue(QStringLiteral("2024-06-07 09:00:00Z")),
                                  QJsonValue(QStringLiteral("2024-02-30T09:00:00Z")), QJsonValue(QStringLiteral("2024-06-07T25:00:00Z")),
                                  QJsonValue(QStringLiteral("07/06/2024 09:00")), QJsonValue(QStringLiteral("")), QJsonValue(1717750800),
                                  QJsonValue(QJsonValue::Null)}) {
        auto r = parseTimestamp(bad, QStringLiteral("ends_at"));
        ASSERT_FALSE(r.has_value()) << bad.toString().toStdString();
        EXPECT_EQ(fieldsOf(r.error()), QStringList{QStringLiteral("ends_at")});
    }
    EXPECT_TRUE(parseTimestamp(QStringLiteral("2024-06-07T09:00:00"), QStringLiteral("t")).error().fields.first().message.contains(u"offset"));
}

TEST(Promotion, IsActiveFromItsStartUntilJustBeforeItsEnd)
{
    Promotion p = promotionFromJson(summerSale()).value();
    EXPECT_FALSE(p.isActiveAt(utc("2024-05-31T23:59:59.999Z")));
    EXPECT_TRUE(p.isActiveAt(utc("2024-06-01T00:00:00Z")));
    EXPECT_TRUE(p.isActiveAt(utc("2024-06-01T02:00:00+02:00")));
    EXPECT_TRUE(p.isActiveAt(utc("2024-06-30T23:59:59.999Z")));
    EXPECT_FALSE(p.isActiveAt(utc("2024-07-01T00:00:00Z")));
    EXPECT_FALSE(p.isActiveAt(QDateTime()));
    p.endsAt = QDateTime();
    EXPECT_TRUE(p.isActiveAt(utc("2099-01-01T00:00:00Z")));
}

TEST(Promotion, AppliesToItsSkusIgnoringCaseAndToItsCategories)
{
    const Promotion p = promotionFromJson(summerSale()).value();
    EXPECT_TRUE(p.appliesTo(QStringLiteral("mug-1"), {}));
    EXPECT_TRUE(p.appliesTo(QStringLiteral("PAN-9"), {QStringLiteral("pans"), QStringLiteral("kitchen")}));
    EXPECT_FALSE(p.appliesTo(QStringLiteral("PAN-9"), {QStringLiteral("pans"), QStringLiteral("home")}));
}

TEST(Promotion, ComputesThePriceItAloneWouldGive)
{
    EXPECT_EQ(percentage(QStringLiteral("1"), 1500, {}).priceAfter(gbp(999)), gbp(849));
    EXPECT_EQ(fixedOff(QStringLiteral("1"), gbp(500), {}).priceAfter(gbp(1299)), gbp(799));
    EXPECT_EQ(fixedOff(QStringLiteral("1"), gbp(5000), {}).priceAfter(gbp(1299)), gbp(0));
    EXPECT_EQ(fixedOff(QStringLiteral("1"), Money{500, QStringLiteral("EUR")}, {}).priceAfter(gbp(1299)), std::nullopt);
    EXPECT_EQ(percentage(QStringLiteral("1"), 1500, {}).priceAfter(gbp(0)), std::nullopt);
}

TEST(EffectivePrice, IsTheBasePriceWithoutAPromotion)
{
    const EffectivePrice e = effectivePrice(gbp(1299), QStringLiteral("MUG-1"), {}, {}, june10);
    EXPECT_EQ(e.price, gbp(1299));
    EXPECT_EQ(e.promotion, std::nullopt);
}

TEST(EffectivePrice, TakesTheLowestPriceAndNamesThePromotionThatMadeIt)
{
    const QList<Promotion> promotions{percentage(QStringLiteral("1"), 1000, {QStringLiteral("MUG-1")}),
                                      fixedOff(QStringLiteral("2"), gbp(500), {QStringLiteral("MUG-1")}),
                                      percentage(QStringLiteral("3"), 2000, {QStringLiteral("MUG-1")})};
    const EffectivePrice e = effectivePrice(gbp(2000), QStringLiteral("MUG-1"), {}, promotions, june10);
    EXPECT_EQ(e.price, gbp(1500)); // 5.00 off beats 10 % (18.00) and 20 % (16.00)
    ASSERT_TRUE(e.promotion.has_value());
    EXPECT_EQ(e.promotion->id, QStringLiteral("2"));
    EXPECT_EQ(e.promotion->name, QStringLiteral("P2"));
}

TEST(EffectivePrice, BreaksTiesByTheLowestIdWhateverTheOrder)
{
    QList<Promotion> promotions{percentage(QStringLiteral("10"), 2500, {QStringLiteral("MUG-1")}),
                                percentage(QStringLiteral("9"), 2500, {QStringLiteral("MUG-1")}),
                                fixedOff(QStringLiteral("11"), gbp(500), {QStringLiteral("MUG-1")})};
    EXPECT_EQ(effectivePrice(gbp(2000), QStringLiteral("MUG-1"), {}, promotions, june10).promotion->id, QStringLiteral("9"));
    std::reverse(promotions.begin(), promotions.end());
    EXPECT_EQ(effectivePrice(gbp(2000), QStringLiteral("MUG-1"), {}, promotions, june10).promotion->id, QStringLiteral("9"));
}

TEST(EffectivePrice, PreviewsWhatAProductWillCostOnAnotherDay)
{
    Promotion friday = percentage(QStringLiteral("1"), 5000, {}, {QStringLiteral("clothing")});
    friday.startsAt = utc("2024-06-14T00:00:00Z");
    friday.endsAt = utc("2024-06-15T00:00:00Z");
    const QStringList categories{QStringLiteral("shirts"), QStringLiteral("tops"), QStringLiteral("clothing")};
    EXPECT_EQ(effectivePrice(gbp(3000), QStringLiteral("OX-M"), categories, {friday}, june10).price, gbp(3000));
    EXPECT_EQ(effectivePrice(gbp(3000), QStringLiteral("OX-M"), categories, {friday}, utc("2024-06-14T09:00:00Z")).price, gbp(1500));
    // The same instant written in another offset is the same Friday morning.
    EXPECT_EQ(effectivePrice(gbp(3000), QStringLiteral("OX-M"), categories, {friday},
                             QDateTime::fromString(QStringLiteral("2024-06-14T11:00:00+02:00"), Qt::ISODate))
                  .price,
              gbp(1500));
    EXPECT_EQ(effectivePrice(gbp(3000), QStringLiteral("OX-M"), categories, {friday}, utc("2024-06-15T00:00:00Z")).price, gbp(3000));
}

TEST(EffectivePrice, IgnoresPromotionsThatDoNotApply)
{
    const QList<Promotion> promotions{percentage(QStringLiteral("1"), 5000, {QStringLiteral("OTHER")}),
                                      percentage(QStringLiteral("2"), 5000, {}, {QStringLiteral("home")}),
                                      fixedOff(QStringLiteral("3"), Money{500, QStringLiteral("EUR")}, {QStringLiteral("MUG-1")}),
                                      percentage(QStringLiteral("4"), 1, {QStringLiteral("MUG-1")})}; // 1 bp: nothing off 0.50
    const EffectivePrice e = effectivePrice(gbp(50), QStringLiteral("mug-1"), {QStringLiteral("kitchen")}, promotions, june10);
    EXPECT_EQ(e.price, gbp(50));
    EXPECT_EQ(e.promotion, std::nullopt);
    EXPECT_EQ(effectivePrice(gbp(5000), QStringLiteral("MUG-1"), {}, promotions, june10).price, gbp(4999));
    EXPECT_EQ(effectivePrice(gbp(40), QStringLiteral("MUG-1"), {}, promotions, june10).promotion, std::nullopt); // 0.4 p off
}

TEST(EffectivePrice, NeverGoesBelowZero)
{
    const EffectivePrice e = effectivePrice(gbp(300), QStringLiteral("MUG-1"), {},
                                            {fixedOff(QStringLiteral("1"), gbp(500), {QStringLiteral("MUG-1")})}, june10);
    EXPECT_EQ(e.price, gbp(0));
    EXPECT_EQ(e.promotion->id, QStringLiteral("1"));
}

TEST(NextPromotionChange, IsTheFirstStartOrEndAfterTheTimeAsked)
{
    Promotion running = percentage(QStringLiteral("1"), 1000, {QStringLiteral("MUG-1")});
    running.endsAt = utc("2024-06-20T00:00:00Z");
    Promotion later = percentage(QStringLiteral("2"), 2000, {QStringLiteral("MUG-1")});
    later.startsAt = utc("2024-06-15T09:00:00Z");
    Promotion openEnded = percentage(QStringLiteral("3"), 500, {QStringLiteral("MUG-1")});
    EXPECT_EQ(nextPromotionChange({running, later, openEnded}, june10), utc("2024-06-15T09:00:00Z"));
    EXPECT_EQ(nextPromotionChange({running, openEnded}, june10), utc("2024-06-20T00:00:00Z"));
    // A boundary at the very instant asked has already happened: the price at `at` includes it.
    EXPECT_EQ(nextPromotionChange({later}, utc("2024-06-15T09:00:00Z")), std::nullopt);
    EXPECT_EQ(nextPromotionChange({openEnded}, june10), std::nullopt);
    EXPECT_EQ(nextPromotionChange({}, june10), std::nullopt);
}
