// SPDX-License-Identifier: MIT
#include "server/routes/catalogroutes.h"

#include "domain/categorytree.h"
#include "domain/json.h"
#include "domain/promotion.h"
#include "server/gateway/requestcontext.h"
#include "server/catalog/productsearch.h"
#include "server/catalog/promotionindex.h"
#include "server/routes/paging.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Backroom::Server {

using Domain::Error;
using Domain::Permission;

namespace {
HttpResponse noSuchProduct()
{
    return HttpResponse::fromError(productNotFound());
}

HttpResponse noSuchPromotion()
{
    return HttpResponse::fromError(Error::notFound(QStringLiteral("There is no such promotion; list /api/v1/promotions.")));
}

HttpResponse promotionResponse(int status, const StoredPromotion &stored)
{
    HttpResponse r = HttpResponse::json(status, stored.toJson());
    r.setHeader("ETag", versionETag(stored.version));
    r.setHeader("Cache-Control", "private, no-cache");
    return r;
}

HttpResponse noSuchCategory()
{
    return HttpResponse::fromError(Error::notFound(QStringLiteral("There is no such category; list /api/v1/categories.")));
}

bool isStaffReader(const RequestContext &c)
{
    return c.principal() && Domain::rolesGrant(c.principal()->roles, Permission::CatalogWrite);
}

// Updates of shared catalog objects must say which version they change: two merchandisers editing one
// product must not overwrite each other silently.
std::optional<HttpResponse> requireIfMatch(const RequestContext &c)
{
    if (!c.request().header("If-Match").isEmpty())
        return std::nullopt;
    return HttpResponse::problem(428, QStringLiteral("precondition-required"),
                                 QStringLiteral("Send If-Match with the ETag you read, so a change made meanwhile by "
                                                "someone else is not overwritten; GET the resource first."));
}

// The product as anyone allowed to see it sees it at `at`: 200 with ETag, without Cache-Control (who asks
// decides that, see withCacheControl).
// body: the product's JSON, written with its variants' prices added to prices.
CachedProduct productEntry(const QByteArray &body, const CompactJson::PriceDigest &prices, int version,
                           Domain::ProductStatus status, int httpStatus)
{
    // The prices depend on the promotions in force as well as on the version.
    CachedProduct entry;
    entry.response = HttpResponse::text(httpStatus, body, "application/json");
    entry.response.setHeader("ETag", versionETag(version, prices.hex()));
    entry.live = status == Domain::ProductStatus::Active;
    return entry;
}

CachedProduct productEntry(const StoredProduct &stored, const QList<Domain::Promotion> &promotions, const QDateTime &at,
                           int status)
{
    CompactJson::PriceDigest prices;
    const QByteArray body = stored.toCompactJson(promotions, at, &prices);
    return productEntry(body, prices, stored.version, stored.product.status, status);
}

HttpResponse withCacheControl(HttpResponse r, bool shared)
{
    // Public reads of live products are fit for a CDN; a short life keeps promotions' start times honest.
    r.setHeader("Cache-Control", shared ? "public, max-age=60" : "private, no-cache");
    return r;
}

HttpResponse productResponse(const CatalogService &catalog, const StoredProduct &stored, const QDateTime &at,
                             int status, bool shared)
{
    auto promotions = catalog.promotionsFor(stored, at);
    if (!promotions)
        return HttpResponse::fromError(promotions.error());
    return withCacheControl(productEntry(stored, *promotions, at, status).response, shared);
}

Domain::Result<QDateTime> priceTime(const QUrlQuery &query)
{
    const QString text = query.queryItemValue(QStringLiteral("at"));
    if (text.isEmpty())
        return QDateTime::currentDateTimeUtc();
    return Domain::parseTimestamp(QJsonValue(text), QStringLiteral("at"));
}

Domain::Result<std::optional<qint64>> optionalCategoryId(const QJsonValue &value, const QString &field)
{
    if (value.isNull() || value.isUndefined())
        return std::optional<qint64>();
    bool ok = false;
    const qint64 id = value.toString().toLongLong(&ok);
    if (!value.isString() || !ok || id <= 0)
        return Domain::fail(Error::validation(QStringLiteral("The parent category is not valid."),
                                              {{field, QStringLiteral("must be a category id or null")}}));
    return std::optional(id);
}

Domain::Result<int> optionalPosition(const QJsonObject &body, int fallback)
{
    if (!body.contains(QStringLiteral("position")))
        return fallback;
    const QJsonValue v = body.value(QStringLiteral("position"));
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != std::floor(d) || d < 0 || d > 100000)
        return Domain::fail(Error::validation(QStringLiteral("The position is not valid."),
                                              {{QStringLiteral("position"), QStringLiteral("must be a whole number from 0 to 100000")}}));
    return int(d);
}
} // namespace

