// SPDX-License-Identifier: MIT
#include "domain/json.h"
#include "domain/product.h"
#include "tests/support/printers.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace Backroom::Domain;

namespace {
QString messageFor(const Error &e, const QString &field)
{
    for (const FieldError &f : e.fields) {
        if (f.field == field)
            return f.message;
    }
    return {};
}

// Bodies are written as JSON text and parsed the way the server parses them, so numbers arrive as they would.
QJsonObject body(const char *json)
{
    return Json::parse(QByteArrayView(json)).value().object();
}

QJsonObject variant(const QString &sku, qint64 amount, const QString &currency = QStringLiteral("GBP"))
{
    return {{QStringLiteral("sku"), sku}, {QStringLiteral("price"), Money{amount, currency}.toJson()}};
}

QJsonObject withVariants(QJsonObject product, const QList<QJsonObject> &variants)
{
    QJsonArray array;
    for (const QJsonObject &v : variants)
        array.append(v);
    product.insert(QStringLiteral("variants"), array);
    return product;
}

QJsonObject titled(const QString &status = QStringLiteral("draft"))
{
    return {{QStringLiteral("title"), QStringLiteral("Mug")}, {QStringLiteral("status"), status}};
}

// A valid product with two variants, as the tests below start from.
Product shirt(ProductStatus status = ProductStatus::Active)
{
    Product p;
    p.title = QStringLiteral("Oxford shirt");
    p.description = QStringLiteral("Woven cotton.");
    p.specifications = {{QStringLiteral("Material"), QStringLiteral("Cotton")}};
    p.status = status;
    p.primaryCategoryId = QStringLiteral("42");
    p.variants = {Variant{QStringLiteral("OX-S"), {{QStringLiteral("size"), QStringLiteral("S")}}, QString(),
                          Money{2999, QStringLiteral("GBP")}, std::nullopt},
                  Variant{QStringLiteral("OX-M"), {{QStringLiteral("size"), QStringLiteral("M")}},
                          QStringLiteral("4006381333931"), Money{2999, QStringLiteral("GBP")},
                          Money{3999, QStringLiteral("GBP")}}};
    return p;
}

Product mug(ProductStatus status = ProductStatus::Active)
{
    Product p;
    p.title = QStringLiteral("Mug");
    p.status = status;
    p.variants = {Variant{QStringLiteral("MUG-1"), {}, QString(), Money{1299, QStringLiteral("GBP")}, std::nullopt}};
    return p;
}
} // namespace

TEST(Product, ReadsAMinimalBodyWithItsDefaults)
{
    auto p = productFromJson(body(R"({"title": " Mug ", "variants": [{"sku": " MUG-1 ", "price": {"amount": 1299, "currency": "GBP"}}]})"));
    ASSERT_TRUE(p.has_value()) << p.error().message.toStdString();
    EXPECT_EQ(p->title, QStringLiteral("Mug"));
    EXPECT_EQ(p->description, QString());
    EXPECT_TRUE(p->specifications.isEmpty());
    EXPECT_EQ(p->status, ProductStatus::Draft);
    EXPECT_EQ(p->primaryCategoryId, QString());
    ASSERT_EQ(p->variants.size(), 1);
    EXPECT_EQ(p->variants.first().sku, QStringLiteral("MUG-1"));
    EXPECT_EQ(p->variants.first().price, (Money{1299, QStringLiteral("GBP")}));
    EXPECT_EQ(p->variants.first().barcode, QString());
    EXPECT_EQ(p->variants.first().compareAtPrice, std::nullopt);
}

TEST(Product, ReadsAFullBodyAndWritesItBackTheSame)
{
    auto p = productFromJson(body(R"({
        "title": "Oxford shirt", "description": "Woven cotton.\nMachine washable.",
        "specifications": {"Material": "Cotton", "Fit": "Slim"}, "status": "active", "primary_category_id": "42",
        "variants": [
          {"sku": "OX-S", "options": {"size": "S", "colour": "blue"}, "barcode": "4006381333931",
           "price": {"amount": 2999, "currency": "GBP"}, "compare_at_price": {"amount": 3999, "currency": "GBP"}},
          {"sku": "OX-M", "options": {"size": "M", "colour": "blue"}, "barcode": null,
           "price": {"amount": 2999, "currency": "GBP"}, "compare_at_price": null}]})"));
    ASSERT_TRUE(p.has_value()) << p.error().message.toStdString();
    EXPECT_EQ(p->status, ProductStatus::Active);
    EXPECT_EQ(p->primaryCategoryId, QStringLiteral("42"));
    EXPECT_EQ(p->specifications.value(QStringLiteral("Fit")), QStringLiteral("Slim"));
    EXPECT_EQ(p->description, QStringLiteral("Woven cotton.\nMachine washable."));
    EXPECT_EQ(p->variants.at(0).options.value(QStringLiteral("colour")), QStringLiteral("blue"));
    EXPECT_EQ(p->variants.at(0).barcode, QStringLiteral("4006381333931"));
    EXPECT_EQ(p->variants.at(0).compareAtPrice, (Money{3999, QStringLiteral("GBP")}));
    EXPECT_EQ(productFromJson(p->toJson()).value(), *p);
    EXPECT_TRUE(p->toJson().value(u"variants").toArray().at(1).toObject().value(u"barcode").isNull());
    EXPECT_EQ(productFromJson(shirt().toJson()).value(), shirt());
}

