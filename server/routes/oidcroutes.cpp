// SPDX-License-Identifier: MIT
#include "server/routes/oidcroutes.h"

#include "domain/json.h"
#include "server/gateway/ratelimiter.h"
#include "server/gateway/requestcontext.h"

#include <QJsonArray>

namespace Backroom::Server {

using Domain::Error;
using Domain::Permission;

namespace {
constexpr qsizetype maxIdTokenLength = 16 * 1024;
constexpr qsizetype maxIssuerFieldLength = 2000; // the repository checks each field's own limit

Error wrongType(const QString &field, const QString &expected)
{
    return Error::validation(QStringLiteral("%1 must be %2.").arg(field, expected), {{field, QStringLiteral("must be %1").arg(expected)}});
}

// jwks_uri: a string, or null for none (an empty string means none too).
Domain::Result<QString> jwksUriFrom(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    if (!value.isString())
        return Domain::fail(wrongType(QStringLiteral("jwks_uri"), QStringLiteral("a URL string or null")));
    return value.toString().trimmed();
}

// jwks: a JWKS object, or null for none.
Domain::Result<std::optional<QJsonObject>> jwksFrom(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return std::optional<QJsonObject>();
    if (!value.isObject())
        return Domain::fail(wrongType(QStringLiteral("jwks"), QStringLiteral("a JWKS document ({\"keys\": [...]}) or null")));
    return std::optional(value.toObject());
}

Domain::Result<bool> enabledFrom(const QJsonValue &value)
{
    if (!value.isBool())
        return Domain::fail(wrongType(QStringLiteral("enabled"), QStringLiteral("true or false")));
    return value.toBool();
}

Domain::Result<OidcIssuerInput> issuerInputFrom(const QJsonObject &body)
{
    if (auto ok = Domain::Json::allowOnly(body, {u"issuer", u"client_id", u"jwks_uri", u"jwks", u"enabled"}); !ok)
        return Domain::fail(ok.error());
    OidcIssuerInput input;
    auto issuer = Domain::Json::requiredString(body, u"issuer", maxIssuerFieldLength);
    if (!issuer)
        return Domain::fail(issuer.error());
    input.issuer = *issuer;
    auto clientId = Domain::Json::requiredString(body, u"client_id", maxIssuerFieldLength);
    if (!clientId)
        return Domain::fail(clientId.error());
    input.clientId = *clientId;
    auto jwksUri = jwksUriFrom(body.value(QStringLiteral("jwks_uri")));
    if (!jwksUri)
        return Domain::fail(jwksUri.error());
    input.jwksUri = *jwksUri;
    auto jwks = jwksFrom(body.value(QStringLiteral("jwks")));
    if (!jwks)
        return Domain::fail(jwks.error());
    input.jwks = *jwks;
    if (body.contains(QStringLiteral("enabled"))) {
        auto enabled = enabledFrom(body.value(QStringLiteral("enabled")));
        if (!enabled)
            return Domain::fail(enabled.error());
        input.enabled = *enabled;
    }
    return input;
}

Domain::Result<OidcIssuerPatch> issuerPatchFrom(const QJsonObject &body)
{
    if (auto ok = Domain::Json::allowOnly(body, {u"client_id", u"jwks_uri", u"jwks", u"enabled"}); !ok)
        return Domain::fail(ok.error());
    if (body.isEmpty())
        return Domain::fail(Error::validation(QStringLiteral("Nothing to change: give at least one of client_id, "
                                                             "jwks_uri, jwks or enabled.")));
    OidcIssuerPatch patch;
    if (body.contains(QStringLiteral("client_id"))) {
        const QJsonValue clientId = body.value(QStringLiteral("client_id"));
        if (!clientId.isString())
            return Domain::fail(wrongType(QStringLiteral("client_id"), QStringLiteral("a string")));
        patch.clientId = clientId.toString().trimmed();
    }
    if (body.contains(QStringLiteral("jwks_uri"))) {
        auto jwksUri = jwksUriFrom(body.value(QStringLiteral("jwks_uri")));
        if (!jwksUri)
            return Domain::fail(jwksUri.error());
        patch.jwksUri = *jwksUri;
    }
    if (body.contains(QStringLiteral("jwks"))) {
        auto jwks = jwksFrom(body.value(QStringLiteral("jwks")));
        if (!jwks)
            return Domain::fail(jwks.error());
        patch.jwks = *jwks;
    }
    if (body.contains(QStringLiteral("enabled"))) {
        auto enabled = enabledFrom(body.value(QStringLiteral("enabled")));
        if (!enabled)
            return Domain::fail(enabled.error());
        patch.enabled = *enabled;
    }
    return patch;
}

std::optional<qint64> issuerId(const RequestContext &c)
{
    bool ok = false;
    const qint64 id = c.param(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

HttpResponse noSuchIssuer()
{
    return HttpResponse::fromError(Error::notFound(QStringLiteral("There is no OIDC issuer with this id.")));
}
} // namespace

OidcRoutes::OidcRoutes(Database &database, IdentityService &identity, OidcSignIn::Options options)
    : m_issuers(database)
    , m_signIn(database, m_issuers, identity, options)
{
}

void OidcRoutes::registerOn(Router &router)
{
    router.add({"POST", "/api/v1/auth/oidc", Permission::Public, true,
                [this](RequestContext &c) {
                    const QJsonObject body = c.body().object();
                    if (auto ok = Domain::Json::allowOnly(body, {u"id_token"}); !ok)
                        return HttpResponse::fromError(ok.error());
                    auto idToken = Domain::Json::requiredString(body, u"id_token", maxIdTokenLength);
                    if (!idToken)
                        return HttpResponse::fromError(idToken.error());
                    auto pair = m_signIn.signIn(idToken->toUtf8(), OidcSignIn::Clock::now());
                    if (!pair)
                        return HttpResponse::fromError(pair.error());
                    HttpResponse r = HttpResponse::json(200, pair->toJson());
                    r.setHeader("Cache-Control", "no-store");
                    return r;
                },
                Execution::Worker,
                {QByteArrayLiteral("ip"), QByteArray(RateLimitConfig::loginIp.toByteArray())}});
    router.add({"GET", "/api/v1/oidc/issuers", Permission::SystemManage, false, [this](RequestContext &) {
                    auto issuers = m_issuers.list();
                    if (!issuers)
                        return HttpResponse::fromError(issuers.error());
                    QJsonArray items;
                    for (const OidcIssuer &issuer : std::as_const(*issuers))
                        items.append(issuer.toJson());
                    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
                }});
    router.add({"POST", "/api/v1/oidc/issuers", Permission::SystemManage, true,
                [this](RequestContext &c) {
                    auto input = issuerInputFrom(c.body().object());
                    if (!input)
                        return HttpResponse::fromError(input.error());
                    auto created = m_issuers.create(*input, c);
                    if (!created)
                        return HttpResponse::fromError(created.error());
                    HttpResponse r = HttpResponse::json(201, created->toJson());
                    r.setHeader("Location", "/api/v1/oidc/issuers/" + QByteArray::number(created->id));
                    return r;
                },
                Execution::Worker});
    router.add({"GET", "/api/v1/oidc/issuers/{id}", Permission::SystemManage, false, [this](RequestContext &c) {
                    const auto id = issuerId(c);
                    if (!id)
                        return noSuchIssuer();
                    auto issuer = m_issuers.find(*id);
                    if (!issuer)
                        return HttpResponse::fromError(issuer.error());
                    return HttpResponse::json(200, issuer->toJson());
                }});
    router.add({"PATCH", "/api/v1/oidc/issuers/{id}", Permission::SystemManage, true,
                [this](RequestContext &c) {
                    const auto id = issuerId(c);
                    if (!id)
                        return noSuchIssuer();
                    auto patch = issuerPatchFrom(c.body().object());
                    if (!patch)
                        return HttpResponse::fromError(patch.error());
                    auto updated = m_issuers.update(*id, *patch, c);
                    if (!updated)
                        return HttpResponse::fromError(updated.error());
                    return HttpResponse::json(200, updated->toJson());
                },
                Execution::Worker});
    router.add({"DELETE", "/api/v1/oidc/issuers/{id}", Permission::SystemManage, false,
                [this](RequestContext &c) {
                    const auto id = issuerId(c);
                    if (!id)
                        return noSuchIssuer();
                    if (auto removed = m_issuers.remove(*id, c); !removed)
                        return HttpResponse::fromError(removed.error());
                    return HttpResponse::noContent();
                },
                Execution::Worker});
}

} // namespace Backroom::Server
