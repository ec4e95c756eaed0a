// SPDX-License-Identifier: MIT
#include "server/routes/paymentroutes.h"

#include "server/payments/paymentprovider.h"
#include "server/payments/sandboxprocess.h"

namespace Backroom::Server {

void PaymentRoutes::registerOn(Router &router)
{
    router.add({"GET", "/api/v1/payments/provider", Domain::Permission::SystemManage, false, [this](RequestContext &) {
                    QJsonObject status = m_provider ? m_provider->statusJson() : QJsonObject{{QStringLiteral("state"), QJsonValue()}};
                    status.insert(QStringLiteral("configured"), m_provider != nullptr);
                    status.insert(QStringLiteral("sandbox"),
                                  m_sandbox ? QJsonValue(QJsonObject{{QStringLiteral("managed"), true},
                                                                     {QStringLiteral("running"), m_sandbox->running()},
                                                                     {QStringLiteral("pid"), m_sandbox->pid()}})
                                            : QJsonValue());
                    HttpResponse r = HttpResponse::json(200, status);
                    r.setHeader("Cache-Control", "no-store");
                    return r;
                }});
}

} // namespace Backroom::Server
