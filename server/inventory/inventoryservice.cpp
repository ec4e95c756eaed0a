// SPDX-License-Identifier: MIT
#include "server/inventory/inventoryservice.h"
#include "server/inventory/reservationshipping.h"

#include "domain/json.h"
#include "server/events/outbox.h"
#include "server/store/database.h"
#include "server/store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QRegularExpression>

namespace Backroom::Server {

using Domain::Error;
using Domain::StockEvent;
using Domain::StockEventType;
using Domain::StockState;

namespace {
// The one timestamp shape of the API, for a constant column expression of ours.
std::unexpected<PgError> invalidField(const QString &field, const QString &message, const QString &detail)
{
    return refuse(Error::validation(detail, {{field, message}}));
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return escaped;
}

Error noSuchSku(const QString &sku)
{
    return Error::notFound(QStringLiteral("There is no variant with SKU '%1'; check the SKU or create the product first.").arg(sku));
}

struct SkuRow {
    QString sku; // as the catalog spells it
    qint64 productId = 0;
    QString title;
};

// The catalog's spelling of a SKU given in any case; nullopt when no variant has it.
PgExpected<std::optional<SkuRow>> findSku(PgConnection &c, const QString &sku)
{
    if (sku.isEmpty() || sku.size() > 64)
        return std::optional<SkuRow>();
    auto rows = c.exec("SELECT v.sku, v.product_id, p.title FROM variants v JOIN products p ON p.id = v.product_id "
                       "WHERE lower(v.sku) = lower($1)",
                       {sku.toUtf8()});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->rows() == 0)
        return std::optional<SkuRow>();
    return std::optional(SkuRow{rows->text(0, 0), rows->toInt64(0, 1), rows->text(0, 2)});
}

PgExpected<SkuRow> requireSku(PgConnection &c, const QString &sku)
{
    auto found = findSku(c, sku);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return refuse(noSuchSku(sku));
    return **found;
}

const QByteArray warehouseColumns = "id, code, name, address, priority, active, version, " + rfc3339("created_at") + ", "
    + rfc3339("updated_at");
const QByteArray qualifiedWarehouseColumns = "w.id, w.code, w.name, w.address, w.priority, w.active, w.version, "
    + rfc3339("w.created_at") + ", " + rfc3339("w.updated_at");

// The warehouseColumns starting at column first.
Warehouse warehouseFrom(const PgResult &r, int row, int first = 0)
{
    Warehouse w;
    w.id = r.toInt64(row, first);
    w.code = r.text(row, first + 1);
    w.name = r.text(row, first + 2);
    if (!r.isNull(row, first + 3))
        w.address = QJsonDocument::fromJson(r.value(row, first + 3).toByteArray()).object();
    w.priority = int(r.toInt64(row, first + 4));
    w.active = r.value(row, first + 5) == "t";
    w.version = int(r.toInt64(row, first + 6));
    w.createdAt = r.text(row, first + 7);
    w.updatedAt = r.text(row, first + 8);
    return w;
}

// requireSku and requireWarehouse in one round trip, with their refusals.
// The catalog's SKU (in any case) and the warehouse (by code) a request names, in one row either way.
const QByteArray skuAndWarehouseSql = "SELECT v.sku, v.product_id, p.title, " + qualifiedWarehouseColumns
    + " FROM (SELECT 1) AS one "
      "LEFT JOIN (variants v JOIN products p ON p.id = v.product_id) ON lower(v.sku) = lower($1) "
      "LEFT JOIN warehouses w ON w.code = upper($2)";

PgExpected<std::pair<SkuRow, Warehouse>> skuAndWarehouseFrom(const PgResult &rows, const QString &sku,
                                                             const QString &code, const QString &field)
{
    if (rows.isNull(0, 0))
        return refuse(noSuchSku(sku));
    if (rows.isNull(0, 3))
        return invalidField(field, QStringLiteral("is not a warehouse code"),
                            QStringLiteral("There is no warehouse '%1'; list /api/v1/warehouses.").arg(code));
    return std::pair(SkuRow{rows.text(0, 0), rows.toInt64(0, 1), rows.text(0, 2)}, warehouseFrom(rows, 0, 3));
}

// A warehouse named in a request body: Validation on field when there is none by that code.
PgExpected<Warehouse> requireWarehouse(PgConnection &c, const QString &code, const QString &field)
{
    auto rows = c.exec("SELECT " + warehouseColumns + " FROM warehouses WHERE code = upper($1)", {code.toUtf8()});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->rows() == 0)
        return invalidField(field, QStringLiteral("is not a warehouse code"),
                            QStringLiteral("There is no warehouse '%1'; list /api/v1/warehouses.").arg(code));
    return warehouseFrom(*rows, 0);
}

// A stream head, locked, and what this unit of work did to it.
struct Stream {
    QString sku;
    qint64 warehouseId = 0;
    QString code;
    int priority = 1;
    bool active = true;
    StockState state;
    qint64 incoming = 0;
    qint64 availableBefore = 0;
    bool reorderPoint = false; // the SKU has one: a drop in available may make it low
    bool changed = false;
    QList<StoredStockEvent> appended;
};
using StreamKey = std::pair<QString, qint64>;
using Streams = QMap<StreamKey, Stream>;

// Stream heads with what a write needs of their warehouses, to lock (add the WHERE and FOR UPDATE OF l).
const QByteArray lockedHeadsSql =
    "SELECT l.sku, l.warehouse_id, w.code, w.priority, w.active, l.version, l.on_hand, l.reserved, l.allocated, "
    "l.incoming, EXISTS (SELECT 1 FROM reorder_settings r WHERE r.sku = l.sku AND r.reorder_point IS NOT NULL) "
    "FROM stock_levels l JOIN warehouses w ON w.id = l.warehouse_id ";
// By (sku, warehouse id) keys, in the order that keeps writers of overlapping streams from deadlocking.
const QByteArray lockHeadsByKeysSql = lockedHeadsSql
    + "WHERE (l.sku, l.warehouse_id) IN (SELECT * FROM backroom_few($1::text[], $2::bigint[])) "
      "ORDER BY l.sku COLLATE \"C\", l.warehouse_id FOR UPDATE OF l";
// One head by the SKU (in any case) and warehouse code a request names, as skuAndWarehouseSql finds them.
const QByteArray lockHeadByNamesSql = lockedHeadsSql
    + "WHERE l.sku = (SELECT v.sku FROM variants v WHERE lower(v.sku) = lower($1)) "
      "AND l.warehouse_id = (SELECT id FROM warehouses WHERE code = upper($2)) FOR UPDATE OF l";

Streams streamsFrom(const PgResult &rows)
{
    Streams streams;
    for (int i = 0; i < rows.rows(); ++i) {
        Stream s;
        s.sku = rows.text(i, 0);
        s.warehouseId = rows.toInt64(i, 1);
        s.code = rows.text(i, 2);
        s.priority = int(rows.toInt64(i, 3));
        s.active = rows.value(i, 4) == "t";
        s.state = StockState{rows.toInt64(i, 6), rows.toInt64(i, 7), rows.toInt64(i, 8), rows.toInt64(i, 5)};
        s.incoming = rows.toInt64(i, 9);
        s.reorderPoint = rows.value(i, 10) == "t";
        s.availableBefore = s.state.available();
        streams.insert({s.sku, s.warehouseId}, s);
    }
    return streams;
}

// Locks the stream heads, creating the missing ones first. Both statements go in (sku, warehouse) order
// under the "C" collation, so two units of work locking overlapping streams wait for each other instead of
// deadlocking; a deadlock that still happens (with some other lock order) reruns the unit. Heads usually
// exist, so the lock is tried first and the insert (then the lock again) only runs when one is missing.
// The keys are read through backroom_few() (migration 0024), here and in the other per-request statements
// that take arrays of SKUs, so that the prepared statements keep one plan instead of being planned each time.
PgExpected<Streams> lockStreams(PgConnection &c, const QList<StreamKey> &keys)
{
    QStringList skus;
    QList<qint64> warehouses;
    QSet<StreamKey> distinct;
    for (const StreamKey &k : keys) {
        skus.append(k.first);
        warehouses.append(k.second);
        distinct.insert(k);
    }
    const PgParams params{textArrayParam(skus), int64ArrayParam(warehouses)};
    auto rows = c.exec(lockHeadsByKeysSql, params);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->rows() < distinct.size()) {
        auto created = c.exec("INSERT INTO stock_levels (sku, warehouse_id) "
                              "SELECT s, w FROM backroom_few($1::text[], $2::bigint[]) AS k(s, w) "
                              "ORDER BY s COLLATE \"C\", w ON CONFLICT DO NOTHING",
                              params);
        if (!created)
            return std::unexpected(created.error());
        rows = c.exec(lockHeadsByKeysSql, params);
        if (!rows)
            return std::unexpected(rows.error());
    }
    return streamsFrom(*rows);
}

