// SPDX-License-Identifier: MIT
#pragma once

#include "domain/money.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace Backroom::Domain {

enum class PromotionKind {
    Percentage,  // basisPoints off the price
    FixedAmount, // amountOff off the price
};

QString promotionKindName(PromotionKind kind); // "percentage", "fixed_amount"

namespace PromotionLimits {
inline constexpr qsizetype nameLength = 200;
inline constexpr qsizetype targets = 1000; // SKUs, and category ids, each
} // namespace PromotionLimits

// A price reduction for some SKUs and/or categories over a period. Promotions do not stack: a variant gets
// the single best one (effectivePrice).
struct Promotion {
    QString id; // assigned by the server; breaks ties
    QString name;
    PromotionKind kind = PromotionKind::Percentage;
    int basisPoints = 0; // Percentage: 1..10000 (1500 = 15 % off)
    Money amountOff;     // FixedAmount: above zero
    QStringList skus;    // as given; matched ignoring case
    QStringList categoryIds; // matched against a product's category and its ancestors
    QDateTime startsAt;      // UTC
    QDateTime endsAt;        // UTC, after startsAt; null when open-ended

    // startsAt <= at < endsAt: the end is the first instant it no longer applies.
    bool isActiveAt(const QDateTime &at) const;
    // Whether sku (ignoring case) or one of categoryIds is a target.
    bool appliesTo(const QString &sku, const QStringList &categoryIds) const;
    // basePrice after this promotion alone, never below zero (percentage rounding: percentageOff); nullopt
    // when it cannot apply: a fixed amount in another currency, or a base price of zero or less.
    std::optional<Money> priceAfter(const Money &basePrice) const;

    // The API's shape; basis_points or amount_off as the kind has it. The server adds id.
    QJsonObject toJson() const;
    friend bool operator==(const Promotion &, const Promotion &) = default;
};

// An instant from a body: RFC 3339 with seconds and an explicit offset ("2024-06-07T09:00:00Z",
// "2024-06-07T10:00:00.250+01:00"), returned in UTC. A time without an offset is refused: whose local
// time it meant cannot be known. Validation error on field.
Result<QDateTime> parseTimestamp(const QJsonValue &value, const QString &field);

// A promotion from a create or replace body:
//   {"name", "kind": "percentage"|"fixed_amount", "basis_points" (percentage only) | "amount_off"
//    (fixed_amount only, Money above zero), "skus": [...], "category_ids": [...], "starts_at", "ends_at"
//    (or null)}
// At least one SKU or category; none repeated (SKUs ignoring case); ends_at after starts_at. A fixed amount
// is not checked against the targets' currency here (the domain does not know their prices): at pricing
// time it simply does not apply to a price in another currency. Unknown members refused; every problem
// at once, Validation with one field error each ("skus[3]", "amount_off.currency").
Result<Promotion> promotionFromJson(const QJsonObject &body);

struct EffectivePrice {
    Money price;
    std::optional<Promotion> promotion; // the one that made price; none when price is the base price
    friend bool operator==(const EffectivePrice &, const EffectivePrice &) = default;
};

// What a variant costs at `at` ("what will this cost on Friday"): among the promotions active at `at` that
// target sku or one of categoryIds (the product's category and its ancestors, categoryWithAncestors) and
// can apply (Promotion::priceAfter), the one giving the lowest price, if it is below basePrice. Ties go to
// the lowest id (decimal ids compare as numbers: shorter first, then by text). Never below zero.
EffectivePrice effectivePrice(const Money &basePrice, const QString &sku, const QStringList &categoryIds,
                              const QList<Promotion> &promotions, const QDateTime &at);

// The first instant after `at` at which one of promotions starts or ends, so a price worked out at `at`
// may change (effectivePrice's answer holds until then); nullopt when none of them will start or end.
std::optional<QDateTime> nextPromotionChange(const QList<Promotion> &promotions, const QDateTime &at);

} // namespace Backroom::Domain
