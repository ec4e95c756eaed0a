// SPDX-License-Identifier: MIT
#include "domain/json.h"
#include "domain/money.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>
#include <limits>

using namespace Backroom::Domain;

namespace {
// The member "price" of a JSON text, as a body would carry it.
Result<Money> readPrice(const char *json, AmountRule rule = AmountRule::NonNegative)
{
    const QJsonObject body = Json::parse(QByteArrayView(json)).value().object();
    return moneyFromJson(body.value(u"price"), QStringLiteral("price"), rule);
}

Money gbp(qint64 amount)
{
    return {amount, QStringLiteral("GBP")};
}

constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
constexpr qint64 int64Min = std::numeric_limits<qint64>::min();
} // namespace

TEST(Money, ReadsAmountAndCurrencyAndWritesThemBack)
{
    auto m = readPrice(R"({"price": {"amount": 1299, "currency": "GBP"}})");
    ASSERT_TRUE(m.has_value()) << m.error().message.toStdString();
    EXPECT_EQ(*m, gbp(1299));
    EXPECT_EQ(moneyFromJson(m->toJson(), QStringLiteral("price")).value(), *m);
    EXPECT_EQ(m->toJson().value(u"amount").toInteger(), 1299);
}

TEST(Money, AcceptsTheLargestExactJsonInteger)
{
    EXPECT_EQ(readPrice(R"({"price": {"amount": 9007199254740991, "currency": "JPY"}})")->amount, maxJsonAmount);
    EXPECT_EQ(readPrice(R"({"price": {"amount": 0, "currency": "JPY"}})")->amount, 0);
}

TEST(Money, RefusesAmountsThatAreNotWholeMinorUnits)
{
    for (const char *json : {R"({"price": {"amount": 12.5, "currency": "GBP"}})",
                             R"({"price": {"amount": 0.01, "currency": "GBP"}})",
                             R"({"price": {"amount": 1e-3, "currency": "GBP"}})",
                             R"({"price": {"amount": "1299", "currency": "GBP"}})",
                             R"({"price": {"amount": null, "currency": "GBP"}})",
                             R"({"price": {"amount": true, "currency": "GBP"}})",
                             R"({"price": {"currency": "GBP"}})"}) {
        auto m = readPrice(json);
        ASSERT_FALSE(m.has_value()) << json;
        EXPECT_EQ(m.error().code, ErrorCode::Validation);
        EXPECT_EQ(fieldsOf(m.error()), QStringList{QStringLiteral("price.amount")}) << json;
        EXPECT_TRUE(m.error().fields.first().message.contains(u"1299")) << json; // shows the right shape
    }
}

TEST(Money, TakesIntegralNumbersHoweverTheyAreWritten)
{
    // JSON has one number type; 12.0 and 1e3 are the integers 12 and 1000 to any parser, Qt's included.
    EXPECT_EQ(readPrice(R"({"price": {"amount": 12.0, "currency": "GBP"}})")->amount, 12);
    EXPECT_EQ(readPrice(R"({"price": {"amount": 1e3, "currency": "GBP"}})")->amount, 1000);
    EXPECT_EQ(moneyFromJson(Money{1299, QStringLiteral("GBP")}.toJson(), QStringLiteral("price"))->amount, 1299);
    EXPECT_EQ(jsonInteger(QJsonValue(1299.0)), 1299);
    EXPECT_EQ(jsonInteger(QJsonValue(-7)), -7);
    EXPECT_EQ(jsonInteger(QJsonValue(12.5)), std::nullopt);
    EXPECT_EQ(jsonInteger(QJsonValue(std::numeric_limits<double>::infinity())), std::nullopt);
    EXPECT_EQ(jsonInteger(QJsonValue(9007199254740992.0)), std::nullopt);
    EXPECT_EQ(jsonInteger(QJsonValue(qint64(9007199254740992))), std::nullopt);
    EXPECT_EQ(jsonInteger(QJsonValue(QStringLiteral("12"))), std::nullopt);
    EXPECT_EQ(jsonInteger(QJsonValue(true)), std::nullopt);
}

