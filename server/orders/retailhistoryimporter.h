// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "domain/retailhistory.h"
#include "server/audit/auditlog.h"

#include <QHash>
#include <functional>
#include <optional>

namespace Backroom::Server {

class Database;
class PgConnection;

struct RetailHistorySummary {
    qsizetype customersCreated = 0;
    qsizetype customersUnchanged = 0; // imported before
    qsizetype ordersCreated = 0;
    qsizetype ordersUnchanged = 0;
    qsizetype cancellationsRecorded = 0;
    qsizetype cancellationsUnchanged = 0;
    qsizetype refundsIssued = 0;    // matched cancellations made refunds of their orders by this run
    qsizetype refundsUnchanged = 0; // made by earlier runs
    qsizetype refundsRefused = 0;   // the order did not hold them: now unmatched, with the reason
    // After a real run, the plan's cancellations that are unmatched as the database holds them (those whose
    // refund was refused included), in time order: invoice and reason. Unset on a dry run: the plan's matches.
    std::optional<QList<std::pair<QString, QString>>> unmatched;
    QStringList refused; // "invoice 536365: why" for orders the order service refused
};

// The summary as `import-retail` prints it after the catalog's: customers, orders, invoices that are not
// orders, rows on no order, cancellations matched and every one that could not be matched, with its reason.
QString describeRetailHistory(const Domain::RetailHistoryPlan &plan, const RetailHistorySummary &summary, bool dryRun);

// Writes a retail history plan: the customers (users with the customer role, no password so they cannot
// sign in, the synthetic email retailCustomerEmail and their country in the profile), one delivered order
// per invoice through OrderService::createOrder (so each emits OrderPlaced with the invoice date as
// placed_at; sourceReference "retail:<invoice>"), then one retail_cancellations row per cancellation
// invoice with the order it was matched to (or why none), then a refund of each matched one through
// RefundService::recordImported (kind import, no provider, no restock; on the cancellation's date). One the
// order cannot hold (more than remains of it) is not refunded: it becomes unmatched, with the reason.
//
// Idempotent: customers are found by email, orders by source reference, cancellations by invoice number;
// what exists is counted as unchanged and not written again. Orders are written in batches of batchSize,
// each batch one transaction; a database failure ends the import with the error (earlier batches stay, and
// running again completes it). Call from one thread: it uses that thread's connection of database.
class RetailHistoryImporter {
public:
    struct Options {
        bool dryRun = false;
        int batchSize = 200;
        // Called after each committed batch of orders with the orders handled so far and the total.
        std::function<void(qsizetype done, qsizetype total)> progress;
    };

    RetailHistoryImporter(Database &database, AuditActor actor);

    Domain::Result<RetailHistorySummary> apply(const Domain::RetailHistoryPlan &plan, const Options &options);

private:
    Domain::Status recordCancellations(PgConnection &c, const Domain::RetailHistoryPlan &plan, const QList<qsizetype> &missing,
                                       const QHash<QString, qint64> &customers, const QHash<QString, qint64> &orders,
                                       RetailHistorySummary &summary);
    Domain::Status refundCancellations(PgConnection &c, int batchSize, RetailHistorySummary &summary);

    Database &m_database;
    AuditActor m_actor;
};

} // namespace Backroom::Server
