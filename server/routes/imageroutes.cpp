// SPDX-License-Identifier: MIT
#include "server/routes/imageroutes.h"

#include "domain/json.h"
#include "server/gateway/requestcontext.h"

#include <QJsonArray>

namespace Backroom::Server {

using Domain::Error;
using Domain::Permission;

namespace {
// The product a request changes and the version its If-Match names; else the answer that refuses it.
struct Target {
    qint64 productId = 0;
    std::optional<int> expectedVersion;
};
std::expected<Target, HttpResponse> targetOf(const RequestContext &c)
{
    const auto id = c.idParam(QStringLiteral("id"));
    if (!id)
        return std::unexpected(HttpResponse::fromError(productNotFound()));
    auto expected = c.expectedVersion();
    if (!expected)
        return std::unexpected(HttpResponse::fromError(expected.error()));
    return Target{*id, *expected};
}

HttpResponse noSuchImage()
{
    return HttpResponse::fromError(
        Error::notFound(QStringLiteral("There is no such image; take image URLs from a product's \"images\".")));
}

// After a removal or a reorder: the images as they now are, and the product version an edit must now name.
HttpResponse imagesResponse(const StoredProduct &product)
{
    QJsonArray images;
    for (const StoredImage &image : product.images)
        images.append(image.toJson());
    HttpResponse r = HttpResponse::json(200, QJsonObject{{QStringLiteral("product_id"), QString::number(product.id)},
                                                         {QStringLiteral("product_version"), product.version},
                                                         {QStringLiteral("images"), images}});
    r.setHeader("Cache-Control", "private, no-cache");
    return r;
}

Domain::Result<std::optional<int>> positionOf(const QUrlQuery &query)
{
    if (!query.hasQueryItem(QStringLiteral("position")))
        return std::optional<int>();
    bool ok = false;
    const int position = query.queryItemValue(QStringLiteral("position")).toInt(&ok);
    if (!ok || position < 0 || position > 1000)
        return Domain::fail(Error::validation(
            QStringLiteral("The position is where the image goes among the product's images, counting from 0; leave "
                           "it out to add the image last."),
            {{QStringLiteral("position"), QStringLiteral("must be a whole number from 0 to 1000")}}));
    return std::optional(position);
}

Domain::Result<QList<qint64>> orderOf(const QJsonObject &body)
{
    if (auto ok = Domain::Json::allowOnly(body, {u"order"}); !ok)
        return Domain::fail(ok.error());
    const auto refuse = [] {
        return Domain::fail(Error::validation(
            QStringLiteral("Send {\"order\": [image ids]} with every image id of the product once, in the new order."),
            {{QStringLiteral("order"), QStringLiteral("must be an array of image ids (strings)")}}));
    };
    const QJsonValue order = body.value(QStringLiteral("order"));
    if (!order.isArray())
        return refuse();
    QList<qint64> ids;
    for (const QJsonValue &v : order.toArray()) {
        bool ok = false;
        const qint64 id = v.toString().toLongLong(&ok);
        if (!v.isString() || !ok || id <= 0)
            return refuse();
        ids.append(id);
    }
    return ids;
}
} // namespace

void ImageRoutes::registerOn(Router &router)
{
    router.add({"POST", "/api/v1/products/{id}/images", Permission::CatalogWrite, false,
                [this](RequestContext &c) {
                    const auto target = targetOf(c);
                    if (!target)
                        return target.error();
                    auto position = positionOf(c.query());
                    if (!position)
                        return HttpResponse::fromError(position.error());
                    // The bytes decide what the picture is; a Content-Type, right or wrong, is not looked at.
                    const QByteArray &body = c.request().body;
                    if (!body.isEmpty() && !Domain::imageFormatOf(body))
                        return HttpResponse::problem(415, QStringLiteral("unsupported-media-type"),
                                                     QStringLiteral("The body is not a PNG, JPEG or WebP picture "
                                                                    "(whatever its name or type said); send one of "
                                                                    "those as the raw request body."));
                    auto info = Domain::sniffImage(body);
                    if (!info)
                        return HttpResponse::fromError(info.error());
                    // The file goes first, outside the transaction. Should the rows then fail, the file stays
                    // behind unreferenced: harmless, since it is named by its content (a retry reuses it) and only
                    // files a product shows are ever served.
                    auto sha256 = m_store.put(body);
                    if (!sha256)
                        return HttpResponse::fromError(sha256.error());
                    auto added = m_images.add(target->productId, *sha256, *info, body.size(), *position,
                                              target->expectedVersion, AuditActor::of(c));
                    if (m_cache)
                        m_cache->invalidate(target->productId);
                    if (!added)
                        return HttpResponse::fromError(added.error());
                    QJsonObject json = added->image.toJson();
                    json.insert(QStringLiteral("product_version"), added->product.version);
                    HttpResponse r = HttpResponse::json(201, json);
                    r.setHeader("Location", "/api/v1/images/" + sha256->toLatin1());
                    r.setHeader("Cache-Control", "private, no-cache");
                    return r;
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::None, m_maxImageBytes});
    router.add({"GET", "/api/v1/images/{sha256}", Permission::Public, false, [this](RequestContext &c) {
                    const QString sha256 = c.param(QStringLiteral("sha256"));
                    if (!ImageStore::isHash(sha256))
                        return noSuchImage();
                    auto contentType = m_images.shownContentType(sha256);
                    if (!contentType)
                        return HttpResponse::fromError(contentType.error());
                    HttpResponse r = HttpResponse::file(200, m_store.pathOf(sha256), *contentType, false);
                    if (r.status != 200)
                        return r;
                    // The URL names the bytes, which never change: any cache may keep them for good.
                    r.setHeader("Cache-Control", "public, max-age=31536000, immutable");
                    r.setHeader("ETag", '"' + sha256.toLatin1() + '"');
                    r.setHeader("X-Content-Type-Options", "nosniff");
                    return r;
                }});
    router.add({"DELETE", "/api/v1/products/{id}/images/{image_id}", Permission::CatalogWrite, false,
                [this](RequestContext &c) {
                    const auto target = targetOf(c);
                    if (!target)
                        return target.error();
                    const auto imageId = c.idParam(QStringLiteral("image_id"));
                    if (!imageId)
                        return noSuchImage();
                    return changed(target->productId, m_images.remove(target->productId, *imageId, target->expectedVersion, AuditActor::of(c)));
                },
                Execution::Worker});
    router.add({"PUT", "/api/v1/products/{id}/images/order", Permission::CatalogWrite, true,
                [this](RequestContext &c) {
                    const auto target = targetOf(c);
                    if (!target)
                        return target.error();
                    auto order = orderOf(c.body().object());
                    if (!order)
                        return HttpResponse::fromError(order.error());
                    return changed(target->productId, m_images.reorder(target->productId, *order, target->expectedVersion, AuditActor::of(c)));
                },
                Execution::Worker});
}

HttpResponse ImageRoutes::changed(qint64 productId, const Domain::Result<StoredProduct> &stored) const
{
    if (m_cache)
        m_cache->invalidate(productId);
    return stored ? imagesResponse(*stored) : HttpResponse::fromError(stored.error());
}

} // namespace Backroom::Server
