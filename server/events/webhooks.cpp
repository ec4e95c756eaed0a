// SPDX-License-Identifier: MIT
#include "server/events/webhooks.h"

#include "domain/json.h"
#include "server/http/httpclient.h"
#include "server/log.h"
#include "server/store/database.h"
#include "server/store/transaction.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

namespace {
constexpr const char *subscriptionColumns =
    "id, url, event_types, description, active, version, "
    "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
    "to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

constexpr const char *deliveryColumns =
    "id, subscription_id, event_id, event_type, status, attempts, last_status, last_error, replay_of, "
    "to_char(next_attempt_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), "
    "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), "
    "to_char(delivered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";

QStringList textArrayValue(QByteArrayView text)
{
    // Event type names are identifiers: no quoting or commas inside elements.
    QStringList values;
    if (text.size() < 2)
        return values;
    for (const QByteArray &part : text.sliced(1, text.size() - 2).toByteArray().split(','))
        if (!part.isEmpty())
            values.append(QString::fromUtf8(part).remove(u'"'));
    return values;
}

WebhookSubscription subscriptionFrom(const PgResult &r, int row)
{
    WebhookSubscription s;
    s.id = r.toInt64(row, 0);
    s.url = r.text(row, 1);
    s.eventTypes = textArrayValue(r.value(row, 2));
    s.description = r.text(row, 3);
    s.active = r.value(row, 4) == "t";
    s.version = int(r.toInt64(row, 5));
    s.createdAt = r.text(row, 6);
    s.updatedAt = r.text(row, 7);
    return s;
}

QJsonObject deliveryFrom(const PgResult &r, int row)
{
    auto nullable = [&](int column, auto value) { return r.isNull(row, column) ? QJsonValue() : QJsonValue(value); };
    return QJsonObject{
        {QStringLiteral("id"), QString::number(r.toInt64(row, 0))},
        {QStringLiteral("subscription_id"), QString::number(r.toInt64(row, 1))},
        {QStringLiteral("event_id"), QString::number(r.toInt64(row, 2))},
        {QStringLiteral("event_type"), r.text(row, 3)},
        {QStringLiteral("status"), r.text(row, 4)},
        {QStringLiteral("attempts"), r.toInt64(row, 5)},
        {QStringLiteral("last_status"), nullable(6, qint64(r.toInt64(row, 6)))},
        {QStringLiteral("last_error"), nullable(7, r.text(row, 7))},
        {QStringLiteral("replay_of"), nullable(8, QString::number(r.toInt64(row, 8)))},
        {QStringLiteral("next_attempt_at"), r.text(row, 9)},
        {QStringLiteral("created_at"), r.text(row, 10)},
        {QStringLiteral("delivered_at"), nullable(11, r.text(row, 11))},
    };
}

Error fieldError(const QString &field, const QString &message)
{
    return Error::validation(QStringLiteral("The webhook is not valid: %1 %2.").arg(field, message), {{field, message}});
}

Domain::Result<QStringList> eventTypesFrom(const QJsonValue &value)
{
    static const QRegularExpression name(QStringLiteral("^(\\*|[A-Z][A-Za-z0-9]{0,99})$"));
    if (!value.isArray() || value.toArray().isEmpty() || value.toArray().size() > 100)
        return fail(fieldError(QStringLiteral("event_types"),
                               QStringLiteral("must be an array of 1 to 100 event names, e.g. [\"InventoryChanged\"], "
                                              "or [\"*\"] for all")));
    QStringList types;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString() || !name.match(v.toString()).hasMatch())
            return fail(fieldError(QStringLiteral("event_types"),
                                   QStringLiteral("'%1' is not an event name (such as ProductUpdated) or *")
                                       .arg(v.toString().left(40))));
        if (!types.contains(v.toString()))
            types.append(v.toString());
    }
    return types;
}

