// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace Backroom::Domain {

// Shipments and their tracking: carriers and their tracking-number formats, the tracking state machine
// (events in any order, the status derived from them), how an order's open quantities split into one
// shipment per warehouse, and the carrier webhook's signature rule. Pure: time is passed in.

// The carriers the shop ships with ("other": any carrier we know no format for).
QStringList knownCarriers(); // royal_mail, dhl, ups, fedex, dpd, other
bool isKnownCarrier(QStringView carrier);

// A tracking number as the carrier prints it, normalised (spaces and dashes taken out, upper case) and
// checked against the carrier's format, check digit included where the format has one: royal_mail: UPU
// S10 (AB123456785GB); dhl: 10-digit Express waybill (mod 7 check), JJD… eCommerce numbers or S10; ups: 1Z
// plus 16 characters (UPS check digit); fedex: 12, 15, 20 or 22 digits; dpd: 10 or 14 digits; other: 4 to
// 40 letters and digits. Validation naming field when it does not fit; on "carrier" for a carrier that is
// not one of knownCarriers().
Result<QString> validateTrackingNumber(const QString &carrier, const QString &number,
                                       const QString &field = QStringLiteral("tracking_number"));
// Where the customer follows the parcel at the carrier; empty for "other".
QString trackingUrl(const QString &carrier, const QString &trackingNumber);

// Tracking. A shipment is "pending" until it is handed to the carrier; from then on its status is derived
// from its tracking events.
enum class TrackingStatus { LabelCreated, PickedUp, InTransit, OutForDelivery, Delivered, Exception, ReturnedToSender };
QString trackingStatusName(TrackingStatus status); // label_created, picked_up, …, returned_to_sender
std::optional<TrackingStatus> trackingStatusFromName(QStringView name);
QStringList trackingStatusNames();
// delivered and returned_to_sender end a shipment's journey: later events do not move it.
bool isFinalTrackingStatus(TrackingStatus status);

struct TrackingEvent {
    TrackingStatus status = TrackingStatus::LabelCreated;
    QDateTime at;        // when it happened at the carrier (event time, not when we heard of it)
    QString location;
    QString description;
    QString sourceId;    // the carrier's own event id, when it sends one
    // What makes two reports the same event: the carrier's id, else status and event time.
    QString dedupKey() const;
    friend bool operator==(const TrackingEvent &, const TrackingEvent &) = default;
};

// events plus event, kept in event-time order (ties: in the order of TrackingStatus, so a delivery at the
// same second as "out for delivery" comes after it). A duplicate (same dedupKey) leaves events as they are
// and sets *duplicate.
QList<TrackingEvent> mergeTrackingEvent(QList<TrackingEvent> events, const TrackingEvent &event, bool *duplicate = nullptr);
// The status events lead to, whatever order they arrived in: the latest event's, except that the first
// final event (delivered, returned to sender) stays and label_created counts only while nothing else
// happened. nullopt for no events.
std::optional<TrackingStatus> deriveTrackingStatus(const QList<TrackingEvent> &events);

// A staff-entered or carrier event from JSON: {"status","occurred_at","location"?,"description"?,"event_id"?}.
// Validation naming each bad member (prefix + name); an event more than maxFuture ahead of now is refused
// (clocks differ a little; a date next year is a typing slip).
Result<TrackingEvent> trackingEventFromJson(const QJsonObject &json, const QDateTime &now, const QString &prefix = {});

// How many days a service normally takes, for "late": next_day/express 1, economy 5, anything else 3.
int expectedTransitDays(const QString &service);
// Late: handed over, not at a final status, and past its expected delivery.
bool isShipmentLate(const std::optional<QDateTime> &expectedDelivery, std::optional<TrackingStatus> status,
                    const QDateTime &now);

// Splitting an order into shipments.
struct ShipmentLine {
    QString sku;
    qint64 quantity = 0;
    friend bool operator==(const ShipmentLine &, const ShipmentLine &) = default;
};
struct PlannedShipment {
    QString warehouse;
    QList<ShipmentLine> lines;
    friend bool operator==(const PlannedShipment &, const PlannedShipment &) = default;
};
// What is still to be put into shipments: held per (warehouse, SKU), minus what shipments already hold.
// Keys are warehouse code, then SKU (as the order has it).
using OpenQuantities = QHash<QString, QHash<QString, qint64>>;
// One shipment per warehouse with something open, warehouses and lines in code/SKU order; quantities of 0
// are left out. Empty when nothing is open.
QList<PlannedShipment> splitIntoShipments(const OpenQuantities &open);
// A partial shipment from warehouse: every line's SKU must be open there (Validation on
// "lines[i].sku"), its quantity 1…open (on "lines[i].quantity"), each SKU once; on "warehouse" when the
// warehouse has nothing open; on "lines" when empty. Lines come back with the order's spelling of the SKU.
Result<PlannedShipment> checkPartialShipment(const OpenQuantities &open, const QString &warehouse,
                                             const QList<ShipmentLine> &lines);

// The carrier webhook's signature: header "t=<unix seconds>,v1=<hex HMAC-SHA256 of '<t>.<body>'>" (the
// same shape as our own outgoing webhooks; several v1 entries are allowed while a secret is rotated).
// Unauthorized when the header is malformed, no v1 matches under secret (compared in constant time), or t
// is more than windowSeconds away from now (a replay of an old request, or a wrong clock).
Status verifyCarrierSignature(QByteArrayView header, QByteArrayView body, QByteArrayView secret, qint64 nowUnixSeconds,
                              qint64 windowSeconds = 300);

} // namespace Backroom::Domain
