// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <expected>
#include <optional>

namespace Backroom::Domain {

// The inventory aggregate: one stream of events per (SKU, warehouse). A stream's state is folded from its
// events; decisions look at a state and answer the event to append or an Error naming the field at fault.
// Pure: the server locks the stream, folds or reads its head, decides, appends, all in one transaction.

enum class StockEventType {
    Received,            // quantity > 0: goods in (an adjustment with reason "received")
    Adjusted,            // quantity signed: any other adjustment, counts included
    Reserved,            // held for a checkout
    ReservationReleased, // a hold given back by the caller
    ReservationExpired,  // a hold given back because it ran out
    Allocated,           // a hold confirmed for an order (payment taken)
    Shipped,             // allocated goods left the building
    TransferredOut,      // left this warehouse towards another (in transit)
    TransferredIn,       // arrived from another warehouse
};
QString stockEventTypeName(StockEventType type);
std::optional<StockEventType> stockEventTypeFromName(QStringView name);

enum class AdjustmentReason { Received, CountCorrection, Damaged, Lost, Found, Returned };
QString adjustmentReasonName(AdjustmentReason reason); // "received", "count_correction", …
std::optional<AdjustmentReason> adjustmentReasonFromName(QStringView name);

// Anything above this is a typing slip, not a quantity (a scanned barcode in the quantity field).
constexpr qint64 maxStockQuantity = 10'000'000;

struct StockEvent {
    StockEventType type = StockEventType::Adjusted;
    qint64 quantity = 0; // signed for Adjusted, positive for every other type
    std::optional<AdjustmentReason> reason;
    QString note;
    QString reference;   // the reservation or transfer it belongs to
    QString counterpart; // a transfer's other warehouse code
    friend bool operator==(const StockEvent &, const StockEvent &) = default;
};
// {"type","quantity","reason"|null,"note"|null,"reference"|null,"counterpart"|null}
QJsonObject stockEventToJson(const StockEvent &event);
Result<StockEvent> stockEventFromJson(const QJsonObject &json);

struct StockState {
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 allocated = 0;
    qint64 version = 0; // of the last event folded in
    qint64 available() const { return onHand - reserved - allocated; }
    friend bool operator==(const StockState &, const StockState &) = default;
};
// The state after one more event (version + 1). Incoming stock of transfers is not a stream's state:
// it belongs to the receiving warehouse's read model (see InventoryProjection in the server).
StockState applyStockEvent(StockState state, const StockEvent &event);
StockState foldStockEvents(const QList<StockEvent> &events);

// Decisions. Quantities must be 1…maxStockQuantity (Validation on "quantity" otherwise) unless noted.
// delta: non-zero, |delta| ≤ max; reason required; "received" only with delta > 0. Validation on "delta"
// when on hand or available would go below zero.
Result<StockEvent> decideAdjustment(const StockState &state, qint64 delta, std::optional<AdjustmentReason> reason,
                                    const QString &note);
// The count_correction adjustment that makes on hand equal counted; none when it already does.
// Validation on "counted" below zero, above max, or below what is reserved and allocated.
Result<std::optional<StockEvent>> decideCount(const StockState &state, qint64 counted, const QString &note);
// Conflict when less than quantity is available.
Result<StockEvent> decideReserve(const StockState &state, qint64 quantity, const QString &reference);
// expired: ReservationExpired, else ReservationReleased. InvalidTransition when fewer are reserved.
Result<StockEvent> decideRelease(const StockState &state, qint64 quantity, const QString &reference, bool expired);
// InvalidTransition when fewer are reserved.
Result<StockEvent> decideAllocate(const StockState &state, qint64 quantity, const QString &reference);
// InvalidTransition when fewer are allocated.
Result<StockEvent> decideShip(const StockState &state, qint64 quantity, const QString &reference);
// Validation on "quantity" when less is available.
Result<StockEvent> decideTransferOut(const StockState &state, qint64 quantity, const QString &reference,
                                     const QString &to);
Result<StockEvent> decideTransferIn(const StockState &state, qint64 quantity, const QString &reference,
                                    const QString &from);

// Allocation of order lines across warehouses.
struct WarehouseStock {
    QString warehouse;
    int priority = 1; // lower comes first; ties by code
    qint64 available = 0;
};
struct StockLine {
    QString sku;
    qint64 quantity = 0;
};
struct StockPick {
    QString warehouse;
    qint64 quantity = 0;
    friend bool operator==(const StockPick &, const StockPick &) = default;
};
struct LineAllocation {
    QString sku;
    qint64 quantity = 0;
    QList<StockPick> picks;
};
struct StockShortage {
    QString sku;
    qint64 requested = 0; // over every line of the SKU
    qint64 available = 0; // over every warehouse
    friend bool operator==(const StockShortage &, const StockShortage &) = default;
};
// Each line from the first warehouse by priority that can cover it alone, else split over warehouses in
// priority order. Lines of one SKU share its stock, in line order. Every SKU short comes back at once.
std::expected<QList<LineAllocation>, QList<StockShortage>>
allocateStock(const QList<StockLine> &lines, const QHash<QString, QList<WarehouseStock>> &stock);

} // namespace Backroom::Domain
