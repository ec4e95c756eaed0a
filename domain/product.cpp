// SPDX-License-Identifier: MIT
#include "domain/product.h"

#include "domain/barcode.h"
#include "domain/json.h"

#include <QJsonArray>
#include <QStringList>

namespace Backroom::Domain {

namespace {
constexpr std::array<QStringView, 6> productMembers{u"title", u"description", u"specifications", u"status",
                                                    u"primary_category_id", u"variants"};
constexpr std::array<QStringView, 5> variantMembers{u"sku", u"options", u"barcode", u"price", u"compare_at_price"};

QString path(const QString &prefix, QStringView name)
{
    return prefix.isEmpty() ? name.toString() : prefix + u'.' + name.toString();
}

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f;
}

bool hasControl(QStringView text, bool allowLineBreaks)
{
    return std::any_of(text.begin(), text.end(), [&](QChar c) {
        return isControl(c) && !(allowLineBreaks && (c == u'\n' || c == u'\r' || c == u'\t'));
    });
}

bool isIdChar(QChar c, bool allowDot)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
           || c == u'-' || (allowDot && c == u'.');
}

// Json::allowOnly with the unknown members' names turned into paths under prefix.
template<std::size_t N>
void refuseUnknown(const QJsonObject &object, const std::array<QStringView, N> &allowed, const QString &prefix,
                   QList<FieldError> &errors)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), QStringView(it.key())) == allowed.end())
            errors.append({path(prefix, it.key()), QStringLiteral("is not a field you can set here")});
    }
}

// A trimmed single-purpose text member; nullopt (with an error, unless it is merely absent) otherwise.
std::optional<QString> readText(const QJsonObject &object, QStringView name, const QString &prefix,
                                qsizetype minLength, qsizetype maxLength, bool multiline, QList<FieldError> &errors)
{
    const QString field = path(prefix, name);
    const QJsonValue value = object.value(name);
    if (value.isUndefined()) {
        if (minLength > 0)
            errors.append({field, QStringLiteral("is required")});
        return std::nullopt;
    }
    if (!value.isString()) {
        errors.append({field, QStringLiteral("must be a string")});
        return std::nullopt;
    }
    const QString text = value.toString().trimmed();
    if (text.size() < minLength)
        errors.append({field, QStringLiteral("must not be empty")});
    else if (text.size() > maxLength)
        errors.append({field, QStringLiteral("must be at most %1 characters").arg(maxLength)});
    else if (hasControl(text, multiline))
        errors.append({field, multiline ? QStringLiteral("must not contain control characters other than line breaks "
                                                         "and tabs")
                                        : QStringLiteral("must be one line without control characters")});
    else
        return text;
    return std::nullopt;
}

struct MapLimits {
    qsizetype entries;
    qsizetype keyLength;
    qsizetype valueLength;
};