// The SKU and warehouse a single-stream write names, and that stream's head locked, in one round trip: the
// lock finds the head by the names as the look-up does, instead of waiting for the look-up's answer. A
// head that does not exist yet is made and locked by lockStreams.
PgExpected<std::pair<SkuRow, Streams>> lookUpAndLock(PgConnection &c, const QString &sku, const QString &code,
                                                    const QString &field)
{
    if (sku.isEmpty() || sku.size() > 64)
        return refuse(noSuchSku(sku));
    const PgParams names{sku.toUtf8(), code.toUtf8()};
    auto results = c.execAll({{skuAndWarehouseSql, names}, {lockHeadByNamesSql, names}});
    if (!results)
        return std::unexpected(results.error());
    auto looked = skuAndWarehouseFrom(results->at(0), sku, code, field);
    if (!looked)
        return std::unexpected(looked.error());
    const StreamKey key{looked->first.sku, looked->second.id};
    Streams streams = streamsFrom(results->at(1));
    if (!streams.contains(key)) {
        auto made = lockStreams(c, {key});
        if (!made)
            return std::unexpected(made.error());
        streams = *made;
    }
    return std::pair(looked->first, streams);
}

PgExpected<void> append(PgConnection &c, Stream &stream, const StockEvent &event, std::optional<qint64> counterpartId,
                        const AuditActor &actor)
{
    const StockState next = Domain::applyStockEvent(stream.state, event);
    // The domain decided on this very state; a negative result here is a bug, and the CHECKs would refuse it.
    auto row = c.exec("INSERT INTO inventory_events (sku, warehouse_id, version, type, quantity, reason, note, reference, "
                      "counterpart_id, actor_id, request_id, on_hand_after, available_after) "
                      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id, "
                          + rfc3339("occurred_at"),
                      {stream.sku.toUtf8(), intParam(stream.warehouseId), intParam(next.version),
                       Domain::stockEventTypeName(event.type).toUtf8(), intParam(event.quantity),
                       event.reason ? std::optional(Domain::adjustmentReasonName(*event.reason).toUtf8()) : std::nullopt,
                       event.note.toUtf8(), event.reference.toUtf8(),
                       counterpartId ? std::optional(intParam(*counterpartId)) : std::nullopt,
                       actor.userId ? std::optional(intParam(*actor.userId)) : std::nullopt, actor.requestId,
                       intParam(next.onHand), intParam(next.available())});
    if (!row)
        return std::unexpected(row.error());
    StoredStockEvent stored;
    stored.id = row->toInt64(0, 0);
    stored.occurredAt = row->text(0, 1);
    stored.sku = stream.sku;
    stored.warehouse = stream.code;
    stored.event = event;
    stored.version = next.version;
    stored.actorId = actor.userId;
    stored.onHandAfter = next.onHand;
    stored.availableAfter = next.available();
    stream.state = next;
    stream.changed = true;
    stream.appended.append(stored);
    return {};
}

// Writes the changed heads, then the outbox events: InventoryChanged per stream, StockLevelLow per SKU whose
// available total fell below its reorder point.
PgExpected<void> finish(PgConnection &c, const Streams &streams, const AuditActor &actor)
{
    QHash<QString, qint64> availableDelta;
    for (const Stream &s : streams) {
        if (!s.changed)
            continue;
        QJsonArray events;
        for (const StoredStockEvent &e : s.appended)
            events.append(QJsonObject{{QStringLiteral("id"), QString::number(e.id)},
                                      {QStringLiteral("type"), Domain::stockEventTypeName(e.event.type)},
                                      {QStringLiteral("quantity"), e.event.quantity},
                                      {QStringLiteral("version"), e.version},
                                      {QStringLiteral("occurred_at"), e.occurredAt}});
        const QJsonObject payload{{QStringLiteral("sku"), s.sku},
                                  {QStringLiteral("warehouse"), s.code},
                                  {QStringLiteral("on_hand"), s.state.onHand},
                                  {QStringLiteral("reserved"), s.state.reserved},
                                  {QStringLiteral("allocated"), s.state.allocated},
                                  {QStringLiteral("available"), s.state.available()},
                                  {QStringLiteral("incoming"), s.incoming},
                                  {QStringLiteral("version"), s.state.version},
                                  {QStringLiteral("events"), events}};
        // The head and its event in one statement, and it goes out with the unit's next one: nothing is read
        // back. The outbox row is the one recordEvent() writes.
        auto updated = c.execLater("WITH head AS (UPDATE stock_levels SET version = $3, on_hand = $4, reserved = $5, "
                              "allocated = $6, incoming = $7, updated_at = now() WHERE sku = $1 AND warehouse_id = $2) "
                              "INSERT INTO outbox (event_type, aggregate_type, aggregate_id, payload, request_id) "
                              "VALUES ('InventoryChanged', 'stock', $1, $8::jsonb, $9)",
                              {s.sku.toUtf8(), intParam(s.warehouseId), intParam(s.state.version), intParam(s.state.onHand),
                               intParam(s.state.reserved), intParam(s.state.allocated), intParam(s.incoming),
                               QJsonDocument(payload).toJson(QJsonDocument::Compact), actor.requestId});
        if (!updated)
            return std::unexpected(updated.error());
        if (s.reorderPoint)
            availableDelta[s.sku] += s.state.available() - s.availableBefore;
    }
    for (auto it = availableDelta.constBegin(); it != availableDelta.constEnd(); ++it) {
        if (it.value() >= 0)
            continue;
        auto low = c.exec("SELECT r.reorder_point, r.reorder_quantity, "
                          "(SELECT coalesce(sum(on_hand - reserved - allocated), 0) FROM stock_levels WHERE sku = $1) "
                          "FROM reorder_settings r WHERE r.sku = $1 AND r.reorder_point IS NOT NULL",
                          {it.key().toUtf8()});
        if (!low)
            return std::unexpected(low.error());
        if (low->rows() == 0)
            continue;
        const qint64 point = low->toInt64(0, 0);
        const qint64 after = low->toInt64(0, 2);
        const qint64 before = after - it.value();
        if (!(before >= point && after < point))
            continue;
        const QJsonObject payload{{QStringLiteral("sku"), it.key()},
                                  {QStringLiteral("available"), after},
                                  {QStringLiteral("reorder_point"), point},
                                  {QStringLiteral("reorder_quantity"),
                                   low->isNull(0, 1) ? QJsonValue() : QJsonValue(low->toInt64(0, 1))}};
        if (auto e = recordEvent(c, QStringLiteral("StockLevelLow"), QStringLiteral("stock"), it.key(), payload, actor); !e)
            return e;
    }
    return {};
}

PgExpected<void> audit(PgConnection &c, const AuditActor &actor, const QString &action, const QString &sku,
                       const QJsonObject &after)
{
    return AuditLog::record(c, actor, {action, QStringLiteral("stock"), sku, std::nullopt, after});
}

// The items of these SKUs with their levels (only warehouse `code` when given), in the order given.
PgExpected<QList<StockItem>> loadItems(PgConnection &c, const QList<SkuRow> &skus, const QString &code)
{
    QStringList names;
    for (const SkuRow &s : skus)
        names.append(s.sku);
    // Levels and reorder settings in one round trip: a row per level, or one with NULL levels for a SKU
    // without any; the reorder columns repeat on each.
    auto rows = c.exec("SELECT s.sku, w.code, l.on_hand, l.reserved, l.allocated, l.incoming, l.version, "
                       "r.reorder_point, r.reorder_quantity FROM (SELECT DISTINCT backroom_few($1::text[])) AS s(sku) "
                       "LEFT JOIN reorder_settings r ON r.sku = s.sku "
                       "LEFT JOIN (stock_levels l JOIN warehouses w ON w.id = l.warehouse_id "
                       "AND ($2 = '' OR w.code = upper($2))) ON l.sku = s.sku "
                       "ORDER BY w.priority, w.code",
                       {textArrayParam(names), code.toUtf8()});
    if (!rows)
        return std::unexpected(rows.error());
    QHash<QString, StockItem> bySku;
    for (const SkuRow &s : skus)
        bySku.insert(s.sku, StockItem{s.sku, s.productId, s.title, {}, std::nullopt, std::nullopt});
    for (int i = 0; i < rows->rows(); ++i) {
        StockItem &item = bySku[rows->text(i, 0)];
        if (!rows->isNull(i, 1))
            item.warehouses.append(StockLevel{rows->text(i, 1), rows->toInt64(i, 2), rows->toInt64(i, 3),
                                              rows->toInt64(i, 4), rows->toInt64(i, 5), rows->toInt64(i, 6)});
        if (!rows->isNull(i, 7))
            item.reorderPoint = rows->toInt64(i, 7);
        if (!rows->isNull(i, 8))
            item.reorderQuantity = rows->toInt64(i, 8);
    }
    QList<StockItem> items;
    for (const SkuRow &s : skus)
        items.append(bySku.value(s.sku));
    return items;
}

PgExpected<StockItem> loadItem(PgConnection &c, const SkuRow &sku)
{
    auto items = loadItems(c, {sku}, {});
    if (!items)
        return std::unexpected(items.error());
    return items->first();
}

const QByteArray transferColumns = "t.id, t.sku, f.code, d.code, t.quantity, t.received, t.note, " + rfc3339("t.created_at")
    + ", " + rfc3339("t.updated_at")
    + ", t.from_warehouse_id, t.to_warehouse_id FROM stock_transfers t JOIN warehouses f ON f.id = t.from_warehouse_id "
      "JOIN warehouses d ON d.id = t.to_warehouse_id";