TEST(Money, RefusesAmountsBeyondWhatJsonCarriesExactly)
{
    for (const char *json : {R"({"price": {"amount": 9007199254740992, "currency": "GBP"}})",
                             R"({"price": {"amount": -9007199254740992, "currency": "GBP"}})",
                             R"({"price": {"amount": 99999999999999999999, "currency": "GBP"}})",
                             R"({"price": {"amount": 1e300, "currency": "GBP"}})"}) {
        auto m = readPrice(json, AmountRule::Any);
        ASSERT_FALSE(m.has_value()) << json;
        EXPECT_EQ(fieldsOf(m.error()), QStringList{QStringLiteral("price.amount")}) << json;
        EXPECT_TRUE(m.error().fields.first().message.contains(u"9007199254740991")) << json;
    }
}

TEST(Money, AppliesTheAmountRule)
{
    EXPECT_EQ(readPrice(R"({"price": {"amount": -5, "currency": "GBP"}})", AmountRule::Any)->amount, -5);
    auto negative = readPrice(R"({"price": {"amount": -5, "currency": "GBP"}})");
    ASSERT_FALSE(negative.has_value());
    EXPECT_EQ(negative.error().fields, (QList<FieldError>{{QStringLiteral("price.amount"), QStringLiteral("must not be negative")}}));
    EXPECT_TRUE(readPrice(R"({"price": {"amount": 0, "currency": "GBP"}})").has_value());
    auto zero = readPrice(R"({"price": {"amount": 0, "currency": "GBP"}})", AmountRule::Positive);
    ASSERT_FALSE(zero.has_value());
    EXPECT_EQ(fieldsOf(zero.error()), QStringList{QStringLiteral("price.amount")});
    EXPECT_TRUE(readPrice(R"({"price": {"amount": 1, "currency": "GBP"}})", AmountRule::Positive).has_value());
}

TEST(Money, RefusesCurrenciesItDoesNotKnowAndSaysHowToWriteThem)
{
    auto lower = readPrice(R"({"price": {"amount": 1, "currency": "gbp"}})");
    ASSERT_FALSE(lower.has_value());
    EXPECT_EQ(fieldsOf(lower.error()), QStringList{QStringLiteral("price.currency")});
    EXPECT_TRUE(lower.error().fields.first().message.contains(u"GBP"));
    for (const char *json : {R"({"price": {"amount": 1, "currency": "XYZ"}})", R"({"price": {"amount": 1, "currency": "GB"}})",
                             R"({"price": {"amount": 1, "currency": "POUND"}})", R"({"price": {"amount": 1, "currency": ""}})",
                             R"({"price": {"amount": 1, "currency": 826}})", R"({"price": {"amount": 1}})"}) {
        auto m = readPrice(json);
        ASSERT_FALSE(m.has_value()) << json;
        EXPECT_EQ(fieldsOf(m.error()), QStringList{QStringLiteral("price.currency")}) << json;
    }
}

TEST(Money, ReportsEveryProblemWithItsPath)
{
    auto m = readPrice(R"({"price": {"amount": 12.99, "currency": "pounds", "tax": 20}})");
    ASSERT_FALSE(m.has_value());
    EXPECT_EQ(fieldsOf(m.error()), (QStringList{QStringLiteral("price.tax"), QStringLiteral("price.amount"),
                                                QStringLiteral("price.currency")}));
    auto nested = moneyFromJson(QJsonValue(1299), QStringLiteral("variants[2].price"));
    ASSERT_FALSE(nested.has_value());
    EXPECT_EQ(fieldsOf(nested.error()), QStringList{QStringLiteral("variants[2].price")});
}

