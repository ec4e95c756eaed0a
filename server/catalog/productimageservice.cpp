// SPDX-License-Identifier: MIT
#include "server/catalog/productimageservice.h"

#include "server/events/outbox.h"
#include "server/store/database.h"
#include "server/store/transaction.h"

#include <QJsonArray>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

namespace {
const QString noSuchImage =
    QStringLiteral("There is no such image on this product; GET the product to see its images.");

QJsonArray idsOf(const QList<StoredImage> &images)
{
    QJsonArray ids;
    for (const StoredImage &image : images)
        ids.append(QString::number(image.id));
    return ids;
}

QJsonArray imagesJson(const QList<StoredImage> &images)
{
    QJsonArray list;
    for (const StoredImage &image : images)
        list.append(image.toJson());
    return list;
}
} // namespace

Domain::Result<StoredProduct> ProductImageService::change(qint64 productId, std::optional<int> expectedVersion,
                                                          const AuditActor &actor, const Step &step)
{
    auto db = m_database.acquire();
    return runInTransaction<StoredProduct>(*db, [&](PgConnection &c) -> PgExpected<StoredProduct> {
        auto current = readProduct(c, productId, true);
        if (!current)
            return current;
        if (expectedVersion && *expectedVersion != current->version)
            return std::unexpected(PgError::refusal(Error::stale(
                QStringLiteral("Someone else changed this product since you opened it (version %1 is current); "
                               "reload it and apply your change again.")
                    .arg(current->version))));
        auto entry = step(c, *current);
        if (!entry)
            return std::unexpected(entry.error());
        if (!*entry)
            return current;
        // The row's trigger bumps version and updated_at: the product's ETag changes with its pictures.
        auto touched = c.exec("UPDATE products SET updated_at = now() WHERE id = $1", {QByteArray::number(productId)});
        if (!touched)
            return std::unexpected(touched.error());
        auto stored = readProduct(c, productId, false);
        if (!stored)
            return stored;
        QJsonObject event = stored->product.toJson();
        event.insert(QStringLiteral("images"), imagesJson(stored->images));
        event.insert(QStringLiteral("changed"), QJsonArray{QStringLiteral("images")});
        if (auto e = recordEvent(c, QStringLiteral("ProductUpdated"), QStringLiteral("product"),
                                 QString::number(productId), event, actor);
            !e)
            return std::unexpected(e.error());
        if (auto logged = AuditLog::record(c, actor, **entry); !logged)
            return std::unexpected(logged.error());
        return stored;
    });
}

Domain::Result<ProductImageService::Added> ProductImageService::add(qint64 productId, const QString &sha256,
                                                                    const Domain::ImageInfo &info, qint64 bytes,
                                                                    std::optional<int> position,
                                                                    std::optional<int> expectedVersion,
                                                                    const AuditActor &actor)
{
    StoredImage added;
    auto stored = change(productId, expectedVersion, actor,
                         [&](PgConnection &c, const StoredProduct &current) -> PgExpected<std::optional<AuditEntry>> {
        for (const StoredImage &image : current.images) {
            if (image.sha256 == sha256)
                return std::unexpected(PgError::refusal(Error::conflict(
                    QStringLiteral("This picture is already image %1 of the product; move it with PUT …/images/order "
                                   "instead of uploading it again.")
                        .arg(image.id))));
        }
        if (current.images.size() >= maxPerProduct)
            return std::unexpected(PgError::refusal(Error::conflict(
                QStringLiteral("A product shows at most %1 images; remove one before adding another.").arg(maxPerProduct))));
        const int at = std::min(position.value_or(int(current.images.size())), int(current.images.size()));
        auto shifted = c.exec("UPDATE product_images SET position = position + 1 WHERE product_id = $1 AND position >= $2",
                              {QByteArray::number(productId), QByteArray::number(at)});
        if (!shifted)
            return std::unexpected(shifted.error());
        const QByteArray contentType = Domain::imageContentType(info.format);
        auto inserted = c.exec("INSERT INTO product_images (product_id, position, sha256, content_type, width, height, "
                               "bytes) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                               {QByteArray::number(productId), QByteArray::number(at), sha256.toLatin1(), contentType,
                                QByteArray::number(info.width), QByteArray::number(info.height),
                                QByteArray::number(bytes)});
        if (!inserted)
            return std::unexpected(inserted.error());
        added = {inserted->toInt64(0, 0), sha256, contentType, info.width, info.height, bytes, at};
        return AuditEntry{QStringLiteral("product.image_added"), QStringLiteral("product"), QString::number(productId),
                          std::nullopt, QJsonObject{{QStringLiteral("image"), added.toJson()}}};
    });
    if (!stored)
        return fail(stored.error());
    return Added{*stored, added};
}