// The staff list's query: q, status, category, price_range (major units of the shop currency), sort, cursor,
// limit. Every problem at once, each naming its parameter.
Domain::Result<ProductFilter> productListFilter(const QUrlQuery &query)
{
    QList<Domain::FieldError> errors;
    ProductFilter filter;
    QUrlQuery paging;
    if (query.hasQueryItem(QStringLiteral("limit")))
        paging.addQueryItem(QStringLiteral("limit"), query.queryItemValue(QStringLiteral("limit")));
    if (auto page = PageRequest::from(paging))
        filter.limit = page->limit;
    else
        errors += page.error().fields;
    filter.status = query.queryItemValue(QStringLiteral("status"));
    if (!filter.status.isEmpty() && !Domain::productStatusFromName(filter.status))
        errors.append({QStringLiteral("status"), QStringLiteral("must be draft, active or archived")});
    filter.text = query.queryItemValue(QStringLiteral("q")).left(200);
    if (const QString category = query.queryItemValue(QStringLiteral("category")); !category.isEmpty()) {
        bool ok = false;
        filter.categoryId = category.toLongLong(&ok);
        if (!ok || *filter.categoryId <= 0)
            errors.append({QStringLiteral("category"), QStringLiteral("must be a category id, e.g. 12")});
    }
    if (const QString range = query.queryItemValue(QStringLiteral("price_range")); !range.isEmpty()) {
        if (auto parsed = Domain::parsePriceRange(range, shopCurrency)) {
            filter.price = *parsed;
            filter.priceCurrency = shopCurrency.toString();
        }
        else
            errors += parsed.error().fields;
    }
    bool sortOk = true;
    if (const QString sort = query.queryItemValue(QStringLiteral("sort")); !sort.isEmpty()) {
        const auto parsed = productListSortFromName(sort);
        sortOk = parsed.has_value();
        if (parsed)
            filter.sort = *parsed;
        else
            errors.append({QStringLiteral("sort"),
                           QStringLiteral("must be one of oldest, newest, title, -title, price, -price")});
    }
    // A cursor belongs to one sort; with the sort itself wrong there is nothing to check it against.
    if (const QString cursor = query.queryItemValue(QStringLiteral("cursor")); !cursor.isEmpty() && sortOk) {
        if (auto position = decodeProductListCursor(cursor, filter.sort))
            filter.after = *position;
        else
            errors += position.error().fields;
    }
    if (!errors.isEmpty())
        return Domain::fail(Error::validation(
            QStringLiteral("The list parameters are not valid; correct the parameters named."), std::move(errors)));
    return filter;
}
void CatalogRoutes::forgetCachedProducts()
{
    // Promotions and the tree change the answers of many products; the triggers flush the other instances.
    if (m_cache)
        m_cache->clear();
    if (m_promotionIndex)
        m_promotionIndex->changed();
}

