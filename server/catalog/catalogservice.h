// SPDX-License-Identifier: MIT
#pragma once

#include "domain/product.h"
#include "domain/promotion.h"
#include "domain/result.h"
#include "server/audit/auditlog.h"
#include "server/catalog/productdocument.h"

#include <QDateTime>
#include <QJsonValue>
#include <optional>

namespace Backroom::Server {

class Database;
class PromotionIndex;
class PgConnection;

// A picture of a product; the file lives content-addressed in the ImageStore.
struct StoredImage {
    qint64 id = 0;
    QString sha256; // lower-case hex
    QByteArray contentType;
    int width = 0;
    int height = 0;
    qint64 bytes = 0;
    int position = 0;

    // {"id", "url": "/api/v1/images/<sha256>", "content_type", "width", "height", "bytes", "position"}
    QJsonObject toJson() const;
};

struct StoredProduct {
    qint64 id = 0;
    Domain::Product product;
    std::optional<qint64> vendorId;
    QList<qint64> categoryPath; // root … the product's category; empty without one
    int version = 0;
    QString createdAt;
    QString updatedAt;
    QList<StoredImage> images; // in position order

    // The product as the API shows it, each variant with its effective price at `at` under promotions.
    QJsonObject toJson(const QList<Domain::Promotion> &promotions, const QDateTime &at) const;
    // Exactly QJsonDocument(toJson(promotions, at)).toJson(Compact), written without building the objects:
    // the storefront's read spends most of its time there. prices, when given, gets what the product's ETag
    // takes of each variant: its effective price and the promotion that made it.
    QByteArray toCompactJson(const QList<Domain::Promotion> &promotions, const QDateTime &at,
                             CompactJson::PriceDigest *prices = nullptr) const;
};

// A product's stored document with the promotions that may touch it from some time on
// (CatalogService::promotionsFor): the storefront's read.
struct PricedDocument {
    ProductDocument document;
    QList<Domain::Promotion> promotions;
};

struct StoredCategory {
    qint64 id = 0;
    std::optional<qint64> parentId;
    QString name;
    int position = 0;
    QList<qint64> path;
    int version = 0;

    QJsonObject toJson() const;
};

// The orders of the staff product list; the storefront's are ProductSearch's.
enum class ProductListSort {
    Oldest,          // id ascending: the order products were created in
    Newest,          // id descending
    Title,           // case-insensitive title, then id
    TitleDescending,
    Price,           // lowest variant price (price_amount), then id
    PriceDescending,
};
// "oldest", "newest", "title", "-title", "price", "-price".
QString productListSortName(ProductListSort sort);
std::optional<ProductListSort> productListSortFromName(QStringView name);

// Where the previous page of a sorted list ended: the last product's sort key and id.
struct ProductListPosition {
    qint64 id = 0;
    QString title; // lower-cased, for the title orders
    qint64 price = 0; // for the price orders
};
// Opaque cursors of the staff list: base64url of the sort's name, the key and the id. Validation error on
// "cursor" for a cursor this server did not issue for this sort.
QString encodeProductListCursor(ProductListSort sort, const ProductListPosition &position);
Domain::Result<ProductListPosition> decodeProductListCursor(QStringView cursor, ProductListSort sort);

struct ProductFilter {
    QString status;      // "", or one status
    std::optional<qint64> categoryId; // the category and everything below it
    QString text;        // a title substring, case-insensitive (the storefront search is ProductSearch)
    Domain::PriceRange price; // on the lowest variant price, minor units; open ends do not narrow
    QString priceCurrency;    // with a price range: the currency it is in; products in others are left out
    ProductListSort sort = ProductListSort::Oldest;
    std::optional<ProductListPosition> after; // none: the first page
    int limit = 50;
};

// Products, their variants and the category tree: the merchandiser's writes and the reads behind them.
// Every write records its audit entry and its domain events (outbox) in the same transaction.
// Errors: Validation (naming fields), NotFound (also for products a vendor does not own), Conflict
// (duplicate SKU, sibling name), Stale (If-Match), InvalidTransition (status), Unavailable.
class CatalogService {
public:
    // promotions: what the storefront's product reads price with, when it can be trusted; none: the tables.
    explicit CatalogService(Database &database, const PromotionIndex *promotions = nullptr)
        : m_database(database), m_promotionIndex(promotions) {}

