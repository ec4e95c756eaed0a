// SPDX-License-Identifier: MIT
#include "server/refunds/refundservice.h"

#include "domain/json.h"
#include "server/events/outbox.h"
#include "server/log.h"
#include "server/payments/paymentprovider.h"
#include "server/store/database.h"
#include "server/store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <csignal>

namespace Backroom::Server {

using Domain::Error;
using Domain::Money;

namespace {
Error noSuchRefund()
{
    return Error::notFound(QStringLiteral("There is no such refund; check the refund id."));
}

Error noSuchReturn()
{
    return Error::notFound(QStringLiteral("There is no such return; check the return id."));
}

Error forbidden(const QString &message)
{
    return {Domain::ErrorCode::Forbidden, message, {}};
}

// The one idempotency key a refund is ever sent to the provider with. The charge is part of it because refund
// ids are only unique within one database, and a provider may serve several (a test run, a restored backup).
QString providerKey(const QString &chargeId, qint64 refundId)
{
    return QStringLiteral("refund-%1-%2").arg(chargeId).arg(refundId);
}

QByteArray lockKey(qint64 refundId)
{
    return "refund-" + QByteArray::number(refundId);
}

const AuditActor sagaActor{std::nullopt, QByteArrayLiteral("refund-saga"), QStringLiteral("backroom-server")};

// Refunds that hold (or took) part of the order: what a new refund must leave alone.
constexpr const char *liveStatuses = "('awaiting_approval', 'processing', 'succeeded')";

const QByteArray refundColumns = "r.id, r.order_id, o.number, r.return_id, r.kind, r.status, r.step, r.currency, r.amount, "
                                 "r.shipping_amount, r.goodwill_amount, r.tax_amount, r.reason, r.note, r.charge_id, "
                                 "r.provider_refund_id, r.requested_by, coalesce(u.email, ''), r.decided_by, "
                                 "coalesce(" + rfc3339("r.decided_at") + ", ''), r.decision_note, r.failure, r.attempts, "
                                 + rfc3339("r.created_at") + ", " + rfc3339("r.updated_at") + ", r.version";
const QByteArray refundFrom = " FROM refunds r JOIN orders o ON o.id = r.order_id LEFT JOIN users u ON u.id = r.requested_by ";

StoredRefund refundOf(const PgResult &r, int row)
{
    StoredRefund s;
    s.id = r.toInt64(row, 0);
    s.orderId = r.toInt64(row, 1);
    s.orderNumber = r.text(row, 2);
    if (!r.isNull(row, 3))
        s.returnId = r.toInt64(row, 3);
    s.kind = r.text(row, 4);
    s.status = r.text(row, 5);
    s.step = r.text(row, 6);
    const QString cur = r.text(row, 7);
    s.amount = {r.toInt64(row, 8), cur};
    s.shipping = {r.toInt64(row, 9), cur};
    s.goodwill = {r.toInt64(row, 10), cur};
    s.tax = {r.toInt64(row, 11), cur};
    s.reason = r.text(row, 12);
    s.note = r.text(row, 13);
    s.chargeId = r.text(row, 14);
    s.providerRefundId = r.text(row, 15);
    if (!r.isNull(row, 16))
        s.requestedBy = r.toInt64(row, 16);
    s.requestedByEmail = r.text(row, 17);
    if (!r.isNull(row, 18))
        s.decidedBy = r.toInt64(row, 18);
    s.decidedAt = r.text(row, 19);
    s.decisionNote = r.text(row, 20);
    s.failure = r.text(row, 21);
    s.attempts = int(r.toInt64(row, 22));
    s.createdAt = r.text(row, 23);
    s.updatedAt = r.text(row, 24);
    s.version = int(r.toInt64(row, 25));
    return s;
}

PgExpected<void> loadLines(PgConnection &c, QList<StoredRefund> &refunds)
{
    for (StoredRefund &s : refunds) {
        auto lines = c.exec("SELECT line, sku, quantity, amount, tax_amount, discount_amount, coalesce(restock_warehouse, ''), "
                            "restocked FROM refund_lines WHERE refund_id = $1 ORDER BY line",
                            {intParam(s.id)});
        if (!lines)
            return std::unexpected(lines.error());
        const QString cur = s.amount.currency;
        for (int i = 0; i < lines->rows(); ++i)
            s.lines.append({int(lines->toInt64(i, 0)), lines->text(i, 1), lines->toInt64(i, 2), Money{lines->toInt64(i, 3), cur},
                            Money{lines->toInt64(i, 4), cur}, Money{lines->toInt64(i, 5), cur}, lines->text(i, 6),
                            lines->text(i, 7) == QStringLiteral("t")});
    }
    return {};
}

PgExpected<QList<StoredRefund>> readRefunds(PgConnection &c, const QByteArray &where, const PgParams &params)
{
    auto rows = c.exec("SELECT " + refundColumns + refundFrom + where, params);
    if (!rows)
        return std::unexpected(rows.error());
    QList<StoredRefund> list;
    for (int i = 0; i < rows->rows(); ++i)
        list.append(refundOf(*rows, i));
    if (auto l = loadLines(c, list); !l)
        return std::unexpected(l.error());
    return list;
}

PgExpected<StoredRefund> readRefund(PgConnection &c, qint64 id, bool forUpdate = false)
{
    auto list = readRefunds(c, "WHERE r.id = $1" + QByteArray(forUpdate ? " FOR UPDATE OF r" : ""), {intParam(id)});
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return refuse(noSuchRefund());
    return list->first();
}

// A refund just written, read back, audited as auditAction and announced as eventType, in c's transaction.
PgExpected<StoredRefund> recordNewRefund(PgConnection &c, qint64 id, const QString &auditAction, const QString &eventType,
                                         const AuditActor &actor)
{
    auto stored = readRefund(c, id);
    if (!stored)
        return stored;
    if (auto a = AuditLog::record(c, actor, {auditAction, QStringLiteral("refund"), QString::number(id), std::nullopt,
                                             stored->toJson()});
        !a)
        return std::unexpected(a.error());
    if (auto e = recordEvent(c, eventType, QStringLiteral("refund"), QString::number(id), stored->eventPayload(), actor); !e)
        return std::unexpected(e.error());
    return stored;
}

struct PaymentState {
    qint64 captured = 0;
    qint64 refunded = 0;
    qint64 pending = 0;
    QJsonObject toJson(const QString &currency, const QString &chargeId) const
    {
        return {{QStringLiteral("charge_id"), chargeId},
                {QStringLiteral("captured"), Money{captured, currency}.toJson()},
                {QStringLiteral("refunded"), Money{refunded, currency}.toJson()},
                {QStringLiteral("pending"), Money{pending, currency}.toJson()}};
    }
};

PgExpected<PaymentState> paymentState(PgConnection &c, qint64 orderId, bool forUpdate)
{
    auto row = c.exec("SELECT captured_amount, refunded_amount, pending_amount FROM order_payments WHERE order_id = $1"
                          + QByteArray(forUpdate ? " FOR UPDATE" : ""),
                      {intParam(orderId)});
    if (!row)
        return std::unexpected(row.error());
    if (row->rows() == 0)
        return PaymentState{};
    return PaymentState{row->toInt64(0, 0), row->toInt64(0, 1), row->toInt64(0, 2)};
}

PgExpected<Domain::RefundedSoFar> refundedSoFar(PgConnection &c, qint64 orderId, const PaymentState &payment, int lines)
{
    Domain::RefundedSoFar sofar;
    sofar.lineQuantities.resize(lines);
    auto perLine = c.exec(QByteArray("SELECT l.line, sum(l.quantity) FROM refund_lines l JOIN refunds r ON r.id = l.refund_id "
                                     "WHERE r.order_id = $1 AND r.status IN ")
                              + liveStatuses + " GROUP BY l.line",
                          {intParam(orderId)});
    if (!perLine)
        return std::unexpected(perLine.error());
    for (int i = 0; i < perLine->rows(); ++i) {
        const qint64 line = perLine->toInt64(i, 0);
        if (line >= 0 && line < lines)
            sofar.lineQuantities[line] = perLine->toInt64(i, 1);
    }
    auto shipping = c.exec(QByteArray("SELECT coalesce(sum(shipping_amount), 0) FROM refunds WHERE order_id = $1 AND status IN ")
                               + liveStatuses,
                           {intParam(orderId)});
    if (!shipping)
        return std::unexpected(shipping.error());
    sofar.shipping = shipping->toInt64(0, 0);
    sofar.total = payment.refunded + payment.pending;
    return sofar;
}

// The order, what it captured, and what its refunds took: what a plan is made from.
struct PlanInputs {
    StoredOrder order;
    PaymentState payment;
    Domain::RefundedSoFar sofar;
};

PgExpected<PlanInputs> planInputs(PgConnection &c, qint64 orderId, bool lock)
{
    auto order = OrderService::readOrder(c, orderId, lock, false);
    if (!order)
        return std::unexpected(order.error());
    auto payment = paymentState(c, orderId, lock);
    if (!payment)
        return std::unexpected(payment.error());
    auto sofar = refundedSoFar(c, orderId, *payment, int(order->totals.lines.size()));
    if (!sofar)
        return std::unexpected(sofar.error());
    return PlanInputs{*order, *payment, *sofar};
}

// Validation naming field when code is not an active warehouse.
PgExpected<void> checkWarehouse(PgConnection &c, const QString &code, const QString &field)
{
    auto found = c.exec("SELECT 1 FROM warehouses WHERE code = $1 AND active", {code.toUtf8()});
    if (!found)
        return std::unexpected(found.error());
    if (found->rows() == 0)
        return refuse(Error::validation(QStringLiteral("There is no active warehouse %1 to restock into.").arg(code),
                                        {{field, QStringLiteral("is not an active warehouse code")}}));
    return {};
}

// occurredAt: when it happened, if not now (imported history).
PgExpected<void> addTimeline(PgConnection &c, qint64 orderId, const QString &status, const QString &reason, const AuditActor &actor,
                             const QDateTime &occurredAt = {})
{
    auto r = c.exec("INSERT INTO order_events (order_id, actor_id, actor, type, from_status, to_status, reason, request_id, "
                    "occurred_at) VALUES ($1, $2, $3, 'refund', $4, $4, $5, $6, coalesce($7::timestamptz, now()))",
                    {intParam(orderId), optIntParam(actor.userId), actor.userId ? QByteArray() : actor.remoteAddress.toUtf8(),
                     status.toUtf8(), reason.left(500).toUtf8(), actor.requestId,
                     occurredAt.isValid() ? std::optional(occurredAt.toUTC().toString(Qt::ISODateWithMs).toLatin1())
                                          : std::nullopt});
    if (!r)
        return std::unexpected(r.error());
    // The order changed (its refunds are part of it): a new version, so caches and If-Match see it.
    auto touched = c.exec("UPDATE orders SET updated_at = now() WHERE id = $1", {intParam(orderId)});
    if (!touched)
        return std::unexpected(touched.error());
    return {};
}

// Session advisory locks: held while a thread drives a refund, gone with the connection when a server dies.
bool tryLock(PgConnection &c, qint64 id)
{
    auto r = c.exec("SELECT pg_try_advisory_lock(hashtextextended($1, 7412))", {lockKey(id)});
    return r && r->text(0, 0) == QStringLiteral("t");
}

void unlock(PgConnection &c, qint64 id)
{
    (void)c.exec("SELECT pg_advisory_unlock(hashtextextended($1, 7412))", {lockKey(id)});
}

PgExpected<void> advance(PgConnection &c, const StoredRefund &r, const char *from, const char *to)
{
    auto moved = c.exec("UPDATE refunds SET step = $3, failure = '' WHERE id = $1 AND status = 'processing' AND step = $2",
                        {intParam(r.id), QByteArray(from), QByteArray(to)});
    if (!moved)
        return std::unexpected(moved.error());
    if (moved->affected() == 0)
        return refuse(Error::stale(QStringLiteral("The refund moved on meanwhile.")));
    return {};
}

QString money(const Money &m)
{
    return Domain::formatMajorUnits(m) + u' ' + m.currency;
}
} // namespace

QJsonObject StoredRefund::toJson() const
{
    QJsonArray list;
    for (const StoredRefundLine &l : lines)
        list.append(QJsonObject{{QStringLiteral("line"), l.line},
                                {QStringLiteral("sku"), l.sku},
                                {QStringLiteral("quantity"), l.quantity},
                                {QStringLiteral("amount"), l.amount.toJson()},
                                {QStringLiteral("tax"), l.tax.toJson()},
                                {QStringLiteral("discount"), l.discount.toJson()},
                                {QStringLiteral("restock_warehouse"), l.restockWarehouse.isEmpty() ? QJsonValue() : QJsonValue(l.restockWarehouse)},
                                {QStringLiteral("restocked"), l.restocked}});
    auto id = [](std::optional<qint64> v) { return v ? QJsonValue(QString::number(*v)) : QJsonValue(); };
    return {{QStringLiteral("id"), QString::number(this->id)},
            {QStringLiteral("order_id"), QString::number(orderId)},
            {QStringLiteral("order_number"), orderNumber},
            {QStringLiteral("return_id"), id(returnId)},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("status"), status},
            {QStringLiteral("step"), step},
            {QStringLiteral("amount"), amount.toJson()},
            {QStringLiteral("shipping"), shipping.toJson()},
            {QStringLiteral("goodwill"), goodwill.toJson()},
            {QStringLiteral("tax"), tax.toJson()},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("note"), note},
            {QStringLiteral("charge_id"), chargeId},
            {QStringLiteral("provider_refund_id"), providerRefundId.isEmpty() ? QJsonValue() : QJsonValue(providerRefundId)},
            {QStringLiteral("requested_by"), id(requestedBy)},
            {QStringLiteral("requested_by_email"), requestedByEmail},
            {QStringLiteral("decided_by"), id(decidedBy)},
            {QStringLiteral("decided_at"), decidedAt.isEmpty() ? QJsonValue() : QJsonValue(decidedAt)},
            {QStringLiteral("decision_note"), decisionNote},
            {QStringLiteral("error"), failure.isEmpty() ? QJsonValue() : QJsonValue(failure)},
            {QStringLiteral("attempts"), attempts},
            {QStringLiteral("lines"), list},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("updated_at"), updatedAt},
            {QStringLiteral("version"), version}};
}

