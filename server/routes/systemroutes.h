// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/router.h"

namespace Backroom::Server {

class Database;

// Operational routes: liveness, readiness (database reachable, schema known), Prometheus metrics, the
// OpenAPI document, and the applied schema migrations.
class SystemRoutes {
public:
    // metricsText renders /metrics; it is a function because the metrics are sized by the finished router.
    SystemRoutes(Database &database, std::function<QByteArray()> metricsText, int schemaVersion);
    void registerOn(Router &router);

private:
    HttpResponse readiness() const;
    HttpResponse migrations() const;
    HttpResponse migration(const QString &version) const;

    Database &m_database;
    std::function<QByteArray()> m_metricsText;
    int m_schemaVersion;
};

} // namespace Backroom::Server