TEST(Product, ReadsTheOneVariantShorthandAndAnswersWithVariants)
{
    auto p = productFromJson(body(R"({"title": "Mug", "sku": "MUG-1", "barcode": "96385074",
                                       "price": {"amount": 1299, "currency": "GBP"}})"));
    ASSERT_TRUE(p.has_value()) << p.error().message.toStdString();
    ASSERT_EQ(p->variants.size(), 1);
    EXPECT_EQ(p->variants.first().sku, QStringLiteral("MUG-1"));
    EXPECT_EQ(p->variants.first().barcode, QStringLiteral("96385074"));
    const QJsonObject json = p->toJson();
    EXPECT_FALSE(json.contains(u"sku"));
    EXPECT_EQ(json.value(u"variants").toArray().size(), 1);
    EXPECT_EQ(productFromJson(json).value(), *p);
}

TEST(Product, NamesShorthandProblemsAsTheyWereSent)
{
    auto p = productFromJson(body(R"({"title": "Mug", "sku": "MUG 1", "price": {"amount": -1, "currency": "GBP"},
                                       "compare_at_price": {"amount": 5, "currency": "EUR"}, "options": {"size": 3}})"));
    ASSERT_FALSE(p.has_value());
    EXPECT_EQ(fieldsOf(p.error()), (QStringList{QStringLiteral("sku"), QStringLiteral("options.size"),
                                                QStringLiteral("price.amount")}));
    auto noPrice = productFromJson(body(R"({"title": "Mug", "sku": "MUG-1"})"));
    EXPECT_EQ(fieldsOf(noPrice.error()), QStringList{QStringLiteral("price")});
}

TEST(Product, RefusesShorthandMixedWithVariants)
{
    QJsonObject b = withVariants(titled(), {variant(QStringLiteral("A"), 100)});
    b.insert(QStringLiteral("sku"), QStringLiteral("B"));
    b.insert(QStringLiteral("price"), Money{100, QStringLiteral("GBP")}.toJson());
    auto p = productFromJson(b);
    ASSERT_FALSE(p.has_value());
    EXPECT_EQ(fieldsOf(p.error()), (QStringList{QStringLiteral("sku"), QStringLiteral("price")}));
    EXPECT_TRUE(messageFor(p.error(), QStringLiteral("sku")).contains(u"together with variants"));
}

TEST(Product, NeedsOneToAHundredVariants)
{
    auto none = productFromJson(titled());
    ASSERT_FALSE(none.has_value());
    EXPECT_EQ(fieldsOf(none.error()), QStringList{QStringLiteral("variants")});
    EXPECT_TRUE(none.error().fields.first().message.contains(u"sku and price at top level"));
    for (const char *json : {R"({"title": "Mug", "variants": []})", R"({"title": "Mug", "variants": {}})",
                             R"({"title": "Mug", "variants": null})"}) {
        auto p = productFromJson(body(json));
        ASSERT_FALSE(p.has_value()) << json;
        EXPECT_EQ(fieldsOf(p.error()), QStringList{QStringLiteral("variants")}) << json;
    }
    QList<QJsonObject> many;
    for (int i = 0; i < ProductLimits::variants; ++i)
        many.append({{QStringLiteral("sku"), QStringLiteral("V%1").arg(i)},
                     {QStringLiteral("options"), QJsonObject{{QStringLiteral("n"), QString::number(i)}}},
                     {QStringLiteral("price"), Money{100, QStringLiteral("GBP")}.toJson()}});
    EXPECT_TRUE(productFromJson(withVariants(titled(), many)).has_value());
    many.append({{QStringLiteral("sku"), QStringLiteral("V100")},
                 {QStringLiteral("options"), QJsonObject{{QStringLiteral("n"), QStringLiteral("100")}}},
                 {QStringLiteral("price"), Money{100, QStringLiteral("GBP")}.toJson()}});
    auto tooMany = productFromJson(withVariants(titled(), many));
    ASSERT_FALSE(tooMany.has_value());
    EXPECT_EQ(fieldsOf(tooMany.error()), QStringList{QStringLiteral("variants")});
    auto notObject = productFromJson(body(R"({"title": "Mug", "variants": ["MUG-1"]})"));
    EXPECT_EQ(fieldsOf(notObject.error()), QStringList{QStringLiteral("variants[0]")});
}