StockTransfer transferFrom(const PgResult &r, int row)
{
    return StockTransfer{r.toInt64(row, 0), r.text(row, 1), r.text(row, 2), r.text(row, 3), r.toInt64(row, 4),
                         r.toInt64(row, 5), r.text(row, 6), r.text(row, 7), r.text(row, 8)};
}

PgExpected<Reservation> readReservation(PgConnection &c, qint64 id, bool forUpdate)
{
    auto head = c.exec(forUpdate ? "SELECT status, reference, " + rfc3339("expires_at") + " FROM reservations WHERE id = $1 FOR UPDATE"
                                 : "SELECT status, reference, " + rfc3339("expires_at") + " FROM reservations WHERE id = $1",
                       {intParam(id)});
    if (!head)
        return std::unexpected(head.error());
    if (head->rows() == 0)
        return refuse(Error::notFound(QStringLiteral("There is no such reservation.")));
    Reservation r{id, head->text(0, 0), head->text(0, 1), head->text(0, 2), {}};
    auto lines = c.exec("SELECT l.line, l.sku, w.code, l.quantity FROM reservation_lines l "
                        "JOIN warehouses w ON w.id = l.warehouse_id WHERE l.reservation_id = $1 "
                        "ORDER BY l.line, w.priority, w.code",
                        {intParam(id)});
    if (!lines)
        return std::unexpected(lines.error());
    int current = -1;
    for (int i = 0; i < lines->rows(); ++i) {
        const int line = int(lines->toInt64(i, 0));
        if (line != current) {
            r.lines.append(Reservation::Line{lines->text(i, 1), 0, {}});
            current = line;
        }
        r.lines.last().quantity += lines->toInt64(i, 3);
        r.lines.last().warehouses.append({lines->text(i, 2), lines->toInt64(i, 3)});
    }
    return r;
}

// Moves every line of a reservation with decide (release, expire, allocate or ship) and sets its status.
PgExpected<Reservation> settleReservation(
    PgConnection &c, qint64 id, const QString &from, const QString &to,
    const std::function<Domain::Result<StockEvent>(const StockState &, qint64, const QString &)> &decide,
    const AuditActor &actor)
{
    auto reservation = readReservation(c, id, true);
    if (!reservation)
        return reservation;
    if (reservation->status != from)
        return refuse(Error{Domain::ErrorCode::InvalidTransition,
                            QStringLiteral("The reservation is %1; only a %2 reservation can become %3.")
                                .arg(reservation->status, from, to),
                            {}});
    auto rows = c.exec("SELECT sku, warehouse_id, quantity FROM reservation_lines WHERE reservation_id = $1 "
                       "ORDER BY line, warehouse_id",
                       {intParam(id)});
    if (!rows)
        return std::unexpected(rows.error());
    QList<StreamKey> keys;
    for (int i = 0; i < rows->rows(); ++i)
        keys.append({rows->text(i, 0), rows->toInt64(i, 1)});
    auto streams = lockStreams(c, keys);
    if (!streams)
        return std::unexpected(streams.error());
    const QString reference = QString::number(id);
    for (int i = 0; i < rows->rows(); ++i) {
        Stream &s = (*streams)[keys[i]];
        auto event = decide(s.state, rows->toInt64(i, 2), reference);
        if (!event)
            return refuse(event.error());
        if (auto appended = append(c, s, *event, std::nullopt, actor); !appended)
            return std::unexpected(appended.error());
    }
    if (auto done = finish(c, *streams, actor); !done)
        return std::unexpected(done.error());
    auto updated = c.exec("UPDATE reservations SET status = $2 WHERE id = $1", {intParam(id), to.toUtf8()});
    if (!updated)
        return std::unexpected(updated.error());
    reservation->status = to;
    return reservation;
}

struct Folded {
    StockState state;
    qint64 incoming = 0;
    QString code;
};

// Every stream folded from the log, keyed like stock_levels.
PgExpected<QMap<StreamKey, Folded>> foldLog(PgConnection &c)
{
    QMap<StreamKey, Folded> folded;
    qint64 after = 0;
    for (;;) {
        auto rows = c.exec("SELECT e.id, e.sku, e.warehouse_id, w.code, e.type, e.quantity, e.counterpart_id "
                           "FROM inventory_events e JOIN warehouses w ON w.id = e.warehouse_id "
                           "WHERE e.id > $1 ORDER BY e.id LIMIT 10000",
                           {intParam(after)});
        if (!rows)
            return std::unexpected(rows.error());
        for (int i = 0; i < rows->rows(); ++i) {
            after = rows->toInt64(i, 0);
            const auto type = Domain::stockEventTypeFromName(rows->text(i, 4));
            if (!type)
                return refuse(Error::internal(QStringLiteral("The inventory log holds an unknown event type.")));
            StockEvent event;
            event.type = *type;
            event.quantity = rows->toInt64(i, 5);
            const StreamKey key{rows->text(i, 1), rows->toInt64(i, 2)};
            Folded &f = folded[key];
            f.code = rows->text(i, 3);
            f.state = Domain::applyStockEvent(f.state, event);
            // Stock in transit counts as incoming at its destination until it arrives.
            if (*type == StockEventType::TransferredOut && !rows->isNull(i, 6))
                folded[{key.first, rows->toInt64(i, 6)}].incoming += event.quantity;
            if (*type == StockEventType::TransferredIn)
                f.incoming -= event.quantity;
        }
        if (rows->rows() < 10000)
            break;
    }
    return folded;
}

PgExpected<ProjectionCheck> compareWithLog(PgConnection &c)
{
    auto folded = foldLog(c);
    if (!folded)
        return std::unexpected(folded.error());
    auto live = c.exec("SELECT l.sku, l.warehouse_id, w.code, l.version, l.on_hand, l.reserved, l.allocated, l.incoming "
                       "FROM stock_levels l JOIN warehouses w ON w.id = l.warehouse_id");
    if (!live)
        return std::unexpected(live.error());
    QMap<StreamKey, std::pair<QString, std::array<qint64, 5>>> liveRows;
    for (int i = 0; i < live->rows(); ++i)
        liveRows.insert({live->text(i, 0), live->toInt64(i, 1)},
                        {live->text(i, 2),
                         {live->toInt64(i, 3), live->toInt64(i, 4), live->toInt64(i, 5), live->toInt64(i, 6),
                          live->toInt64(i, 7)}});
    ProjectionCheck check;
    QSet<StreamKey> keys;
    for (auto it = folded->constBegin(); it != folded->constEnd(); ++it)
        keys.insert(it.key());
    for (auto it = liveRows.constBegin(); it != liveRows.constEnd(); ++it)
        keys.insert(it.key());
    QList<StreamKey> sorted(keys.begin(), keys.end());
    std::sort(sorted.begin(), sorted.end());
    static const QStringList fields{QStringLiteral("version"), QStringLiteral("on_hand"), QStringLiteral("reserved"),
                                    QStringLiteral("allocated"), QStringLiteral("incoming")};
    for (const StreamKey &key : std::as_const(sorted)) {
        const Folded f = folded->value(key);
        const auto l = liveRows.value(key);
        const std::array<qint64, 5> rebuilt{f.state.version, f.state.onHand, f.state.reserved, f.state.allocated,
                                            f.incoming};
        ++check.checked;
        for (int i = 0; i < 5; ++i) {
            if (rebuilt[i] != l.second[i])
                check.differences.append({key.first, l.first.isEmpty() ? f.code : l.first, fields[i], l.second[i],
                                          rebuilt[i]});
        }
    }
    // The demand projection lags the log (the outbox feeds it), so only what it holds is checked.
    auto demand = c.exec("SELECT d.event_id, d.sku, d.quantity, e.quantity, d.day = (e.occurred_at AT TIME ZONE 'UTC')::date "
                         "FROM stock_demand d LEFT JOIN inventory_events e ON e.id = d.event_id AND e.type = 'Allocated' "
                         "AND e.sku = d.sku ORDER BY d.event_id");
    if (!demand)
        return std::unexpected(demand.error());
    for (int i = 0; i < demand->rows(); ++i) {
        ++check.checked;
        const qint64 rebuilt = demand->isNull(i, 3) ? 0 : demand->toInt64(i, 3);
        if (rebuilt != demand->toInt64(i, 2) || demand->value(i, 4) != "t")
            check.differences.append({demand->text(i, 1), {}, QStringLiteral("demand[event %1]").arg(demand->text(i, 0)),
                                      demand->toInt64(i, 2), rebuilt});
    }
    return check;
}

} // namespace

QJsonObject Warehouse::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("address"), address ? QJsonValue(*address) : QJsonValue()},
            {QStringLiteral("priority"), priority},
            {QStringLiteral("active"), active},
            {QStringLiteral("version"), version},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("updated_at"), updatedAt}};
}

