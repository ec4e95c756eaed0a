// SPDX-License-Identifier: MIT
#pragma once

#include "domain/forecast.h"
#include "domain/inventory.h"
#include "domain/result.h"
#include "server/audit/auditlog.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>
#include <variant>

namespace Backroom::Server {

class Database;
class PgConnection;

struct Warehouse {
    qint64 id = 0;
    QString code;
    QString name;
    std::optional<QJsonObject> address;
    int priority = 1;
    bool active = true;
    int version = 0;
    QString createdAt;
    QString updatedAt;

    QJsonObject toJson() const;
};

// One (SKU, warehouse) stream's read model.
struct StockLevel {
    QString warehouse;
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 allocated = 0;
    qint64 incoming = 0;
    qint64 version = 0;
    qint64 available() const { return onHand - reserved - allocated; }
};

struct StockItem {
    QString sku;
    qint64 productId = 0;
    QString title;
    QList<StockLevel> warehouses; // by warehouse priority, then code
    std::optional<qint64> reorderPoint;
    std::optional<qint64> reorderQuantity;

    StockLevel total() const;
    bool low() const { return reorderPoint && total().available() < *reorderPoint; }
    QJsonObject toJson() const;
    int version() const; // the sum of the streams' versions: changes whenever any of them does
};

struct StoredStockEvent {
    qint64 id = 0;
    QString sku;
    QString warehouse;
    Domain::StockEvent event;
    qint64 version = 0;
    std::optional<qint64> actorId;
    QString occurredAt;
    qint64 onHandAfter = 0;
    qint64 availableAfter = 0;

    QJsonObject toJson() const;
};

struct StockTransfer {
    qint64 id = 0;
    QString sku;
    QString from;
    QString to;
    qint64 quantity = 0;
    qint64 received = 0;
    QString note;
    QString createdAt;
    QString updatedAt;

    QString status() const; // in_transit, partially_received, received
    QJsonObject toJson() const;
};

struct Reservation {
    struct Line {
        QString sku;
        qint64 quantity = 0;
        QList<Domain::StockPick> warehouses;
    };
    qint64 id = 0;
    QString status; // held, released, expired, allocated
    QString reference;
    QString expiresAt;
    QList<Line> lines;

    QJsonObject toJson() const;
};

struct LowStockEntry {
    QString sku;
    QString title;
    qint64 available = 0;
    qint64 reorderPoint = 0;
    std::optional<qint64> reorderQuantity;
    Domain::Forecast forecast;

    QJsonObject toJson() const;
};

struct StockFilter {
    QString warehouse; // code, or empty for all
    QString text;      // SKU prefix, barcode, or title words
    bool lowOnly = false;
    QString afterSku;  // keyset: SKUs after this one (case-insensitive order)
    int limit = 50;
};

// A difference between the live read model and the one rebuilt from the log.
struct ProjectionDifference {
    QString sku;
    QString warehouse;
    QString field;
    qint64 live = 0;
    qint64 rebuilt = 0;
    QJsonObject toJson() const;
};
struct ProjectionCheck {
    qint64 checked = 0;
    QList<ProjectionDifference> differences;
    QJsonObject toJson() const;
};

// Stock as an event log. Every write locks the stock_levels rows (stream heads) of the streams it appends
// to with SELECT … FOR UPDATE in (sku, warehouse) order, decides with the domain aggregate on the locked
// state, appends the events with the next versions and updates the read model, its audit entry and its
// outbox events (InventoryChanged per stream, StockLevelLow on crossing the reorder point) in the same
// transaction. Deadlocks and serialization failures rerun the whole unit (runInTransaction).
// Errors: NotFound (SKU, warehouse, transfer, reservation), Validation naming the field, Conflict,
// InvalidTransition, Stale, Unavailable. Call from a thread with its own database connection.
class InventoryService {
public:
    struct Options {
        int reservationTtlSeconds = 900;
        double forecastAlpha = 0.3;
    };
    InventoryService(Database &database, Options options) : m_database(database), m_options(options) {}

