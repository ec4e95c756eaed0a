// SPDX-License-Identifier: MIT
#include "server/catalog/productcsvservice.h"

#include "server/store/database.h"
#include "server/store/transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryFile>

#include <algorithm>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;
using Domain::ProductCsv::RowError;

namespace {
constexpr qsizetype readBatch = 1000;
constexpr int progressEvery = 250;
const QString skuColumn = QStringLiteral("sku");

struct ImportTally {
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    QList<RowError> rejected;
};

QJsonObject resultJson(qsizetype rows, const ImportTally &tally)
{
    QList<RowError> rejected = tally.rejected;
    std::stable_sort(rejected.begin(), rejected.end(), [](const RowError &a, const RowError &b) { return a.line < b.line; });
    QJsonArray list;
    for (qsizetype i = 0; i < rejected.size() && i < ProductCsvService::reportedRejections; ++i)
        list.append(QJsonObject{{QStringLiteral("line"), rejected[i].line},
                                {QStringLiteral("column"), rejected[i].column.isEmpty() ? QJsonValue() : QJsonValue(rejected[i].column)},
                                {QStringLiteral("reason"), rejected[i].reason}});
    return {{QStringLiteral("rows"), rows},
            {QStringLiteral("created"), tally.created},
            {QStringLiteral("updated"), tally.updated},
            {QStringLiteral("unchanged"), tally.unchanged},
            {QStringLiteral("rejected"), list},
            {QStringLiteral("rejected_total"), rejected.size()}};
}
} // namespace

Domain::Result<QString> ProductCsvService::exportToFile(ProductFilter filter, const QString &directory) const
{
    QTemporaryFile file(directory + QStringLiteral("/backroom-export-XXXXXX.csv"));
    file.setAutoRemove(false);
    const auto cannotWrite = [&] {
        file.remove();
        return fail(Error::internal(QStringLiteral("The export could not be written to %1 (%2); free some space there "
                                                   "and try again.")
                                        .arg(directory, file.errorString())));
    };
    if (!file.open())
        return cannotWrite();
    filter.limit = exportBatch;
    bool written = true;
    auto db = m_database.acquire();
    // One snapshot for every batch, so a product changed meanwhile is exported once, as it was.
    auto read = runInTransaction<void>(
        *db,
        [&](PgConnection &) -> PgExpected<void> {
            file.resize(0);
            file.seek(0);
            written = file.write(Domain::csvRecordText(Domain::ProductCsv::columns())) >= 0;
            filter.after = std::nullopt;
            for (;;) {
                auto batch = m_catalog.products(filter);
                if (!batch)
                    return std::unexpected(PgError::refusal(batch.error()));
                for (const StoredProduct &p : std::as_const(batch->items))
                    written = written && file.write(Domain::ProductCsv::productRows(p.id, p.product)) >= 0;
                if (!written || !batch->next)
                    return {};
                filter.after = batch->next;
            }
        },
        "REPEATABLE READ");
    if (!read) {
        file.remove();
        return fail(read.error());
    }
    if (!written || !file.flush())
        return cannotWrite();
    file.close();
    return file.fileName();
}

