// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <optional>

namespace Backroom::Domain {

// An amount of money: integer minor units (pence, cents, yen, fils) of one ISO 4217 currency. No double,
// no formatting state; rounding happens only in the named helpers below.
struct Money {
    qint64 amount = 0;
    QString currency; // ISO 4217, three upper-case letters, one of knownCurrencies()

    // {"amount": 1299, "currency": "GBP"}
    QJsonObject toJson() const;
    friend bool operator==(const Money &, const Money &) = default;
};

// The largest amount the API accepts: 2^53 - 1, the largest integer every JSON parser (JavaScript's
// included) reads exactly.
inline constexpr qint64 maxJsonAmount = (qint64(1) << 53) - 1;

// Number of minor-unit digits of a currency (GBP 2, JPY 0, KWD 3); nullopt for a code not in the fixed
// table of currencies the shop knows.
std::optional<int> currencyExponent(QStringView code);
bool isKnownCurrency(QStringView code);
QStringList knownCurrencies(); // sorted

// What an amount read from a body may be.
enum class AmountRule {
    Any,         // adjustments, differences
    NonNegative, // most prices
    Positive,    // a discount amount, a price that must be set
};

// A JSON number without a fractional part and within ±maxJsonAmount; nullopt for anything else. 12.0 and
// 1e3 are the integers 12 and 1000: JSON does not tell them apart, and neither does Qt's parser.
std::optional<qint64> jsonInteger(const QJsonValue &value);

// A Money from a JSON body member named field ("price", "variants[2].price"). amount must be a whole
// number (jsonInteger: 12.5, "1299" and 2^53 are refused) and satisfy rule;
// currency must be a known ISO 4217 code in upper case. Validation error with one field error per
// problem, each naming its path ("price.amount", "price.currency", "price.cost" for an unknown member).
Result<Money> moneyFromJson(const QJsonValue &value, const QString &field, AmountRule rule = AmountRule::NonNegative);

// Exact arithmetic. Validation error (no field) when the currencies differ or the result would overflow
// qint64.
Result<Money> add(const Money &a, const Money &b);
Result<Money> subtract(const Money &a, const Money &b);
Result<Money> multiply(const Money &price, qint64 quantity);

// The price after a percentage discount of basisPoints (1500 = 15 %, 0..10000). Rounding rule: the
// discount is rounded half up to the minor unit (an exact half goes to the customer), the price is the
// original minus that discount; integer math only. 999 at 15 % -> discount 149.85 -> 150 -> 849.
// Validation error for a negative price or basisPoints outside 0..10000.
Result<Money> percentageOff(const Money &price, int basisPoints);

// The price changed by basisPoints (-10000..1000000; +1000 = +10 %, -2500 = -25 %), as a bulk price
// change does it. The change is rounded half away from zero to the minor unit, so
// adjustByBasisPoints(p, -b) == percentageOff(p, b). Validation error for a negative price, basisPoints
// out of range, or overflow.
Result<Money> adjustByBasisPoints(const Money &price, qint64 basisPoints);

// "12.99" for 1299 GBP, "1299" for 1299 JPY, "1.299" for 1299 KWD, "-0.05" for -5 EUR: major units with
// the currency's number of decimals, '.' as separator, no grouping, no symbol (locale formatting is the
// desktop's job). An unknown currency is shown with 2 decimals.
QString formatMajorUnits(const Money &money);
QString formatMajorUnits(qint64 amount, int exponent);

// A non-negative amount in major units as people type it ("10", "10.5", "10.50") in minor units of a
// currency with exponent decimals. Refuses signs, exponents, grouping, more decimals than the currency
// has, a missing digit before or after the point, and values above maxJsonAmount. Validation error on field.
Result<qint64> parseMajorUnits(QStringView text, int exponent, const QString &field);

// An inclusive price filter in minor units; an absent bound is open.
struct PriceRange {
    std::optional<qint64> min;
    std::optional<qint64> max;

    bool contains(qint64 amount) const;
    friend bool operator==(const PriceRange &, const PriceRange &) = default;
};

// The search route's price_range: "10-50", "10-" (10 or more), "-50" (at most 50), major units with up to
// the currency's decimals ("9.99-19.99"), both bounds inclusive. Validation error on field when either
// bound is malformed, neither is given, or min > max; on "currency" when the currency is unknown.
Result<PriceRange> parsePriceRange(QStringView text, QStringView currency,
                                   const QString &field = QStringLiteral("price_range"));

} // namespace Backroom::Domain
