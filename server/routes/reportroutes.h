// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/router.h"
#include "server/reports/reportservice.h"

namespace Backroom::Server {

// The reports (ReportsRead): sales over time, top products and categories, refunds by reason, orders by
// state, fulfilment lead times, stock value and stockouts, and the dashboard's attention counts. Each
// answers JSON, or CSV of the same rows with `Accept: text/csv`.
class ReportRoutes {
public:
    ReportRoutes(Database &database, ReportService::Options options) : m_reports(database, options) {}
    void registerOn(Router &router);

private:
    ReportService m_reports;
};

} // namespace Backroom::Server