StockLevel StockItem::total() const
{
    StockLevel t;
    for (const StockLevel &l : warehouses) {
        t.onHand += l.onHand;
        t.reserved += l.reserved;
        t.allocated += l.allocated;
        t.incoming += l.incoming;
        t.version += l.version;
    }
    return t;
}

int StockItem::version() const
{
    return int(total().version % 2000000000) + 1;
}

namespace {
QJsonObject levelJson(const StockLevel &l)
{
    return {{QStringLiteral("on_hand"), l.onHand},       {QStringLiteral("reserved"), l.reserved},
            {QStringLiteral("allocated"), l.allocated}, {QStringLiteral("available"), l.available()},
            {QStringLiteral("incoming"), l.incoming}};
}
QJsonValue optionalNumber(std::optional<qint64> n)
{
    return n ? QJsonValue(*n) : QJsonValue();
}
} // namespace

QJsonObject StockItem::toJson() const
{
    QJsonObject o = levelJson(total());
    o.insert(QStringLiteral("sku"), sku);
    o.insert(QStringLiteral("product_id"), QString::number(productId));
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("reorder_point"), optionalNumber(reorderPoint));
    o.insert(QStringLiteral("reorder_quantity"), optionalNumber(reorderQuantity));
    o.insert(QStringLiteral("low"), low());
    QJsonArray list;
    for (const StockLevel &l : warehouses) {
        QJsonObject w = levelJson(l);
        w.insert(QStringLiteral("warehouse"), l.warehouse);
        w.insert(QStringLiteral("version"), l.version);
        list.append(w);
    }
    o.insert(QStringLiteral("warehouses"), list);
    return o;
}

QJsonObject StoredStockEvent::toJson() const
{
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {{QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("warehouse"), warehouse},
            {QStringLiteral("type"), Domain::stockEventTypeName(event.type)},
            {QStringLiteral("quantity"), event.quantity},
            {QStringLiteral("version"), version},
            {QStringLiteral("reason"), event.reason ? QJsonValue(Domain::adjustmentReasonName(*event.reason)) : QJsonValue()},
            {QStringLiteral("note"), orNull(event.note)},
            {QStringLiteral("actor"), actorId ? QJsonValue(QString::number(*actorId)) : QJsonValue()},
            {QStringLiteral("reference"), orNull(event.reference)},
            {QStringLiteral("counterpart"), orNull(event.counterpart)},
            {QStringLiteral("occurred_at"), occurredAt},
            {QStringLiteral("on_hand_after"), onHandAfter},
            {QStringLiteral("available_after"), availableAfter}};
}

QString StockTransfer::status() const
{
    if (received == 0)
        return QStringLiteral("in_transit");
    return received < quantity ? QStringLiteral("partially_received") : QStringLiteral("received");
}

QJsonObject StockTransfer::toJson() const
{
    return {{QStringLiteral("id"), QString::number(id)}, {QStringLiteral("sku"), sku},
            {QStringLiteral("from"), from},               {QStringLiteral("to"), to},
            {QStringLiteral("quantity"), quantity},       {QStringLiteral("received"), received},
            {QStringLiteral("status"), status()},         {QStringLiteral("note"), note},
            {QStringLiteral("created_at"), createdAt},    {QStringLiteral("updated_at"), updatedAt}};
}

QJsonObject Reservation::toJson() const
{
    QJsonArray list;
    for (const Line &l : lines) {
        QJsonArray picks;
        for (const Domain::StockPick &p : l.warehouses)
            picks.append(QJsonObject{{QStringLiteral("warehouse"), p.warehouse}, {QStringLiteral("quantity"), p.quantity}});
        list.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                {QStringLiteral("quantity"), l.quantity},
                                {QStringLiteral("warehouses"), picks}});
    }
    return {{QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("status"), status},
            {QStringLiteral("expires_at"), expiresAt},
            {QStringLiteral("reference"), reference.isEmpty() ? QJsonValue() : QJsonValue(reference)},
            {QStringLiteral("lines"), list}};
}

QJsonObject LowStockEntry::toJson() const
{
    return {{QStringLiteral("sku"), sku},
            {QStringLiteral("title"), title},
            {QStringLiteral("available"), available},
            {QStringLiteral("reorder_point"), reorderPoint},
            {QStringLiteral("reorder_quantity"), optionalNumber(reorderQuantity)},
            {QStringLiteral("suggested_quantity"), forecast.suggestedQuantity},
            {QStringLiteral("days_of_cover"), forecast.daysOfCover ? QJsonValue(*forecast.daysOfCover) : QJsonValue()},
            {QStringLiteral("reorder_on"),
             forecast.reorderOn ? QJsonValue(forecast.reorderOn->toString(Qt::ISODate)) : QJsonValue()}};
}

QJsonObject ProjectionDifference::toJson() const
{
    return {{QStringLiteral("sku"), sku},
            {QStringLiteral("warehouse"), warehouse.isEmpty() ? QJsonValue() : QJsonValue(warehouse)},
            {QStringLiteral("field"), field},
            {QStringLiteral("live"), live},
            {QStringLiteral("rebuilt"), rebuilt}};
}

QJsonObject ProjectionCheck::toJson() const
{
    QJsonArray list;
    for (const ProjectionDifference &d : differences)
        list.append(d.toJson());
    return {{QStringLiteral("checked"), checked}, {QStringLiteral("differences"), list}};
}

QJsonObject InventoryService::SkuForecast::toJson() const
{
    QJsonArray days;
    for (const Day &d : history)
        days.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                {QStringLiteral("demand"), d.demand},
                                {QStringLiteral("on_hand"), d.onHand}});
    return {{QStringLiteral("sku"), sku},
            {QStringLiteral("daily_demand"), forecast.dailyDemand},
            {QStringLiteral("days_of_cover"), forecast.daysOfCover ? QJsonValue(*forecast.daysOfCover) : QJsonValue()},
            {QStringLiteral("reorder_on"),
             forecast.reorderOn ? QJsonValue(forecast.reorderOn->toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("reorder_point"), forecast.reorderPoint},
            {QStringLiteral("suggested_quantity"), forecast.suggestedQuantity},
            {QStringLiteral("lead_time_days"), leadTimeDays},
            {QStringLiteral("history"), days}};
}

namespace {
// The members of a warehouse body other than code, each checked; Validation naming every bad one.
Domain::Status readWarehouseFields(const QJsonObject &body, Warehouse &w, bool creating)
{
    QList<Domain::FieldError> errors;
    if (body.contains(QStringLiteral("name")) || creating) {
        auto name = Domain::Json::requiredString(body, u"name", 200);
        if (name)
            w.name = *name;
        else
            errors += name.error().fields;
    }
    if (body.contains(QStringLiteral("address"))) {
        const QJsonValue a = body.value(QStringLiteral("address"));
        if (a.isNull())
            w.address.reset();
        else if (a.isObject() && QJsonDocument(a.toObject()).toJson(QJsonDocument::Compact).size() <= 4000)
            w.address = a.toObject();
        else
            errors.append({QStringLiteral("address"), QStringLiteral("must be an object (up to 4000 bytes) or null")});
    }
    if (body.contains(QStringLiteral("priority"))) {
        const QJsonValue p = body.value(QStringLiteral("priority"));
        const double d = p.toDouble(-1);
        if (!p.isDouble() || d != std::floor(d) || d < 0 || d > 1000000)
            errors.append({QStringLiteral("priority"), QStringLiteral("must be a whole number from 0 to 1000000")});
        else
            w.priority = int(d);
    }
    if (body.contains(QStringLiteral("active"))) {
        if (!body.value(QStringLiteral("active")).isBool())
            errors.append({QStringLiteral("active"), QStringLiteral("must be true or false")});
        else
            w.active = body.value(QStringLiteral("active")).toBool();
    }
    if (!errors.isEmpty())
        return Domain::fail(Error::validation(QStringLiteral("The warehouse is not valid; correct the fields named."),
                                              std::move(errors)));
    return {};
}

std::optional<QByteArray> addressParam(const Warehouse &w)
{
    return w.address ? std::optional(QJsonDocument(*w.address).toJson(QJsonDocument::Compact)) : std::nullopt;
}
} // namespace

Domain::Result<QList<Warehouse>> InventoryService::warehouses() const
{
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT " + warehouseColumns + " FROM warehouses ORDER BY priority, code");
    if (!rows)
        return Domain::fail(rows.error().error);
    QList<Warehouse> list;
    for (int i = 0; i < rows->rows(); ++i)
        list.append(warehouseFrom(*rows, i));
    return list;
}

