// SPDX-License-Identifier: MIT
#include "server/gateway/gateway.h"

#include "domain/json.h"
#include "server/gateway/idempotency.h"
#include "server/gateway/requestcontext.h"
#include "server/log.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThreadPool>

namespace Backroom::Server {

namespace {
QByteArray newRequestId()
{
    // One generator per thread: the global one takes a lock on every call.
    thread_local QRandomGenerator generator = [] {
        std::array<quint32, 4> seed;
        QRandomGenerator::global()->fillRange(seed.data(), seed.size());
        return QRandomGenerator(seed.data(), seed.size());
    }();
    quint64 bits[2];
    generator.fillRange(bits);
    static constexpr char hex[] = "0123456789abcdef";
    QByteArray id(32, Qt::Uninitialized);
    char *out = id.data();
    for (const quint64 word : bits) {
        for (int shift = 60; shift >= 0; shift -= 4)
            *out++ = hex[(word >> shift) & 0xf];
    }
    return id;
}

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray mime = contentType.split(';').first().trimmed().toLower();
    return mime == "application/json" || (mime.startsWith("application/") && mime.endsWith("+json"));
}

QByteArray joined(const QList<QByteArray> &methods)
{
    QList<QByteArray> all = methods;
    if (all.contains("GET") && !all.contains("HEAD"))
        all.append("HEAD");
    all.append("OPTIONS");
    return all.join(", ");
}
} // namespace

Gateway::Gateway(const Router &router, Metrics &metrics, GatewayOptions options, QThreadPool *workers)
    : m_router(router)
    , m_metrics(metrics)
    , m_options(std::move(options))
    , m_workers(workers)
{
}

QByteArray Gateway::acceptedRequestId(const QByteArray &incoming)
{
    // A caller's id is kept so logs join up across services, but only if it is safe to echo and log.
    if (incoming.isEmpty() || incoming.size() > 128)
        return newRequestId();
    for (const char c : incoming) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_' || c == '.' || c == ':';
        if (!ok)
            return newRequestId();
    }
    return incoming;
}

bool Gateway::originAllowed(const QByteArray &origin) const
{
    return !origin.isEmpty() && (m_options.corsOrigins.contains("*") || m_options.corsOrigins.contains(origin));
}

void Gateway::applyCors(const HttpRequest &request, HttpResponse &response) const
{
    const QByteArray origin = request.header("Origin");
    if (!originAllowed(origin))
        return;
    response.setHeader("Access-Control-Allow-Origin", origin);
    response.setHeader("Vary", "Origin");
    response.setHeader("Access-Control-Expose-Headers",
                       "X-Request-Id, ETag, Location, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset");
}

HttpResponse Gateway::preflight(const HttpRequest &request, const Router::Match &match) const
{
    QList<QByteArray> methods = match.allowedMethods;
    if (match.route)
        methods.append(match.route->method);
    HttpResponse response = HttpResponse::noContent();
    response.setHeader("Allow", joined(methods));
    if (originAllowed(request.header("Origin")) && request.hasHeader("Access-Control-Request-Method")) {
        response.setHeader("Access-Control-Allow-Methods", joined(methods));
        response.setHeader("Access-Control-Allow-Headers",
                           "Authorization, Content-Type, If-Match, If-None-Match, Idempotency-Key, X-Request-Id");
        response.setHeader("Access-Control-Max-Age", "600");
    }
    return response;
}