QJsonObject StoredRefund::eventPayload() const
{
    QJsonArray list;
    for (const StoredRefundLine &l : lines)
        list.append(QJsonObject{{QStringLiteral("sku"), l.sku}, {QStringLiteral("quantity"), l.quantity},
                                {QStringLiteral("amount"), l.amount.toJson()}});
    return {{QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("refund_id"), QString::number(id)},
            {QStringLiteral("order_id"), QString::number(orderId)},
            {QStringLiteral("order_number"), orderNumber},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("status"), status},
            {QStringLiteral("amount"), amount.toJson()},
            {QStringLiteral("shipping"), shipping.toJson()},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("lines"), list},
            {QStringLiteral("created_at"), createdAt}};
}

QJsonObject StoredReturn::toJson() const
{
    QJsonArray list;
    for (const StoredReturnLine &l : lines)
        list.append(QJsonObject{{QStringLiteral("line"), l.line},
                                {QStringLiteral("sku"), l.sku},
                                {QStringLiteral("quantity"), l.quantity},
                                {QStringLiteral("received"), l.received},
                                {QStringLiteral("condition"), l.condition.isEmpty() ? QJsonValue() : QJsonValue(l.condition)},
                                {QStringLiteral("warehouse"), l.warehouse.isEmpty() ? QJsonValue() : QJsonValue(l.warehouse)}});
    return {{QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("order_id"), QString::number(orderId)},
            {QStringLiteral("status"), status},
            {QStringLiteral("note"), note},
            {QStringLiteral("opened_by"), openedBy ? QJsonValue(QString::number(*openedBy)) : QJsonValue()},
            {QStringLiteral("received_at"), receivedAt.isEmpty() ? QJsonValue() : QJsonValue(receivedAt)},
            {QStringLiteral("lines"), list},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("updated_at"), updatedAt},
            {QStringLiteral("version"), version}};
}

