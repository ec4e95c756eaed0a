// SPDX-License-Identifier: MIT
#include "server/routes/orderroutes.h"

#include "domain/json.h"
#include "domain/promotion.h"
#include "server/gateway/requestcontext.h"
#include "server/routes/paging.h"
#include "server/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Backroom::Server {

using Domain::Error;
using Domain::Permission;

namespace {
std::optional<qint64> callerOf(const RequestContext &c)
{
    return c.principal() ? std::optional(c.principal()->userId) : std::nullopt;
}

HttpResponse cartResponse(int status, const Domain::Result<CartView> &cart)
{
    if (!cart)
        return HttpResponse::fromError(cart.error());
    HttpResponse r = HttpResponse::json(status, cart->toJson());
    r.setHeader("ETag", versionETag(cart->version));
    r.setHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse orderResponse(const Domain::Result<StoredOrder> &order, bool staff)
{
    if (!order)
        return HttpResponse::fromError(order.error());
    HttpResponse r = HttpResponse::json(200, order->toJson(staff));
    r.setHeader("ETag", versionETag(order->version));
    r.setHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse noSuchOrder()
{
    return HttpResponse::fromError(Error::notFound(QStringLiteral("There is no such order; check the order id.")));
}

struct OrderWrite {
    qint64 id = 0;
    std::optional<int> expectedVersion;
};

// What every order write starts from: the order's id and the version it acts on. Order writes must name
// that version (If-Match): two agents on one order must not both act on what they saw before the other
// changed it. The refusal to send otherwise.
std::expected<OrderWrite, HttpResponse> orderWrite(const RequestContext &c)
{
    const auto id = c.idParam(QStringLiteral("id"));
    if (!id)
        return std::unexpected(noSuchOrder());
    if (c.request().header("If-Match").isEmpty())
        return std::unexpected(HttpResponse::problem(
            428, QStringLiteral("precondition-required"),
            QStringLiteral("Send If-Match with the order's ETag, so an action is not taken on an order someone changed "
                           "meanwhile; GET the order first.")));
    auto expected = c.expectedVersion();
    if (!expected)
        return std::unexpected(HttpResponse::fromError(expected.error()));
    return OrderWrite{*id, *expected};
}

Domain::Result<OrderFilter> pageOf(const QUrlQuery &query)
{
    QUrlQuery limitOnly = query;
    limitOnly.removeAllQueryItems(QStringLiteral("cursor"));
    auto page = PageRequest::from(limitOnly);
    if (!page)
        return Domain::fail(page.error());
    OrderFilter filter;
    filter.limit = page->limit;
    const QString cursor = query.queryItemValue(QStringLiteral("cursor"));
    if (!cursor.isEmpty()) {
        auto after = decodeOrderCursor(cursor);
        if (!after)
            return Domain::fail(after.error());
        filter.after = *after;
    }
    return filter;
}

// Every filter of the staff list, every problem at once.
Domain::Result<OrderFilter> staffFilter(const QUrlQuery &query)
{
    auto filter = pageOf(query);
    if (!filter)
        return filter;
    QList<Domain::FieldError> errors;
    auto text = [&](const char *name) { return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded); };
    if (const QString s = text("status"); !s.isEmpty()) {
        filter->status = Domain::orderStatusFromName(s);
        if (!filter->status)
            errors.append({QStringLiteral("status"),
                           QStringLiteral("must be one of pending, confirmed, fulfilling, shipped, delivered, cancelled")});
    }
    for (const char *name : {"from", "to"}) {
        const QString s = text(name);
        if (s.isEmpty())
            continue;
        auto at = Domain::parseTimestamp(QJsonValue(s), QString::fromLatin1(name));
        if (!at)
            errors.append(at.error().fields);
        else
            (qstrcmp(name, "from") == 0 ? filter->from : filter->to) = *at;
    }
    auto whole = [&](const char *name, qint64 min, std::optional<qint64> &into) {
        const QString s = text(name);
        if (s.isEmpty())
            return;
        bool ok = false;
        const qint64 n = s.toLongLong(&ok);
        if (!ok || n < min || n > Domain::maxJsonAmount)
            errors.append({QString::fromLatin1(name), QStringLiteral("must be a whole number of at least %1").arg(min)});
        else
            into = n;
    };
    whole("customer", 1, filter->customerId);
    whole("min_total", 0, filter->minTotal);
    whole("max_total", 0, filter->maxTotal);
    if (filter->minTotal && filter->maxTotal && *filter->minTotal > *filter->maxTotal)
        errors.append({QStringLiteral("min_total"), QStringLiteral("must not be above max_total")});
    filter->email = text("email").trimmed();
    filter->sku = text("sku").trimmed();
    filter->text = text("q").trimmed();
    if (filter->email.size() > 254)
        errors.append({QStringLiteral("email"), QStringLiteral("must be at most 254 characters")});
    if (filter->sku.size() > 64)
        errors.append({QStringLiteral("sku"), QStringLiteral("must be at most 64 characters")});
    if (filter->text.size() > 200)
        errors.append({QStringLiteral("q"), QStringLiteral("must be at most 200 characters")});
    if (!errors.isEmpty())
        return Domain::fail(Error::validation(QStringLiteral("Some filters are not valid; see 'errors'."), errors));
    return filter;
}

HttpResponse pageResponse(const Domain::Result<OrderService::OrderPage> &page)
{
    if (!page)
        return HttpResponse::fromError(page.error());
    QJsonArray items;
    for (const StoredOrder &o : page->items)
        items.append(o.summaryJson());
    HttpResponse r = HttpResponse::json(
        200, QJsonObject{{QStringLiteral("items"), items},
                         {QStringLiteral("next_cursor"), page->nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page->nextCursor)}});
    r.setHeader("Cache-Control", "no-store");
    return r;
}
} // namespace

