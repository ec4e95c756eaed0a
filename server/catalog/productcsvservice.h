// SPDX-License-Identifier: MIT
#pragma once

#include "domain/productcsv.h"
#include "server/catalog/catalogservice.h"
#include "server/jobs/jobrunner.h"

namespace Backroom::Server {

// Products and variants as CSV (see Domain::ProductCsv): the export, written to a file batch by batch so
// memory stays bounded whatever the catalog's size, and the import job.
class ProductCsvService {
public:
    static constexpr int exportBatch = 1000;          // products per query
    static constexpr int reportedRejections = 100000; // rejected rows a result lists

    explicit ProductCsvService(Database &database) : m_database(database), m_catalog(database) {}

    // Writes the products the filter matches (after and limit ignored), one row per variant, to a new file
    // in directory, read in one snapshot; returns its path. The caller owns the file. Internal error when
    // the file cannot be written (it is removed).
    Domain::Result<QString> exportToFile(ProductFilter filter, const QString &directory) const;

    // The import job over a whole CSV text whose header readHeader accepted. Rows are grouped into products
    // (Domain::ProductCsv::plan); a group with product_id updates that product, one whose SKUs are already a
    // product's is that product, any other is created. A product equal to what is stored is left alone
    // (unchanged, its version kept). Every refused row is reported with line, column and reason.
    // Real run: every write in one transaction on this thread's connection; any refused row fails the job
    // and nothing is changed. Dry run: the same checks and counts, nothing written.
    // Result: {"rows", "created", "updated", "unchanged", "rejected": [{"line", "column", "reason"}] (first
    // 100,000), "rejected_total"}.
    JobOutcome import(const QByteArray &csv, bool dryRun, JobContext &context);

private:
    Database &m_database;
    CatalogService m_catalog;
};

} // namespace Backroom::Server