JobOutcome ProductCsvService::import(const QByteArray &csv, bool dryRun, JobContext &context)
{
    Domain::CsvReader reader(csv);
    const std::optional<Domain::CsvRecord> headerRecord = reader.next();
    if (!headerRecord)
        return {{}, Error::validation(QStringLiteral("The file is empty; it needs a header row and a row per variant."))};
    auto header = Domain::ProductCsv::readHeader(*headerRecord);
    if (!header)
        return {{}, header.error()};
    const Domain::ProductCsv::Plan plan = Domain::ProductCsv::plan(reader, *header);
    qint64 grouped = 0;
    QStringList skus;
    QList<qint64> categories;
    for (const auto &group : plan.groups) {
        grouped += group.rows.size();
        for (const auto &row : group.rows)
            skus.append(Domain::skuKey(row.variant.sku));
        if (!group.rows.first().categoryId.isEmpty())
            categories.append(group.rows.first().categoryId.toLongLong());
    }

    ImportTally tally;
    auto db = m_database.acquire();
    auto ran = runInTransaction<void>(*db, [&](PgConnection &c) -> PgExpected<void> {
        tally = ImportTally();
        tally.rejected = plan.rejected;
        qint64 done = plan.rows - grouped; // rows refused while reading are done with
        qint64 reported = done;
        context.progress(done, plan.rows);

        auto owners = c.exec("SELECT lower(sku), product_id FROM variants WHERE lower(sku) = ANY ($1::text[])",
                             {textArrayParam(skus)});
        if (!owners)
            return std::unexpected(owners.error());
        QHash<QString, qint64> ownerOf;
        for (int i = 0; i < owners->rows(); ++i)
            ownerOf.insert(owners->text(i, 0), owners->toInt64(i, 1));
        auto existing = c.exec("SELECT id FROM categories WHERE id = ANY ($1::bigint[])", {int64ArrayParam(categories)});
        if (!existing)
            return std::unexpected(existing.error());
        QSet<QString> knownCategories;
        for (int i = 0; i < existing->rows(); ++i)
            knownCategories.insert(existing->text(i, 0));
        // Every product the file names or whose SKUs it uses, read in batches inside this transaction rather
        // than one by one: a re-import of 100k unchanged products was 100k reads.
        QList<qint64> named;
        for (const auto &group : plan.groups) {
            if (group.productId)
                named.append(group.productId);
        }
        for (auto it = ownerOf.cbegin(); it != ownerOf.cend(); ++it)
            named.append(it.value());
        std::sort(named.begin(), named.end());
        named.erase(std::unique(named.begin(), named.end()), named.end());
        QHash<qint64, StoredProduct> storedProducts;
        for (qsizetype from = 0; from < named.size(); from += readBatch) {
            auto batch = readProducts(c, named.mid(from, readBatch));
            if (!batch)
                return std::unexpected(batch.error());
            storedProducts.insert(*batch);
        }

        for (const auto &group : plan.groups) {
            if (context.cancelled())
                return std::unexpected(PgError::refusal(Error::unavailable(QStringLiteral("The server is stopping."))));
            QList<RowError> errors;
            qint64 target = group.productId;
            if (!target) {
                // Re-importing a file of new products finds them by their SKUs: that is what makes it idempotent.
                QSet<qint64> found;
                for (const auto &row : group.rows) {
                    if (const qint64 owner = ownerOf.value(Domain::skuKey(row.variant.sku)))
                        found.insert(owner);
                }
                if (found.size() > 1) {
                    for (const auto &row : group.rows) {
                        if (const qint64 owner = ownerOf.value(Domain::skuKey(row.variant.sku)))
                            errors.append({row.line, skuColumn,
                                           QStringLiteral("is the SKU of product %1, while other SKUs of this product "
                                                          "belong to other products; give product_id or fix the SKUs")
                                               .arg(owner)});
                    }
                } else if (found.size() == 1) {
                    target = *found.begin();
                }
            } else {
                for (const auto &row : group.rows) {
                    const qint64 owner = ownerOf.value(Domain::skuKey(row.variant.sku));
                    if (owner && owner != target)
                        errors.append({row.line, skuColumn,
                                       QStringLiteral("is already the SKU of product %1; a SKU is unique across the shop")
                                           .arg(owner)});
                }
            }
            std::optional<StoredProduct> current;
            if (target && errors.isEmpty()) {
                if (const auto stored = storedProducts.constFind(target); stored != storedProducts.cend())
                    current = *stored;
                else
                    for (const auto &row : group.rows)
                        errors.append({row.line, QStringLiteral("product_id"),
                                       QStringLiteral("names no product; leave it empty to create one")});
            }
            const auto &first = group.rows.first();
            if (!first.categoryId.isEmpty() && !knownCategories.contains(first.categoryId))
                errors.append({first.line, QStringLiteral("category_id"),
                               QStringLiteral("names no category; choose one from /api/v1/categories")});
            std::optional<Domain::Product> product;
            if (errors.isEmpty()) {
                auto built = Domain::ProductCsv::product(group, current ? std::optional(current->product) : std::nullopt);
                if (built)
                    product = *built;
                else
                    errors = built.error();
            }
            if (product && current && *product == current->product) {
                ++tally.unchanged;
            } else if (product && (dryRun || !tally.rejected.isEmpty())) {
                ++(current ? tally.updated : tally.created); // what the run would do; nothing is written
            } else if (product) {
                auto stored = current ? m_catalog.updateProduct(
                                            current->id, [&](const Domain::Product &) { return *product; },
                                            current->version, std::nullopt, context.actor())
                                      : m_catalog.createProduct(*product, std::nullopt, context.actor());
                if (stored)
                    ++(current ? tally.updated : tally.created);
                else if (stored.error().code == Domain::ErrorCode::Unavailable
                         || stored.error().code == Domain::ErrorCode::Internal)
                    return std::unexpected(PgError::refusal(stored.error()));
                else
                    errors = Domain::ProductCsv::rowErrors(group, stored.error());
            }
            tally.rejected.append(errors);
            done += group.rows.size();
            if (done - reported >= progressEvery) {
                context.progress(done, plan.rows);
                reported = done;
            }
        }
        context.progress(plan.rows, plan.rows);
        if (!tally.rejected.isEmpty() && !dryRun)
            return std::unexpected(PgError::refusal(Error::validation(
                QStringLiteral("%1 rows of the file were refused, so nothing was imported; correct them (see the "
                               "result's rejected rows) and import the file again.")
                    .arg(tally.rejected.size()))));
        if (dryRun)
            return {};
        return AuditLog::record(c, context.actor(),
                                {QStringLiteral("product.import"), QStringLiteral("job"), QString::number(context.jobId()),
                                 std::nullopt,
                                 QJsonObject{{QStringLiteral("rows"), plan.rows},
                                             {QStringLiteral("created"), tally.created},
                                             {QStringLiteral("updated"), tally.updated},
                                             {QStringLiteral("unchanged"), tally.unchanged}}});
    });
    if (!ran && tally.rejected.isEmpty())
        return {{}, ran.error()};
    QJsonObject result = resultJson(plan.rows, tally);
    if (!ran) {
        result.insert(QStringLiteral("created"), 0);
        result.insert(QStringLiteral("updated"), 0);
        return {result, ran.error()};
    }
    return {result, std::nullopt};
}

} // namespace Backroom::Server
