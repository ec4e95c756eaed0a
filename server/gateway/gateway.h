// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "server/gateway/metrics.h"
#include "server/http/httpconnection.h"
#include "server/http/router.h"
#include "server/gateway/ratelimiter.h"
#include "server/identity/principal.h"

class QThreadPool;

namespace Backroom::Server {
class IdempotencyStore;
class RateLimiter;
}

namespace Backroom::Server {

using RateLimitDecision = RateLimiter::Decision;

// Turns a bearer token into the caller; Unauthorized when the token is not one of ours or has expired.
using Authenticator = std::function<Domain::Result<Principal>(QByteArrayView bearerToken)>;

struct GatewayOptions {
    QList<QByteArray> corsOrigins; // exact origins, or "*"
    int jsonMaxDepth = 32;
    bool accessLog = true;
    Authenticator authenticator; // without one, only public routes can be called
    RateLimiter *rateLimiter = nullptr; // shared by every I/O thread; none: no limits
    IdempotencyStore *idempotency = nullptr; // none: Idempotency-Key is ignored
};

// The one chain every request passes through, before and after its route: request id in and out,
// routing (404/405), CORS, JSON body decoding with a depth limit, errors as problem+json, access log,
// metrics. Routes contain only their own logic. Called on the I/O thread that owns the connection.
class Gateway {
public:
    // workers runs the routes declared Execution::Worker; it must outlive every request in flight.
    Gateway(const Router &router, Metrics &metrics, GatewayOptions options, QThreadPool *workers = nullptr);

    void handle(HttpRequest &request, Reply reply);
    // For requests the HTTP layer refused before they were complete: same problem shape, id, log, metrics.
    HttpResponse refuse(int status, const QString &detail, const QHostAddress &peer);

    static QByteArray acceptedRequestId(const QByteArray &incoming);

private:
    // A response for what is wrong before any handler runs (no route, bad body), or nullopt.
    std::optional<HttpResponse> precheck(const HttpRequest &request, const Router::Match &match, QJsonDocument &body,
                                         std::optional<Principal> &principal, std::optional<RateLimitDecision> &limit) const;
    static HttpResponse runHandler(const RouteSpec &route, RequestContext &context);
    // A deferred route: the reply may be kept and called later, from any thread.
    static void runDeferred(const RouteSpec &route, RequestContext &context, DeferredReply reply);
    // The handler behind the route's Idempotency-Key handling: a replayed answer, or the handler's, kept.
    HttpResponse runIdempotent(const RouteSpec &route, RequestContext &context) const;
    // A weak ETag for GET answers that carry none, and 304 when If-None-Match already has it.
    static void applyConditionalGet(const HttpRequest &request, HttpResponse &response);
    void finish(const QByteArray &method, const QByteArray &path, const QHostAddress &peer, const Router::Match &match,
                const QByteArray &requestId, qint64 micros, HttpResponse &response);
    void applyCors(const HttpRequest &request, HttpResponse &response) const;
    HttpResponse preflight(const HttpRequest &request, const Router::Match &match) const;
    bool originAllowed(const QByteArray &origin) const;

    const Router &m_router;
    Metrics &m_metrics;
    GatewayOptions m_options;
    QThreadPool *m_workers;
};

} // namespace Backroom::Server
