// SPDX-License-Identifier: MIT
#include "server/orders/retailhistoryimporter.h"

#include "server/orders/orderservice.h"
#include "server/refunds/refundservice.h"
#include "server/store/database.h"
#include "server/store/transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

namespace {
QString sourceReference(const QString &invoiceNo)
{
    return QStringLiteral("retail:") + invoiceNo;
}

QString currency()
{
    return QString::fromLatin1(Domain::retailCurrency);
}

NewOrder newOrder(const Domain::RetailInvoice &invoice, std::optional<qint64> customerId)
{
    const QString cur = currency();
    const auto gbp = [&](qint64 amount) { return Domain::Money{amount, cur}; };
    NewOrder order;
    order.customerId = customerId;
    const bool guest = invoice.customerId.isEmpty();
    order.email = guest ? Domain::retailGuestEmail(invoice.invoiceNo) : Domain::retailCustomerEmail(invoice.customerId);
    order.customerName = guest ? QStringLiteral("Guest") : QStringLiteral("Customer %1").arg(invoice.customerId);
    // The data set has no addresses: the country is all that is known of where an invoice went.
    order.shippingAddress.name = order.customerName;
    order.shippingAddress.country = invoice.country;
    Domain::OrderTotals &t = order.totals;
    t.currency = cur;
    t.country = invoice.country;
    for (const Domain::RetailOrderLine &l : invoice.lines) {
        Domain::TotalsLine line;
        line.sku = l.sku;
        line.title = l.title;
        line.quantity = l.quantity;
        line.unitPrice = gbp(l.unitAmount);
        line.discount = gbp(0);
        line.tax = gbp(0);
        line.lineTotal = gbp(l.amount);
        t.lines.append(line);
    }
    t.subtotal = gbp(invoice.subtotal());
    t.discount = gbp(invoice.discount);
    t.shipping = gbp(invoice.shipping);
    t.fees = gbp(invoice.fees);
    t.tax = t.shippingTax = gbp(0);
    t.total = gbp(invoice.total());
    order.sourceReference = sourceReference(invoice.invoiceNo);
    order.placedAt = invoice.placedAt;
    order.status = Domain::OrderStatus::Delivered;
    return order;
}

QString describeError(const Error &e)
{
    QString why = e.message;
    for (const Domain::FieldError &f : e.fields)
        why += QStringLiteral(" (%1: %2)").arg(f.field, f.message);
    return why;
}

bool isDatabaseFailure(const Error &e)
{
    return e.code == Domain::ErrorCode::Unavailable || e.code == Domain::ErrorCode::Internal;
}
} // namespace

QString describeRetailHistory(const Domain::RetailHistoryPlan &plan, const RetailHistorySummary &summary, bool dryRun)
{
    const QString would = dryRun ? QStringLiteral(" (would be)") : QString();
    QString text;
    text += QStringLiteral("Customers%1: %2 created, %3 unchanged.\n")
                .arg(would)
                .arg(summary.customersCreated)
                .arg(summary.customersUnchanged);
    text += QStringLiteral("Orders%1: %2 created, %3 unchanged.\n")
                .arg(would)
                .arg(summary.ordersCreated)
                .arg(summary.ordersUnchanged);
    if (!plan.invoicesWithoutProducts.isEmpty())
        text += QStringLiteral("Invoices without a product line, not orders: %1 (%2).\n")
                    .arg(plan.invoicesWithoutProducts.size())
                    .arg(plan.invoicesWithoutProducts.join(QStringLiteral(", ")));
    text += QStringLiteral("Rows on no order: %1 gift voucher, %2 stock write-off, %3 other code, %4 unreadable.\n")
                .arg(plan.vouchers)
                .arg(plan.writeOffs)
                .arg(plan.otherRows)
                .arg(plan.rejected.size());
    QList<std::pair<QString, QString>> unmatched;
    if (summary.unmatched) {
        unmatched = *summary.unmatched;
    } else {
        for (const Domain::RetailCancellationMatch &m : plan.matches)
            if (m.orderInvoice.isEmpty())
                unmatched.append({m.invoiceNo, m.reason});
    }
    const qsizetype matched = plan.cancellations.size() - unmatched.size();
    text += QStringLiteral("Cancellations: %1 invoices, %2 matched to an earlier order, %3 unmatched; recorded%4 in "
                           "retail_cancellations: %5 new, %6 unchanged.\n")
                .arg(plan.cancellations.size())
                .arg(matched)
                .arg(unmatched.size())
                .arg(would)
                .arg(summary.cancellationsRecorded)
                .arg(summary.cancellationsUnchanged);
    text += QStringLiteral("Refunds of matched cancellations%1: %2 issued, %3 unchanged, %4 refused (more than the order "
                           "holds; listed as unmatched).\n")
                .arg(would)
                .arg(summary.refundsIssued)
                .arg(summary.refundsUnchanged)
                .arg(summary.refundsRefused);
    if (!unmatched.isEmpty()) {
        text += QStringLiteral("Unmatched cancellations:\n");
        for (const auto &[invoice, reason] : std::as_const(unmatched))
            text += QStringLiteral("  %1: %2\n").arg(invoice, reason);
    }
    if (!summary.refused.isEmpty()) {
        text += QStringLiteral("Orders the order service refused: %1\n").arg(summary.refused.size());
        for (const QString &r : summary.refused)
            text += QStringLiteral("  %1\n").arg(r);
    }
    return text;
}

