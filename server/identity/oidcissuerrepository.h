// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Backroom::Server {

class Database;
class RequestContext;

// An OpenID Connect provider whose ID tokens the shop accepts for customer sign-in.
struct OidcIssuer {
    qint64 id = 0;
    QString issuer;   // the "iss" its tokens carry, compared exactly
    QString clientId; // the shop's client id there: its tokens' "aud" must name it
    QString jwksUri;  // empty: none
    // A key set an admin pasted, for issuers the server cannot reach. When set it is used instead of jwksUri.
    std::optional<QJsonObject> jwks;
    bool enabled = true;
    int version = 0;
    QString createdAt; // RFC 3339, UTC
    QString updatedAt;

    QJsonObject toJson() const;
};

// What an admin gives to configure an issuer.
struct OidcIssuerInput {
    QString issuer;
    QString clientId;
    QString jwksUri;                 // empty: none
    std::optional<QJsonObject> jwks; // nullopt: none
    bool enabled = true;
};

// A change to an issuer: members left unset keep their value. The issuer identifier itself never changes,
// since the accounts linked through it are bound to it.
struct OidcIssuerPatch {
    std::optional<QString> clientId;
    std::optional<QString> jwksUri;                 // an empty string removes it
    std::optional<std::optional<QJsonObject>> jwks; // set to nullopt removes it
    std::optional<bool> enabled;
};

// The configured issuers. Writes run in one transaction with their audit entry (AuditLog::record), so a
// change is never without its record. Call from a worker thread (writes) or any thread with a database
// connection (reads).
// Errors: Validation naming the field (issuer and jwks_uri must be http(s) URLs, client_id 1 to 500
// characters, jwks a JWKS document with at least one key this server can use, and at least one of jwks_uri
// or jwks); Conflict when the issuer is configured already; NotFound for an unknown id; Unavailable when
// the database is away.
class OidcIssuerRepository {
public:
    explicit OidcIssuerRepository(Database &database) : m_database(database) {}

    Domain::Result<QList<OidcIssuer>> list() const;
    Domain::Result<OidcIssuer> find(qint64 id) const;
    // The enabled issuer whose identifier is exactly issuer, or nullopt.
    Domain::Result<std::optional<OidcIssuer>> findEnabled(const QString &issuer) const;

    Domain::Result<OidcIssuer> create(const OidcIssuerInput &input, const RequestContext &request);
    Domain::Result<OidcIssuer> update(qint64 id, const OidcIssuerPatch &patch, const RequestContext &request);
    // Deleting an issuer also deletes the links of accounts to it (the audit entry counts them). To stop
    // sign-ins through an issuer but keep its links, disable it instead.
    Domain::Status remove(qint64 id, const RequestContext &request);

    static Domain::Status validate(const OidcIssuerInput &input);

private:
    Database &m_database;
};

} // namespace Backroom::Server