TEST(Product, ReportsEveryProblemAtOnce)
{
    auto p = productFromJson(body(R"({
        "description": 5, "status": "live", "primary_category_id": "no such id!",
        "variants": [{"sku": "OK-1", "price": {"amount": 100, "currency": "gbp"}},
                     {"sku": "", "barcode": "4006381333932", "price": {"amount": 1.5, "currency": "GBP"}}]})"));
    ASSERT_FALSE(p.has_value());
    EXPECT_EQ(p.error().code, ErrorCode::Validation);
    EXPECT_EQ(fieldsOf(p.error()),
              (QStringList{QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("status"),
                           QStringLiteral("primary_category_id"), QStringLiteral("variants[0].price.currency"),
                           QStringLiteral("variants[1].sku"), QStringLiteral("variants[1].barcode"),
                           QStringLiteral("variants[1].price.amount"),
                           QStringLiteral("variants[1].options")})); // neither names options: the two look the same
}

TEST(Product, RefusesUnknownMembersAtEveryLevel)
{
    auto p = productFromJson(body(R"({
        "id": 7, "title": "Mug", "version": 3,
        "variants": [{"sku": "MUG-1", "stock": 5, "price": {"amount": 100, "currency": "GBP", "tax": 20},
                      "compare_at_price": {"amount": 200, "currency": "GBP", "note": "x"}}]})"));
    ASSERT_FALSE(p.has_value());
    EXPECT_EQ(fieldsOf(p.error()), (QStringList{QStringLiteral("id"), QStringLiteral("version"),
                                                QStringLiteral("variants[0].stock"), QStringLiteral("variants[0].price.tax"),
                                                QStringLiteral("variants[0].compare_at_price.note")}));
    EXPECT_EQ(messageFor(p.error(), QStringLiteral("id")), QStringLiteral("is not a field you can set here"));
}

TEST(Product, LimitsTheTitle)
{
    QJsonObject b = withVariants(titled(), {variant(QStringLiteral("A"), 100)});
    b.insert(QStringLiteral("title"), QString(ProductLimits::titleLength, u'x'));
    EXPECT_TRUE(productFromJson(b).has_value());
    for (const QJsonValue &bad : {QJsonValue(QString(ProductLimits::titleLength + 1, u'x')), QJsonValue(QStringLiteral("   ")),
                                  QJsonValue(QStringLiteral("Two\nlines")), QJsonValue(QStringLiteral("Tab\there")),
                                  QJsonValue(7), QJsonValue(QJsonValue::Null)}) {
        b.insert(QStringLiteral("title"), bad);
        auto p = productFromJson(b);
        ASSERT_FALSE(p.has_value());
        EXPECT_EQ(fieldsOf(p.error()), QStringList{QStringLiteral("title")});
    }
}

TEST(Product, LimitsTheDescriptionButKeepsItsLineBreaks)
{
    QJsonObject b = withVariants(titled(), {variant(QStringLiteral("A"), 100)});
    b.insert(QStringLiteral("description"), QString(ProductLimits::descriptionLength, u'x'));
    EXPECT_TRUE(productFromJson(b).has_value());
    b.insert(QStringLiteral("description"), QStringLiteral("Line one\n\tLine two\r\n"));
    EXPECT_EQ(productFromJson(b)->description, QStringLiteral("Line one\n\tLine two"));
    for (const QString &bad : {QString(ProductLimits::descriptionLength + 1, u'x'), QStringLiteral("bell\x07")}) {
        b.insert(QStringLiteral("description"), bad);
        EXPECT_EQ(fieldsOf(productFromJson(b).error()), QStringList{QStringLiteral("description")});
    }
}

