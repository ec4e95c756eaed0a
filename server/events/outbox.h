// SPDX-License-Identifier: MIT
#pragma once

#include "server/audit/auditlog.h"
#include "server/store/pgconnection.h"

#include <QJsonObject>
#include <QString>

namespace Backroom::Server {

// Appends a domain event to the outbox on c, so it commits or rolls back with the change that caused it.
PgExpected<void> recordEvent(PgConnection &c, const QString &type, const QString &aggregate, const QString &id,
                             const QJsonObject &payload, const AuditActor &actor);

} // namespace Backroom::Server
