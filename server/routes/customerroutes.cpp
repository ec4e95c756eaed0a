// SPDX-License-Identifier: MIT
#include "server/routes/customerroutes.h"

#include "domain/json.h"
#include "server/gateway/requestcontext.h"
#include "server/routes/paging.h"

#include <QJsonArray>

namespace Backroom::Server {

using Domain::Error;
using Domain::Permission;

namespace {
HttpResponse noSuchCustomer()
{
    return HttpResponse::fromError(
        Error::notFound(QStringLiteral("There is no such customer; search /api/v1/customers for the right id.")));
}

HttpResponse noStore(HttpResponse r)
{
    r.setHeader("Cache-Control", "no-store");
    return r;
}

// A list in time order: its own (time, id) cursor, so the limit alone goes to PageRequest.
struct TimePageRequest {
    int limit = PageRequest::defaultLimit;
    TimeKey after;
};

Domain::Result<TimePageRequest> timePage(const QUrlQuery &query)
{
    QUrlQuery limitOnly = query;
    limitOnly.removeAllQueryItems(QStringLiteral("cursor"));
    auto page = PageRequest::from(limitOnly);
    if (!page)
        return Domain::fail(page.error());
    TimePageRequest request{page->limit, std::nullopt};
    if (const QString cursor = query.queryItemValue(QStringLiteral("cursor")); !cursor.isEmpty()) {
        auto after = decodeOrderCursor(cursor);
        if (!after)
            return Domain::fail(after.error());
        request.after = *after;
    }
    return request;
}

// The handler of a customer's list in time order: read(customer id, page) answers a CustomerPage.
template <typename Read> auto customerList(Read read)
{
    return [read](RequestContext &c) {
        const auto id = c.idParam(QStringLiteral("id"));
        if (!id)
            return noSuchCustomer();
        auto page = timePage(c.query());
        if (!page)
            return HttpResponse::fromError(page.error());
        auto list = read(*id, *page);
        if (!list)
            return HttpResponse::fromError(list.error());
        QJsonArray items;
        for (const auto &item : list->items)
            items.append(item.toJson());
        return noStore(HttpResponse::json(
            200, QJsonObject{{QStringLiteral("items"), items},
                             {QStringLiteral("next_cursor"),
                              list->nextCursor.isEmpty() ? QJsonValue() : QJsonValue(list->nextCursor)}}));
    };
}
} // namespace

void CustomerRoutes::registerOn(Router &router)
{
    router.add({"GET", "/api/v1/customers", Permission::CustomersRead, false, [this](RequestContext &c) {
                    auto page = PageRequest::from(c.query());
                    if (!page)
                        return HttpResponse::fromError(page.error());
                    const QString q = c.query().queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
                    if (q.size() > 200)
                        return HttpResponse::fromError(Error::validation(
                            QStringLiteral("The search text is too long."),
                            {{QStringLiteral("q"), QStringLiteral("must be at most 200 characters")}}));
                    auto found = m_customers.search(q, page->after, page->limit);
                    if (!found)
                        return HttpResponse::fromError(found.error());
                    QJsonArray items;
                    for (const CustomerSummary &s : *found)
                        items.append(s.toJson());
                    return noStore(HttpResponse::json(
                        200, pageJson(items, page->limit, found->isEmpty() ? 0 : found->constLast().id)));
                }});
    router.add({"GET", "/api/v1/customers/{id}", Permission::CustomersRead, false, [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchCustomer();
                    auto customer = m_customers.customer(*id);
                    if (!customer)
                        return HttpResponse::fromError(customer.error());
                    return noStore(HttpResponse::json(200, customer->toJson()));
                }});
    router.add({"GET", "/api/v1/customers/{id}/orders", Permission::CustomersRead, false, [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchCustomer();
                    auto page = timePage(c.query());
                    if (!page)
                        return HttpResponse::fromError(page.error());
                    OrderFilter filter;
                    filter.customerId = *id;
                    filter.limit = page->limit;
                    filter.after = page->after;
                    if (auto known = m_customers.requireCustomer(*id); !known)
                        return HttpResponse::fromError(known.error());
                    auto orders = m_orders.orders(filter);
                    if (!orders)
                        return HttpResponse::fromError(orders.error());
                    QJsonArray items;
                    for (const StoredOrder &o : orders->items)
                        items.append(o.summaryJson());
                    return noStore(HttpResponse::json(
                        200, QJsonObject{{QStringLiteral("items"), items},
                                         {QStringLiteral("next_cursor"),
                                          orders->nextCursor.isEmpty() ? QJsonValue() : QJsonValue(orders->nextCursor)}}));
                }});
    router.add({"GET", "/api/v1/customers/{id}/refunds", Permission::CustomersRead, false,
                customerList([this](qint64 id, const TimePageRequest &page) {
                    return m_customers.refunds(id, page.after, page.limit);
                })});
    router.add({"GET", "/api/v1/customers/{id}/returns", Permission::CustomersRead, false,
                customerList([this](qint64 id, const TimePageRequest &page) {
                    return m_customers.returns(id, page.after, page.limit);
                })});
    router.add({"GET", "/api/v1/customers/{id}/notes", Permission::CustomersRead, false, [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchCustomer();
                    auto page = PageRequest::from(c.query());
                    if (!page)
                        return HttpResponse::fromError(page.error());
                    auto notes = m_customers.notes(*id, page->after, page->limit);
                    if (!notes)
                        return HttpResponse::fromError(notes.error());
                    QJsonArray items;
                    for (const CustomerNote &n : *notes)
                        items.append(n.toJson());
                    return noStore(HttpResponse::json(
                        200, pageJson(items, page->limit, notes->isEmpty() ? 0 : notes->constLast().id)));
                }});
    router.add({"POST", "/api/v1/customers/{id}/notes", Permission::CustomersRead, true,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchCustomer();
                    const QJsonObject body = c.body().object();
                    if (auto ok = Domain::Json::allowOnly(body, {u"body"}); !ok)
                        return HttpResponse::fromError(ok.error());
                    const QJsonValue text = body.value(QStringLiteral("body"));
                    auto note = m_customers.addNote(*id, text.isString() ? text.toString() : QString(), AuditActor::of(c));
                    if (!note)
                        return HttpResponse::fromError(note.error());
                    return noStore(HttpResponse::json(201, note->toJson()));
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional});
}

} // namespace Backroom::Server
