// SPDX-License-Identifier: MIT
#pragma once

#include "server/catalog/catalogservice.h"
#include "server/http/router.h"

namespace Backroom::Server {

// Products and categories: the storefront's reads and the merchandisers' writes.
class CatalogRoutes {
public:
    explicit CatalogRoutes(Database &database) : m_catalog(database) {}
    void registerOn(Router &router);

private:
    CatalogService m_catalog;
};

} // namespace Backroom::Server
