// SPDX-License-Identifier: MIT
#pragma once

#include "domain/product.h"
#include "domain/result.h"

#include <QJsonObject>
#include <optional>

namespace Backroom::Domain {

// What a bulk operation applies to: listed products, or every product a staff list filter matches.
struct BulkSelection {
    static constexpr qsizetype maxIds = 10000;
    static constexpr qint64 maxFiltered = 100000;

    QList<qint64> ids; // in the order given, each once; empty when a filter selects
    bool byFilter = false;
    QString text;                         // filter.q: a title substring
    std::optional<ProductStatus> status;  // filter.status
    std::optional<qint64> categoryId;     // filter.category: the category and everything below it
    PriceRange price;                     // filter.price_range: on the lowest variant price; open ends do not narrow
    QString priceCurrency;                // the currency of price's bounds (the shop's), empty without a range
};

// How a bulk operation changes every variant's price. The compare-at price is left as it is.
struct BulkPriceChange {
    enum class Kind { Set, Percent, Amount };
    Kind kind = Kind::Set;
    Money money;             // Set: the new price; Amount: added (negative lowers), same currency as the variant
    qint64 basisPoints = 0;  // Percent: -10000 (−100 %) … 1000000 (+10,000 %), rounded as adjustByBasisPoints
};

struct BulkChange {
    std::optional<BulkPriceChange> price;
    std::optional<ProductStatus> status;
    std::optional<QString> categoryId; // set: move there; an empty string takes the product out of its category
};

struct BulkRequest {
    BulkSelection selection;
    BulkChange change;
    bool dryRun = false;
};

// The body of POST /api/v1/products/bulk:
//   {"selection": {"ids": ["1", …]} | {"filter": {"q", "status", "category", "price_range"}},
//    "change": {"price": {"set": Money} | {"percent": -10.5} | {"amount": Money}, "status": "archived",
//               "category": "7" | null},
//    "dry_run": false}
// At least one change; one selection kind; 1–10,000 ids; a percent with at most two decimals. Unknown members
// are refused at every level. price_range is read as parsePriceRange reads it, in major units of
// shopCurrency. Validation error with one field error per problem ("selection.ids[3]",
// "change.price.percent").
Result<BulkRequest> bulkRequestFromJson(const QJsonObject &body, QStringView shopCurrency);

// current with change applied, checked whole (validateProduct) and for its status transition: every error
// names its field ("variants[1].price", "status"). Price changes apply to every variant: Set and Amount
// must be in the variant's currency; a result below zero, at or above the compare-at price, or zero on a
// product that is not a draft breaks the product's rules like any edit would.
Result<Product> applyBulkChange(const Product &current, const BulkChange &change);

} // namespace Backroom::Domain
