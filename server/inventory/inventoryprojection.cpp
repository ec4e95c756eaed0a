// SPDX-License-Identifier: MIT
#include "server/inventory/inventoryprojection.h"

#include <QJsonArray>

namespace Backroom::Server {

PgExpected<void> InventoryDemandProjection::apply(PgConnection &c, const OutboxEvent &event)
{
    const QString sku = event.payload.value(QStringLiteral("sku")).toString();
    for (const QJsonValue &v : event.payload.value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("type")).toString() != u"Allocated")
            continue;
        // The day in UTC, as the log's occurred_at has it ("2026-03-10T…Z").
        const QString day = e.value(QStringLiteral("occurred_at")).toString().left(10);
        auto stored = c.exec("INSERT INTO stock_demand (event_id, sku, day, quantity) VALUES ($1, $2, $3::date, $4) "
                             "ON CONFLICT (event_id) DO NOTHING",
                             {e.value(QStringLiteral("id")).toString().toUtf8(), sku.toUtf8(), day.toUtf8(),
                              QByteArray::number(e.value(QStringLiteral("quantity")).toInteger())});
        if (!stored)
            return std::unexpected(stored.error());
    }
    return {};
}

} // namespace Backroom::Server
