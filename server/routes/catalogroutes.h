// SPDX-License-Identifier: MIT
#pragma once

#include "server/catalog/catalogservice.h"
#include "server/catalog/productcache.h"
#include "server/catalog/promotionservice.h"
#include "server/http/router.h"

#include <QUrlQuery>

namespace Backroom::Server {

// The staff list's filter from a query (?q=&status=&category=&price_range=&sort=&cursor=&limit=), as
// GET /api/v1/products and the export read it: Validation naming every parameter that is not one.
Domain::Result<ProductFilter> productListFilter(const QUrlQuery &query);

// Products, categories and promotions: the storefront's reads and the merchandisers' writes.
class CatalogRoutes {
public:
    // cache: answers of GET /api/v1/products/{id}, or none; promotionIndex: what they are priced with, or none.
    CatalogRoutes(Database &database, ProductCache *cache, PromotionIndex *promotionIndex = nullptr)
        : m_catalog(database, promotionIndex), m_promotions(database), m_cache(cache), m_promotionIndex(promotionIndex) {}
    void registerOn(Router &router);

private:
    void forgetCachedProducts();

    CatalogService m_catalog;
    PromotionService m_promotions;
    ProductCache *m_cache;
    PromotionIndex *m_promotionIndex;
};

} // namespace Backroom::Server
