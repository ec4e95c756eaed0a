// SPDX-License-Identifier: MIT
#include "server/catalog/productcache.h"

namespace Backroom::Server {

void ProductCache::handleNotification(QByteArrayView payload)
{
    countNotification();
    if (!payload.startsWith('p')) {
        clear();
        return;
    }
    QList<qint64> ids;
    for (const QByteArray &part : payload.sliced(1).toByteArray().split(',')) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (!ok) { // not what the triggers send: safe rather than sorry
            clear();
            return;
        }
        ids.append(id);
    }
    for (qint64 id : std::as_const(ids))
        invalidate(id);
}

} // namespace Backroom::Server
