// SPDX-License-Identifier: MIT
#include "server/catalog/catalogservice.h"

#include "domain/categorytree.h"
#include "server/catalog/compactjson.h"
#include "server/catalog/productdocument.h"
#include "server/catalog/promotionindex.h"
#include "server/catalog/promotionservice.h"
#include "server/events/outbox.h"
#include "server/store/database.h"
#include "server/store/pgpipeline.h"
#include "server/store/transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Backroom::Server {

using Domain::Error;
using namespace CompactJson;
using Domain::fail;

namespace {
constexpr const char *productColumns =
    "id, title, description, specifications, status, category_id, vendor_id, category_path, version, "
    "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
    "to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";
constexpr const char *categoryColumns = "id, parent_id, name, position, path, version";

const QString noSuchProduct = QStringLiteral("There is no such product; search or list /api/v1/products.");
const QString noSuchCategory = QStringLiteral("There is no such category; list /api/v1/categories.");

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QMap<QString, QString> stringMap(const QJsonObject &o)
{
    QMap<QString, QString> map;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QJsonObject jsonMap(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

StoredProduct productFrom(const PgResult &rows, int row)
{
    StoredProduct s;
    s.id = rows.toInt64(row, 0);
    Domain::Product &p = s.product;
    p.title = rows.text(row, 1);
    p.description = rows.text(row, 2);
    p.specifications = stringMap(QJsonDocument::fromJson(rows.value(row, 3).toByteArray()).object());
    p.status = Domain::productStatusFromName(rows.text(row, 4)).value_or(Domain::ProductStatus::Draft);
    if (!rows.isNull(row, 5))
        p.primaryCategoryId = rows.text(row, 5);
    if (!rows.isNull(row, 6))
        s.vendorId = rows.toInt64(row, 6);
    s.categoryPath = int64ArrayValue(rows.value(row, 7));
    s.version = int(rows.toInt64(row, 8));
    s.createdAt = rows.text(row, 9);
    s.updatedAt = rows.text(row, 10);
    return s;
}

// The products by id, for filling in what other tables hold about them.
QHash<qint64, StoredProduct *> byIdOf(QList<StoredProduct> &products)
{
    QHash<qint64, StoredProduct *> byId;
    for (StoredProduct &p : products)
        byId.insert(p.id, &p);
    return byId;
}

// A variant and an image as JSON arrays, so that one product, variants and images included, is one row of
// one query (readProduct) while a page of products reads them in one query per table (loadVariants,
// loadImages): the same record and the same decoder either way.
constexpr const char *variantRecord =
    "json_build_array(v.sku, v.options, coalesce(v.barcode, ''), v.price_amount, v.currency, v.compare_at_amount)";
constexpr const char *imageRecord =
    "json_build_array(i.id, i.sha256, i.content_type, i.width, i.height, i.bytes, i.position)";

Domain::Variant variantFrom(const QJsonArray &record)
{
    Domain::Variant v;
    v.sku = record.at(0).toString();
    v.options = stringMap(record.at(1).toObject());
    v.barcode = record.at(2).toString();
    v.price = {record.at(3).toInteger(), record.at(4).toString()};
    if (!record.at(5).isNull())
        v.compareAtPrice = Domain::Money{record.at(5).toInteger(), v.price.currency};
    return v;
}

StoredImage imageFrom(const QJsonArray &record)
{
    return {record.at(0).toInteger(),      record.at(1).toString(),      record.at(2).toString().toLatin1(),
            int(record.at(3).toInteger()), int(record.at(4).toInteger()), record.at(5).toInteger(),
            int(record.at(6).toInteger())};
}

QJsonArray jsonArrayValue(QByteArrayView json)
{
    return QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size())).array();
}

// The variants of several products in one query, each list in position order.
PgExpected<void> loadVariants(PgConnection &c, QList<StoredProduct> &products)
{
    const QHash<qint64, StoredProduct *> byId = byIdOf(products);
    const QList<qint64> ids = byId.keys();
    for (StoredProduct &p : products)
        p.product.variants.clear();
    auto rows = c.exec(QByteArray("SELECT v.product_id, ") + variantRecord
                           + " FROM variants v WHERE v.product_id = ANY ($1::bigint[]) ORDER BY v.product_id, v.position",
                       {int64ArrayParam(ids)});
    if (!rows)
        return std::unexpected(rows.error());
    for (int i = 0; i < rows->rows(); ++i)
        byId.value(rows->toInt64(i, 0))->product.variants.append(variantFrom(jsonArrayValue(rows->value(i, 1))));
    return {};
}

// The images of several products in one query, each list in position order.
PgExpected<void> loadImages(PgConnection &c, QList<StoredProduct> &products)
{
    const QHash<qint64, StoredProduct *> byId = byIdOf(products);
    const QList<qint64> ids = byId.keys();
    for (StoredProduct &p : products)
        p.images.clear();
    auto rows = c.exec(QByteArray("SELECT i.product_id, ") + imageRecord
                           + " FROM product_images i WHERE i.product_id = ANY ($1::bigint[]) ORDER BY i.product_id, i.position",
                       {int64ArrayParam(ids)});
    if (!rows)
        return std::unexpected(rows.error());
    for (int i = 0; i < rows->rows(); ++i)
        byId.value(rows->toInt64(i, 0))->images.append(imageFrom(jsonArrayValue(rows->value(i, 1))));
    return {};
}

// The promotions that may touch product $1 from time $2 on: targeting one of its SKUs or categories
// (ancestors included) and not ended by then.
constexpr const char *promotionsOfProduct =
    "(ends_at IS NULL OR ends_at > $2::timestamptz) AND ("
    "EXISTS (SELECT 1 FROM unnest(skus) s JOIN variants v ON lower(v.sku) = lower(s) WHERE v.product_id = $1) "
    "OR category_ids && (SELECT category_path FROM products WHERE id = $1))";

// A product with its variants and images in one row, read from the tables themselves (the writers' read;
// the storefront reads the document the triggers keep, productDocumentSql).
QByteArray productQuery(bool forUpdate)
{
    QByteArray sql = QByteArray("SELECT ") + productColumns + ", (SELECT json_agg(" + variantRecord
                     + " ORDER BY v.position) FROM variants v WHERE v.product_id = p.id), (SELECT json_agg(" + imageRecord
                     + " ORDER BY i.position) FROM product_images i WHERE i.product_id = p.id)";
    sql += " FROM products p WHERE p.id = $1";
    if (forUpdate)
        sql += " FOR UPDATE OF p";
    return sql;
}

// The storefront's read (migration 0013): the product's document by primary key and, from the same row,
// the promotions that may touch it from $2 on (promotionsOfProduct, answered from the document's SKUs and
// category path instead of the tables).
const QByteArray &productDocumentSql()
{
    static const QByteArray sql =
        QByteArray("SELECT d.document, (SELECT json_agg(") + PromotionService::record
        + ") FROM promotions WHERE (ends_at IS NULL OR ends_at > $2::timestamptz) "
          "AND (category_ids && d.category_path OR EXISTS (SELECT 1 FROM unnest(skus) s WHERE lower(s) = ANY (d.skus)))) "
          "FROM product_documents d WHERE d.product_id = $1";
    return sql;
}

PgParams pricedProductParams(qint64 id, const QDateTime &from)
{
    return {QByteArray::number(id), isoUtc(from, true)};
}

// The document in column 0 of a product_documents read, unpriced.
Domain::Result<PricedDocument> documentFrom(const PgExpected<PgResult> &rows)
{
    if (!rows)
        return fail(rows.error().error);
    if (rows->rows() == 0)
        return fail(Error::notFound(noSuchProduct));
    auto document = ProductDocument::parse(rows->value(0, 0).toByteArray());
    if (!document)
        return fail(Error::internal(QStringLiteral("The stored document of this product cannot be read; saving the "
                                                   "product again rewrites it.")));
    return PricedDocument{std::move(*document), {}};
}

// productDocumentSql's answer: the document, and the promotions in column 1.
Domain::Result<PricedDocument> pricedDocumentFrom(const PgExpected<PgResult> &rows)
{
    auto document = documentFrom(rows);
    if (!document)
        return document;
    for (const QJsonValue &record : jsonArrayValue(rows->value(0, 1)))
        document->promotions.append(PromotionService::promotionFrom(record.toArray()).promotion);
    return document;
}

StoredProduct productWithParts(const PgResult &rows)
{
    StoredProduct s = productFrom(rows, 0);
    for (const QJsonValue &v : jsonArrayValue(rows.value(0, 11)))
        s.product.variants.append(variantFrom(v.toArray()));
    for (const QJsonValue &i : jsonArrayValue(rows.value(0, 12)))
        s.images.append(imageFrom(i.toArray()));
    return s;
}
} // namespace

