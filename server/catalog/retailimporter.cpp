// SPDX-License-Identifier: MIT
#include "server/catalog/retailimporter.h"

#include "server/catalog/catalogservice.h"
#include "server/store/database.h"
#include "server/store/transaction.h"

#include <QFile>
#include <QMap>
#include <QSaveFile>
#include <zlib.h>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

namespace {
Domain::Result<QByteArray> gunzip(const QByteArray &compressed, const QString &path, qint64 maxBytes)
{
    const auto refuse = [&](const QString &why) {
        return fail(Error::validation(QStringLiteral("%1 is not a readable gzip file: %2.").arg(path, why)));
    };
    z_stream stream{};
    // 16 + MAX_WBITS: gzip framing only.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return refuse(QStringLiteral("zlib could not start"));
    QByteArray out;
    char buffer[1 << 16];
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    int status = Z_OK;
    for (;;) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
            const QString why = QString::fromUtf8(stream.msg ? stream.msg : "corrupt data");
            inflateEnd(&stream);
            return refuse(why);
        }
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        if (out.size() > maxBytes) {
            inflateEnd(&stream);
            return refuse(QStringLiteral("it unpacks to more than %1 MiB").arg(maxBytes >> 20));
        }
        if (status == Z_STREAM_END) {
            // A gzip file may hold several members one after the other; read them all.
            if (stream.avail_in == 0)
                break;
            if (inflateReset(&stream) != Z_OK) {
                inflateEnd(&stream);
                return refuse(QStringLiteral("a further member cannot be read"));
            }
            continue;
        }
        if (status == Z_BUF_ERROR && stream.avail_in == 0) {
            inflateEnd(&stream);
            return refuse(QStringLiteral("it ends too early (truncated?)"));
        }
    }
    inflateEnd(&stream);
    return out;
}

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace('"', "\"\"") + '"';
    return bytes;
}

// Categories are matched like the catalog's sibling rule does: trimmed, ignoring case.
QString nameKey(const QString &name)
{
    return name.trimmed().toLower();
}

bool isDatabaseFailure(const Error &e)
{
    return e.code == Domain::ErrorCode::Unavailable || e.code == Domain::ErrorCode::Internal;
}
} // namespace

Domain::Result<QByteArray> readRetailFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::validation(QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString())));
    if (file.size() > maxBytes)
        return fail(Error::validation(QStringLiteral("%1 is larger than %2 MiB.").arg(path).arg(maxBytes >> 20)));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(Error::validation(QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString())));
    if (bytes.startsWith("\x1f\x8b"))
        return gunzip(bytes, path, maxBytes);
    return bytes;
}

Domain::Status writeRetailRejections(const QString &path, const QList<Domain::RetailRejectedRow> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::internal(QStringLiteral("Cannot write %1: %2.").arg(path, file.errorString())));
    QByteArray text = "line,reason\n";
    for (const Domain::RetailRejectedRow &row : rows)
        text += QByteArray::number(row.line) + ',' + csvField(row.describe()) + '\n';
    file.write(text);
    if (!file.commit())
        return fail(Error::internal(QStringLiteral("Cannot write %1: %2.").arg(path, file.errorString())));
    return {};
}