TEST(Money, KnowsTheMinorUnitsOfItsCurrencies)
{
    EXPECT_EQ(currencyExponent(u"GBP"), 2);
    EXPECT_EQ(currencyExponent(u"EUR"), 2);
    EXPECT_EQ(currencyExponent(u"USD"), 2);
    EXPECT_EQ(currencyExponent(u"CHF"), 2);
    EXPECT_EQ(currencyExponent(u"SEK"), 2);
    EXPECT_EQ(currencyExponent(u"JPY"), 0);
    EXPECT_EQ(currencyExponent(u"KRW"), 0);
    EXPECT_EQ(currencyExponent(u"KWD"), 3);
    EXPECT_EQ(currencyExponent(u"BHD"), 3);
    EXPECT_EQ(currencyExponent(u"AED"), 2); // first in the table
    EXPECT_EQ(currencyExponent(u"ZAR"), 2); // last
    EXPECT_EQ(currencyExponent(u"gbp"), std::nullopt);
    EXPECT_EQ(currencyExponent(u"XXX"), std::nullopt);
    EXPECT_EQ(currencyExponent(u""), std::nullopt);
    const QStringList all = knownCurrencies();
    EXPECT_TRUE(std::is_sorted(all.begin(), all.end()));
    EXPECT_TRUE(all.contains(QStringLiteral("GBP")));
    for (const QString &code : all)
        EXPECT_TRUE(isKnownCurrency(code)) << code.toStdString();
}

TEST(Money, AddsSubtractsAndMultipliesExactly)
{
    EXPECT_EQ(add(gbp(1299), gbp(1)).value(), gbp(1300));
    EXPECT_EQ(subtract(gbp(1299), gbp(1300)).value(), gbp(-1));
    EXPECT_EQ(multiply(gbp(1299), 3).value(), gbp(3897));
    EXPECT_EQ(multiply(gbp(1299), 0).value(), gbp(0));
}

TEST(Money, RefusesToMixCurrencies)
{
    for (const auto &r : {add(gbp(1), Money{1, QStringLiteral("EUR")}), subtract(gbp(1), Money{1, QStringLiteral("EUR")})}) {
        ASSERT_FALSE(r.has_value());
        EXPECT_EQ(r.error().code, ErrorCode::Validation);
        EXPECT_TRUE(r.error().message.contains(u"GBP") && r.error().message.contains(u"EUR"));
    }
}

TEST(Money, RefusesOverflowInsteadOfWrappingAround)
{
    EXPECT_FALSE(add(gbp(int64Max), gbp(1)).has_value());
    EXPECT_FALSE(subtract(gbp(int64Min), gbp(1)).has_value());
    EXPECT_FALSE(multiply(gbp(int64Max / 2 + 1), 2).has_value());
    EXPECT_FALSE(multiply(gbp(int64Min), -1).has_value());
    EXPECT_EQ(add(gbp(int64Max - 1), gbp(1)).value(), gbp(int64Max));
}

TEST(Money, RoundsAPercentageDiscountHalfUpToTheMinorUnit)
{
    EXPECT_EQ(percentageOff(gbp(999), 1500).value(), gbp(849));   // 149.85 off -> 150
    EXPECT_EQ(percentageOff(gbp(5), 5000).value(), gbp(2));       // 2.5 off -> 3: the half goes to the customer
    EXPECT_EQ(percentageOff(gbp(5000), 1).value(), gbp(4999));    // 0.5 off -> 1
    EXPECT_EQ(percentageOff(gbp(4999), 1).value(), gbp(4999));    // 0.4999 off -> 0
    EXPECT_EQ(percentageOff(gbp(1000), 0).value(), gbp(1000));
    EXPECT_EQ(percentageOff(gbp(1000), 10000).value(), gbp(0));
    EXPECT_EQ(percentageOff(gbp(0), 2500).value(), gbp(0));
    EXPECT_EQ(percentageOff(Money{1299, QStringLiteral("JPY")}, 3333).value(), (Money{866, QStringLiteral("JPY")})); // 432.9567 off
}

TEST(Money, DiscountsHugeAmountsWithoutOverflow)
{
    EXPECT_EQ(percentageOff(gbp(int64Max), 10000).value(), gbp(0));
    EXPECT_EQ(percentageOff(gbp(int64Max), 5000).value(), gbp(int64Max / 2)); // ...807 / 2 = ...403.5 off -> ...404
    EXPECT_EQ(percentageOff(gbp(maxJsonAmount), 3333).value(),
              gbp(maxJsonAmount - (maxJsonAmount / 10000 * 3333 + (maxJsonAmount % 10000 * 3333 + 5000) / 10000)));
}