void Gateway::handle(HttpRequest &request, Reply reply)
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray requestId = acceptedRequestId(request.header("X-Request-Id"));

    if (request.method == "OPTIONS") {
        Router::Match any = m_router.match("GET", request.path);
        for (const QByteArray m : {"POST", "PUT", "PATCH", "DELETE"}) {
            const Router::Match other = m_router.match(m, request.path);
            if (other.route && !any.allowedMethods.contains(m))
                any.allowedMethods.append(m);
        }
        HttpResponse response = (any.route || !any.allowedMethods.isEmpty())
            ? preflight(request, any)
            : HttpResponse::problem(404, QStringLiteral("not-found"),
                                    QStringLiteral("There is no resource at %1; check the address against "
                                                   "/api/v1/openapi.json.")
                                        .arg(QString::fromUtf8(request.path)));
        applyCors(request, response);
        finish(request.method, request.path, request.peer, {}, requestId, timer.nsecsElapsed() / 1000, response);
        reply(std::move(response));
        return;
    }

    const Router::Match match = m_router.match(request.method, request.path);
    QJsonDocument body;
    std::optional<Principal> principal;
    std::optional<RateLimitDecision> limit;
    if (std::optional<HttpResponse> refused = precheck(request, match, body, principal, limit)) {
        if (limit && refused->header("RateLimit-Limit").isEmpty())
            RateLimiter::applyHeaders(*limit, *refused);
        applyCors(request, *refused);
        finish(request.method, request.path, request.peer, match, requestId, timer.nsecsElapsed() / 1000, *refused);
        reply(std::move(*refused));
        return;
    }

    // Everything the handler and the finishing steps need travels with the job; the connection may be gone
    // by the time a worker is done, and then Reply drops the response.
    auto job = [this, match, requestId, timer, reply, limit, body = std::move(body), principal = std::move(principal),
                request = std::move(request)]() mutable {
        const QByteArray method = request.method;
        const QByteArray path = request.path;
        const QHostAddress peer = request.peer;
        const QByteArray origin = request.header("Origin");
        RequestContext context(std::move(request), match.params, requestId);
        context.setBody(std::move(body));
        context.setPrincipal(std::move(principal));
        if (match.route->deferred) {
            auto headers = std::make_shared<HttpRequest>();
            headers->method = method;
            headers->headers = context.request().headers;
            auto complete = [this, match, requestId, timer, reply, limit, headers, path, peer](HttpResponse response) {
                applyConditionalGet(*headers, response);
                if (limit && response.header("RateLimit-Limit").isEmpty())
                    RateLimiter::applyHeaders(*limit, response);
                applyCors(*headers, response);
                finish(headers->method, path, peer, match, requestId, timer.nsecsElapsed() / 1000, response);
                reply(std::move(response));
            };
            runDeferred(*match.route, context, DeferredReply(std::move(complete), [reply] { return reply.isOpen(); }));
            return;
        }
        HttpResponse response = runIdempotent(*match.route, context);
        applyConditionalGet(context.request(), response);
        if (limit && response.header("RateLimit-Limit").isEmpty())
            RateLimiter::applyHeaders(*limit, response);
        applyCors(context.request(), response);
        finish(method, path, peer, match, requestId, timer.nsecsElapsed() / 1000, response);
        reply(std::move(response));
    };
    if (match.route->execution == Execution::Worker && m_workers)
        m_workers->start(std::move(job));
    else
        job();
}

HttpResponse Gateway::refuse(int status, const QString &detail, const QHostAddress &peer)
{
    HttpResponse response = HttpResponse::problem(status, QStringLiteral("http-%1").arg(status), detail);
    finish("-", "-", peer, {}, newRequestId(), 0, response);
    return response;
}

void Gateway::finish(const QByteArray &method, const QByteArray &path, const QHostAddress &peer,
                     const Router::Match &match, const QByteArray &requestId, qint64 micros, HttpResponse &response)
{
    if (response.header("Content-Type") == "application/problem+json") {
        // Every problem names the request it belongs to, so a user's report finds the log line. Edited as a
        // plain object so extension members a route added survive.
        QJsonObject problem = QJsonDocument::fromJson(response.body).object();
        problem.insert(QStringLiteral("request_id"), QString::fromLatin1(requestId));
        if (!problem.contains(QStringLiteral("instance")) && path != "-")
            problem.insert(QStringLiteral("instance"), QString::fromUtf8(path));
        response.body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
    }
    response.setHeader("X-Request-Id", requestId);
    m_metrics.record(match.routeIndex, response.status, micros);
    if (m_options.accessLog || response.status >= 500) {
        Log::write(response.status >= 500 ? Log::Level::Error : Log::Level::Info, "http.request",
                   {{"request_id", QString::fromLatin1(requestId)},
                    {"method", QString::fromLatin1(method)},
                    {"path", QString::fromUtf8(path)},
                    {"route", match.route ? QString::fromUtf8(match.route->pattern) : QStringLiteral("-")},
                    {"status", QString::number(response.status)},
                    {"duration_ms", QString::number(double(micros) / 1000.0, 'f', 3)},
                    {"bytes", QString::number(response.bodySize())},
                    {"peer", peer.toString()}});
    }
}

