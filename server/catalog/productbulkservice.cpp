// SPDX-License-Identifier: MIT
#include "server/catalog/productbulkservice.h"

#include "server/store/database.h"
#include "server/store/transaction.h"

#include <QJsonArray>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

namespace {
constexpr int batchSize = 500;
constexpr int progressEvery = 250;

ProductFilter filterOf(const Domain::BulkSelection &selection)
{
    ProductFilter filter;
    filter.text = selection.text;
    filter.status = selection.status ? Domain::productStatusName(*selection.status) : QString();
    filter.categoryId = selection.categoryId;
    filter.price = selection.price;
    filter.priceCurrency = selection.priceCurrency;
    filter.limit = batchSize;
    return filter;
}

// What a change touches of a product, as a preview shows it before and after.
QJsonObject snapshot(const Domain::Product &product)
{
    QJsonArray prices;
    for (const Domain::Variant &v : product.variants)
        prices.append(QJsonObject{{QStringLiteral("sku"), v.sku},
                                  {QStringLiteral("price"), v.price.toJson()},
                                  {QStringLiteral("compare_at_price"),
                                   v.compareAtPrice ? QJsonValue(v.compareAtPrice->toJson()) : QJsonValue()}});
    return {{QStringLiteral("status"), Domain::productStatusName(product.status)},
            {QStringLiteral("category_id"),
             product.primaryCategoryId.isEmpty() ? QJsonValue() : QJsonValue(product.primaryCategoryId)},
            {QStringLiteral("prices"), prices}};
}
} // namespace

struct ProductBulkService::Tally {
    qint64 matched = 0;
    qint64 changed = 0;
    qint64 unchanged = 0;
    QJsonArray changes;
    QJsonArray rejected;
    qint64 rejectedTotal = 0;

    void reject(qint64 id, const QString &title, const Error &error)
    {
        QList<Domain::FieldError> fields = error.fields;
        if (fields.isEmpty())
            fields.append({QString(), error.message});
        for (const Domain::FieldError &f : fields) {
            ++rejectedTotal;
            if (rejected.size() < reportedRejections)
                rejected.append(QJsonObject{{QStringLiteral("id"), QString::number(id)},
                                            {QStringLiteral("title"), title},
                                            {QStringLiteral("field"), f.field.isEmpty() ? QJsonValue() : QJsonValue(f.field)},
                                            {QStringLiteral("reason"), f.message}});
        }
    }
    QJsonObject rejectedJson(QJsonObject into) const
    {
        into.insert(QStringLiteral("rejected"), rejected);
        into.insert(QStringLiteral("rejected_total"), rejectedTotal);
        return into;
    }
};

Domain::Status ProductBulkService::forEachSelected(const Domain::BulkSelection &selection, Tally &tally,
                                                   const std::function<bool(const StoredProduct &)> &visit) const
{
    if (!selection.byFilter) {
        for (qint64 id : selection.ids) {
            auto stored = m_catalog.product(id);
            if (!stored && stored.error().code == Domain::ErrorCode::NotFound) {
                ++tally.matched;
                tally.reject(id, QString(), Error::notFound(QStringLiteral("There is no such product.")));
                continue;
            }
            if (!stored)
                return fail(stored.error());
            if (!visit(*stored))
                return {};
        }
        return {};
    }
    ProductFilter filter = filterOf(selection);
    for (;;) {
        auto batch = m_catalog.products(filter);
        if (!batch)
            return fail(batch.error());
        for (const StoredProduct &stored : std::as_const(batch->items)) {
            if (!visit(stored))
                return {};
        }
        if (!batch->next)
            return {};
        filter.after = batch->next;
    }
}

Domain::Result<qint64> ProductBulkService::check(const Domain::BulkRequest &request) const
{
    if (request.change.categoryId && !request.change.categoryId->isEmpty()) {
        auto category = m_catalog.category(request.change.categoryId->toLongLong());
        if (!category && category.error().code == Domain::ErrorCode::NotFound)
            return fail(Error::validation(QStringLiteral("The category to move the products to does not exist; choose one "
                                                         "from /api/v1/categories."),
                                          {{QStringLiteral("change.category"), QStringLiteral("names no category")}}));
        if (!category)
            return fail(category.error());
    }
    if (!request.selection.byFilter)
        return qint64(request.selection.ids.size());
    auto count = m_catalog.countProducts(filterOf(request.selection));
    if (!count)
        return fail(count.error());
    if (*count > Domain::BulkSelection::maxFiltered)
        return fail(Error::validation(
            QStringLiteral("The filter matches %1 products, more than the %2 one bulk change may touch; narrow it "
                           "(status, category, text, price range) and run the change in parts.")
                .arg(*count)
                .arg(Domain::BulkSelection::maxFiltered),
            {{QStringLiteral("selection.filter"), QStringLiteral("matches %1 products").arg(*count)}}));
    return *count;
}