PgExpected<StoredProduct> readProduct(PgConnection &c, qint64 id, bool forUpdate)
{
    auto rows = c.exec(productQuery(forUpdate), {QByteArray::number(id)});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->rows() == 0)
        return std::unexpected(PgError::refusal(Error::notFound(noSuchProduct)));
    return productWithParts(*rows);
}

PgExpected<QHash<qint64, StoredProduct>> readProducts(PgConnection &c, const QList<qint64> &ids)
{
    auto rows = c.exec(QByteArray("SELECT ") + productColumns + " FROM products WHERE id = ANY ($1::bigint[])",
                       {int64ArrayParam(ids)});
    if (!rows)
        return std::unexpected(rows.error());
    QList<StoredProduct> products;
    products.reserve(rows->rows());
    for (int i = 0; i < rows->rows(); ++i)
        products.append(productFrom(*rows, i));
    if (auto loaded = loadVariants(c, products); !loaded)
        return std::unexpected(loaded.error());
    if (auto loaded = loadImages(c, products); !loaded)
        return std::unexpected(loaded.error());
    QHash<qint64, StoredProduct> byId;
    byId.reserve(products.size());
    for (StoredProduct &p : products)
        byId.insert(p.id, std::move(p));
    return byId;
}

namespace {

StoredCategory categoryFrom(const PgResult &rows, int row)
{
    StoredCategory c;
    c.id = rows.toInt64(row, 0);
    if (!rows.isNull(row, 1))
        c.parentId = rows.toInt64(row, 1);
    c.name = rows.text(row, 2);
    c.position = int(rows.toInt64(row, 3));
    c.path = int64ArrayValue(rows.value(row, 4));
    c.version = int(rows.toInt64(row, 5));
    return c;
}

struct CategoryPlacement {
    std::optional<qint64> id;
    QList<qint64> path;
    QString names; // the names along the path, for the search document
};

// Where a product's primary category puts it. The id is the API's string; one that names no category is
// a Validation error on the field, not a 404: the product exists, its body is wrong.
PgExpected<CategoryPlacement> placement(PgConnection &c, const QString &categoryId)
{
    CategoryPlacement p;
    if (categoryId.isEmpty())
        return p;
    bool ok = false;
    const qint64 id = categoryId.toLongLong(&ok);
    auto rows = ok ? c.exec("SELECT c.path, (SELECT string_agg(a.name, ' ' ORDER BY array_position(c.path, a.id)) "
                            "FROM categories a WHERE a.id = ANY (c.path)) FROM categories c WHERE c.id = $1",
                            {QByteArray::number(id)})
                   : PgExpected<PgResult>(PgResult());
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->rows() == 0)
        return std::unexpected(PgError::refusal(Error::validation(
            QStringLiteral("The product's category does not exist; choose one from /api/v1/categories."),
            {{QStringLiteral("primary_category_id"), QStringLiteral("names no category")}})));
    p.id = id;
    p.path = int64ArrayValue(rows->value(0, 0));
    p.names = rows->text(0, 1);
    return p;
}

