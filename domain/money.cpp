// SPDX-License-Identifier: MIT
#include "domain/money.h"

#include "domain/json.h"

#include <QMetaType>
#include <QVariant>
#include <algorithm>
#include <array>
#include <cmath>

namespace Backroom::Domain {

namespace {
struct CurrencyInfo {
    QStringView code;
    int exponent;
};

// ISO 4217 minor-unit exponents of the currencies a shop is likely to sell in, sorted by code. A currency
// missing here is refused rather than guessed: a wrong exponent would misprice by a factor of 10 or 100.
constexpr std::array<CurrencyInfo, 61> currencies{{
    {u"AED", 2}, {u"ARS", 2}, {u"AUD", 2}, {u"BGN", 2}, {u"BHD", 3}, {u"BIF", 0}, {u"BRL", 2}, {u"CAD", 2},
    {u"CHF", 2}, {u"CLP", 0}, {u"CNY", 2}, {u"COP", 2}, {u"CZK", 2}, {u"DJF", 0}, {u"DKK", 2}, {u"EGP", 2},
    {u"EUR", 2}, {u"GBP", 2}, {u"GNF", 0}, {u"HKD", 2}, {u"HUF", 2}, {u"IDR", 2}, {u"ILS", 2}, {u"INR", 2},
    {u"IQD", 3}, {u"ISK", 0}, {u"JOD", 3}, {u"JPY", 0}, {u"KES", 2}, {u"KMF", 0}, {u"KRW", 0}, {u"KWD", 3},
    {u"LYD", 3}, {u"MAD", 2}, {u"MXN", 2}, {u"MYR", 2}, {u"NGN", 2}, {u"NOK", 2}, {u"NZD", 2}, {u"OMR", 3},
    {u"PEN", 2}, {u"PHP", 2}, {u"PKR", 2}, {u"PLN", 2}, {u"PYG", 0}, {u"QAR", 2}, {u"RON", 2}, {u"RSD", 2},
    {u"RWF", 0}, {u"SAR", 2}, {u"SEK", 2}, {u"SGD", 2}, {u"THB", 2}, {u"TND", 3}, {u"TRY", 2}, {u"TWD", 2},
    {u"UAH", 2}, {u"UGX", 0}, {u"USD", 2}, {u"VND", 0}, {u"ZAR", 2},
}};

// QStringView's operator< is not constexpr in Qt 6.4; every code has three letters.
constexpr bool codeLess(const CurrencyInfo &a, const CurrencyInfo &b)
{
    for (qsizetype i = 0; i < 3; ++i) {
        if (a.code[i] != b.code[i])
            return a.code[i].unicode() < b.code[i].unicode();
    }
    return false;
}

// Kept sorted so the lookup can bisect; checked at compile time rather than trusted.
static_assert(std::is_sorted(currencies.begin(), currencies.end(), codeLess));

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// 10^exponent for the exponents the table holds (0..3).
qint64 scale(int exponent)
{
    qint64 s = 1;
    for (int i = 0; i < exponent; ++i)
        s *= 10;
    return s;
}

Status sameCurrency(const Money &a, const Money &b)
{
    if (a.currency == b.currency)
        return {};
    return fail(Error::validation(QStringLiteral("Cannot combine %1 with %2: amounts in different currencies do not "
                                               "add up; convert one first.")
                                    .arg(a.currency, b.currency)));
}

Error overflowError()
{
    return Error::validation(QStringLiteral("The amount is too large to compute exactly; use smaller amounts."));
}
} // namespace

QJsonObject Money::toJson() const
{
    return {{QStringLiteral("amount"), QJsonValue(amount)}, {QStringLiteral("currency"), currency}};
}

std::optional<int> currencyExponent(QStringView code)
{
    const auto it = std::lower_bound(currencies.begin(), currencies.end(), code,
                                     [](const CurrencyInfo &info, QStringView c) { return info.code < c; });
    if (it == currencies.end() || it->code != code)
        return std::nullopt;
    return it->exponent;
}

bool isKnownCurrency(QStringView code)
{
    return currencyExponent(code).has_value();
}

QStringList knownCurrencies()
{
    QStringList codes;
    for (const CurrencyInfo &info : currencies)
        codes.append(info.code.toString());
    return codes;
}

std::optional<qint64> jsonInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    // Qt's parser keeps integral numbers that fit as qint64 (12.0 and 1e3 included); a double is a number
    // with a fraction, one beyond qint64, or one built in code.
    qint64 integer = 0;
    if (value.toVariant().typeId() == QMetaType::LongLong) {
        integer = value.toInteger();
    } else {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d || std::abs(d) > double(maxJsonAmount))
            return std::nullopt;
        integer = qint64(d);
    }
    if (integer > maxJsonAmount || integer < -maxJsonAmount)
        return std::nullopt;
    return integer;
}

