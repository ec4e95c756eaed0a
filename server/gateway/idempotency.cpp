// SPDX-License-Identifier: MIT
#include "server/gateway/idempotency.h"

#include "server/log.h"
#include "server/store/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Backroom::Server {

namespace {
// The headers that are part of an answer's meaning; connection and per-request ones are not kept.
constexpr std::array keptHeaders{"Content-Type", "Location", "ETag", "Cache-Control"};

QByteArray headersJson(const HttpResponse &response)
{
    QJsonArray pairs;
    for (const char *name : keptHeaders) {
        const QByteArray value = response.header(name);
        if (!value.isEmpty())
            pairs.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    }
    return QJsonDocument(pairs).toJson(QJsonDocument::Compact);
}

HttpResponse unavailable()
{
    return HttpResponse::problem(503, QStringLiteral("unavailable"),
                                 QStringLiteral("The server could not check the Idempotency-Key because the database "
                                                "is unreachable; retry with the same key in a moment."));
}
} // namespace

IdempotencyStore::IdempotencyStore(Database &database, Options options)
    : m_database(database)
    , m_options(options)
{
}

std::optional<HttpResponse> IdempotencyStore::checkKey(QByteArrayView key)
{
    const bool printable = std::all_of(key.begin(), key.end(), [](char c) { return c > 0x20 && c < 0x7f; });
    if (!key.isEmpty() && key.size() <= 255 && printable)
        return std::nullopt;
    return HttpResponse::problem(400, QStringLiteral("bad-idempotency-key"),
                                 QStringLiteral("The Idempotency-Key header must be 1 to 255 printable ASCII characters "
                                                "without spaces; a UUID is a good choice."));
}

QByteArray IdempotencyStore::requestHash(QByteArrayView method, QByteArrayView target, QByteArrayView body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method);
    hash.addData(QByteArrayView("\n"));
    hash.addData(target);
    hash.addData(QByteArrayView("\n"));
    hash.addData(body);
    return hash.result();
}

IdempotencyStore::Claim IdempotencyStore::claim(const QByteArray &principal, const QByteArray &route,
                                                const QByteArray &key, const QByteArray &requestHash)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    qint64 last = m_lastPurgeMs.load();
    if (nowMs - last > 60'000 && m_lastPurgeMs.compare_exchange_strong(last, nowMs))
        (void)purgeExpired();

    auto db = m_database.acquire();
    // Either this request takes the key (a new one, or one whose request died without an answer), or the row
    // that holds it comes back as it is.
    auto rows = db->exec(
        "INSERT INTO idempotency_keys AS k (key, principal, route, request_hash) VALUES ($1, $2, $3, $4::bytea) "
        "ON CONFLICT (principal, route, key) DO UPDATE SET created_at = now() "
        "WHERE k.status IS NULL AND k.request_hash = EXCLUDED.request_hash "
        "AND k.created_at < now() - make_interval(secs => $5::int) "
        "RETURNING true",
        {key, principal, route, byteaParam(requestHash), QByteArray::number(qint64(m_options.staleAfter.count()))});
    if (!rows)
        return Answer{unavailable()};
    if (rows->rows() == 1)
        return Proceed{};

    auto held = db->exec("SELECT request_hash = $4::bytea, status, response_headers, encode(response_body, 'hex') "
                         "FROM idempotency_keys WHERE principal = $2 AND route = $3 AND key = $1",
                         {key, principal, route, byteaParam(requestHash)});
    if (!held)
        return Answer{unavailable()};
    if (held->rows() == 0) // purged between the two statements: as good as new
        return claim(principal, route, key, requestHash);
    if (held->value(0, 0) != "t")
        return Answer{HttpResponse::problem(
            422, QStringLiteral("idempotency-key-reused"),
            QStringLiteral("This Idempotency-Key was already used for a different request; use a new key for a new "
                           "request."))};
    if (held->isNull(0, 1)) {
        HttpResponse busy = HttpResponse::problem(
            409, QStringLiteral("idempotency-key-in-flight"),
            QStringLiteral("A request with this Idempotency-Key is still being processed; wait for it, then send it "
                           "again to get its answer."));
        busy.setHeader("Retry-After", "1");
        return Answer{std::move(busy)};
    }
    HttpResponse replay;
    replay.status = int(held->toInt64(0, 1));
    for (const QJsonValue &pair : QJsonDocument::fromJson(held->value(0, 2).toByteArray()).array())
        replay.setHeader(pair[0].toString().toLatin1(), pair[1].toString().toLatin1());
    replay.body = QByteArray::fromHex(held->value(0, 3).toByteArray());
    replay.setHeader("Idempotent-Replayed", "true");
    return Answer{std::move(replay)};
}

void IdempotencyStore::complete(const QByteArray &principal, const QByteArray &route, const QByteArray &key,
                                const HttpResponse &response, const QByteArray &requestId)
{
    auto db = m_database.acquire();
    // A file body is not kept (it may be a temporary export): like a 5xx, the claim goes and a retry runs.
    auto done = response.status >= 500 || response.bodyFile
        ? db->exec("DELETE FROM idempotency_keys WHERE principal = $1 AND route = $2 AND key = $3 AND status IS NULL",
                   {principal, route, key})
        : db->exec("UPDATE idempotency_keys SET status = $4, response_headers = $5::jsonb, response_body = $6::bytea, "
                   "completed_at = now() WHERE principal = $1 AND route = $2 AND key = $3",
                   {principal, route, key, QByteArray::number(response.status), headersJson(response),
                    byteaParam(response.body)});
    if (!done)
        // The key stays "in flight" until staleAfter, then can be used again: a retry is refused for a while
        // but never gets a second effect without the first having been recorded as failed.
        Log::warning("idempotency.complete_failed", {{"request_id", QString::fromLatin1(requestId)},
                                                     {"key", QString::fromLatin1(key)},
                                                     {"error", done.error().error.message}});
}

Domain::Result<qint64> IdempotencyStore::purgeExpired()
{
    auto db = m_database.acquire();
    auto deleted = db->exec("DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(secs => $1::int)",
                            {QByteArray::number(qint64(m_options.retention.count()))});
    if (!deleted)
        return Domain::fail(deleted.error().error);
    return deleted->affected();
}

} // namespace Backroom::Server
