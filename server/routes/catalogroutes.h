// SPDX-License-Identifier: MIT
#pragma once

#include "server/catalog/catalogservice.h"
#include "server/catalog/promotionservice.h"
#include "server/http/router.h"

namespace Backroom::Server {

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
