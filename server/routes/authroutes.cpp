// SPDX-License-Identifier: MIT
#include "server/routes/authroutes.h"

#include "domain/json.h"
#include "server/auth/signingkeys.h"
#include "server/gateway/ratelimiter.h"
#include "server/gateway/requestcontext.h"
#include "server/identity/identityservice.h"
#include "server/routes/paging.h"

#include <QJsonArray>

namespace Backroom::Server {

using Domain::Permission;

namespace {
QByteArray password(const QJsonObject &body)
{
    return body.value(QStringLiteral("password")).toString().toUtf8();
}

Domain::Result<QByteArray> requiredPassword(const QJsonObject &body)
{
    if (!body.value(QStringLiteral("password")).isString())
        return Domain::fail(Domain::Error::validation(QStringLiteral("password is required."),
                                                      {{QStringLiteral("password"), QStringLiteral("is required")}}));
    return password(body);
}

// The body of refresh and logout: {"refresh_token": "..."} and nothing else.
Domain::Result<QByteArray> refreshTokenFrom(const QJsonObject &body)
{
    if (auto ok = Domain::Json::allowOnly(body, {u"refresh_token"}); !ok)
        return Domain::fail(ok.error());
    auto token = Domain::Json::requiredString(body, u"refresh_token", 256);
    if (!token)
        return Domain::fail(token.error());
    return token->toLatin1();
}

HttpResponse tokens(const Domain::Result<TokenPair> &pair)
{
    if (!pair)
        return HttpResponse::fromError(pair.error());
    HttpResponse r = HttpResponse::json(200, pair->toJson());
    r.setHeader("Cache-Control", "no-store");
    return r;
}
} // namespace

AuthRoutes::AuthRoutes(IdentityService &identity, SigningKeys &keys, RateLimiter *limiter)
    : m_identity(identity)
    , m_keys(keys)
    , m_limiter(limiter)
{
}

void AuthRoutes::registerOn(Router &router)
{
    router.add({"POST", "/api/v1/auth/register", Permission::Public, true,
                [this](RequestContext &c) {
                    const QJsonObject body = c.body().object();
                    if (auto ok = Domain::Json::allowOnly(body, {u"email", u"password", u"name"}); !ok)
                        return HttpResponse::fromError(ok.error());
                    auto name = Domain::Json::requiredString(body, u"name", 200);
                    if (!name)
                        return HttpResponse::fromError(name.error());
                    auto user = m_identity.registerCustomer(body.value(QStringLiteral("email")).toString(),
                                                            password(body), *name);
                    if (!user)
                        return HttpResponse::fromError(user.error());
                    HttpResponse r = HttpResponse::json(201, user->toJson());
                    r.setHeader("Location", "/api/v1/me");
                    return r;
                },
                Execution::Worker,
                {QByteArrayLiteral("ip"), QByteArray(RateLimitConfig::registerIp.toByteArray())}});
    router.add({"POST", "/api/v1/auth/login", Permission::Public, true,
                [this](RequestContext &c) {
                    const QJsonObject body = c.body().object();
                    if (auto ok = Domain::Json::allowOnly(body, {u"email", u"password"}); !ok)
                        return HttpResponse::fromError(ok.error());
                    auto email = Domain::Json::requiredString(body, u"email", 254);
                    if (!email)
                        return HttpResponse::fromError(email.error());
                    auto secret = requiredPassword(body);
                    if (!secret)
                        return HttpResponse::fromError(secret.error());
                    // Per account, before any bcrypt work, for known and unknown addresses alike so a 429
                    // says nothing about which accounts exist.
                    const QByteArray account = email->toLower().toUtf8();
                    const auto now = RateLimiter::Clock::now();
                    if (m_limiter) {
                        const auto d = m_limiter->take(RateLimitConfig::loginAccount, account, now);
                        if (!d.allowed)
                            return RateLimiter::tooManyRequests(d);
                    }
                    auto result = m_identity.login(*email, *secret, IdentityService::Clock::now());
                    if (m_limiter && result)
                        m_limiter->reset(RateLimitConfig::loginAccount, account);
                    else if (m_limiter && result.error().code == Domain::ErrorCode::Unavailable)
                        m_limiter->refund(RateLimitConfig::loginAccount, account, now);
                    return tokens(result);
                },
                Execution::Worker,
                {QByteArrayLiteral("ip"), QByteArray(RateLimitConfig::loginIp.toByteArray())}});
    router.add({"POST", "/api/v1/auth/refresh", Permission::Public, true,
                [this](RequestContext &c) {
                    auto token = refreshTokenFrom(c.body().object());
                    if (!token)
                        return HttpResponse::fromError(token.error());
                    return tokens(m_identity.refresh(*token, IdentityService::Clock::now()));
                },
                Execution::Worker});
    router.add({"POST", "/api/v1/auth/logout", Permission::OwnAccount, true,
                [this](RequestContext &c) {
                    auto token = refreshTokenFrom(c.body().object());
                    if (!token)
                        return HttpResponse::fromError(token.error());
                    if (auto done = m_identity.logout(*c.principal(), *token); !done)
                        return HttpResponse::fromError(done.error());
                    return HttpResponse::noContent();
                },
                Execution::Worker});
    router.add({"GET", "/api/v1/me", Permission::OwnAccount, false, [this](RequestContext &c) {
                    auto user = m_identity.user(c.principal()->userId);
                    if (!user)
                        return HttpResponse::fromError(user.error());
                    HttpResponse r = HttpResponse::json(200, user->toJson());
                    r.setHeader("Cache-Control", "private, no-cache");
                    r.setHeader("ETag", versionETag(user->version));
                    return r;
                }});
    router.add({"GET", "/api/v1/users", Permission::UsersManage, false, [this](RequestContext &c) {
                    auto request = PageRequest::from(c.query());
                    if (!request)
                        return HttpResponse::fromError(request.error());
                    auto page = m_identity.users(request->after, request->limit);
                    if (!page)
                        return HttpResponse::fromError(page.error());
                    QJsonArray items;
                    for (const UserRecord &u : std::as_const(*page))
                        items.append(u.toJson());
                    return HttpResponse::json(200, pageJson(items, request->limit,
                                                            page->isEmpty() ? 0 : page->last().id));
                }});
    router.add({"POST", "/api/v1/users", Permission::UsersManage, true,
                [this](RequestContext &c) {
                    const QJsonObject body = c.body().object();
                    if (auto ok = Domain::Json::allowOnly(body, {u"email", u"password", u"name", u"roles"}); !ok)
                        return HttpResponse::fromError(ok.error());
                    auto name = Domain::Json::requiredString(body, u"name", 200);
                    if (!name)
                        return HttpResponse::fromError(name.error());
                    auto roles = Domain::rolesFromJson(body.value(QStringLiteral("roles")), QStringLiteral("roles"));
                    if (!roles)
                        return HttpResponse::fromError(roles.error());
                    auto user = m_identity.createUser(body.value(QStringLiteral("email")).toString(), password(body),
                                                      *name, *roles, AuditActor::of(c));
                    if (!user)
                        return HttpResponse::fromError(user.error());
                    HttpResponse r = HttpResponse::json(201, user->toJson());
                    r.setHeader("Location", "/api/v1/users/" + QByteArray::number(user->id));
                    r.setHeader("ETag", versionETag(user->version));
                    return r;
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional});
    router.add({"GET", "/.well-known/jwks.json", Permission::Public, false, [this](RequestContext &) {
                    HttpResponse r = HttpResponse::json(200, m_keys.jwks());
                    r.setHeader("Cache-Control", "public, max-age=300");
                    return r;
                }});
}

} // namespace Backroom::Server
