// SPDX-License-Identifier: MIT
#pragma once

#include "server/catalog/productsearch.h"
#include "server/http/router.h"

namespace Backroom::Server {

class Database;

// The storefront's public catalog reads: GET /api/v1/products/search and GET /api/v1/categories/{id}/products.
// Both run on the I/O thread (they only read) and answer with Cache-Control fit for a CDN.
class SearchRoutes {
public:
    // facetCache: facets of recent searches, or none.
    SearchRoutes(Database &database, SearchFacetCache *facetCache)
        : m_search(database, facetCache)
    {}
    void registerOn(Router &router);

private:
    ProductSearch m_search;
};

} // namespace Backroom::Server
