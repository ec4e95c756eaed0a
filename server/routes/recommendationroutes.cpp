// SPDX-License-Identifier: MIT
#include "server/routes/recommendationroutes.h"

#include "server/catalog/catalogservice.h"
#include "server/gateway/requestcontext.h"

#include <QDateTime>

namespace Backroom::Server {

using Domain::Error;

namespace {
Domain::Result<int> limitFrom(const QUrlQuery &query)
{
    if (!query.hasQueryItem(QStringLiteral("limit")))
        return RecommendationRoutes::defaultLimit;
    const QString text = query.queryItemValue(QStringLiteral("limit"));
    bool ok = false;
    const int limit = text.toInt(&ok);
    const bool digits = !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    if (!ok || !digits || limit < 1 || limit > RecommendationService::maxLimit)
        return Domain::fail(Error::validation(
            QStringLiteral("The limit is not valid; ask for 1 to %1 recommendations.").arg(RecommendationService::maxLimit),
            {{QStringLiteral("limit"), QStringLiteral("must be a whole number from 1 to %1").arg(RecommendationService::maxLimit)}}));
    return limit;
}

HttpResponse listResponse(const RecommendationList &list, int limit)
{
    HttpResponse r = HttpResponse::json(200, list.toJson(limit));
    // Public and the same for everyone: fit for a CDN, briefly, as the lists drift with every order.
    r.setHeader("Cache-Control", "public, max-age=60");
    return r;
}
} // namespace

void RecommendationRoutes::registerOn(Router &router)
{
    router.add({"GET", "/api/v1/products/{id}/recommendations", Domain::Permission::Public, false,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return HttpResponse::fromError(productNotFound());
                    auto limit = limitFrom(c.query());
                    if (!limit) // a malformed query rather than a body that breaks a rule: 400
                        return HttpResponse::problem(400, Domain::errorCodeName(limit.error().code), limit.error().message,
                                                     limit.error().fields);
                    const qint64 now = QDateTime::currentMSecsSinceEpoch();
                    if (m_cache) {
                        if (auto hit = m_cache->find(*id, now))
                            return listResponse(*hit, *limit);
                    }
                    const quint64 generation = m_cache ? m_cache->generation() : 0;
                    auto list = m_service.recommendations(*id);
                    if (!list)
                        return HttpResponse::fromError(list.error());
                    if (m_cache)
                        m_cache->insert(*id, *list, now + RecommendationCache::maxAgeMs, generation);
                    return listResponse(*list, *limit);
                }});
}

} // namespace Backroom::Server
