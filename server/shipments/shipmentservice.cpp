// SPDX-License-Identifier: MIT
#include "server/shipments/shipmentservice.h"

#include "domain/json.h"
#include "server/events/outbox.h"
#include "server/inventory/reservationshipping.h"
#include "server/orders/orderservice.h"
#include "server/store/database.h"
#include "server/store/transaction.h"

#include <QJsonDocument>
#include <QSet>
#include <cmath>

namespace Backroom::Server {

using Domain::Error;
using Domain::TrackingStatus;

namespace {
QByteArray stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs).toUtf8();
}

Error noSuchShipment()
{
    return Error::notFound(QStringLiteral("There is no such shipment; check the shipment id or tracking number."));
}

const QByteArray shipmentColumns = "s.id, s.order_id, o.number, w.code, s.carrier, s.service, s.tracking_number, "
                                   "s.weight_grams, s.parcels, s.status, "
    + rfc3339("s.shipped_at") + ", " + rfc3339("s.expected_delivery_at") + ", " + rfc3339("s.delivered_at") + ", "
    + rfc3339("s.created_at") + ", " + rfc3339("s.updated_at")
    + ", s.version FROM shipments s JOIN orders o ON o.id = s.order_id JOIN warehouses w ON w.id = s.warehouse_id";

StoredShipment shipmentFrom(const PgResult &r, int row, const QDateTime &now)
{
    StoredShipment s;
    s.id = r.toInt64(row, 0);
    s.orderId = r.toInt64(row, 1);
    s.orderNumber = r.text(row, 2);
    s.warehouse = r.text(row, 3);
    s.carrier = r.text(row, 4);
    s.service = r.text(row, 5);
    s.trackingNumber = r.text(row, 6);
    if (!r.isNull(row, 7))
        s.weightGrams = int(r.toInt64(row, 7));
    s.parcels = int(r.toInt64(row, 8));
    s.status = r.text(row, 9);
    s.shippedAt = r.text(row, 10);
    s.expectedDeliveryAt = r.text(row, 11);
    s.deliveredAt = r.text(row, 12);
    s.createdAt = r.text(row, 13);
    s.updatedAt = r.text(row, 14);
    s.version = int(r.toInt64(row, 15));
    const QDateTime expected = QDateTime::fromString(s.expectedDeliveryAt, Qt::ISODateWithMs);
    s.late = Domain::isShipmentLate(expected.isValid() ? std::optional(expected) : std::nullopt,
                                    Domain::trackingStatusFromName(s.status), now);
    return s;
}

// Fills in the lines (and timelines) of shipments, in two statements whatever their number.
PgExpected<void> complete(PgConnection &c, QList<StoredShipment> &shipments, bool withTimeline)
{
    if (shipments.isEmpty())
        return {};
    QList<qint64> ids;
    QHash<qint64, int> at;
    for (int i = 0; i < shipments.size(); ++i) {
        ids.append(shipments[i].id);
        at.insert(shipments[i].id, i);
    }
    auto lines = c.exec("SELECT shipment_id, sku, quantity FROM shipment_lines WHERE shipment_id = ANY($1::bigint[]) "
                        "ORDER BY shipment_id, sku",
                        {int64ArrayParam(ids)});
    if (!lines)
        return std::unexpected(lines.error());
    for (int i = 0; i < lines->rows(); ++i)
        shipments[at.value(lines->toInt64(i, 0))].lines.append({lines->text(i, 1), lines->toInt64(i, 2)});
    if (!withTimeline)
        return {};
    auto events = c.exec("SELECT shipment_id, id, status, " + rfc3339("occurred_at") + ", location, description, source, "
                             "source_id, " + rfc3339("received_at")
                             + " FROM tracking_events WHERE shipment_id = ANY($1::bigint[]) ORDER BY shipment_id, occurred_at, id",
                         {int64ArrayParam(ids)});
    if (!events)
        return std::unexpected(events.error());
    for (int i = 0; i < events->rows(); ++i) {
        StoredTrackingEvent e;
        e.id = events->toInt64(i, 1);
        e.event.status = Domain::trackingStatusFromName(events->text(i, 2)).value_or(TrackingStatus::LabelCreated);
        e.event.at = QDateTime::fromString(events->text(i, 3), Qt::ISODateWithMs);
        e.event.location = events->text(i, 4);
        e.event.description = events->text(i, 5);
        e.source = events->text(i, 6);
        e.event.sourceId = events->text(i, 7);
        e.receivedAt = events->text(i, 8);
        shipments[at.value(events->toInt64(i, 0))].timeline.append(e);
    }
    // Stored in event time; ties in the domain's order, so the list reads as the status was derived.
    for (StoredShipment &s : shipments)
        std::stable_sort(s.timeline.begin(), s.timeline.end(), [](const StoredTrackingEvent &a, const StoredTrackingEvent &b) {
            return a.event.at != b.event.at ? a.event.at < b.event.at : int(a.event.status) < int(b.event.status);
        });
    return {};
}

