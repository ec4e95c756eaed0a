// SPDX-License-Identifier: MIT
#pragma once

#include "domain/money.h"
#include "domain/refund.h"
#include "domain/result.h"
#include "server/audit/auditlog.h"
#include "server/inventory/inventoryservice.h"
#include "server/orders/orderservice.h"
#include "server/store/pgconnection.h"

#include <QDateTime>
#include <QJsonObject>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace Backroom::Server {

class Database;
class PaymentProvider;

struct StoredRefundLine {
    int line = 0;
    QString sku;
    qint64 quantity = 0;
    Domain::Money amount;
    Domain::Money tax;
    Domain::Money discount;
    QString restockWarehouse; // empty: not restocked
    bool restocked = false;
};

struct StoredRefund {
    qint64 id = 0;
    qint64 orderId = 0;
    QString orderNumber;
    std::optional<qint64> returnId;
    QString kind;   // refund, cancellation (what a cancelled order gave back), or import (imported history)
    QString status; // awaiting_approval, processing, succeeded, failed, rejected
    QString step;   // provider_refund, record, restock, notify, done
    Domain::Money amount;
    Domain::Money shipping;
    Domain::Money goodwill;
    Domain::Money tax;
    QString reason;
    QString note;
    QString chargeId;
    QString providerRefundId;
    std::optional<qint64> requestedBy;
    QString requestedByEmail;
    std::optional<qint64> decidedBy;
    QString decidedAt;
    QString decisionNote;
    QString failure;
    int attempts = 0;
    QString createdAt;
    QString updatedAt;
    int version = 0;
    QList<StoredRefundLine> lines;

    QJsonObject toJson() const;
    // The payload of RefundRequested, RefundIssued and RefundFailed (session contract).
    QJsonObject eventPayload() const;
};

struct StoredReturnLine {
    int line = 0;
    QString sku;
    qint64 quantity = 0;
    qint64 received = 0;
    QString condition; // sellable, damaged; empty until received
    QString warehouse;
};

struct StoredReturn {
    qint64 id = 0;
    qint64 orderId = 0;
    QString status; // open, received, refunded, cancelled
    QString note;
    std::optional<qint64> openedBy;
    QString receivedAt;
    QString createdAt;
    QString updatedAt;
    int version = 0;
    QList<StoredReturnLine> lines;
    QJsonObject toJson() const;
};

// A refund made outside this server of an order imported with its history (a cancellation invoice of the
// retail data set): the lines by SKU (an order line of that SKU that still holds the quantity), amounts as given
// back, in minor units of the order's currency.
struct ImportedRefund {
    struct Line {
        QString sku;
        qint64 quantity = 0;
        qint64 amount = 0;
    };
    QList<Line> lines;
    qint64 shipping = 0;
    qint64 discount = 0;
    qint64 fees = 0;
    QDateTime at; // when it was given back: the refund's created_at, the timeline's and the reports' day
    QString note;
    qint64 total() const;
};

// Refunds and returns. A refund is planned by the domain (Domain::planRefund) on the order locked, and its
// amount is reserved in order_payments in the same transaction, so concurrent refunds queue on the order and
// never give back more than was captured (a CHECK backs this). Above the approval limit it waits for someone
// else with refunds:approve. Then it runs as a saga, each step's outcome stored before the next: refund at the
// provider with the key "refund-<id>" (a retry or a resumed saga never refunds twice) -> record the money as
// refunded -> restock the lines that name a warehouse (inventory events) -> RefundIssued. A provider that is
// down leaves the refund processing, retried by the sweep; a provider refusal fails it and frees its amount.
// Errors: NotFound, Validation naming the field, Conflict, Forbidden, Unavailable. Call from a thread with
// its own database connection.
class RefundService {
public:
    struct Options {
        qint64 approvalLimit = 10000; // 0: no refund needs approval
        int retryDelayMs = 2000;
        InventoryService::Options inventory;
        // Test builds only: "refund:<step>" stops the process dead (SIGKILL) before that step,
        // "refund:provider_refund:after" after the provider refunded but before it is recorded.
        QString crashAt;
    };

    RefundService(Database &database, PaymentProvider *payments, Options options);
    ~RefundService();
    void stop();

