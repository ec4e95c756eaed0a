// SPDX-License-Identifier: MIT
#pragma once

#include "server/catalog/catalogservice.h"
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
    explicit CatalogRoutes(Database &database) : m_catalog(database), m_promotions(database) {}
    void registerOn(Router &router);

private:
    CatalogService m_catalog;
    PromotionService m_promotions;
};

} // namespace Backroom::Server