QString describeRetailImport(const Domain::RetailImportPlan &plan, const RetailImportSummary &summary, bool dryRun,
                             qsizetype shownRejections)
{
    QString text;
    text += QStringLiteral("Rows: %1 read, %2 used, %3 rejected.\n")
                .arg(plan.rowsRead)
                .arg(plan.rowsUsed)
                .arg(plan.rejected.size());
    if (!plan.rejected.isEmpty()) {
        QMap<QString, qsizetype> byReason;
        for (const auto &row : plan.rejected)
            ++byReason[Domain::retailRejectReasonName(row.reason)];
        QList<std::pair<QString, qsizetype>> reasons(byReason.keyValueBegin(), byReason.keyValueEnd());
        std::stable_sort(reasons.begin(), reasons.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        QStringList parts;
        for (const auto &[reason, count] : reasons)
            parts.append(QStringLiteral("%1 %2").arg(count).arg(reason));
        text += QStringLiteral("Rejected rows by reason: %1.\n").arg(parts.join(QStringLiteral(", ")));
        const qsizetype shown = std::min(shownRejections, plan.rejected.size());
        if (shown > 0) {
            text += shown < plan.rejected.size()
                        ? QStringLiteral("The first %1 rejected rows (--report FILE writes them all):\n").arg(shown)
                        : QStringLiteral("Rejected rows:\n");
            for (qsizetype i = 0; i < shown; ++i)
                text += QStringLiteral("  line %1: %2\n").arg(plan.rejected[i].line).arg(plan.rejected[i].describe());
        }
    }
    const QString would = dryRun ? QStringLiteral(" (would be)") : QString();
    text += QStringLiteral("Products%1: %2 created, %3 updated, %4 unchanged.\n")
                .arg(would)
                .arg(summary.created)
                .arg(summary.updated)
                .arg(summary.unchanged);
    text += QStringLiteral("Categories%1: %2 created.\n").arg(would).arg(summary.categoriesCreated);
    if (!summary.refused.isEmpty()) {
        text += QStringLiteral("Products the catalog refused: %1\n").arg(summary.refused.size());
        for (const QString &r : summary.refused)
            text += QStringLiteral("  %1\n").arg(r);
    }
    if (dryRun)
        text += QStringLiteral("Dry run: nothing was changed.\n");
    return text;
}

RetailImporter::RetailImporter(Database &database, CatalogService &catalog, AuditActor actor)
    : m_database(database)
    , m_catalog(catalog)
    , m_actor(std::move(actor))
{}

Domain::Result<QMap<QStringList, QString>> RetailImporter::ensureCategories(const Domain::RetailImportPlan &plan,
                                                                            bool dryRun, RetailImportSummary &summary)
{
    auto stored = m_catalog.categories();
    if (!stored)
        return fail(stored.error());
    QHash<std::pair<qint64, QString>, qint64> byName; // (parent id or 0, name key) → id
    for (const StoredCategory &c : *stored)
        byName.insert({c.parentId.value_or(0), nameKey(c.name)}, c.id);

    const QList<QStringList> tree = Domain::retailCategoryTree();
    QMap<QStringList, QString> ids;
    QMap<QStringList, qint64> numeric;
    qint64 planned = 0; // stand-in ids of categories a dry run would create
    for (const QStringList &path : plan.categoryPaths()) {
        const std::optional<qint64> parent =
            path.size() > 1 ? std::optional(numeric.value(path.mid(0, path.size() - 1))) : std::nullopt;
        const QString &name = path.last();
        qint64 id = byName.value({parent.value_or(0), nameKey(name)}, 0);
        if (id == 0) {
            // Among its siblings a category takes its place in the rules' display order.
            int position = 0;
            for (const QStringList &p : tree) {
                if (p == path)
                    break;
                if (p.size() == path.size() && p.mid(0, p.size() - 1) == path.mid(0, path.size() - 1))
                    ++position;
            }
            if (dryRun) {
                id = --planned;
            } else {
                auto created = m_catalog.createCategory(name, parent, position, m_actor);
                if (!created)
                    return fail(created.error());
                id = created->id;
            }
            ++summary.categoriesCreated;
        }
        numeric.insert(path, id);
        ids.insert(path, QString::number(id));
    }
    return ids;
}

Domain::Result<RetailImportSummary> RetailImporter::apply(const Domain::RetailImportPlan &plan, const Options &options)
{
    RetailImportSummary summary;
    auto categoryIds = ensureCategories(plan, options.dryRun, summary);
    if (!categoryIds)
        return fail(categoryIds.error());

    // Every stored product by SKU: one pass over the catalog, instead of a look-up per planned product.
    QHash<QString, StoredProduct> bySku;
    ProductFilter filter;
    filter.limit = 500;
    for (;;) {
        auto page = m_catalog.products(filter);
        if (!page)
            return fail(page.error());
        for (const StoredProduct &s : std::as_const(page->items)) {
            for (const Domain::Variant &v : s.product.variants)
                bySku.insert(Domain::skuKey(v.sku), s);
        }
        if (!page->next)
            break;
        filter.after = page->next;
    }

    const qsizetype total = plan.products.size();
    qsizetype done = 0;
    auto db = m_database.acquire();
    std::optional<Transaction> batch;
    RetailImportSummary pending; // counts of the open batch, added to summary when it commits
    int inBatch = 0;
    const auto commitBatch = [&]() -> Domain::Status {
        if (batch) {
            if (auto committed = batch->commit(); !committed)
                return fail(committed.error().error);
            batch.reset();
        }
        summary.created += pending.created;
        summary.updated += pending.updated;
        summary.refused += pending.refused;
        pending = {};
        done += inBatch;
        inBatch = 0;
        if (options.progress && !options.dryRun)
            options.progress(done, total);
        return {};
    };

    for (const Domain::RetailProduct &planned : plan.products) {
        const QString categoryId = categoryIds->value(planned.categoryPath);
        ++inBatch;
        const auto existing = bySku.constFind(Domain::skuKey(planned.sku));
        if (existing != bySku.constEnd() &&
            Domain::mergeRetailProduct(existing->product, planned, categoryId) == existing->product) {
            ++summary.unchanged; // nothing to write: no transaction, no event, no audit entry
        } else if (options.dryRun) {
            ++(existing == bySku.constEnd() ? pending.created : pending.updated);
        } else {
            if (!batch) {
                batch.emplace(*db);
                if (auto begun = batch->begin(); !begun)
                    return fail(begun.error().error);
            }
            Domain::Result<StoredProduct> written =
                existing == bySku.constEnd()
                    ? m_catalog.createProduct(planned.toProduct(categoryId), std::nullopt, m_actor)
                    : m_catalog.updateProduct(
                          existing->id,
                          [&](const Domain::Product &current) -> Domain::Result<Domain::Product> {
                              return Domain::mergeRetailProduct(current, planned, categoryId);
                          },
                          std::nullopt, std::nullopt, m_actor);
            if (written) {
                ++(existing == bySku.constEnd() ? pending.created : pending.updated);
            } else if (isDatabaseFailure(written.error())) {
                return fail(written.error()); // the open batch rolls back with `batch`
            } else {
                QString why = written.error().message;
                for (const Domain::FieldError &f : written.error().fields)
                    why += QStringLiteral(" (%1: %2)").arg(f.field, f.message);
                pending.refused.append(
                    QStringLiteral("line %1, SKU %2: %3").arg(planned.firstLine).arg(planned.sku, why));
            }
        }
        if (inBatch >= options.batchSize) {
            if (auto committed = commitBatch(); !committed)
                return fail(committed.error());
        }
    }
    if (auto committed = commitBatch(); !committed)
        return fail(committed.error());
    return summary;
}

} // namespace Backroom::Server
