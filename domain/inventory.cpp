// SPDX-License-Identifier: MIT
#include "domain/inventory.h"

#include <algorithm>

namespace Backroom::Domain {

namespace {
struct TypeName {
    StockEventType type;
    QStringView name;
};
constexpr TypeName typeNames[] = {
    {StockEventType::Received, u"Received"},
    {StockEventType::Adjusted, u"Adjusted"},
    {StockEventType::Reserved, u"Reserved"},
    {StockEventType::ReservationReleased, u"ReservationReleased"},
    {StockEventType::ReservationExpired, u"ReservationExpired"},
    {StockEventType::Allocated, u"Allocated"},
    {StockEventType::Shipped, u"Shipped"},
    {StockEventType::TransferredOut, u"TransferredOut"},
    {StockEventType::TransferredIn, u"TransferredIn"},
};
struct ReasonName {
    AdjustmentReason reason;
    QStringView name;
};
constexpr ReasonName reasonNames[] = {
    {AdjustmentReason::Received, u"received"},       {AdjustmentReason::CountCorrection, u"count_correction"},
    {AdjustmentReason::Damaged, u"damaged"},         {AdjustmentReason::Lost, u"lost"},
    {AdjustmentReason::Found, u"found"},             {AdjustmentReason::Returned, u"returned"},
};

std::unexpected<Error> invalid(const QString &field, const QString &message, const QString &detail)
{
    return fail(Error::validation(detail, {{field, message}}));
}

Status checkQuantity(qint64 quantity, const QString &field = QStringLiteral("quantity"))
{
    if (quantity <= 0 || quantity > maxStockQuantity)
        return invalid(field, QStringLiteral("must be a whole number from 1 to %1").arg(maxStockQuantity),
                       QStringLiteral("The quantity is not valid; enter a number of units from 1 to %1.")
                           .arg(maxStockQuantity));
    return {};
}

std::unexpected<Error> notHeld(const char *what, qint64 quantity, qint64 present)
{
    return fail(Error{ErrorCode::InvalidTransition,
                      QStringLiteral("Only %1 units are %2 here, not %3; the stock changed meanwhile, reload it.")
                          .arg(present)
                          .arg(QLatin1String(what))
                          .arg(quantity),
                      {}});
}
} // namespace

QString stockEventTypeName(StockEventType type)
{
    for (const TypeName &t : typeNames)
        if (t.type == type)
            return t.name.toString();
    return {};
}

std::optional<StockEventType> stockEventTypeFromName(QStringView name)
{
    for (const TypeName &t : typeNames)
        if (t.name == name)
            return t.type;
    return std::nullopt;
}

QString adjustmentReasonName(AdjustmentReason reason)
{
    for (const ReasonName &r : reasonNames)
        if (r.reason == reason)
            return r.name.toString();
    return {};
}

std::optional<AdjustmentReason> adjustmentReasonFromName(QStringView name)
{
    for (const ReasonName &r : reasonNames)
        if (r.name == name)
            return r.reason;
    return std::nullopt;
}

QJsonObject stockEventToJson(const StockEvent &event)
{
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {{QStringLiteral("type"), stockEventTypeName(event.type)},
            {QStringLiteral("quantity"), event.quantity},
            {QStringLiteral("reason"), event.reason ? QJsonValue(adjustmentReasonName(*event.reason)) : QJsonValue()},
            {QStringLiteral("note"), orNull(event.note)},
            {QStringLiteral("reference"), orNull(event.reference)},
            {QStringLiteral("counterpart"), orNull(event.counterpart)}};
}

Result<StockEvent> stockEventFromJson(const QJsonObject &json)
{
    StockEvent event;
    const auto type = stockEventTypeFromName(json.value(QStringLiteral("type")).toString());
    if (!type)
        return invalid(QStringLiteral("type"), QStringLiteral("is not a stock event type"),
                       QStringLiteral("The stock event has no known type."));
    event.type = *type;
    const QJsonValue quantity = json.value(QStringLiteral("quantity"));
    const double q = quantity.toDouble();
    if (!quantity.isDouble() || q != qint64(q) || q == 0)
        return invalid(QStringLiteral("quantity"), QStringLiteral("must be a non-zero whole number"),
                       QStringLiteral("The stock event has no valid quantity."));
    event.quantity = qint64(q);
    if (event.type != StockEventType::Adjusted && event.quantity < 0)
        return invalid(QStringLiteral("quantity"), QStringLiteral("must be positive"),
                       QStringLiteral("Only adjustments take negative quantities."));
    if (const QJsonValue reason = json.value(QStringLiteral("reason")); reason.isString()) {
        event.reason = adjustmentReasonFromName(reason.toString());
        if (!event.reason)
            return invalid(QStringLiteral("reason"), QStringLiteral("is not an adjustment reason"),
                           QStringLiteral("The stock event has an unknown reason."));
    }
    event.note = json.value(QStringLiteral("note")).toString();
    event.reference = json.value(QStringLiteral("reference")).toString();
    event.counterpart = json.value(QStringLiteral("counterpart")).toString();
    return event;
}

StockState applyStockEvent(StockState s, const StockEvent &e)
{
    switch (e.type) {
    case StockEventType::Received:
    case StockEventType::Adjusted:
    case StockEventType::TransferredIn: s.onHand += e.quantity; break;
    case StockEventType::TransferredOut: s.onHand -= e.quantity; break;
    case StockEventType::Reserved: s.reserved += e.quantity; break;
    case StockEventType::ReservationReleased:
    case StockEventType::ReservationExpired: s.reserved -= e.quantity; break;
    case StockEventType::Allocated:
        s.reserved -= e.quantity;
        s.allocated += e.quantity;
        break;
    case StockEventType::Shipped:
        s.allocated -= e.quantity;
        s.onHand -= e.quantity;
        break;
    }
    ++s.version;
    return s;
}

StockState foldStockEvents(const QList<StockEvent> &events)
{
    StockState s;
    for (const StockEvent &e : events)
        s = applyStockEvent(s, e);
    return s;
}

Result<StockEvent> decideAdjustment(const StockState &state, qint64 delta, std::optional<AdjustmentReason> reason,
                                    const QString &note)
{
    if (!reason)
        return invalid(QStringLiteral("reason"),
                       QStringLiteral("must be one of received, count_correction, damaged, lost, found, returned"),
                       QStringLiteral("Say why the stock changes: choose a reason."));
    if (delta == 0 || delta > maxStockQuantity || delta < -maxStockQuantity)
        return invalid(QStringLiteral("delta"),
                       QStringLiteral("must be a whole number from -%1 to %1, not 0").arg(maxStockQuantity),
                       QStringLiteral("The change is not valid; enter the number of units added (or, negative, removed)."));
    if (*reason == AdjustmentReason::Received && delta < 0)
        return invalid(QStringLiteral("delta"), QStringLiteral("must be positive for goods received"),
                       QStringLiteral("Goods received add stock; to remove stock choose another reason."));
    if (delta < 0 && -delta > state.available())
        return invalid(QStringLiteral("delta"),
                       QStringLiteral("can remove at most %1 (available)").arg(state.available()),
                       QStringLiteral("Only %1 units are available here (%2 on hand, %3 reserved or allocated); "
                                      "stock cannot go below zero.")
                           .arg(state.available())
                           .arg(state.onHand)
                           .arg(state.reserved + state.allocated));
    StockEvent e;
    e.type = *reason == AdjustmentReason::Received ? StockEventType::Received : StockEventType::Adjusted;
    e.quantity = delta;
    e.reason = reason;
    e.note = note;
    return e;
}

Result<std::optional<StockEvent>> decideCount(const StockState &state, qint64 counted, const QString &note)
{
    if (counted < 0 || counted > maxStockQuantity)
        return invalid(QStringLiteral("counted"), QStringLiteral("must be a whole number from 0 to %1").arg(maxStockQuantity),
                       QStringLiteral("Enter the number of units you counted."));
    if (counted < state.reserved + state.allocated)
        return invalid(QStringLiteral("counted"),
                       QStringLiteral("is below the %1 units reserved or allocated").arg(state.reserved + state.allocated),
                       QStringLiteral("%1 units here are promised to customers, more than you counted; recount, or "
                                      "release reservations first.")
                           .arg(state.reserved + state.allocated));
    if (counted == state.onHand)
        return std::optional<StockEvent>();
    StockEvent e;
    e.type = StockEventType::Adjusted;
    e.quantity = counted - state.onHand;
    e.reason = AdjustmentReason::CountCorrection;
    e.note = note;
    return std::optional(e);
}

Result<StockEvent> decideReserve(const StockState &state, qint64 quantity, const QString &reference)
{
    if (auto ok = checkQuantity(quantity); !ok)
        return fail(ok.error());
    if (quantity > state.available())
        return fail(Error::conflict(QStringLiteral("Only %1 units are available, not %2.").arg(state.available()).arg(quantity)));
    return StockEvent{StockEventType::Reserved, quantity, std::nullopt, {}, reference, {}};
}

Result<StockEvent> decideRelease(const StockState &state, qint64 quantity, const QString &reference, bool expired)
{
    if (auto ok = checkQuantity(quantity); !ok)
        return fail(ok.error());
    if (quantity > state.reserved)
        return notHeld("reserved", quantity, state.reserved);
    return StockEvent{expired ? StockEventType::ReservationExpired : StockEventType::ReservationReleased, quantity,
                      std::nullopt, {}, reference, {}};
}

Result<StockEvent> decideAllocate(const StockState &state, qint64 quantity, const QString &reference)
{
    if (auto ok = checkQuantity(quantity); !ok)
        return fail(ok.error());
    if (quantity > state.reserved)
        return notHeld("reserved", quantity, state.reserved);
    return StockEvent{StockEventType::Allocated, quantity, std::nullopt, {}, reference, {}};
}

Result<StockEvent> decideShip(const StockState &state, qint64 quantity, const QString &reference)
{
    if (auto ok = checkQuantity(quantity); !ok)
        return fail(ok.error());
    if (quantity > state.allocated)
        return notHeld("allocated", quantity, state.allocated);
    return StockEvent{StockEventType::Shipped, quantity, std::nullopt, {}, reference, {}};
}

Result<StockEvent> decideTransferOut(const StockState &state, qint64 quantity, const QString &reference, const QString &to)
{
    if (auto ok = checkQuantity(quantity); !ok)
        return fail(ok.error());
    if (quantity > state.available())
        return invalid(QStringLiteral("quantity"), QStringLiteral("can be at most %1 (available)").arg(state.available()),
                       QStringLiteral("Only %1 units are available to move from here.").arg(state.available()));
    return StockEvent{StockEventType::TransferredOut, quantity, std::nullopt, {}, reference, to};
}

Result<StockEvent> decideTransferIn(const StockState &, qint64 quantity, const QString &reference, const QString &from)
{
    if (auto ok = checkQuantity(quantity); !ok)
        return fail(ok.error());
    return StockEvent{StockEventType::TransferredIn, quantity, std::nullopt, {}, reference, from};
}

std::expected<QList<LineAllocation>, QList<StockShortage>>
allocateStock(const QList<StockLine> &lines, const QHash<QString, QList<WarehouseStock>> &stock)
{
    QHash<QString, QList<WarehouseStock>> left;
    for (auto it = stock.constBegin(); it != stock.constEnd(); ++it) {
        QList<WarehouseStock> sorted = it.value();
        std::stable_sort(sorted.begin(), sorted.end(), [](const WarehouseStock &a, const WarehouseStock &b) {
            return a.priority != b.priority ? a.priority < b.priority : a.warehouse < b.warehouse;
        });
        left.insert(it.key(), sorted);
    }
    QHash<QString, qint64> requested;
    QStringList order;
    for (const StockLine &line : lines) {
        if (!requested.contains(line.sku))
            order.append(line.sku);
        requested[line.sku] += line.quantity;
    }
    QList<StockShortage> shortages;
    for (const QString &sku : std::as_const(order)) {
        qint64 total = 0;
        for (const WarehouseStock &w : left.value(sku))
            total += std::max<qint64>(0, w.available);
        if (total < requested.value(sku))
            shortages.append({sku, requested.value(sku), total});
    }
    if (!shortages.isEmpty())
        return std::unexpected(shortages);

    QList<LineAllocation> result;
    for (const StockLine &line : lines) {
        QList<WarehouseStock> &warehouses = left[line.sku];
        LineAllocation allocation{line.sku, line.quantity, {}};
        const auto whole = std::find_if(warehouses.begin(), warehouses.end(),
                                        [&](const WarehouseStock &w) { return w.available >= line.quantity; });
        if (whole != warehouses.end()) {
            whole->available -= line.quantity;
            allocation.picks.append({whole->warehouse, line.quantity});
        } else {
            qint64 needed = line.quantity;
            for (WarehouseStock &w : warehouses) {
                const qint64 take = std::min(needed, std::max<qint64>(0, w.available));
                if (take <= 0)
                    continue;
                w.available -= take;
                needed -= take;
                allocation.picks.append({w.warehouse, take});
                if (needed == 0)
                    break;
            }
        }
        result.append(allocation);
    }
    return result;
}

} // namespace Backroom::Domain