Domain::Result<QJsonObject> ProductBulkService::preview(const Domain::BulkRequest &request) const
{
    Tally tally;
    auto visited = forEachSelected(request.selection, tally, [&](const StoredProduct &stored) {
        ++tally.matched;
        auto next = Domain::applyBulkChange(stored.product, request.change);
        if (!next)
            tally.reject(stored.id, stored.product.title, next.error());
        else if (*next == stored.product)
            ++tally.unchanged;
        else if (++tally.changed <= previewChanges)
            tally.changes.append(QJsonObject{{QStringLiteral("id"), QString::number(stored.id)},
                                             {QStringLiteral("title"), stored.product.title},
                                             {QStringLiteral("before"), snapshot(stored.product)},
                                             {QStringLiteral("after"), snapshot(*next)}});
        return true;
    });
    if (!visited)
        return fail(visited.error());
    return tally.rejectedJson({{QStringLiteral("matched"), tally.matched},
                               {QStringLiteral("changed"), tally.changed},
                               {QStringLiteral("changes"), tally.changes},
                               {QStringLiteral("unchanged"), tally.unchanged}});
}

JobOutcome ProductBulkService::apply(const Domain::BulkRequest &request, const QJsonObject &asked, JobContext &context)
{
    auto total = check(request); // the shop may have changed since the request was accepted
    if (!total)
        return {{}, total.error()};
    Tally tally;
    auto db = m_database.acquire();
    auto applied = runInTransaction<void>(*db, [&](PgConnection &c) -> PgExpected<void> {
        tally = Tally();
        context.progress(0, *total);
        std::optional<Error> stopped;
        auto visited = forEachSelected(request.selection, tally, [&](const StoredProduct &stored) {
            if (context.cancelled()) {
                stopped = Error::unavailable(QStringLiteral("The server is stopping."));
                return false;
            }
            ++tally.matched;
            auto next = Domain::applyBulkChange(stored.product, request.change);
            if (!next) {
                tally.reject(stored.id, stored.product.title, next.error());
            } else if (*next == stored.product) {
                ++tally.unchanged;
            } else if (tally.rejected.isEmpty()) {
                // Applied to the row as locked by the update, not the copy read before it.
                auto updated = m_catalog.updateProduct(
                    stored.id, [&](const Domain::Product &current) { return Domain::applyBulkChange(current, request.change); },
                    std::nullopt, std::nullopt, context.actor(), QStringLiteral("product.bulk_updated"));
                if (updated)
                    ++tally.changed;
                else if (updated.error().code == Domain::ErrorCode::Unavailable
                         || updated.error().code == Domain::ErrorCode::Internal) {
                    stopped = updated.error();
                    return false;
                } else {
                    tally.reject(stored.id, stored.product.title, updated.error());
                }
            }
            if (tally.matched % progressEvery == 0)
                context.progress(tally.matched, std::max(*total, tally.matched));
            return true;
        });
        if (!visited)
            return std::unexpected(PgError::refusal(visited.error()));
        if (stopped)
            return std::unexpected(PgError::refusal(*stopped));
        context.progress(tally.matched, tally.matched);
        if (tally.rejectedTotal > 0)
            return std::unexpected(PgError::refusal(Error::validation(
                QStringLiteral("%1 of the selected products would break a rule with this change, so nothing was "
                               "changed; leave them out or change the change, then run it again.")
                    .arg(tally.rejectedTotal))));
        QJsonObject summary = asked;
        summary.insert(QStringLiteral("changed"), tally.changed);
        summary.insert(QStringLiteral("unchanged"), tally.unchanged);
        return AuditLog::record(c, context.actor(), {QStringLiteral("product.bulk"), QStringLiteral("job"),
                                                     QString::number(context.jobId()), std::nullopt, summary});
    });
    if (!applied) {
        if (tally.rejectedTotal > 0)
            return {tally.rejectedJson({{QStringLiteral("changed"), 0}, {QStringLiteral("unchanged"), tally.unchanged}}),
                    applied.error()};
        return {{}, applied.error()};
    }
    return {{{QStringLiteral("changed"), tally.changed}, {QStringLiteral("unchanged"), tally.unchanged}}, std::nullopt};
}

} // namespace Backroom::Server
