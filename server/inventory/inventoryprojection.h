// SPDX-License-Identifier: MIT
#pragma once

#include "server/events/outboxconsumer.h"

namespace Backroom::Server {

// The sales history forecasts read (stock_demand), fed from InventoryChanged events: one row per Allocated
// inventory event, keyed by the event's id, so an event applied twice changes nothing.
// Register it with the outbox dispatcher; InventoryService::rebuildProjections rebuilds it from the log.
class InventoryDemandProjection : public OutboxConsumer {
public:
    QString name() const override { return QStringLiteral("stock_demand"); }
    bool wants(const QString &eventType) const override { return eventType == u"InventoryChanged"; }
    PgExpected<void> apply(PgConnection &connection, const OutboxEvent &event) override;
};

} // namespace Backroom::Server