TEST(Product, LimitsSpecifications)
{
    QJsonObject b = withVariants(titled(), {variant(QStringLiteral("A"), 100)});
    QJsonObject specs;
    for (int i = 0; i < ProductLimits::specifications; ++i)
        specs.insert(QStringLiteral("k%1").arg(i), QStringLiteral("v"));
    b.insert(QStringLiteral("specifications"), specs);
    EXPECT_EQ(productFromJson(b)->specifications.size(), ProductLimits::specifications);
    specs.insert(QStringLiteral("one more"), QStringLiteral("v"));
    b.insert(QStringLiteral("specifications"), specs);
    EXPECT_EQ(fieldsOf(productFromJson(b).error()), QStringList{QStringLiteral("specifications")});

    const QString longKey(ProductLimits::specificationKeyLength + 1, u'k');
    b.insert(QStringLiteral("specifications"),
             QJsonObject{{QStringLiteral("Material"), QString(ProductLimits::specificationValueLength + 1, u'v')},
                         {longKey, QStringLiteral("v")},
                         {QStringLiteral("Weight"), 250},
                         {QStringLiteral("Colour"), QStringLiteral("  ")},
                         {QStringLiteral(" Fit"), QStringLiteral("Slim")},
                         {QStringLiteral("Size"), QStringLiteral("M\nL")},
                         {QStringLiteral("Origin"), QString(ProductLimits::specificationValueLength, u'v')}});
    auto p = productFromJson(b);
    ASSERT_FALSE(p.has_value());
    // QJsonObject keeps its members sorted, so that is the order they are reported in.
    EXPECT_EQ(fieldsOf(p.error()), (QStringList{QStringLiteral("specifications. Fit"), QStringLiteral("specifications.Colour"),
                                                QStringLiteral("specifications.Material"), QStringLiteral("specifications.Size"),
                                                QStringLiteral("specifications.Weight"),
                                                QStringLiteral("specifications.") + longKey}));
    b.insert(QStringLiteral("specifications"), QJsonArray{QStringLiteral("Cotton")});
    EXPECT_EQ(fieldsOf(productFromJson(b).error()), QStringList{QStringLiteral("specifications")});
}

TEST(Product, LimitsOptionValues)
{
    QJsonObject v = variant(QStringLiteral("A"), 100);
    QJsonObject options;
    for (int i = 0; i < ProductLimits::options; ++i)
        options.insert(QStringLiteral("o%1").arg(i), QStringLiteral("x"));
    v.insert(QStringLiteral("options"), options);
    EXPECT_TRUE(productFromJson(withVariants(titled(), {v})).has_value());
    options.insert(QStringLiteral("o10"), QStringLiteral("x"));
    v.insert(QStringLiteral("options"), options);
    EXPECT_EQ(fieldsOf(productFromJson(withVariants(titled(), {v})).error()), QStringList{QStringLiteral("variants[0].options")});
    v.insert(QStringLiteral("options"), QJsonObject{{QStringLiteral("size"), QString(ProductLimits::optionValueLength + 1, u'x')},
                                                    {QString(ProductLimits::optionNameLength + 1, u'n'), QStringLiteral("x")}});
    EXPECT_EQ(fieldsOf(productFromJson(withVariants(titled(), {v})).error()),
              (QStringList{QStringLiteral("variants[0].options.") + QString(ProductLimits::optionNameLength + 1, u'n'),
                           QStringLiteral("variants[0].options.size")}));
    v.insert(QStringLiteral("options"), QStringLiteral("size=M"));
    EXPECT_EQ(fieldsOf(productFromJson(withVariants(titled(), {v})).error()), QStringList{QStringLiteral("variants[0].options")});
}

TEST(Product, ChecksSkus)
{
    for (const QString &good : {QStringLiteral("A"), QStringLiteral("abc.DEF_12-3"), QString(ProductLimits::skuLength, u'S')})
        EXPECT_EQ(parseSku(good, QStringLiteral("sku")).value(), good);
    EXPECT_EQ(parseSku(QStringLiteral("  MUG-1\t"), QStringLiteral("sku")).value(), QStringLiteral("MUG-1"));
    for (const QJsonValue &bad : {QJsonValue(QString(ProductLimits::skuLength + 1, u'S')), QJsonValue(QStringLiteral("MUG 1")),
                                  QJsonValue(QStringLiteral("MÜG-1")), QJsonValue(QStringLiteral("MUG/1")),
                                  QJsonValue(QStringLiteral("")), QJsonValue(QStringLiteral("  ")), QJsonValue(12345),
                                  QJsonValue(QJsonValue::Undefined)}) {
        auto r = parseSku(bad, QStringLiteral("variants[3].sku"));
        ASSERT_FALSE(r.has_value());
        EXPECT_EQ(fieldsOf(r.error()), QStringList{QStringLiteral("variants[3].sku")});
    }
    EXPECT_EQ(skuKey(QStringLiteral("Mug-1")), skuKey(QStringLiteral("MUG-1")));
}

