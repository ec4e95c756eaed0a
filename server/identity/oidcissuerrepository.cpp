// SPDX-License-Identifier: MIT
#include "server/identity/oidcissuerrepository.h"

#include "server/audit/auditlog.h"
#include "server/auth/jwt.h"
#include "server/identity/jwksfetcher.h"
#include "server/store/database.h"
#include "server/store/transaction.h"

#include <QJsonDocument>
#include <QUrl>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

namespace {
constexpr qsizetype maxIssuerLength = 500;
constexpr qsizetype maxClientIdLength = 500;
constexpr qsizetype maxJwksUriLength = 2000;

constexpr const char *issuerColumns =
    "id, issuer, client_id, coalesce(jwks_uri, ''), jwks::text, enabled, version, "
    "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
    "to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

const QString auditEntityType = QStringLiteral("oidc_issuer");

OidcIssuer issuerFrom(const PgResult &rows, int row)
{
    OidcIssuer i;
    i.id = rows.toInt64(row, 0);
    i.issuer = rows.text(row, 1);
    i.clientId = rows.text(row, 2);
    i.jwksUri = rows.text(row, 3);
    if (!rows.isNull(row, 4))
        i.jwks = QJsonDocument::fromJson(rows.value(row, 4).toByteArray()).object();
    i.enabled = rows.value(row, 5) == "t";
    i.version = int(rows.toInt64(row, 6));
    i.createdAt = rows.text(row, 7);
    i.updatedAt = rows.text(row, 8);
    return i;
}

std::optional<QByteArray> textOrNull(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    return text.toUtf8();
}

std::optional<QByteArray> jsonOrNull(const std::optional<QJsonObject> &object)
{
    if (!object)
        return std::nullopt;
    return QJsonDocument(*object).toJson(QJsonDocument::Compact);
}

QByteArray boolean(bool value)
{
    return value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

// A failure of our own inside a transaction: rolls it back and comes out of runInTransaction unchanged.
Error validationOf(const QString &field, const QString &problem)
{
    return Error::validation(QStringLiteral("The issuer's %1 %2.").arg(field, problem), {{field, problem}});
}

// OIDC issuer identifiers are https URLs without query or fragment (OpenID Connect Discovery §2); http is
// accepted too, for providers on a private network and for tests.
bool isIssuerIdentifier(const QString &issuer)
{
    const QUrl url(issuer, QUrl::StrictMode);
    return JwksFetcher::isFetchableUrl(url) && !url.hasQuery() && !url.hasFragment();
}

// The members that differ, as {before, after}: what the audit log keeps for an update.
std::pair<QJsonObject, QJsonObject> changedMembers(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject was;
    QJsonObject is;
    for (const QString &key : {QStringLiteral("client_id"), QStringLiteral("jwks_uri"), QStringLiteral("jwks"),
                               QStringLiteral("enabled")}) {
        if (before.value(key) != after.value(key)) {
            was.insert(key, before.value(key));
            is.insert(key, after.value(key));
        }
    }
    return {was, is};
}
} // namespace

QJsonObject OidcIssuer::toJson() const
{
    return {{QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("issuer"), issuer},
            {QStringLiteral("client_id"), clientId},
            {QStringLiteral("jwks_uri"), jwksUri.isEmpty() ? QJsonValue() : QJsonValue(jwksUri)},
            {QStringLiteral("jwks"), jwks ? QJsonValue(*jwks) : QJsonValue()},
            {QStringLiteral("enabled"), enabled},
            {QStringLiteral("version"), version},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("updated_at"), updatedAt}};
}