RefundService::RefundService(Database &database, PaymentProvider *payments, Options options)
    : m_database(database)
    , m_payments(payments)
    , m_options(std::move(options))
{
}

RefundService::~RefundService()
{
    stop();
}

void RefundService::stop()
{
    {
        std::lock_guard lock(m_sweepMutex);
        m_stopping = true;
    }
    m_sweepWake.notify_all();
    if (m_sweeper.joinable())
        m_sweeper.join();
}

Domain::Result<QJsonObject> RefundService::preview(qint64 orderId, const QJsonObject &body) const
{
    auto request = Domain::refundRequestFromJson(body);
    if (!request)
        return Domain::fail(request.error());
    auto db = m_database.acquire();
    auto inputs = planInputs(*db, orderId, false);
    if (!inputs)
        return Domain::fail(inputs.error().error);
    auto plan = Domain::planRefund(inputs->order.totals, inputs->payment.captured, inputs->sofar, *request);
    if (!plan)
        return Domain::fail(plan.error());
    for (qsizetype i = 0; i < request->lines.size(); ++i)
        if (!request->lines[i].restockWarehouse.isEmpty())
            if (auto ok = checkWarehouse(*db, request->lines[i].restockWarehouse, QStringLiteral("lines[%1].restock_warehouse").arg(i)); !ok)
                return Domain::fail(ok.error().error);
    QJsonObject o = plan->toJson();
    o.insert(QStringLiteral("order_id"), QString::number(orderId));
    o.insert(QStringLiteral("payment"), inputs->payment.toJson(inputs->order.totals.currency, inputs->order.paymentReference));
    o.insert(QStringLiteral("requires_approval"), m_options.approvalLimit > 0 && plan->total.amount > m_options.approvalLimit);
    o.insert(QStringLiteral("approval_limit"), Money{m_options.approvalLimit, inputs->order.totals.currency}.toJson());
    return o;
}

Domain::Result<StoredRefund> RefundService::create(qint64 orderId, const QJsonObject &body, const AuditActor &actor,
                                                   std::optional<qint64> returnId)
{
    auto request = Domain::refundRequestFromJson(body);
    if (!request)
        return Domain::fail(request.error());
    auto db = m_database.acquire();
    auto created = runInTransaction<StoredRefund>(*db, [&](PgConnection &c) -> PgExpected<StoredRefund> {
        // The order's row lock queues every refund (and cancellation) of one order behind the other.
        auto inputs = planInputs(c, orderId, true);
        if (!inputs)
            return std::unexpected(inputs.error());
        if (returnId) {
            auto ret = c.exec("SELECT status FROM returns WHERE id = $1 AND order_id = $2 FOR UPDATE", {intParam(*returnId), intParam(orderId)});
            if (!ret)
                return std::unexpected(ret.error());
            if (ret->rows() == 0)
                return refuse(noSuchReturn());
            if (ret->text(0, 0) == QStringLiteral("refunded") || ret->text(0, 0) == QStringLiteral("cancelled"))
                return refuse(Error::conflict(QStringLiteral("This return is %1 already; it cannot be refunded again.").arg(ret->text(0, 0))));
        }
        auto plan = Domain::planRefund(inputs->order.totals, inputs->payment.captured, inputs->sofar, *request);
        if (!plan)
            return refuse(plan.error());
        for (qsizetype i = 0; i < request->lines.size(); ++i)
            if (!request->lines[i].restockWarehouse.isEmpty())
                if (auto ok = checkWarehouse(c, request->lines[i].restockWarehouse, QStringLiteral("lines[%1].restock_warehouse").arg(i)); !ok)
                    return std::unexpected(ok.error());
        const bool needsApproval = m_options.approvalLimit > 0 && plan->total.amount > m_options.approvalLimit;
        auto inserted = c.exec(
            "INSERT INTO refunds (order_id, return_id, status, currency, amount, shipping_amount, goodwill_amount, tax_amount, "
            "reason, note, charge_id, requested_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
            {intParam(orderId), optIntParam(returnId), needsApproval ? QByteArray("awaiting_approval") : QByteArray("processing"),
             plan->currency.toUtf8(), intParam(plan->total.amount), intParam(plan->shipping.amount), intParam(plan->goodwill.amount),
             intParam(plan->tax.amount), Domain::refundReasonName(plan->reason).toUtf8(), plan->note.toUtf8(),
             inputs->order.paymentReference.toUtf8(), optIntParam(actor.userId)});
        if (!inserted)
            return std::unexpected(inserted.error());
        const qint64 id = inserted->toInt64(0, 0);
        for (const Domain::RefundPlanLine &l : plan->lines) {
            auto line = c.exec("INSERT INTO refund_lines (refund_id, line, sku, quantity, amount, tax_amount, discount_amount, "
                               "restock_warehouse) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                               {intParam(id), intParam(l.line), l.sku.toUtf8(), intParam(l.quantity), intParam(l.amount.amount), intParam(l.tax.amount),
                                intParam(l.discount.amount),
                                l.restockWarehouse.isEmpty() ? std::nullopt : std::optional(l.restockWarehouse.toUtf8())});
            if (!line)
                return std::unexpected(line.error());
        }
        auto reserved = c.exec("UPDATE order_payments SET pending_amount = pending_amount + $2, updated_at = now() "
                               "WHERE order_id = $1 AND refunded_amount + pending_amount + $2 <= captured_amount",
                               {intParam(orderId), intParam(plan->total.amount)});
        if (!reserved)
            return std::unexpected(reserved.error());
        if (reserved->affected() == 0)
            return refuse(Error::validation(QStringLiteral("The refund is more than what remains of the captured payment."),
                                            {{QStringLiteral("amount"), QStringLiteral("is above what remains of the captured payment")}}));
        if (auto t = addTimeline(c, orderId, Domain::orderStatusName(inputs->order.state.status),
                                 QStringLiteral("Refund %1 of %2 requested (%3)%4")
                                     .arg(id)
                                     .arg(money(plan->total), Domain::refundReasonName(plan->reason),
                                          needsApproval ? QStringLiteral(", awaiting approval") : QString()),
                                 actor);
            !t)
            return std::unexpected(t.error());
        return recordNewRefund(c, id, QStringLiteral("refund.create"), QStringLiteral("RefundRequested"), actor);
    });
    if (!created)
        return created;
    Log::info("refund.requested", {{"refund", QString::number(created->id)}, {"order", QString::number(orderId)},
                                   {"amount", QString::number(created->amount.amount)}, {"status", created->status}});
    if (created->status != QStringLiteral("processing"))
        return created;
    if (tryLock(*db, created->id)) {
        drive(*db, created->id);
        unlock(*db, created->id);
    }
    return refund(created->id);
}

