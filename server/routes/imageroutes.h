// SPDX-License-Identifier: MIT
#pragma once

#include "server/catalog/imagestore.h"
#include "server/catalog/productcache.h"
#include "server/catalog/productimageservice.h"
#include "server/http/router.h"

namespace Backroom::Server {

// Product images: uploads, removal and order for merchandisers; the files for everyone, cached for good.
class ImageRoutes {
public:
    // directory: where the ImageStore keeps the files; maxImageBytes: the largest upload (--max-image-size);
    // cache: this instance's product answers, dropped at once after a change so its writer reads it back
    // (other instances hear of it through the database's notification); may be null.
    ImageRoutes(Database &database, QString directory, qsizetype maxImageBytes, ProductCache *cache)
        : m_images(database)
        , m_store(std::move(directory))
        , m_maxImageBytes(maxImageBytes)
        , m_cache(cache)
    {
    }
    void registerOn(Router &router);

private:
    // The answer to a removal or reorder; this instance's cached answer for the product goes either way.
    HttpResponse changed(qint64 productId, const Domain::Result<StoredProduct> &stored) const;

    ProductImageService m_images;
    ImageStore m_store;
    qsizetype m_maxImageBytes;
    ProductCache *m_cache;
};

} // namespace Backroom::Server
