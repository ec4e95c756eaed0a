// SPDX-License-Identifier: MIT
#include "server/routes/refundroutes.h"

#include "domain/json.h"
#include "server/gateway/requestcontext.h"
#include "server/routes/paging.h"

#include <QJsonArray>

namespace Backroom::Server {

using Domain::Error;
using Domain::Permission;

namespace {
HttpResponse noSuch(const QString &what)
{
    return HttpResponse::fromError(Error::notFound(QStringLiteral("There is no such %1; check the id.").arg(what)));
}

HttpResponse refundResponse(int status, const Domain::Result<StoredRefund> &refund)
{
    if (!refund)
        return HttpResponse::fromError(refund.error());
    HttpResponse r = HttpResponse::json(status, refund->toJson());
    r.setHeader("Cache-Control", "no-store");
    if (status == 201)
        r.setHeader("Location", "/api/v1/refunds/" + QByteArray::number(refund->id));
    return r;
}

HttpResponse returnResponse(int status, const Domain::Result<StoredReturn> &ret)
{
    if (!ret)
        return HttpResponse::fromError(ret.error());
    HttpResponse r = HttpResponse::json(status, ret->toJson());
    r.setHeader("Cache-Control", "no-store");
    if (status == 201)
        r.setHeader("Location", "/api/v1/returns/" + QByteArray::number(ret->id));
    return r;
}

template<typename T>
HttpResponse listResponse(const Domain::Result<QList<T>> &list, int limit)
{
    if (!list)
        return HttpResponse::fromError(list.error());
    QJsonArray items;
    for (const T &item : *list)
        items.append(item.toJson());
    HttpResponse r = HttpResponse::json(200, pageJson(items, limit, list->isEmpty() ? 0 : list->last().id));
    r.setHeader("Cache-Control", "no-store");
    return r;
}

// The optional {"note"} of an approval or rejection.
std::expected<QString, HttpResponse> noteOf(const RequestContext &c)
{
    const QJsonObject body = c.body().object();
    if (auto ok = Domain::Json::allowOnly(body, {u"note"}); !ok)
        return std::unexpected(HttpResponse::fromError(ok.error()));
    const QJsonValue note = body.value(QStringLiteral("note"));
    if (!note.isUndefined() && !note.isNull() && !note.isString())
        return std::unexpected(HttpResponse::fromError(Error::validation(
            QStringLiteral("The note is not valid."), {{QStringLiteral("note"), QStringLiteral("must be text of at most 1000 characters")}})));
    return note.toString();
}
} // namespace

void RefundRoutes::registerOn(Router &router)
{
    router.add({"POST", "/api/v1/orders/{id}/refunds/preview", Permission::RefundsCreate, true,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuch(QStringLiteral("order"));
                    auto preview = m_refunds.preview(*id, c.body().object());
                    if (!preview)
                        return HttpResponse::fromError(preview.error());
                    HttpResponse r = HttpResponse::json(200, *preview);
                    r.setHeader("Cache-Control", "no-store");
                    return r;
                },
                Execution::Worker});
    router.add({"POST", "/api/v1/orders/{id}/refunds", Permission::RefundsCreate, true,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuch(QStringLiteral("order"));
                    return refundResponse(201, m_refunds.create(*id, c.body().object(), AuditActor::of(c)));
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Required});
    router.add({"GET", "/api/v1/orders/{id}/refunds", Permission::OrdersRead, false, [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuch(QStringLiteral("order"));
                    auto list = m_refunds.refundsOf(*id);
                    if (!list)
                        return HttpResponse::fromError(list.error());
                    QJsonArray items;
                    for (const StoredRefund &r : *list)
                        items.append(r.toJson());
                    HttpResponse r = HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items},
                                                                         {QStringLiteral("next_cursor"), QJsonValue()}});
                    r.setHeader("Cache-Control", "no-store");
                    return r;
                }});
    router.add({"GET", "/api/v1/refunds", Permission::OrdersRead, false, [this](RequestContext &c) {
                    auto page = PageRequest::from(c.query());
                    if (!page)
                        return HttpResponse::fromError(page.error());
                    return listResponse(m_refunds.refunds(c.query().queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded),
                                                          page->after, page->limit),
                                        page->limit);
                }});
    router.add({"GET", "/api/v1/refunds/{id}", Permission::OrdersRead, false, [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuch(QStringLiteral("refund"));
                    return refundResponse(200, m_refunds.refund(*id));
                }});
    const auto decide = [this](bool approve) {
        return [this, approve](RequestContext &c) {
            const auto id = c.idParam(QStringLiteral("id"));
            if (!id)
                return noSuch(QStringLiteral("refund"));
            auto note = noteOf(c);
            if (!note)
                return note.error();
            return refundResponse(200, approve ? m_refunds.approve(*id, *note, AuditActor::of(c))
                                               : m_refunds.reject(*id, *note, AuditActor::of(c)));
        };
    };
    router.add({"POST", "/api/v1/refunds/{id}/approve", Permission::RefundsApprove, true, decide(true), Execution::Worker,
                {QByteArrayLiteral("ip")}, Idempotency::Optional});
    router.add({"POST", "/api/v1/refunds/{id}/reject", Permission::RefundsApprove, true, decide(false), Execution::Worker,
                {QByteArrayLiteral("ip")}, Idempotency::Optional});

    router.add({"POST", "/api/v1/orders/{id}/returns", Permission::OrdersManage, true,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuch(QStringLiteral("order"));
                    return returnResponse(201, m_refunds.openReturn(*id, c.body().object(), AuditActor::of(c)));
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional});
    router.add({"GET", "/api/v1/returns", Permission::OrdersRead, false, [this](RequestContext &c) {
                    auto page = PageRequest::from(c.query());
                    if (!page)
                        return HttpResponse::fromError(page.error());
                    return listResponse(m_refunds.returns(c.query().queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded),
                                                          page->after, page->limit),
                                        page->limit);
                }});
    router.add({"GET", "/api/v1/returns/{id}", Permission::OrdersRead, false, [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuch(QStringLiteral("return"));
                    return returnResponse(200, m_refunds.returnOf(*id));
                }});
    router.add({"POST", "/api/v1/returns/{id}/receive", Permission::OrdersManage, true,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuch(QStringLiteral("return"));
                    return returnResponse(200, m_refunds.receiveReturn(*id, c.body().object(), AuditActor::of(c)));
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Required});
    router.add({"POST", "/api/v1/returns/{id}/refund", Permission::RefundsCreate, true,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuch(QStringLiteral("return"));
                    return refundResponse(201, m_refunds.refundReturn(*id, c.body().object(), AuditActor::of(c)));
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Required});
}

} // namespace Backroom::Server