// An object of string → string, as specifications and option values are. Keys are taken as sent (a key
// that differs from another only by surrounding spaces would be a trap), values trimmed.
std::optional<QMap<QString, QString>> readStringMap(const QJsonValue &value, const QString &field, MapLimits limits,
                                                    QList<FieldError> &errors)
{
    if (!value.isObject()) {
        errors.append({field, QStringLiteral("must be an object of names to text values")});
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    if (object.size() > limits.entries) {
        errors.append({field, QStringLiteral("must have at most %1 entries, not %2").arg(limits.entries).arg(object.size())});
        return std::nullopt;
    }
    QMap<QString, QString> map;
    bool ok = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString &key = it.key();
        const QString entry = field + u'.' + key;
        if (key.trimmed().isEmpty()) {
            errors.append({entry, QStringLiteral("the name must not be empty")});
        } else if (key.trimmed() != key) {
            errors.append({entry, QStringLiteral("the name must not start or end with spaces")});
        } else if (key.size() > limits.keyLength) {
            errors.append({entry, QStringLiteral("the name must be at most %1 characters").arg(limits.keyLength)});
        } else if (hasControl(key, false)) {
            errors.append({entry, QStringLiteral("the name must not contain control characters")});
        } else if (!it.value().isString()) {
            errors.append({entry, QStringLiteral("must be a string")});
        } else {
            const QString text = it.value().toString().trimmed();
            if (text.isEmpty())
                errors.append({entry, QStringLiteral("must not be empty; leave the entry out instead")});
            else if (text.size() > limits.valueLength)
                errors.append({entry, QStringLiteral("must be at most %1 characters").arg(limits.valueLength)});
            else if (hasControl(text, false))
                errors.append({entry, QStringLiteral("must be one line without control characters")});
            else {
                map.insert(key, text);
                continue;
            }
        }
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return map;
}

// A variant as read, with what the cross-variant checks need to know about it.
struct VariantRead {
    Variant variant;
    QString prefix; // "variants[2]", or "" for the one-variant shorthand
    bool skuOk = false;
    bool optionsOk = false;
    bool barcodeOk = false;
    bool priceOk = false;
};

void appendFields(QList<FieldError> &errors, const Error &error)
{
    errors.append(error.fields);
}

VariantRead readVariant(const QJsonObject &object, const QString &prefix, bool checkUnknown, QList<FieldError> &errors)
{
    VariantRead read;
    read.prefix = prefix;
    if (checkUnknown)
        refuseUnknown(object, variantMembers, prefix, errors);

    if (auto sku = parseSku(object.value(u"sku"), path(prefix, u"sku"))) {
        read.variant.sku = *sku;
        read.skuOk = true;
    } else {
        appendFields(errors, sku.error());
    }

    if (object.contains(u"options")) {
        if (auto options = readStringMap(object.value(u"options"), path(prefix, u"options"),
                                         {ProductLimits::options, ProductLimits::optionNameLength,
                                          ProductLimits::optionValueLength},
                                         errors)) {
            read.variant.options = *options;
            read.optionsOk = true;
        }
    } else {
        read.optionsOk = true;
    }

    const QJsonValue barcode = object.value(u"barcode");
    if (barcode.isUndefined() || barcode.isNull()) {
        read.barcodeOk = true;
    } else if (!barcode.isString()) {
        errors.append({path(prefix, u"barcode"), QStringLiteral("must be a string of digits or null")});
    } else if (auto gtin = parseGtin(barcode.toString(), path(prefix, u"barcode"))) {
        read.variant.barcode = *gtin;
        read.barcodeOk = true;
    } else {
        appendFields(errors, gtin.error());
    }

    const QString priceField = path(prefix, u"price");
    if (!object.contains(u"price")) {
        errors.append({priceField, QStringLiteral("is required: an object like {\"amount\": 1299, \"currency\": \"GBP\"}")});
    } else if (auto price = moneyFromJson(object.value(u"price"), priceField, AmountRule::NonNegative)) {
        read.variant.price = *price;
        read.priceOk = true;
    } else {
        appendFields(errors, price.error());
    }

    const QJsonValue compareAt = object.value(u"compare_at_price");
    if (!compareAt.isUndefined() && !compareAt.isNull()) {
        const QString field = path(prefix, u"compare_at_price");
        if (auto was = moneyFromJson(compareAt, field, AmountRule::NonNegative)) {
            read.variant.compareAtPrice = *was;
            if (read.priceOk && was->currency != read.variant.price.currency)
                errors.append({field + QStringLiteral(".currency"),
                               QStringLiteral("must be the price's currency, %1").arg(read.variant.price.currency)});
            else if (read.priceOk && was->amount <= read.variant.price.amount)
                errors.append({field + QStringLiteral(".amount"),
                               QStringLiteral("must be above the price (%1): it is the price before the reduction; "
                                              "leave it out when there is none")
                                   .arg(formatMajorUnits(read.variant.price) + u' ' + read.variant.price.currency)});
        } else {
            appendFields(errors, was.error());
        }
    }
    return read;
}

QString describe(const VariantRead &read)
{
    return read.prefix.isEmpty() ? QStringLiteral("the product") : read.prefix;
}

// The rules between variants, and the price rule that depends on the product's status.
void checkVariants(const QList<VariantRead> &reads, std::optional<ProductStatus> status, QList<FieldError> &errors)
{
    const VariantRead *currencySetter = nullptr;
    const VariantRead *optionsSetter = nullptr;
    QHash<QString, const VariantRead *> skus;
    QHash<QString, const VariantRead *> barcodes;
    QList<const VariantRead *> combinations;
    for (const VariantRead &read : reads) {
        const Variant &v = read.variant;
        if (read.priceOk) {
            if (!currencySetter) {
                currencySetter = &read;
            } else if (v.price.currency != currencySetter->variant.price.currency) {
                errors.append({path(read.prefix, u"price.currency"),
                               QStringLiteral("must be %1 like %2: all variants of a product share one currency")
                                   .arg(currencySetter->variant.price.currency, path(currencySetter->prefix, u"price"))});
            }
            // A draft may be unpriced; anything a customer could see or has seen needs a real price.
            if (v.price.amount == 0 && status && *status != ProductStatus::Draft)
                errors.append({path(read.prefix, u"price.amount"),
                               QStringLiteral("must be greater than zero for a product that is %1; only a draft may "
                                              "have 0 while it is not priced yet")
                                   .arg(productStatusName(*status))});
        }
        if (read.skuOk) {
            const QString key = skuKey(v.sku);
            if (const auto *first = skus.value(key))
                errors.append({path(read.prefix, u"sku"), QStringLiteral("repeats the SKU of %1 (SKUs are compared "
                                                                         "ignoring case); give each variant its own")
                                                              .arg(first->prefix)});
            else
                skus.insert(key, &read);
        }
        if (read.barcodeOk && !v.barcode.isEmpty()) {
            const QString key = gtin14(v.barcode);
            if (const auto *first = barcodes.value(key))
                errors.append({path(read.prefix, u"barcode"),
                               QStringLiteral("repeats the barcode of %1; a barcode names one item").arg(first->prefix)});
            else
                barcodes.insert(key, &read);
        }
        if (reads.size() > 1 && read.optionsOk) {
            if (!optionsSetter) {
                optionsSetter = &read;
            } else if (v.options.keys() != optionsSetter->variant.options.keys()) {
                const QStringList names = optionsSetter->variant.options.keys();
                errors.append({path(read.prefix, u"options"),
                               QStringLiteral("must name the same options as %1 (%2), so a customer can choose between "
                                              "them")
                                   .arg(describe(*optionsSetter),
                                        names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", ")))});
                continue;
            }
            const auto same = std::find_if(combinations.cbegin(), combinations.cend(),
                                           [&](const VariantRead *other) { return other->variant.options == v.options; });
            if (same != combinations.cend())
                errors.append({path(read.prefix, u"options"),
                               QStringLiteral("has the same option values as %1; each variant needs its own "
                                              "combination, or a customer could not choose between them")
                                   .arg((*same)->prefix)});
            else
                combinations.append(&read);
        }
    }
}

