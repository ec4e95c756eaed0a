// SPDX-License-Identifier: MIT
#include "server/catalog/promotionservice.h"

#include "server/store/database.h"
#include "server/store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

const char *const PromotionService::record =
    "json_build_array(id, name, kind, coalesce(basis_points, 0), coalesce(amount, 0), coalesce(currency, ''), skus, "
    "category_ids, to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
    "to_char(ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), version)";

namespace {
const QString noSuchPromotion = QStringLiteral("There is no such promotion; list /api/v1/promotions.");

// The row's values, with the category ids checked to be numbers (the API's ids are strings).
Domain::Result<PgParams> rowParams(const Domain::Promotion &p)
{
    QList<qint64> categories;
    QList<Domain::FieldError> errors;
    for (qsizetype i = 0; i < p.categoryIds.size(); ++i) {
        bool ok = false;
        const qint64 id = p.categoryIds[i].toLongLong(&ok);
        if (!ok || id <= 0)
            errors.append({QStringLiteral("category_ids[%1]").arg(i), QStringLiteral("names no category")});
        categories.append(id);
    }
    if (!errors.isEmpty())
        return fail(Error::validation(QStringLiteral("A target category does not exist."), errors));
    const bool percentage = p.kind == Domain::PromotionKind::Percentage;
    return PgParams{p.name.toUtf8(),
                    Domain::promotionKindName(p.kind).toUtf8(),
                    percentage ? std::optional(QByteArray::number(p.basisPoints)) : std::nullopt,
                    percentage ? std::nullopt : std::optional(QByteArray::number(p.amountOff.amount)),
                    percentage ? std::nullopt : std::optional(p.amountOff.currency.toUtf8()),
                    textArrayParam(p.skus),
                    int64ArrayParam(categories),
                    p.startsAt.toUTC().toString(Qt::ISODateWithMs).toLatin1(),
                    p.endsAt.isValid() ? std::optional(p.endsAt.toUTC().toString(Qt::ISODateWithMs).toLatin1())
                                       : std::nullopt};
}

PgExpected<void> checkCategoriesExist(PgConnection &c, const QByteArray &ids)
{
    auto missing = c.exec("SELECT i FROM unnest($1::bigint[]) WITH ORDINALITY AS t(id, i) "
                          "WHERE NOT EXISTS (SELECT 1 FROM categories WHERE categories.id = t.id)",
                          {ids});
    if (!missing)
        return std::unexpected(missing.error());
    if (missing->rows() == 0)
        return {};
    QList<Domain::FieldError> errors;
    for (int i = 0; i < missing->rows(); ++i)
        errors.append({QStringLiteral("category_ids[%1]").arg(missing->toInt64(i, 0) - 1), QStringLiteral("names no category")});
    return std::unexpected(PgError::refusal(
        Error::validation(QStringLiteral("A target category does not exist; choose one from /api/v1/categories."), errors)));
}
} // namespace

StoredPromotion PromotionService::promotionFrom(const QJsonArray &record)
{
    StoredPromotion s;
    Domain::Promotion &p = s.promotion;
    p.id = QString::number(record.at(0).toInteger());
    p.name = record.at(1).toString();
    p.kind = record.at(2).toString() == QStringLiteral("fixed_amount") ? Domain::PromotionKind::FixedAmount
                                                                       : Domain::PromotionKind::Percentage;
    p.basisPoints = int(record.at(3).toInteger());
    if (p.kind == Domain::PromotionKind::FixedAmount)
        p.amountOff = {record.at(4).toInteger(), record.at(5).toString()};
    for (const QJsonValue &sku : record.at(6).toArray())
        p.skus.append(sku.toString());
    for (const QJsonValue &id : record.at(7).toArray())
        p.categoryIds.append(QString::number(id.toInteger()));
    p.startsAt = QDateTime::fromString(record.at(8).toString(), Qt::ISODateWithMs);
    if (!record.at(9).isNull())
        p.endsAt = QDateTime::fromString(record.at(9).toString(), Qt::ISODateWithMs);
    s.version = int(record.at(10).toInteger());
    return s;
}

StoredPromotion PromotionService::promotionFrom(const PgResult &rows, int row)
{
    return promotionFrom(QJsonDocument::fromJson(rows.value(row, 0).toByteArray()).array());
}
QJsonObject StoredPromotion::toJson() const
{
    QJsonObject json = promotion.toJson();
    json.insert(QStringLiteral("id"), promotion.id);
    json.insert(QStringLiteral("version"), version);
    return json;
}