TEST(Product, RefusesTheSameSkuTwiceIgnoringCase)
{
    QJsonObject a = variant(QStringLiteral("mug-1"), 100);
    a.insert(QStringLiteral("options"), QJsonObject{{QStringLiteral("colour"), QStringLiteral("red")}});
    QJsonObject b = variant(QStringLiteral("MUG-1"), 100);
    b.insert(QStringLiteral("options"), QJsonObject{{QStringLiteral("colour"), QStringLiteral("blue")}});
    auto p = productFromJson(withVariants(titled(), {a, b}));
    ASSERT_FALSE(p.has_value());
    EXPECT_EQ(fieldsOf(p.error()), QStringList{QStringLiteral("variants[1].sku")});
    EXPECT_TRUE(p.error().fields.first().message.contains(u"variants[0]"));
}

TEST(Product, ChecksBarcodesAndRefusesOneItemTwice)
{
    QJsonObject v = variant(QStringLiteral("A"), 100);
    v.insert(QStringLiteral("barcode"), QStringLiteral("036000291453"));
    auto bad = productFromJson(withVariants(titled(), {v}));
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(fieldsOf(bad.error()), QStringList{QStringLiteral("variants[0].barcode")});
    EXPECT_TRUE(bad.error().fields.first().message.contains(u"should be 2"));
    v.insert(QStringLiteral("barcode"), qint64(36000291452));
    EXPECT_EQ(fieldsOf(productFromJson(withVariants(titled(), {v})).error()), QStringList{QStringLiteral("variants[0].barcode")});

    QJsonObject upc = variant(QStringLiteral("A"), 100);
    upc.insert(QStringLiteral("barcode"), QStringLiteral("036000291452"));
    upc.insert(QStringLiteral("options"), QJsonObject{{QStringLiteral("size"), QStringLiteral("S")}});
    QJsonObject ean = variant(QStringLiteral("B"), 100);
    ean.insert(QStringLiteral("barcode"), QStringLiteral("0036000291452"));
    ean.insert(QStringLiteral("options"), QJsonObject{{QStringLiteral("size"), QStringLiteral("M")}});
    auto twice = productFromJson(withVariants(titled(), {upc, ean}));
    ASSERT_FALSE(twice.has_value());
    EXPECT_EQ(fieldsOf(twice.error()), QStringList{QStringLiteral("variants[1].barcode")});
}

TEST(Product, LetsOnlyADraftSitAtAZeroPrice)
{
    EXPECT_TRUE(productFromJson(withVariants(titled(QStringLiteral("draft")), {variant(QStringLiteral("A"), 0)})).has_value());
    for (const QString &status : {QStringLiteral("active"), QStringLiteral("archived")}) {
        auto p = productFromJson(withVariants(titled(status), {variant(QStringLiteral("A"), 0)}));
        ASSERT_FALSE(p.has_value());
        EXPECT_EQ(fieldsOf(p.error()), QStringList{QStringLiteral("variants[0].price.amount")});
        EXPECT_TRUE(p.error().fields.first().message.contains(status));
    }
    auto negative = productFromJson(withVariants(titled(), {variant(QStringLiteral("A"), -1)}));
    EXPECT_EQ(fieldsOf(negative.error()), QStringList{QStringLiteral("variants[0].price.amount")});
    QJsonObject noPrice{{QStringLiteral("sku"), QStringLiteral("A")}};
    EXPECT_EQ(fieldsOf(productFromJson(withVariants(titled(), {noPrice})).error()), QStringList{QStringLiteral("variants[0].price")});
}

TEST(Product, KeepsAllVariantsInOneCurrency)
{
    QJsonObject a = variant(QStringLiteral("A"), 100, QStringLiteral("GBP"));
    a.insert(QStringLiteral("options"), QJsonObject{{QStringLiteral("size"), QStringLiteral("S")}});
    QJsonObject b = variant(QStringLiteral("B"), 100, QStringLiteral("EUR"));
    b.insert(QStringLiteral("options"), QJsonObject{{QStringLiteral("size"), QStringLiteral("M")}});
    auto p = productFromJson(withVariants(titled(), {a, b}));
    ASSERT_FALSE(p.has_value());
    EXPECT_EQ(fieldsOf(p.error()), QStringList{QStringLiteral("variants[1].price.currency")});
    EXPECT_TRUE(p.error().fields.first().message.contains(u"GBP"));
}