PgExpected<QList<StoredShipment>> readWhere(PgConnection &c, const QByteArray &where, const PgParams &params,
                                            const QDateTime &now, bool withTimeline)
{
    auto rows = c.exec("SELECT " + shipmentColumns + ' ' + where, params);
    if (!rows)
        return std::unexpected(rows.error());
    QList<StoredShipment> list;
    for (int i = 0; i < rows->rows(); ++i)
        list.append(shipmentFrom(*rows, i, now));
    if (auto done = complete(c, list, withTimeline); !done)
        return std::unexpected(done.error());
    return list;
}

PgExpected<StoredShipment> readShipment(PgConnection &c, qint64 id, bool forUpdate, const QDateTime &now)
{
    if (forUpdate) {
        auto locked = c.exec("SELECT id FROM shipments WHERE id = $1 FOR UPDATE", {intParam(id)});
        if (!locked)
            return std::unexpected(locked.error());
    }
    auto list = readWhere(c, "WHERE s.id = $1", {intParam(id)}, now, true);
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return refuse(noSuchShipment());
    return list->first();
}

// What is held for the order and not yet in a shipment, per warehouse and SKU. Shipped quantities have
// left the reservation already (InventoryService::shipFromReservation); shipments not yet handed over
// still count against it.
PgExpected<Domain::OpenQuantities> openQuantities(PgConnection &c, const StoredOrder &order)
{
    Domain::OpenQuantities open;
    if (!order.reservationId)
        return open;
    auto held = c.exec("SELECT w.code, l.sku, sum(l.quantity) FROM reservation_lines l JOIN reservations r ON r.id = l.reservation_id "
                       "JOIN warehouses w ON w.id = l.warehouse_id WHERE l.reservation_id = $1 AND r.status = 'held' "
                       "GROUP BY w.code, l.sku",
                       {intParam(*order.reservationId)});
    if (!held)
        return std::unexpected(held.error());
    for (int i = 0; i < held->rows(); ++i)
        open[held->text(i, 0)][held->text(i, 1)] += held->toInt64(i, 2);
    auto pending = c.exec("SELECT w.code, l.sku, sum(l.quantity) FROM shipments s JOIN shipment_lines l ON l.shipment_id = s.id "
                          "JOIN warehouses w ON w.id = s.warehouse_id WHERE s.order_id = $1 AND s.shipped_at IS NULL "
                          "GROUP BY w.code, l.sku",
                          {intParam(order.id)});
    if (!pending)
        return std::unexpected(pending.error());
    for (int i = 0; i < pending->rows(); ++i)
        open[pending->text(i, 0)][pending->text(i, 1)] -= pending->toInt64(i, 2);
    return open;
}

QJsonArray linesJson(const QList<Domain::ShipmentLine> &lines)
{
    QJsonArray a;
    for (const Domain::ShipmentLine &l : lines)
        a.append(QJsonObject{{QStringLiteral("sku"), l.sku}, {QStringLiteral("quantity"), l.quantity}});
    return a;
}

PgExpected<void> recordShipmentEvent(PgConnection &c, const QString &type, const StoredShipment &s, const QDateTime &now,
                                     const AuditActor &actor)
{
    const QJsonObject payload{{QStringLiteral("shipment_id"), QString::number(s.id)},
                              {QStringLiteral("order_id"), QString::number(s.orderId)},
                              {QStringLiteral("order_number"), s.orderNumber},
                              {QStringLiteral("carrier"), s.carrier},
                              {QStringLiteral("service"), s.service},
                              {QStringLiteral("tracking_number"), s.trackingNumber},
                              {QStringLiteral("tracking_url"), Domain::trackingUrl(s.carrier, s.trackingNumber)},
                              {QStringLiteral("warehouse"), s.warehouse},
                              {QStringLiteral("status"), s.status},
                              {QStringLiteral("lines"), linesJson(s.lines)},
                              {QStringLiteral("at"), QString::fromUtf8(stamp(now))}};
    return recordEvent(c, type, QStringLiteral("shipment"), QString::number(s.id), payload, actor);
}

// Moves the order on when its shipments say so: shipped once every line has shipped (walking it through
// pick and pack when the warehouse did not record those), delivered once every shipment is.
PgExpected<void> settleOrder(PgConnection &c, qint64 orderId, const QDateTime &now, const AuditActor &actor)
{
    auto order = OrderService::readOrder(c, orderId, true, false);
    if (!order)
        return std::unexpected(order.error());
    auto state = c.exec(
        "SELECT NOT EXISTS (SELECT 1 FROM (SELECT lower(sku) AS k, sum(quantity) AS q FROM order_lines WHERE order_id = $1 "
        "GROUP BY 1) ol WHERE ol.q > coalesce((SELECT sum(l.quantity) FROM shipment_lines l JOIN shipments s "
        "ON s.id = l.shipment_id WHERE s.order_id = $1 AND s.shipped_at IS NOT NULL AND lower(l.sku) = ol.k), 0)), "
        "EXISTS (SELECT 1 FROM shipments WHERE order_id = $1) AND NOT EXISTS (SELECT 1 FROM shipments "
        "WHERE order_id = $1 AND status <> 'delivered')",
        {intParam(orderId)});
    if (!state)
        return std::unexpected(state.error());
    const bool allShipped = state->value(0, 0) == "t";
    const bool allDelivered = state->value(0, 1) == "t";
    using Domain::OrderAction;
    using Domain::OrderStatus;
    QList<OrderAction> steps;
    Domain::OrderState s = order->state;
    if (allShipped && (s.status == OrderStatus::Confirmed || s.status == OrderStatus::Fulfilling)) {
        if (s.status == OrderStatus::Confirmed)
            steps.append(OrderAction::Pick);
        if (s.status == OrderStatus::Confirmed || s.step == Domain::FulfilmentStep::Picked)
            steps.append(OrderAction::Pack);
        steps.append(OrderAction::Ship);
        s.status = OrderStatus::Shipped;
    }
    if (allShipped && allDelivered && s.status == OrderStatus::Shipped)
        steps.append(OrderAction::Deliver);
    for (OrderAction a : steps)
        if (auto done = OrderService::applyAction(c, orderId, a, {}, std::nullopt, now, actor); !done)
            return std::unexpected(done.error());
    return {};
}