std::optional<HttpResponse> Gateway::precheck(const HttpRequest &request, const Router::Match &match,
                                              QJsonDocument &body, std::optional<Principal> &principal,
                                              std::optional<RateLimitDecision> &limit) const
{
    // Limits come first, before any token is verified or body decoded: refusing must stay cheap.
    const auto now = RateLimiter::Clock::now();
    const QList<QByteArray> policies = match.route ? match.route->rateLimits : QList<QByteArray>{QByteArrayLiteral("ip")};
    if (m_options.rateLimiter && !policies.isEmpty()) {
        const QByteArray address = RateLimiter::addressKey(request.peer);
        for (const QByteArray &policy : policies) {
            const RateLimitDecision d = m_options.rateLimiter->take(policy, address, now);
            limit = limit ? RateLimitDecision::tighter(*limit, d) : d;
            if (!d.allowed)
                return RateLimiter::tooManyRequests(d);
        }
    }
    if (!match.route) {
        if (!match.allowedMethods.isEmpty()) {
            HttpResponse r = HttpResponse::problem(
                405, QStringLiteral("method-not-allowed"),
                QStringLiteral("%1 is not supported here; use one of: %2.")
                    .arg(QString::fromLatin1(request.method), QString::fromLatin1(joined(match.allowedMethods))));
            r.setHeader("Allow", joined(match.allowedMethods));
            return r;
        }
        return HttpResponse::problem(404, QStringLiteral("not-found"),
                                     QStringLiteral("There is no resource at %1; check the address against "
                                                    "/api/v1/openapi.json.")
                                         .arg(QString::fromUtf8(request.path)));
    }
    // A token that is sent is checked even on public routes: a client with a broken token should hear so.
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.isEmpty()) {
        if (!authorization.startsWith("Bearer ") || !m_options.authenticator) {
            HttpResponse r = HttpResponse::problem(401, QStringLiteral("unauthorized"),
                                                   QStringLiteral("Send the access token as 'Authorization: Bearer "
                                                                  "<token>'."));
            r.setHeader("WWW-Authenticate", "Bearer");
            return r;
        }
        auto who = m_options.authenticator(QByteArrayView(authorization).sliced(7).trimmed());
        if (!who) {
            HttpResponse r = HttpResponse::problem(401, QStringLiteral("unauthorized"),
                                                   who.error().message
                                                       + QStringLiteral(" Sign in again or refresh the session."));
            r.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return r;
        }
        principal = std::move(*who);
        if (m_options.rateLimiter && !policies.isEmpty()) {
            const RateLimitDecision d = m_options.rateLimiter->take(RateLimitConfig::user,
                                                                    QByteArray::number(principal->userId), now);
            limit = limit ? RateLimitDecision::tighter(*limit, d) : d;
            if (!d.allowed)
                return RateLimiter::tooManyRequests(d);
        }
    }
    const Domain::Permission needed = match.route->permission;
    if (needed != Domain::Permission::Public) {
        if (!principal) {
            HttpResponse r = HttpResponse::problem(401, QStringLiteral("unauthorized"),
                                                   QStringLiteral("Sign in first: this needs an access token."));
            r.setHeader("WWW-Authenticate", "Bearer");
            return r;
        }
        if (!Domain::rolesGrant(principal->roles, needed))
            return HttpResponse::problem(403, QStringLiteral("forbidden"),
                                         QStringLiteral("Your role does not allow this (it needs the '%1' permission); "
                                                        "ask an administrator if you need it.")
                                             .arg(Domain::permissionName(needed)));
    }

    if (!match.route->jsonBody)
        return std::nullopt;
    if (!isJsonContentType(request.header("Content-Type")))
        return HttpResponse::problem(415, QStringLiteral("unsupported-media-type"),
                                     QStringLiteral("Send the body as JSON with 'Content-Type: application/json'."));
    auto parsed = Domain::Json::parse(request.body, {m_options.jsonMaxDepth, qsizetype(request.body.size())});
    if (!parsed)
        return HttpResponse::problem(400, QStringLiteral("malformed-body"), parsed.error().message);
    if (!parsed->isObject())
        return HttpResponse::problem(400, QStringLiteral("malformed-body"), QStringLiteral("The body must be a JSON object."));
    body = std::move(*parsed);
    return std::nullopt;
}