Domain::Result<StoredProduct> ProductImageService::remove(qint64 productId, qint64 imageId,
                                                          std::optional<int> expectedVersion, const AuditActor &actor)
{
    return change(productId, expectedVersion, actor,
                  [&](PgConnection &c, const StoredProduct &current) -> PgExpected<std::optional<AuditEntry>> {
        const auto found = std::find_if(current.images.begin(), current.images.end(),
                                        [&](const StoredImage &image) { return image.id == imageId; });
        if (found == current.images.end())
            return std::unexpected(PgError::refusal(Error::notFound(noSuchImage)));
        auto deleted = c.exec("DELETE FROM product_images WHERE id = $1", {QByteArray::number(imageId)});
        if (!deleted)
            return std::unexpected(deleted.error());
        auto closed = c.exec("UPDATE product_images SET position = position - 1 WHERE product_id = $1 AND position > $2",
                             {QByteArray::number(productId), QByteArray::number(found->position)});
        if (!closed)
            return std::unexpected(closed.error());
        return AuditEntry{QStringLiteral("product.image_removed"), QStringLiteral("product"),
                          QString::number(productId), QJsonObject{{QStringLiteral("image"), found->toJson()}},
                          std::nullopt};
    });
}

Domain::Result<StoredProduct> ProductImageService::reorder(qint64 productId, const QList<qint64> &order,
                                                           std::optional<int> expectedVersion, const AuditActor &actor)
{
    return change(productId, expectedVersion, actor,
                  [&](PgConnection &c, const StoredProduct &current) -> PgExpected<std::optional<AuditEntry>> {
        QList<qint64> ids;
        for (const StoredImage &image : current.images)
            ids.append(image.id);
        QList<qint64> sortedOrder = order;
        QList<qint64> sortedIds = ids;
        std::sort(sortedOrder.begin(), sortedOrder.end());
        std::sort(sortedIds.begin(), sortedIds.end());
        if (sortedOrder != sortedIds) {
            QStringList expected;
            for (qint64 id : std::as_const(ids))
                expected.append(QString::number(id));
            return std::unexpected(PgError::refusal(Error::validation(
                QStringLiteral("The order must list each of the product's images once: %1. Reload the product if its "
                               "images changed.")
                    .arg(expected.isEmpty() ? QStringLiteral("it has none") : expected.join(QStringLiteral(", "))),
                {{QStringLiteral("order"), QStringLiteral("must hold exactly the product's image ids, each once")}})));
        }
        if (order == ids)
            return std::optional<AuditEntry>();
        auto moved = c.exec("UPDATE product_images p SET position = o.ord - 1 "
                            "FROM unnest($2::bigint[]) WITH ORDINALITY AS o(id, ord) "
                            "WHERE p.id = o.id AND p.product_id = $1",
                            {QByteArray::number(productId), int64ArrayParam(order)});
        if (!moved)
            return std::unexpected(moved.error());
        QList<StoredImage> after;
        for (qint64 id : order)
            after.append(*std::find_if(current.images.begin(), current.images.end(),
                                       [&](const StoredImage &image) { return image.id == id; }));
        return AuditEntry{QStringLiteral("product.images_reordered"), QStringLiteral("product"),
                          QString::number(productId), QJsonObject{{QStringLiteral("order"), idsOf(current.images)}},
                          QJsonObject{{QStringLiteral("order"), idsOf(after)}}};
    });
}

Domain::Result<QByteArray> ProductImageService::shownContentType(const QString &sha256) const
{
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT content_type FROM product_images WHERE sha256 = $1 LIMIT 1", {sha256.toLatin1()});
    if (!rows)
        return fail(rows.error().error);
    if (rows->rows() == 0)
        return fail(Error::notFound(QStringLiteral("There is no such image; take image URLs from a product's "
                                                   "\"images\".")));
    return rows->value(0, 0).toByteArray();
}

Domain::Result<ImageStore::Sweep> ProductImageService::collectUnreferenced(const ImageStore &store,
                                                                          const QDateTime &untouchedSince) const
{
    // The rows first, the files second: a file stored after this read is newer than untouchedSince.
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT DISTINCT sha256 FROM product_images");
    if (!rows)
        return fail(rows.error().error);
    QSet<QString> referenced;
    referenced.reserve(rows->rows());
    for (int i = 0; i < rows->rows(); ++i)
        referenced.insert(rows->text(i, 0));
    return store.removeUnreferenced(referenced, untouchedSince);
}

} // namespace Backroom::Server