TEST(Money, RefusesADiscountItCannotApply)
{
    EXPECT_FALSE(percentageOff(gbp(100), -1).has_value());
    EXPECT_FALSE(percentageOff(gbp(100), 10001).has_value());
    auto negative = percentageOff(gbp(-100), 1000);
    ASSERT_FALSE(negative.has_value());
    EXPECT_TRUE(negative.error().message.contains(u"-1.00"));
}

TEST(Money, AdjustsByBasisPointsRoundingTheChangeAwayFromZero)
{
    EXPECT_EQ(adjustByBasisPoints(gbp(999), 1000).value(), gbp(1099));  // +99.9 -> +100
    EXPECT_EQ(adjustByBasisPoints(gbp(999), -2500).value(), gbp(749));  // -249.75 -> -250
    EXPECT_EQ(adjustByBasisPoints(gbp(5), 5000).value(), gbp(8));       // +2.5 -> +3
    EXPECT_EQ(adjustByBasisPoints(gbp(1000), 1000000).value(), gbp(101000));
    for (int bp : {0, 1, 333, 5000, 9999, 10000})
        EXPECT_EQ(adjustByBasisPoints(gbp(12345), -bp).value(), percentageOff(gbp(12345), bp).value()) << bp;
    EXPECT_FALSE(adjustByBasisPoints(gbp(int64Max), 1).has_value());
    EXPECT_FALSE(adjustByBasisPoints(gbp(int64Max / 2), 1000000).has_value());
    EXPECT_FALSE(adjustByBasisPoints(gbp(100), -10001).has_value());
    EXPECT_FALSE(adjustByBasisPoints(gbp(100), 1000001).has_value());
    EXPECT_FALSE(adjustByBasisPoints(gbp(-100), 1000).has_value());
}

TEST(Money, FormatsMajorUnitsWithTheCurrencysDecimals)
{
    EXPECT_EQ(formatMajorUnits(gbp(1299)), QStringLiteral("12.99"));
    EXPECT_EQ(formatMajorUnits(gbp(5)), QStringLiteral("0.05"));
    EXPECT_EQ(formatMajorUnits(gbp(-5)), QStringLiteral("-0.05"));
    EXPECT_EQ(formatMajorUnits(gbp(0)), QStringLiteral("0.00"));
    EXPECT_EQ(formatMajorUnits(gbp(100)), QStringLiteral("1.00"));
    EXPECT_EQ(formatMajorUnits(gbp(123456789)), QStringLiteral("1234567.89"));
    EXPECT_EQ(formatMajorUnits(Money{1299, QStringLiteral("JPY")}), QStringLiteral("1299"));
    EXPECT_EQ(formatMajorUnits(Money{1299, QStringLiteral("KWD")}), QStringLiteral("1.299"));
    EXPECT_EQ(formatMajorUnits(Money{5, QStringLiteral("BHD")}), QStringLiteral("0.005"));
    EXPECT_EQ(formatMajorUnits(Money{1299, QStringLiteral("XXX")}), QStringLiteral("12.99"));
    EXPECT_EQ(formatMajorUnits(gbp(int64Min)), QStringLiteral("-92233720368547758.08"));
    EXPECT_EQ(formatMajorUnits(gbp(int64Max)), QStringLiteral("92233720368547758.07"));
}

TEST(Money, ParsesMajorUnitsAsPeopleTypeThem)
{
    const QString f = QStringLiteral("min");
    EXPECT_EQ(parseMajorUnits(u"10", 2, f).value(), 1000);
    EXPECT_EQ(parseMajorUnits(u"10.5", 2, f).value(), 1050);
    EXPECT_EQ(parseMajorUnits(u"10.50", 2, f).value(), 1050);
    EXPECT_EQ(parseMajorUnits(u"0.01", 2, f).value(), 1);
    EXPECT_EQ(parseMajorUnits(u"007", 2, f).value(), 700);
    EXPECT_EQ(parseMajorUnits(u"1.299", 3, f).value(), 1299);
    EXPECT_EQ(parseMajorUnits(u"1299", 0, f).value(), 1299);
    EXPECT_EQ(parseMajorUnits(u"90071992547409.91", 2, f).value(), maxJsonAmount);
}