// Derives the shipment's status from its timeline and writes it, with the events a change means.
PgExpected<StoredShipment> refreshStatus(PgConnection &c, qint64 id, const QDateTime &now, const AuditActor &actor)
{
    auto s = readShipment(c, id, false, now);
    if (!s)
        return s;
    QString status = QStringLiteral("pending");
    if (!s->shippedAt.isEmpty()) {
        QList<Domain::TrackingEvent> events;
        for (const StoredTrackingEvent &e : s->timeline)
            events.append(e.event);
        status = Domain::trackingStatusName(Domain::deriveTrackingStatus(events).value_or(TrackingStatus::PickedUp));
    }
    if (status == s->status)
        return s;
    auto updated = c.exec("UPDATE shipments SET status = $2, version = version + 1, delivered_at = CASE WHEN $2 = 'delivered' "
                          "THEN $3::timestamptz ELSE NULL END WHERE id = $1",
                          {intParam(id), status.toUtf8(), stamp(now)});
    if (!updated)
        return std::unexpected(updated.error());
    auto fresh = readShipment(c, id, false, now);
    if (!fresh)
        return fresh;
    if (status == u"delivered" || status == u"exception") {
        const QString type = status == u"delivered" ? QStringLiteral("ShipmentDelivered") : QStringLiteral("ShipmentException");
        if (auto e = recordShipmentEvent(c, type, *fresh, now, actor); !e)
            return std::unexpected(e.error());
    }
    if (auto settled = settleOrder(c, fresh->orderId, now, actor); !settled)
        return std::unexpected(settled.error());
    return fresh;
}

// Inserts a tracking event; false when the shipment has it already.
PgExpected<bool> insertTracking(PgConnection &c, qint64 shipmentId, const Domain::TrackingEvent &e, const QString &source,
                                const AuditActor &actor)
{
    auto row = c.exec("INSERT INTO tracking_events (shipment_id, status, occurred_at, location, description, source, source_id, "
                      "dedup_key, actor_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
                      "ON CONFLICT (shipment_id, dedup_key) DO NOTHING RETURNING id",
                      {intParam(shipmentId), Domain::trackingStatusName(e.status).toUtf8(), stamp(e.at), e.location.toUtf8(),
                       e.description.toUtf8(), source.toUtf8(), e.sourceId.toUtf8(), e.dedupKey().toUtf8(),
                       actor.userId ? std::optional(intParam(*actor.userId)) : std::nullopt});
    if (!row)
        return std::unexpected(row.error());
    return row->rows() == 1;
}

Error cannotShip(const StoredOrder &order)
{
    return Error{Domain::ErrorCode::InvalidTransition,
                 QStringLiteral("Order %1 is %2: only a confirmed order that has not shipped yet can get shipments.")
                     .arg(order.number, Domain::orderStatusName(order.state.status)),
                 {}};
}

