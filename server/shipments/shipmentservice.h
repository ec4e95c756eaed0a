// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "domain/shipment.h"
#include "server/audit/auditlog.h"
#include "server/store/pgconnection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace Backroom::Server {

class Database;

struct StoredTrackingEvent {
    qint64 id = 0;
    Domain::TrackingEvent event;
    QString source; // staff, carrier, system
    QString receivedAt;
    QJsonObject toJson(bool publicView) const;
};

struct StoredShipment {
    qint64 id = 0;
    qint64 orderId = 0;
    QString orderNumber;
    QString warehouse;
    QString carrier;
    QString service;
    QString trackingNumber;
    std::optional<int> weightGrams;
    int parcels = 1;
    QString status; // pending, or a tracking status once handed to the carrier
    QString shippedAt;
    QString expectedDeliveryAt;
    QString deliveredAt;
    QString createdAt;
    QString updatedAt;
    int version = 0;
    bool late = false;
    QList<Domain::ShipmentLine> lines;
    QList<StoredTrackingEvent> timeline; // in event time; detail reads only

    // Staff: everything (timeline when read with it). Public: what a storefront may show the customer:
    // carrier, service, tracking number and URL, status, dates, lines and timeline; no warehouse, no ids of
    // people, no order id.
    QJsonObject toJson() const;
    QJsonObject publicJson() const;
};

struct ShipmentFilter {
    QString status;    // pending or a tracking status; empty: any
    QString carrier;
    QString warehouse; // code
    std::optional<bool> late;
    bool exceptionOnly = false;
    qint64 before = 0; // keyset: ids below it, newest first; 0: from the newest
    int limit = 50;
};

// Shipments of orders and their tracking. Every change writes its audit entry and outbox events
// (ShipmentCreated, ShipmentShipped, ShipmentDelivered, ShipmentException; OrderShipped/OrderDelivered
// through OrderService::applyAction) in one transaction. Errors: NotFound, Validation naming the field,
// InvalidTransition (the order cannot ship now), Conflict, Unauthorized (webhook signatures), Unavailable.
// Call from a thread with its own database connection.
class ShipmentService {
public:
    explicit ShipmentService(Database &database) : m_database(database) {}

    // body: one shipment {"warehouse"?, "lines"?: [{sku, quantity}], "carrier", "service"?, "tracking_number",
    // "weight_grams"?, "parcels"?} — without lines, everything still open in the warehouse; without a
    // warehouse, the only warehouse with open lines — or {"shipments": [such objects]} to create the split at
    // once. All or nothing.
    Domain::Result<QList<StoredShipment>> create(qint64 orderId, const QJsonObject &body, const QDateTime &now,
                                                 const AuditActor &actor);
    struct OrderShipments {
        QList<StoredShipment> shipments;
        QList<Domain::PlannedShipment> open; // what is still to be put into shipments, per warehouse
    };
    Domain::Result<OrderShipments> forOrder(qint64 orderId, const QDateTime &now) const;
    Domain::Result<StoredShipment> shipment(qint64 id, const QDateTime &now) const;
    struct Page {
        QList<StoredShipment> items;
        qint64 lastId = 0;
    };
    Domain::Result<Page> list(const ShipmentFilter &filter, const QDateTime &now) const;

    // Hands the shipment to the carrier: its stock leaves the warehouse (from the order's reservation), a
    // picked_up event is added, and when every line of the order has shipped the order becomes shipped.
    // Shipping a shipment that has shipped already answers it as it is.
    Domain::Result<StoredShipment> ship(qint64 id, const QDateTime &now, const AuditActor &actor);

    struct Recorded {
        StoredShipment shipment;
        bool duplicate = false;
    };
    // Adds a tracking event (source "staff" or "carrier"); a duplicate changes nothing. An event past
    // label_created on a shipment not yet handed over ships it first. When every shipment of a shipped order
    // is delivered, the order becomes delivered.
    Domain::Result<Recorded> addEvent(qint64 id, const Domain::TrackingEvent &event, const QString &source,
                                      const QDateTime &now, const AuditActor &actor);
    // The carrier webhook: checks the signature against the carrier's secret, then records the event of
    // body {"tracking_number", "status", "occurred_at", "location"?, "description"?, "event_id"?}. NotFound
    // for an unknown carrier or tracking number.
    Domain::Result<Recorded> carrierEvent(const QString &carrier, const QByteArray &signature, const QByteArray &body,
                                          const QDateTime &now, const AuditActor &actor);
    Domain::Status setWebhookSecret(const QString &carrier, const QString &secret, const AuditActor &actor);

    // Public tracking: the shipments of the order with this number whose email matches (NotFound for
    // either mismatch alike), or those with this tracking number.
    Domain::Result<QList<StoredShipment>> trackOrder(const QString &orderNumber, const QString &email,
                                                     const QDateTime &now) const;
    Domain::Result<QList<StoredShipment>> trackNumber(const QString &trackingNumber, const QDateTime &now) const;

    // The shipments of an order (staff JSON, without timelines), for the order's detail.
    static PgExpected<QJsonArray> orderShipmentsJson(PgConnection &c, qint64 orderId);

private:
    Database &m_database;
};

} // namespace Backroom::Server