Domain::Status OidcIssuerRepository::validate(const OidcIssuerInput &input)
{
    if (input.issuer.isEmpty() || input.issuer.size() > maxIssuerLength || !isIssuerIdentifier(input.issuer))
        return fail(validationOf(QStringLiteral("issuer"),
                                 QStringLiteral("must be the provider's issuer identifier, an http(s) URL of at most "
                                                "%1 characters without query or fragment, exactly as its tokens' "
                                                "\"iss\" claim has it")
                                     .arg(maxIssuerLength)));
    if (input.clientId.trimmed().isEmpty() || input.clientId.size() > maxClientIdLength)
        return fail(validationOf(QStringLiteral("client_id"),
                                 QStringLiteral("must be the shop's client id at the provider, 1 to %1 characters")
                                     .arg(maxClientIdLength)));
    if (!input.jwksUri.isEmpty()
        && (input.jwksUri.size() > maxJwksUriLength || !JwksFetcher::isFetchableUrl(QUrl(input.jwksUri, QUrl::StrictMode))))
        return fail(validationOf(QStringLiteral("jwks_uri"),
                                 QStringLiteral("must be an http(s) URL with a host and no user name, at most %1 "
                                                "characters")
                                     .arg(maxJwksUriLength)));
    if (input.jwks) {
        auto keys = JwkSet::fromJson(*input.jwks);
        if (!keys)
            return fail(validationOf(QStringLiteral("jwks"),
                                     QStringLiteral("is not a usable JWKS document: %1").arg(keys.error().message)));
        if (keys->isEmpty())
            return fail(validationOf(QStringLiteral("jwks"),
                                     QStringLiteral("holds no key this server can use (RS256, ES256 or EdDSA signing "
                                                    "keys)")));
    }
    if (input.jwksUri.isEmpty() && !input.jwks)
        return fail(Error::validation(
            QStringLiteral("The issuer needs a jwks_uri to fetch its keys from, or the keys themselves in jwks."),
            {{QStringLiteral("jwks_uri"), QStringLiteral("is required when jwks is not given")}}));
    return {};
}

Domain::Result<QList<OidcIssuer>> OidcIssuerRepository::list() const
{
    auto db = m_database.acquire();
    auto rows = db->exec(QByteArray("SELECT ") + issuerColumns + " FROM oidc_issuers ORDER BY id");
    if (!rows)
        return fail(rows.error().error);
    QList<OidcIssuer> issuers;
    for (int i = 0; i < rows->rows(); ++i)
        issuers.append(issuerFrom(*rows, i));
    return issuers;
}

Domain::Result<OidcIssuer> OidcIssuerRepository::find(qint64 id) const
{
    auto db = m_database.acquire();
    auto rows = db->exec(QByteArray("SELECT ") + issuerColumns + " FROM oidc_issuers WHERE id = $1",
                         {QByteArray::number(id)});
    if (!rows)
        return fail(rows.error().error);
    if (rows->rows() == 0)
        return fail(Error::notFound(QStringLiteral("There is no OIDC issuer with this id.")));
    return issuerFrom(*rows, 0);
}

Domain::Result<std::optional<OidcIssuer>> OidcIssuerRepository::findEnabled(const QString &issuer) const
{
    auto db = m_database.acquire();
    auto rows = db->exec(QByteArray("SELECT ") + issuerColumns + " FROM oidc_issuers WHERE issuer = $1 AND enabled",
                         {issuer.toUtf8()});
    if (!rows)
        return fail(rows.error().error);
    if (rows->rows() == 0)
        return std::optional<OidcIssuer>();
    return std::optional(issuerFrom(*rows, 0));
}

Domain::Result<OidcIssuer> OidcIssuerRepository::create(const OidcIssuerInput &input, const RequestContext &request)
{
    if (auto valid = validate(input); !valid)
        return fail(valid.error());
    auto db = m_database.acquire();
    return runInTransaction<OidcIssuer>(*db, [&](PgConnection &c) -> PgExpected<OidcIssuer> {
        auto rows = c.exec(QByteArray("INSERT INTO oidc_issuers (issuer, client_id, jwks_uri, jwks, enabled) "
                                      "VALUES ($1, $2, $3, $4::jsonb, $5::boolean) RETURNING ")
                               + issuerColumns,
                           {input.issuer.toUtf8(), input.clientId.trimmed().toUtf8(), textOrNull(input.jwksUri),
                            jsonOrNull(input.jwks), boolean(input.enabled)});
        if (!rows) {
            if (rows.error().sqlstate == "23505")
                return refuse(Error::conflict(QStringLiteral("This issuer is configured already; change the existing "
                                                             "entry instead of adding another.")));
            return std::unexpected(rows.error());
        }
        OidcIssuer created = issuerFrom(*rows, 0);
        auto audited = AuditLog::record(c, request,
                                        {QStringLiteral("oidc_issuer.create"), auditEntityType,
                                         QString::number(created.id), std::nullopt, created.toJson()});
        if (!audited)
            return std::unexpected(audited.error());
        return created;
    });
}