TEST(Money, RefusesMajorUnitsThatAreNotAPlainAmount)
{
    const QString f = QStringLiteral("min");
    for (QStringView text : {u"", u"-1", u"+1", u"1e3", u"1,5", u".5", u"5.", u"1.2.3", u" 1", u"abc", u"١٠",
                             u"10.505", u"90071992547409.92", u"99999999999999999", u"123456789012345678901234567890"}) {
        auto r = parseMajorUnits(text, 2, f);
        ASSERT_FALSE(r.has_value()) << text.toString().toStdString();
        EXPECT_EQ(fieldsOf(r.error()), QStringList{f});
    }
    auto jpy = parseMajorUnits(u"10.5", 0, f);
    ASSERT_FALSE(jpy.has_value());
    EXPECT_TRUE(jpy.error().fields.first().message.contains(u"has none"));
    auto decimals = parseMajorUnits(u"10.505", 2, f);
    EXPECT_TRUE(decimals.error().fields.first().message.contains(u"more than 2 decimals"));
}

TEST(Money, ParsesPriceRangesWithEitherSideOpen)
{
    EXPECT_EQ(parsePriceRange(u"10-50", u"GBP").value(), (PriceRange{1000, 5000}));
    EXPECT_EQ(parsePriceRange(u"10-", u"GBP").value(), (PriceRange{1000, std::nullopt}));
    EXPECT_EQ(parsePriceRange(u"-50", u"GBP").value(), (PriceRange{std::nullopt, 5000}));
    EXPECT_EQ(parsePriceRange(u"9.99-19.99", u"EUR").value(), (PriceRange{999, 1999}));
    EXPECT_EQ(parsePriceRange(u" 10 - 10 ", u"GBP").value(), (PriceRange{1000, 1000}));
    EXPECT_EQ(parsePriceRange(u"1.5-2.125", u"KWD").value(), (PriceRange{1500, 2125}));
    EXPECT_EQ(parsePriceRange(u"100-200", u"JPY").value(), (PriceRange{100, 200}));
    EXPECT_EQ(parsePriceRange(u"0-0", u"GBP").value(), (PriceRange{0, 0}));
}

TEST(Money, RefusesPriceRangesThatSayNothingClear)
{
    for (QStringView text : {u"", u"-", u" - ", u"10", u"10-20-30", u"a-b", u"10.999-20", u"10--20", u"1e1-20", u"50-10"}) {
        auto r = parsePriceRange(text, u"GBP");
        ASSERT_FALSE(r.has_value()) << text.toString().toStdString();
        EXPECT_EQ(r.error().code, ErrorCode::Validation);
        EXPECT_EQ(fieldsOf(r.error()), QStringList{QStringLiteral("price_range")}) << text.toString().toStdString();
    }
    EXPECT_TRUE(parsePriceRange(u"50-10", u"GBP").error().fields.first().message.contains(u"50.00"));
    EXPECT_EQ(fieldsOf(parsePriceRange(u"1.5-2", u"JPY").error()), QStringList{QStringLiteral("price_range")});
    EXPECT_EQ(fieldsOf(parsePriceRange(u"10-50", u"XXX").error()), QStringList{QStringLiteral("currency")});
    EXPECT_EQ(fieldsOf(parsePriceRange(u"x", u"GBP", QStringLiteral("price")).error()), QStringList{QStringLiteral("price")});
}

TEST(Money, PriceRangeBoundsAreInclusive)
{
    const PriceRange range{1000, 5000};
    EXPECT_FALSE(range.contains(999));
    EXPECT_TRUE(range.contains(1000));
    EXPECT_TRUE(range.contains(5000));
    EXPECT_FALSE(range.contains(5001));
    EXPECT_TRUE((PriceRange{std::nullopt, 5000}).contains(-1));
    EXPECT_TRUE((PriceRange{1000, std::nullopt}).contains(int64Max));
}