// description, active and rotate_secret, when present, have the right types.
Domain::Status checkOptionalMembers(const QJsonObject &body)
{
    const QJsonValue description = body.value(QStringLiteral("description"));
    if (!description.isUndefined() && (!description.isString() || description.toString().size() > 500))
        return fail(fieldError(QStringLiteral("description"), QStringLiteral("must be a string of at most 500 characters")));
    for (const QString &flag : {QStringLiteral("active"), QStringLiteral("rotate_secret")}) {
        const QJsonValue value = body.value(flag);
        if (!value.isUndefined() && !value.isBool())
            return fail(fieldError(flag, QStringLiteral("must be true or false")));
    }
    return {};
}

QByteArray newSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return "whsec_" + bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool inV4(quint32 a, quint32 net, int bits)
{
    return bits == 0 || (a >> (32 - bits)) == (net >> (32 - bits));
}

// The first address that is not public, if any.
std::optional<QHostAddress> firstInternal(const QList<QHostAddress> &addresses)
{
    for (const QHostAddress &a : addresses)
        if (!isPublicAddress(a))
            return a;
    return std::nullopt;
}

QByteArray milliseconds(qint64 ms)
{
    return QByteArray::number(ms);
}
} // namespace

QJsonObject feedEventJson(qint64 id, const QString &type, const QString &aggregateType, const QString &aggregateId,
                          const QJsonObject &payload, const QString &occurredAt)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("aggregate_type"), aggregateType},
                       {QStringLiteral("aggregate_id"), aggregateId},
                       {QStringLiteral("payload"), payload},
                       {QStringLiteral("occurred_at"), occurredAt}};
}

bool isPublicAddress(const QHostAddress &given)
{
    QHostAddress address = given;
    bool isV4 = false;
    const quint32 mapped = given.toIPv4Address(&isV4); // also true for ::ffff:a.b.c.d
    if (isV4)
        address = QHostAddress(mapped);
    if (address.isNull() || address.isLoopback() || address.isLinkLocal() || address.isMulticast()
        || address.isBroadcast() || address.isUniqueLocalUnicast() || address.isSiteLocal()
        || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6)
        return false;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 a = address.toIPv4Address();
        struct Net {
            quint32 net;
            int bits;
        };
        static constexpr Net refused[] = {
            {0x00000000, 8},  {0x0A000000, 8},  {0x64400000, 10}, {0x7F000000, 8},  {0xA9FE0000, 16},
            {0xAC100000, 12}, {0xC0000000, 24}, {0xC0000200, 24}, {0xC0A80000, 16}, {0xC6120000, 15},
            {0xC6336400, 24}, {0xCB007100, 24}, {0xE0000000, 4},  {0xF0000000, 4},
        };
        for (const Net &n : refused)
            if (inV4(a, n.net, n.bits))
                return false;
        return true;
    }
    const Q_IPV6ADDR raw = address.toIPv6Address();
    // 64:ff9b::/96 (NAT64) and 2002::/16 (6to4) embed an IPv4 address: judge that one.
    const bool nat64 = raw[0] == 0x00 && raw[1] == 0x64 && raw[2] == 0xff && raw[3] == 0x9b;
    if (nat64 || (raw[0] == 0x20 && raw[1] == 0x02)) {
        const int at = nat64 ? 12 : 2;
        return isPublicAddress(QHostAddress(quint32(raw[at]) << 24 | quint32(raw[at + 1]) << 16
                                            | quint32(raw[at + 2]) << 8 | quint32(raw[at + 3])));
    }
    if (raw[0] == 0x20 && raw[1] == 0x01 && raw[2] == 0x0d && raw[3] == 0xb8) // documentation
        return false;
    return (raw[0] & 0xe0) == 0x20; // global unicast is 2000::/3
}

QByteArray webhookSignature(const QByteArray &secret, qint64 unixSeconds, const QByteArray &body)
{
    const QByteArray t = QByteArray::number(unixSeconds);
    const QByteArray mac = QMessageAuthenticationCode::hash(t + '.' + body, secret, QCryptographicHash::Sha256);
    return "t=" + t + ",v1=" + mac.toHex();
}

QJsonObject WebhookSubscription::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), QString::number(id)},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("event_types"), QJsonArray::fromStringList(eventTypes)},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("active"), active},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("created_at"), createdAt},
                       {QStringLiteral("updated_at"), updatedAt}};
}