Domain::Result<Warehouse> InventoryService::createWarehouse(const QJsonObject &body, const AuditActor &actor)
{
    if (auto ok = Domain::Json::allowOnly(body, {u"code", u"name", u"address", u"priority", u"active"}); !ok)
        return Domain::fail(ok.error());
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9_-]{1,20}$"));
    Warehouse w;
    const QJsonValue code = body.value(QStringLiteral("code"));
    if (!code.isString() || !codePattern.match(code.toString()).hasMatch())
        return Domain::fail(Error::validation(
            QStringLiteral("The warehouse code is not valid."),
            {{QStringLiteral("code"), QStringLiteral("must be 1 to 20 letters, digits, '_' or '-'")}}));
    w.code = code.toString().toUpper();
    if (auto fields = readWarehouseFields(body, w, true); !fields)
        return Domain::fail(fields.error());
    auto db = m_database.acquire();
    return runInTransaction<Warehouse>(*db, [&](PgConnection &c) -> PgExpected<Warehouse> {
        auto row = c.exec("INSERT INTO warehouses (code, name, address, priority, active) VALUES ($1, $2, $3::jsonb, $4, $5) "
                          "ON CONFLICT (code) DO NOTHING RETURNING " + warehouseColumns,
                          {w.code.toUtf8(), w.name.toUtf8(), addressParam(w), intParam(w.priority), w.active ? "true" : "false"});
        if (!row)
            return std::unexpected(row.error());
        if (row->rows() == 0)
            return refuse(Error::conflict(QStringLiteral("A warehouse with code %1 exists already; choose another code.").arg(w.code)));
        const Warehouse stored = warehouseFrom(*row, 0);
        if (auto a = AuditLog::record(c, actor, {QStringLiteral("warehouse.create"), QStringLiteral("warehouse"), stored.code,
                                                 std::nullopt, stored.toJson()});
            !a)
            return std::unexpected(a.error());
        return stored;
    });
}

Domain::Result<Warehouse> InventoryService::updateWarehouse(const QString &code, const QJsonObject &body,
                                                            std::optional<int> expectedVersion, const AuditActor &actor)
{
    if (auto ok = Domain::Json::allowOnly(body, {u"name", u"address", u"priority", u"active"}); !ok)
        return Domain::fail(ok.error());
    auto db = m_database.acquire();
    return runInTransaction<Warehouse>(*db, [&](PgConnection &c) -> PgExpected<Warehouse> {
        auto rows = c.exec("SELECT " + warehouseColumns + " FROM warehouses WHERE code = upper($1) FOR UPDATE",
                           {code.toUtf8()});
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->rows() == 0)
            return refuse(Error::notFound(QStringLiteral("There is no warehouse '%1'; list /api/v1/warehouses.").arg(code)));
        const Warehouse before = warehouseFrom(*rows, 0);
        if (expectedVersion && *expectedVersion != before.version)
            return refuse(Error::stale(QStringLiteral("Someone else changed this warehouse (version %1 is current); "
                                                      "reload it and apply your change again.")
                                           .arg(before.version)));
        Warehouse w = before;
        if (auto fields = readWarehouseFields(body, w, false); !fields)
            return refuse(fields.error());
        auto row = c.exec("UPDATE warehouses SET name = $2, address = $3::jsonb, priority = $4, active = $5 WHERE id = $1 "
                          "RETURNING " + warehouseColumns,
                          {intParam(w.id), w.name.toUtf8(), addressParam(w), intParam(w.priority), w.active ? "true" : "false"});
        if (!row)
            return std::unexpected(row.error());
        const Warehouse stored = warehouseFrom(*row, 0);
        if (auto a = AuditLog::record(c, actor, {QStringLiteral("warehouse.update"), QStringLiteral("warehouse"), stored.code,
                                                 before.toJson(), stored.toJson()});
            !a)
            return std::unexpected(a.error());
        return stored;
    });
}

Domain::Result<InventoryService::StockPage> InventoryService::stock(const StockFilter &filter) const
{
    auto db = m_database.acquire();
    PgConnection &c = *db;
    if (!filter.warehouse.isEmpty()) {
        auto w = requireWarehouse(c, filter.warehouse, QStringLiteral("warehouse"));
        if (!w)
            return Domain::fail(w.error().error);
    }
    const QString text = filter.text.trimmed();
    auto rows = c.execPlanned(
        "SELECT v.sku, v.product_id, p.title FROM variants v JOIN products p ON p.id = v.product_id "
        "LEFT JOIN reorder_settings r ON r.sku = v.sku "
        "WHERE ($1 = '' OR lower(v.sku) > $1) "
        "AND ($2 = '' OR lower(v.sku) LIKE lower($3) || '%' OR v.barcode = $2 OR p.title ILIKE '%' || $3 || '%') "
        "AND (NOT $4::boolean OR (r.reorder_point IS NOT NULL AND r.reorder_point > "
        "  (SELECT coalesce(sum(l.on_hand - l.reserved - l.allocated), 0) FROM stock_levels l "
        "   JOIN warehouses w ON w.id = l.warehouse_id WHERE l.sku = v.sku AND ($5 = '' OR w.code = upper($5))))) "
        "ORDER BY lower(v.sku) LIMIT $6",
        {filter.afterSku.toLower().toUtf8(), text.toUtf8(), likePattern(text).toUtf8(),
         filter.lowOnly ? "true" : "false", filter.warehouse.toUtf8(), intParam(filter.limit)});
    if (!rows)
        return Domain::fail(rows.error().error);
    QList<SkuRow> skus;
    for (int i = 0; i < rows->rows(); ++i)
        skus.append({rows->text(i, 0), rows->toInt64(i, 1), rows->text(i, 2)});
    auto items = loadItems(c, skus, filter.warehouse);
    if (!items)
        return Domain::fail(items.error().error);
    StockPage page{*items, {}};
    if (skus.size() == filter.limit)
        page.nextAfter = skus.last().sku;
    return page;
}

Domain::Result<StockItem> InventoryService::item(const QString &sku, const QString &warehouse) const
{
    auto db = m_database.acquire();
    auto found = requireSku(*db, sku);
    if (!found)
        return Domain::fail(found.error().error);
    auto items = loadItems(*db, {*found}, warehouse);
    if (!items)
        return Domain::fail(items.error().error);
    return items->first();
}

Domain::Result<StockItem> InventoryService::lookup(const QString &code) const
{
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT v.sku, v.product_id, p.title FROM variants v JOIN products p ON p.id = v.product_id "
                         "WHERE lower(v.sku) = lower($1) OR v.barcode = $1 ORDER BY (lower(v.sku) = lower($1)) DESC LIMIT 1",
                         {code.trimmed().toUtf8()});
    if (!rows)
        return Domain::fail(rows.error().error);
    if (rows->rows() == 0)
        return Domain::fail(Error::notFound(
            QStringLiteral("No variant has the SKU or barcode '%1'; check the code or scan again.").arg(code)));
    auto items = loadItems(*db, {{rows->text(0, 0), rows->toInt64(0, 1), rows->text(0, 2)}}, {});
    if (!items)
        return Domain::fail(items.error().error);
    return items->first();
}

Domain::Result<InventoryService::HistoryPage> InventoryService::history(const QString &sku, const QString &warehouse,
                                                                        qint64 before, int limit) const
{
    auto db = m_database.acquire();
    auto found = requireSku(*db, sku);
    if (!found)
        return Domain::fail(found.error().error);
    if (!warehouse.isEmpty()) {
        if (auto w = requireWarehouse(*db, warehouse, QStringLiteral("warehouse")); !w)
            return Domain::fail(w.error().error);
    }
    auto rows = db->exec("SELECT e.id, w.code, e.type, e.quantity, e.reason, e.note, e.reference, cw.code, e.actor_id, "
                             + rfc3339("e.occurred_at")
                             + ", e.version, e.on_hand_after, e.available_after FROM inventory_events e "
                               "JOIN warehouses w ON w.id = e.warehouse_id LEFT JOIN warehouses cw ON cw.id = e.counterpart_id "
                               "WHERE e.sku = $1 AND ($2 = '' OR w.code = upper($2)) AND ($3::bigint = 0 OR e.id < $3) "
                               "ORDER BY e.id DESC LIMIT $4",
                         {found->sku.toUtf8(), warehouse.toUtf8(), intParam(before), intParam(limit)});
    if (!rows)
        return Domain::fail(rows.error().error);
    HistoryPage page;
    for (int i = 0; i < rows->rows(); ++i) {
        StoredStockEvent e;
        e.id = rows->toInt64(i, 0);
        e.sku = found->sku;
        e.warehouse = rows->text(i, 1);
        e.event.type = Domain::stockEventTypeFromName(rows->text(i, 2)).value_or(StockEventType::Adjusted);
        e.event.quantity = rows->toInt64(i, 3);
        if (!rows->isNull(i, 4))
            e.event.reason = Domain::adjustmentReasonFromName(rows->text(i, 4));
        e.event.note = rows->text(i, 5);
        e.event.reference = rows->text(i, 6);
        e.event.counterpart = rows->text(i, 7);
        if (!rows->isNull(i, 8))
            e.actorId = rows->toInt64(i, 8);
        e.occurredAt = rows->text(i, 9);
        e.version = rows->toInt64(i, 10);
        e.onHandAfter = rows->toInt64(i, 11);
        e.availableAfter = rows->toInt64(i, 12);
        page.items.append(e);
        page.lastId = e.id;
    }
    return page;
}