    Domain::Result<StoredProduct> product(qint64 id) const;
    struct ProductPage {
        QList<StoredProduct> items;
        std::optional<ProductListPosition> next; // where the next page starts; none after the last page
    };
    Domain::Result<ProductPage> products(const ProductFilter &filter) const;
    // How many products the filter matches (sort, after and limit ignored).
    Domain::Result<qint64> countProducts(const ProductFilter &filter) const;
    // vendor: the owning vendor for products a vendor account creates; none for the shop's own.
    Domain::Result<StoredProduct> createProduct(const Domain::Product &product, std::optional<qint64> vendor,
                                                const AuditActor &actor);
    // Applies edit (PUT: replaceProduct, PATCH: patchProduct) to the stored product and stores the result.
    // onlyVendor: the caller is a vendor and may change only their own products (others are NotFound).
    // auditAction names the audit entry ("product.update"; a bulk change says "product.bulk_updated").
    // Called inside a transaction of the caller's on this thread's connection, it is a savepoint of it.
    // imagesAsSent: the body's "images" member, if it had one: images change through their own routes, so it
    // must list the product's images as they are (same ids, same order), else Validation on "images".
    using Edit = std::function<Domain::Result<Domain::Product>(const Domain::Product &current)>;
    Domain::Result<StoredProduct> updateProduct(qint64 id, const Edit &edit, std::optional<int> expectedVersion,
                                                std::optional<qint64> onlyVendor, const AuditActor &actor,
                                                const QString &auditAction = QStringLiteral("product.update"),
                                                const std::optional<QJsonValue> &imagesAsSent = std::nullopt);

    // The promotions that may touch a product from `at` on: targeting one of its SKUs or categories and not
    // ended by then (active then, or starting later: Domain::effectivePrice picks those active at a time,
    // Domain::nextPromotionChange says until when a price holds).
    Domain::Result<QList<Domain::Promotion>> promotionsFor(const StoredProduct &product, const QDateTime &at) const;
    // The product's document and promotionsFor(it, from) in one query: the storefront's read of a product.
    Domain::Result<PricedDocument> pricedProduct(qint64 id, const QDateTime &from) const;
    // The same read without waiting: sent on this thread's PgPipeline, done runs later on this thread. Call
    // only from a thread with a Qt event loop (an I/O thread).
    void pricedProduct(qint64 id, const QDateTime &from, std::function<void(Domain::Result<PricedDocument>)> done) const;

    Domain::Result<QList<StoredCategory>> categories() const;
    Domain::Result<StoredCategory> category(qint64 id) const;
    Domain::Result<StoredCategory> createCategory(const QString &name, std::optional<qint64> parentId, int position,
                                                  const AuditActor &actor);
    // Renames, moves (no cycles, depth limited) and/or reorders; moving updates the paths of everything below.
    struct CategoryChange {
        std::optional<QString> name;
        std::optional<std::optional<qint64>> parentId; // set: move (nullopt inside: to the top level)
        std::optional<int> position;
    };
    Domain::Result<StoredCategory> updateCategory(qint64 id, const CategoryChange &change,
                                                  std::optional<int> expectedVersion, const AuditActor &actor);
    // Conflict while it has subcategories or products.
    Domain::Status deleteCategory(qint64 id, const AuditActor &actor);

private:
    Database &m_database;
    const PromotionIndex *m_promotionIndex;
};

// What every product route answers for a product that does not exist (or that the caller may not see).
Domain::Error productNotFound();

// For services that change a product inside their own transaction (ProductImageService): the product with
// its variants and images, locked FOR UPDATE when asked; a NotFound refusal when there is none.
PgExpected<StoredProduct> readProduct(PgConnection &c, qint64 id, bool forUpdate);
// The products of ids that exist, with their variants and images, by id: three queries however many.
PgExpected<QHash<qint64, StoredProduct>> readProducts(PgConnection &c, const QList<qint64> &ids);

} // namespace Backroom::Server