Domain::Status WebhookService::checkUrl(const QString &text) const
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()
        || !url.userInfo().isEmpty() || !url.fragment().isEmpty())
        return fail(fieldError(QStringLiteral("url"),
                               QStringLiteral("must be an absolute http or https URL with a host, without user "
                                              "info or fragment")));
    if (m_allowPrivate)
        return {};
    const auto addresses = resolveHost(url.host());
    if (!addresses)
        return fail(fieldError(QStringLiteral("url"),
                               QStringLiteral("names a host that cannot be resolved (%1); check the spelling").arg(url.host())));
    if (const auto internal = firstInternal(*addresses))
        return fail(fieldError(QStringLiteral("url"),
                               QStringLiteral("resolves to %1, a loopback, private or otherwise internal address; "
                                              "webhooks go to public addresses unless the server runs with "
                                              "--allow-private-webhooks on")
                                   .arg(internal->toString())));
    return {};
}

Domain::Result<WebhookService::Created> WebhookService::create(const QJsonObject &body, const AuditActor &actor)
{
    if (auto ok = Domain::Json::allowOnly(body, {u"url", u"event_types", u"description", u"active"}); !ok)
        return fail(ok.error());
    auto url = Domain::Json::requiredString(body, u"url", 2000);
    if (!url)
        return fail(url.error());
    if (auto checked = checkUrl(*url); !checked)
        return fail(checked.error());
    auto types = eventTypesFrom(body.value(QStringLiteral("event_types")));
    if (!types)
        return fail(types.error());
    if (auto optional = checkOptionalMembers(body); !optional)
        return fail(optional.error());
    const QJsonValue description = body.value(QStringLiteral("description"));
    const QJsonValue active = body.value(QStringLiteral("active"));
    const QByteArray secret = newSecret();
    auto db = m_database.acquire();
    return runInTransaction<Created>(*db, [&](PgConnection &c) -> PgExpected<Created> {
        auto stored = c.exec(QByteArray("INSERT INTO webhook_subscriptions (url, event_types, description, secret, active) "
                                        "VALUES ($1, $2::text[], $3, $4, $5) RETURNING ")
                                 + subscriptionColumns,
                             {url->toUtf8(), textArrayParam(*types), description.toString().trimmed().toUtf8(), secret,
                              active.toBool(true) ? "true" : "false"});
        if (!stored)
            return std::unexpected(stored.error());
        Created created{subscriptionFrom(*stored, 0), secret};
        if (auto logged = AuditLog::record(c, actor, {QStringLiteral("webhook.create"), QStringLiteral("webhook"),
                                                      QString::number(created.subscription.id), std::nullopt,
                                                      created.subscription.toJson()});
            !logged)
            return std::unexpected(logged.error());
        return created;
    });
}

Domain::Result<QList<WebhookSubscription>> WebhookService::list(qint64 after, int limit)
{
    auto db = m_database.acquire();
    auto rows = db->exec(QByteArray("SELECT ") + subscriptionColumns
                             + " FROM webhook_subscriptions WHERE id > $1 ORDER BY id LIMIT $2",
                         {QByteArray::number(after), QByteArray::number(limit)});
    if (!rows)
        return fail(rows.error().error);
    QList<WebhookSubscription> all;
    for (int i = 0; i < rows->rows(); ++i)
        all.append(subscriptionFrom(*rows, i));
    return all;
}

Domain::Result<WebhookSubscription> WebhookService::find(qint64 id)
{
    auto db = m_database.acquire();
    auto rows = db->exec(QByteArray("SELECT ") + subscriptionColumns + " FROM webhook_subscriptions WHERE id = $1",
                         {QByteArray::number(id)});
    if (!rows)
        return fail(rows.error().error);
    if (rows->rows() == 0)
        return fail(Error::notFound(QStringLiteral("There is no webhook subscription with this id.")));
    return subscriptionFrom(*rows, 0);
}

