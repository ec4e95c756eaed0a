// SPDX-License-Identifier: MIT
#include "domain/promotion.h"

#include "domain/json.h"
#include "domain/product.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Backroom::Domain {

namespace {
QString timestampText(const QDateTime &t)
{
    const QDateTime utc = t.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

// Orders ids so decimal ids compare as numbers ("9" < "10") and fixed-width ids (UUIDs) as text.
bool idLess(const QString &a, const QString &b)
{
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

// The members of a list of targets, each checked by parse, none repeated under key.
template<typename Parse, typename Key>
QStringList readTargets(const QJsonObject &body, QStringView name, Parse parse, Key key, QList<FieldError> &errors)
{
    const QString field = name.toString();
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        errors.append({field, QStringLiteral("must be an array")});
        return {};
    }
    const QJsonArray array = value.toArray();
    if (array.size() > PromotionLimits::targets) {
        errors.append({field, QStringLiteral("must have at most %1 entries, not %2")
                                  .arg(PromotionLimits::targets)
                                  .arg(array.size())});
        return {};
    }
    QStringList targets;
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString entry = QStringLiteral("%1[%2]").arg(field).arg(i);
        auto parsed = parse(array.at(i), entry);
        if (!parsed) {
            errors.append(parsed.error().fields);
            continue;
        }
        if (seen.contains(key(*parsed))) {
            errors.append({entry, QStringLiteral("repeats %1[%2]; give each once").arg(field).arg(seen.value(key(*parsed)))});
            continue;
        }
        seen.insert(key(*parsed), i);
        targets.append(*parsed);
    }
    return targets;
}
} // namespace

QString promotionKindName(PromotionKind kind)
{
    switch (kind) {
    case PromotionKind::Percentage: return QStringLiteral("percentage");
    case PromotionKind::FixedAmount: return QStringLiteral("fixed_amount");
    }
    return {};
}

bool Promotion::isActiveAt(const QDateTime &at) const
{
    return at.isValid() && startsAt.isValid() && startsAt <= at && (!endsAt.isValid() || at < endsAt);
}

bool Promotion::appliesTo(const QString &sku, const QStringList &productCategoryIds) const
{
    const QString key = skuKey(sku);
    if (std::any_of(skus.cbegin(), skus.cend(), [&](const QString &s) { return skuKey(s) == key; }))
        return true;
    return std::any_of(categoryIds.cbegin(), categoryIds.cend(),
                       [&](const QString &c) { return productCategoryIds.contains(c); });
}

std::optional<Money> Promotion::priceAfter(const Money &basePrice) const
{
    if (basePrice.amount <= 0)
        return std::nullopt;
    if (kind == PromotionKind::Percentage) {
        auto reduced = percentageOff(basePrice, basisPoints);
        return reduced ? std::optional<Money>(*reduced) : std::nullopt;
    }
    if (amountOff.currency != basePrice.currency)
        return std::nullopt;
    return Money{std::max<qint64>(0, basePrice.amount - std::max<qint64>(0, amountOff.amount)), basePrice.currency};
}

QJsonObject Promotion::toJson() const
{
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("kind"), promotionKindName(kind)},
                     {QStringLiteral("skus"), QJsonArray::fromStringList(skus)},
                     {QStringLiteral("category_ids"), QJsonArray::fromStringList(categoryIds)},
                     {QStringLiteral("starts_at"), timestampText(startsAt)},
                     {QStringLiteral("ends_at"), endsAt.isValid() ? QJsonValue(timestampText(endsAt))
                                                                  : QJsonValue(QJsonValue::Null)}};
    if (kind == PromotionKind::Percentage)
        json.insert(QStringLiteral("basis_points"), basisPoints);
    else
        json.insert(QStringLiteral("amount_off"), amountOff.toJson());
    return json;
}

Result<QDateTime> parseTimestamp(const QJsonValue &value, const QString &field)
{
    // Qt's ISO parser also takes times without an offset (as local time) and dates alone; the shape is
    // checked first so neither slips through.
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"));
    const QString example = QStringLiteral("e.g. 2024-06-07T09:00:00Z");
    const auto refuse = [&](const QString &why) {
        return fail(Error::validation(QStringLiteral("%1 is not a valid time: %2.").arg(field, why), {{field, why}}));
    };
    if (!value.isString())
        return refuse(QStringLiteral("must be a date and time with an offset, %1").arg(example));
    const QString text = value.toString().trimmed();
    if (!shape.match(text).hasMatch())
        return refuse(QStringLiteral("must be an RFC 3339 date and time with seconds and an offset (Z for UTC), %1")
                          .arg(example));
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return refuse(QStringLiteral("\"%1\" is not a date and time that exists").arg(text));
    return parsed.toUTC();
}