Domain::Result<QList<StoredPromotion>> PromotionService::list(std::optional<QDateTime> activeAt) const
{
    auto db = m_database.acquire();
    auto rows = db->exec(QByteArray("SELECT ") + record + " FROM promotions WHERE $1::timestamptz IS NULL OR "
                                                           "(starts_at <= $1::timestamptz AND (ends_at IS NULL OR "
                                                           "ends_at > $1::timestamptz)) ORDER BY starts_at DESC, id",
                         {activeAt ? std::optional(activeAt->toUTC().toString(Qt::ISODateWithMs).toLatin1()) : std::nullopt});
    if (!rows)
        return fail(rows.error().error);
    QList<StoredPromotion> list;
    for (int i = 0; i < rows->rows(); ++i)
        list.append(promotionFrom(*rows, i));
    return list;
}

Domain::Result<StoredPromotion> PromotionService::get(qint64 id) const
{
    auto db = m_database.acquire();
    auto rows = db->exec(QByteArray("SELECT ") + record + " FROM promotions WHERE id = $1", {QByteArray::number(id)});
    if (!rows)
        return fail(rows.error().error);
    if (rows->rows() == 0)
        return fail(Error::notFound(noSuchPromotion));
    return promotionFrom(*rows, 0);
}

Domain::Result<StoredPromotion> PromotionService::create(const Domain::Promotion &promotion, const AuditActor &actor)
{
    auto params = rowParams(promotion);
    if (!params)
        return fail(params.error());
    auto db = m_database.acquire();
    return runInTransaction<StoredPromotion>(*db, [&](PgConnection &c) -> PgExpected<StoredPromotion> {
        if (auto ok = checkCategoriesExist(c, *params->at(6)); !ok)
            return std::unexpected(ok.error());
        auto rows = c.exec(QByteArray("INSERT INTO promotions (name, kind, basis_points, amount, currency, skus, "
                                      "category_ids, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5, $6::text[], "
                                      "$7::bigint[], $8::timestamptz, $9::timestamptz) RETURNING ")
                               + record,
                           *params);
        if (!rows)
            return std::unexpected(rows.error());
        StoredPromotion stored = promotionFrom(*rows, 0);
        if (auto logged = AuditLog::record(c, actor, {QStringLiteral("promotion.create"), QStringLiteral("promotion"),
                                                      stored.promotion.id, std::nullopt, stored.toJson()});
            !logged)
            return std::unexpected(logged.error());
        return stored;
    });
}

Domain::Result<StoredPromotion> PromotionService::replace(qint64 id, const Domain::Promotion &promotion,
                                                          std::optional<int> expectedVersion, const AuditActor &actor)
{
    auto params = rowParams(promotion);
    if (!params)
        return fail(params.error());
    auto db = m_database.acquire();
    return runInTransaction<StoredPromotion>(*db, [&](PgConnection &c) -> PgExpected<StoredPromotion> {
        auto current = c.exec(QByteArray("SELECT ") + record + " FROM promotions WHERE id = $1 FOR UPDATE",
                              {QByteArray::number(id)});
        if (!current)
            return std::unexpected(current.error());
        if (current->rows() == 0)
            return std::unexpected(PgError::refusal(Error::notFound(noSuchPromotion)));
        const StoredPromotion before = promotionFrom(*current, 0);
        if (expectedVersion && *expectedVersion != before.version)
            return std::unexpected(PgError::refusal(Error::stale(
                QStringLiteral("Someone else changed this promotion since you read it (version %1 is current); "
                               "reload it and apply your change again.")
                    .arg(before.version))));
        if (auto ok = checkCategoriesExist(c, *params->at(6)); !ok)
            return std::unexpected(ok.error());
        PgParams values = *params;
        values.prepend(QByteArray::number(id));
        auto rows = c.exec(QByteArray("UPDATE promotions SET name = $2, kind = $3, basis_points = $4, amount = $5, "
                                      "currency = $6, skus = $7::text[], category_ids = $8::bigint[], starts_at = "
                                      "$9::timestamptz, ends_at = $10::timestamptz WHERE id = $1 RETURNING ")
                               + record,
                           values);
        if (!rows)
            return std::unexpected(rows.error());
        StoredPromotion stored = promotionFrom(*rows, 0);
        if (auto logged = AuditLog::record(c, actor, {QStringLiteral("promotion.update"), QStringLiteral("promotion"),
                                                      stored.promotion.id, before.toJson(), stored.toJson()});
            !logged)
            return std::unexpected(logged.error());
        return stored;
    });
}

Domain::Status PromotionService::remove(qint64 id, const AuditActor &actor)
{
    auto db = m_database.acquire();
    return runInTransaction<void>(*db, [&](PgConnection &c) -> PgExpected<void> {
        auto rows = c.exec(QByteArray("DELETE FROM promotions WHERE id = $1 RETURNING ") + record, {QByteArray::number(id)});
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->rows() == 0)
            return std::unexpected(PgError::refusal(Error::notFound(noSuchPromotion)));
        return AuditLog::record(c, actor, {QStringLiteral("promotion.delete"), QStringLiteral("promotion"),
                                           QString::number(id), promotionFrom(*rows, 0).toJson(), std::nullopt});
    });
}

} // namespace Backroom::Server