Result<Money> moneyFromJson(const QJsonValue &value, const QString &field, AmountRule rule)
{
    const QString amountField = field + QStringLiteral(".amount");
    const QString currencyField = field + QStringLiteral(".currency");
    if (!value.isObject())
        return fail(Error::validation(QStringLiteral("%1 is not an amount of money.").arg(field),
                                      {{field, QStringLiteral("must be an object like {\"amount\": 1299, \"currency\": \"GBP\"} "
                                                                "for 12.99 GBP")}}));
    const QJsonObject object = value.toObject();
    QList<FieldError> errors;
    if (auto ok = Json::allowOnly(object, {u"amount", u"currency"}); !ok) {
        for (const FieldError &unknown : ok.error().fields)
            errors.append({field + u'.' + unknown.field, unknown.message});
    }

    Money money;
    const QJsonValue amount = object.value(QStringLiteral("amount"));
    const auto whole = jsonInteger(amount);
    if (!amount.isDouble()) {
        errors.append({amountField, QStringLiteral("is required: a whole number of minor units, e.g. 1299 for 12.99")});
    } else if (!whole && std::abs(amount.toDouble()) <= double(maxJsonAmount)) {
        // A fraction here most often means major units were sent where minor units are wanted.
        errors.append({amountField, QStringLiteral("must be a whole number of minor units, e.g. 1299 for 12.99")});
    } else if (!whole) {
        errors.append({amountField, QStringLiteral("must be between -%1 and %1").arg(maxJsonAmount)});
    } else {
        money.amount = *whole;
        if (rule == AmountRule::NonNegative && money.amount < 0)
            errors.append({amountField, QStringLiteral("must not be negative")});
        else if (rule == AmountRule::Positive && money.amount <= 0)
            errors.append({amountField, QStringLiteral("must be greater than zero")});
    }

    const QJsonValue currency = object.value(QStringLiteral("currency"));
    if (!currency.isString() || currency.toString().isEmpty()) {
        errors.append({currencyField, QStringLiteral("is required: a three-letter ISO 4217 code such as GBP, EUR or USD")});
    } else {
        money.currency = currency.toString();
        if (!isKnownCurrency(money.currency)) {
            if (isKnownCurrency(money.currency.toUpper()))
                errors.append({currencyField, QStringLiteral("must be written in upper case: %1")
                                                  .arg(money.currency.toUpper())});
            else
                errors.append({currencyField, QStringLiteral("is not a currency this shop knows; use an ISO 4217 "
                                                             "code such as GBP, EUR or USD")});
        }
    }

    if (!errors.isEmpty())
        return fail(Error::validation(QStringLiteral("%1 is not a valid amount of money; correct the fields named.")
                                          .arg(field),
                                      std::move(errors)));
    return money;
}

Result<Money> add(const Money &a, const Money &b)
{
    if (auto ok = sameCurrency(a, b); !ok)
        return fail(ok.error());
    qint64 sum = 0;
    if (__builtin_add_overflow(a.amount, b.amount, &sum))
        return fail(overflowError());
    return Money{sum, a.currency};
}

Result<Money> subtract(const Money &a, const Money &b)
{
    if (auto ok = sameCurrency(a, b); !ok)
        return fail(ok.error());
    qint64 difference = 0;
    if (__builtin_sub_overflow(a.amount, b.amount, &difference))
        return fail(overflowError());
    return Money{difference, a.currency};
}

Result<Money> multiply(const Money &price, qint64 quantity)
{
    qint64 product = 0;
    if (__builtin_mul_overflow(price.amount, quantity, &product))
        return fail(overflowError());
    return Money{product, price.currency};
}

namespace {
// round_half_up(amount * basisPoints / 10000) for amount >= 0, basisPoints >= 0, without the intermediate
// product: amount = q * 10000 + r, so the result is q * basisPoints + round(r * basisPoints / 10000), where
// r * basisPoints stays far below 2^63. Nullopt on overflow.
std::optional<qint64> basisPointsOf(qint64 amount, qint64 basisPoints)
{
    const qint64 q = amount / 10000;
    const qint64 r = amount % 10000;
    qint64 whole = 0;
    if (__builtin_mul_overflow(q, basisPoints, &whole))
        return std::nullopt;
    // r < 10^4 and basisPoints <= 10^6 in every caller, so this cannot overflow.
    const qint64 part = (r * basisPoints + 5000) / 10000;
    qint64 total = 0;
    if (__builtin_add_overflow(whole, part, &total))
        return std::nullopt;
    return total;
}
} // namespace

Result<Money> percentageOff(const Money &price, int basisPoints)
{
    if (basisPoints < 0 || basisPoints > 10000)
        return fail(Error::validation(QStringLiteral("A percentage discount must be between 0 and 10000 basis points "
                                                     "(0 %–100 %); %1 is not.")
                                          .arg(basisPoints)));
    return adjustByBasisPoints(price, -qint64(basisPoints));
}

