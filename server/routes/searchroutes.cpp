// SPDX-License-Identifier: MIT
#include "server/routes/searchroutes.h"

#include "server/gateway/requestcontext.h"

namespace Backroom::Server {

using Domain::Error;
using Domain::FieldError;
using Domain::Permission;

namespace {
// Short enough for a CDN to absorb a burst, long enough that a price change or a promotion ending shows
// within half a minute.
constexpr const char *publicCache = "public, max-age=30";

enum class Route {
    Search,   // q, category, price_range, sort, cursor, limit
    Category, // sort, cursor, limit; the category comes from the path
};

// The request a query string asks for; every parameter's problem at once, each naming the parameter.
// Parameters other than the route's own are ignored, as caches and analytics add their own.
Domain::Result<SearchRequest> searchRequest(const QUrlQuery &query, Route route)
{
    const auto item = [&](const char *name) {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    QList<FieldError> errors;
    SearchRequest request;
    request.withFacets = route == Route::Search;
    if (route == Route::Search) {
        const QString q = item("q");
        if (q.size() > SearchText::maxLength)
            errors.append(
                {QStringLiteral("q"), QStringLiteral("must be at most %1 characters").arg(SearchText::maxLength)});
        else
            request.text = SearchText::from(q);
        if (const QString category = item("category"); !category.isEmpty()) {
            bool ok = false;
            const qint64 id = category.toLongLong(&ok);
            if (ok && id > 0)
                request.categoryId = id;
            else
                errors.append({QStringLiteral("category"), QStringLiteral("must be a category id, e.g. 12")});
        }
        if (const QString range = item("price_range"); !range.isEmpty()) {
            auto parsed = Domain::parsePriceRange(range, shopCurrency);
            if (parsed)
                request.price = *parsed;
            else
                errors += parsed.error().fields;
        }
    }
    std::optional<SearchSort> sort;
    bool sortOk = true;
    if (const QString name = item("sort"); !name.isEmpty()) {
        sort = searchSortFromName(name);
        if (!sort) {
            sortOk = false;
            errors.append({QStringLiteral("sort"), QStringLiteral("must be one of relevance, price, -price, newest")});
        }
    }
    request.sort = SearchRequest::effectiveSort(sort, request.text);
    if (const QString limit = item("limit"); !limit.isEmpty()) {
        bool ok = false;
        request.limit = limit.toInt(&ok);
        if (!ok || request.limit < 1 || request.limit > SearchRequest::maxLimit)
            errors.append({QStringLiteral("limit"),
                           QStringLiteral("must be a whole number from 1 to %1").arg(SearchRequest::maxLimit)});
    }
    // A cursor belongs to one sort; with the sort itself wrong there is nothing to check it against.
    if (const QString cursor = item("cursor"); !cursor.isEmpty() && sortOk) {
        auto position = decodeSearchCursor(cursor, request.sort);
        if (position)
            request.after = *position;
        else
            errors += position.error().fields;
    }
    if (!errors.isEmpty())
        return Domain::fail(Error::validation(QStringLiteral("The search parameters are not valid; correct the "
                                                             "parameters named."),
                                              std::move(errors)));
    return request;
}

} // namespace

HttpResponse SearchRoutes::page(const SearchRequest &request) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QByteArray key;
    if (m_pages) {
        key = request.cacheKey();
        if (auto hit = m_pages->find(key, now.toMSecsSinceEpoch()))
            return *hit;
    }
    const quint64 generation = m_pages ? m_pages->generation() : 0;
    auto result = m_search.search(request, now);
    if (!result)
        return HttpResponse::fromError(result.error());
    HttpResponse r = HttpResponse::json(200, searchResultJson(*result, request.sort, request.withFacets));
    r.setHeader("Cache-Control", publicCache);
    if (m_pages)
        m_pages->insert(key, r,
                        result->pricesHoldUntil ? result->pricesHoldUntil->toMSecsSinceEpoch() : SearchPageCache::never,
                        generation);
    return r;
}

void SearchRoutes::registerOn(Router &router)
{
    router.add({"GET", "/api/v1/products/search", Permission::Public, false, [this](RequestContext &c) {
                    auto request = searchRequest(c.query(), Route::Search);
                    if (!request)
                        return HttpResponse::fromError(request.error());
                    return page(*request);
                }});
    router.add({"GET", "/api/v1/categories/{id}/products", Permission::Public, false, [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    const auto noSuchCategory = [] {
                        return HttpResponse::fromError(
                            Error::notFound(QStringLiteral("There is no such category; list /api/v1/categories.")));
                    };
                    if (!id)
                        return noSuchCategory();
                    auto request = searchRequest(c.query(), Route::Category);
                    if (!request)
                        return HttpResponse::fromError(request.error());
                    auto exists = m_search.categoryExists(*id);
                    if (!exists)
                        return HttpResponse::fromError(exists.error());
                    if (!*exists)
                        return noSuchCategory();
                    request->categoryId = *id;
                    return page(*request);
                }});
}

} // namespace Backroom::Server