Domain::Result<StoredRefund> RefundService::refund(qint64 id) const
{
    auto db = m_database.acquire();
    auto found = readRefund(*db, id);
    if (!found)
        return Domain::fail(found.error().error);
    return *found;
}

Domain::Result<QList<StoredRefund>> RefundService::refundsOf(qint64 orderId) const
{
    auto db = m_database.acquire();
    auto list = readRefunds(*db, "WHERE r.order_id = $1 ORDER BY r.id DESC", {intParam(orderId)});
    if (!list)
        return Domain::fail(list.error().error);
    return *list;
}

Domain::Result<QList<StoredRefund>> RefundService::refunds(const QString &status, qint64 beforeId, int limit) const
{
    static const QStringList statuses{QStringLiteral("awaiting_approval"), QStringLiteral("processing"),
                                      QStringLiteral("succeeded"), QStringLiteral("failed"), QStringLiteral("rejected")};
    if (!status.isEmpty() && !statuses.contains(status))
        return Domain::fail(Error::validation(QStringLiteral("There is no refund status %1.").arg(status),
                                              {{QStringLiteral("status"), QStringLiteral("must be one of %1")
                                                                              .arg(statuses.join(QStringLiteral(", ")))}}));
    auto db = m_database.acquire();
    auto list = readRefunds(*db,
                            "WHERE ($1 = '' OR r.status = $1) AND ($2::bigint = 0 OR r.id < $2::bigint) ORDER BY r.id DESC LIMIT $3",
                            {status.toUtf8(), intParam(beforeId), intParam(limit)});
    if (!list)
        return Domain::fail(list.error().error);
    return *list;
}

Domain::Result<StoredRefund> RefundService::approve(qint64 id, const QString &note, const AuditActor &actor)
{
    return decide(id, true, note, actor);
}

Domain::Result<StoredRefund> RefundService::reject(qint64 id, const QString &note, const AuditActor &actor)
{
    return decide(id, false, note, actor);
}

Domain::Result<StoredRefund> RefundService::decide(qint64 id, bool approve, const QString &note, const AuditActor &actor)
{
    if (note.size() > 1000)
        return Domain::fail(Error::validation(QStringLiteral("The note is too long."),
                                              {{QStringLiteral("note"), QStringLiteral("must be at most 1000 characters")}}));
    auto db = m_database.acquire();
    auto decided = runInTransaction<StoredRefund>(*db, [&](PgConnection &c) -> PgExpected<StoredRefund> {
        auto before = readRefund(c, id, true);
        if (!before)
            return before;
        if (before->status != QStringLiteral("awaiting_approval"))
            return refuse(Error{Domain::ErrorCode::InvalidTransition,
                                QStringLiteral("Refund %1 is %2, not awaiting approval; there is nothing to decide.").arg(id).arg(before->status),
                                {}});
        if (before->requestedBy && actor.userId == before->requestedBy)
            return refuse(forbidden(QStringLiteral("You asked for this refund; someone else with the refunds:approve "
                                                   "permission must approve or reject it.")));
        auto r = c.exec("UPDATE refunds SET status = $2, decided_by = $3, decided_at = now(), decision_note = $4 WHERE id = $1",
                        {intParam(id), approve ? QByteArray("processing") : QByteArray("rejected"), optIntParam(actor.userId),
                         note.trimmed().toUtf8()});
        if (!r)
            return std::unexpected(r.error());
        if (!approve) {
            auto freed = c.exec("UPDATE order_payments SET pending_amount = pending_amount - $2, updated_at = now() WHERE order_id = $1",
                                {intParam(before->orderId), intParam(before->amount.amount)});
            if (!freed)
                return std::unexpected(freed.error());
        }
        auto after = readRefund(c, id);
        if (!after)
            return after;
        if (auto a = AuditLog::record(c, actor, {approve ? QStringLiteral("refund.approve") : QStringLiteral("refund.reject"),
                                                 QStringLiteral("refund"), QString::number(id), before->toJson(), after->toJson()});
            !a)
            return std::unexpected(a.error());
        if (!approve) {
            QJsonObject payload = after->eventPayload();
            payload.insert(QStringLiteral("error"), QStringLiteral("rejected"));
            if (auto e = recordEvent(c, QStringLiteral("RefundFailed"), QStringLiteral("refund"), QString::number(id), payload, actor); !e)
                return std::unexpected(e.error());
        }
        return after;
    });
    if (!decided || !approve)
        return decided;
    if (tryLock(*db, id)) {
        drive(*db, id);
        unlock(*db, id);
    }
    return refund(id);
}

void RefundService::crashPoint(const QString &name) const
{
    if (!m_options.crashAt.isEmpty() && m_options.crashAt == name) {
        Log::warning("refund.test_crash", {{"at", name}});
        ::raise(SIGKILL);
    }
}

void RefundService::drive(PgConnection &c, qint64 id)
{
    for (int round = 0; round < 8; ++round) {
        auto found = readRefund(c, id);
        if (!found) {
            Log::warning("refund.unreadable", {{"refund", QString::number(id)}, {"error", found.error().error.message}});
            return;
        }
        if (found->status != QStringLiteral("processing"))
            return;
        Next next = Next::Stop;
        if (found->step == QStringLiteral("provider_refund"))
            next = providerRefund(c, *found);
        else if (found->step == QStringLiteral("record"))
            next = record(c, *found);
        else if (found->step == QStringLiteral("restock"))
            next = restock(c, *found);
        else if (found->step == QStringLiteral("notify"))
            next = notify(c, *found);
        if (next == Next::Stop)
            return;
    }
}

RefundService::Next RefundService::wait(PgConnection &c, const StoredRefund &r, const QString &why)
{
    Log::info("refund.waiting", {{"refund", QString::number(r.id)}, {"step", r.step}, {"why", why}});
    (void)runInTransaction<void>(c, [&](PgConnection &t) -> PgExpected<void> {
        auto u = t.exec("UPDATE refunds SET attempts = attempts + 1, failure = $2, "
                        "next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1 AND status = 'processing'",
                        {intParam(r.id), why.left(500).toUtf8(), QByteArray::number(m_options.retryDelayMs / 1000.0)});
        if (!u)
            return std::unexpected(u.error());
        return {};
    });
    return Next::Stop;
}

RefundService::Next RefundService::fail(PgConnection &c, const StoredRefund &r, const QString &why)
{
    Log::warning("refund.failed", {{"refund", QString::number(r.id)}, {"why", why}});
    auto failed = runInTransaction<void>(c, [&](PgConnection &t) -> PgExpected<void> {
        auto u = t.exec("UPDATE refunds SET status = 'failed', failure = $2 WHERE id = $1 AND status = 'processing' "
                        "AND step = 'provider_refund'",
                        {intParam(r.id), why.left(500).toUtf8()});
        if (!u)
            return std::unexpected(u.error());
        if (u->affected() == 0)
            return {};
        auto freed = t.exec("UPDATE order_payments SET pending_amount = pending_amount - $2, updated_at = now() WHERE order_id = $1",
                            {intParam(r.orderId), intParam(r.amount.amount)});
        if (!freed)
            return std::unexpected(freed.error());
        auto after = readRefund(t, r.id);
        if (!after)
            return std::unexpected(after.error());
        QJsonObject payload = after->eventPayload();
        payload.insert(QStringLiteral("error"), why);
        return recordEvent(t, QStringLiteral("RefundFailed"), QStringLiteral("refund"), QString::number(r.id), payload, sagaActor);
    });
    if (!failed)
        return wait(c, r, failed.error().message);
    return Next::Stop;
}