// Hands a locked shipment to the carrier.
// handedOver: when the carrier took it (a carrier's first scan may be older than the request that tells us).
PgExpected<StoredShipment> shipLocked(PgConnection &c, const StoredShipment &s, const QDateTime &now, const AuditActor &actor,
                                      std::optional<QDateTime> handedOver = std::nullopt)
{
    if (!s.shippedAt.isEmpty())
        return s;
    auto order = OrderService::readOrder(c, s.orderId, true, false);
    if (!order)
        return std::unexpected(order.error());
    if (order->state.status != Domain::OrderStatus::Confirmed && order->state.status != Domain::OrderStatus::Fulfilling)
        return refuse(cannotShip(*order));
    if (!order->reservationId)
        return refuse(Error::conflict(QStringLiteral("Order %1 holds no stock to ship.").arg(order->number)));
    QList<Domain::StockLine> lines;
    for (const Domain::ShipmentLine &l : s.lines)
        lines.append({l.sku, l.quantity});
    if (auto shipped = shipFromReservation(c, *order->reservationId, s.warehouse, lines, actor); !shipped)
        return std::unexpected(shipped.error());
    const QDateTime expected = now.addDays(Domain::expectedTransitDays(s.service));
    auto updated = c.exec("UPDATE shipments SET shipped_at = $2, expected_delivery_at = $3, version = version + 1 WHERE id = $1",
                          {intParam(s.id), stamp(now), stamp(expected)});
    if (!updated)
        return std::unexpected(updated.error());
    Domain::TrackingEvent picked;
    picked.status = TrackingStatus::PickedUp;
    picked.at = std::min(now, handedOver.value_or(now)).toUTC();
    picked.description = QStringLiteral("Handed to the carrier");
    if (auto added = insertTracking(c, s.id, picked, QStringLiteral("system"), actor); !added)
        return std::unexpected(added.error());
    auto after = readShipment(c, s.id, false, now);
    if (!after)
        return after;
    if (auto e = recordShipmentEvent(c, QStringLiteral("ShipmentShipped"), *after, now, actor); !e)
        return std::unexpected(e.error());
    if (auto a = AuditLog::record(c, actor, {QStringLiteral("shipment.ship"), QStringLiteral("shipment"), QString::number(s.id),
                                             std::nullopt, QJsonObject{{QStringLiteral("shipped_at"), after->shippedAt}}});
        !a)
        return std::unexpected(a.error());
    return refreshStatus(c, s.id, now, actor);
}

struct ShipmentRequest {
    QString warehouse;
    std::optional<QList<Domain::ShipmentLine>> lines;
    QString carrier;
    QString service = QStringLiteral("standard");
    QString trackingNumber;
    std::optional<int> weightGrams;
    int parcels = 1;
};

Domain::Result<ShipmentRequest> requestFrom(const QJsonObject &body, const QString &prefix)
{
    if (auto ok = Domain::Json::allowOnly(body, {u"warehouse", u"lines", u"carrier", u"service", u"tracking_number",
                                                 u"weight_grams", u"parcels"});
        !ok) {
        Error e = ok.error();
        for (Domain::FieldError &f : e.fields)
            f.field = prefix + f.field;
        return Domain::fail(e);
    }
    QList<Domain::FieldError> errors;
    ShipmentRequest r;
    auto text = [&](const char *name, qsizetype max, bool required, QString &into) {
        const QJsonValue v = body.value(QString::fromLatin1(name));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                errors.append({prefix + QString::fromLatin1(name), QStringLiteral("is required")});
            return;
        }
        if (!v.isString() || v.toString().trimmed().isEmpty() || v.toString().trimmed().size() > max)
            errors.append({prefix + QString::fromLatin1(name), QStringLiteral("must be text of 1 to %1 characters").arg(max)});
        else
            into = v.toString().trimmed();
    };
    auto whole = [&](const char *name, qint64 min, qint64 max) -> std::optional<qint64> {
        const QJsonValue v = body.value(QString::fromLatin1(name));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != std::floor(d) || d < double(min) || d > double(max)) {
            errors.append({prefix + QString::fromLatin1(name), QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max)});
            return std::nullopt;
        }
        return qint64(d);
    };
    text("warehouse", 20, false, r.warehouse);
    text("carrier", 30, true, r.carrier);
    text("service", 50, false, r.service);
    QString number;
    text("tracking_number", 60, true, number);
    if (const auto w = whole("weight_grams", 1, 1'000'000))
        r.weightGrams = int(*w);
    if (const auto p = whole("parcels", 1, 99))
        r.parcels = int(*p);
    if (!r.carrier.isEmpty()) {
        if (!Domain::isKnownCarrier(r.carrier)) {
            errors.append({prefix + QStringLiteral("carrier"),
                           QStringLiteral("must be one of ") + Domain::knownCarriers().join(QStringLiteral(", "))});
        } else if (!number.isEmpty()) {
            auto checked = Domain::validateTrackingNumber(r.carrier, number, prefix + QStringLiteral("tracking_number"));
            if (!checked)
                errors.append(checked.error().fields);
            else
                r.trackingNumber = *checked;
        }
    }
    const QJsonValue lines = body.value(QStringLiteral("lines"));
    if (!lines.isUndefined() && !lines.isNull()) {
        if (!lines.isArray() || lines.toArray().size() > 200) {
            errors.append({prefix + QStringLiteral("lines"), QStringLiteral("must be a list of {sku, quantity}")});
        } else {
            QList<Domain::ShipmentLine> list;
            const QJsonArray a = lines.toArray();
            for (int i = 0; i < a.size(); ++i) {
                const QJsonObject l = a[i].toObject();
                const QString at = prefix + QStringLiteral("lines[%1].").arg(i);
                if (!a[i].isObject() || !Domain::Json::allowOnly(l, {u"sku", u"quantity"})) {
                    errors.append({at.chopped(1), QStringLiteral("must be an object with sku and quantity only")});
                    continue;
                }
                const QJsonValue q = l.value(QStringLiteral("quantity"));
                const double d = q.toDouble(-1);
                if (!l.value(QStringLiteral("sku")).isString())
                    errors.append({at + QStringLiteral("sku"), QStringLiteral("must be a SKU of the order")});
                if (!q.isDouble() || d != std::floor(d) || d < 1 || d > double(Domain::maxStockQuantity))
                    errors.append({at + QStringLiteral("quantity"), QStringLiteral("must be a whole number of at least 1")});
                else
                    list.append({l.value(QStringLiteral("sku")).toString().trimmed(), qint64(d)});
            }
            r.lines = list;
        }
    }
    if (!errors.isEmpty())
        return Domain::fail(Error::validation(QStringLiteral("The shipment is not valid; see 'errors'."), errors));
    return r;
}
} // namespace

