// SPDX-License-Identifier: MIT
#pragma once

#include "server/catalog/imagestore.h"
#include "server/catalog/productimageservice.h"
#include "server/http/router.h"

namespace Backroom::Server {

// Product images: uploads, removal and order for merchandisers; the files for everyone, cached for good.
class ImageRoutes {
public:
    // directory: where the ImageStore keeps the files; maxImageBytes: the largest upload (--max-image-size).
    ImageRoutes(Database &database, QString directory, qsizetype maxImageBytes)
        : m_images(database)
        , m_store(std::move(directory))
        , m_maxImageBytes(maxImageBytes)
    {
    }
    void registerOn(Router &router);

private:
    ProductImageService m_images;
    ImageStore m_store;
    qsizetype m_maxImageBytes;
};

} // namespace Backroom::Server
