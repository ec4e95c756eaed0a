// SPDX-License-Identifier: MIT
#pragma once

#include "domain/bulkchange.h"
#include "server/catalog/catalogservice.h"
#include "server/jobs/jobrunner.h"

namespace Backroom::Server {

// Bulk changes of products (price, status, category) for a list of ids or a staff list filter: a preview
// that changes nothing, and the job that applies the change to every product in one transaction or to none.
class ProductBulkService {
public:
    static constexpr int previewChanges = 100;   // changes a preview lists
    static constexpr int reportedRejections = 1000;

    explicit ProductBulkService(Database &database) : m_database(database), m_catalog(database) {}

    // What the request selects as the shop stands: Validation naming "change.category" for a category that
    // does not exist, "selection.filter" for a filter that matches more than BulkSelection::maxFiltered.
    // Returns the number of products selected (ids that name no product included: they are reported).
    Domain::Result<qint64> check(const Domain::BulkRequest &request) const;

    // {"matched", "changes": [first 100 {"id", "title", "before", "after"}], "unchanged",
    //  "rejected": [{"id", "title", "field", "reason"}] (first 1,000), "rejected_total"}. Writes nothing.
    Domain::Result<QJsonObject> preview(const Domain::BulkRequest &request) const;

    // The job: re-reads the selection and applies the change in one transaction on this thread's connection;
    // one audit entry per product changed ("product.bulk_updated") and a "product.bulk" summary, events as
    // any product update writes them. Any product the change would break fails the job with the rejected
    // list, and nothing is changed. Result: {"changed", "unchanged"}.
    JobOutcome apply(const Domain::BulkRequest &request, const QJsonObject &asked, JobContext &context);

private:
    struct Tally;
    // Calls visit for every selected product in id order (ids selection: in the order given); missing ids are
    // reported as rejected. Stops early when visit returns false.
    Domain::Status forEachSelected(const Domain::BulkSelection &selection, Tally &tally,
                                   const std::function<bool(const StoredProduct &)> &visit) const;

    Database &m_database;
    CatalogService m_catalog;
};

} // namespace Backroom::Server