QJsonObject StoredTrackingEvent::toJson(bool publicView) const
{
    QJsonObject o{{QStringLiteral("status"), Domain::trackingStatusName(event.status)},
                  {QStringLiteral("occurred_at"), event.at.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("location"), event.location},
                  {QStringLiteral("description"), event.description}};
    if (!publicView) {
        o.insert(QStringLiteral("id"), QString::number(id));
        o.insert(QStringLiteral("source"), source);
        o.insert(QStringLiteral("event_id"), event.sourceId.isEmpty() ? QJsonValue() : QJsonValue(event.sourceId));
        o.insert(QStringLiteral("received_at"), receivedAt);
    }
    return o;
}

namespace {
QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
} // namespace

QJsonObject StoredShipment::publicJson() const
{
    QJsonArray events;
    for (const StoredTrackingEvent &e : timeline)
        events.append(e.toJson(true));
    return QJsonObject{{QStringLiteral("order_number"), orderNumber},
                       {QStringLiteral("carrier"), carrier},
                       {QStringLiteral("service"), service},
                       {QStringLiteral("tracking_number"), trackingNumber},
                       {QStringLiteral("tracking_url"), orNull(Domain::trackingUrl(carrier, trackingNumber))},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("shipped_at"), orNull(shippedAt)},
                       {QStringLiteral("expected_delivery_at"), orNull(expectedDeliveryAt)},
                       {QStringLiteral("delivered_at"), orNull(deliveredAt)},
                       {QStringLiteral("lines"), linesJson(lines)},
                       {QStringLiteral("timeline"), events}};
}

QJsonObject StoredShipment::toJson() const
{
    QJsonObject o = publicJson();
    o.insert(QStringLiteral("id"), QString::number(id));
    o.insert(QStringLiteral("order_id"), QString::number(orderId));
    o.insert(QStringLiteral("warehouse"), warehouse);
    o.insert(QStringLiteral("weight_grams"), weightGrams ? QJsonValue(*weightGrams) : QJsonValue());
    o.insert(QStringLiteral("parcels"), parcels);
    o.insert(QStringLiteral("late"), late);
    o.insert(QStringLiteral("created_at"), createdAt);
    o.insert(QStringLiteral("updated_at"), updatedAt);
    o.insert(QStringLiteral("version"), version);
    QJsonArray events;
    for (const StoredTrackingEvent &e : timeline)
        events.append(e.toJson(false));
    o.insert(QStringLiteral("timeline"), events);
    return o;
}