RetailHistoryImporter::RetailHistoryImporter(Database &database, AuditActor actor)
    : m_database(database)
    , m_actor(std::move(actor))
{}

Domain::Result<RetailHistorySummary> RetailHistoryImporter::apply(const Domain::RetailHistoryPlan &plan,
                                                                  const Options &options)
{
    RetailHistorySummary summary;
    auto db = m_database.acquire();
    PgConnection &c = *db;

    // What earlier runs made, each in one query instead of a look-up per row.
    QHash<QString, qint64> customers; // email (lower case) → user id
    auto known = c.exec("SELECT lower(email), id FROM users WHERE lower(email) LIKE 'customer-%@retail.example'");
    if (!known)
        return fail(known.error().error);
    for (int i = 0; i < known->rows(); ++i)
        customers.insert(known->text(i, 0), known->toInt64(i, 1));
    QHash<QString, qint64> orders; // source reference → order id
    auto placed = c.exec("SELECT source_reference, id FROM orders WHERE source_reference LIKE 'retail:%'");
    if (!placed)
        return fail(placed.error().error);
    for (int i = 0; i < placed->rows(); ++i)
        orders.insert(placed->text(i, 0), placed->toInt64(i, 1));
    QSet<QString> recorded;
    auto cancelled = c.exec("SELECT invoice_no FROM retail_cancellations");
    if (!cancelled)
        return fail(cancelled.error().error);
    for (int i = 0; i < cancelled->rows(); ++i)
        recorded.insert(cancelled->text(i, 0));

    // Customers: one transaction, a plain insert each (no password: they cannot sign in).
    {
        QList<const Domain::RetailCustomer *> missing;
        for (const Domain::RetailCustomer &customer : plan.customers) {
            if (customers.contains(customer.email().toLower()))
                ++summary.customersUnchanged;
            else
                missing.append(&customer);
        }
        if (options.dryRun) {
            summary.customersCreated = missing.size();
        } else if (!missing.isEmpty()) {
            auto created = runInTransaction<QHash<QString, qint64>>(
                c, [&](PgConnection &tx) -> PgExpected<QHash<QString, qint64>> {
                    QHash<QString, qint64> ids;
                    for (const Domain::RetailCustomer *customer : std::as_const(missing)) {
                        const QJsonObject profile{{QStringLiteral("country"), customer->country},
                                                  {QStringLiteral("country_name"), customer->countryName},
                                                  {QStringLiteral("retail_customer_id"), customer->id}};
                        auto row = tx.exec("INSERT INTO users (email, name, roles, profile) VALUES ($1, $2, "
                                           "ARRAY['customer'], $3::jsonb) RETURNING id",
                                           {customer->email().toUtf8(), customer->name().toUtf8(),
                                            QJsonDocument(profile).toJson(QJsonDocument::Compact)});
                        if (!row)
                            return std::unexpected(row.error());
                        const qint64 id = row->toInt64(0, 0);
                        const QJsonObject after{{QStringLiteral("id"), QString::number(id)},
                                                {QStringLiteral("email"), customer->email()},
                                                {QStringLiteral("name"), customer->name()},
                                                {QStringLiteral("roles"), QJsonArray{QStringLiteral("customer")}},
                                                {QStringLiteral("profile"), profile}};
                        if (auto a = AuditLog::record(tx, m_actor, {QStringLiteral("user.create"), QStringLiteral("user"),
                                                                    QString::number(id), std::nullopt, after});
                            !a)
                            return std::unexpected(a.error());
                        ids.insert(customer->email().toLower(), id);
                    }
                    return ids;
                });
            if (!created)
                return fail(created.error());
            customers.insert(*created);
            summary.customersCreated = created->size();
        }
    }

    // Orders, in batches.
    const qsizetype total = plan.orders.size();
    qsizetype done = 0;
    std::optional<Transaction> batch;
    QHash<QString, qint64> pendingOrders;
    qsizetype pendingCreated = 0;
    int inBatch = 0;
    const auto commitBatch = [&]() -> Domain::Status {
        if (batch) {
            if (auto committed = batch->commit(); !committed)
                return fail(committed.error().error);
            batch.reset();
        }
        orders.insert(pendingOrders);
        pendingOrders.clear();
        summary.ordersCreated += pendingCreated;
        pendingCreated = 0;
        done += inBatch;
        inBatch = 0;
        if (options.progress && !options.dryRun)
            options.progress(done, total);
        return {};
    };
    for (const Domain::RetailInvoice &invoice : plan.orders) {
        ++inBatch;
        const QString reference = sourceReference(invoice.invoiceNo);
        if (orders.contains(reference)) {
            ++summary.ordersUnchanged;
        } else if (options.dryRun) {
            ++pendingCreated;
        } else {
            if (!batch) {
                batch.emplace(c);
                if (auto begun = batch->begin(); !begun)
                    return fail(begun.error().error);
            }
            std::optional<qint64> customerId;
            if (!invoice.customerId.isEmpty())
                customerId = customers.value(Domain::retailCustomerEmail(invoice.customerId).toLower());
            auto created = OrderService::createOrder(c, newOrder(invoice, customerId), m_actor);
            if (created) {
                ++pendingCreated;
                pendingOrders.insert(reference, created->id);
            } else if (isDatabaseFailure(created.error().error)) {
                return fail(created.error().error); // the open batch rolls back with `batch`
            } else {
                summary.refused.append(QStringLiteral("invoice %1 (line %2): %3")
                                           .arg(invoice.invoiceNo)
                                           .arg(invoice.firstLine)
                                           .arg(describeError(created.error().error)));
            }
        }
        if (inBatch >= options.batchSize) {
            if (auto committed = commitBatch(); !committed)
                return fail(committed.error());
        }
    }
    if (auto committed = commitBatch(); !committed)
        return fail(committed.error());

    // Cancellations and their matches, for the refunds to be made of them.
    QList<qsizetype> missing;
    for (qsizetype i = 0; i < plan.cancellations.size(); ++i) {
        if (recorded.contains(plan.cancellations[i].invoiceNo))
            ++summary.cancellationsUnchanged;
        else
            missing.append(i);
    }
    if (options.dryRun) {
        summary.cancellationsRecorded = missing.size();
        for (qsizetype i = 0; i < plan.matches.size(); ++i)
            if (!plan.matches[i].orderInvoice.isEmpty() && !recorded.contains(plan.matches[i].invoiceNo))
                ++summary.refundsIssued;
        return summary;
    }
    if (!missing.isEmpty()) {
        if (auto done = recordCancellations(c, plan, missing, customers, orders, summary); !done)
            return fail(done.error());
    }
    if (auto done = refundCancellations(c, options.batchSize, summary); !done)
        return fail(done.error());

    // What is unmatched now, refunds refused included, as the database holds it.
    QSet<QString> inPlan;
    for (const Domain::RetailInvoice &cancel : plan.cancellations)
        inPlan.insert(cancel.invoiceNo);
    auto unmatched = c.exec("SELECT invoice_no, unmatched_reason FROM retail_cancellations WHERE order_id IS NULL "
                            "ORDER BY cancelled_at, invoice_no");
    if (!unmatched)
        return fail(unmatched.error().error);
    summary.unmatched.emplace();
    for (int i = 0; i < unmatched->rows(); ++i)
        if (inPlan.contains(unmatched->text(i, 0)))
            summary.unmatched->append({unmatched->text(i, 0), unmatched->text(i, 1)});
    return summary;
}