RefundService::Next RefundService::providerRefund(PgConnection &c, const StoredRefund &r)
{
    crashPoint(QStringLiteral("refund:provider_refund"));
    if (r.chargeId.isEmpty())
        return fail(c, r, QStringLiteral("The order has no payment to refund to."));
    if (!m_payments)
        return wait(c, r, QStringLiteral("no payment provider is configured"));
    auto refunded = m_payments->refund(r.chargeId, providerKey(r.chargeId, r.id), r.amount.amount, r.reason);
    if (!refunded) {
        switch (refunded.error().kind) {
        case PaymentError::Kind::Unavailable:
        case PaymentError::Kind::CircuitOpen: return wait(c, r, refunded.error().message);
        default:
            return fail(c, r, QStringLiteral("The payment provider refused the refund: %1").arg(refunded.error().message));
        }
    }
    crashPoint(QStringLiteral("refund:provider_refund:after"));
    const QString providerId = refunded->refunds.isEmpty() ? QString() : refunded->refunds.last().id;
    auto recorded = runInTransaction<void>(c, [&](PgConnection &t) -> PgExpected<void> {
        if (auto moved = advance(t, r, "provider_refund", "record"); !moved)
            return moved;
        auto u = t.exec("UPDATE refunds SET provider_refund_id = $2 WHERE id = $1", {intParam(r.id), providerId.toUtf8()});
        if (!u)
            return std::unexpected(u.error());
        return {};
    });
    if (!recorded)
        return recorded.error().code == Domain::ErrorCode::Stale ? Next::Continue : wait(c, r, recorded.error().message);
    return Next::Continue;
}

RefundService::Next RefundService::record(PgConnection &c, const StoredRefund &r)
{
    crashPoint(QStringLiteral("refund:record"));
    auto done = runInTransaction<void>(c, [&](PgConnection &t) -> PgExpected<void> {
        if (auto moved = advance(t, r, "record", "restock"); !moved)
            return moved;
        auto u = t.exec("UPDATE order_payments SET pending_amount = pending_amount - $2, refunded_amount = refunded_amount + $2, "
                        "updated_at = now() WHERE order_id = $1",
                        {intParam(r.orderId), intParam(r.amount.amount)});
        if (!u)
            return std::unexpected(u.error());
        return {};
    });
    if (!done)
        return done.error().code == Domain::ErrorCode::Stale ? Next::Continue : wait(c, r, done.error().message);
    return Next::Continue;
}

RefundService::Next RefundService::restock(PgConnection &c, const StoredRefund &r)
{
    crashPoint(QStringLiteral("refund:restock"));
    InventoryService inventory(m_database, m_options.inventory);
    auto done = runInTransaction<void>(c, [&](PgConnection &t) -> PgExpected<void> {
        if (auto moved = advance(t, r, "restock", "notify"); !moved)
            return moved;
        for (const StoredRefundLine &l : r.lines) {
            if (l.restockWarehouse.isEmpty() || l.restocked)
                continue;
            // Same thread, same connection: the adjustment is a savepoint of this transaction.
            auto moved = inventory.adjust(l.sku, l.restockWarehouse, l.quantity, Domain::AdjustmentReason::Returned,
                                          QStringLiteral("refund %1").arg(r.id), sagaActor);
            if (!moved && (moved.error().code == Domain::ErrorCode::Unavailable || moved.error().code == Domain::ErrorCode::Internal))
                return refuse(moved.error());
            if (!moved) {
                // A SKU or warehouse gone since the refund was asked for: the money still goes back.
                Log::warning("refund.restock_skipped", {{"refund", QString::number(r.id)}, {"sku", l.sku}, {"why", moved.error().message}});
                continue;
            }
            auto u = t.exec("UPDATE refund_lines SET restocked = true WHERE refund_id = $1 AND line = $2", {intParam(r.id), intParam(l.line)});
            if (!u)
                return std::unexpected(u.error());
        }
        return {};
    });
    if (!done)
        return done.error().code == Domain::ErrorCode::Stale ? Next::Continue : wait(c, r, done.error().message);
    return Next::Continue;
}

RefundService::Next RefundService::notify(PgConnection &c, const StoredRefund &r)
{
    crashPoint(QStringLiteral("refund:notify"));
    auto done = runInTransaction<void>(c, [&](PgConnection &t) -> PgExpected<void> {
        auto u = t.exec("UPDATE refunds SET status = 'succeeded', step = 'done', failure = '' WHERE id = $1 "
                        "AND status = 'processing' AND step = 'notify'",
                        {intParam(r.id)});
        if (!u)
            return std::unexpected(u.error());
        if (u->affected() == 0)
            return {};
        if (r.returnId) {
            auto ret = t.exec("UPDATE returns SET status = 'refunded' WHERE id = $1", {intParam(*r.returnId)});
            if (!ret)
                return std::unexpected(ret.error());
        }
        auto after = readRefund(t, r.id);
        if (!after)
            return std::unexpected(after.error());
        return recordEvent(t, QStringLiteral("RefundIssued"), QStringLiteral("refund"), QString::number(r.id),
                           after->eventPayload(), sagaActor);
    });
    if (!done)
        return wait(c, r, done.error().message);
    Log::info("refund.issued", {{"refund", QString::number(r.id)}, {"amount", QString::number(r.amount.amount)}});
    return Next::Stop;
}

int RefundService::resumeDue()
{
    if (m_stopping)
        return 0;
    auto db = m_database.acquire();
    auto due = db->exec("SELECT id FROM refunds WHERE status = 'processing' AND next_attempt_at <= now() "
                        "ORDER BY next_attempt_at LIMIT 50");
    if (!due) {
        Log::warning("refund.sweep_failed", {{"error", due.error().error.message}});
        return 0;
    }
    int taken = 0;
    for (int i = 0; i < due->rows() && !m_stopping; ++i) {
        const qint64 id = due->toInt64(i, 0);
        if (!tryLock(*db, id))
            continue;
        ++taken;
        drive(*db, id);
        unlock(*db, id);
    }
    return taken;
}

void RefundService::startSweeping(int intervalMs)
{
    m_sweeper = std::thread([this, intervalMs] {
        while (!m_stopping) {
            resumeDue();
            std::unique_lock lock(m_sweepMutex);
            m_sweepWake.wait_for(lock, std::chrono::milliseconds(intervalMs), [this] { return m_stopping.load(); });
        }
    });
}

qint64 ImportedRefund::total() const
{
    qint64 sum = 0;
    for (const Line &l : lines)
        sum += l.amount;
    return sum - discount + shipping + fees;
}

