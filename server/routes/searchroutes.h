// SPDX-License-Identifier: MIT
#pragma once

#include "server/catalog/productsearch.h"
#include "server/http/httpresponse.h"
#include "server/http/router.h"
#include "server/store/notifiedcache.h"

namespace Backroom::Server {

class Database;

// Whole answers of recent searches and category pages (status 200 only), keyed by everything that decides
// them (SearchRequest::cacheKey). A storefront asks the same few searches over and over, and a search of a
// large catalog costs milliseconds of database time where a kept answer costs microseconds. Like the
// facets, they are forgotten on any catalog change; each also ends when a promotion touching one of its
// items starts or ends (SearchResult::pricesHoldUntil).
class SearchPageCache : public NotifiedCache<QByteArray, HttpResponse> {
public:
    using NotifiedCache::NotifiedCache;
    void handleNotification(QByteArrayView)
    {
        countNotification();
        clear();
    }
    void writeMetrics(QByteArray &out) const
    {
        NotifiedCache::writeMetrics(out, "backroom_search_page_cache", "search pages");
    }
};

// The storefront's public catalog reads: GET /api/v1/products/search and GET /api/v1/categories/{id}/products.
// Both run on the I/O thread (they only read) and answer with Cache-Control fit for a CDN.
class SearchRoutes {
public:
    // facetCache: facets of recent searches; pageCache: whole answers; either may be none.
    SearchRoutes(Database &database, SearchFacetCache *facetCache, SearchPageCache *pageCache)
        : m_search(database, facetCache)
        , m_pages(pageCache)
    {}
    void registerOn(Router &router);

private:
    HttpResponse page(const SearchRequest &request) const;

    ProductSearch m_search;
    SearchPageCache *m_pages;
};

} // namespace Backroom::Server