Domain::Result<StockItem> InventoryService::setReorder(const QString &sku, std::optional<qint64> point,
                                                       std::optional<qint64> quantity, const AuditActor &actor)
{
    auto db = m_database.acquire();
    return runInTransaction<StockItem>(*db, [&](PgConnection &c) -> PgExpected<StockItem> {
        auto found = requireSku(c, sku);
        if (!found)
            return std::unexpected(found.error());
        auto saved = c.exec("INSERT INTO reorder_settings (sku, reorder_point, reorder_quantity) VALUES ($1, $2, $3) "
                            "ON CONFLICT (sku) DO UPDATE SET reorder_point = $2, reorder_quantity = $3, updated_at = now()",
                            {found->sku.toUtf8(), point ? std::optional(intParam(*point)) : std::nullopt,
                             quantity ? std::optional(intParam(*quantity)) : std::nullopt});
        if (!saved)
            return std::unexpected(saved.error());
        if (auto a = audit(c, actor, QStringLiteral("stock.reorder"), found->sku,
                           {{QStringLiteral("reorder_point"), optionalNumber(point)},
                            {QStringLiteral("reorder_quantity"), optionalNumber(quantity)}});
            !a)
            return std::unexpected(a.error());
        return loadItem(c, *found);
    });
}

namespace {
// The single-stream writes (adjustments and counts): lock, decide, append, finish, audit.
using SingleDecision = std::function<Domain::Result<std::optional<StockEvent>>(const StockState &)>;

Domain::Result<InventoryService::Moved> moveOne(Database &database, const QString &sku, const QString &warehouse,
                                                const QString &auditAction, const SingleDecision &decide,
                                                const AuditActor &actor)
{
    auto db = database.acquire();
    return runInTransaction<InventoryService::Moved>(*db, [&](PgConnection &c) -> PgExpected<InventoryService::Moved> {
        auto locked = lookUpAndLock(c, sku, warehouse, QStringLiteral("warehouse"));
        if (!locked)
            return std::unexpected(locked.error());
        const SkuRow *found = &locked->first;
        Streams *streams = &locked->second;
        Stream &s = streams->first();
        auto event = decide(s.state);
        if (!event)
            return refuse(event.error());
        InventoryService::Moved moved;
        if (*event) {
            if (auto appended = append(c, s, **event, std::nullopt, actor); !appended)
                return std::unexpected(appended.error());
            if (auto done = finish(c, *streams, actor); !done)
                return std::unexpected(done.error());
            moved.event = s.appended.last();
            QJsonObject entry = moved.event->toJson();
            if (auto a = audit(c, actor, auditAction, found->sku, entry); !a)
                return std::unexpected(a.error());
        }
        auto item = loadItem(c, *found);
        if (!item)
            return std::unexpected(item.error());
        moved.stock = *item;
        return moved;
    });
}
} // namespace

Domain::Result<InventoryService::Moved> InventoryService::adjust(const QString &sku, const QString &warehouse, qint64 delta,
                                                                 std::optional<Domain::AdjustmentReason> reason,
                                                                 const QString &note, const AuditActor &actor)
{
    return moveOne(m_database, sku, warehouse, QStringLiteral("stock.adjust"),
                   [&](const StockState &state) -> Domain::Result<std::optional<StockEvent>> {
                       auto e = Domain::decideAdjustment(state, delta, reason, note);
                       if (!e)
                           return Domain::fail(e.error());
                       return std::optional(*e);
                   },
                   actor);
}

Domain::Result<InventoryService::Moved> InventoryService::count(const QString &sku, const QString &warehouse,
                                                                qint64 counted, const QString &note,
                                                                const AuditActor &actor)
{
    return moveOne(m_database, sku, warehouse, QStringLiteral("stock.count"),
                   [&](const StockState &state) { return Domain::decideCount(state, counted, note); }, actor);
}

Domain::Result<StockTransfer> InventoryService::transfer(const QString &sku, const QString &from, const QString &to,
                                                         qint64 quantity, const QString &note, const AuditActor &actor)
{
    if (!from.isEmpty() && from.compare(to, Qt::CaseInsensitive) == 0)
        return Domain::fail(Error::validation(QStringLiteral("A transfer moves stock between two different warehouses."),
                                              {{QStringLiteral("to"), QStringLiteral("must differ from 'from'")}}));
    auto db = m_database.acquire();
    return runInTransaction<StockTransfer>(*db, [&](PgConnection &c) -> PgExpected<StockTransfer> {
        auto found = findSku(c, sku);
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return invalidField(QStringLiteral("sku"), QStringLiteral("is not the SKU of a variant"), noSuchSku(sku).message);
        auto source = requireWarehouse(c, from, QStringLiteral("from"));
        if (!source)
            return std::unexpected(source.error());
        auto target = requireWarehouse(c, to, QStringLiteral("to"));
        if (!target)
            return std::unexpected(target.error());
        const QString skuName = (*found)->sku;
        const StreamKey out{skuName, source->id};
        const StreamKey in{skuName, target->id};
        auto streams = lockStreams(c, {out, in});
        if (!streams)
            return std::unexpected(streams.error());
        // Decide before the transfer row exists, so a refusal leaves no id used up behind it.
        auto event = Domain::decideTransferOut((*streams)[out].state, quantity, {}, target->code);
        if (!event)
            return refuse(event.error());
        auto row = c.exec("INSERT INTO stock_transfers (sku, from_warehouse_id, to_warehouse_id, quantity, note) "
                          "VALUES ($1, $2, $3, $4, $5) RETURNING id",
                          {skuName.toUtf8(), intParam(source->id), intParam(target->id), intParam(quantity), note.toUtf8()});
        if (!row)
            return std::unexpected(row.error());
        const qint64 id = row->toInt64(0, 0);
        event->reference = QString::number(id);
        event->note = note;
        if (auto appended = append(c, (*streams)[out], *event, target->id, actor); !appended)
            return std::unexpected(appended.error());
        Stream &destination = (*streams)[in];
        destination.incoming += quantity;
        destination.changed = true;
        if (auto done = finish(c, *streams, actor); !done)
            return std::unexpected(done.error());
        auto stored = c.exec("SELECT " + transferColumns + " WHERE t.id = $1", {intParam(id)});
        if (!stored)
            return std::unexpected(stored.error());
        const StockTransfer t = transferFrom(*stored, 0);
        if (auto a = audit(c, actor, QStringLiteral("stock.transfer"), skuName, t.toJson()); !a)
            return std::unexpected(a.error());
        return t;
    });
}

Domain::Result<StockTransfer> InventoryService::receiveTransfer(qint64 id, qint64 quantity, const AuditActor &actor)
{
    auto db = m_database.acquire();
    return runInTransaction<StockTransfer>(*db, [&](PgConnection &c) -> PgExpected<StockTransfer> {
        auto rows = c.exec("SELECT " + transferColumns + " WHERE t.id = $1 FOR UPDATE OF t", {intParam(id)});
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->rows() == 0)
            return refuse(Error::notFound(QStringLiteral("There is no such transfer; list /api/v1/stock/transfers.")));
        StockTransfer t = transferFrom(*rows, 0);
        const qint64 fromId = rows->toInt64(0, 9);
        const qint64 toId = rows->toInt64(0, 10);
        const qint64 open = t.quantity - t.received;
        if (open == 0)
            return refuse(Error{Domain::ErrorCode::InvalidTransition,
                                QStringLiteral("This transfer has been received in full already."), {}});
        if (quantity > open)
            return invalidField(QStringLiteral("quantity"), QStringLiteral("can be at most %1 (still in transit)").arg(open),
                                QStringLiteral("Only %1 units of this transfer are still in transit.").arg(open));
        const StreamKey in{t.sku, toId};
        auto streams = lockStreams(c, {in});
        if (!streams)
            return std::unexpected(streams.error());
        Stream &s = (*streams)[in];
        auto event = Domain::decideTransferIn(s.state, quantity, QString::number(id), t.from);
        if (!event)
            return refuse(event.error());
        if (auto appended = append(c, s, *event, fromId, actor); !appended)
            return std::unexpected(appended.error());
        s.incoming -= quantity;
        if (auto done = finish(c, *streams, actor); !done)
            return std::unexpected(done.error());
        auto updated = c.exec("UPDATE stock_transfers SET received = received + $2 WHERE id = $1", {intParam(id), intParam(quantity)});
        if (!updated)
            return std::unexpected(updated.error());
        auto stored = c.exec("SELECT " + transferColumns + " WHERE t.id = $1", {intParam(id)});
        if (!stored)
            return std::unexpected(stored.error());
        t = transferFrom(*stored, 0);
        if (auto a = audit(c, actor, QStringLiteral("stock.transfer_receipt"), t.sku, t.toJson()); !a)
            return std::unexpected(a.error());
        return t;
    });
}

Domain::Result<InventoryService::TransferPage> InventoryService::transfers(const QString &status, const QString &sku,
                                                                           qint64 after, int limit) const
{
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT " + transferColumns
                             + " WHERE ($1 = 'all' OR ($1 = 'in_transit' AND t.received < t.quantity) "
                               "OR ($1 = 'received' AND t.received = t.quantity)) "
                               "AND ($2 = '' OR lower(t.sku) = lower($2)) AND t.id > $3 ORDER BY t.id LIMIT $4",
                         {status.toUtf8(), sku.toUtf8(), intParam(after), intParam(limit)});
    if (!rows)
        return Domain::fail(rows.error().error);
    TransferPage page;
    for (int i = 0; i < rows->rows(); ++i) {
        page.items.append(transferFrom(*rows, i));
        page.lastId = page.items.last().id;
    }
    return page;
}

