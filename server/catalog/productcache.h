// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/httpresponse.h"
#include "server/store/notifiedcache.h"

#include <optional>

namespace Backroom::Server {

// The product ids of a notification payload of the form "p1,2,3"; nullopt for anything else ("*" included),
// which means everything changed.
std::optional<QList<qint64>> notifiedProductIds(QByteArrayView payload);

struct CachedProduct {
    HttpResponse response; // 200 with body, Content-Type and ETag; the route adds Cache-Control
    bool live = false;     // active: the storefront may see it
};

// The answers of GET /api/v1/products/{id} for the most recently read products, so a hit costs no
// database round trip. Invalidated by database triggers (migration 0005) through LISTEN/NOTIFY on
// `backroom_catalog` (ChangeListener): product ids, or '*' for everything, whoever changed them — other
// server instances and plain SQL included. An entry ends at the next start or end of a promotion that
// targets its product (Domain::nextPromotionChange). Thread-safe (NotifiedCache).
class ProductCache : public NotifiedCache<qint64, CachedProduct> {
public:
    using NotifiedCache::NotifiedCache;

    // A backroom_catalog payload: "p1,2,3" drops those products, "*" (or anything unknown) everything.
    void handleNotification(QByteArrayView payload);
    void writeMetrics(QByteArray &out) const
    {
        NotifiedCache::writeMetrics(out, "backroom_product_cache", "products");
    }
};

} // namespace Backroom::Server