void CatalogRoutes::registerOn(Router &router)
{
    // Deferred: a miss is read on the I/O thread's PgPipeline, so the thread serves other requests while
    // PostgreSQL answers, and many reads are in flight at once instead of one per thread.
    RouteSpec product{"GET", "/api/v1/products/{id}", Permission::Public, false, {}};
    product.deferred = [this](RequestContext &c, DeferredReply reply) {
        const auto id = c.idParam(QStringLiteral("id"));
        if (!id)
            return reply(noSuchProduct());
        // Drafts and archived products do not exist for the storefront.
        const bool staff = isStaffReader(c);
        const bool anonymous = !c.principal();
        const auto answer = [staff, anonymous](const CachedProduct &entry) {
            if (!entry.live && !staff)
                return noSuchProduct();
            return withCacheControl(entry.response, entry.live && anonymous);
        };
        // A preview (?at=) is one person's question about another time: not worth keeping.
        const bool preview = c.query().hasQueryItem(QStringLiteral("at"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (m_cache && !preview) {
            if (auto hit = m_cache->find(*id, now.toMSecsSinceEpoch()))
                return reply(answer(*hit));
        }
        auto at = priceTime(c.query());
        if (!at)
            return reply(HttpResponse::fromError(at.error()));
        const quint64 generation = m_cache ? m_cache->generation() : 0;
        const QDateTime priced = preview ? *at : now;
        m_catalog.pricedProduct(*id, priced, [this, id = *id, priced, preview, generation, answer,
                                              reply = std::move(reply)](Domain::Result<PricedDocument> read) {
            if (!read)
                return reply(HttpResponse::fromError(read.error()));
            CompactJson::PriceDigest prices;
            const QByteArray body = read->document.render(read->promotions, priced, &prices);
            const CachedProduct entry =
                productEntry(body, prices, read->document.version(), read->document.status(), 200);
            if (m_cache && !preview) {
                // Its prices hold until a promotion that targets it starts or ends.
                const auto change = Domain::nextPromotionChange(read->promotions, priced);
                m_cache->insert(id, entry, change ? change->toMSecsSinceEpoch() : ProductCache::never, generation);
            }
            reply(answer(entry));
        });
    };
    router.add(std::move(product));
    router.add({"GET", "/api/v1/products", Permission::CatalogWrite, false, [this](RequestContext &c) {
                    auto filter = productListFilter(c.query());
                    if (!filter)
                        return HttpResponse::fromError(filter.error());
                    auto page = m_catalog.products(*filter);
                    if (!page)
                        return HttpResponse::fromError(page.error());
                    // Written as Qt's writer would write {"items": [toJson], "next_cursor": ...}: building the
                    // objects was 0.8 ms of CPU for a page of 20 (2.3k pages/s on 2 cores).
                    const QDateTime now = QDateTime::currentDateTimeUtc();
                    QByteArray body = "{\"items\":[";
                    for (qsizetype i = 0; i < page->items.size(); ++i) {
                        if (i > 0)
                            body += ',';
                        body += page->items[i].toCompactJson({}, now);
                    }
                    body += "],\"next_cursor\":";
                    CompactJson::appendOptionalString(
                        body, page->next ? encodeProductListCursor(filter->sort, *page->next) : QString());
                    body += '}';
                    HttpResponse r = HttpResponse::text(200, body, "application/json");
                    r.setHeader("Cache-Control", "private, no-cache");
                    return r;
                }});
    router.add({"POST", "/api/v1/products", Permission::CatalogWrite, true,
                [this](RequestContext &c) {
                    auto product = Domain::productFromJson(c.body().object());
                    if (!product)
                        return HttpResponse::fromError(product.error());
                    auto stored = m_catalog.createProduct(*product, std::nullopt, AuditActor::of(c));
                    if (!stored)
                        return HttpResponse::fromError(stored.error());
                    HttpResponse r = productResponse(m_catalog, *stored, QDateTime::currentDateTimeUtc(), 201, false);
                    r.setHeader("Location", "/api/v1/products/" + QByteArray::number(stored->id));
                    return r;
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional});
    const auto update = [this](RequestContext &c, bool replace) {
        const auto id = c.idParam(QStringLiteral("id"));
        if (!id)
            return noSuchProduct();
        if (auto missing = requireIfMatch(c))
            return *missing;
        auto expected = c.expectedVersion();
        if (!expected)
            return HttpResponse::fromError(expected.error());
        QJsonObject body = c.body().object();
        // A client may send back the images it read; they change only through the image routes.
        std::optional<QJsonValue> images;
        if (body.contains(QStringLiteral("images")))
            images = body.take(QStringLiteral("images"));
        auto stored = m_catalog.updateProduct(
            *id,
            [&](const Domain::Product &current) {
                return replace ? Domain::replaceProduct(current, body) : Domain::patchProduct(current, body);
            },
            *expected, std::nullopt, AuditActor::of(c), QStringLiteral("product.update"), images);
        if (!stored)
            return HttpResponse::fromError(stored.error());
        // The triggers tell every instance, this one too, but only soon: the writer reads its write at once.
        if (m_cache)
            m_cache->invalidate(*id);
        return productResponse(m_catalog, *stored, QDateTime::currentDateTimeUtc(), 200, false);
    };
    router.add({"PUT", "/api/v1/products/{id}", Permission::CatalogWrite, true,
                [update](RequestContext &c) { return update(c, true); }, Execution::Worker});
    router.add({"PATCH", "/api/v1/products/{id}", Permission::CatalogWrite, true,
                [update](RequestContext &c) { return update(c, false); }, Execution::Worker});

    router.add({"GET", "/api/v1/categories", Permission::Public, false, [this](RequestContext &) {
                    auto list = m_catalog.categories();
                    if (!list)
                        return HttpResponse::fromError(list.error());
                    QJsonArray items;
                    for (const StoredCategory &category : std::as_const(*list))
                        items.append(category.toJson());
                    HttpResponse r = HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
                    r.setHeader("Cache-Control", "public, max-age=60");
                    return r;
                }});
    router.add({"GET", "/api/v1/categories/{id}", Permission::Public, false, [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchCategory();
                    auto category = m_catalog.category(*id);
                    if (!category)
                        return HttpResponse::fromError(category.error());
                    HttpResponse r = HttpResponse::json(200, category->toJson());
                    r.setHeader("ETag", versionETag(category->version));
                    return r;
                }});
    router.add({"POST", "/api/v1/categories", Permission::CatalogWrite, true,
                [this](RequestContext &c) {
                    const QJsonObject body = c.body().object();
                    if (auto ok = Domain::Json::allowOnly(body, {u"name", u"parent_id", u"position"}); !ok)
                        return HttpResponse::fromError(ok.error());
                    auto name = Domain::parseCategoryName(body.value(QStringLiteral("name")));
                    if (!name)
                        return HttpResponse::fromError(name.error());
                    auto parent = optionalCategoryId(body.value(QStringLiteral("parent_id")), QStringLiteral("parent_id"));
                    if (!parent)
                        return HttpResponse::fromError(parent.error());
                    auto position = optionalPosition(body, 0);
                    if (!position)
                        return HttpResponse::fromError(position.error());
                    auto created = m_catalog.createCategory(*name, *parent, *position, AuditActor::of(c));
                    if (!created)
                        return HttpResponse::fromError(created.error());
                    HttpResponse r = HttpResponse::json(201, created->toJson());
                    r.setHeader("Location", "/api/v1/categories/" + QByteArray::number(created->id));
                    r.setHeader("ETag", versionETag(created->version));
                    return r;
                },
                Execution::Worker});
    router.add({"PATCH", "/api/v1/categories/{id}", Permission::CatalogWrite, true,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchCategory();
                    const QJsonObject body = c.body().object();
                    if (auto ok = Domain::Json::allowOnly(body, {u"name", u"parent_id", u"position"}); !ok)
                        return HttpResponse::fromError(ok.error());
                    auto expected = c.expectedVersion();
                    if (!expected)
                        return HttpResponse::fromError(expected.error());
                    CatalogService::CategoryChange change;
                    if (body.contains(QStringLiteral("name"))) {
                        auto name = Domain::parseCategoryName(body.value(QStringLiteral("name")));
                        if (!name)
                            return HttpResponse::fromError(name.error());
                        change.name = *name;
                    }
                    if (body.contains(QStringLiteral("parent_id"))) {
                        auto parent = optionalCategoryId(body.value(QStringLiteral("parent_id")), QStringLiteral("parent_id"));
                        if (!parent)
                            return HttpResponse::fromError(parent.error());
                        change.parentId = *parent;
                    }
                    if (body.contains(QStringLiteral("position"))) {
                        auto position = optionalPosition(body, 0);
                        if (!position)
                            return HttpResponse::fromError(position.error());
                        change.position = *position;
                    }
                    auto updated = m_catalog.updateCategory(*id, change, *expected, AuditActor::of(c));
                    if (!updated)
                        return HttpResponse::fromError(updated.error());
                    forgetCachedProducts();
                    HttpResponse r = HttpResponse::json(200, updated->toJson());
                    r.setHeader("ETag", versionETag(updated->version));
                    return r;
                },
                Execution::Worker});
    router.add({"DELETE", "/api/v1/categories/{id}", Permission::CatalogWrite, false,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchCategory();
                    if (auto deleted = m_catalog.deleteCategory(*id, AuditActor::of(c)); !deleted)
                        return HttpResponse::fromError(deleted.error());
                    forgetCachedProducts();
                    return HttpResponse::noContent();
                },
                Execution::Worker});

    router.add({"GET", "/api/v1/promotions", Permission::PromotionsManage, false, [this](RequestContext &c) {
                    std::optional<QDateTime> activeAt;
                    if (const QString at = c.query().queryItemValue(QStringLiteral("active_at")); !at.isEmpty()) {
                        auto parsed = Domain::parseTimestamp(QJsonValue(at), QStringLiteral("active_at"));
                        if (!parsed)
                            return HttpResponse::fromError(parsed.error());
                        activeAt = *parsed;
                    }
                    auto list = m_promotions.list(activeAt);
                    if (!list)
                        return HttpResponse::fromError(list.error());
                    QJsonArray items;
                    for (const StoredPromotion &p : std::as_const(*list))
                        items.append(p.toJson());
                    HttpResponse r = HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
                    r.setHeader("Cache-Control", "private, no-cache");
                    return r;
                }});
    router.add({"POST", "/api/v1/promotions", Permission::PromotionsManage, true,
                [this](RequestContext &c) {
                    auto promotion = Domain::promotionFromJson(c.body().object());
                    if (!promotion)
                        return HttpResponse::fromError(promotion.error());
                    auto stored = m_promotions.create(*promotion, AuditActor::of(c));
                    if (!stored)
                        return HttpResponse::fromError(stored.error());
                    forgetCachedProducts();
                    HttpResponse r = promotionResponse(201, *stored);
                    r.setHeader("Location", "/api/v1/promotions/" + stored->promotion.id.toLatin1());
                    return r;
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional});
    router.add({"GET", "/api/v1/promotions/{id}", Permission::PromotionsManage, false, [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchPromotion();
                    auto stored = m_promotions.get(*id);
                    if (!stored)
                        return HttpResponse::fromError(stored.error());
                    return promotionResponse(200, *stored);
                }});
    router.add({"PUT", "/api/v1/promotions/{id}", Permission::PromotionsManage, true,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchPromotion();
                    auto expected = c.expectedVersion();
                    if (!expected)
                        return HttpResponse::fromError(expected.error());
                    auto promotion = Domain::promotionFromJson(c.body().object());
                    if (!promotion)
                        return HttpResponse::fromError(promotion.error());
                    auto stored = m_promotions.replace(*id, *promotion, *expected, AuditActor::of(c));
                    if (!stored)
                        return HttpResponse::fromError(stored.error());
                    forgetCachedProducts();
                    return promotionResponse(200, *stored);
                },
                Execution::Worker});
    router.add({"DELETE", "/api/v1/promotions/{id}", Permission::PromotionsManage, false,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchPromotion();
                    if (auto removed = m_promotions.remove(*id, AuditActor::of(c)); !removed)
                        return HttpResponse::fromError(removed.error());
                    forgetCachedProducts();
                    return HttpResponse::noContent();
                },
                Execution::Worker});
}

} // namespace Backroom::Server
