// SPDX-License-Identifier: MIT
#include "server/routes/notificationroutes.h"

#include "server/gateway/requestcontext.h"
#include "server/routes/paging.h"

namespace Backroom::Server {

using Domain::Error;
using Domain::Permission;

namespace {
HttpResponse noSuchNotification()
{
    return HttpResponse::fromError(
        Error::notFound(QStringLiteral("There is no notification with this id; list them at /api/v1/notifications.")));
}
} // namespace

void NotificationRoutes::registerOn(Router &router)
{
    router.add({"GET", "/api/v1/notifications", Permission::SystemManage, false, [this](RequestContext &c) {
                    const auto status = statusFilter(c.query(), NotificationService::statuses());
                    if (!status)
                        return HttpResponse::fromError(status.error());
                    auto page = PageRequest::from(c.query());
                    if (!page)
                        return HttpResponse::fromError(page.error());
                    auto items = m_notifications.list(*status, page->after, page->limit);
                    if (!items)
                        return HttpResponse::fromError(items.error());
                    HttpResponse r = HttpResponse::json(200, pageJson(*items, page->limit));
                    r.setHeader("Cache-Control", "no-store");
                    return r;
                }});

    router.add({"GET", "/api/v1/notifications/{id}", Permission::SystemManage, false, [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchNotification();
                    auto found = m_notifications.find(*id);
                    if (!found)
                        return HttpResponse::fromError(found.error());
                    HttpResponse r = HttpResponse::json(200, *found);
                    r.setHeader("Cache-Control", "no-store");
                    return r;
                }});

    router.add({"POST", "/api/v1/notifications/{id}/retry", Permission::SystemManage, false,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchNotification();
                    auto retried = m_notifications.retry(*id, AuditActor::of(c));
                    if (!retried)
                        return HttpResponse::fromError(retried.error());
                    return HttpResponse::json(202, *retried);
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional});
}

} // namespace Backroom::Server