Domain::Result<InventoryService::ReserveOutcome> InventoryService::reserve(const QList<Domain::StockLine> &lines,
                                                                           const QString &reference,
                                                                           std::optional<int> expiresInSeconds,
                                                                           const AuditActor &actor)
{
    const int ttl = expiresInSeconds.value_or(m_options.reservationTtlSeconds);
    auto db = m_database.acquire();
    return runInTransaction<ReserveOutcome>(*db, [&](PgConnection &c) -> PgExpected<ReserveOutcome> {
        // The catalog's spelling of every SKU, so lines of one SKU in any case share its streams, and the
        // active warehouses, in one round trip.
        QStringList given;
        for (const Domain::StockLine &line : lines)
            given.append(line.sku);
        auto found = c.exec("SELECT v.sku, (SELECT array_agg(id) FROM warehouses WHERE active) "
                            "FROM backroom_few($1::text[]) WITH ORDINALITY AS q(sku, i) "
                            "LEFT JOIN variants v ON lower(v.sku) = lower(q.sku) ORDER BY q.i",
                            {textArrayParam(given)});
        if (!found)
            return std::unexpected(found.error());
        QList<Domain::StockLine> canonical;
        QList<Domain::FieldError> unknown;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (found->isNull(int(i), 0))
                unknown.append({QStringLiteral("lines[%1].sku").arg(i), QStringLiteral("is not the SKU of a variant")});
            else
                canonical.append({found->text(int(i), 0), lines[i].quantity});
        }
        if (!unknown.isEmpty())
            return refuse(Error::validation(QStringLiteral("Some lines name SKUs that do not exist."), unknown));
        const QList<qint64> warehouses = lines.isEmpty() ? QList<qint64>() : int64ArrayValue(found->value(0, 1));
        QList<StreamKey> keys;
        QSet<QString> seen;
        for (const Domain::StockLine &line : std::as_const(canonical)) {
            if (seen.contains(line.sku))
                continue;
            seen.insert(line.sku);
            for (qint64 warehouse : warehouses)
                keys.append({line.sku, warehouse});
        }
        auto streams = lockStreams(c, keys);
        if (!streams)
            return std::unexpected(streams.error());
        QHash<QString, QList<Domain::WarehouseStock>> stock;
        QHash<std::pair<QString, QString>, StreamKey> byCode;
        for (auto it = streams->constBegin(); it != streams->constEnd(); ++it) {
            stock[it->sku].append({it->code, it->priority, it->state.available()});
            byCode.insert({it->sku, it->code}, it.key());
        }
        auto allocation = Domain::allocateStock(canonical, stock);
        if (!allocation)
            return ReserveOutcome(allocation.error());
        auto row = c.exec("INSERT INTO reservations (reference, expires_at, created_by) "
                          "VALUES ($1, now() + make_interval(secs => $2), $3) RETURNING id, status, "
                              + rfc3339("expires_at"),
                          {reference.toUtf8(), intParam(ttl), actor.userId ? std::optional(intParam(*actor.userId)) : std::nullopt});
        if (!row)
            return std::unexpected(row.error());
        const qint64 id = row->toInt64(0, 0);
        // The answer is what was written, as readReservation() would read it back (lines in order, each
        // line's warehouses by priority and code).
        Reservation stored{id, row->text(0, 1), reference, row->text(0, 2), {}};
        for (qsizetype line = 0; line < allocation->size(); ++line) {
            const Domain::LineAllocation &a = allocation->at(line);
            QList<std::tuple<int, QString, qint64>> picked;
            for (const Domain::StockPick &pick : a.picks) {
                Stream &s = (*streams)[byCode.value({a.sku, pick.warehouse})];
                picked.append({s.priority, s.code, pick.quantity});
                auto event = Domain::decideReserve(s.state, pick.quantity, QString::number(id));
                if (!event)
                    return refuse(event.error());
                if (auto appended = append(c, s, *event, std::nullopt, actor); !appended)
                    return std::unexpected(appended.error());
                auto inserted = c.exec("INSERT INTO reservation_lines (reservation_id, line, sku, warehouse_id, quantity) "
                                       "VALUES ($1, $2, $3, $4, $5)",
                                       {intParam(id), intParam(line), a.sku.toUtf8(), intParam(s.warehouseId), intParam(pick.quantity)});
                if (!inserted)
                    return std::unexpected(inserted.error());
            }
            if (picked.isEmpty())
                continue;
            std::sort(picked.begin(), picked.end());
            Reservation::Line l{a.sku, 0, {}};
            for (const auto &[priority, code, quantity] : std::as_const(picked)) {
                l.quantity += quantity;
                l.warehouses.append({code, quantity});
            }
            stored.lines.append(l);
        }
        if (auto done = finish(c, *streams, actor); !done)
            return std::unexpected(done.error());
        return ReserveOutcome(stored);
    });
}

Domain::Result<Reservation> InventoryService::reservation(qint64 id) const
{
    auto db = m_database.acquire();
    auto found = readReservation(*db, id, false);
    if (!found)
        return Domain::fail(found.error().error);
    return *found;
}

Domain::Result<Reservation> InventoryService::release(qint64 id, const AuditActor &actor)
{
    auto db = m_database.acquire();
    return runInTransaction<Reservation>(*db, [&](PgConnection &c) {
        return settleReservation(c, id, QStringLiteral("held"), QStringLiteral("released"),
                                 [](const StockState &s, qint64 q, const QString &r) { return Domain::decideRelease(s, q, r, false); },
                                 actor);
    });
}

Domain::Result<Reservation> InventoryService::allocate(qint64 id, const AuditActor &actor)
{
    auto db = m_database.acquire();
    return runInTransaction<Reservation>(*db, [&](PgConnection &c) {
        return settleReservation(c, id, QStringLiteral("held"), QStringLiteral("allocated"), Domain::decideAllocate, actor);
    });
}

Domain::Result<Reservation> InventoryService::ship(qint64 id, const AuditActor &actor)
{
    auto db = m_database.acquire();
    return runInTransaction<Reservation>(*db, [&](PgConnection &c) {
        return settleReservation(c, id, QStringLiteral("allocated"), QStringLiteral("shipped"), Domain::decideShip, actor);
    });
}

// Here rather than in a file of its own: it appends through this file's stream helpers.
PgExpected<Reservation> shipFromReservation(PgConnection &c, qint64 reservationId, const QString &warehouse,
                                            const QList<Domain::StockLine> &lines, const AuditActor &actor)
{
    auto reservation = readReservation(c, reservationId, true);
    if (!reservation)
        return reservation;
    if (reservation->status != u"held")
        return refuse(Error{Domain::ErrorCode::InvalidTransition,
                            QStringLiteral("The order's stock reservation is %1; only held stock can be shipped.")
                                .arg(reservation->status),
                            {}});
    auto wh = requireWarehouse(c, warehouse, QStringLiteral("warehouse"));
    if (!wh)
        return std::unexpected(wh.error());
    QList<StreamKey> keys;
    for (const Domain::StockLine &l : lines)
        keys.append({l.sku, wh->id});
    auto streams = lockStreams(c, keys);
    if (!streams)
        return std::unexpected(streams.error());
    const QString reference = QString::number(reservationId);
    for (const Domain::StockLine &l : lines) {
        // Out of the reservation first, line by line, so it keeps holding exactly what has not shipped.
        auto held = c.exec("SELECT line, quantity FROM reservation_lines WHERE reservation_id = $1 AND sku = $2 "
                           "AND warehouse_id = $3 ORDER BY line FOR UPDATE",
                           {intParam(reservationId), l.sku.toUtf8(), intParam(wh->id)});
        if (!held)
            return std::unexpected(held.error());
        qint64 left = l.quantity;
        for (int i = 0; i < held->rows() && left > 0; ++i) {
            const qint64 take = std::min(left, held->toInt64(i, 1));
            auto taken = take == held->toInt64(i, 1)
                ? c.exec("DELETE FROM reservation_lines WHERE reservation_id = $1 AND line = $2 AND warehouse_id = $3",
                         {intParam(reservationId), intParam(held->toInt64(i, 0)), intParam(wh->id)})
                : c.exec("UPDATE reservation_lines SET quantity = quantity - $4 WHERE reservation_id = $1 AND line = $2 "
                         "AND warehouse_id = $3",
                         {intParam(reservationId), intParam(held->toInt64(i, 0)), intParam(wh->id), intParam(take)});
            if (!taken)
                return std::unexpected(taken.error());
            left -= take;
        }
        if (left > 0)
            return refuse(Error::conflict(QStringLiteral("The order holds only %1 of %2 in %3, not %4; read the order's "
                                                         "shipments again.")
                                              .arg(l.quantity - left)
                                              .arg(l.sku, wh->code)
                                              .arg(l.quantity)));
        Stream &s = (*streams)[{l.sku, wh->id}];
        for (const auto &decide : {Domain::decideAllocate, Domain::decideShip}) {
            auto event = decide(s.state, l.quantity, reference);
            if (!event)
                return refuse(event.error());
            if (auto appended = append(c, s, *event, std::nullopt, actor); !appended)
                return std::unexpected(appended.error());
        }
    }
    if (auto done = finish(c, *streams, actor); !done)
        return std::unexpected(done.error());
    auto rest = c.exec("UPDATE reservations SET status = 'shipped' WHERE id = $1 AND NOT EXISTS "
                       "(SELECT 1 FROM reservation_lines WHERE reservation_id = $1) RETURNING id",
                       {intParam(reservationId)});
    if (!rest)
        return std::unexpected(rest.error());
    return readReservation(c, reservationId, false);
}