enum class BodyKind { Create, Replace };

Result<Product> readProduct(const QJsonObject &body, BodyKind kind, QList<FieldError> errors = {})
{
    std::array<QStringView, productMembers.size() + variantMembers.size()> allowed{};
    std::copy(variantMembers.begin(), variantMembers.end(),
              std::copy(productMembers.begin(), productMembers.end(), allowed.begin()));
    refuseUnknown(body, allowed, {}, errors);

    Product product;
    if (auto title = readText(body, u"title", {}, 1, ProductLimits::titleLength, false, errors))
        product.title = *title;
    if (auto description = readText(body, u"description", {}, 0, ProductLimits::descriptionLength, true, errors))
        product.description = *description;
    if (body.contains(u"specifications")) {
        if (auto specs = readStringMap(body.value(u"specifications"), QStringLiteral("specifications"),
                                       {ProductLimits::specifications, ProductLimits::specificationKeyLength,
                                        ProductLimits::specificationValueLength},
                                       errors))
            product.specifications = *specs;
    }

    std::optional<ProductStatus> status;
    const QJsonValue statusValue = body.value(u"status");
    if (statusValue.isUndefined()) {
        if (kind == BodyKind::Replace)
            errors.append({QStringLiteral("status"), QStringLiteral("is required when replacing a product: send its "
                                                                    "whole state, status included")});
        else
            status = ProductStatus::Draft;
    } else if (!(status = productStatusFromName(statusValue.toString()))) {
        errors.append({QStringLiteral("status"), QStringLiteral("must be one of draft, active, archived")});
    }
    if (status)
        product.status = *status;

    const QJsonValue category = body.value(u"primary_category_id");
    if (!category.isUndefined() && !category.isNull()) {
        if (auto id = parseEntityId(category, QStringLiteral("primary_category_id")))
            product.primaryCategoryId = *id;
        else
            appendFields(errors, id.error());
    }

    QStringList shorthand;
    for (QStringView member : variantMembers) {
        if (body.contains(member))
            shorthand.append(member.toString());
    }
    QList<VariantRead> reads;
    const QJsonValue variants = body.value(u"variants");
    if (!variants.isUndefined() && !shorthand.isEmpty()) {
        for (const QString &member : shorthand)
            errors.append({member, QStringLiteral("cannot be given together with variants; move it into the variant "
                                                  "it belongs to")});
    } else if (!shorthand.isEmpty()) {
        reads.append(readVariant(body, {}, false, errors));
    } else if (variants.isUndefined()) {
        errors.append({QStringLiteral("variants"), QStringLiteral("is required: give at least one variant, or sku and "
                                                                  "price at top level for a product with one variant")});
    } else if (!variants.isArray() || variants.toArray().isEmpty()) {
        errors.append({QStringLiteral("variants"), QStringLiteral("must be an array of at least one variant")});
    } else if (variants.toArray().size() > ProductLimits::variants) {
        errors.append({QStringLiteral("variants"), QStringLiteral("must have at most %1 variants, not %2")
                                                       .arg(ProductLimits::variants)
                                                       .arg(variants.toArray().size())});
    } else {
        const QJsonArray array = variants.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString prefix = QStringLiteral("variants[%1]").arg(i);
            if (!array.at(i).isObject()) {
                errors.append({prefix, QStringLiteral("must be an object with sku and price")});
                continue;
            }
            reads.append(readVariant(array.at(i).toObject(), prefix, true, errors));
        }
    }
    checkVariants(reads, status, errors);

    if (!errors.isEmpty())
        return fail(Error::validation(QStringLiteral("The product is not valid; correct the fields named."),
                                      std::move(errors)));
    for (const VariantRead &read : reads)
        product.variants.append(read.variant);
    return product;
}