HttpResponse Gateway::runIdempotent(const RouteSpec &route, RequestContext &context) const
{
    const QByteArray key = context.request().header("Idempotency-Key");
    if (route.idempotency == Idempotency::None || !m_options.idempotency)
        return runHandler(route, context);
    if (key.isEmpty()) {
        if (route.idempotency == Idempotency::Optional)
            return runHandler(route, context);
        return HttpResponse::problem(428, QStringLiteral("idempotency-key-required"),
                                     QStringLiteral("This request needs an Idempotency-Key header, so that sending it "
                                                    "again cannot do it twice; send a new UUID with each new request."));
    }
    if (auto bad = IdempotencyStore::checkKey(key))
        return *bad;
    const HttpRequest &request = context.request();
    const QByteArray principal = context.principal() ? QByteArray::number(context.principal()->userId)
                                                     : "ip:" + request.peer.toString().toLatin1();
    const QByteArray routeKey = route.method + ' ' + route.pattern;
    const QByteArray hash = IdempotencyStore::requestHash(request.method, request.target, request.body);
    auto claim = m_options.idempotency->claim(principal, routeKey, key, hash);
    if (auto *answer = std::get_if<IdempotencyStore::Answer>(&claim))
        return std::move(answer->response);
    HttpResponse response = runHandler(route, context);
    m_options.idempotency->complete(principal, routeKey, key, response, context.requestId());
    return response;
}

void Gateway::applyConditionalGet(const HttpRequest &request, HttpResponse &response)
{
    if ((request.method != "GET" && request.method != "HEAD") || response.status != 200)
        return;
    QByteArray etag = response.header("ETag");
    if (etag.isEmpty() && response.bodyFile)
        return; // not read here to hash it; a route that streams a file gives its own ETag
    if (etag.isEmpty()) {
        etag = "W/\"" + QCryptographicHash::hash(response.body, QCryptographicHash::Sha256)
                           .left(16)
                           .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            + '"';
        response.setHeader("ETag", etag);
    }
    const QByteArray ifNoneMatch = request.header("If-None-Match");
    if (ifNoneMatch.isEmpty())
        return;
    // Weak comparison (RFC 9110 13.1.2): W/"x" and "x" match.
    const auto opaque = [](QByteArrayView tag) { return tag.trimmed().startsWith("W/") ? tag.trimmed().sliced(2) : tag.trimmed(); };
    for (const QByteArray &candidate : ifNoneMatch.split(',')) {
        if (candidate.trimmed() == "*" || opaque(candidate) == opaque(etag)) {
            HttpResponse notModified = HttpResponse::noContent(304);
            for (const char *kept : {"ETag", "Cache-Control"}) {
                if (const QByteArray v = response.header(kept); !v.isEmpty())
                    notModified.setHeader(kept, v);
            }
            response = std::move(notModified);
            return;
        }
    }
}

void Gateway::runDeferred(const RouteSpec &route, RequestContext &context, DeferredReply reply)
{
    try {
        route.deferred(context, reply);
        return;
    } catch (const std::exception &e) {
        Log::error("http.handler_failed", {{"request_id", QString::fromLatin1(context.requestId())},
                                          {"route", QString::fromUtf8(route.pattern)},
                                          {"error", QString::fromUtf8(e.what())}});
    }
    reply(HttpResponse::problem(500, QStringLiteral("internal"),
                                QStringLiteral("The server failed to handle this request. It has been logged; "
                                               "quote the request id when you report it.")));
}

HttpResponse Gateway::runHandler(const RouteSpec &route, RequestContext &context)
{
    const QString requestId = QString::fromLatin1(context.requestId());
    try {
        return route.handler(context);
    } catch (const std::exception &e) {
        Log::error("http.handler_failed", {{"request_id", requestId},
                                          {"route", QString::fromUtf8(route.pattern)},
                                          {"error", QString::fromUtf8(e.what())}});
    } catch (...) {
        Log::error("http.handler_failed", {{"request_id", requestId}, {"route", QString::fromUtf8(route.pattern)}});
    }
    return HttpResponse::problem(500, QStringLiteral("internal"),
                                 QStringLiteral("The server failed to handle this request. It has been logged; "
                                                "quote the request id when you report it."));
}

} // namespace Backroom::Server