// A SKU belongs to one product in the whole shop; the unique index enforces it, this names the variant.
PgExpected<void> checkSkusFree(PgConnection &c, const Domain::Product &product, qint64 productId)
{
    QStringList keys;
    for (const Domain::Variant &v : product.variants)
        keys.append(Domain::skuKey(v.sku));
    auto taken = c.exec("SELECT lower(sku) FROM variants WHERE lower(sku) = ANY ($1::text[]) AND product_id <> $2",
                        {textArrayParam(keys), QByteArray::number(productId)});
    if (!taken)
        return std::unexpected(taken.error());
    if (taken->rows() == 0)
        return {};
    QList<Domain::FieldError> fields;
    for (int i = 0; i < taken->rows(); ++i) {
        const int index = int(keys.indexOf(taken->text(i, 0)));
        fields.append({QStringLiteral("variants[%1].sku").arg(index),
                       QStringLiteral("'%1' is already the SKU of another product").arg(product.variants[index].sku)});
    }
    return std::unexpected(PgError::refusal(
        {Domain::ErrorCode::Conflict, QStringLiteral("A SKU is unique across the shop; choose another one."), fields}));
}

PgExpected<void> writeVariants(PgConnection &c, qint64 productId, const Domain::Product &product)
{
    auto cleared = c.exec("DELETE FROM variants WHERE product_id = $1", {QByteArray::number(productId)});
    if (!cleared)
        return std::unexpected(cleared.error());
    for (qsizetype i = 0; i < product.variants.size(); ++i) {
        const Domain::Variant &v = product.variants[i];
        auto inserted = c.exec(
            "INSERT INTO variants (product_id, position, sku, options, barcode, price_amount, currency, "
            "compare_at_amount) VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8)",
            {QByteArray::number(productId), QByteArray::number(i), v.sku.toUtf8(), compact(jsonMap(v.options)),
             v.barcode.isEmpty() ? std::nullopt : std::optional(v.barcode.toUtf8()), QByteArray::number(v.price.amount),
             v.price.currency.toUtf8(),
             v.compareAtPrice ? std::optional(QByteArray::number(v.compareAtPrice->amount)) : std::nullopt});
        if (!inserted) {
            if (inserted.error().sqlstate == "23505") // a concurrent writer took the SKU after the check
                return std::unexpected(PgError::refusal(Error::conflict(
                    QStringLiteral("The SKU '%1' was just taken by another product; choose another one.").arg(v.sku))));
            return std::unexpected(inserted.error());
        }
    }
    return {};
}

Domain::Money lowestPrice(const Domain::Product &product)
{
    Domain::Money lowest = product.variants.first().price;
    for (const Domain::Variant &v : product.variants)
        lowest.amount = std::min(lowest.amount, v.price.amount);
    return lowest;
}

// Images change through their own routes; a body may carry them back only as they are.
PgExpected<void> checkImagesUnchanged(const QList<StoredImage> &images, const QJsonValue &sent)
{
    QStringList current;
    for (const StoredImage &image : images)
        current.append(QString::number(image.id));
    QStringList given;
    for (const QJsonValue &v : sent.toArray())
        given.append(v.toObject().value(QStringLiteral("id")).toString());
    if (sent.isArray() && given == current)
        return {};
    return std::unexpected(PgError::refusal(Error::validation(
        QStringLiteral("Images are not changed through this route; use POST, DELETE and PUT …/order under "
                       "/api/v1/products/{id}/images, and send \"images\" back as you read it or leave it out."),
        {{QStringLiteral("images"), QStringLiteral("differs from the product's images; change them through "
                                                   "/api/v1/products/{id}/images")}})));
}
} // namespace

namespace {
// What changed between two products, member by member, for the audit log.
std::pair<QJsonObject, QJsonObject> difference(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject was, is;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (before.value(it.key()) != it.value()) {
            was.insert(it.key(), before.value(it.key()));
            is.insert(it.key(), it.value());
        }
    }
    return {was, is};
}

std::optional<QByteArray> optionalId(std::optional<qint64> id)
{
    return id ? std::optional(QByteArray::number(*id)) : std::nullopt;
}

// The staff list's filter ($1 status, $2 category subtree, $3 title substring), for listing and counting.
// The staff list's filter, $1 to $6 (filterParams); the list and the count share it.
constexpr const char *productFilterSql = "($1::text IS NULL OR status = $1) "
                                         "AND ($2::bigint IS NULL OR category_path @> ARRAY[$2::bigint]) "
                                         "AND ($3::text IS NULL OR strpos(lower(title), lower($3)) > 0) "
                                         "AND ($4::bigint IS NULL OR price_amount >= $4) "
                                         "AND ($5::bigint IS NULL OR price_amount <= $5) "
                                         "AND ($6::text IS NULL OR currency = $6)";

PgParams filterParams(const ProductFilter &filter)
{
    const auto number = [](std::optional<qint64> n) { return n ? std::optional(QByteArray::number(*n)) : std::nullopt; };
    return {filter.status.isEmpty() ? std::nullopt : std::optional(filter.status.toUtf8()), optionalId(filter.categoryId),
            filter.text.isEmpty() ? std::nullopt : std::optional(filter.text.toUtf8()), number(filter.price.min),
            number(filter.price.max),
            filter.priceCurrency.isEmpty() ? std::nullopt : std::optional(filter.priceCurrency.toUtf8())};
}
} // namespace

Domain::Error productNotFound()
{
    return Error::notFound(noSuchProduct);
}