void OrderRoutes::registerOn(Router &router)
{
    router.add({"POST", "/api/v1/carts", Permission::Public, false,
                [this](RequestContext &c) {
                    bool created = false;
                    auto cart = m_carts.create(callerOf(c), QDateTime::currentDateTimeUtc(), &created);
                    HttpResponse r = cartResponse(created ? 201 : 200, cart);
                    if (cart)
                        r.setHeader("Location", "/api/v1/carts/" + cart->id.toLatin1());
                    return r;
                },
                Execution::Worker});
    router.add({"GET", "/api/v1/carts/{id}", Permission::Public, false, [this](RequestContext &c) {
                    return cartResponse(200, m_carts.cart(c.param(QStringLiteral("id")), callerOf(c),
                                                          QDateTime::currentDateTimeUtc()));
                }});
    router.add({"PATCH", "/api/v1/carts/{id}", Permission::Public, true,
                [this](RequestContext &c) {
                    return cartResponse(200, m_carts.update(c.param(QStringLiteral("id")), callerOf(c), c.body().object(),
                                                            QDateTime::currentDateTimeUtc()));
                },
                Execution::Worker});
    router.add({"POST", "/api/v1/carts/{id}/items", Permission::Public, true,
                [this](RequestContext &c) {
                    return cartResponse(200, m_carts.addItem(c.param(QStringLiteral("id")), callerOf(c), c.body().object(),
                                                             QDateTime::currentDateTimeUtc()));
                },
                Execution::Worker});
    router.add({"PATCH", "/api/v1/carts/{id}/items/{sku}", Permission::Public, true,
                [this](RequestContext &c) {
                    return cartResponse(200, m_carts.setQuantity(c.param(QStringLiteral("id")), callerOf(c),
                                                                 c.param(QStringLiteral("sku")), c.body().object(),
                                                                 QDateTime::currentDateTimeUtc()));
                },
                Execution::Worker});
    router.add({"DELETE", "/api/v1/carts/{id}/items/{sku}", Permission::Public, false,
                [this](RequestContext &c) {
                    return cartResponse(200, m_carts.removeItem(c.param(QStringLiteral("id")), callerOf(c),
                                                                c.param(QStringLiteral("sku")), QDateTime::currentDateTimeUtc()));
                },
                Execution::Worker});
    router.add({"POST", "/api/v1/carts/{id}/claim", Permission::OwnAccount, false,
                [this](RequestContext &c) {
                    return cartResponse(200, m_carts.claim(c.param(QStringLiteral("id")), c.principal()->userId,
                                                           QDateTime::currentDateTimeUtc()));
                },
                Execution::Worker});

    router.add({"GET", "/api/v1/me/orders", Permission::OwnAccount, false, [this](RequestContext &c) {
                    auto filter = pageOf(c.query());
                    if (!filter)
                        return HttpResponse::fromError(filter.error());
                    filter->customerId = c.principal()->userId;
                    return pageResponse(m_orders.orders(*filter));
                }});
    router.add({"GET", "/api/v1/me/orders/{id}", Permission::OwnAccount, false, [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchOrder();
                    return orderResponse(m_orders.order(*id, c.principal()->userId), false);
                }});
    router.add({"GET", "/api/v1/orders", Permission::OrdersRead, false, [this](RequestContext &c) {
                    auto filter = staffFilter(c.query());
                    if (!filter)
                        return HttpResponse::fromError(filter.error());
                    return pageResponse(m_orders.orders(*filter));
                }});
    router.add({"GET", "/api/v1/orders/counts", Permission::OrdersRead, false, [this](RequestContext &c) {
                    auto filter = staffFilter(c.query());
                    if (!filter)
                        return HttpResponse::fromError(filter.error());
                    auto counts = m_orders.countByStatus(*filter);
                    if (!counts)
                        return HttpResponse::fromError(counts.error());
                    // Every status is named, with 0 where there are none, so a board shows all its columns.
                    QJsonObject byStatus;
                    qint64 total = 0;
                    for (int s = int(Domain::OrderStatus::Pending); s <= int(Domain::OrderStatus::Cancelled); ++s) {
                        const qint64 n = counts->value(Domain::OrderStatus(s));
                        byStatus.insert(Domain::orderStatusName(Domain::OrderStatus(s)), n);
                        total += n;
                    }
                    HttpResponse r = HttpResponse::json(
                        200, QJsonObject{{QStringLiteral("counts"), byStatus}, {QStringLiteral("total"), total}});
                    r.setHeader("Cache-Control", "no-store");
                    return r;
                }});
    router.add({"GET", "/api/v1/orders/{id}", Permission::OrdersRead, false, [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchOrder();
                    HttpResponse r = orderResponse(m_orders.order(*id, std::nullopt), true);
                    if (r.status == 200 && m_detailExtension) {
                        auto extra = m_detailExtension(*id);
                        if (!extra)
                            return HttpResponse::fromError(extra.error());
                        QJsonObject body = QJsonDocument::fromJson(r.body).object();
                        for (auto it = extra->constBegin(); it != extra->constEnd(); ++it)
                            body.insert(it.key(), it.value());
                        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
                    }
                    return r;
                }});

    const auto action = [this](Domain::OrderAction a, bool withBody) {
        return [this, a, withBody](RequestContext &c) {
            const auto write = orderWrite(c);
            if (!write)
                return write.error();
            QString reason;
            if (withBody) {
                const QJsonObject body = c.body().object();
                if (auto ok = Domain::Json::allowOnly(body, {u"reason"}); !ok)
                    return HttpResponse::fromError(ok.error());
                const QJsonValue v = body.value(QStringLiteral("reason"));
                if (!v.isUndefined() && !v.isString())
                    return HttpResponse::fromError(Error::validation(
                        QStringLiteral("Say why the order is cancelled."),
                        {{QStringLiteral("reason"), QStringLiteral("must be text of 1 to 500 characters")}}));
                reason = v.toString();
            }
            return orderResponse(m_orders.act(write->id, a, reason, write->expectedVersion, AuditActor::of(c)), true);
        };
    };
    router.add({"POST", "/api/v1/orders/{id}/cancel", Permission::OrdersManage, true, action(Domain::OrderAction::Cancel, true),
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional});
    // For a pending order a checkout left behind (its saga confirms paid orders itself).
    router.add({"POST", "/api/v1/orders/{id}/confirm", Permission::OrdersManage, false, action(Domain::OrderAction::Confirm, false),
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional});
    router.add({"POST", "/api/v1/orders/{id}/pick", Permission::OrdersManage, false, action(Domain::OrderAction::Pick, false),
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional});
    router.add({"POST", "/api/v1/orders/{id}/pack", Permission::OrdersManage, false, action(Domain::OrderAction::Pack, false),
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional});
    router.add({"POST", "/api/v1/orders/{id}/notes", Permission::OrdersManage, true,
                [this](RequestContext &c) {
                    const auto write = orderWrite(c);
                    if (!write)
                        return write.error();
                    const QJsonObject body = c.body().object();
                    if (auto ok = Domain::Json::allowOnly(body, {u"body"}); !ok)
                        return HttpResponse::fromError(ok.error());
                    const QJsonValue text = body.value(QStringLiteral("body"));
                    auto order = m_orders.addNote(write->id, text.isString() ? text.toString() : QString(),
                                                  write->expectedVersion, AuditActor::of(c));
                    HttpResponse r = orderResponse(order, true);
                    if (order)
                        r.status = 201;
                    return r;
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional});
}

} // namespace Backroom::Server