Domain::Status RetailHistoryImporter::recordCancellations(PgConnection &c, const Domain::RetailHistoryPlan &plan,
                                                          const QList<qsizetype> &missing,
                                                          const QHash<QString, qint64> &customers,
                                                          const QHash<QString, qint64> &orders, RetailHistorySummary &summary)
{
    auto written = runInTransaction<qsizetype>(c, [&](PgConnection &tx) -> PgExpected<qsizetype> {
        qsizetype count = 0;
        for (qsizetype i : std::as_const(missing)) {
            const Domain::RetailInvoice &cancel = plan.cancellations[i];
            const Domain::RetailCancellationMatch &match = plan.matches[i];
            QJsonArray lines;
            for (const Domain::RetailOrderLine &l : cancel.lines)
                lines.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                         {QStringLiteral("quantity"), l.quantity},
                                         {QStringLiteral("amount"), l.amount}});
            std::optional<QByteArray> customerId;
            if (!cancel.customerId.isEmpty()) {
                if (auto id = customers.constFind(Domain::retailCustomerEmail(cancel.customerId).toLower());
                    id != customers.constEnd())
                    customerId = intParam(*id);
            }
            std::optional<QByteArray> orderId;
            QString reason = match.reason;
            if (!match.orderInvoice.isEmpty()) {
                if (auto id = orders.constFind(sourceReference(match.orderInvoice)); id != orders.constEnd())
                    orderId = intParam(*id);
                else
                    reason = QStringLiteral("the order of invoice %1 was not imported").arg(match.orderInvoice);
            }
            auto row = tx.exec(
                "INSERT INTO retail_cancellations (invoice_no, cancelled_at, customer_id, order_id, order_invoice, "
                "unmatched_reason, currency, lines, lines_amount, shipping_amount, discount_amount, fees_amount) "
                "VALUES ($1, $2::timestamptz, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12) "
                "ON CONFLICT (invoice_no) DO NOTHING",
                {cancel.invoiceNo.toUtf8(), cancel.placedAt.toUTC().toString(Qt::ISODate).toLatin1(), customerId, orderId,
                 orderId ? match.orderInvoice.toUtf8() : QByteArray(), reason.toUtf8(), currency().toUtf8(),
                 QJsonDocument(lines).toJson(QJsonDocument::Compact), intParam(cancel.subtotal()), intParam(cancel.shipping),
                 intParam(cancel.discount), intParam(cancel.fees)});
            if (!row)
                return std::unexpected(row.error());
            count += row->affected();
        }
        return count;
    });
    if (!written)
        return fail(written.error());
    summary.cancellationsRecorded = *written;
    return {};
}