QJsonObject StoredImage::toJson() const
{
    return {{QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("url"), QStringLiteral("/api/v1/images/") + sha256},
            {QStringLiteral("content_type"), QString::fromLatin1(contentType)},
            {QStringLiteral("width"), width},
            {QStringLiteral("height"), height},
            {QStringLiteral("bytes"), bytes},
            {QStringLiteral("position"), position}};
}

QJsonObject StoredProduct::toJson(const QList<Domain::Promotion> &promotions, const QDateTime &at) const
{
    QJsonObject json = product.toJson();
    const QStringList categories = Domain::categoryWithAncestors(categoryPath);
    QJsonArray variants = json.value(QStringLiteral("variants")).toArray();
    for (qsizetype i = 0; i < variants.size(); ++i) {
        const Domain::Variant &v = product.variants[i];
        const Domain::EffectivePrice effective = Domain::effectivePrice(v.price, v.sku, categories, promotions, at);
        QJsonObject variant = variants[i].toObject();
        variant.insert(QStringLiteral("effective_price"), effective.price.toJson());
        variant.insert(QStringLiteral("promotion"),
                       effective.promotion ? QJsonValue(QJsonObject{{QStringLiteral("id"), effective.promotion->id},
                                                                    {QStringLiteral("name"), effective.promotion->name}})
                                           : QJsonValue());
        variants[i] = variant;
    }
    json.insert(QStringLiteral("variants"), variants);
    QJsonArray imagesJson;
    for (const StoredImage &image : images)
        imagesJson.append(image.toJson());
    json.insert(QStringLiteral("images"), imagesJson);
    json.insert(QStringLiteral("id"), QString::number(id));
    json.insert(QStringLiteral("vendor_id"), vendorId ? QJsonValue(QString::number(*vendorId)) : QJsonValue());
    json.insert(QStringLiteral("version"), version);
    json.insert(QStringLiteral("created_at"), createdAt);
    json.insert(QStringLiteral("updated_at"), updatedAt);
    json.insert(QStringLiteral("price_at"), at.toUTC().toString(Qt::ISODate));
    return json;
}

QByteArray StoredProduct::toCompactJson(const QList<Domain::Promotion> &promotions, const QDateTime &at,
                                        PriceDigest *prices) const
{
    const QStringList categories = Domain::categoryWithAncestors(categoryPath);
    QByteArray out;
    out.reserve(512 + 256 * product.variants.size() + product.description.size());
    // Members in the order QJsonObject keeps them: sorted by key.
    out += '{';
    appendMember(out, "created_at", true);
    appendJsonString(out, createdAt);
    appendMember(out, "description");
    appendJsonString(out, product.description);
    appendMember(out, "id");
    out += '"' + QByteArray::number(id) + '"';
    appendMember(out, "images");
    out += '[';
    for (qsizetype i = 0; i < images.size(); ++i) {
        const StoredImage &image = images[i];
        out += i ? ",{" : "{";
        appendMember(out, "bytes", true);
        out += QByteArray::number(image.bytes);
        appendMember(out, "content_type");
        appendJsonString(out, QString::fromLatin1(image.contentType));
        appendMember(out, "height");
        out += QByteArray::number(image.height);
        appendMember(out, "id");
        out += '"' + QByteArray::number(image.id) + '"';
        appendMember(out, "position");
        out += QByteArray::number(image.position);
        appendMember(out, "url");
        appendJsonString(out, QStringLiteral("/api/v1/images/") + image.sha256);
        appendMember(out, "width");
        out += QByteArray::number(image.width);
        out += '}';
    }
    out += ']';
    appendMember(out, "price_at");
    out += '"' + isoUtc(at, false) + '"';
    appendMember(out, "primary_category_id");
    appendOptionalString(out, product.primaryCategoryId);
    appendMember(out, "specifications");
    appendStringMap(out, product.specifications);
    appendMember(out, "status");
    appendJsonString(out, Domain::productStatusName(product.status));
    appendMember(out, "title");
    appendJsonString(out, product.title);
    appendMember(out, "updated_at");
    appendJsonString(out, updatedAt);
    appendMember(out, "variants");
    out += '[';
    for (qsizetype i = 0; i < product.variants.size(); ++i) {
        const Domain::Variant &v = product.variants[i];
        const Domain::EffectivePrice effective = Domain::effectivePrice(v.price, v.sku, categories, promotions, at);
        out += i ? ",{" : "{";
        appendMember(out, "barcode", true);
        appendOptionalString(out, v.barcode);
        appendMember(out, "compare_at_price");
        if (v.compareAtPrice)
            appendMoney(out, *v.compareAtPrice);
        else
            out += "null";
        appendMember(out, "effective_price");
        appendMoney(out, effective.price);
        appendMember(out, "options");
        appendStringMap(out, v.options);
        appendMember(out, "price");
        appendMoney(out, v.price);
        appendMember(out, "promotion");
        appendPromotion(out, effective);
        appendMember(out, "sku");
        appendJsonString(out, v.sku);
        out += '}';
        if (prices)
            prices->add(effective);
    }
    out += ']';
    appendMember(out, "vendor_id");
    if (vendorId)
        out += '"' + QByteArray::number(*vendorId) + '"';
    else
        out += "null";
    appendMember(out, "version");
    out += QByteArray::number(version);
    out += '}';
    return out;
}

QJsonObject StoredCategory::toJson() const
{
    QJsonArray pathJson;
    for (qint64 p : path)
        pathJson.append(QString::number(p));
    return {{QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("parent_id"), parentId ? QJsonValue(QString::number(*parentId)) : QJsonValue()},
            {QStringLiteral("name"), name},
            {QStringLiteral("position"), position},
            {QStringLiteral("path"), pathJson},
            {QStringLiteral("version"), version}};
}

