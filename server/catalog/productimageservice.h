// SPDX-License-Identifier: MIT
#pragma once

#include "domain/imageformat.h"
#include "server/catalog/catalogservice.h"
#include "server/catalog/imagestore.h"

namespace Backroom::Server {

// Which pictures a product shows, in which order. The files themselves are the ImageStore's: this service
// only keeps the rows. Every change bumps the product's version (so its ETag changes and caches of the
// product row hear of it), records an audit entry and a ProductUpdated outbox event, all in one transaction.
// Errors: NotFound (product or image), Stale (expectedVersion), Conflict (the same picture twice, or more
// than maxPerProduct), Validation (a reorder that is not exactly the product's images), Unavailable.
class ProductImageService {
public:
    static constexpr int maxPerProduct = 20;

    explicit ProductImageService(Database &database) : m_database(database) {}

    struct Added {
        StoredProduct product;
        StoredImage image;
    };
    // Shows the stored file sha256 (ImageStore::put) on the product at position (nullopt or past the end:
    // last; the images from there on move one down).
    Domain::Result<Added> add(qint64 productId, const QString &sha256, const Domain::ImageInfo &info, qint64 bytes,
                              std::optional<int> position, std::optional<int> expectedVersion, const AuditActor &actor);
    // The file stays: it is content-addressed and may be another product's picture too.
    Domain::Result<StoredProduct> remove(qint64 productId, qint64 imageId, std::optional<int> expectedVersion,
                                         const AuditActor &actor);
    // order: every image id of the product, each once, in the new order.
    Domain::Result<StoredProduct> reorder(qint64 productId, const QList<qint64> &order,
                                          std::optional<int> expectedVersion, const AuditActor &actor);

    // The content type of the file sha256 when some product shows it; NotFound otherwise (whatever the store
    // holds: a file whose row was never written, or whose last product let it go, is not served).
    Domain::Result<QByteArray> shownContentType(const QString &sha256) const;

    // Deletes the files of store that no product shows and that were not stored again since untouchedSince
    // (ImageStore::removeUnreferenced). Safe while other instances upload: a file is read as referenced or
    // recent before it can go.
    Domain::Result<ImageStore::Sweep> collectUnreferenced(const ImageStore &store, const QDateTime &untouchedSince) const;

private:
    // What a change does to the image rows, and the audit entry that says so; nullopt: nothing changed.
    using Step = std::function<PgExpected<std::optional<AuditEntry>>(PgConnection &, const StoredProduct &current)>;
    Domain::Result<StoredProduct> change(qint64 productId, std::optional<int> expectedVersion, const AuditActor &actor,
                                         const Step &step);

    Database &m_database;
};

} // namespace Backroom::Server