Result<Promotion> promotionFromJson(const QJsonObject &body)
{
    QList<FieldError> errors;
    if (auto ok = Json::allowOnly(body, {u"name", u"kind", u"basis_points", u"amount_off", u"skus", u"category_ids",
                                         u"starts_at", u"ends_at"});
        !ok)
        errors.append(ok.error().fields);

    Promotion promotion;
    if (auto name = Json::requiredString(body, u"name", PromotionLimits::nameLength))
        promotion.name = *name;
    else
        errors.append(name.error().fields);

    const QString kindName = body.value(u"kind").toString();
    std::optional<PromotionKind> kind;
    for (PromotionKind k : {PromotionKind::Percentage, PromotionKind::FixedAmount}) {
        if (kindName == promotionKindName(k))
            kind = k;
    }
    if (!kind)
        errors.append({QStringLiteral("kind"), QStringLiteral("is required: percentage or fixed_amount")});
    else
        promotion.kind = *kind;

    const QJsonValue basisPoints = body.value(u"basis_points");
    const QJsonValue amountOff = body.value(u"amount_off");
    if (kind == PromotionKind::Percentage) {
        const auto whole = jsonInteger(basisPoints);
        if (!whole || *whole < 1 || *whole > 10000)
            errors.append({QStringLiteral("basis_points"), QStringLiteral("is required for a percentage: a whole number "
                                                                          "from 1 to 10000 (1500 = 15 % off)")});
        else
            promotion.basisPoints = int(*whole);
    } else if (kind == PromotionKind::FixedAmount) {
        if (amountOff.isUndefined())
            errors.append({QStringLiteral("amount_off"), QStringLiteral("is required for a fixed amount: an object like "
                                                                        "{\"amount\": 500, \"currency\": \"GBP\"}")});
        else if (auto money = moneyFromJson(amountOff, QStringLiteral("amount_off"), AmountRule::Positive))
            promotion.amountOff = *money;
        else
            errors.append(money.error().fields);
    }
    if (kind && *kind != PromotionKind::Percentage && !basisPoints.isUndefined())
        errors.append({QStringLiteral("basis_points"), QStringLiteral("applies only to kind percentage; remove it")});
    if (kind && *kind != PromotionKind::FixedAmount && !amountOff.isUndefined())
        errors.append({QStringLiteral("amount_off"), QStringLiteral("applies only to kind fixed_amount; remove it")});

    promotion.skus = readTargets(body, u"skus", parseSku, skuKey, errors);
    promotion.categoryIds = readTargets(body, u"category_ids", parseEntityId, [](const QString &id) { return id; },
                                        errors);
    const bool targetsReadable = std::none_of(errors.cbegin(), errors.cend(), [](const FieldError &e) {
        return e.field.startsWith(u"skus") || e.field.startsWith(u"category_ids");
    });
    if (targetsReadable && promotion.skus.isEmpty() && promotion.categoryIds.isEmpty())
        errors.append({QStringLiteral("skus"), QStringLiteral("give at least one SKU here or one category in "
                                                              "category_ids: a promotion must say what it reduces")});

    if (!body.contains(u"starts_at")) {
        errors.append({QStringLiteral("starts_at"), QStringLiteral("is required, e.g. 2024-06-07T09:00:00Z")});
    } else if (auto starts = parseTimestamp(body.value(u"starts_at"), QStringLiteral("starts_at"))) {
        promotion.startsAt = *starts;
    } else {
        errors.append(starts.error().fields);
    }
    const QJsonValue endsValue = body.value(u"ends_at");
    if (!endsValue.isUndefined() && !endsValue.isNull()) {
        if (auto ends = parseTimestamp(endsValue, QStringLiteral("ends_at"))) {
            promotion.endsAt = *ends;
            if (promotion.startsAt.isValid() && *ends <= promotion.startsAt)
                errors.append({QStringLiteral("ends_at"), QStringLiteral("must be after starts_at (%1)")
                                                              .arg(timestampText(promotion.startsAt))});
        } else {
            errors.append(ends.error().fields);
        }
    }

    if (!errors.isEmpty())
        return fail(Error::validation(QStringLiteral("The promotion is not valid; correct the fields named."),
                                      std::move(errors)));
    return promotion;
}

EffectivePrice effectivePrice(const Money &basePrice, const QString &sku, const QStringList &categoryIds,
                              const QList<Promotion> &promotions, const QDateTime &at)
{
    EffectivePrice best{basePrice, std::nullopt};
    for (const Promotion &promotion : promotions) {
        if (!promotion.isActiveAt(at) || !promotion.appliesTo(sku, categoryIds))
            continue;
        const std::optional<Money> price = promotion.priceAfter(basePrice);
        // A promotion that takes nothing off (1 basis point of 50 pence rounds to 0) did not make the price.
        if (!price || price->amount >= basePrice.amount)
            continue;
        if (!best.promotion || price->amount < best.price.amount
            || (price->amount == best.price.amount && idLess(promotion.id, best.promotion->id)))
            best = {*price, promotion};
    }
    return best;
}

std::optional<QDateTime> nextPromotionChange(const QList<Promotion> &promotions, const QDateTime &at)
{
    std::optional<QDateTime> next;
    for (const Promotion &promotion : promotions) {
        for (const QDateTime &boundary : {promotion.startsAt, promotion.endsAt}) {
            if (boundary.isValid() && boundary > at && (!next || boundary < *next))
                next = boundary;
        }
    }
    return next;
}

} // namespace Backroom::Domain
