// SPDX-License-Identifier: MIT
#pragma once

#include "domain/product.h"
#include "domain/promotion.h"
#include "domain/result.h"
#include "server/audit/auditlog.h"

#include <QDateTime>
#include <optional>

namespace Backroom::Server {

class Database;
class PgConnection;

struct StoredProduct {
    qint64 id = 0;
    Domain::Product product;
    std::optional<qint64> vendorId;
    QList<qint64> categoryPath; // root … the product's category; empty without one
    int version = 0;
    QString createdAt;
    QString updatedAt;

    // The product as the API shows it, each variant with its effective price at `at` under promotions.
    QJsonObject toJson(const QList<Domain::Promotion> &promotions, const QDateTime &at) const;
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

struct ProductFilter {
    QString status;      // "", or one status
    std::optional<qint64> categoryId; // the category and everything below it
    QString text;        // a title substring, case-insensitive (the storefront search is ProductSearch)
    qint64 after = 0;    // keyset cursor: id
    int limit = 50;
};

// Products, their variants and the category tree: the merchandiser's writes and the reads behind them.
// Every write records its audit entry and its domain events (outbox) in the same transaction.
// Errors: Validation (naming fields), NotFound (also for products a vendor does not own), Conflict
// (duplicate SKU, sibling name), Stale (If-Match), InvalidTransition (status), Unavailable.
class CatalogService {
public:
    explicit CatalogService(Database &database) : m_database(database) {}

    Domain::Result<StoredProduct> product(qint64 id) const;
    Domain::Result<QList<StoredProduct>> products(const ProductFilter &filter) const;
    // vendor: the owning vendor for products a vendor account creates; none for the shop's own.
    Domain::Result<StoredProduct> createProduct(const Domain::Product &product, std::optional<qint64> vendor,
                                                const AuditActor &actor);
    // Applies edit (PUT: replaceProduct, PATCH: patchProduct) to the stored product and stores the result.
    // onlyVendor: the caller is a vendor and may change only their own products (others are NotFound).
    using Edit = std::function<Domain::Result<Domain::Product>(const Domain::Product &current)>;
    Domain::Result<StoredProduct> updateProduct(qint64 id, const Edit &edit, std::optional<int> expectedVersion,
                                                std::optional<qint64> onlyVendor, const AuditActor &actor);

    // The promotions that may touch a product from `at` on: targeting one of its SKUs or categories and not
    // ended by then (active then, or starting later: Domain::effectivePrice picks those active at a time,
    // Domain::nextPromotionChange says until when a price holds).
    Domain::Result<QList<Domain::Promotion>> promotionsFor(const StoredProduct &product, const QDateTime &at) const;

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
};

} // namespace Backroom::Server