PgExpected<StoredRefund> RefundService::recordImported(PgConnection &c, qint64 orderId, const ImportedRefund &refund,
                                                       const AuditActor &actor)
{
    auto inputs = planInputs(c, orderId, true);
    if (!inputs)
        return std::unexpected(inputs.error());
    const Domain::OrderTotals &totals = inputs->order.totals;
    const QString currency = totals.currency;
    const qint64 total = refund.total();
    if (total <= 0)
        return refuse(Error::validation(QStringLiteral("The refund gives nothing back."),
                                        {{QStringLiteral("amount"), QStringLiteral("must be above 0")}}));
    const qint64 remaining = inputs->payment.captured - inputs->payment.refunded - inputs->payment.pending;
    if (total > remaining)
        return refuse(Error::validation(
            QStringLiteral("It gives back %1, more than the %2 that remains of what order %3 captured.")
                .arg(money({total, currency}), money({std::max<qint64>(remaining, 0), currency}), inputs->order.number),
            {{QStringLiteral("amount"), QStringLiteral("is above what remains of the captured payment")}}));

    // Each line onto the order's lines of its SKU that still hold quantity (one SKU may be on several lines),
    // its amount shared by quantity, the rest on the last part so that the parts add up to it.
    QList<qint64> left(totals.lines.size());
    for (qsizetype k = 0; k < totals.lines.size(); ++k)
        left[k] = totals.lines[k].quantity - inputs->sofar.lineQuantities.value(k);
    QMap<int, StoredRefundLine> parts;
    for (const ImportedRefund::Line &l : refund.lines) {
        qint64 want = l.quantity;
        qint64 amountLeft = l.amount;
        for (qsizetype k = 0; k < totals.lines.size() && want > 0; ++k) {
            if (left[k] <= 0 || totals.lines[k].sku.compare(l.sku, Qt::CaseInsensitive) != 0)
                continue;
            const qint64 take = std::min(want, left[k]);
            const qint64 amount = take == want ? amountLeft : l.amount * take / l.quantity;
            left[k] -= take;
            want -= take;
            amountLeft -= amount;
            StoredRefundLine &part = parts[int(k)];
            part.line = int(k);
            part.sku = totals.lines[k].sku;
            part.quantity += take;
            part.amount = {part.amount.amount + amount, currency};
        }
        if (want > 0 || l.quantity <= 0)
            return refuse(Error::validation(
                QStringLiteral("Order %1 no longer holds %2 × %3 to give back.").arg(inputs->order.number).arg(l.quantity).arg(l.sku),
                {{QStringLiteral("lines"), QStringLiteral("must be quantities the order's lines still hold")}}));
    }

    auto inserted = c.exec("INSERT INTO refunds (order_id, kind, status, step, currency, amount, shipping_amount, reason, note, "
                           "requested_by, created_at) VALUES ($1, 'import', 'succeeded', 'done', $2, $3, $4, 'customer_request', "
                           "$5, $6, $7::timestamptz) RETURNING id",
                           {intParam(orderId), currency.toUtf8(), intParam(total), intParam(refund.shipping), refund.note.left(1000).toUtf8(),
                            optIntParam(actor.userId), refund.at.toUTC().toString(Qt::ISODateWithMs).toLatin1()});
    if (!inserted)
        return std::unexpected(inserted.error());
    const qint64 id = inserted->toInt64(0, 0);
    for (const StoredRefundLine &l : std::as_const(parts)) {
        auto line = c.exec("INSERT INTO refund_lines (refund_id, line, sku, quantity, amount, tax_amount, discount_amount) "
                           "VALUES ($1, $2, $3, $4, $5, 0, 0)",
                           {intParam(id), intParam(l.line), l.sku.toUtf8(), intParam(l.quantity), intParam(l.amount.amount)});
        if (!line)
            return std::unexpected(line.error());
    }
    auto paid = c.exec("UPDATE order_payments SET refunded_amount = refunded_amount + $2, updated_at = now() "
                       "WHERE order_id = $1 AND refunded_amount + pending_amount + $2 <= captured_amount",
                       {intParam(orderId), intParam(total)});
    if (!paid)
        return std::unexpected(paid.error());
    if (paid->affected() == 0)
        return refuse(Error::validation(QStringLiteral("The refund is more than what remains of the captured payment."),
                                        {{QStringLiteral("amount"), QStringLiteral("is above what remains of the captured payment")}}));
    if (auto t = addTimeline(c, orderId, Domain::orderStatusName(inputs->order.state.status),
                             QStringLiteral("Refund %1 of %2 recorded from the imported history (%3)")
                                 .arg(id)
                                 .arg(money({total, currency}), refund.note),
                             actor, refund.at);
        !t)
        return std::unexpected(t.error());
    return recordNewRefund(c, id, QStringLiteral("refund.import"), QStringLiteral("RefundIssued"), actor);
}

OrderService::CancelHook RefundService::cancelHook(OrderService::CancelHook refundRest)
{
    return [refundRest = std::move(refundRest)](PgConnection &c, const StoredOrder &order, const AuditActor &actor) -> PgExpected<void> {
        auto payment = paymentState(c, order.id, true);
        if (!payment)
            return std::unexpected(payment.error());
        if (payment->pending > 0)
            return refuse(Error::conflict(QStringLiteral("A refund of this order is under way or awaits approval; let it "
                                                         "finish (or reject it), then cancel the order.")));
        if (refundRest)
            if (auto done = refundRest(c, order, actor); !done)
                return done;
        const qint64 rest = payment->captured - payment->refunded;
        if (rest <= 0)
            return {};
        // Only the checkout saga's charges are given back by the hook above.
        auto charged = c.exec("SELECT 1 FROM sagas WHERE order_id = $1 AND charge_id <> ''", {intParam(order.id)});
        if (!charged)
            return std::unexpected(charged.error());
        if (charged->rows() == 0)
            return {};
        auto inserted = c.exec("INSERT INTO refunds (order_id, kind, status, step, currency, amount, reason, note, charge_id, "
                               "requested_by) VALUES ($1, 'cancellation', 'succeeded', 'done', $2, $3, 'other', "
                               "'order cancelled', $4, $5) RETURNING id",
                               {intParam(order.id), order.totals.currency.toUtf8(), intParam(rest), order.paymentReference.toUtf8(),
                                optIntParam(actor.userId)});
        if (!inserted)
            return std::unexpected(inserted.error());
        auto u = c.exec("UPDATE order_payments SET refunded_amount = captured_amount, updated_at = now() WHERE order_id = $1",
                        {intParam(order.id)});
        if (!u)
            return std::unexpected(u.error());
        auto stored = readRefund(c, inserted->toInt64(0, 0));
        if (!stored)
            return std::unexpected(stored.error());
        return recordEvent(c, QStringLiteral("RefundIssued"), QStringLiteral("refund"), QString::number(stored->id),
                           stored->eventPayload(), actor);
    };
}

