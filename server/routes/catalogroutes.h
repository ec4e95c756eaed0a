// SPDX-License-Identifier: MIT
#pragma once

#include "server/catalog/catalogservice.h"
#include "server/catalog/productcache.h"
#include "server/catalog/promotionservice.h"
#include "server/http/router.h"

namespace Backroom::Server {

// Products, categories and promotions: the storefront's reads and the merchandisers' writes.
class CatalogRoutes {
public:
    // cache: answers of GET /api/v1/products/{id}, or none.
    CatalogRoutes(Database &database, ProductCache *cache)
        : m_catalog(database), m_promotions(database), m_cache(cache) {}
    void registerOn(Router &router);

private:
    void forgetCachedProducts();

    CatalogService m_catalog;
    PromotionService m_promotions;
    ProductCache *m_cache;
};

} // namespace Backroom::Server
