// SPDX-License-Identifier: MIT
#include "server/routes/jobroutes.h"

#include "server/catalog/productsearch.h"
#include "server/gateway/requestcontext.h"
#include "server/routes/catalogroutes.h"

#include <QDateTime>
#include <QDir>

namespace Backroom::Server {

using Domain::Error;
using Domain::Permission;

namespace {
HttpResponse noSuchJob()
{
    return HttpResponse::fromError(Error::notFound(
        QStringLiteral("There is no such job; a job is visible to whoever started it and to admins.")));
}

HttpResponse jobAccepted(const StoredJob &job)
{
    HttpResponse r = HttpResponse::json(202, job.toJson());
    r.setHeader("Location", "/api/v1/jobs/" + QByteArray::number(job.id));
    r.setHeader("Cache-Control", "no-store");
    return r;
}

bool isCsv(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "text/csv";
}
} // namespace

void JobRoutes::registerOn(Router &router)
{
    router.add({"GET", "/api/v1/jobs/{id}", Permission::CatalogWrite, false, [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchJob();
                    auto job = m_jobs.find(*id);
                    if (!job)
                        return HttpResponse::fromError(job.error());
                    // Someone else's job does not exist for the caller, exactly like a missing one.
                    const Principal &caller = *c.principal();
                    if (job->createdBy != caller.userId && !caller.roles.contains(Domain::Role::Admin))
                        return noSuchJob();
                    HttpResponse r = HttpResponse::json(200, job->toJson());
                    r.setHeader("Cache-Control", "no-store");
                    return r;
                }});

    router.add({"POST", "/api/v1/products/bulk", Permission::CatalogWrite, true,
                [this](RequestContext &c) {
                    const QJsonObject body = c.body().object();
                    auto request = Domain::bulkRequestFromJson(body, shopCurrency);
                    if (!request)
                        return HttpResponse::fromError(request.error());
                    auto selected = m_bulk.check(*request);
                    if (!selected)
                        return HttpResponse::fromError(selected.error());
                    if (request->dryRun) {
                        auto preview = m_bulk.preview(*request);
                        if (!preview)
                            return HttpResponse::fromError(preview.error());
                        HttpResponse r = HttpResponse::json(200, *preview);
                        r.setHeader("Cache-Control", "no-store");
                        return r;
                    }
                    auto job = m_jobs.submit({QStringLiteral("product_bulk"), false, body, AuditActor::of(c), *selected},
                                             [this, request = *request, body](JobContext &context) {
                                                 return m_bulk.apply(request, body, context);
                                             });
                    if (!job)
                        return HttpResponse::fromError(job.error());
                    return jobAccepted(*job);
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional});

    router.add({"POST", "/api/v1/products/import", Permission::CatalogWrite, false,
                [this](RequestContext &c) {
                    const QString dryRunText = c.query().queryItemValue(QStringLiteral("dry_run"));
                    if (!dryRunText.isEmpty() && dryRunText != u"true" && dryRunText != u"false")
                        return HttpResponse::fromError(Error::validation(
                            QStringLiteral("dry_run must be true or false."),
                            {{QStringLiteral("dry_run"), QStringLiteral("must be true or false")}}));
                    const bool dryRun = dryRunText == u"true";
                    if (!isCsv(c.request().header("Content-Type")))
                        return HttpResponse::problem(415, QStringLiteral("unsupported-media-type"),
                                                     QStringLiteral("Send the file as 'Content-Type: text/csv' (UTF-8)."));
                    const QByteArray csv = c.request().body;
                    Domain::CsvReader reader(csv);
                    const auto header = reader.next();
                    if (!header)
                        return HttpResponse::fromError(Error::validation(
                            QStringLiteral("The file is empty; it needs a header row naming the columns and a row per "
                                           "variant. An export is a good start.")));
                    if (auto columns = Domain::ProductCsv::readHeader(*header); !columns)
                        return HttpResponse::fromError(columns.error());
                    auto job = m_jobs.submit({QStringLiteral("product_import"), dryRun,
                                              QJsonObject{{QStringLiteral("bytes"), csv.size()}}, AuditActor::of(c), 0},
                                             [this, csv, dryRun](JobContext &context) {
                                                 return m_csv.import(csv, dryRun, context);
                                             });
                    if (!job)
                        return HttpResponse::fromError(job.error());
                    return jobAccepted(*job);
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional, m_maxImportBytes});

    router.add({"GET", "/api/v1/products/export", Permission::CatalogWrite, false,
                [this](RequestContext &c) {
                    auto filter = productListFilter(c.query());
                    if (!filter)
                        return HttpResponse::fromError(filter.error());
                    auto path = m_csv.exportToFile(*filter, QDir::tempPath());
                    if (!path)
                        return HttpResponse::fromError(path.error());
                    HttpResponse r = HttpResponse::file(200, *path, "text/csv; charset=utf-8", true);
                    r.setHeader("Content-Disposition", "attachment; filename=\"products-"
                                    + QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate).toLatin1() + ".csv\"");
                    r.setHeader("Cache-Control", "no-store");
                    return r;
                },
                Execution::Worker});
}

} // namespace Backroom::Server