namespace {
const QByteArray returnColumns = "id, order_id, status, note, opened_by, coalesce(" + rfc3339("received_at") + ", ''), "
                                 + rfc3339("created_at") + ", " + rfc3339("updated_at") + ", version";

PgExpected<QList<StoredReturn>> readReturns(PgConnection &c, const QByteArray &where, const PgParams &params)
{
    auto rows = c.exec("SELECT " + returnColumns + " FROM returns " + where, params);
    if (!rows)
        return std::unexpected(rows.error());
    QList<StoredReturn> list;
    for (int i = 0; i < rows->rows(); ++i) {
        StoredReturn s;
        s.id = rows->toInt64(i, 0);
        s.orderId = rows->toInt64(i, 1);
        s.status = rows->text(i, 2);
        s.note = rows->text(i, 3);
        if (!rows->isNull(i, 4))
            s.openedBy = rows->toInt64(i, 4);
        s.receivedAt = rows->text(i, 5);
        s.createdAt = rows->text(i, 6);
        s.updatedAt = rows->text(i, 7);
        s.version = int(rows->toInt64(i, 8));
        auto lines = c.exec("SELECT line, sku, quantity, received, coalesce(condition, ''), coalesce(warehouse, '') "
                            "FROM return_lines WHERE return_id = $1 ORDER BY line",
                            {intParam(s.id)});
        if (!lines)
            return std::unexpected(lines.error());
        for (int k = 0; k < lines->rows(); ++k)
            s.lines.append({int(lines->toInt64(k, 0)), lines->text(k, 1), lines->toInt64(k, 2), lines->toInt64(k, 3),
                            lines->text(k, 4), lines->text(k, 5)});
        list.append(s);
    }
    return list;
}

PgExpected<StoredReturn> readReturn(PgConnection &c, qint64 id, bool forUpdate = false)
{
    auto list = readReturns(c, "WHERE id = $1" + QByteArray(forUpdate ? " FOR UPDATE" : ""), {intParam(id)});
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return refuse(noSuchReturn());
    return list->first();
}

QJsonObject returnEvent(const StoredReturn &r)
{
    QJsonArray lines;
    for (const StoredReturnLine &l : r.lines)
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku}, {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("received"), l.received},
                                 {QStringLiteral("condition"), l.condition.isEmpty() ? QJsonValue() : QJsonValue(l.condition)},
                                 {QStringLiteral("warehouse"), l.warehouse.isEmpty() ? QJsonValue() : QJsonValue(l.warehouse)}});
    return {{QStringLiteral("return_id"), QString::number(r.id)},
            {QStringLiteral("order_id"), QString::number(r.orderId)},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("lines"), lines}};
}

// A body's "lines" as a list of objects, each checked by check(i, object, errors).
void eachLine(const QJsonObject &body, QList<Domain::FieldError> &errors,
              const std::function<void(qsizetype, const QJsonObject &)> &check)
{
    const QJsonValue lines = body.value(QStringLiteral("lines"));
    if (!lines.isArray() || lines.toArray().isEmpty() || lines.toArray().size() > 200) {
        errors.append({QStringLiteral("lines"), QStringLiteral("must be a list of 1 to 200 lines")});
        return;
    }
    const QJsonArray list = lines.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list[i].isObject()) {
            errors.append({QStringLiteral("lines[%1]").arg(i), QStringLiteral("must be an object")});
            continue;
        }
        check(i, list[i].toObject());
    }
}

std::optional<qint64> positiveQuantity(const QJsonObject &line, const QString &at, QList<Domain::FieldError> &errors)
{
    const auto q = Domain::jsonInteger(line.value(QStringLiteral("quantity")));
    if (!q || *q <= 0 || *q > Domain::maxStockQuantity) {
        errors.append({at + QStringLiteral(".quantity"), QStringLiteral("must be a whole number of at least 1")});
        return std::nullopt;
    }
    return q;
}
} // namespace

Domain::Result<StoredReturn> RefundService::openReturn(qint64 orderId, const QJsonObject &body, const AuditActor &actor)
{
    if (auto ok = Domain::Json::allowOnly(body, {u"lines", u"note"}); !ok)
        return Domain::fail(ok.error());
    const QJsonValue noteValue = body.value(QStringLiteral("note"));
    if (!noteValue.isUndefined() && !noteValue.isNull() && (!noteValue.isString() || noteValue.toString().size() > 1000))
        return Domain::fail(Error::validation(QStringLiteral("The note is not valid."),
                                              {{QStringLiteral("note"), QStringLiteral("must be text of at most 1000 characters")}}));
    auto db = m_database.acquire();
    return runInTransaction<StoredReturn>(*db, [&](PgConnection &c) -> PgExpected<StoredReturn> {
        auto order = OrderService::readOrder(c, orderId, true, false);
        if (!order)
            return std::unexpected(order.error());
        auto taken = c.exec("SELECT l.line, sum(l.quantity) FROM return_lines l JOIN returns r ON r.id = l.return_id "
                            "WHERE r.order_id = $1 AND r.status <> 'cancelled' GROUP BY l.line",
                            {intParam(orderId)});
        if (!taken)
            return std::unexpected(taken.error());
        QHash<int, qint64> already;
        for (int i = 0; i < taken->rows(); ++i)
            already.insert(int(taken->toInt64(i, 0)), taken->toInt64(i, 1));
        QList<Domain::FieldError> errors;
        QList<StoredReturnLine> lines;
        eachLine(body, errors, [&](qsizetype i, const QJsonObject &line) {
            const QString at = QStringLiteral("lines[%1]").arg(i);
            if (auto ok = Domain::Json::allowOnly(line, {u"sku", u"quantity"}); !ok)
                for (const Domain::FieldError &f : ok.error().fields)
                    errors.append({at + u'.' + f.field, f.message});
            const QString sku = line.value(QStringLiteral("sku")).toString().trimmed();
            int index = -1;
            for (qsizetype k = 0; k < order->totals.lines.size() && index < 0; ++k)
                if (!sku.isEmpty() && order->totals.lines[k].sku.compare(sku, Qt::CaseInsensitive) == 0)
                    index = int(k);
            const bool twice = std::any_of(lines.cbegin(), lines.cend(), [&](const StoredReturnLine &l) { return l.line == index; });
            if (index < 0 || twice) {
                errors.append({at + QStringLiteral(".sku"), twice ? QStringLiteral("is named twice") : QStringLiteral("is not a line of this order")});
                return;
            }
            const auto q = positiveQuantity(line, at, errors);
            if (!q)
                return;
            const qint64 left = order->totals.lines[index].quantity - already.value(index);
            if (*q > left) {
                errors.append({at + QStringLiteral(".quantity"), QStringLiteral("must be at most %1 (not yet in a return)").arg(left)});
                return;
            }
            lines.append({index, order->totals.lines[index].sku, *q, 0, {}, {}});
        });
        if (!errors.isEmpty())
            return refuse(Error::validation(QStringLiteral("The return does not fit the order; see 'errors'."), errors));
        auto inserted = c.exec("INSERT INTO returns (order_id, note, opened_by) VALUES ($1, $2, $3) RETURNING id",
                               {intParam(orderId), noteValue.toString().trimmed().toUtf8(), optIntParam(actor.userId)});
        if (!inserted)
            return std::unexpected(inserted.error());
        const qint64 id = inserted->toInt64(0, 0);
        for (const StoredReturnLine &l : lines) {
            auto r = c.exec("INSERT INTO return_lines (return_id, line, sku, quantity) VALUES ($1, $2, $3, $4)",
                            {intParam(id), intParam(l.line), l.sku.toUtf8(), intParam(l.quantity)});
            if (!r)
                return std::unexpected(r.error());
        }
        auto stored = readReturn(c, id);
        if (!stored)
            return stored;
        if (auto a = AuditLog::record(c, actor, {QStringLiteral("return.open"), QStringLiteral("return"), QString::number(id),
                                                 std::nullopt, stored->toJson()});
            !a)
            return std::unexpected(a.error());
        if (auto e = recordEvent(c, QStringLiteral("ReturnOpened"), QStringLiteral("return"), QString::number(id), returnEvent(*stored), actor); !e)
            return std::unexpected(e.error());
        return stored;
    });
}

