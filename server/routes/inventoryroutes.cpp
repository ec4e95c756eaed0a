// SPDX-License-Identifier: MIT
#include "server/routes/inventoryroutes.h"

#include "domain/json.h"
#include "server/gateway/requestcontext.h"
#include "server/routes/paging.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Backroom::Server {

using Domain::Error;
using Domain::Permission;

namespace {
HttpResponse noStore(HttpResponse r)
{
    r.setHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse itemResponse(int status, const StockItem &item)
{
    HttpResponse r = HttpResponse::json(status, item.toJson());
    r.setHeader("ETag", versionETag(item.version()));
    return noStore(r);
}

HttpResponse warehouseResponse(int status, const Warehouse &w)
{
    HttpResponse r = HttpResponse::json(status, w.toJson());
    r.setHeader("ETag", versionETag(w.version));
    return noStore(r);
}

// A whole number member within [min, max]: Validation naming it otherwise (or when missing and required).
Domain::Result<std::optional<qint64>> wholeNumber(const QJsonObject &body, const QString &field, qint64 min, qint64 max,
                                                  bool required, bool nullable = false)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || (nullable && v.isNull())) {
        if (!required || (nullable && v.isNull()))
            return std::optional<qint64>();
    }
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d) || d < double(min) || d > double(max))
        return Domain::fail(Error::validation(
            QStringLiteral("'%1' is not valid; enter a whole number from %2 to %3.").arg(field).arg(min).arg(max),
            {{field, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max)}}));
    return std::optional(qint64(d));
}

Domain::Result<QString> optionalNote(const QJsonObject &body)
{
    const QJsonValue v = body.value(QStringLiteral("note"));
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString() || v.toString().size() > 2000)
        return Domain::fail(Error::validation(QStringLiteral("The note is not valid."),
                                              {{QStringLiteral("note"), QStringLiteral("must be text of up to 2000 characters")}}));
    return v.toString().trimmed();
}

Domain::Result<QString> requiredCode(const QJsonObject &body, QStringView field)
{
    return Domain::Json::requiredString(body, field, 64);
}