TEST(Product, WantsACompareAtPriceAboveThePriceInItsCurrency)
{
    const auto withCompareAt = [](const QJsonValue &compareAt) {
        QJsonObject v = variant(QStringLiteral("A"), 1000);
        v.insert(QStringLiteral("compare_at_price"), compareAt);
        return productFromJson(withVariants(titled(), {v}));
    };
    EXPECT_EQ(withCompareAt(Money{1001, QStringLiteral("GBP")}.toJson())->variants.first().compareAtPrice,
              (Money{1001, QStringLiteral("GBP")}));
    EXPECT_EQ(withCompareAt(QJsonValue(QJsonValue::Null))->variants.first().compareAtPrice, std::nullopt);
    for (qint64 amount : {1000, 999, 0}) {
        auto p = withCompareAt(Money{amount, QStringLiteral("GBP")}.toJson());
        ASSERT_FALSE(p.has_value()) << amount;
        EXPECT_EQ(fieldsOf(p.error()), QStringList{QStringLiteral("variants[0].compare_at_price.amount")});
        EXPECT_TRUE(p.error().fields.first().message.contains(u"10.00 GBP"));
    }
    EXPECT_EQ(fieldsOf(withCompareAt(Money{2000, QStringLiteral("EUR")}.toJson()).error()),
              QStringList{QStringLiteral("variants[0].compare_at_price.currency")});
    EXPECT_EQ(fieldsOf(withCompareAt(QJsonValue(2000)).error()), QStringList{QStringLiteral("variants[0].compare_at_price")});
}

TEST(Product, WantsVariantsAClientCanChooseBetween)
{
    const auto sized = [](const QString &sku, const QJsonObject &options) {
        QJsonObject v = variant(sku, 100);
        v.insert(QStringLiteral("options"), options);
        return v;
    };
    const QJsonObject s{{QStringLiteral("size"), QStringLiteral("S")}};
    const QJsonObject m{{QStringLiteral("size"), QStringLiteral("M")}};
    const QJsonObject red{{QStringLiteral("colour"), QStringLiteral("red")}};
    EXPECT_TRUE(productFromJson(withVariants(titled(), {sized(QStringLiteral("A"), s), sized(QStringLiteral("B"), m)})).has_value());

    auto same = productFromJson(withVariants(titled(), {sized(QStringLiteral("A"), s), sized(QStringLiteral("B"), m),
                                                        sized(QStringLiteral("C"), s)}));
    ASSERT_FALSE(same.has_value());
    EXPECT_EQ(fieldsOf(same.error()), QStringList{QStringLiteral("variants[2].options")});
    EXPECT_TRUE(same.error().fields.first().message.contains(u"variants[0]"));

    auto otherNames = productFromJson(withVariants(titled(), {sized(QStringLiteral("A"), s), sized(QStringLiteral("B"), red)}));
    ASSERT_FALSE(otherNames.has_value());
    EXPECT_EQ(fieldsOf(otherNames.error()), QStringList{QStringLiteral("variants[1].options")});
    EXPECT_TRUE(otherNames.error().fields.first().message.contains(u"(size)"));

    auto bothBare = productFromJson(withVariants(titled(), {variant(QStringLiteral("A"), 100), variant(QStringLiteral("B"), 100)}));
    EXPECT_EQ(fieldsOf(bothBare.error()), QStringList{QStringLiteral("variants[1].options")});
}