    Domain::Result<QList<Warehouse>> warehouses() const;
    // body: {"code","name","address"?,"priority"?,"active"?}; Conflict for a code in use.
    Domain::Result<Warehouse> createWarehouse(const QJsonObject &body, const AuditActor &actor);
    Domain::Result<Warehouse> updateWarehouse(const QString &code, const QJsonObject &body,
                                              std::optional<int> expectedVersion, const AuditActor &actor);

    struct StockPage {
        QList<StockItem> items;
        QString nextAfter; // empty after the last page
    };
    Domain::Result<StockPage> stock(const StockFilter &filter) const;
    // warehouse: restrict the item's warehouses to that one (empty: all).
    Domain::Result<StockItem> item(const QString &sku, const QString &warehouse = {}) const;
    // By SKU (any case) or barcode.
    Domain::Result<StockItem> lookup(const QString &code) const;
    struct HistoryPage {
        QList<StoredStockEvent> items;
        qint64 lastId = 0;
    };
    // Newest first; before: event ids below it (0: from the newest).
    Domain::Result<HistoryPage> history(const QString &sku, const QString &warehouse, qint64 before, int limit) const;
    Domain::Result<StockItem> setReorder(const QString &sku, std::optional<qint64> point, std::optional<qint64> quantity,
                                         const AuditActor &actor);

    struct Moved {
        std::optional<StoredStockEvent> event;
        StockItem stock;
    };
    Domain::Result<Moved> adjust(const QString &sku, const QString &warehouse, qint64 delta,
                                 std::optional<Domain::AdjustmentReason> reason, const QString &note,
                                 const AuditActor &actor);
    Domain::Result<Moved> count(const QString &sku, const QString &warehouse, qint64 counted, const QString &note,
                                const AuditActor &actor);
    Domain::Result<StockTransfer> transfer(const QString &sku, const QString &from, const QString &to, qint64 quantity,
                                           const QString &note, const AuditActor &actor);
    Domain::Result<StockTransfer> receiveTransfer(qint64 id, qint64 quantity, const AuditActor &actor);
    struct TransferPage {
        QList<StockTransfer> items;
        qint64 lastId = 0;
    };
    // status: in_transit (not fully received), received, all.
    Domain::Result<TransferPage> transfers(const QString &status, const QString &sku, qint64 after, int limit) const;

    // Holds every line or nothing: the shortages when any SKU lacks stock.
    using ReserveOutcome = std::variant<Reservation, QList<Domain::StockShortage>>;
    Domain::Result<ReserveOutcome> reserve(const QList<Domain::StockLine> &lines, const QString &reference,
                                           std::optional<int> expiresInSeconds, const AuditActor &actor);
    Domain::Result<Reservation> reservation(qint64 id) const;
    Domain::Result<Reservation> release(qint64 id, const AuditActor &actor);
    Domain::Result<Reservation> allocate(qint64 id, const AuditActor &actor);
    // Ships what an allocated reservation holds (the orders service calls this).
    Domain::Result<Reservation> ship(qint64 id, const AuditActor &actor);
    // Expires held reservations past their time; returns how many.
    Domain::Result<int> expireDue();

    Domain::Result<QList<LowStockEntry>> lowStock(const QDate &today) const;
    struct SkuForecast {
        QString sku;
        Domain::Forecast forecast;
        int leadTimeDays = 7;
        struct Day {
            QDate date;
            qint64 demand = 0;
            qint64 onHand = 0;
        };
        QList<Day> history; // the last 90 days
        QJsonObject toJson() const;
    };
    Domain::Result<SkuForecast> forecast(const QString &sku, const QDate &today) const;

    // Folds the whole log and compares it with stock_levels (and the outbox-fed demand projection).
    Domain::Result<ProjectionCheck> checkProjections() const;
    // Replaces every projection with the one folded from the log, under a lock that holds writers off.
    Domain::Result<ProjectionCheck> rebuildProjections();

private:
    Database &m_database;
    Options m_options;
};

} // namespace Backroom::Server