HttpResponse shortageResponse(const QList<Domain::StockShortage> &shortages)
{
    HttpResponse r = HttpResponse::fromError(Error::conflict(
        QStringLiteral("Not enough stock for every line; nothing was reserved. Reduce the quantities named in 'short'.")));
    QJsonObject problem = QJsonDocument::fromJson(r.body).object();
    QJsonArray list;
    for (const Domain::StockShortage &s : shortages)
        list.append(QJsonObject{{QStringLiteral("sku"), s.sku},
                                {QStringLiteral("requested"), s.requested},
                                {QStringLiteral("available"), s.available}});
    problem.insert(QStringLiteral("short"), list);
    r.body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse reservationResponse(int status, const Reservation &reservation)
{
    HttpResponse r = HttpResponse::json(status, reservation.toJson());
    r.setHeader("Location", "/api/v1/stock/reservations/" + QByteArray::number(reservation.id));
    return noStore(r);
}

HttpResponse noSuchReservation()
{
    return HttpResponse::fromError(Error::notFound(QStringLiteral("There is no such reservation.")));
}

HttpResponse noSuchTransfer()
{
    return HttpResponse::fromError(Error::notFound(QStringLiteral("There is no such transfer; list /api/v1/stock/transfers.")));
}

QString encodeSkuCursor(const QString &sku)
{
    return QString::fromLatin1(sku.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

void InventoryRoutes::registerOn(Router &router)
{
    router.add({"GET", "/api/v1/warehouses", Permission::InventoryRead, false, [this](RequestContext &) {
                    auto list = m_inventory.warehouses();
                    if (!list)
                        return HttpResponse::fromError(list.error());
                    QJsonArray items;
                    for (const Warehouse &w : std::as_const(*list))
                        items.append(w.toJson());
                    return noStore(HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}}));
                }});
    router.add({"POST", "/api/v1/warehouses", Permission::SystemManage, true,
                [this](RequestContext &c) {
                    auto created = m_inventory.createWarehouse(c.body().object(), AuditActor::of(c));
                    if (!created)
                        return HttpResponse::fromError(created.error());
                    HttpResponse r = warehouseResponse(201, *created);
                    r.setHeader("Location", "/api/v1/warehouses/" + created->code.toUtf8());
                    return r;
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional});
    router.add({"PATCH", "/api/v1/warehouses/{code}", Permission::SystemManage, true,
                [this](RequestContext &c) {
                    if (c.request().header("If-Match").isEmpty())
                        return HttpResponse::problem(428, QStringLiteral("precondition-required"),
                                                     QStringLiteral("Send If-Match with the ETag you read, so a change "
                                                                    "made meanwhile is not overwritten; GET the warehouse first."));
                    auto expected = c.expectedVersion();
                    if (!expected)
                        return HttpResponse::fromError(expected.error());
                    auto updated = m_inventory.updateWarehouse(c.param(QStringLiteral("code")), c.body().object(), *expected,
                                                               AuditActor::of(c));
                    if (!updated)
                        return HttpResponse::fromError(updated.error());
                    return warehouseResponse(200, *updated);
                },
                Execution::Worker});

    router.add({"GET", "/api/v1/stock", Permission::InventoryRead, false, [this](RequestContext &c) {
                    const QUrlQuery q = c.query();
                    StockFilter filter;
                    QList<Domain::FieldError> errors;
                    QUrlQuery paging;
                    if (q.hasQueryItem(QStringLiteral("limit")))
                        paging.addQueryItem(QStringLiteral("limit"), q.queryItemValue(QStringLiteral("limit")));
                    if (auto page = PageRequest::from(paging))
                        filter.limit = page->limit;
                    else
                        errors += page.error().fields;
                    if (const QString cursor = q.queryItemValue(QStringLiteral("cursor")); !cursor.isEmpty()) {
                        const auto decoded = QByteArray::fromBase64Encoding(
                            cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
                        if (!decoded || decoded.decoded.isEmpty())
                            errors.append({QStringLiteral("cursor"), QStringLiteral("is not a cursor this server issued")});
                        else
                            filter.afterSku = QString::fromUtf8(decoded.decoded);
                    }
                    const QString low = q.queryItemValue(QStringLiteral("low"));
                    if (!low.isEmpty() && low != u"true" && low != u"false")
                        errors.append({QStringLiteral("low"), QStringLiteral("must be true or false")});
                    filter.lowOnly = low == u"true";
                    filter.warehouse = q.queryItemValue(QStringLiteral("warehouse"));
                    filter.text = q.queryItemValue(QStringLiteral("q")).left(200);
                    if (!errors.isEmpty())
                        return HttpResponse::fromError(Error::validation(
                            QStringLiteral("The list parameters are not valid; correct the parameters named."), errors));
                    auto page = m_inventory.stock(filter);
                    if (!page)
                        return HttpResponse::fromError(page.error());
                    QJsonArray items;
                    for (const StockItem &item : std::as_const(page->items))
                        items.append(item.toJson());
                    return noStore(HttpResponse::json(
                        200, QJsonObject{{QStringLiteral("items"), items},
                                         {QStringLiteral("next_cursor"), page->nextAfter.isEmpty()
                                              ? QJsonValue() : QJsonValue(encodeSkuCursor(page->nextAfter))}}));
                }});
    router.add({"GET", "/api/v1/stock/lookup", Permission::InventoryRead, false, [this](RequestContext &c) {
                    const QString code = c.query().queryItemValue(QStringLiteral("code"));
                    if (code.trimmed().isEmpty())
                        return HttpResponse::fromError(Error::validation(
                            QStringLiteral("Scan or type a SKU or barcode."),
                            {{QStringLiteral("code"), QStringLiteral("is required")}}));
                    auto item = m_inventory.lookup(code);
                    if (!item)
                        return HttpResponse::fromError(item.error());
                    return itemResponse(200, *item);
                }});
    router.add({"GET", "/api/v1/stock/low", Permission::InventoryRead, false, [this](RequestContext &) {
                    auto list = m_inventory.lowStock(QDate::currentDate());
                    if (!list)
                        return HttpResponse::fromError(list.error());
                    QJsonArray items;
                    for (const LowStockEntry &e : std::as_const(*list))
                        items.append(e.toJson());
                    return noStore(HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}}));
                }});
    router.add({"GET", "/api/v1/stock/projections/check", Permission::SystemManage, false,
                [this](RequestContext &) {
                    auto check = m_inventory.checkProjections();
                    if (!check)
                        return HttpResponse::fromError(check.error());
                    return noStore(HttpResponse::json(200, check->toJson()));
                },
                Execution::Worker});
    router.add({"GET", "/api/v1/stock/{sku}", Permission::InventoryRead, false, [this](RequestContext &c) {
                    auto item = m_inventory.item(c.param(QStringLiteral("sku")),
                                                 c.query().queryItemValue(QStringLiteral("warehouse")));
                    if (!item)
                        return HttpResponse::fromError(item.error());
                    return itemResponse(200, *item);
                }});
    router.add({"GET", "/api/v1/stock/{sku}/history", Permission::InventoryRead, false, [this](RequestContext &c) {
                    auto page = PageRequest::from(c.query());
                    if (!page)
                        return HttpResponse::fromError(page.error());
                    auto history = m_inventory.history(c.param(QStringLiteral("sku")),
                                                       c.query().queryItemValue(QStringLiteral("warehouse")), page->after,
                                                       page->limit);
                    if (!history)
                        return HttpResponse::fromError(history.error());
                    QJsonArray items;
                    for (const StoredStockEvent &e : std::as_const(history->items))
                        items.append(e.toJson());
                    return noStore(HttpResponse::json(200, pageJson(items, page->limit, history->lastId)));
                }});
    router.add({"GET", "/api/v1/stock/{sku}/forecast", Permission::InventoryRead, false, [this](RequestContext &c) {
                    auto forecast = m_inventory.forecast(c.param(QStringLiteral("sku")), QDate::currentDate());
                    if (!forecast)
                        return HttpResponse::fromError(forecast.error());
                    return noStore(HttpResponse::json(200, forecast->toJson()));
                }});
    router.add({"PUT", "/api/v1/stock/{sku}/reorder", Permission::InventoryWrite, true,
                [this](RequestContext &c) {
                    const QJsonObject body = c.body().object();
                    if (auto ok = Domain::Json::allowOnly(body, {u"reorder_point", u"reorder_quantity"}); !ok)
                        return HttpResponse::fromError(ok.error());
                    auto point = wholeNumber(body, QStringLiteral("reorder_point"), 0, Domain::maxStockQuantity, true, true);
                    if (!point)
                        return HttpResponse::fromError(point.error());
                    auto quantity = wholeNumber(body, QStringLiteral("reorder_quantity"), 1, Domain::maxStockQuantity, true, true);
                    if (!quantity)
                        return HttpResponse::fromError(quantity.error());
                    auto item = m_inventory.setReorder(c.param(QStringLiteral("sku")), *point, *quantity, AuditActor::of(c));
                    if (!item)
                        return HttpResponse::fromError(item.error());
                    return itemResponse(200, *item);
                },
                Execution::Worker});
    router.add({"POST", "/api/v1/stock/{sku}/adjustments", Permission::InventoryWrite, true,
                [this](RequestContext &c) {
                    const QJsonObject body = c.body().object();
                    if (auto ok = Domain::Json::allowOnly(body, {u"warehouse", u"delta", u"reason", u"note"}); !ok)
                        return HttpResponse::fromError(ok.error());
                    auto warehouse = requiredCode(body, u"warehouse");
                    if (!warehouse)
                        return HttpResponse::fromError(warehouse.error());
                    const QJsonValue deltaValue = body.value(QStringLiteral("delta"));
                    const double d = deltaValue.toDouble(std::nan(""));
                    if (!deltaValue.isDouble() || d != std::floor(d) || std::abs(d) > 1e15)
                        return HttpResponse::fromError(Error::validation(
                            QStringLiteral("Enter the change in units: positive adds stock, negative removes it."),
                            {{QStringLiteral("delta"), QStringLiteral("must be a whole number")}}));
                    std::optional<Domain::AdjustmentReason> reason;
                    if (const QJsonValue r = body.value(QStringLiteral("reason")); !r.isUndefined() && !r.isNull()) {
                        reason = Domain::adjustmentReasonFromName(r.toString());
                        if (!reason)
                            return HttpResponse::fromError(Error::validation(
                                QStringLiteral("The reason is not one this server knows."),
                                {{QStringLiteral("reason"),
                                  QStringLiteral("must be one of received, count_correction, damaged, lost, found, returned")}}));
                    }
                    auto note = optionalNote(body);
                    if (!note)
                        return HttpResponse::fromError(note.error());
                    auto moved = m_inventory.adjust(c.param(QStringLiteral("sku")), *warehouse, qint64(d), reason, *note,
                                                    AuditActor::of(c));
                    if (!moved)
                        return HttpResponse::fromError(moved.error());
                    return noStore(HttpResponse::json(201, QJsonObject{{QStringLiteral("event"), moved->event->toJson()},
                                                                       {QStringLiteral("stock"), moved->stock.toJson()}}));
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Required});
    router.add({"POST", "/api/v1/stock/{sku}/counts", Permission::InventoryWrite, true,
                [this](RequestContext &c) {
                    const QJsonObject body = c.body().object();
                    if (auto ok = Domain::Json::allowOnly(body, {u"warehouse", u"counted", u"note"}); !ok)
                        return HttpResponse::fromError(ok.error());
                    auto warehouse = requiredCode(body, u"warehouse");
                    if (!warehouse)
                        return HttpResponse::fromError(warehouse.error());
                    auto counted = wholeNumber(body, QStringLiteral("counted"), 0, Domain::maxStockQuantity, true);
                    if (!counted)
                        return HttpResponse::fromError(counted.error());
                    auto note = optionalNote(body);
                    if (!note)
                        return HttpResponse::fromError(note.error());
                    auto moved = m_inventory.count(c.param(QStringLiteral("sku")), *warehouse, **counted, *note,
                                                   AuditActor::of(c));
                    if (!moved)
                        return HttpResponse::fromError(moved.error());
                    return noStore(HttpResponse::json(
                        201, QJsonObject{{QStringLiteral("event"), moved->event ? QJsonValue(moved->event->toJson()) : QJsonValue()},
                                         {QStringLiteral("stock"), moved->stock.toJson()}}));
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Required});
    router.add({"POST", "/api/v1/stock/transfers", Permission::InventoryWrite, true,
                [this](RequestContext &c) {
                    const QJsonObject body = c.body().object();
                    if (auto ok = Domain::Json::allowOnly(body, {u"sku", u"from", u"to", u"quantity", u"note"}); !ok)
                        return HttpResponse::fromError(ok.error());
                    auto sku = requiredCode(body, u"sku");
                    if (!sku)
                        return HttpResponse::fromError(sku.error());
                    auto from = requiredCode(body, u"from");
                    if (!from)
                        return HttpResponse::fromError(from.error());
                    auto to = requiredCode(body, u"to");
                    if (!to)
                        return HttpResponse::fromError(to.error());
                    auto quantity = wholeNumber(body, QStringLiteral("quantity"), 1, Domain::maxStockQuantity, true);
                    if (!quantity)
                        return HttpResponse::fromError(quantity.error());
                    auto note = optionalNote(body);
                    if (!note)
                        return HttpResponse::fromError(note.error());
                    auto t = m_inventory.transfer(*sku, *from, *to, **quantity, *note, AuditActor::of(c));
                    if (!t)
                        return HttpResponse::fromError(t.error());
                    return noStore(HttpResponse::json(201, t->toJson()));
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Required});
    router.add({"GET", "/api/v1/stock/transfers", Permission::InventoryRead, false, [this](RequestContext &c) {
                    auto page = PageRequest::from(c.query());
                    if (!page)
                        return HttpResponse::fromError(page.error());
                    QString status = c.query().queryItemValue(QStringLiteral("status"));
                    if (status.isEmpty())
                        status = QStringLiteral("all");
                    if (status != u"all" && status != u"in_transit" && status != u"received")
                        return HttpResponse::fromError(Error::validation(
                            QStringLiteral("The status filter is not valid."),
                            {{QStringLiteral("status"), QStringLiteral("must be in_transit, received or all")}}));
                    auto list = m_inventory.transfers(status, c.query().queryItemValue(QStringLiteral("sku")), page->after,
                                                      page->limit);
                    if (!list)
                        return HttpResponse::fromError(list.error());
                    QJsonArray items;
                    for (const StockTransfer &t : std::as_const(list->items))
                        items.append(t.toJson());
                    return noStore(HttpResponse::json(200, pageJson(items, page->limit, list->lastId)));
                }});
    router.add({"POST", "/api/v1/stock/transfers/{id}/receipts", Permission::InventoryWrite, true,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchTransfer();
                    const QJsonObject body = c.body().object();
                    if (auto ok = Domain::Json::allowOnly(body, {u"quantity"}); !ok)
                        return HttpResponse::fromError(ok.error());
                    auto quantity = wholeNumber(body, QStringLiteral("quantity"), 1, Domain::maxStockQuantity, true);
                    if (!quantity)
                        return HttpResponse::fromError(quantity.error());
                    auto t = m_inventory.receiveTransfer(*id, **quantity, AuditActor::of(c));
                    if (!t)
                        return HttpResponse::fromError(t.error());
                    return noStore(HttpResponse::json(201, t->toJson()));
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Required});
    router.add({"POST", "/api/v1/stock/reservations", Permission::InventoryWrite, true,
                [this](RequestContext &c) {
                    const QJsonObject body = c.body().object();
                    if (auto ok = Domain::Json::allowOnly(body, {u"lines", u"reference", u"expires_in_seconds"}); !ok)
                        return HttpResponse::fromError(ok.error());
                    const QJsonValue linesValue = body.value(QStringLiteral("lines"));
                    const QJsonArray array = linesValue.toArray();
                    if (!linesValue.isArray() || array.isEmpty() || array.size() > 200)
                        return HttpResponse::fromError(Error::validation(
                            QStringLiteral("A reservation needs its lines."),
                            {{QStringLiteral("lines"), QStringLiteral("must be a list of 1 to 200 {sku, quantity}")}}));
                    QList<Domain::StockLine> lines;
                    QList<Domain::FieldError> errors;
                    for (qsizetype i = 0; i < array.size(); ++i) {
                        const QJsonObject line = array[i].toObject();
                        const QString at = QStringLiteral("lines[%1].").arg(i);
                        if (!array[i].isObject() || !Domain::Json::allowOnly(line, {u"sku", u"quantity"})) {
                            errors.append({at.chopped(1), QStringLiteral("must be {\"sku\", \"quantity\"}")});
                            continue;
                        }
                        auto sku = requiredCode(line, u"sku");
                        if (!sku)
                            errors.append({at + QStringLiteral("sku"), QStringLiteral("is required")});
                        auto quantity = wholeNumber(line, QStringLiteral("quantity"), 1, Domain::maxStockQuantity, true);
                        if (!quantity)
                            errors.append({at + QStringLiteral("quantity"),
                                           QStringLiteral("must be a whole number from 1 to %1").arg(Domain::maxStockQuantity)});
                        if (sku && quantity)
                            lines.append({*sku, **quantity});
                    }
                    QString reference;
                    if (const QJsonValue r = body.value(QStringLiteral("reference")); !r.isUndefined() && !r.isNull()) {
                        if (!r.isString() || r.toString().size() > 200)
                            errors.append({QStringLiteral("reference"), QStringLiteral("must be text of up to 200 characters")});
                        reference = r.toString();
                    }
                    auto expires = wholeNumber(body, QStringLiteral("expires_in_seconds"), 1, 7 * 24 * 3600, false);
                    if (!expires)
                        errors += expires.error().fields;
                    if (!errors.isEmpty())
                        return HttpResponse::fromError(Error::validation(
                            QStringLiteral("The reservation is not valid; correct the fields named."), errors));
                    auto outcome = m_inventory.reserve(lines, reference,
                                                       *expires ? std::optional(int(**expires)) : std::nullopt,
                                                       AuditActor::of(c));
                    if (!outcome)
                        return HttpResponse::fromError(outcome.error());
                    if (const auto *shortages = std::get_if<QList<Domain::StockShortage>>(&*outcome))
                        return shortageResponse(*shortages);
                    return reservationResponse(201, std::get<Reservation>(*outcome));
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Required});
    router.add({"GET", "/api/v1/stock/reservations/{id}", Permission::InventoryRead, false, [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchReservation();
                    auto r = m_inventory.reservation(*id);
                    if (!r)
                        return HttpResponse::fromError(r.error());
                    return noStore(HttpResponse::json(200, r->toJson()));
                }});
    const auto settle = [this](RequestContext &c, bool allocate) {
        const auto id = c.idParam(QStringLiteral("id"));
        if (!id)
            return noSuchReservation();
        auto r = allocate ? m_inventory.allocate(*id, AuditActor::of(c)) : m_inventory.release(*id, AuditActor::of(c));
        if (!r)
            return HttpResponse::fromError(r.error());
        return reservationResponse(200, *r);
    };
    router.add({"POST", "/api/v1/stock/reservations/{id}/release", Permission::InventoryWrite, false,
                [settle](RequestContext &c) { return settle(c, false); }, Execution::Worker, {QByteArrayLiteral("ip")},
                Idempotency::Required});
    router.add({"POST", "/api/v1/stock/reservations/{id}/allocate", Permission::InventoryWrite, false,
                [settle](RequestContext &c) { return settle(c, true); }, Execution::Worker, {QByteArrayLiteral("ip")},
                Idempotency::Required});
}

} // namespace Backroom::Server