Domain::Result<WebhookService::Created> WebhookService::update(qint64 id, const QJsonObject &body,
                                                               std::optional<int> expectedVersion,
                                                               const AuditActor &actor)
{
    if (auto ok = Domain::Json::allowOnly(body, {u"url", u"event_types", u"description", u"active", u"rotate_secret"}); !ok)
        return fail(ok.error());
    if (body.isEmpty())
        return fail(Error::validation(QStringLiteral("Nothing to change: give at least one of url, event_types, "
                                                     "description, active or rotate_secret.")));
    std::optional<QString> url;
    if (body.contains(QStringLiteral("url"))) {
        auto given = Domain::Json::requiredString(body, u"url", 2000);
        if (!given)
            return fail(given.error());
        if (auto checked = checkUrl(*given); !checked)
            return fail(checked.error());
        url = *given;
    }
    std::optional<QStringList> types;
    if (body.contains(QStringLiteral("event_types"))) {
        auto given = eventTypesFrom(body.value(QStringLiteral("event_types")));
        if (!given)
            return fail(given.error());
        types = *given;
    }
    if (auto optional = checkOptionalMembers(body); !optional)
        return fail(optional.error());
    const QJsonValue description = body.value(QStringLiteral("description"));
    const QJsonValue active = body.value(QStringLiteral("active"));
    const QJsonValue rotate = body.value(QStringLiteral("rotate_secret"));
    const QByteArray secret = rotate.toBool() ? newSecret() : QByteArray();

    auto db = m_database.acquire();
    return runInTransaction<Created>(*db, [&](PgConnection &c) -> PgExpected<Created> {
        auto current = c.exec(QByteArray("SELECT ") + subscriptionColumns
                                  + " FROM webhook_subscriptions WHERE id = $1 FOR UPDATE",
                              {QByteArray::number(id)});
        if (!current)
            return std::unexpected(current.error());
        if (current->rows() == 0)
            return std::unexpected(PgError::refusal(Error::notFound(QStringLiteral("There is no webhook subscription with this id."))));
        const WebhookSubscription before = subscriptionFrom(*current, 0);
        if (expectedVersion && *expectedVersion != before.version)
            return std::unexpected(PgError::refusal(Error::stale(
                QStringLiteral("The webhook was changed by someone else (now version %1); read it again and retry.")
                    .arg(before.version))));
        auto stored = c.exec(
            QByteArray("UPDATE webhook_subscriptions SET url = COALESCE($2, url), "
                       "event_types = COALESCE($3::text[], event_types), description = COALESCE($4, description), "
                       "active = COALESCE($5::boolean, active), secret = COALESCE($6, secret), "
                       "version = version + 1, updated_at = now() WHERE id = $1 RETURNING ")
                + subscriptionColumns,
            {QByteArray::number(id), url ? std::optional(url->toUtf8()) : std::nullopt,
             types ? std::optional(textArrayParam(*types)) : std::nullopt,
             description.isUndefined() ? std::nullopt : std::optional(description.toString().trimmed().toUtf8()),
             active.isUndefined() ? std::nullopt : std::optional(QByteArray(active.toBool() ? "true" : "false")),
             secret.isEmpty() ? std::nullopt : std::optional(secret)});
        if (!stored)
            return std::unexpected(stored.error());
        Created updated{subscriptionFrom(*stored, 0), secret};
        QJsonObject after = updated.subscription.toJson();
        if (!secret.isEmpty())
            after.insert(QStringLiteral("secret_rotated"), true);
        if (auto logged = AuditLog::record(c, actor, {QStringLiteral("webhook.update"), QStringLiteral("webhook"),
                                                      QString::number(id), before.toJson(), after});
            !logged)
            return std::unexpected(logged.error());
        return updated;
    });
}