Domain::Status RetailHistoryImporter::refundCancellations(PgConnection &c, int batchSize, RetailHistorySummary &summary)
{
    auto made = c.exec("SELECT count(*) FROM retail_cancellations WHERE refund_id IS NOT NULL");
    if (!made)
        return fail(made.error().error);
    summary.refundsUnchanged = made->toInt64(0, 0);
    // Matched and not yet a refund: this run's, and those of runs from before cancellations became refunds.
    auto due = c.exec("SELECT invoice_no, order_id, order_invoice, (extract(epoch FROM cancelled_at) * 1000)::bigint, lines, "
                      "shipping_amount, discount_amount, fees_amount FROM retail_cancellations "
                      "WHERE order_id IS NOT NULL AND refund_id IS NULL ORDER BY cancelled_at, invoice_no");
    if (!due)
        return fail(due.error().error);
    for (int from = 0; from < due->rows(); from += std::max(batchSize, 1)) {
        const int to = std::min(due->rows(), from + std::max(batchSize, 1));
        qsizetype issued = 0, refused = 0;
        auto done = runInTransaction<void>(c, [&](PgConnection &tx) -> PgExpected<void> {
            issued = refused = 0;
            for (int i = from; i < to; ++i) {
                const QString invoice = due->text(i, 0);
                ImportedRefund refund;
                for (const QJsonValue &v : QJsonDocument::fromJson(due->value(i, 4).toByteArray()).array()) {
                    const QJsonObject l = v.toObject();
                    refund.lines.append({l.value(QStringLiteral("sku")).toString(),
                                         l.value(QStringLiteral("quantity")).toInteger(),
                                         l.value(QStringLiteral("amount")).toInteger()});
                }
                refund.shipping = due->toInt64(i, 5);
                refund.discount = due->toInt64(i, 6);
                refund.fees = due->toInt64(i, 7);
                refund.at = QDateTime::fromMSecsSinceEpoch(due->toInt64(i, 3), Qt::UTC);
                refund.note = QStringLiteral("cancellation invoice %1").arg(invoice);
                // A savepoint: a refused refund leaves the rest of the batch alone.
                auto stored = runInTransaction<StoredRefund>(tx, [&](PgConnection &sp) {
                    return RefundService::recordImported(sp, due->toInt64(i, 1), refund, m_actor);
                });
                if (!stored && isDatabaseFailure(stored.error()))
                    return refuse(stored.error());
                PgExpected<PgResult> mark = stored
                    ? tx.exec("UPDATE retail_cancellations SET refund_id = $2 WHERE invoice_no = $1",
                              {invoice.toUtf8(), intParam(stored->id)})
                    : tx.exec("UPDATE retail_cancellations SET order_id = NULL, order_invoice = '', unmatched_reason = $2 "
                              "WHERE invoice_no = $1",
                              {invoice.toUtf8(),
                               QStringLiteral("not refunded from the order of invoice %1: %2")
                                   .arg(due->text(i, 2), describeError(stored.error()))
                                   .toUtf8()});
                if (!mark)
                    return std::unexpected(mark.error());
                ++(stored ? issued : refused);
            }
            return {};
        });
        if (!done)
            return fail(done.error());
        summary.refundsIssued += issued;
        summary.refundsRefused += refused;
    }
    return {};
}

} // namespace Backroom::Server
