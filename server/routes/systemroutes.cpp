// SPDX-License-Identifier: MIT
#include "server/routes/systemroutes.h"

#include "server/gateway/requestcontext.h"
#include "server/store/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace Backroom::Server {

namespace {
QJsonObject migrationJson(const PgResult &rows, int row)
{
    return QJsonObject{{QStringLiteral("version"), rows.toInt64(row, 0)},
                       {QStringLiteral("name"), rows.text(row, 1)},
                       {QStringLiteral("checksum"), rows.text(row, 2)},
                       {QStringLiteral("applied_at"), rows.text(row, 3)}};
}

} // namespace

SystemRoutes::SystemRoutes(Database &database, std::function<QByteArray()> metricsText, int schemaVersion)
    : m_database(database)
    , m_metricsText(std::move(metricsText))
    , m_schemaVersion(schemaVersion)
{
}

void SystemRoutes::registerOn(Router &router)
{
    // Probes and scrapers call these constantly from a few addresses: never rate limited.
    router.add({"GET", "/healthz", Domain::Permission::Public, false,
                [](RequestContext &) {
                    return HttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
                },
                Execution::IoThread, {}});
    router.add({"GET", "/readyz", Domain::Permission::Public, false, [this](RequestContext &) { return readiness(); },
                Execution::IoThread, {}});
    router.add({"GET", "/metrics", Domain::Permission::Public, false,
                [this](RequestContext &) {
                    return HttpResponse::text(200, m_metricsText(), "text/plain; version=0.0.4; charset=utf-8");
                },
                Execution::IoThread, {}});
    router.add({"GET", "/api/v1/openapi.json", Domain::Permission::Public, false, [](RequestContext &) {
                    static const QByteArray document = [] {
                        QFile f(QStringLiteral(":/openapi.json"));
                        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                    }();
                    HttpResponse r{200, {{"Content-Type", "application/json"}}, document};
                    r.setHeader("Cache-Control", "public, max-age=300");
                    return r;
                }});
    router.add({"GET", "/api/v1/system/migrations", Domain::Permission::SystemManage, false,
                [this](RequestContext &) { return migrations(); }});
    router.add({"GET", "/api/v1/system/migrations/{version}", Domain::Permission::SystemManage, false,
                [this](RequestContext &c) { return migration(c.param(QStringLiteral("version"))); }});
}

HttpResponse SystemRoutes::readiness() const
{
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT COALESCE(max(version), 0) FROM backroom_schema_migrations");
    if (!rows)
        return HttpResponse::problem(503, QStringLiteral("unavailable"),
                                     QStringLiteral("The database is not reachable (%1); the server keeps trying "
                                                    "to reconnect.")
                                         .arg(rows.error().serverMessage.isEmpty() ? rows.error().error.message
                                                                                   : rows.error().serverMessage));
    const int version = int(rows->toInt64(0, 0));
    if (version > m_schemaVersion)
        return HttpResponse::problem(503, QStringLiteral("unavailable"),
                                     QStringLiteral("The database schema (version %1) is newer than this server "
                                                    "understands (%2); upgrade this server.")
                                         .arg(version)
                                         .arg(m_schemaVersion));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")},
                                               {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                                               {QStringLiteral("schema_version"), version}});
}

HttpResponse SystemRoutes::migrations() const
{
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT version, name, checksum, applied_at FROM backroom_schema_migrations ORDER BY version");
    if (!rows)
        return HttpResponse::fromError(rows.error().error);
    QJsonArray items;
    for (int i = 0; i < rows->rows(); ++i)
        items.append(migrationJson(*rows, i));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

HttpResponse SystemRoutes::migration(const QString &version) const
{
    bool ok = false;
    const int number = version.toInt(&ok);
    if (!ok || number <= 0)
        return HttpResponse::problem(400, QStringLiteral("validation"),
                                     QStringLiteral("The migration version must be a positive whole number."),
                                     {{QStringLiteral("version"), QStringLiteral("not a positive integer")}});
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT version, name, checksum, applied_at FROM backroom_schema_migrations WHERE version = $1",
                         {QByteArray::number(number)});
    if (!rows)
        return HttpResponse::fromError(rows.error().error);
    if (rows->rows() == 0)
        return HttpResponse::problem(404, QStringLiteral("not-found"),
                                     QStringLiteral("No migration %1 has been applied to this database.").arg(number));
    return HttpResponse::json(200, migrationJson(*rows, 0));
}

} // namespace Backroom::Server
