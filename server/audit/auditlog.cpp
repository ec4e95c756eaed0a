// SPDX-License-Identifier: MIT
#include "server/audit/auditlog.h"

#include "server/gateway/requestcontext.h"
#include "server/store/database.h"

#include <QJsonDocument>

namespace Backroom::Server {

namespace {
std::optional<QByteArray> jsonParam(const std::optional<QJsonObject> &object)
{
    if (!object)
        return std::nullopt;
    return QJsonDocument(*object).toJson(QJsonDocument::Compact);
}

std::optional<QByteArray> textParam(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    return text.toUtf8();
}

std::optional<QByteArray> timeParam(const std::optional<QDateTime> &time)
{
    if (!time)
        return std::nullopt;
    return time->toUTC().toString(Qt::ISODateWithMs).toLatin1();
}

std::optional<QJsonObject> jsonColumn(const PgResult &rows, int row, int column)
{
    if (rows.isNull(row, column))
        return std::nullopt;
    return QJsonDocument::fromJson(rows.value(row, column).toByteArray()).object();
}
} // namespace

QJsonObject AuditRecord::toJson() const
{
    return {{QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("at"), at},
            {QStringLiteral("actor_id"), actorId ? QJsonValue(QString::number(*actorId)) : QJsonValue()},
            {QStringLiteral("actor_email"), actorEmail},
            {QStringLiteral("action"), entry.action},
            {QStringLiteral("entity_type"), entry.entityType},
            {QStringLiteral("entity_id"), entry.entityId},
            {QStringLiteral("request_id"), requestId},
            {QStringLiteral("remote_addr"), remoteAddress},
            {QStringLiteral("before"), entry.before ? QJsonValue(*entry.before) : QJsonValue()},
            {QStringLiteral("after"), entry.after ? QJsonValue(*entry.after) : QJsonValue()}};
}

AuditActor AuditActor::of(const RequestContext &request)
{
    AuditActor actor;
    if (request.principal())
        actor.userId = request.principal()->userId;
    actor.requestId = request.requestId();
    actor.remoteAddress = request.request().peer.toString();
    return actor;
}

PgExpected<void> AuditLog::record(PgConnection &connection, const AuditActor &who, const AuditEntry &entry)
{
    const std::optional<QByteArray> actor = who.userId ? std::optional(QByteArray::number(*who.userId)) : std::nullopt;
    // Nothing is read back: inside a unit of work the row goes out with the unit's next statement.
    return connection.execLater(
        "INSERT INTO audit_log (actor_id, actor_email, action, entity_type, entity_id, request_id, remote_addr, "
        "before, after) VALUES ($1::bigint, coalesce((SELECT email FROM users WHERE id = $1::bigint), ''), $2, $3, "
        "$4, $5, $6, $7::jsonb, $8::jsonb)",
        {actor, entry.action.toUtf8(), entry.entityType.toUtf8(), entry.entityId.toUtf8(), who.requestId,
         who.remoteAddress.toUtf8(), jsonParam(entry.before), jsonParam(entry.after)});
}

Domain::Result<QList<AuditRecord>> AuditLog::find(const AuditFilter &filter) const
{
    auto db = m_database.acquire();
    auto rows = db->exec(
        "SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), actor_id, actor_email, "
        "action, entity_type, entity_id, request_id, remote_addr, before, after FROM audit_log "
        "WHERE ($1::bigint IS NULL OR actor_id = $1::bigint) "
        "AND ($2::text IS NULL OR action = $2 OR (right($2, 1) = '.' AND starts_with(action, $2))) "
        "AND ($3::text IS NULL OR entity_type = $3) AND ($4::text IS NULL OR entity_id = $4) "
        "AND ($5::timestamptz IS NULL OR at >= $5::timestamptz) AND ($6::timestamptz IS NULL OR at < $6::timestamptz) "
        "AND ($7::bigint = 0 OR id < $7::bigint) "
        "ORDER BY id DESC LIMIT $8",
        {filter.actorId ? std::optional(QByteArray::number(*filter.actorId)) : std::nullopt,
         textParam(filter.action), textParam(filter.entityType), textParam(filter.entityId), timeParam(filter.since),
         timeParam(filter.until), QByteArray::number(filter.before), QByteArray::number(filter.limit)});
    if (!rows)
        return Domain::fail(rows.error().error);
    QList<AuditRecord> records;
    records.reserve(rows->rows());
    for (int i = 0; i < rows->rows(); ++i) {
        AuditRecord r;
        r.id = rows->toInt64(i, 0);
        r.at = rows->text(i, 1);
        if (!rows->isNull(i, 2))
            r.actorId = rows->toInt64(i, 2);
        r.actorEmail = rows->text(i, 3);
        r.entry.action = rows->text(i, 4);
        r.entry.entityType = rows->text(i, 5);
        r.entry.entityId = rows->text(i, 6);
        r.requestId = rows->text(i, 7);
        r.remoteAddress = rows->text(i, 8);
        r.entry.before = jsonColumn(*rows, i, 9);
        r.entry.after = jsonColumn(*rows, i, 10);
        records.append(std::move(r));
    }
    return records;
}

} // namespace Backroom::Server
