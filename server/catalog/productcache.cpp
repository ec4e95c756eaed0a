// SPDX-License-Identifier: MIT
#include "server/catalog/productcache.h"

namespace Backroom::Server {

std::optional<QList<qint64>> notifiedProductIds(QByteArrayView payload)
{
    if (!payload.startsWith('p'))
        return std::nullopt;
    QList<qint64> ids;
    for (const QByteArray &part : payload.sliced(1).toByteArray().split(',')) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (!ok) // not what the triggers send: safe rather than sorry
            return std::nullopt;
        ids.append(id);
    }
    return ids;
}

void ProductCache::handleNotification(QByteArrayView payload)
{
    countNotification();
    const auto ids = notifiedProductIds(payload);
    if (!ids) {
        clear();
        return;
    }
    for (qint64 id : *ids)
        invalidate(id);
}

} // namespace Backroom::Server
