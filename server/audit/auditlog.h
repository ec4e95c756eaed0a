// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "server/store/pgconnection.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace Backroom::Server {

class Database;
class RequestContext;

// One staff write, as the audit log keeps it. Before/after hold the fields that changed (or the whole
// object for creations and deletions); secrets (password hashes, tokens) never go in.
struct AuditEntry {
    QString action;     // "user.update", "address.delete", "oidc_issuer.create", …
    QString entityType; // "user", "address", "oidc_issuer", …
    QString entityId;
    std::optional<QJsonObject> before;
    std::optional<QJsonObject> after;
};

// Who made a change, from where, in which request.
struct AuditActor {
    std::optional<qint64> userId;
    QByteArray requestId;
    QString remoteAddress;

    static AuditActor of(const RequestContext &request);
};

struct AuditRecord {
    qint64 id = 0;
    QString at; // RFC 3339, UTC, microseconds
    std::optional<qint64> actorId;
    QString actorEmail;
    AuditEntry entry;
    QString requestId;
    QString remoteAddress;

    QJsonObject toJson() const;
};

struct AuditFilter {
    std::optional<qint64> actorId;
    QString action;     // exact, or a prefix ending in '.', e.g. "user."
    QString entityType;
    QString entityId;
    std::optional<QDateTime> since; // inclusive
    std::optional<QDateTime> until; // exclusive
    qint64 before = 0;              // keyset cursor: entries with id < before; 0 = newest first from the top
    int limit = 50;
};

// The append-only record of staff writes. The table refuses UPDATE, DELETE and TRUNCATE itself.
class AuditLog {
public:
    explicit AuditLog(Database &database) : m_database(database) {}

    // Appends an entry for the request's caller, on the connection (and so inside the transaction) that made
    // the change: the entry commits or rolls back with it.
    static PgExpected<void> record(PgConnection &connection, const AuditActor &actor, const AuditEntry &entry);
    static PgExpected<void> record(PgConnection &connection, const RequestContext &request, const AuditEntry &entry)
    {
        return record(connection, AuditActor::of(request), entry);
    }

    // Newest first.
    Domain::Result<QList<AuditRecord>> find(const AuditFilter &filter) const;

private:
    Database &m_database;
};

} // namespace Backroom::Server
