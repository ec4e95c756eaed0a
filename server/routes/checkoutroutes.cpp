// SPDX-License-Identifier: MIT
#include "server/routes/checkoutroutes.h"

#include "server/gateway/requestcontext.h"

#include <QJsonDocument>

namespace Backroom::Server {

namespace {
QByteArray statusUrl(const QString &id)
{
    return "/api/v1/checkouts/" + id.toLatin1();
}
} // namespace

// Done: 201 with the order. Failed: the problem the saga stored (402 declined, 409 short of stock, 503 with
// Retry-After while payments are unavailable, ...). Still under way: 202 with where to look.
HttpResponse CheckoutRoutes::answer(const SagaRecord &saga)
{
    if (saga.status == Domain::SagaStatus::Completed && saga.orderId) {
        auto order = m_orders.order(*saga.orderId, std::nullopt);
        if (order) {
            QJsonObject body = order->toJson(false);
            body.insert(QStringLiteral("checkout_id"), saga.id);
            HttpResponse r = HttpResponse::json(201, body);
            r.setHeader("Location", statusUrl(saga.id));
            r.setHeader("Cache-Control", "no-store");
            return r;
        }
    }
    if (saga.status == Domain::SagaStatus::Failed) {
        QJsonObject problem = saga.failure;
        const int status = problem.value(QStringLiteral("status")).toInt(500);
        HttpResponse r = HttpResponse::problem(status, QStringLiteral("checkout-failed"), QString());
        problem.insert(QStringLiteral("checkout_id"), saga.id);
        r.body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
        if (problem.contains(QStringLiteral("retry_after")))
            r.setHeader("Retry-After", QByteArray::number(problem.value(QStringLiteral("retry_after")).toInteger()));
        r.setHeader("Location", statusUrl(saga.id));
        return r;
    }
    HttpResponse r = HttpResponse::json(
        202, QJsonObject{{QStringLiteral("id"), saga.id},
                         {QStringLiteral("status"), Domain::sagaStatusName(saga.status)},
                         {QStringLiteral("step"), Domain::sagaStepName(saga.step)},
                         {QStringLiteral("status_url"), QString::fromLatin1(statusUrl(saga.id))}});
    r.setHeader("Location", statusUrl(saga.id));
    r.setHeader("Retry-After", "1");
    r.setHeader("Cache-Control", "no-store");
    return r;
}

void CheckoutRoutes::registerOn(Router &router)
{
    router.add({"POST", "/api/v1/carts/{id}/checkout", Domain::Permission::Public, true,
                [this](RequestContext &c) {
                    const std::optional<qint64> caller =
                        c.principal() ? std::optional(c.principal()->userId) : std::nullopt;
                    auto request = CheckoutSagas::parseRequest(c.param(QStringLiteral("id")), caller, c.body().object());
                    if (!request)
                        return HttpResponse::fromError(request.error());
                    auto saga = m_sagas.checkout(*request, AuditActor::of(c));
                    if (!saga)
                        return HttpResponse::fromError(saga.error());
                    return answer(*saga);
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Required});
    router.add({"GET", "/api/v1/checkouts/{id}", Domain::Permission::Public, false, [this](RequestContext &c) {
                    auto saga = m_sagas.saga(c.param(QStringLiteral("id")));
                    if (!saga)
                        return HttpResponse::fromError(saga.error());
                    QJsonObject body = saga->toJson();
                    if (saga->status == Domain::SagaStatus::Completed && saga->orderId) {
                        auto order = m_orders.order(*saga->orderId, std::nullopt);
                        if (order)
                            body.insert(QStringLiteral("order"), order->toJson(false));
                    }
                    HttpResponse r = HttpResponse::json(200, body);
                    r.setHeader("Cache-Control", "no-store");
                    return r;
                }});
}

} // namespace Backroom::Server