Domain::Result<OidcIssuer> OidcIssuerRepository::update(qint64 id, const OidcIssuerPatch &patch,
                                                        const RequestContext &request)
{
    auto db = m_database.acquire();
    return runInTransaction<OidcIssuer>(*db, [&](PgConnection &c) -> PgExpected<OidcIssuer> {
        auto rows = c.exec(QByteArray("SELECT ") + issuerColumns + " FROM oidc_issuers WHERE id = $1 FOR UPDATE",
                           {QByteArray::number(id)});
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->rows() == 0)
            return refuse(Error::notFound(QStringLiteral("There is no OIDC issuer with this id.")));
        const OidcIssuer before = issuerFrom(*rows, 0);
        OidcIssuerInput changed{before.issuer, before.clientId, before.jwksUri, before.jwks, before.enabled};
        if (patch.clientId)
            changed.clientId = *patch.clientId;
        if (patch.jwksUri)
            changed.jwksUri = *patch.jwksUri;
        if (patch.jwks)
            changed.jwks = *patch.jwks;
        if (patch.enabled)
            changed.enabled = *patch.enabled;
        if (auto valid = validate(changed); !valid)
            return refuse(valid.error());

        auto updated = c.exec(QByteArray("UPDATE oidc_issuers SET client_id = $2, jwks_uri = $3, jwks = $4::jsonb, "
                                         "enabled = $5::boolean WHERE id = $1 RETURNING ")
                                  + issuerColumns,
                              {QByteArray::number(id), changed.clientId.trimmed().toUtf8(), textOrNull(changed.jwksUri),
                               jsonOrNull(changed.jwks), boolean(changed.enabled)});
        if (!updated)
            return std::unexpected(updated.error());
        OidcIssuer after = issuerFrom(*updated, 0);
        const auto [was, is] = changedMembers(before.toJson(), after.toJson());
        auto audited = AuditLog::record(
            c, request, {QStringLiteral("oidc_issuer.update"), auditEntityType, QString::number(id), was, is});
        if (!audited)
            return std::unexpected(audited.error());
        return after;
    });
}

Domain::Status OidcIssuerRepository::remove(qint64 id, const RequestContext &request)
{
    auto db = m_database.acquire();
    return runInTransaction<void>(*db, [&](PgConnection &c) -> PgExpected<void> {
        auto rows = c.exec(QByteArray("SELECT ") + issuerColumns
                               + ", (SELECT count(*) FROM oidc_identities WHERE issuer_id = $1) "
                                 "FROM oidc_issuers WHERE id = $1 FOR UPDATE",
                           {QByteArray::number(id)});
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->rows() == 0)
            return refuse(Error::notFound(QStringLiteral("There is no OIDC issuer with this id.")));
        QJsonObject before = issuerFrom(*rows, 0).toJson();
        // The links go with the issuer (ON DELETE CASCADE); the record says how many accounts lost one.
        before.insert(QStringLiteral("linked_accounts"), rows->toInt64(0, 9));
        auto deleted = c.exec("DELETE FROM oidc_issuers WHERE id = $1", {QByteArray::number(id)});
        if (!deleted)
            return std::unexpected(deleted.error());
        auto audited = AuditLog::record(
            c, request, {QStringLiteral("oidc_issuer.delete"), auditEntityType, QString::number(id), before, std::nullopt});
        if (!audited)
            return std::unexpected(audited.error());
        return {};
    });
}

} // namespace Backroom::Server