TEST(Product, ReadsItsStatusAndCategory)
{
    for (const QString &name : {QStringLiteral("draft"), QStringLiteral("active"), QStringLiteral("archived")})
        EXPECT_EQ(productStatusName(productFromJson(withVariants(titled(name), {variant(QStringLiteral("A"), 1)}))->status), name);
    for (const QJsonValue &bad : {QJsonValue(QStringLiteral("Active")), QJsonValue(QStringLiteral("published")), QJsonValue(1),
                                  QJsonValue(QJsonValue::Null)}) {
        QJsonObject b = withVariants(titled(), {variant(QStringLiteral("A"), 1)});
        b.insert(QStringLiteral("status"), bad);
        EXPECT_EQ(fieldsOf(productFromJson(b).error()), QStringList{QStringLiteral("status")});
    }
    QJsonObject b = withVariants(titled(), {variant(QStringLiteral("A"), 1)});
    b.insert(QStringLiteral("primary_category_id"), QStringLiteral("3f2c9a1e-0b7d-4c1a-9a55-1d2e3f4a5b6c"));
    EXPECT_EQ(productFromJson(b)->primaryCategoryId, QStringLiteral("3f2c9a1e-0b7d-4c1a-9a55-1d2e3f4a5b6c"));
    b.insert(QStringLiteral("primary_category_id"), QJsonValue(QJsonValue::Null));
    EXPECT_EQ(productFromJson(b)->primaryCategoryId, QString());
    for (const QJsonValue &bad : {QJsonValue(42), QJsonValue(QStringLiteral("")), QJsonValue(QString(65, u'1')),
                                  QJsonValue(QStringLiteral("a/b"))}) {
        b.insert(QStringLiteral("primary_category_id"), bad);
        EXPECT_EQ(fieldsOf(productFromJson(b).error()), QStringList{QStringLiteral("primary_category_id")});
    }
}

TEST(ProductStatusTransitions, AllowsEveryMoveButArchivingADraft)
{
    const QList<ProductStatus> all{ProductStatus::Draft, ProductStatus::Active, ProductStatus::Archived};
    for (ProductStatus from : all) {
        for (ProductStatus to : all) {
            auto r = checkStatusTransition(from, to);
            const bool refused = from == ProductStatus::Draft && to == ProductStatus::Archived;
            EXPECT_EQ(r.has_value(), !refused) << productStatusName(from).toStdString() << " -> "
                                               << productStatusName(to).toStdString();
        }
    }
    auto r = checkStatusTransition(ProductStatus::Draft, ProductStatus::Archived);
    EXPECT_EQ(r.error().code, ErrorCode::InvalidTransition);
    EXPECT_EQ(fieldsOf(r.error()), QStringList{QStringLiteral("status")});
    EXPECT_TRUE(r.error().message.contains(u"draft"));
    EXPECT_EQ(productStatusFromName(u"archived"), ProductStatus::Archived);
    EXPECT_EQ(productStatusFromName(u"ARCHIVED"), std::nullopt);
}

TEST(ProductReplace, NeedsTheStatusSoAPutCannotUnpublishByForgetting)
{
    QJsonObject b = withVariants(titled(), {variant(QStringLiteral("A"), 100)});
    b.remove(QStringLiteral("status"));
    auto r = replaceProduct(mug(), b);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(fieldsOf(r.error()), QStringList{QStringLiteral("status")});
}

TEST(ProductReplace, ReplacesTheWholeStateAndChecksTheTransition)
{
    auto r = replaceProduct(shirt(), body(R"({"title": "Mug", "status": "draft", "sku": "MUG-1",
                                              "price": {"amount": 0, "currency": "GBP"}})"));
    ASSERT_TRUE(r.has_value()) << r.error().message.toStdString();
    EXPECT_EQ(r->description, QString());
    EXPECT_TRUE(r->specifications.isEmpty());
    EXPECT_EQ(r->primaryCategoryId, QString());
    EXPECT_EQ(r->variants.size(), 1);

    auto archive = replaceProduct(mug(ProductStatus::Draft), withVariants(titled(QStringLiteral("archived")),
                                                                         {variant(QStringLiteral("A"), 100)}));
    ASSERT_FALSE(archive.has_value());
    EXPECT_EQ(archive.error().code, ErrorCode::InvalidTransition);

    // A body that is invalid as well is a validation error first: fixing it is what the caller must do anyway.
    auto both = replaceProduct(mug(ProductStatus::Draft), withVariants(titled(QStringLiteral("archived")),
                                                                      {variant(QStringLiteral("A b"), 100)}));
    ASSERT_FALSE(both.has_value());
    EXPECT_EQ(both.error().code, ErrorCode::Validation);
}

TEST(ProductPatch, ChangesOnlyWhatIsSent)
{
    auto p = patchProduct(shirt(), body(R"({"title": "Oxford shirt, slim"})"));
    ASSERT_TRUE(p.has_value()) << p.error().message.toStdString();
    Product expected = shirt();
    expected.title = QStringLiteral("Oxford shirt, slim");
    EXPECT_EQ(*p, expected);
    EXPECT_EQ(patchProduct(shirt(), QJsonObject{}).value(), shirt());
}

