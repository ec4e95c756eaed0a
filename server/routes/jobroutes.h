// SPDX-License-Identifier: MIT
#pragma once

#include "server/catalog/productbulkservice.h"
#include "server/catalog/productcsvservice.h"
#include "server/http/router.h"
#include "server/jobs/jobrunner.h"

namespace Backroom::Server {

// Background jobs and the catalog work that runs as one: bulk product changes, the product CSV import, and
// the CSV export (streamed from a temporary file, not a job).
class JobRoutes {
public:
    JobRoutes(Database &database, JobRunner &jobs, qsizetype maxImportBytes)
        : m_jobs(jobs)
        , m_bulk(database)
        , m_csv(database)
        , m_maxImportBytes(maxImportBytes)
    {
    }
    void registerOn(Router &router);

private:
    JobRunner &m_jobs;
    ProductBulkService m_bulk;
    ProductCsvService m_csv;
    qsizetype m_maxImportBytes;
};

} // namespace Backroom::Server