Domain::Status WebhookService::remove(qint64 id, const AuditActor &actor)
{
    auto db = m_database.acquire();
    return runInTransaction<void>(*db, [&](PgConnection &c) -> PgExpected<void> {
        auto gone = c.exec(QByteArray("DELETE FROM webhook_subscriptions WHERE id = $1 RETURNING ") + subscriptionColumns,
                           {QByteArray::number(id)});
        if (!gone)
            return std::unexpected(gone.error());
        if (gone->rows() == 0)
            return std::unexpected(PgError::refusal(Error::notFound(QStringLiteral("There is no webhook subscription with this id."))));
        if (auto logged = AuditLog::record(c, actor, {QStringLiteral("webhook.delete"), QStringLiteral("webhook"),
                                                      QString::number(id), subscriptionFrom(*gone, 0).toJson(),
                                                      std::nullopt});
            !logged)
            return std::unexpected(logged.error());
        return {};
    });
}

Domain::Result<QJsonArray> WebhookService::deliveries(qint64 subscription, const QString &status, qint64 before, int limit)
{
    if (auto exists = find(subscription); !exists)
        return fail(exists.error());
    auto db = m_database.acquire();
    auto rows = db->exec(QByteArray("SELECT ") + deliveryColumns
                             + " FROM webhook_deliveries WHERE subscription_id = $1 AND ($2::text IS NULL OR status = $2) "
                               "AND ($3::bigint = 0 OR id < $3) ORDER BY id DESC LIMIT $4",
                         {QByteArray::number(subscription),
                          status.isEmpty() ? std::nullopt : std::optional(status.toUtf8()),
                          QByteArray::number(before), QByteArray::number(limit)});
    if (!rows)
        return fail(rows.error().error);
    QJsonArray items;
    for (int i = 0; i < rows->rows(); ++i)
        items.append(deliveryFrom(*rows, i));
    return items;
}

Domain::Result<QJsonObject> WebhookService::replay(qint64 subscription, qint64 delivery, const AuditActor &actor)
{
    auto db = m_database.acquire();
    return runInTransaction<QJsonObject>(*db, [&](PgConnection &c) -> PgExpected<QJsonObject> {
        auto created = c.exec(QByteArray("INSERT INTO webhook_deliveries (subscription_id, event_id, event_type, body, "
                                         "replay_of, replayed) SELECT subscription_id, event_id, event_type, body, id, true "
                                         "FROM webhook_deliveries WHERE id = $2 AND subscription_id = $1 RETURNING ")
                                  + deliveryColumns,
                              {QByteArray::number(subscription), QByteArray::number(delivery)});
        if (!created)
            return std::unexpected(created.error());
        if (created->rows() == 0)
            return std::unexpected(PgError::refusal(
                Error::notFound(QStringLiteral("This webhook has no delivery with this id; list its deliveries to find one."))));
        const QJsonObject json = deliveryFrom(*created, 0);
        if (auto logged = AuditLog::record(c, actor, {QStringLiteral("webhook.replay"), QStringLiteral("webhook"),
                                                      QString::number(subscription), std::nullopt,
                                                      QJsonObject{{QStringLiteral("delivery"), QString::number(delivery)}}});
            !logged)
            return std::unexpected(logged.error());
        if (auto woken = c.exec("SELECT pg_notify('backroom_webhooks', '')"); !woken)
            return std::unexpected(woken.error());
        return json;
    });
}

Domain::Result<qint64> WebhookService::replayRange(qint64 subscription, const QDateTime &from, const QDateTime &to,
                                                   const AuditActor &actor)
{
    if (auto exists = find(subscription); !exists)
        return fail(exists.error());
    auto db = m_database.acquire();
    return runInTransaction<qint64>(*db, [&](PgConnection &c) -> PgExpected<qint64> {
        auto created = c.exec("INSERT INTO webhook_deliveries (subscription_id, event_id, event_type, body, replay_of, "
                              "replayed) SELECT subscription_id, event_id, event_type, body, id, true "
                              "FROM webhook_deliveries WHERE subscription_id = $1 AND NOT replayed "
                              "AND created_at >= $2::timestamptz AND created_at < $3::timestamptz ORDER BY id",
                              {QByteArray::number(subscription), from.toUTC().toString(Qt::ISODateWithMs).toUtf8(),
                               to.toUTC().toString(Qt::ISODateWithMs).toUtf8()});
        if (!created)
            return std::unexpected(created.error());
        const qint64 count = created->affected();
        if (auto logged = AuditLog::record(
                c, actor,
                {QStringLiteral("webhook.replay"), QStringLiteral("webhook"), QString::number(subscription), std::nullopt,
                 QJsonObject{{QStringLiteral("from"), from.toUTC().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("to"), to.toUTC().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("deliveries"), count}}});
            !logged)
            return std::unexpected(logged.error());
        if (auto woken = c.exec("SELECT pg_notify('backroom_webhooks', '')"); !woken)
            return std::unexpected(woken.error());
        return count;
    });
}