Result<Product> checkedTransition(const Product &current, Result<Product> next)
{
    if (!next)
        return next;
    if (auto ok = checkStatusTransition(current.status, next->status); !ok)
        return fail(ok.error());
    return next;
}
} // namespace

QString productStatusName(ProductStatus status)
{
    switch (status) {
    case ProductStatus::Draft: return QStringLiteral("draft");
    case ProductStatus::Active: return QStringLiteral("active");
    case ProductStatus::Archived: return QStringLiteral("archived");
    }
    return {};
}

std::optional<ProductStatus> productStatusFromName(QStringView name)
{
    for (ProductStatus s : {ProductStatus::Draft, ProductStatus::Active, ProductStatus::Archived}) {
        if (name == productStatusName(s))
            return s;
    }
    return std::nullopt;
}

Status checkStatusTransition(ProductStatus from, ProductStatus to)
{
    if (from == ProductStatus::Draft && to == ProductStatus::Archived) {
        const QString message = QStringLiteral("A draft was never on sale, so it cannot be archived; leave it as a "
                                               "draft (the storefront never shows drafts) or publish it first.");
        return fail(Error{ErrorCode::InvalidTransition, message,
                          {{QStringLiteral("status"), QStringLiteral("cannot go from draft to archived")}}});
    }
    return {};
}

Result<QString> parseSku(const QJsonValue &value, const QString &field)
{
    const QString rule = QStringLiteral("1–%1 characters of A–Z, a–z, 0–9, '.', '_' or '-'").arg(ProductLimits::skuLength);
    const auto refuse = [&](const QString &why) {
        return fail(Error::validation(QStringLiteral("The SKU is not valid: %1.").arg(why), {{field, why}}));
    };
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return refuse(QStringLiteral("is required: %1").arg(rule));
    const QString sku = value.toString().trimmed();
    if (sku.size() > ProductLimits::skuLength)
        return refuse(QStringLiteral("must be at most %1 characters").arg(ProductLimits::skuLength));
    if (!std::all_of(sku.begin(), sku.end(), [](QChar c) { return isIdChar(c, true); }))
        return refuse(QStringLiteral("must be %1; spaces and other characters are not allowed").arg(rule));
    return sku;
}

QString skuKey(const QString &sku)
{
    return sku.toLower();
}