Domain::Result<StoredProduct> CatalogService::product(qint64 id) const
{
    auto db = m_database.acquire();
    auto read = readProduct(*db, id, false);
    if (!read)
        return fail(read.error().error);
    return *read;
}

QString productListSortName(ProductListSort sort)
{
    switch (sort) {
    case ProductListSort::Oldest:
        return QStringLiteral("oldest");
    case ProductListSort::Newest:
        return QStringLiteral("newest");
    case ProductListSort::Title:
        return QStringLiteral("title");
    case ProductListSort::TitleDescending:
        return QStringLiteral("-title");
    case ProductListSort::Price:
        return QStringLiteral("price");
    case ProductListSort::PriceDescending:
        return QStringLiteral("-price");
    }
    return {};
}

std::optional<ProductListSort> productListSortFromName(QStringView name)
{
    for (ProductListSort sort : {ProductListSort::Oldest, ProductListSort::Newest, ProductListSort::Title,
                                 ProductListSort::TitleDescending, ProductListSort::Price,
                                 ProductListSort::PriceDescending}) {
        if (name == productListSortName(sort))
            return sort;
    }
    return std::nullopt;
}

QString encodeProductListCursor(ProductListSort sort, const ProductListPosition &position)
{
    QJsonArray plain{productListSortName(sort), QString::number(position.id)};
    if (sort == ProductListSort::Title || sort == ProductListSort::TitleDescending)
        plain.append(position.title);
    else if (sort == ProductListSort::Price || sort == ProductListSort::PriceDescending)
        plain.append(QString::number(position.price));
    return QString::fromLatin1(QJsonDocument(plain).toJson(QJsonDocument::Compact).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Domain::Result<ProductListPosition> decodeProductListCursor(QStringView cursor, ProductListSort sort)
{
    const auto bad = [] {
        return fail(Error::validation(QStringLiteral("The page parameters are not valid."),
                                      {{QStringLiteral("cursor"),
                                        QStringLiteral("is not a cursor this server issued for this sort; start "
                                                       "again without one")}}));
    };
    // A title is at most 200 characters; its cursor stays well under the URL limit.
    if (cursor.size() > 2000)
        return bad();
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QJsonArray plain = decoded ? QJsonDocument::fromJson(decoded.decoded).array() : QJsonArray();
    const bool keyed = sort != ProductListSort::Oldest && sort != ProductListSort::Newest;
    if (plain.size() != (keyed ? 3 : 2) || plain.at(0).toString() != productListSortName(sort))
        return bad();
    ProductListPosition position;
    bool ok = false;
    position.id = plain.at(1).toString().toLongLong(&ok);
    if (!ok || position.id <= 0)
        return bad();
    if (sort == ProductListSort::Title || sort == ProductListSort::TitleDescending) {
        if (!plain.at(2).isString())
            return bad();
        position.title = plain.at(2).toString();
    } else if (keyed) {
        position.price = plain.at(2).toString().toLongLong(&ok);
        if (!ok || position.price < 0)
            return bad();
    }
    return position;
}

Domain::Result<CatalogService::ProductPage> CatalogService::products(const ProductFilter &filter) const
{
    // One fixed statement per order: keyset paging on (key, id), so a page costs the same wherever it is.
    // $8 is the id and $9 the key where the previous page ended; the first page sends neither.
    const std::optional<ProductListPosition> &after = filter.after;
    const char *order = "";
    switch (filter.sort) {
    case ProductListSort::Oldest:
        order = after ? "AND id > $8 ORDER BY id" : "ORDER BY id";
        break;
    case ProductListSort::Newest:
        order = after ? "AND id < $8 ORDER BY id DESC" : "ORDER BY id DESC";
        break;
    case ProductListSort::Title:
        order = after ? "AND (lower(title), id) > ($9::text, $8) ORDER BY lower(title), id" : "ORDER BY lower(title), id";
        break;
    case ProductListSort::TitleDescending:
        order = after ? "AND (lower(title), id) < ($9::text, $8) ORDER BY lower(title) DESC, id DESC"
                      : "ORDER BY lower(title) DESC, id DESC";
        break;
    case ProductListSort::Price:
        order = after ? "AND (price_amount, id) > ($9::bigint, $8) ORDER BY price_amount, id"
                      : "ORDER BY price_amount, id";
        break;
    case ProductListSort::PriceDescending:
        order = after ? "AND (price_amount, id) < ($9::bigint, $8) ORDER BY price_amount DESC, id DESC"
                      : "ORDER BY price_amount DESC, id DESC";
        break;
    }
    PgParams params = filterParams(filter);
    params.append(QByteArray::number(filter.limit));
    if (after) {
        params.append(QByteArray::number(after->id));
        if (filter.sort == ProductListSort::Title || filter.sort == ProductListSort::TitleDescending)
            params.append(after->title.toUtf8());
        else if (filter.sort == ProductListSort::Price || filter.sort == ProductListSort::PriceDescending)
            params.append(QByteArray::number(after->price));
    }
    auto db = m_database.acquire();
    auto rows = db->exec(QByteArray("SELECT ") + productColumns + ", lower(title), price_amount FROM products WHERE "
                             + productFilterSql + ' ' + QByteArray(order) + " LIMIT $7",
                         params);
    if (!rows)
        return fail(rows.error().error);
    ProductPage page;
    for (int i = 0; i < rows->rows(); ++i)
        page.items.append(productFrom(*rows, i));
    if (rows->rows() == filter.limit) {
        const int last = rows->rows() - 1;
        const int keys = rows->columns() - 2;
        page.next = ProductListPosition{page.items.last().id, rows->text(last, keys), rows->toInt64(last, keys + 1)};
    }
    if (auto loaded = loadVariants(*db, page.items); !loaded)
        return fail(loaded.error().error);
    if (auto loaded = loadImages(*db, page.items); !loaded)
        return fail(loaded.error().error);
    return page;
}

Domain::Result<qint64> CatalogService::countProducts(const ProductFilter &filter) const
{
    auto db = m_database.acquire();
    auto rows = db->exec(QByteArray("SELECT count(*) FROM products WHERE ") + productFilterSql, filterParams(filter));
    if (!rows)
        return fail(rows.error().error);
    return rows->toInt64(0, 0);
}

Domain::Result<StoredProduct> CatalogService::createProduct(const Domain::Product &product, std::optional<qint64> vendor,
                                                            const AuditActor &actor)
{
    auto db = m_database.acquire();
    return runInTransaction<StoredProduct>(*db, [&](PgConnection &c) -> PgExpected<StoredProduct> {
        auto place = placement(c, product.primaryCategoryId);
        if (!place)
            return std::unexpected(place.error());
        if (auto free = checkSkusFree(c, product, 0); !free)
            return std::unexpected(free.error());
        const Domain::Money lowest = lowestPrice(product);
        auto inserted = c.exec(
            "INSERT INTO products (title, description, specifications, status, category_id, category_path, "
            "category_names, vendor_id, price_amount, currency) VALUES ($1, $2, $3::jsonb, $4, $5, $6::bigint[], $7, "
            "$8, $9, $10) RETURNING id",
            {product.title.toUtf8(), product.description.toUtf8(), compact(jsonMap(product.specifications)),
             Domain::productStatusName(product.status).toUtf8(), optionalId(place->id), int64ArrayParam(place->path),
             place->names.toUtf8(), optionalId(vendor), QByteArray::number(lowest.amount), lowest.currency.toUtf8()});
        if (!inserted)
            return std::unexpected(inserted.error());
        const qint64 id = inserted->toInt64(0, 0);
        if (auto written = writeVariants(c, id, product); !written)
            return std::unexpected(written.error());
        auto stored = readProduct(c, id, false);
        if (!stored)
            return stored;
        const QJsonObject json = stored->product.toJson();
        if (auto e = recordEvent(c, QStringLiteral("ProductCreated"), QStringLiteral("product"), QString::number(id), json, actor); !e)
            return std::unexpected(e.error());
        if (auto logged = AuditLog::record(c, actor, {QStringLiteral("product.create"), QStringLiteral("product"),
                                                      QString::number(id), std::nullopt, json});
            !logged)
            return std::unexpected(logged.error());
        return stored;
    });
}

Domain::Result<StoredProduct> CatalogService::updateProduct(qint64 id, const Edit &edit, std::optional<int> expectedVersion,
                                                            std::optional<qint64> onlyVendor, const AuditActor &actor,
                                                            const QString &auditAction,
                                                            const std::optional<QJsonValue> &imagesAsSent)
{
    auto db = m_database.acquire();
    return runInTransaction<StoredProduct>(*db, [&](PgConnection &c) -> PgExpected<StoredProduct> {
        auto current = readProduct(c, id, true);
        if (!current)
            return current;
        if (onlyVendor && current->vendorId != onlyVendor)
            return std::unexpected(PgError::refusal(Error::notFound(noSuchProduct)));
        if (expectedVersion && *expectedVersion != current->version)
            return std::unexpected(PgError::refusal(Error::stale(
                QStringLiteral("Someone else changed this product since you opened it (version %1 is current); "
                               "reload it and apply your change again.")
                    .arg(current->version))));
        if (imagesAsSent) {
            if (auto unchanged = checkImagesUnchanged(current->images, *imagesAsSent); !unchanged)
                return std::unexpected(unchanged.error());
        }
        auto next = edit(current->product);
        if (!next)
            return std::unexpected(PgError::refusal(next.error()));
        auto place = placement(c, next->primaryCategoryId);
        if (!place)
            return std::unexpected(place.error());
        if (auto free = checkSkusFree(c, *next, id); !free)
            return std::unexpected(free.error());
        const Domain::Money lowest = lowestPrice(*next);
        auto updated = c.exec(
            "UPDATE products SET title = $2, description = $3, specifications = $4::jsonb, status = $5, category_id = $6, "
            "category_path = $7::bigint[], category_names = $8, price_amount = $9, currency = $10 WHERE id = $1",
            {QByteArray::number(id), next->title.toUtf8(), next->description.toUtf8(),
             compact(jsonMap(next->specifications)), Domain::productStatusName(next->status).toUtf8(),
             optionalId(place->id), int64ArrayParam(place->path), place->names.toUtf8(),
             QByteArray::number(lowest.amount), lowest.currency.toUtf8()});
        if (!updated)
            return std::unexpected(updated.error());
        if (next->variants != current->product.variants) {
            if (auto written = writeVariants(c, id, *next); !written)
                return std::unexpected(written.error());
        }
        auto stored = readProduct(c, id, false);
        if (!stored)
            return stored;
        const auto [was, is] = difference(current->product.toJson(), stored->product.toJson());
        if (is.isEmpty())
            return stored;
        QJsonObject event = stored->product.toJson();
        event.insert(QStringLiteral("changed"), QJsonArray::fromStringList(is.keys()));
        if (auto e = recordEvent(c, QStringLiteral("ProductUpdated"), QStringLiteral("product"), QString::number(id), event, actor); !e)
            return std::unexpected(e.error());
        if (next->status == Domain::ProductStatus::Archived && current->product.status != Domain::ProductStatus::Archived) {
            if (auto e = recordEvent(c, QStringLiteral("ProductArchived"), QStringLiteral("product"), QString::number(id),
                              {{QStringLiteral("id"), QString::number(id)}}, actor);
                !e)
                return std::unexpected(e.error());
        }
        if (is.contains(QStringLiteral("variants"))) {
            if (auto e = recordEvent(c, QStringLiteral("ProductPriceChanged"), QStringLiteral("product"), QString::number(id),
                              {{QStringLiteral("id"), QString::number(id)}, {QStringLiteral("variants"), is.value(QStringLiteral("variants"))}},
                              actor);
                !e)
                return std::unexpected(e.error());
        }
        if (auto logged = AuditLog::record(c, actor, {auditAction, QStringLiteral("product"), QString::number(id), was, is});
            !logged)
            return std::unexpected(logged.error());
        return stored;
    });
}

Domain::Result<QList<Domain::Promotion>> CatalogService::promotionsFor(const StoredProduct &product,
                                                                      const QDateTime &at) const
{
    auto db = m_database.acquire();
    auto rows = db->exec(QByteArray("SELECT ") + PromotionService::record + " FROM promotions WHERE " + promotionsOfProduct,
                         {QByteArray::number(product.id), at.toUTC().toString(Qt::ISODateWithMs).toLatin1()});
    if (!rows)
        return fail(rows.error().error);
    QList<Domain::Promotion> list;
    for (int i = 0; i < rows->rows(); ++i)
        list.append(PromotionService::promotionFrom(*rows, i).promotion);
    return list;
}

Domain::Result<PricedDocument> CatalogService::pricedProduct(qint64 id, const QDateTime &from) const
{
    auto db = m_database.acquire();
    return pricedDocumentFrom(db->exec(productDocumentSql(), pricedProductParams(id, from)));
}

void CatalogService::pricedProduct(qint64 id, const QDateTime &from,
                                   std::function<void(Domain::Result<PricedDocument>)> done) const
{
    if (auto index = m_promotionIndex ? m_promotionIndex->snapshotFor(from) : nullptr) {
        static const QByteArray documentSql = "SELECT document FROM product_documents WHERE product_id = $1";
        PgPipeline::forThisThread(m_database.conninfo())
            .exec(documentSql, {QByteArray::number(id)},
                  [index, from, done = std::move(done)](PgExpected<PgResult> rows) {
                      auto priced = documentFrom(rows);
                      if (priced)
                          priced->promotions = index->promotionsFor(priced->document.skus(),
                                                                    priced->document.categoryPath(), from);
                      done(std::move(priced));
                  });
        return;
    }
    PgPipeline::forThisThread(m_database.conninfo())
        .exec(productDocumentSql(), pricedProductParams(id, from),
              [done = std::move(done)](PgExpected<PgResult> rows) { done(pricedDocumentFrom(rows)); });
}

Domain::Result<QList<StoredCategory>> CatalogService::categories() const
{
    auto db = m_database.acquire();
    auto rows = db->exec(QByteArray("SELECT ") + categoryColumns + " FROM categories ORDER BY path");
    if (!rows)
        return fail(rows.error().error);
    QList<StoredCategory> list;
    for (int i = 0; i < rows->rows(); ++i)
        list.append(categoryFrom(*rows, i));
    return list;
}

Domain::Result<StoredCategory> CatalogService::category(qint64 id) const
{
    auto db = m_database.acquire();
    auto rows = db->exec(QByteArray("SELECT ") + categoryColumns + " FROM categories WHERE id = $1", {QByteArray::number(id)});
    if (!rows)
        return fail(rows.error().error);
    if (rows->rows() == 0)
        return fail(Error::notFound(noSuchCategory));
    return categoryFrom(*rows, 0);
}

namespace {
// The tree as the domain's rules see it; the table is locked against concurrent moves while it is read.
PgExpected<Domain::CategoryParents> lockedTree(PgConnection &c)
{
    auto locked = c.exec("LOCK TABLE categories IN SHARE ROW EXCLUSIVE MODE");
    if (!locked)
        return std::unexpected(locked.error());
    auto rows = c.exec("SELECT id, parent_id FROM categories");
    if (!rows)
        return std::unexpected(rows.error());
    Domain::CategoryParents parents;
    for (int i = 0; i < rows->rows(); ++i)
        parents.insert(rows->text(i, 0), rows->isNull(i, 1) ? QString() : rows->text(i, 1));
    return parents;
}

PgError siblingClash(const QString &name)
{
    return PgError::refusal({Domain::ErrorCode::Conflict,
                             QStringLiteral("There is already a category named '%1' at this place in the tree; "
                                            "choose another name.")
                                 .arg(name),
                             {{QStringLiteral("name"), QStringLiteral("is taken by a sibling")}}});
}

// Products of the categories in subtree get their paths and search names again after a move or rename.
PgExpected<void> refreshProductsBelow(PgConnection &c, qint64 id)
{
    auto refreshed = c.exec(
        "UPDATE products p SET category_path = c.path, category_names = (SELECT string_agg(a.name, ' ' ORDER BY "
        "array_position(c.path, a.id)) FROM categories a WHERE a.id = ANY (c.path)) FROM categories c "
        "WHERE p.category_id = c.id AND c.path @> ARRAY[$1::bigint]",
        {QByteArray::number(id)});
    if (!refreshed)
        return std::unexpected(refreshed.error());
    return {};
}
} // namespace

Domain::Result<StoredCategory> CatalogService::createCategory(const QString &name, std::optional<qint64> parentId,
                                                              int position, const AuditActor &actor)
{
    auto db = m_database.acquire();
    return runInTransaction<StoredCategory>(*db, [&](PgConnection &c) -> PgExpected<StoredCategory> {
        auto tree = lockedTree(c);
        if (!tree)
            return std::unexpected(tree.error());
        const QString parent = parentId ? QString::number(*parentId) : QString();
        if (auto ok = Domain::checkCategoryParent(*tree, parent); !ok)
            return std::unexpected(PgError::refusal(ok.error()));
        auto next = c.exec("SELECT nextval(pg_get_serial_sequence('categories', 'id')), "
                           "coalesce((SELECT path FROM categories WHERE id = $1), '{}')",
                           {optionalId(parentId)});
        if (!next)
            return std::unexpected(next.error());
        const qint64 id = next->toInt64(0, 0);
        QList<qint64> path = int64ArrayValue(next->value(0, 1));
        path.append(id);
        auto rows = c.exec(QByteArray("INSERT INTO categories (id, parent_id, name, position, path) OVERRIDING SYSTEM "
                                      "VALUE VALUES ($1, $2, $3, $4, $5::bigint[]) RETURNING ")
                               + categoryColumns,
                           {QByteArray::number(id), optionalId(parentId), name.toUtf8(), QByteArray::number(position),
                            int64ArrayParam(path)});
        if (!rows)
            return std::unexpected(rows.error().sqlstate == "23505" ? siblingClash(name) : rows.error());
        StoredCategory created = categoryFrom(*rows, 0);
        if (auto logged = AuditLog::record(c, actor, {QStringLiteral("category.create"), QStringLiteral("category"),
                                                      QString::number(id), std::nullopt, created.toJson()});
            !logged)
            return std::unexpected(logged.error());
        return created;
    });
}

Domain::Result<StoredCategory> CatalogService::updateCategory(qint64 id, const CategoryChange &change,
                                                              std::optional<int> expectedVersion, const AuditActor &actor)
{
    auto db = m_database.acquire();
    return runInTransaction<StoredCategory>(*db, [&](PgConnection &c) -> PgExpected<StoredCategory> {
        auto tree = lockedTree(c);
        if (!tree)
            return std::unexpected(tree.error());
        auto rows = c.exec(QByteArray("SELECT ") + categoryColumns + " FROM categories WHERE id = $1",
                           {QByteArray::number(id)});
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->rows() == 0)
            return std::unexpected(PgError::refusal(Error::notFound(noSuchCategory)));
        const StoredCategory before = categoryFrom(*rows, 0);
        if (expectedVersion && *expectedVersion != before.version)
            return std::unexpected(PgError::refusal(Error::stale(
                QStringLiteral("Someone else changed this category since you read it (version %1 is current); "
                               "reload the tree and try again.")
                    .arg(before.version))));
        StoredCategory after = before;
        if (change.parentId) {
            const QString parent = *change.parentId ? QString::number(**change.parentId) : QString();
            if (auto ok = Domain::checkCategoryMove(*tree, QString::number(id), parent); !ok)
                return std::unexpected(PgError::refusal(ok.error()));
            after.parentId = *change.parentId;
            QList<qint64> path;
            if (after.parentId) {
                for (const QString &a : Domain::categoryWithAncestors(*tree, parent))
                    path.prepend(a.toLongLong());
            }
            path.append(id);
            after.path = path;
        }
        if (change.name)
            after.name = *change.name;
        if (change.position)
            after.position = *change.position;
        auto updated = c.exec(QByteArray("UPDATE categories SET parent_id = $2, name = $3, position = $4 WHERE id = $1 "
                                         "RETURNING ")
                                  + categoryColumns,
                              {QByteArray::number(id), optionalId(after.parentId), after.name.toUtf8(),
                               QByteArray::number(after.position)});
        if (!updated)
            return std::unexpected(updated.error().sqlstate == "23505" ? siblingClash(after.name) : updated.error());
        if (after.path != before.path) {
            // Everything below keeps its own tail and takes the new head.
            auto moved = c.exec("UPDATE categories SET path = $2::bigint[] || path[cardinality($1::bigint[]) + 1:] "
                                "WHERE path[1:cardinality($1::bigint[])] = $1::bigint[]",
                                {int64ArrayParam(before.path), int64ArrayParam(after.path)});
            if (!moved)
                return std::unexpected(moved.error());
        }
        if (after.path != before.path || after.name != before.name) {
            if (auto refreshed = refreshProductsBelow(c, id); !refreshed)
                return std::unexpected(refreshed.error());
        }
        auto reread = c.exec(QByteArray("SELECT ") + categoryColumns + " FROM categories WHERE id = $1",
                             {QByteArray::number(id)});
        if (!reread)
            return std::unexpected(reread.error());
        after = categoryFrom(*reread, 0);
        const auto [was, is] = difference(before.toJson(), after.toJson());
        if (auto logged = AuditLog::record(c, actor, {QStringLiteral("category.update"), QStringLiteral("category"),
                                                      QString::number(id), was, is});
            !logged)
            return std::unexpected(logged.error());
        return after;
    });
}

Domain::Status CatalogService::deleteCategory(qint64 id, const AuditActor &actor)
{
    auto db = m_database.acquire();
    return runInTransaction<void>(*db, [&](PgConnection &c) -> PgExpected<void> {
        auto rows = c.exec(QByteArray("SELECT ") + categoryColumns + ", EXISTS (SELECT 1 FROM categories WHERE parent_id = "
                                                                     "$1), EXISTS (SELECT 1 FROM products WHERE "
                                                                     "category_id = $1) FROM categories WHERE id = $1 "
                                                                     "FOR UPDATE",
                           {QByteArray::number(id)});
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->rows() == 0)
            return std::unexpected(PgError::refusal(Error::notFound(noSuchCategory)));
        if (rows->value(0, 6) == "t" || rows->value(0, 7) == "t")
            return std::unexpected(PgError::refusal(Error::conflict(
                QStringLiteral("This category still holds subcategories or products; move them elsewhere first."))));
        const StoredCategory before = categoryFrom(*rows, 0);
        auto deleted = c.exec("DELETE FROM categories WHERE id = $1", {QByteArray::number(id)});
        if (!deleted)
            return std::unexpected(deleted.error());
        return AuditLog::record(c, actor, {QStringLiteral("category.delete"), QStringLiteral("category"),
                                           QString::number(id), before.toJson(), std::nullopt});
    });
}

} // namespace Backroom::Server