PgExpected<void> WebhookFanout::apply(PgConnection &connection, const OutboxEvent &event)
{
    const QJsonObject body = feedEventJson(event.id, event.type, event.aggregateType, event.aggregateId, event.payload,
                                           event.createdAt.toUTC().toString(Qt::ISODateWithMs));
    auto created = connection.exec(
        "INSERT INTO webhook_deliveries (subscription_id, event_id, event_type, body) "
        "SELECT s.id, $1, $2, $3::jsonb FROM webhook_subscriptions s "
        "WHERE s.active AND ($2 = ANY (s.event_types) OR '*' = ANY (s.event_types)) "
        "ON CONFLICT (subscription_id, event_id) WHERE NOT replayed DO NOTHING",
        {QByteArray::number(event.id), event.type.toUtf8(), QJsonDocument(body).toJson(QJsonDocument::Compact)});
    if (!created)
        return std::unexpected(created.error());
    if (created->affected() > 0) {
        if (auto woken = connection.exec("SELECT pg_notify('backroom_webhooks', '')"); !woken)
            return std::unexpected(woken.error());
    }
    return {};
}

WebhookSender::WebhookSender(QByteArray conninfo, Options options)
    : m_options(options)
    , m_loop(std::move(conninfo), QByteArrayLiteral("backroom_webhooks"))
{
}

WebhookSender::~WebhookSender()
{
    stop();
}

void WebhookSender::run()
{
    PgConnection connection(m_loop.conninfo());
    while (!m_loop.stopping()) {
        if (attemptOne(connection))
            continue;
        if (!m_loop.waitUntilDue(connection, "SELECT (EXTRACT(EPOCH FROM min(next_attempt_at) - clock_timestamp()) * 1000)::bigint "
                                             "FROM webhook_deliveries WHERE status IN ('pending', 'failed')"))
            return;
    }
}