Domain::Result<QList<StoredShipment>> ShipmentService::create(qint64 orderId, const QJsonObject &body, const QDateTime &now,
                                                              const AuditActor &actor)
{
    QList<ShipmentRequest> requests;
    if (body.contains(QStringLiteral("shipments"))) {
        if (auto ok = Domain::Json::allowOnly(body, {u"shipments"}); !ok)
            return Domain::fail(ok.error());
        const QJsonValue list = body.value(QStringLiteral("shipments"));
        if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > 20)
            return Domain::fail(Error::validation(QStringLiteral("List the shipments to create."),
                                                  {{QStringLiteral("shipments"), QStringLiteral("must be a list of 1 to 20 shipments")}}));
        QList<Domain::FieldError> errors;
        for (int i = 0; i < list.toArray().size(); ++i) {
            auto r = requestFrom(list.toArray()[i].toObject(), QStringLiteral("shipments[%1].").arg(i));
            if (!r)
                errors.append(r.error().fields);
            else
                requests.append(*r);
        }
        if (!errors.isEmpty())
            return Domain::fail(Error::validation(QStringLiteral("Some shipments are not valid; see 'errors'."), errors));
    } else {
        auto r = requestFrom(body, {});
        if (!r)
            return Domain::fail(r.error());
        requests.append(*r);
    }
    auto db = m_database.acquire();
    return runInTransaction<QList<StoredShipment>>(*db, [&](PgConnection &c) -> PgExpected<QList<StoredShipment>> {
        auto order = OrderService::readOrder(c, orderId, true, false);
        if (!order)
            return std::unexpected(order.error());
        if (order->state.status != Domain::OrderStatus::Confirmed && order->state.status != Domain::OrderStatus::Fulfilling)
            return refuse(cannotShip(*order));
        auto open = openQuantities(c, *order);
        if (!open)
            return std::unexpected(open.error());
        QList<StoredShipment> created;
        QSet<QString> numbers;
        for (int i = 0; i < requests.size(); ++i) {
            const ShipmentRequest &r = requests[i];
            const QString prefix = requests.size() > 1 || body.contains(QStringLiteral("shipments"))
                ? QStringLiteral("shipments[%1].").arg(i) : QString();
            auto prefixed = [&](Error e) {
                for (Domain::FieldError &f : e.fields)
                    f.field = prefix + f.field;
                return refuse(std::move(e));
            };
            QString warehouse = r.warehouse;
            const QList<Domain::PlannedShipment> plan = Domain::splitIntoShipments(*open);
            if (warehouse.isEmpty()) {
                if (plan.size() != 1) {
                    QStringList codes;
                    for (const Domain::PlannedShipment &p : plan)
                        codes.append(p.warehouse);
                    return prefixed(Error::validation(
                        plan.isEmpty() ? QStringLiteral("Nothing of order %1 is waiting to ship.").arg(order->number)
                                       : QStringLiteral("Order %1 ships from %2: name the warehouse of this shipment.")
                                             .arg(order->number, codes.join(QStringLiteral(" and "))),
                        {{QStringLiteral("warehouse"), QStringLiteral("must name one warehouse with open lines")}}));
                }
                warehouse = plan.first().warehouse;
            }
            QList<Domain::ShipmentLine> lines;
            if (r.lines) {
                lines = *r.lines;
            } else {
                for (const Domain::PlannedShipment &p : plan)
                    if (p.warehouse.compare(warehouse, Qt::CaseInsensitive) == 0)
                        lines = p.lines;
                if (lines.isEmpty())
                    return prefixed(Error::validation(
                        QStringLiteral("Nothing of order %1 is waiting to ship from '%2'.").arg(order->number, warehouse),
                        {{QStringLiteral("warehouse"), QStringLiteral("must be a warehouse holding open lines of the order")}}));
            }
            auto planned = Domain::checkPartialShipment(*open, warehouse, lines);
            if (!planned)
                return prefixed(planned.error());
            for (const Domain::ShipmentLine &l : planned->lines)
                (*open)[planned->warehouse][l.sku] -= l.quantity;
            const QString key = r.carrier + u'/' + r.trackingNumber;
            auto used = c.exec("SELECT id FROM shipments WHERE carrier = $1 AND tracking_number = $2",
                               {r.carrier.toUtf8(), r.trackingNumber.toUtf8()});
            if (!used)
                return std::unexpected(used.error());
            if (used->rows() > 0 || numbers.contains(key))
                return prefixed(Error::validation(
                    QStringLiteral("Tracking number %1 is on another shipment already; each parcel has its own.").arg(r.trackingNumber),
                    {{QStringLiteral("tracking_number"), QStringLiteral("is already used by another shipment")}}));
            numbers.insert(key);
            auto row = c.exec("INSERT INTO shipments (order_id, warehouse_id, carrier, service, tracking_number, weight_grams, "
                              "parcels, created_by) SELECT $1, w.id, $3, $4, $5, $6, $7, $8 FROM warehouses w WHERE w.code = $2 "
                              "RETURNING id",
                              {intParam(orderId), planned->warehouse.toUtf8(), r.carrier.toUtf8(), r.service.toUtf8(),
                               r.trackingNumber.toUtf8(), r.weightGrams ? std::optional(intParam(*r.weightGrams)) : std::nullopt,
                               intParam(r.parcels), actor.userId ? std::optional(intParam(*actor.userId)) : std::nullopt});
            if (!row)
                return std::unexpected(row.error());
            const qint64 id = row->toInt64(0, 0);
            for (const Domain::ShipmentLine &l : planned->lines)
                if (auto added = c.exec("INSERT INTO shipment_lines (shipment_id, sku, quantity) VALUES ($1, $2, $3)",
                                        {intParam(id), l.sku.toUtf8(), intParam(l.quantity)});
                    !added)
                    return std::unexpected(added.error());
            Domain::TrackingEvent label;
            label.status = TrackingStatus::LabelCreated;
            label.at = now.toUTC();
            label.description = QStringLiteral("Shipment created");
            if (auto added = insertTracking(c, id, label, QStringLiteral("system"), actor); !added)
                return std::unexpected(added.error());
            auto s = readShipment(c, id, false, now);
            if (!s)
                return std::unexpected(s.error());
            if (auto e = recordShipmentEvent(c, QStringLiteral("ShipmentCreated"), *s, now, actor); !e)
                return std::unexpected(e.error());
            if (auto a = AuditLog::record(c, actor, {QStringLiteral("shipment.create"), QStringLiteral("shipment"),
                                                     QString::number(id), std::nullopt, s->toJson()});
                !a)
                return std::unexpected(a.error());
            created.append(*s);
        }
        return created;
    });
}

Domain::Result<ShipmentService::OrderShipments> ShipmentService::forOrder(qint64 orderId, const QDateTime &now) const
{
    auto db = m_database.acquire();
    auto order = OrderService::readOrder(*db, orderId, false, false);
    if (!order)
        return Domain::fail(order.error().error);
    OrderShipments result;
    auto list = readWhere(*db, "WHERE s.order_id = $1 ORDER BY s.id", {intParam(orderId)}, now, true);
    if (!list)
        return Domain::fail(list.error().error);
    result.shipments = *list;
    if (order->state.status == Domain::OrderStatus::Confirmed || order->state.status == Domain::OrderStatus::Fulfilling) {
        auto open = openQuantities(*db, *order);
        if (!open)
            return Domain::fail(open.error().error);
        result.open = Domain::splitIntoShipments(*open);
    }
    return result;
}

