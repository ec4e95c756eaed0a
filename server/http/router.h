// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/httprequest.h"
#include "domain/roles.h"
#include "server/http/httpresponse.h"

#include <QHash>
#include <QJsonDocument>
#include <functional>

namespace Backroom::Server {

class RequestContext;

// Where a handler runs. Quick reads run on the I/O thread that owns the connection, on its own database
// connection; anything that waits (commits, password hashing, calls to other services) runs on the worker
// pool, whose threads have database connections of their own, so the I/O threads keep serving.
enum class Execution {
    IoThread,
    Worker,
};

// Whether a route honours the Idempotency-Key header (see IdempotencyStore). Required: requests without one
// are refused with 428, for routes that move money or stock.
enum class Idempotency {
    None,
    Optional,
    Required,
};

// Completes a deferred route's request later, from any thread, at most once (see RouteSpec::deferred). The
// gateway's finishing steps (headers, CORS, metrics, access log) run when it is called.
class DeferredReply {
public:
    DeferredReply(std::function<void(HttpResponse)> send, std::function<bool()> open)
        : m_send(std::move(send))
        , m_open(std::move(open))
    {
    }
    void operator()(HttpResponse response) const { m_send(std::move(response)); }
    // False once the client is gone: a waiter can be dropped without answering.
    bool isOpen() const { return m_open(); }

private:
    std::function<void(HttpResponse)> m_send;
    std::function<bool()> m_open;
};

struct RouteSpec {
    QByteArray method;  // GET, POST, PUT, PATCH, DELETE
    QByteArray pattern; // /api/v1/products/{id}
    Domain::Permission permission = Domain::Permission::Public; // checked by the gateway before the handler
    bool jsonBody = false; // the gateway decodes and validates a JSON body before the handler runs
    std::function<HttpResponse(RequestContext &)> handler;
    Execution execution = Execution::IoThread;
    // Rate-limit policies keyed by client address that this route spends from (see RateLimitConfig);
    // signed-in callers also spend from "user". Empty: not limited (health checks, metrics).
    QList<QByteArray> rateLimits{QByteArrayLiteral("ip")};
    Idempotency idempotency = Idempotency::None; // only for routes that run on a worker
    // The largest request body this route takes (uploads, imports); 0: the server's --max-body.
    qsizetype maxBodyBytes = 0;
    // Instead of handler: a route whose answer may come later (a long poll). It runs like handler, then
    // either answers through the reply at once or keeps the reply and answers from another thread; no
    // thread waits meanwhile. Not for Idempotency routes.
    std::function<void(RequestContext &, DeferredReply)> deferred;
};

// The {name} parameters of a matched path, decoded; a route has few, so they are looked up in order.
class PathParams {
public:
    QString value(QStringView name) const
    {
        for (const auto &[n, v] : m_items) {
            if (n == name)
                return v;
        }
        return {};
    }
    void insert(QString name, QString value) { m_items.append({std::move(name), std::move(value)}); }
    qsizetype size() const { return m_items.size(); }

private:
    QList<std::pair<QString, QString>> m_items;
};

// Maps method + path to a route and its path parameters. Built once at start-up, then read-only and
// shared by every I/O thread.
class Router {
public:
    // Registers a route; patterns are literal segments and {name} parameters.
    void add(RouteSpec spec);

    struct Match {
        const RouteSpec *route = nullptr;
        int routeIndex = -1;
        PathParams params;
        QList<QByteArray> allowedMethods; // filled when the path exists but the method does not
    };
    Match match(const QByteArray &method, const QByteArray &path) const;
    // The body limit of the route a request goes to (RouteSpec::maxBodyBytes); 0 for the server's default.
    qsizetype bodyLimit(QByteArrayView method, QByteArrayView path) const;

    const QList<RouteSpec> &routes() const { return m_routes; }

private:
    struct Compiled {
        QList<QByteArray> segments; // "{name}" marks a parameter
        QList<bool> parameter;      // per segment
        qsizetype literals = 0;
    };
    QList<RouteSpec> m_routes;
    QList<Compiled> m_compiled;
    // Route indexes in the order added, by segment count and the first three segments when those are
    // literal (keyOf), else in the segment count's list of the rest: a request only compares itself with
    // the routes it could be.
    static QByteArray keyOf(qsizetype segments, QByteArrayView first, QByteArrayView second, QByteArrayView third);
    QHash<QByteArray, QList<int>> m_byPrefix;
    QList<QList<int>> m_bySegments;
};

} // namespace Backroom::Server
