// SPDX-License-Identifier: MIT
#include "server/routes/shipmentroutes.h"

#include "domain/json.h"
#include "server/gateway/requestcontext.h"
#include "server/routes/paging.h"

namespace Backroom::Server {

using Domain::Error;
using Domain::Permission;

namespace {
HttpResponse noSuch(const char *what)
{
    return HttpResponse::fromError(Error::notFound(QStringLiteral("There is no such %1; check the id.").arg(QLatin1String(what))));
}

HttpResponse shipmentResponse(int status, const Domain::Result<StoredShipment> &s)
{
    if (!s)
        return HttpResponse::fromError(s.error());
    HttpResponse r = HttpResponse::json(status, s->toJson());
    r.setHeader("ETag", versionETag(s->version));
    r.setHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse listResponse(int status, const Domain::Result<QList<StoredShipment>> &list, bool publicView)
{
    if (!list)
        return HttpResponse::fromError(list.error());
    QJsonArray items;
    for (const StoredShipment &s : *list)
        items.append(publicView ? s.publicJson() : s.toJson());
    HttpResponse r = HttpResponse::json(status, QJsonObject{{QStringLiteral("items"), items}});
    r.setHeader("Cache-Control", "no-store");
    return r;
}

QJsonArray plannedJson(const QList<Domain::PlannedShipment> &planned)
{
    QJsonArray a;
    for (const Domain::PlannedShipment &p : planned) {
        QJsonArray lines;
        for (const Domain::ShipmentLine &l : p.lines)
            lines.append(QJsonObject{{QStringLiteral("sku"), l.sku}, {QStringLiteral("quantity"), l.quantity}});
        a.append(QJsonObject{{QStringLiteral("warehouse"), p.warehouse}, {QStringLiteral("lines"), lines}});
    }
    return a;
}

Domain::Result<ShipmentFilter> filterOf(const QUrlQuery &query)
{
    auto page = PageRequest::from(query);
    if (!page)
        return Domain::fail(page.error());
    ShipmentFilter f;
    f.before = page->after;
    f.limit = page->limit;
    QList<Domain::FieldError> errors;
    auto text = [&](const char *name) { return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).trimmed(); };
    f.status = text("status");
    if (!f.status.isEmpty() && f.status != u"pending" && !Domain::trackingStatusFromName(f.status))
        errors.append({QStringLiteral("status"),
                       QStringLiteral("must be pending or one of ") + Domain::trackingStatusNames().join(QStringLiteral(", "))});
    f.carrier = text("carrier");
    if (!f.carrier.isEmpty() && !Domain::isKnownCarrier(f.carrier))
        errors.append({QStringLiteral("carrier"), QStringLiteral("must be one of ") + Domain::knownCarriers().join(QStringLiteral(", "))});
    f.warehouse = text("warehouse");
    if (f.warehouse.size() > 20)
        errors.append({QStringLiteral("warehouse"), QStringLiteral("must be a warehouse code")});
    for (const char *name : {"late", "exception"}) {
        const QString v = text(name);
        if (v.isEmpty())
            continue;
        if (v != u"true" && v != u"false") {
            errors.append({QString::fromLatin1(name), QStringLiteral("must be true or false")});
            continue;
        }
        if (qstrcmp(name, "late") == 0)
            f.late = v == u"true";
        else
            f.exceptionOnly = v == u"true";
    }
    if (!errors.isEmpty())
        return Domain::fail(Error::validation(QStringLiteral("Some filters are not valid; see 'errors'."), errors));
    return f;
}
} // namespace

void ShipmentRoutes::registerOn(Router &router)
{
    router.add({"POST", "/api/v1/orders/{id}/shipments", Permission::ShipmentsManage, true,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuch("order");
                    auto created = m_shipments.create(*id, c.body().object(), QDateTime::currentDateTimeUtc(), AuditActor::of(c));
                    return listResponse(201, created, false);
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Required});
    router.add({"GET", "/api/v1/orders/{id}/shipments", Permission::ShipmentsManage, false, [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuch("order");
                    auto found = m_shipments.forOrder(*id, QDateTime::currentDateTimeUtc());
                    if (!found)
                        return HttpResponse::fromError(found.error());
                    QJsonArray items;
                    for (const StoredShipment &s : found->shipments)
                        items.append(s.toJson());
                    HttpResponse r = HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items},
                                                                         {QStringLiteral("open"), plannedJson(found->open)}});
                    r.setHeader("Cache-Control", "no-store");
                    return r;
                }});
    router.add({"GET", "/api/v1/shipments", Permission::ShipmentsManage, false, [this](RequestContext &c) {
                    auto filter = filterOf(c.query());
                    if (!filter)
                        return HttpResponse::fromError(filter.error());
                    auto page = m_shipments.list(*filter, QDateTime::currentDateTimeUtc());
                    if (!page)
                        return HttpResponse::fromError(page.error());
                    QJsonArray items;
                    for (const StoredShipment &s : page->items) {
                        QJsonObject o = s.toJson();
                        o.remove(QStringLiteral("timeline"));
                        items.append(o);
                    }
                    HttpResponse r = HttpResponse::json(200, pageJson(items, filter->limit, page->lastId));
                    r.setHeader("Cache-Control", "no-store");
                    return r;
                }});
    router.add({"GET", "/api/v1/shipments/{id}", Permission::ShipmentsManage, false, [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuch("shipment");
                    return shipmentResponse(200, m_shipments.shipment(*id, QDateTime::currentDateTimeUtc()));
                }});
    router.add({"POST", "/api/v1/shipments/{id}/ship", Permission::ShipmentsManage, false,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuch("shipment");
                    return shipmentResponse(200, m_shipments.ship(*id, QDateTime::currentDateTimeUtc(), AuditActor::of(c)));
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional});
    router.add({"POST", "/api/v1/shipments/{id}/events", Permission::ShipmentsManage, true,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuch("shipment");
                    const QDateTime now = QDateTime::currentDateTimeUtc();
                    auto event = Domain::trackingEventFromJson(c.body().object(), now);
                    if (!event)
                        return HttpResponse::fromError(event.error());
                    auto recorded = m_shipments.addEvent(*id, *event, QStringLiteral("staff"), now, AuditActor::of(c));
                    if (!recorded)
                        return HttpResponse::fromError(recorded.error());
                    HttpResponse r = shipmentResponse(recorded->duplicate ? 200 : 201, recorded->shipment);
                    r.setHeader("Location", "/api/v1/shipments/" + QByteArray::number(*id));
                    return r;
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional});
    // The raw body is what the carrier signed, so the gateway must not decode it first.
    router.add({"POST", "/api/v1/carriers/{carrier}/webhook", Permission::Public, false,
                [this](RequestContext &c) {
                    auto recorded = m_shipments.carrierEvent(c.param(QStringLiteral("carrier")),
                                                             c.request().header("Carrier-Signature"), c.request().body,
                                                             QDateTime::currentDateTimeUtc(), AuditActor::of(c));
                    if (!recorded)
                        return HttpResponse::fromError(recorded.error());
                    return HttpResponse::json(200, QJsonObject{{QStringLiteral("shipment_id"), QString::number(recorded->shipment.id)},
                                                               {QStringLiteral("status"), recorded->shipment.status},
                                                               {QStringLiteral("duplicate"), recorded->duplicate}});
                },
                Execution::Worker});
    router.add({"PUT", "/api/v1/carriers/{carrier}/webhook-secret", Permission::SystemManage, true,
                [this](RequestContext &c) {
                    const QJsonObject body = c.body().object();
                    if (auto ok = Domain::Json::allowOnly(body, {u"secret"}); !ok)
                        return HttpResponse::fromError(ok.error());
                    auto done = m_shipments.setWebhookSecret(c.param(QStringLiteral("carrier")),
                                                             body.value(QStringLiteral("secret")).toString(), AuditActor::of(c));
                    if (!done)
                        return HttpResponse::fromError(done.error());
                    return HttpResponse::noContent();
                },
                Execution::Worker});
    router.add({"GET", "/api/v1/tracking", Permission::Public, false, [this](RequestContext &c) {
                    const QUrlQuery q = c.query();
                    const QString order = q.queryItemValue(QStringLiteral("order"), QUrl::FullyDecoded).trimmed();
                    const QString email = q.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded).trimmed();
                    QList<Domain::FieldError> errors;
                    if (order.isEmpty() || order.size() > 40)
                        errors.append({QStringLiteral("order"), QStringLiteral("must be the order number, e.g. BR-0000042")});
                    if (email.isEmpty() || email.size() > 254)
                        errors.append({QStringLiteral("email"), QStringLiteral("must be the email the order was placed with")});
                    if (!errors.isEmpty())
                        return HttpResponse::fromError(Error::validation(
                            QStringLiteral("Give the order number and the email it was placed with."), errors));
                    return listResponse(200, m_shipments.trackOrder(order, email, QDateTime::currentDateTimeUtc()), true);
                }});
    router.add({"GET", "/api/v1/tracking/{trackingNumber}", Permission::Public, false, [this](RequestContext &c) {
                    return listResponse(200, m_shipments.trackNumber(c.param(QStringLiteral("trackingNumber")),
                                                                     QDateTime::currentDateTimeUtc()),
                                        true);
                }});
}

} // namespace Backroom::Server