Result<QString> parseEntityId(const QJsonValue &value, const QString &field)
{
    const auto refuse = [&](const QString &why) {
        return fail(Error::validation(QStringLiteral("%1 is not a valid id: %2.").arg(field, why), {{field, why}}));
    };
    if (!value.isString())
        return refuse(QStringLiteral("must be an id as a string"));
    const QString id = value.toString().trimmed();
    if (id.isEmpty() || id.size() > ProductLimits::categoryIdLength
        || !std::all_of(id.begin(), id.end(), [](QChar c) { return isIdChar(c, false); }))
        return refuse(QStringLiteral("must be 1–%1 characters of A–Z, a–z, 0–9, '_' or '-'").arg(ProductLimits::categoryIdLength));
    return id;
}

QJsonObject Variant::toJson() const
{
    QJsonObject optionsJson;
    for (auto it = options.constBegin(); it != options.constEnd(); ++it)
        optionsJson.insert(it.key(), it.value());
    return {{QStringLiteral("sku"), sku},
            {QStringLiteral("options"), optionsJson},
            {QStringLiteral("barcode"), barcode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(barcode)},
            {QStringLiteral("price"), price.toJson()},
            {QStringLiteral("compare_at_price"),
             compareAtPrice ? QJsonValue(compareAtPrice->toJson()) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject Product::toJson() const
{
    QJsonObject specs;
    for (auto it = specifications.constBegin(); it != specifications.constEnd(); ++it)
        specs.insert(it.key(), it.value());
    QJsonArray variantsJson;
    for (const Variant &v : variants)
        variantsJson.append(v.toJson());
    return {{QStringLiteral("title"), title},
            {QStringLiteral("description"), description},
            {QStringLiteral("specifications"), specs},
            {QStringLiteral("status"), productStatusName(status)},
            {QStringLiteral("primary_category_id"),
             primaryCategoryId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(primaryCategoryId)},
            {QStringLiteral("variants"), variantsJson}};
}

Result<Product> productFromJson(const QJsonObject &body)
{
    return readProduct(body, BodyKind::Create);
}

Result<Product> replaceProduct(const Product &current, const QJsonObject &body)
{
    return checkedTransition(current, readProduct(body, BodyKind::Replace));
}

Result<Product> patchProduct(const Product &current, const QJsonObject &patch)
{
    // The patch is laid over current's whole JSON and the result read like a replace body, so a patched
    // product meets exactly the rules a new one does.
    QList<FieldError> errors;
    QJsonObject merged = current.toJson();
    merged.remove(QStringLiteral("variants"));
    for (QStringView member : productMembers) {
        if (patch.contains(member) && member != u"variants")
            merged.insert(member.toString(), patch.value(member));
    }
    QStringList shorthand;
    for (QStringView member : variantMembers) {
        if (patch.contains(member))
            shorthand.append(member.toString());
    }
    const QJsonArray currentVariants = current.toJson().value(u"variants").toArray();
    if (patch.contains(u"variants")) {
        merged.insert(QStringLiteral("variants"), patch.value(u"variants"));
        for (const QString &member : shorthand) // the reader refuses the mix, naming each member
            merged.insert(member, patch.value(member));
    } else if (shorthand.isEmpty()) {
        merged.insert(QStringLiteral("variants"), currentVariants);
    } else if (current.variants.size() == 1) {
        QJsonObject only = current.variants.first().toJson();
        for (const QString &member : shorthand)
            only.insert(member, patch.value(member));
        for (auto it = only.constBegin(); it != only.constEnd(); ++it)
            merged.insert(it.key(), it.value());
    } else {
        for (const QString &member : shorthand)
            errors.append({member, QStringLiteral("can change the only variant of a product, but this one has %1; "
                                                  "send the whole variants array instead")
                                       .arg(current.variants.size())});
        merged.insert(QStringLiteral("variants"), currentVariants);
    }
    // Unknown members are refused by name; they never reach merged.
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        const QStringView key(it.key());
        if (std::find(productMembers.begin(), productMembers.end(), key) == productMembers.end()
            && std::find(variantMembers.begin(), variantMembers.end(), key) == variantMembers.end())
            errors.append({it.key(), QStringLiteral("is not a field you can set here")});
    }
    return checkedTransition(current, readProduct(merged, BodyKind::Replace, std::move(errors)));
}

Status validateProduct(const Product &product)
{
    if (auto read = productFromJson(product.toJson()); !read)
        return fail(read.error());
    return {};
}

} // namespace Backroom::Domain