Domain::Result<int> InventoryService::expireDue()
{
    const AuditActor actor{std::nullopt, QByteArrayLiteral("reservation-expiry"), QStringLiteral("backroom-server")};
    auto db = m_database.acquire();
    int expired = 0;
    // One reservation per transaction: a long batch would hold many streams at once against checkouts.
    for (int i = 0; i < 500; ++i) {
        auto one = runInTransaction<bool>(*db, [&](PgConnection &c) -> PgExpected<bool> {
            auto due = c.exec("SELECT id FROM reservations WHERE status = 'held' AND expires_at <= now() "
                              "ORDER BY expires_at LIMIT 1 FOR UPDATE SKIP LOCKED");
            if (!due)
                return std::unexpected(due.error());
            if (due->rows() == 0)
                return false;
            auto settled = settleReservation(
                c, due->toInt64(0, 0), QStringLiteral("held"), QStringLiteral("expired"),
                [](const StockState &s, qint64 q, const QString &r) { return Domain::decideRelease(s, q, r, true); }, actor);
            if (!settled)
                return std::unexpected(settled.error());
            return true;
        });
        if (!one)
            return Domain::fail(one.error());
        if (!*one)
            break;
        ++expired;
    }
    return expired;
}

namespace {
constexpr int forecastDays = 90;

// Units sold per day over the forecastDays before today, oldest first, from the demand projection.
PgExpected<QList<qint64>> dailyDemand(PgConnection &c, const QString &sku, const QDate &today)
{
    const QDate first = today.addDays(-forecastDays);
    auto rows = c.exec("SELECT day, sum(quantity) FROM stock_demand WHERE sku = $1 AND day >= $2::date AND day < $3::date "
                       "GROUP BY day",
                       {sku.toUtf8(), first.toString(Qt::ISODate).toUtf8(), today.toString(Qt::ISODate).toUtf8()});
    if (!rows)
        return std::unexpected(rows.error());
    QList<qint64> series(forecastDays, 0);
    for (int i = 0; i < rows->rows(); ++i) {
        const qint64 index = first.daysTo(QDate::fromString(rows->text(i, 0), Qt::ISODate));
        if (index >= 0 && index < forecastDays)
            series[index] = rows->toInt64(i, 1);
    }
    return series;
}
} // namespace

Domain::Result<QList<LowStockEntry>> InventoryService::lowStock(const QDate &today) const
{
    auto db = m_database.acquire();
    auto rows = db->exec(
        "SELECT r.sku, p.title, coalesce((SELECT sum(on_hand - reserved - allocated) FROM stock_levels l WHERE l.sku = r.sku), 0) "
        "AS available, r.reorder_point, r.reorder_quantity, r.lead_time_days FROM reorder_settings r "
        "JOIN variants v ON v.sku = r.sku JOIN products p ON p.id = v.product_id "
        "WHERE r.reorder_point IS NOT NULL AND coalesce((SELECT sum(on_hand - reserved - allocated) FROM stock_levels l "
        "WHERE l.sku = r.sku), 0) < r.reorder_point ORDER BY lower(r.sku) LIMIT 1000");
    if (!rows)
        return Domain::fail(rows.error().error);
    QList<LowStockEntry> list;
    for (int i = 0; i < rows->rows(); ++i) {
        LowStockEntry e;
        e.sku = rows->text(i, 0);
        e.title = rows->text(i, 1);
        e.available = rows->toInt64(i, 2);
        e.reorderPoint = rows->toInt64(i, 3);
        if (!rows->isNull(i, 4))
            e.reorderQuantity = rows->toInt64(i, 4);
        auto demand = dailyDemand(*db, e.sku, today);
        if (!demand)
            return Domain::fail(demand.error().error);
        e.forecast = Domain::forecastStock({*demand, e.available, int(rows->toInt64(i, 5)), e.reorderPoint,
                                            e.reorderQuantity, today, m_options.forecastAlpha, 30});
        list.append(e);
    }
    return list;
}

Domain::Result<InventoryService::SkuForecast> InventoryService::forecast(const QString &sku, const QDate &today) const
{
    auto db = m_database.acquire();
    PgConnection &c = *db;
    auto found = requireSku(c, sku);
    if (!found)
        return Domain::fail(found.error().error);
    auto item = loadItem(c, *found);
    if (!item)
        return Domain::fail(item.error().error);
    auto settings = c.exec("SELECT lead_time_days FROM reorder_settings WHERE sku = $1", {found->sku.toUtf8()});
    if (!settings)
        return Domain::fail(settings.error().error);
    const int leadTime = settings->rows() ? int(settings->toInt64(0, 0)) : 7;
    auto demand = dailyDemand(c, found->sku, today);
    if (!demand)
        return Domain::fail(demand.error().error);
    auto moves = c.exec("SELECT (occurred_at AT TIME ZONE 'UTC')::date, sum(CASE WHEN type IN ('Received', 'Adjusted', "
                        "'TransferredIn') THEN quantity WHEN type IN ('TransferredOut', 'Shipped') THEN -quantity ELSE 0 END) "
                        "FROM inventory_events WHERE sku = $1 AND occurred_at >= $2::date GROUP BY 1",
                        {found->sku.toUtf8(), today.addDays(-forecastDays).toString(Qt::ISODate).toUtf8()});
    if (!moves)
        return Domain::fail(moves.error().error);
    QHash<QDate, qint64> moved;
    for (int i = 0; i < moves->rows(); ++i)
        moved.insert(QDate::fromString(moves->text(i, 0), Qt::ISODate), moves->toInt64(i, 1));
    SkuForecast f;
    f.sku = found->sku;
    f.leadTimeDays = leadTime;
    const StockLevel total = item->total();
    f.forecast = Domain::forecastStock({*demand, total.available(), leadTime, item->reorderPoint, item->reorderQuantity,
                                        today, m_options.forecastAlpha, 30});
    // On hand as each day ended: today's figure with the movements since then taken back.
    qint64 onHand = total.onHand - moved.value(today);
    for (int i = forecastDays - 1; i >= 0; --i) {
        const QDate day = today.addDays(i - forecastDays);
        f.history.prepend({day, (*demand)[i], onHand});
        onHand -= moved.value(day);
    }
    return f;
}

Domain::Result<ProjectionCheck> InventoryService::checkProjections() const
{
    auto db = m_database.acquire();
    // One snapshot for the log and the read model, so writes under way show in both or in neither.
    return runInTransaction<ProjectionCheck>(*db, compareWithLog, "REPEATABLE READ");
}

Domain::Result<ProjectionCheck> InventoryService::rebuildProjections()
{
    auto db = m_database.acquire();
    return runInTransaction<ProjectionCheck>(*db, [](PgConnection &c) -> PgExpected<ProjectionCheck> {
        // Holds off every writer (they lock stock_levels rows) while the read model is replaced.
        auto locked = c.exec("LOCK TABLE stock_levels, stock_demand IN EXCLUSIVE MODE");
        if (!locked)
            return std::unexpected(locked.error());
        auto before = compareWithLog(c);
        if (!before)
            return before;
        auto folded = foldLog(c);
        if (!folded)
            return std::unexpected(folded.error());
        auto cleared = c.exec("UPDATE stock_levels SET version = 0, on_hand = 0, reserved = 0, allocated = 0, incoming = 0");
        if (!cleared)
            return std::unexpected(cleared.error());
        for (auto it = folded->constBegin(); it != folded->constEnd(); ++it) {
            const Folded &f = it.value();
            auto written = c.exec("INSERT INTO stock_levels (sku, warehouse_id, version, on_hand, reserved, allocated, incoming) "
                                  "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (sku, warehouse_id) DO UPDATE SET "
                                  "version = $3, on_hand = $4, reserved = $5, allocated = $6, incoming = $7, updated_at = now()",
                                  {it.key().first.toUtf8(), intParam(it.key().second), intParam(f.state.version), intParam(f.state.onHand),
                                   intParam(f.state.reserved), intParam(f.state.allocated), intParam(f.incoming)});
            if (!written)
                return std::unexpected(written.error());
        }
        auto demand = c.execScript("DELETE FROM stock_demand; "
                                   "INSERT INTO stock_demand (event_id, sku, day, quantity) "
                                   "SELECT id, sku, (occurred_at AT TIME ZONE 'UTC')::date, quantity FROM inventory_events "
                                   "WHERE type = 'Allocated'");
        if (!demand)
            return std::unexpected(demand.error());
        return before;
    });
}

} // namespace Backroom::Server