    // What the refund would be, changing nothing: the plan, the payment it goes back to, whether it needs approval.
    Domain::Result<QJsonObject> preview(qint64 orderId, const QJsonObject &body) const;
    // Plans and stores the refund, then (unless it awaits approval) runs its saga on the calling thread.
    // returnId: the refund of that return (of this order).
    Domain::Result<StoredRefund> create(qint64 orderId, const QJsonObject &body, const AuditActor &actor,
                                        std::optional<qint64> returnId = std::nullopt);
    Domain::Result<StoredRefund> refund(qint64 id) const;
    Domain::Result<QList<StoredRefund>> refundsOf(qint64 orderId) const;
    // Newest first; status empty: any. Validation on "status" for an unknown one.
    Domain::Result<QList<StoredRefund>> refunds(const QString &status, qint64 beforeId, int limit) const;
    // Forbidden when actor requested the refund; InvalidTransition unless it awaits approval.
    Domain::Result<StoredRefund> approve(qint64 id, const QString &note, const AuditActor &actor);
    Domain::Result<StoredRefund> reject(qint64 id, const QString &note, const AuditActor &actor);

    // Returns (RMA). body: {"lines":[{"sku","quantity"}],"note"?}.
    Domain::Result<StoredReturn> openReturn(qint64 orderId, const QJsonObject &body, const AuditActor &actor);
    // body: {"lines":[{"sku","quantity","condition":"sellable"|"damaged","warehouse"}]}: sellable lines are restocked.
    Domain::Result<StoredReturn> receiveReturn(qint64 id, const QJsonObject &body, const AuditActor &actor);
    Domain::Result<StoredReturn> returnOf(qint64 id) const;
    // A refund of the return: body as for create; without "lines", the return's lines (received, or expected when
    // refunding before the goods arrive).
    Domain::Result<StoredRefund> refundReturn(qint64 returnId, QJsonObject body, const AuditActor &actor);
    Domain::Result<QList<StoredReturn>> returns(const QString &status, qint64 beforeId, int limit) const;

    // What the order detail adds: {"refunds":[…], "returns":[…], "refundable":{remainder}, "payment":{captured,…}}.
    Domain::Result<QJsonObject> orderExtras(qint64 orderId) const;

    // Resumes every processing refund that is due and not running elsewhere; returns how many it took up.
    int resumeDue();
    void startSweeping(int intervalMs);

    // Records an ImportedRefund of the order as a refund of kind import that succeeded at refund.at: its lines,
    // order_payments' refunded amount, a timeline entry and RefundIssued, in the caller's transaction. No provider
    // call, no restock, no approval (it happened already). Refused (Validation, nothing written) when the order
    // does not hold it: a SKU not on the order, more than its lines still hold, more than remains of what it
    // captured, nothing to give back.
    static PgExpected<StoredRefund> recordImported(PgConnection &c, qint64 orderId, const ImportedRefund &refund,
                                                   const AuditActor &actor);

    // Wraps the checkout saga's cancel hook: a cancellation waits for refunds under way, and what it refunds
    // (the rest of the capture) is recorded as a refund of kind cancellation.
    OrderService::CancelHook cancelHook(OrderService::CancelHook refundRest);

private:
    enum class Next { Continue, Stop };
    void drive(PgConnection &c, qint64 id);
    Next providerRefund(PgConnection &c, const StoredRefund &r);
    Next record(PgConnection &c, const StoredRefund &r);
    Next restock(PgConnection &c, const StoredRefund &r);
    Next notify(PgConnection &c, const StoredRefund &r);
    Next wait(PgConnection &c, const StoredRefund &r, const QString &why);
    Next fail(PgConnection &c, const StoredRefund &r, const QString &why);
    void crashPoint(const QString &name) const;
    Domain::Result<StoredRefund> decide(qint64 id, bool approve, const QString &note, const AuditActor &actor);

    Database &m_database;
    PaymentProvider *m_payments;
    Options m_options;
    std::atomic<bool> m_stopping{false};
    std::mutex m_sweepMutex;
    std::condition_variable m_sweepWake;
    std::thread m_sweeper;
};

} // namespace Backroom::Server
