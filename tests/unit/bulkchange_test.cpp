// SPDX-License-Identifier: MIT
#include "domain/bulkchange.h"
#include "domain/json.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace Backroom::Domain;
using namespace Qt::StringLiterals;

namespace {
auto requestOf(const QJsonObject &body)
{
    return bulkRequestFromJson(body, u"GBP");
}

QJsonObject body(const char *json)
{
    return Json::parse(QByteArrayView(json)).value().object();
}

Product mug(qint64 price, std::optional<qint64> compareAt = std::nullopt, ProductStatus status = ProductStatus::Active)
{
    Product p;
    p.title = QStringLiteral("Mug");
    p.status = status;
    Variant s{QStringLiteral("MUG-S"), {{QStringLiteral("Size"), QStringLiteral("S")}}, {}, {price, QStringLiteral("GBP")}, {}};
    Variant l = s;
    l.sku = QStringLiteral("MUG-L");
    l.options = {{QStringLiteral("Size"), QStringLiteral("L")}};
    if (compareAt)
        l.compareAtPrice = Money{*compareAt, QStringLiteral("GBP")};
    p.variants = {s, l};
    return p;
}

BulkChange change(const char *json)
{
    auto request = requestOf(body(json));
    EXPECT_TRUE(request.has_value()) << (request ? "" : request.error().message.toStdString());
    return request ? request->change : BulkChange{};
}
} // namespace

TEST(BulkChange, ReadsSelectionsAndChanges)
{
    auto byIds = requestOf(body(R"({"selection": {"ids": ["3", "1", "3"]}, "change": {"status": "archived"}, "dry_run": true})"));
    ASSERT_TRUE(byIds.has_value());
    EXPECT_EQ(byIds->selection.ids, (QList<qint64>{3, 1}));
    EXPECT_TRUE(byIds->dryRun);
    auto byFilter = requestOf(
        body(R"({"selection": {"filter": {"q": "mug", "status": "draft", "category": "7"}}, "change": {"category": null, "price": {"percent": -12.5}}})"));
    ASSERT_TRUE(byFilter.has_value());
    EXPECT_TRUE(byFilter->selection.byFilter);
    EXPECT_EQ(byFilter->selection.categoryId, 7);
    EXPECT_EQ(byFilter->change.categoryId, QString());
    EXPECT_EQ(byFilter->change.price->basisPoints, -1250);
    EXPECT_EQ(byFilter->selection.price, PriceRange{});

    auto byPrice = requestOf(body(R"({"selection": {"filter": {"price_range": "5-12.50"}}, "change": {"status": "active"}})"));
    ASSERT_TRUE(byPrice.has_value());
    EXPECT_EQ(byPrice->selection.price, (PriceRange{500, 1250}));
    EXPECT_EQ(byPrice->selection.priceCurrency, u"GBP"_s);
    auto badRange = requestOf(body(R"({"selection": {"filter": {"price_range": "9-1"}}, "change": {"status": "active"}})"));
    ASSERT_FALSE(badRange.has_value());
    EXPECT_EQ(fieldsOf(badRange.error()), QStringList{u"selection.filter.price_range"_s});
    EXPECT_FALSE(requestOf(body(R"({"selection": {"filter": {"price_range": 5}}, "change": {"status": "active"}})")).has_value());
}

TEST(BulkChange, NamesEveryBadField)
{
    auto bad = requestOf(body(
        R"({"selection": {"ids": ["1", "x"], "filter": {}}, "change": {"price": {"percent": 1.234}, "size": 1}, "dry_run": "yes"})"));
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(fieldsOf(bad.error()),
              (QStringList{QStringLiteral("selection"), QStringLiteral("change.size"), QStringLiteral("change.price.percent"),
                           QStringLiteral("dry_run")}));
    EXPECT_EQ(fieldsOf(requestOf(body(R"({"selection": {"ids": []}, "change": {}})")).error()),
              (QStringList{QStringLiteral("selection.ids"), QStringLiteral("change")}));
    EXPECT_EQ(fieldsOf(requestOf(body(R"({"selection": {"ids": ["1"]}, "change": {"price": {"set": {"amount": -1, "currency": "GBP"}}}})")).error()),
              QStringList{QStringLiteral("change.price.set.amount")});
}

TEST(BulkChange, ChangesEveryVariantsPrice)
{
    EXPECT_EQ(applyBulkChange(mug(1000), change(R"({"selection": {"ids": ["1"]}, "change": {"price": {"percent": -10}}})"))->variants[1].price.amount, 900);
    EXPECT_EQ(applyBulkChange(mug(999), change(R"({"selection": {"ids": ["1"]}, "change": {"price": {"percent": -15}}})"))->variants[0].price.amount, 849)
        << "rounded as a percentage discount is";
    auto set = applyBulkChange(mug(1000), change(R"({"selection": {"ids": ["1"]}, "change": {"price": {"set": {"amount": 500, "currency": "GBP"}}}})"));
    EXPECT_EQ(set->variants[0].price.amount, 500);
    EXPECT_EQ(set->variants[1].price.amount, 500);
    EXPECT_EQ(applyBulkChange(mug(1000), change(R"({"selection": {"ids": ["1"]}, "change": {"price": {"amount": {"amount": 1, "currency": "GBP"}}}})"))->variants[0].price.amount, 1001);
}

TEST(BulkChange, RefusesWhatBreaksAProductRule)
{
    auto negative = applyBulkChange(mug(50), change(R"({"selection": {"ids": ["1"]}, "change": {"price": {"amount": {"amount": -100, "currency": "GBP"}}}})"));
    ASSERT_FALSE(negative.has_value());
    EXPECT_EQ(fieldsOf(negative.error()), (QStringList{QStringLiteral("variants[0].price"), QStringLiteral("variants[1].price")}));
    auto currency = applyBulkChange(mug(50), change(R"({"selection": {"ids": ["1"]}, "change": {"price": {"set": {"amount": 100, "currency": "EUR"}}}})"));
    ASSERT_FALSE(currency.has_value());
    EXPECT_TRUE(currency.error().fields.first().message.contains(QStringLiteral("EUR")));
    auto aboveWas = applyBulkChange(mug(1000, 1100), change(R"({"selection": {"ids": ["1"]}, "change": {"price": {"percent": 10}}})"));
    ASSERT_FALSE(aboveWas.has_value());
    EXPECT_TRUE(fieldsOf(aboveWas.error()).first().startsWith(QStringLiteral("variants[1].compare_at_price")));
    auto free = applyBulkChange(mug(1000), change(R"({"selection": {"ids": ["1"]}, "change": {"price": {"percent": -100}}})"));
    EXPECT_FALSE(free.has_value()) << "an active product is never free";
    auto archiveDraft = applyBulkChange(mug(1000, {}, ProductStatus::Draft), change(R"({"selection": {"ids": ["1"]}, "change": {"status": "archived"}})"));
    ASSERT_FALSE(archiveDraft.has_value());
    EXPECT_EQ(archiveDraft.error().code, ErrorCode::InvalidTransition);
}