Domain::Result<StoredShipment> ShipmentService::shipment(qint64 id, const QDateTime &now) const
{
    auto db = m_database.acquire();
    auto s = readShipment(*db, id, false, now);
    if (!s)
        return Domain::fail(s.error().error);
    return *s;
}

Domain::Result<ShipmentService::Page> ShipmentService::list(const ShipmentFilter &f, const QDateTime &now) const
{
    auto db = m_database.acquire();
    const QByteArray late = f.late ? (*f.late ? "t" : "f") : "";
    auto list = readWhere(*db,
                          "WHERE ($1 = '' OR s.status = $1) AND ($2 = '' OR s.carrier = $2) AND ($3 = '' OR w.code = upper($3)) "
                          "AND ($4 = '' OR ($4 = 't') = (s.shipped_at IS NOT NULL AND s.status NOT IN ('delivered', "
                          "'returned_to_sender') AND s.expected_delivery_at < $7::timestamptz)) "
                          "AND (NOT $5::boolean OR s.status = 'exception') AND ($6::bigint = 0 OR s.id < $6::bigint) "
                          "ORDER BY s.id DESC LIMIT $8",
                          {f.status.toUtf8(), f.carrier.toUtf8(), f.warehouse.toUtf8(), late,
                           f.exceptionOnly ? "true" : "false", intParam(f.before), stamp(now), intParam(f.limit)},
                          now, false);
    if (!list)
        return Domain::fail(list.error().error);
    return Page{*list, list->isEmpty() ? 0 : list->last().id};
}

Domain::Result<StoredShipment> ShipmentService::ship(qint64 id, const QDateTime &now, const AuditActor &actor)
{
    auto db = m_database.acquire();
    return runInTransaction<StoredShipment>(*db, [&](PgConnection &c) -> PgExpected<StoredShipment> {
        auto s = readShipment(c, id, true, now);
        if (!s)
            return s;
        return shipLocked(c, *s, now, actor);
    });
}

namespace {
PgExpected<ShipmentService::Recorded> recordLocked(PgConnection &c, StoredShipment s, const Domain::TrackingEvent &event,
                                                   const QString &source, const QDateTime &now, const AuditActor &actor)
{
    const bool shipsNow = s.shippedAt.isEmpty() && event.status != TrackingStatus::LabelCreated;
    if (shipsNow) {
        auto shipped = shipLocked(c, s, now, actor, event.at);
        if (!shipped)
            return std::unexpected(shipped.error());
        s = *shipped;
    }
    auto added = insertTracking(c, s.id, event, source, actor);
    if (!added)
        return std::unexpected(added.error());
    // A carrier's picked_up without an id is the very event shipping it just wrote: not a repeat.
    if (!*added)
        return ShipmentService::Recorded{s, !shipsNow};
    if (auto a = AuditLog::record(c, actor, {QStringLiteral("shipment.tracking_event"), QStringLiteral("shipment"),
                                             QString::number(s.id), std::nullopt,
                                             QJsonObject{{QStringLiteral("status"), Domain::trackingStatusName(event.status)},
                                                         {QStringLiteral("source"), source}}});
        !a)
        return std::unexpected(a.error());
    auto fresh = refreshStatus(c, s.id, now, actor);
    if (!fresh)
        return std::unexpected(fresh.error());
    return ShipmentService::Recorded{*fresh, false};
}
} // namespace

Domain::Result<ShipmentService::Recorded> ShipmentService::addEvent(qint64 id, const Domain::TrackingEvent &event,
                                                                    const QString &source, const QDateTime &now,
                                                                    const AuditActor &actor)
{
    auto db = m_database.acquire();
    return runInTransaction<Recorded>(*db, [&](PgConnection &c) -> PgExpected<Recorded> {
        auto s = readShipment(c, id, true, now);
        if (!s)
            return std::unexpected(s.error());
        return recordLocked(c, *s, event, source, now, actor);
    });
}