Domain::Result<StoredReturn> RefundService::receiveReturn(qint64 id, const QJsonObject &body, const AuditActor &actor)
{
    if (auto ok = Domain::Json::allowOnly(body, {u"lines"}); !ok)
        return Domain::fail(ok.error());
    InventoryService inventory(m_database, m_options.inventory);
    auto db = m_database.acquire();
    return runInTransaction<StoredReturn>(*db, [&](PgConnection &c) -> PgExpected<StoredReturn> {
        auto before = readReturn(c, id, true);
        if (!before)
            return before;
        if (before->status != QStringLiteral("open"))
            return refuse(Error{Domain::ErrorCode::InvalidTransition,
                                QStringLiteral("Return %1 is %2; only an open return can be received.").arg(id).arg(before->status), {}});
        struct Receipt {
            int line;
            QString sku;
            qint64 quantity;
            QString condition;
            QString warehouse;
        };
        QList<Domain::FieldError> errors;
        QList<Receipt> receipts;
        eachLine(body, errors, [&](qsizetype i, const QJsonObject &line) {
            const QString at = QStringLiteral("lines[%1]").arg(i);
            if (auto ok = Domain::Json::allowOnly(line, {u"sku", u"quantity", u"condition", u"warehouse"}); !ok)
                for (const Domain::FieldError &f : ok.error().fields)
                    errors.append({at + u'.' + f.field, f.message});
            const QString sku = line.value(QStringLiteral("sku")).toString().trimmed();
            const auto it = std::find_if(before->lines.cbegin(), before->lines.cend(), [&](const StoredReturnLine &l) {
                return !sku.isEmpty() && l.sku.compare(sku, Qt::CaseInsensitive) == 0;
            });
            if (it == before->lines.cend()) {
                errors.append({at + QStringLiteral(".sku"), QStringLiteral("is not a line of this return")});
                return;
            }
            const auto q = positiveQuantity(line, at, errors);
            if (q && *q > it->quantity - it->received)
                errors.append({at + QStringLiteral(".quantity"), QStringLiteral("must be at most %1 (still expected)").arg(it->quantity - it->received)});
            const QString condition = line.value(QStringLiteral("condition")).toString();
            if (condition != QStringLiteral("sellable") && condition != QStringLiteral("damaged"))
                errors.append({at + QStringLiteral(".condition"), QStringLiteral("must be sellable or damaged")});
            const QString warehouse = line.value(QStringLiteral("warehouse")).toString().trimmed();
            if (condition == QStringLiteral("sellable") && warehouse.isEmpty())
                errors.append({at + QStringLiteral(".warehouse"), QStringLiteral("is required for sellable goods: the warehouse they go back to")});
            if (q)
                receipts.append({it->line, it->sku, *q, condition, warehouse});
        });
        for (qsizetype i = 0; errors.isEmpty() && i < receipts.size(); ++i)
            if (!receipts[i].warehouse.isEmpty())
                if (auto ok = checkWarehouse(c, receipts[i].warehouse, QStringLiteral("lines[%1].warehouse").arg(i)); !ok)
                    return std::unexpected(ok.error());
        if (!errors.isEmpty())
            return refuse(Error::validation(QStringLiteral("The receipt does not fit the return; see 'errors'."), errors));
        for (const Receipt &r : receipts) {
            if (r.condition == QStringLiteral("sellable")) {
                auto moved = inventory.adjust(r.sku, r.warehouse, r.quantity, Domain::AdjustmentReason::Returned,
                                              QStringLiteral("return %1").arg(id), actor);
                if (!moved)
                    return refuse(moved.error());
            }
            auto u = c.exec("UPDATE return_lines SET received = received + $3, condition = $4, warehouse = $5 "
                            "WHERE return_id = $1 AND line = $2",
                            {intParam(id), intParam(r.line), intParam(r.quantity), r.condition.toUtf8(),
                             r.warehouse.isEmpty() ? std::nullopt : std::optional(r.warehouse.toUtf8())});
            if (!u)
                return std::unexpected(u.error());
        }
        auto u = c.exec("UPDATE returns SET status = 'received', received_at = now() WHERE id = $1", {intParam(id)});
        if (!u)
            return std::unexpected(u.error());
        auto after = readReturn(c, id);
        if (!after)
            return after;
        if (auto a = AuditLog::record(c, actor, {QStringLiteral("return.receive"), QStringLiteral("return"), QString::number(id),
                                                 before->toJson(), after->toJson()});
            !a)
            return std::unexpected(a.error());
        if (auto e = recordEvent(c, QStringLiteral("ReturnReceived"), QStringLiteral("return"), QString::number(id), returnEvent(*after), actor); !e)
            return std::unexpected(e.error());
        return after;
    });
}

Domain::Result<StoredRefund> RefundService::refundReturn(qint64 returnId, QJsonObject body, const AuditActor &actor)
{
    auto ret = returnOf(returnId);
    if (!ret)
        return Domain::fail(ret.error());
    // Without lines, the return's own: what arrived once received, else what the customer sends (refund first).
    if (!body.contains(QStringLiteral("lines"))) {
        QJsonArray lines;
        for (const StoredReturnLine &l : ret->lines) {
            const qint64 q = ret->status == QStringLiteral("received") ? l.received : l.quantity;
            if (q > 0)
                lines.append(QJsonObject{{QStringLiteral("sku"), l.sku}, {QStringLiteral("quantity"), q}});
        }
        body.insert(QStringLiteral("lines"), lines);
    }
    return create(ret->orderId, body, actor, returnId);
}

Domain::Result<StoredReturn> RefundService::returnOf(qint64 id) const
{
    auto db = m_database.acquire();
    auto found = readReturn(*db, id);
    if (!found)
        return Domain::fail(found.error().error);
    return *found;
}

Domain::Result<QList<StoredReturn>> RefundService::returns(const QString &status, qint64 beforeId, int limit) const
{
    static const QStringList statuses{QStringLiteral("open"), QStringLiteral("received"), QStringLiteral("refunded"),
                                      QStringLiteral("cancelled")};
    if (!status.isEmpty() && !statuses.contains(status))
        return Domain::fail(Error::validation(QStringLiteral("There is no return status %1.").arg(status),
                                              {{QStringLiteral("status"), QStringLiteral("must be one of %1")
                                                                              .arg(statuses.join(QStringLiteral(", ")))}}));
    auto db = m_database.acquire();
    auto list = readReturns(*db, "WHERE ($1 = '' OR status = $1) AND ($2::bigint = 0 OR id < $2::bigint) ORDER BY id DESC LIMIT $3",
                            {status.toUtf8(), intParam(beforeId), intParam(limit)});
    if (!list)
        return Domain::fail(list.error().error);
    return *list;
}

Domain::Result<QJsonObject> RefundService::orderExtras(qint64 orderId) const
{
    auto db = m_database.acquire();
    auto inputs = planInputs(*db, orderId, false);
    if (!inputs)
        return Domain::fail(inputs.error().error);
    auto refunds = readRefunds(*db, "WHERE r.order_id = $1 ORDER BY r.id DESC", {intParam(orderId)});
    if (!refunds)
        return Domain::fail(refunds.error().error);
    auto returns = readReturns(*db, "WHERE order_id = $1 ORDER BY id DESC", {intParam(orderId)});
    if (!returns)
        return Domain::fail(returns.error().error);
    QJsonArray refundList, returnList;
    for (const StoredRefund &r : *refunds)
        refundList.append(r.toJson());
    for (const StoredReturn &r : *returns)
        returnList.append(r.toJson());
    const QString currency = inputs->order.totals.currency;
    return QJsonObject{{QStringLiteral("refunds"), refundList},
                       {QStringLiteral("returns"), returnList},
                       {QStringLiteral("refundable"),
                        Domain::refundRemainder(inputs->order.totals, inputs->payment.captured, inputs->sofar).toJson()},
                       {QStringLiteral("payment"), inputs->payment.toJson(currency, inputs->order.paymentReference)}};
}

} // namespace Backroom::Server
