// SPDX-License-Identifier: MIT
#pragma once

#include "server/store/pgconnection.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Backroom::Server {

// One row of the outbox, as a consumer receives it.
struct OutboxEvent {
    qint64 id = 0;
    QString type;          // ProductUpdated, InventoryChanged, StockLevelLow, …
    QString aggregateType; // product, stock, order, …
    QString aggregateId;   // events of one aggregate reach each consumer in id order
    QJsonObject payload;
    QByteArray requestId;  // of the request that caused it, for the consumer's logs
    QDateTime createdAt;
};

// Something the outbox dispatcher feeds: a projection, the webhook fan-out, the notifications.
//
// Delivery is at least once: the dispatcher records that a consumer has processed an event in the same
// transaction as apply() runs in, so an apply() that commits is never repeated, but one whose
// transaction is cut off (crash, lost connection) is. apply() must therefore be idempotent and must do
// all of its work on the connection it is given, inside that transaction, and nothing outside it. The
// transaction may carry other events of the same aggregate before and after this one (each apply() under
// a savepoint), so locks an apply() takes are held until the whole batch commits.
class OutboxConsumer {
public:
    virtual ~OutboxConsumer() = default;

    // Stable, [a-z_]+: the dispatcher keeps each consumer's progress under it across restarts.
    virtual QString name() const = 0;
    // Events of other types are marked processed for this consumer without calling apply().
    virtual bool wants(const QString &eventType) const = 0;
    // A PgError refuses the event: the transaction rolls back and the dispatcher retries it later.
    virtual PgExpected<void> apply(PgConnection &connection, const OutboxEvent &event) = 0;
};

} // namespace Backroom::Server
