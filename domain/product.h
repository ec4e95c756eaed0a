// SPDX-License-Identifier: MIT
#pragma once

#include "domain/money.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <optional>

namespace Backroom::Domain {

// Where a product is in its life. Only active products reach the storefront.
enum class ProductStatus {
    Draft,
    Active,
    Archived,
};

QString productStatusName(ProductStatus status); // "draft", "active", "archived"
std::optional<ProductStatus> productStatusFromName(QStringView name);

// Whether a product may go from one status to another. Staying is always allowed. Allowed: draft → active,
// active → draft, active → archived, archived → active, archived → draft. Refused, with InvalidTransition
// and a field error on "status": draft → archived (a draft was never on sale, so there is nothing to
// retire; it stays a draft, which the storefront never shows).
Status checkStatusTransition(ProductStatus from, ProductStatus to);

// Limits of a product body; the reader refuses anything beyond them.
namespace ProductLimits {
inline constexpr qsizetype titleLength = 200;
inline constexpr qsizetype descriptionLength = 20000;
inline constexpr qsizetype specifications = 100;
inline constexpr qsizetype specificationKeyLength = 100;
inline constexpr qsizetype specificationValueLength = 1000;
inline constexpr qsizetype variants = 100;
inline constexpr qsizetype skuLength = 64;
inline constexpr qsizetype options = 10;
inline constexpr qsizetype optionNameLength = 50;
inline constexpr qsizetype optionValueLength = 100;
inline constexpr qsizetype categoryIdLength = 64;
} // namespace ProductLimits

// A SKU as given: surrounding spaces trimmed, 1–64 characters of A–Z a–z 0–9 . _ -. Validation error on
// field. The case is kept for display; SKUs are compared ignoring case (skuKey).
Result<QString> parseSku(const QJsonValue &value, const QString &field);
// The form two SKUs are compared in, here and in the shop-wide unique index: lower case.
QString skuKey(const QString &sku);

// A category or other entity id as the API carries it: 1–64 characters of A–Z a–z 0–9 _ -. Validation
// error on field.
Result<QString> parseEntityId(const QJsonValue &value, const QString &field);

// One sellable item of a product.
struct Variant {
    QString sku;
    QMap<QString, QString> options; // option name → value, e.g. size → M; at most 10
    QString barcode;                // a valid GTIN (parseGtin), or empty for none
    Money price;
    std::optional<Money> compareAtPrice; // the "was" price; same currency, above price

    // {"sku", "options", "barcode" (null when none), "price", "compare_at_price" (null when none)}
    QJsonObject toJson() const;
    friend bool operator==(const Variant &, const Variant &) = default;
};

struct Product {
    QString title;       // 1–200 characters
    QString description; // up to 20,000 characters; may be empty
    QMap<QString, QString> specifications; // free attributes, e.g. Material → Cotton; at most 100
    ProductStatus status = ProductStatus::Draft;
    QString primaryCategoryId; // empty when the product is in no category
    QList<Variant> variants;   // 1–100, one currency

    // The API's shape, always with a "variants" array; the server adds id, version and timestamps.
    QJsonObject toJson() const;
    friend bool operator==(const Product &, const Product &) = default;
};

// A product from a create (POST) body. Members:
//   title (required), description, specifications (object of string → string), status (default "draft"),
//   primary_category_id (string or null), variants (array of 1–100 objects with sku (required), options,
//   barcode (string or null), price (required Money), compare_at_price (Money or null)).
// One-variant shorthand: instead of "variants", a body may carry one variant's members at top level
// ({"title": "Mug", "sku": "MUG-1", "price": {...}}); it is read as a one-element variants array, error
// paths name the members as sent ("price.amount"), and toJson always answers with "variants". Giving both
// is refused.
// Rules: every variant in one currency; SKUs unique within the product ignoring case; barcodes unique
// (a UPC-A equals its EAN-13); with several variants, all name the same options and no two share one
// combination of values; compare_at_price above price. Price: never negative, and above zero unless the
// product is a draft (a draft may sit at 0 while it is not priced yet; nothing sells it).
// No control characters except newlines and tabs in the description. Unknown members are refused at
// every level. Every problem is reported at once: Validation with one field error each, named by path
// ("variants[2].sku", "variants[0].price.currency", "specifications.Colour").
Result<Product> productFromJson(const QJsonObject &body);

// The product a replace (PUT) body makes of current: the same members and rules as productFromJson, the
// body being the whole new state (a member left out takes its default) except that "status" is required,
// so a PUT that forgets it cannot quietly unpublish a product. Then checkStatusTransition from current's
// status: Validation first, InvalidTransition after.
Result<Product> replaceProduct(const Product &current, const QJsonObject &body);

// current with a partial update (PATCH) applied: product members present replace their value
// (description "" clears it, primary_category_id null removes the category, specifications and variants
// replace the whole object/array), members absent keep it. The one-variant shorthand members change the
// only variant and are refused (naming them) when the product has several. The result is checked whole,
// so a status change can fail on a variant the patch did not touch; then checkStatusTransition.
Result<Product> patchProduct(const Product &current, const QJsonObject &patch);

// The same checks for a product built in code (desktop editor, CSV import): productFromJson(toJson()).
Status validateProduct(const Product &product);

} // namespace Backroom::Domain