Result<Money> adjustByBasisPoints(const Money &price, qint64 basisPoints)
{
    if (price.amount < 0)
        return fail(Error::validation(QStringLiteral("Only a price of zero or more can be changed by a percentage; "
                                                     "%1 is negative.")
                                          .arg(formatMajorUnits(price))));
    if (basisPoints < -10000 || basisPoints > 1000000)
        return fail(Error::validation(QStringLiteral("A percentage change must be between -10000 and 1000000 basis "
                                                     "points (-100 % to +10000 %); %1 is not.")
                                          .arg(basisPoints)));
    const auto change = basisPointsOf(price.amount, basisPoints < 0 ? -basisPoints : basisPoints);
    if (!change)
        return fail(overflowError());
    qint64 result = 0;
    if (__builtin_add_overflow(price.amount, basisPoints < 0 ? -*change : *change, &result))
        return fail(overflowError());
    return Money{result, price.currency};
}

QString formatMajorUnits(qint64 amount, int exponent)
{
    // Through the unsigned magnitude, so the most negative qint64 formats too.
    const bool negative = amount < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(amount) : quint64(amount);
    QString digits = QString::number(magnitude);
    QString text;
    if (exponent <= 0) {
        text = digits;
    } else {
        if (digits.size() <= exponent)
            digits = QString(exponent + 1 - digits.size(), u'0') + digits;
        text = digits.first(digits.size() - exponent) + u'.' + digits.last(exponent);
    }
    return negative ? u'-' + text : text;
}

QString formatMajorUnits(const Money &money)
{
    return formatMajorUnits(money.amount, currencyExponent(money.currency).value_or(2));
}

Result<qint64> parseMajorUnits(QStringView text, int exponent, const QString &field)
{
    const auto refuse = [&](const QString &why) {
        return fail(Error::validation(QStringLiteral("%1 is not a valid amount: %2.").arg(field, why),
                                      {{field, why}}));
    };
    const qsizetype point = text.indexOf(u'.');
    const QStringView whole = point < 0 ? text : text.first(point);
    const QStringView fraction = point < 0 ? QStringView() : text.sliced(point + 1);
    const bool wellFormed = !whole.isEmpty() && std::all_of(whole.begin(), whole.end(), isDigit)
                            && (point < 0 || !fraction.isEmpty())
                            && std::all_of(fraction.begin(), fraction.end(), isDigit);
    if (!wellFormed)
        return refuse(QStringLiteral("\"%1\" must be a number of major units like 10 or 10.50").arg(text));
    if (fraction.size() > exponent) {
        if (exponent == 0)
            return refuse(QStringLiteral("\"%1\" has decimals, but this currency has none").arg(text));
        return refuse(QStringLiteral("\"%1\" has more than %2 decimals").arg(text.toString(), QString::number(exponent)));
    }
    // More than 16 whole digits exceeds maxJsonAmount whatever the exponent; checked before converting so
    // the conversion cannot overflow.
    if (whole.size() > 16)
        return refuse(QStringLiteral("\"%1\" is too large").arg(text));
    qint64 minor = whole.toLongLong() * scale(exponent);
    if (!fraction.isEmpty())
        minor += fraction.toLongLong() * scale(exponent - int(fraction.size()));
    if (minor > maxJsonAmount)
        return refuse(QStringLiteral("\"%1\" is too large").arg(text));
    return minor;
}

bool PriceRange::contains(qint64 amount) const
{
    return (!min || amount >= *min) && (!max || amount <= *max);
}

Result<PriceRange> parsePriceRange(QStringView text, QStringView currency, const QString &field)
{
    const auto exponent = currencyExponent(currency);
    if (!exponent)
        return fail(Error::validation(QStringLiteral("%1 is not a currency this shop knows.").arg(currency),
                                      {{QStringLiteral("currency"),
                                        QStringLiteral("is not a currency this shop knows; use an ISO 4217 code "
                                                       "such as GBP, EUR or USD")}}));
    const QString example = QStringLiteral("MIN-MAX in major units, e.g. 10-50, 10- or -50");
    const auto refuse = [&](const QString &why) {
        return fail(Error::validation(QStringLiteral("%1 is not a valid price range: %2.").arg(field, why),
                                      {{field, why}}));
    };
    const QStringView trimmed = text.trimmed();
    const qsizetype dash = trimmed.indexOf(u'-');
    if (dash < 0 || trimmed.indexOf(u'-', dash + 1) >= 0)
        return refuse(QStringLiteral("must be %1").arg(example));
    const QStringView low = trimmed.first(dash).trimmed();
    const QStringView high = trimmed.sliced(dash + 1).trimmed();
    if (low.isEmpty() && high.isEmpty())
        return refuse(QStringLiteral("gives neither bound; leave price_range out for any price, or send %1").arg(example));

    PriceRange range;
    for (const auto &[part, bound] : {std::pair{low, &range.min}, std::pair{high, &range.max}}) {
        if (part.isEmpty())
            continue;
        auto amount = parseMajorUnits(part, *exponent, field);
        if (!amount)
            return fail(amount.error());
        *bound = *amount;
    }
    if (range.min && range.max && *range.min > *range.max)
        return refuse(QStringLiteral("the lower bound %1 is above the upper bound %2; swap them")
                          .arg(formatMajorUnits(*range.min, *exponent), formatMajorUnits(*range.max, *exponent)));
    return range;
}

} // namespace Backroom::Domain
