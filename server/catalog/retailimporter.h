// SPDX-License-Identifier: MIT
#pragma once

#include "domain/retailimport.h"
#include "server/audit/auditlog.h"

#include <functional>

namespace Backroom::Server {

class CatalogService;
class Database;

// The bytes of a retail file: gzip-compressed (recognised by its magic bytes, not its name) or plain.
// Validation error, naming the file, when it cannot be read, is corrupt or decompresses beyond maxBytes.
Domain::Result<QByteArray> readRetailFile(const QString &path, qint64 maxBytes = qint64(1) << 30);

// Writes every rejected row as CSV "line,reason" (with a header line). Internal error when the file cannot
// be written; an existing file is replaced only once the new one is complete.
Domain::Status writeRetailRejections(const QString &path, const QList<Domain::RetailRejectedRow> &rows);

struct RetailImportSummary {
    qsizetype created = 0;
    qsizetype updated = 0;
    qsizetype unchanged = 0;
    qsizetype categoriesCreated = 0;
    QStringList refused; // "SKU: why" for products the catalog refused (a SKU taken meanwhile, …)
};

// The summary as `import-retail` prints it: rows read/used/rejected, counts per reason, the first
// shownRejections rejected rows, products created/updated/unchanged, categories created, refusals.
QString describeRetailImport(const Domain::RetailImportPlan &plan, const RetailImportSummary &summary, bool dryRun,
                             qsizetype shownRejections);

// Applies a retail import plan to the catalog through CatalogService, so every write passes the same rules
// and records the same audit entries and outbox events as one made in the desktop app. Categories are found
// by name under their parent (case and surrounding spaces ignored) or created; products are found by SKU
// (ignoring case). New products are created active; a stored product is merged (mergeRetailProduct) and
// written only when that changes something, so importing the same file again writes nothing.
//
// Products are written in batches of batchSize, each batch one transaction (each product a savepoint inside
// it): a product the catalog refuses is listed and skipped; a database failure rolls its batch back and ends
// the import with the error (batches before it stay, and running again completes the import).
// Call from one thread: it uses that thread's connection of database, which must be the catalog's.
class RetailImporter {
public:
    struct Options {
        bool dryRun = false; // compute the summary, write nothing
        int batchSize = 250;
        // Called after each committed batch with the products handled so far and the total.
        std::function<void(qsizetype done, qsizetype total)> progress;
    };

    RetailImporter(Database &database, CatalogService &catalog, AuditActor actor);

    Domain::Result<RetailImportSummary> apply(const Domain::RetailImportPlan &plan, const Options &options);

private:
    Domain::Result<QMap<QStringList, QString>> ensureCategories(const Domain::RetailImportPlan &plan, bool dryRun,
                                                                RetailImportSummary &summary);

    Database &m_database;
    CatalogService &m_catalog;
    AuditActor m_actor;
};

} // namespace Backroom::Server
