// SPDX-License-Identifier: MIT
#include "server/routes/reportroutes.h"

#include "server/gateway/requestcontext.h"

namespace Backroom::Server {

using Domain::Error;
using Domain::Permission;

namespace {
QString param(const RequestContext &c, const char *name)
{
    return c.query().queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).trimmed();
}

// The range every report takes, and with it every other problem of the query at once.
Domain::Result<Domain::ReportRange> rangeOf(const RequestContext &c, QList<Domain::FieldError> more = {})
{
    auto range = Domain::parseReportRange(param(c, "from"), param(c, "to"), param(c, "interval"),
                                          QDateTime::currentDateTimeUtc().date());
    if (range && more.isEmpty())
        return range;
    QList<Domain::FieldError> errors = range ? QList<Domain::FieldError>{} : range.error().fields;
    errors += more;
    return Domain::fail(Error::validation(QStringLiteral("Some of the report's parameters are not valid; see 'errors'."),
                                          errors));
}

struct TopQuery {
    ReportService::TopBy by = ReportService::TopBy::Revenue;
    int limit = 10;
};
QList<Domain::FieldError> readTop(const RequestContext &c, TopQuery &q)
{
    QList<Domain::FieldError> errors;
    const QString by = param(c, "by");
    if (by == u"units")
        q.by = ReportService::TopBy::Units;
    else if (!by.isEmpty() && by != u"revenue")
        errors.append({QStringLiteral("by"), QStringLiteral("must be units or revenue")});
    if (const QString limit = param(c, "limit"); !limit.isEmpty()) {
        bool ok = false;
        q.limit = limit.toInt(&ok);
        if (!ok || q.limit < 1 || q.limit > 100)
            errors.append({QStringLiteral("limit"), QStringLiteral("must be a whole number from 1 to 100")});
    }
    return errors;
}

bool wantsCsv(const RequestContext &c)
{
    return c.request().header("Accept").toLower().contains("text/csv");
}

HttpResponse tableResponse(const RequestContext &c, const Domain::Result<ReportTable> &table, const char *name)
{
    if (!table)
        return HttpResponse::fromError(table.error());
    HttpResponse r = wantsCsv(c) ? HttpResponse::text(200, table->toCsv(), "text/csv; charset=utf-8")
                                 : HttpResponse::json(200, table->toJson());
    if (wantsCsv(c))
        r.setHeader("Content-Disposition", QByteArray("attachment; filename=\"") + name + ".csv\"");
    r.setHeader("Cache-Control", "no-store");
    r.setHeader("Vary", "Accept");
    return r;
}
} // namespace

void ReportRoutes::registerOn(Router &router)
{
    router.add({"GET", "/api/v1/reports/sales", Permission::ReportsRead, false, [this](RequestContext &c) {
                    auto range = rangeOf(c);
                    if (!range)
                        return HttpResponse::fromError(range.error());
                    return tableResponse(c, m_reports.sales(*range, param(c, "currency")), "sales");
                }});
    router.add({"GET", "/api/v1/reports/top-products", Permission::ReportsRead, false, [this](RequestContext &c) {
                    TopQuery q;
                    auto range = rangeOf(c, readTop(c, q));
                    if (!range)
                        return HttpResponse::fromError(range.error());
                    return tableResponse(c, m_reports.topProducts(*range, q.by, q.limit, param(c, "currency")), "top-products");
                }});
    router.add({"GET", "/api/v1/reports/top-categories", Permission::ReportsRead, false, [this](RequestContext &c) {
                    TopQuery q;
                    auto range = rangeOf(c, readTop(c, q));
                    if (!range)
                        return HttpResponse::fromError(range.error());
                    return tableResponse(c, m_reports.topCategories(*range, q.by, q.limit, param(c, "currency")),
                                         "top-categories");
                }});
    router.add({"GET", "/api/v1/reports/refunds", Permission::ReportsRead, false, [this](RequestContext &c) {
                    auto range = rangeOf(c);
                    if (!range)
                        return HttpResponse::fromError(range.error());
                    return tableResponse(c, m_reports.refunds(*range, param(c, "currency")), "refunds");
                }});
    router.add({"GET", "/api/v1/reports/orders-by-state", Permission::ReportsRead, false, [this](RequestContext &c) {
                    auto range = rangeOf(c);
                    if (!range)
                        return HttpResponse::fromError(range.error());
                    return tableResponse(c, m_reports.ordersByState(*range), "orders-by-state");
                }});
    router.add({"GET", "/api/v1/reports/fulfilment", Permission::ReportsRead, false, [this](RequestContext &c) {
                    auto range = rangeOf(c);
                    if (!range)
                        return HttpResponse::fromError(range.error());
                    return tableResponse(c, m_reports.fulfilment(*range), "fulfilment");
                }});
    router.add({"GET", "/api/v1/reports/stock-value", Permission::ReportsRead, false, [this](RequestContext &c) {
                    return tableResponse(c, m_reports.stockValue(), "stock-value");
                }});
    // A forecast per low SKU reads its sales history: slower than the others, so off the I/O thread.
    router.add({"GET", "/api/v1/reports/stockouts", Permission::ReportsRead, false,
                [this](RequestContext &c) {
                    return tableResponse(c, m_reports.stockouts(QDateTime::currentDateTimeUtc().date()), "stockouts");
                },
                Execution::Worker});
    router.add({"GET", "/api/v1/reports/attention", Permission::ReportsRead, false, [this](RequestContext &) {
                    auto counts = m_reports.attention(QDateTime::currentDateTimeUtc());
                    if (!counts)
                        return HttpResponse::fromError(counts.error());
                    HttpResponse r = HttpResponse::json(200, *counts);
                    r.setHeader("Cache-Control", "no-store");
                    return r;
                }});
}

} // namespace Backroom::Server