bool WebhookSender::attemptOne(PgConnection &connection)
{
    // The claim outlasts the attempt, so nobody else tries it meanwhile unless this instance dies.
    const qint64 claimMs = qint64(m_options.timeoutMs) * 2 + 5000;
    auto claimed = connection.exec(
        "UPDATE webhook_deliveries d SET next_attempt_at = clock_timestamp() + $1 * interval '1 millisecond', "
        "updated_at = now() FROM webhook_subscriptions s "
        "WHERE d.id = (SELECT d2.id FROM webhook_deliveries d2 JOIN webhook_subscriptions s2 ON s2.id = d2.subscription_id "
        "  WHERE s2.active AND d2.status IN ('pending', 'failed') AND d2.next_attempt_at <= clock_timestamp() "
        "  ORDER BY d2.next_attempt_at, d2.id LIMIT 1 FOR UPDATE OF d2 SKIP LOCKED) "
        "AND s.id = d.subscription_id "
        "RETURNING d.id, d.event_id, d.event_type, d.body::text, d.attempts, s.url, s.secret, "
        "(EXTRACT(EPOCH FROM clock_timestamp() - d.created_at) * 1000)::bigint",
        {milliseconds(claimMs)});
    if (!claimed || claimed->rows() == 0)
        return false;
    const QByteArray id = claimed->value(0, 0).toByteArray();
    const QByteArray eventId = claimed->value(0, 1).toByteArray();
    const QByteArray eventType = claimed->value(0, 2).toByteArray();
    const QByteArray body = claimed->value(0, 3).toByteArray();
    const int attempt = int(claimed->toInt64(0, 4)) + 1;
    const QUrl url(claimed->text(0, 5));
    const QByteArray secret = claimed->value(0, 6).toByteArray();
    const qint64 ageMs = claimed->toInt64(0, 7);

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const Attempt result = post(url,
                                {{"Backroom-Signature", webhookSignature(secret, now, body)},
                                 {"Backroom-Event", eventType},
                                 {"Backroom-Event-Id", eventId},
                                 {"Backroom-Delivery", id}},
                                body, m_options.timeoutMs, m_options.allowPrivate);
    const bool ok = result.status >= 200 && result.status < 300;
    QByteArray status = "delivered";
    qint64 delayMs = 0;
    if (!ok) {
        const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
        const double base = double(m_options.firstRetryMs) * std::pow(2.0, std::min(attempt - 1, 30));
        delayMs = qint64(std::min(base, 3600.0 * 1000) * jitter);
        status = ageMs + delayMs > m_options.retryForMs ? "dead" : "failed";
    }
    const QString error = ok ? QString() : (result.error.isEmpty() ? QStringLiteral("answered %1").arg(result.status) : result.error);
    const std::optional<QByteArray> code = result.status ? std::optional(QByteArray::number(result.status)) : std::nullopt;
    const std::optional<QByteArray> errorText = ok ? std::nullopt : std::optional(error.left(500).toUtf8());
    Transaction tx(connection);
    if (!tx.begin())
        return true;
    auto recorded = connection.exec(
        "UPDATE webhook_deliveries SET status = $2, attempts = $3, last_status = $4, last_error = $5, "
        "next_attempt_at = clock_timestamp() + $6 * interval '1 millisecond', updated_at = now(), "
        "delivered_at = CASE WHEN $2 = 'delivered' THEN now() ELSE delivered_at END WHERE id = $1 "
        "RETURNING id",
        {id, status, QByteArray::number(attempt), code, errorText, milliseconds(delayMs)});
    if (!recorded || recorded->rows() == 0)
        return true;
    connection.exec("INSERT INTO webhook_attempts (delivery_id, attempt, status_code, error, retry_delay_ms) "
                    "VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                    {id, QByteArray::number(attempt), code, errorText,
                     status == "failed" ? std::optional(milliseconds(delayMs)) : std::nullopt});
    if (!tx.commit())
        return true;
    if (ok)
        ++m_delivered;
    else if (status == "dead")
        ++m_dead;
    else
        ++m_failed;
    if (status == "dead")
        Log::warning("webhook.dead", {{"delivery_id", QString::fromLatin1(id)}, {"error", error}});
    return true;
}

WebhookSender::Attempt WebhookSender::post(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                                           const QByteArray &body, int timeoutMs, bool allowPrivate)
{
    HttpClientRequest request;
    request.method = "POST";
    request.url = url;
    request.headers = headers;
    request.body = body;
    request.userAgent = "Backroom-Webhooks";
    request.timeoutMs = timeoutMs;
    request.statusOnly = true; // a receiver's body means nothing to us
    // Checked again here, not only at registration: the name may resolve elsewhere now (DNS rebinding).
    if (!allowPrivate)
        request.addressAllowed = [](const QHostAddress &a) { return isPublicAddress(a); };
    const HttpClientResponse response = httpSend(request);
    return {response.status, response.error};
}

void WebhookSender::writeMetrics(QByteArray &out) const
{
    out += "# HELP backroom_webhook_attempts_total Webhook delivery attempts by outcome on this instance.\n"
           "# TYPE backroom_webhook_attempts_total counter\n";
    out += "backroom_webhook_attempts_total{outcome=\"delivered\"} " + QByteArray::number(m_delivered.load()) + '\n';
    out += "backroom_webhook_attempts_total{outcome=\"failed\"} " + QByteArray::number(m_failed.load()) + '\n';
    out += "backroom_webhook_attempts_total{outcome=\"dead\"} " + QByteArray::number(m_dead.load()) + '\n';
}

} // namespace Backroom::Server