TEST(ProductPatch, ClearsOptionalMembers)
{
    auto p = patchProduct(shirt(), body(R"({"description": "", "primary_category_id": null, "specifications": {}})"));
    ASSERT_TRUE(p.has_value()) << p.error().message.toStdString();
    EXPECT_EQ(p->description, QString());
    EXPECT_EQ(p->primaryCategoryId, QString());
    EXPECT_TRUE(p->specifications.isEmpty());
    EXPECT_EQ(p->variants, shirt().variants);
}

TEST(ProductPatch, ChangesTheOnlyVariantThroughTheShorthand)
{
    Product sized = mug();
    sized.variants.first().options = {{QStringLiteral("size"), QStringLiteral("L")}};
    auto p = patchProduct(sized, body(R"({"price": {"amount": 1499, "currency": "GBP"}, "barcode": "96385074"})"));
    ASSERT_TRUE(p.has_value()) << p.error().message.toStdString();
    EXPECT_EQ(p->variants.first().price.amount, 1499);
    EXPECT_EQ(p->variants.first().barcode, QStringLiteral("96385074"));
    EXPECT_EQ(p->variants.first().sku, QStringLiteral("MUG-1"));
    EXPECT_EQ(p->variants.first().options, sized.variants.first().options);

    auto bad = patchProduct(mug(), body(R"({"price": {"amount": 0, "currency": "GBP"}})"));
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(fieldsOf(bad.error()), QStringList{QStringLiteral("price.amount")});
}

TEST(ProductPatch, RefusesTheShorthandOnAProductWithSeveralVariants)
{
    auto p = patchProduct(shirt(), body(R"({"price": {"amount": 1499, "currency": "GBP"}, "title": "Shirt"})"));
    ASSERT_FALSE(p.has_value());
    EXPECT_EQ(fieldsOf(p.error()), QStringList{QStringLiteral("price")});
    EXPECT_TRUE(p.error().fields.first().message.contains(u"has 2"));
}

TEST(ProductPatch, ReplacesTheVariantsAsAWhole)
{
    auto p = patchProduct(shirt(), withVariants({}, {variant(QStringLiteral("OX-ONE"), 2500)}));
    ASSERT_TRUE(p.has_value()) << p.error().message.toStdString();
    ASSERT_EQ(p->variants.size(), 1);
    EXPECT_EQ(p->variants.first().sku, QStringLiteral("OX-ONE"));
    QJsonObject mixed = withVariants({}, {variant(QStringLiteral("OX-ONE"), 2500)});
    mixed.insert(QStringLiteral("sku"), QStringLiteral("X"));
    EXPECT_EQ(fieldsOf(patchProduct(mug(), mixed).error()), QStringList{QStringLiteral("sku")});
}

TEST(ProductPatch, RefusesUnknownMembersAndReportsThemWithTheRest)
{
    auto p = patchProduct(shirt(), body(R"({"id": 9, "title": ""})"));
    ASSERT_FALSE(p.has_value());
    EXPECT_EQ(fieldsOf(p.error()), (QStringList{QStringLiteral("id"), QStringLiteral("title")}));
}

TEST(ProductPatch, ChecksTheWholeProductAndTheTransition)
{
    Product unpriced = mug(ProductStatus::Draft);
    unpriced.variants.first().price.amount = 0;
    auto publish = patchProduct(unpriced, body(R"({"status": "active"})"));
    ASSERT_FALSE(publish.has_value());
    EXPECT_EQ(fieldsOf(publish.error()), QStringList{QStringLiteral("variants[0].price.amount")});

    auto archive = patchProduct(mug(ProductStatus::Draft), body(R"({"status": "archived"})"));
    ASSERT_FALSE(archive.has_value());
    EXPECT_EQ(archive.error().code, ErrorCode::InvalidTransition);
    EXPECT_EQ(patchProduct(mug(ProductStatus::Archived), body(R"({"status": "active"})"))->status, ProductStatus::Active);
}

TEST(Product, ValidatesAProductBuiltInCode)
{
    EXPECT_TRUE(validateProduct(shirt()).has_value());
    Product bad = shirt();
    bad.variants[1].sku = QStringLiteral("OX M");
    bad.variants[1].compareAtPrice = Money{100, QStringLiteral("GBP")};
    auto r = validateProduct(bad);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(fieldsOf(r.error()), (QStringList{QStringLiteral("variants[1].sku"),
                                                QStringLiteral("variants[1].compare_at_price.amount")}));
    EXPECT_FALSE(validateProduct(Product{}).has_value());
}
