// SPDX-License-Identifier: MIT
#include "server/routes/sagaroutes.h"

#include "domain/json.h"
#include "server/gateway/requestcontext.h"
#include "server/routes/paging.h"

#include <QJsonArray>

namespace Backroom::Server {

using Domain::Error;
using Domain::Permission;

namespace {
const QStringList sagaKinds{QStringLiteral("checkout")};

// Every filter of the list, every problem at once.
Domain::Result<SagaFilter> filterOf(const QUrlQuery &query)
{
    QUrlQuery limitOnly = query;
    limitOnly.removeAllQueryItems(QStringLiteral("cursor"));
    auto page = PageRequest::from(limitOnly);
    if (!page)
        return Domain::fail(page.error());
    SagaFilter filter;
    filter.limit = page->limit;
    QList<Domain::FieldError> errors;
    if (const QString cursor = query.queryItemValue(QStringLiteral("cursor")); !cursor.isEmpty()) {
        auto after = decodeSagaCursor(cursor);
        if (!after)
            errors.append(after.error().fields);
        else
            filter.after = *after;
    }
    const QString status = query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
    for (const QString &name : status.split(u',', Qt::SkipEmptyParts)) {
        const auto s = Domain::sagaStatusFromName(name.trimmed());
        if (!s) {
            errors.append({QStringLiteral("status"),
                           QStringLiteral("must be running, compensating, failed or completed, or several of them separated "
                                          "by commas")});
            break;
        }
        if (!filter.statuses.contains(*s))
            filter.statuses.append(*s);
    }
    filter.kind = query.queryItemValue(QStringLiteral("kind"), QUrl::FullyDecoded).trimmed();
    if (!filter.kind.isEmpty() && !sagaKinds.contains(filter.kind))
        errors.append({QStringLiteral("kind"), QStringLiteral("must be one of %1").arg(sagaKinds.join(QStringLiteral(", ")))});
    if (!errors.isEmpty())
        return Domain::fail(Error::validation(QStringLiteral("Some filters are not valid; see 'errors'."), errors));
    return filter;
}

// The list row: what the monitor's table shows, without the steps.
QJsonObject rowJson(const SagaRecord &s)
{
    QJsonObject o = s.toMonitorJson();
    o.remove(QStringLiteral("steps"));
    o.remove(QStringLiteral("lines"));
    return o;
}
} // namespace

HttpResponse SagaRoutes::detail(const Domain::Result<SagaRecord> &saga)
{
    if (!saga)
        return HttpResponse::fromError(saga.error());
    QJsonObject body = saga->toMonitorJson();
    if (saga->orderId) {
        auto order = m_orders.order(*saga->orderId, std::nullopt);
        if (!order)
            return HttpResponse::fromError(order.error());
        body.insert(QStringLiteral("order"), order->summaryJson());
    }
    HttpResponse r = HttpResponse::json(200, body);
    r.setHeader("Cache-Control", "no-store");
    return r;
}

void SagaRoutes::registerOn(Router &router)
{
    router.add({"GET", "/api/v1/sagas", Permission::SystemManage, false, [this](RequestContext &c) {
                    auto filter = filterOf(c.query());
                    if (!filter)
                        return HttpResponse::fromError(filter.error());
                    auto page = m_sagas.sagas(*filter);
                    if (!page)
                        return HttpResponse::fromError(page.error());
                    QJsonArray items;
                    for (const SagaRecord &s : page->items)
                        items.append(rowJson(s));
                    HttpResponse r = HttpResponse::json(
                        200, QJsonObject{{QStringLiteral("items"), items},
                                         {QStringLiteral("next_cursor"),
                                          page->nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page->nextCursor)}});
                    r.setHeader("Cache-Control", "no-store");
                    return r;
                }});
    router.add({"GET", "/api/v1/sagas/counts", Permission::SystemManage, false, [this](RequestContext &) {
                    auto counts = m_sagas.countUnfinished();
                    if (!counts)
                        return HttpResponse::fromError(counts.error());
                    QJsonObject body;
                    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
                        body.insert(Domain::sagaStatusName(it.key()), it.value());
                    HttpResponse r = HttpResponse::json(200, body);
                    r.setHeader("Cache-Control", "no-store");
                    return r;
                }});
    router.add({"GET", "/api/v1/sagas/{id}", Permission::SystemManage, false,
                [this](RequestContext &c) { return detail(m_sagas.saga(c.param(QStringLiteral("id")))); }});
    router.add({"POST", "/api/v1/sagas/{id}/retry", Permission::SystemManage, false,
                [this](RequestContext &c) {
                    return detail(m_sagas.retry(c.param(QStringLiteral("id")), AuditActor::of(c)));
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional});
    router.add({"POST", "/api/v1/sagas/{id}/compensate", Permission::SystemManage, true,
                [this](RequestContext &c) {
                    const QJsonObject body = c.body().object();
                    if (auto ok = Domain::Json::allowOnly(body, {u"reason"}); !ok)
                        return HttpResponse::fromError(ok.error());
                    const QJsonValue v = body.value(QStringLiteral("reason"));
                    const QString reason = v.isString() ? v.toString().trimmed() : QString();
                    if (reason.isEmpty() || reason.size() > 500)
                        return HttpResponse::fromError(Error::validation(
                            QStringLiteral("Say why the saga is undone; it goes into the audit log and the order's timeline."),
                            {{QStringLiteral("reason"), QStringLiteral("must be text of 1 to 500 characters")}}));
                    return detail(m_sagas.compensate(c.param(QStringLiteral("id")), reason, AuditActor::of(c)));
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional});
}

} // namespace Backroom::Server