Domain::Result<ShipmentService::Recorded> ShipmentService::carrierEvent(const QString &carrier, const QByteArray &signature,
                                                                        const QByteArray &body, const QDateTime &now,
                                                                        const AuditActor &actor)
{
    if (!Domain::isKnownCarrier(carrier))
        return Domain::fail(Error::notFound(QStringLiteral("There is no carrier '%1'.").arg(carrier)));
    auto db = m_database.acquire();
    auto secret = db->exec("SELECT coalesce(webhook_secret, '') FROM carrier_settings WHERE carrier = $1", {carrier.toUtf8()});
    if (!secret)
        return Domain::fail(secret.error().error);
    const QByteArray key = secret->rows() ? secret->value(0, 0).toByteArray() : QByteArray();
    if (auto ok = Domain::verifyCarrierSignature(signature, body, key, now.toSecsSinceEpoch()); !ok)
        return Domain::fail(ok.error());
    auto doc = Domain::Json::parse(body);
    if (!doc)
        return Domain::fail(doc.error());
    if (!doc->isObject())
        return Domain::fail(Error::validation(QStringLiteral("Send one tracking event as a JSON object.")));
    QJsonObject json = doc->object();
    const QJsonValue number = json.take(QStringLiteral("tracking_number"));
    if (!number.isString() || number.toString().trimmed().isEmpty())
        return Domain::fail(Error::validation(QStringLiteral("Name the parcel the event is about."),
                                              {{QStringLiteral("tracking_number"), QStringLiteral("is required")}}));
    auto event = Domain::trackingEventFromJson(json, now);
    if (!event)
        return Domain::fail(event.error());
    auto normalised = Domain::validateTrackingNumber(QStringLiteral("other"), number.toString());
    return runInTransaction<Recorded>(*db, [&](PgConnection &c) -> PgExpected<Recorded> {
        if (!normalised)
            return refuse(noSuchShipment());
        auto found = c.exec("SELECT id FROM shipments WHERE carrier = $1 AND tracking_number = $2 FOR UPDATE",
                            {carrier.toUtf8(), normalised->toUtf8()});
        if (!found)
            return std::unexpected(found.error());
        if (found->rows() == 0)
            return refuse(Error::notFound(QStringLiteral("No %1 shipment has tracking number %2.").arg(carrier, *normalised)));
        auto s = readShipment(c, found->toInt64(0, 0), false, now);
        if (!s)
            return std::unexpected(s.error());
        return recordLocked(c, *s, *event, QStringLiteral("carrier"), now, actor);
    });
}

Domain::Status ShipmentService::setWebhookSecret(const QString &carrier, const QString &secret, const AuditActor &actor)
{
    if (!Domain::isKnownCarrier(carrier))
        return Domain::fail(Error::notFound(QStringLiteral("There is no carrier '%1'.").arg(carrier)));
    if (secret.size() < 16 || secret.size() > 200)
        return Domain::fail(Error::validation(QStringLiteral("A webhook secret is 16 to 200 characters, as the carrier gave it."),
                                              {{QStringLiteral("secret"), QStringLiteral("must be text of 16 to 200 characters")}}));
    auto db = m_database.acquire();
    auto done = runInTransaction<bool>(*db, [&](PgConnection &c) -> PgExpected<bool> {
        auto set = c.exec("INSERT INTO carrier_settings (carrier, webhook_secret) VALUES ($1, $2) ON CONFLICT (carrier) "
                          "DO UPDATE SET webhook_secret = $2, version = carrier_settings.version + 1",
                          {carrier.toUtf8(), secret.toUtf8()});
        if (!set)
            return std::unexpected(set.error());
        // The secret itself never goes into the audit log.
        if (auto a = AuditLog::record(c, actor, {QStringLiteral("carrier.webhook_secret"), QStringLiteral("carrier"), carrier,
                                                 std::nullopt, QJsonObject{{QStringLiteral("secret"), QStringLiteral("(changed)")}}});
            !a)
            return std::unexpected(a.error());
        return true;
    });
    if (!done)
        return Domain::fail(done.error());
    return {};
}

Domain::Result<QList<StoredShipment>> ShipmentService::trackOrder(const QString &orderNumber, const QString &email,
                                                                  const QDateTime &now) const
{
    auto db = m_database.acquire();
    auto list = readWhere(*db, "WHERE o.number = upper($1) AND lower(o.email) = lower($2) ORDER BY s.id",
                          {orderNumber.trimmed().toUtf8(), email.trimmed().toUtf8()}, now, true);
    if (!list)
        return Domain::fail(list.error().error);
    if (list->isEmpty())
        return Domain::fail(Error::notFound(QStringLiteral(
            "No shipments were found for this order number and email; check both, or try again once the order has shipped.")));
    return *list;
}

Domain::Result<QList<StoredShipment>> ShipmentService::trackNumber(const QString &trackingNumber, const QDateTime &now) const
{
    auto normalised = Domain::validateTrackingNumber(QStringLiteral("other"), trackingNumber);
    if (!normalised)
        return Domain::fail(noSuchShipment());
    auto db = m_database.acquire();
    auto list = readWhere(*db, "WHERE s.tracking_number = $1 ORDER BY s.id", {normalised->toUtf8()}, now, true);
    if (!list)
        return Domain::fail(list.error().error);
    if (list->isEmpty())
        return Domain::fail(noSuchShipment());
    return *list;
}

PgExpected<QJsonArray> ShipmentService::orderShipmentsJson(PgConnection &c, qint64 orderId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto list = readWhere(c, "WHERE s.order_id = $1 ORDER BY s.id", {intParam(orderId)}, now, false);
    if (!list)
        return std::unexpected(list.error());
    QJsonArray a;
    for (const StoredShipment &s : *list) {
        QJsonObject o = s.toJson();
        o.remove(QStringLiteral("timeline"));
        a.append(o);
    }
    return a;
}

} // namespace Backroom::Server
