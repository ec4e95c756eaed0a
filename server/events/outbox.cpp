// SPDX-License-Identifier: MIT
#include "server/events/outbox.h"

#include <QJsonDocument>

namespace Backroom::Server {

PgExpected<void> recordEvent(PgConnection &c, const QString &type, const QString &aggregate, const QString &id,
                             const QJsonObject &payload, const AuditActor &actor)
{
    auto stored = c.exec("INSERT INTO outbox (event_type, aggregate_type, aggregate_id, payload, request_id) "
                         "VALUES ($1, $2, $3, $4::jsonb, $5)",
                         {type.toUtf8(), aggregate.toUtf8(), id.toUtf8(),
                          QJsonDocument(payload).toJson(QJsonDocument::Compact), actor.requestId});
    if (!stored)
        return std::unexpected(stored.error());
    return {};
}

} // namespace Backroom::Server
