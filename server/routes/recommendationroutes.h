// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/router.h"
#include "server/recommendations/recommendationservice.h"

namespace Backroom::Server {

// GET /api/v1/products/{id}/recommendations?limit= : the storefront's "bought together" list.
class RecommendationRoutes {
public:
    static constexpr int defaultLimit = 10;

    // cache: lists per product, or none.
    RecommendationRoutes(Database &database, RecommendationCache *cache) : m_service(database), m_cache(cache) {}
    void registerOn(Router &router);

private:
    RecommendationService m_service;
    RecommendationCache *m_cache;
};

} // namespace Backroom::Server
