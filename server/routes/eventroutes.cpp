// SPDX-License-Identifier: MIT
#include "server/routes/eventroutes.h"

#include "domain/json.h"
#include "server/gateway/requestcontext.h"
#include "server/routes/paging.h"
#include "server/store/database.h"

#include <QRegularExpression>

namespace Backroom::Server {

using Domain::Error;
using Domain::Permission;

namespace {
constexpr int maxWaitSeconds = 30;

HttpResponse noSuchWebhook()
{
    return HttpResponse::fromError(Error::notFound(QStringLiteral("There is no webhook subscription with this id.")));
}

HttpResponse subscriptionAnswer(int status, const WebhookService::Created &created)
{
    QJsonObject json = created.subscription.toJson();
    if (!created.secret.isEmpty())
        json.insert(QStringLiteral("secret"), QString::fromLatin1(created.secret)); // shown this once only
    HttpResponse r = HttpResponse::json(status, json);
    r.setHeader("ETag", versionETag(created.subscription.version));
    r.setHeader("Cache-Control", "no-store");
    if (status == 201)
        r.setHeader("Location", "/api/v1/webhooks/" + QByteArray::number(created.subscription.id));
    return r;
}

Error queryError(const QString &field, const QString &message)
{
    return Error::validation(QStringLiteral("The feed parameters are not valid: %1 %2.").arg(field, message),
                             {{field, message}});
}

Domain::Result<QDateTime> timeFrom(const QJsonObject &body, const QString &field)
{
    const QJsonValue v = body.value(field);
    const QDateTime at = v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
        return Domain::fail(Error::validation(
            QStringLiteral("The replay range is not valid: %1 must be an RFC 3339 time with a zone.").arg(field),
            {{field, QStringLiteral("must be an RFC 3339 time such as 2026-11-24T13:00:00Z")}}));
    return at;
}
} // namespace

void EventRoutes::follow(RequestContext &c, DeferredReply reply)
{
    const QUrlQuery query = c.query();
    const QString afterText = query.queryItemValue(QStringLiteral("after"));
    const QString waitText = query.queryItemValue(QStringLiteral("wait"));
    const QString typesText = query.queryItemValue(QStringLiteral("types"));
    bool ok = true;
    const qint64 after = afterText.isEmpty() ? -1 : afterText.toLongLong(&ok);
    if (!ok || (!afterText.isEmpty() && after < 0))
        return reply(HttpResponse::fromError(queryError(QStringLiteral("after"), QStringLiteral("must be an event id (a whole number, 0 or more)"))));
    const int wait = waitText.isEmpty() ? 0 : waitText.toInt(&ok);
    if (!ok || wait < 0 || wait > maxWaitSeconds)
        return reply(HttpResponse::fromError(queryError(QStringLiteral("wait"), QStringLiteral("must be a whole number of seconds from 0 to %1").arg(maxWaitSeconds))));
    static const QRegularExpression typeName(QStringLiteral("^[A-Z][A-Za-z0-9]{0,99}$"));
    const QStringList types = typesText.split(u',', Qt::SkipEmptyParts);
    for (const QString &t : types)
        if (!typeName.match(t.trimmed()).hasMatch())
            return reply(HttpResponse::fromError(queryError(QStringLiteral("types"), QStringLiteral("must be event names separated by commas, e.g. InventoryChanged,StockLevelLow"))));
    QStringList trimmed;
    for (const QString &t : types)
        trimmed.append(t.trimmed());

    auto db = m_database.acquire();
    if (after < 0) {
        // Starting to follow: from now on.
        auto newest = m_feed.newestId(*db);
        if (!newest)
            return reply(HttpResponse::fromError(newest.error().error));
        return reply(EventFeed::answer({{}, *newest}));
    }
    auto page = m_feed.read(*db, after, trimmed);
    if (!page)
        return reply(HttpResponse::fromError(page.error().error));
    if (!page->items.isEmpty() || wait == 0)
        return reply(EventFeed::answer(*page));
    m_feed.wait(page->lastId, trimmed, std::chrono::seconds(wait), std::move(reply));
}

void EventRoutes::registerOn(Router &router)
{
    RouteSpec feed{"GET", "/api/v1/events", Permission::EventsRead, false, {}};
    feed.deferred = [this](RequestContext &c, DeferredReply reply) { follow(c, std::move(reply)); };
    router.add(std::move(feed));

    router.add({"POST", "/api/v1/webhooks", Permission::SystemManage, true,
                [this](RequestContext &c) {
                    auto created = m_webhooks.create(c.body().object(), AuditActor::of(c));
                    if (!created)
                        return HttpResponse::fromError(created.error());
                    return subscriptionAnswer(201, *created);
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional});

    router.add({"GET", "/api/v1/webhooks", Permission::SystemManage, false, [this](RequestContext &c) {
                    auto page = PageRequest::from(c.query());
                    if (!page)
                        return HttpResponse::fromError(page.error());
                    auto all = m_webhooks.list(page->after, page->limit);
                    if (!all)
                        return HttpResponse::fromError(all.error());
                    QJsonArray items;
                    for (const WebhookSubscription &s : *all)
                        items.append(s.toJson());
                    HttpResponse r = HttpResponse::json(200, pageJson(items, page->limit, all->isEmpty() ? 0 : all->last().id));
                    r.setHeader("Cache-Control", "no-store");
                    return r;
                }});

    router.add({"GET", "/api/v1/webhooks/{id}", Permission::SystemManage, false, [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchWebhook();
                    auto found = m_webhooks.find(*id);
                    if (!found)
                        return HttpResponse::fromError(found.error());
                    return subscriptionAnswer(200, {*found, {}});
                }});

    router.add({"PATCH", "/api/v1/webhooks/{id}", Permission::SystemManage, true,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchWebhook();
                    auto expected = c.expectedVersion();
                    if (!expected)
                        return HttpResponse::fromError(expected.error());
                    auto updated = m_webhooks.update(*id, c.body().object(), *expected, AuditActor::of(c));
                    if (!updated)
                        return HttpResponse::fromError(updated.error());
                    return subscriptionAnswer(200, *updated);
                },
                Execution::Worker});

    router.add({"DELETE", "/api/v1/webhooks/{id}", Permission::SystemManage, false,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchWebhook();
                    if (auto removed = m_webhooks.remove(*id, AuditActor::of(c)); !removed)
                        return HttpResponse::fromError(removed.error());
                    return HttpResponse::noContent();
                },
                Execution::Worker});

    router.add({"GET", "/api/v1/webhooks/{id}/deliveries", Permission::SystemManage, false, [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchWebhook();
                    const auto status = statusFilter(c.query(), {u"pending"_qs, u"failed"_qs, u"delivered"_qs, u"dead"_qs});
                    if (!status)
                        return HttpResponse::fromError(status.error());
                    auto page = PageRequest::from(c.query());
                    if (!page)
                        return HttpResponse::fromError(page.error());
                    auto items = m_webhooks.deliveries(*id, *status, page->after, page->limit);
                    if (!items)
                        return HttpResponse::fromError(items.error());
                    HttpResponse r = HttpResponse::json(200, pageJson(*items, page->limit));
                    r.setHeader("Cache-Control", "no-store");
                    return r;
                }});

    router.add({"POST", "/api/v1/webhooks/{id}/deliveries/{delivery}/replay", Permission::SystemManage, false,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    const auto delivery = c.idParam(QStringLiteral("delivery"));
                    if (!id || !delivery)
                        return HttpResponse::fromError(Error::notFound(QStringLiteral("There is no such webhook delivery.")));
                    auto replayed = m_webhooks.replay(*id, *delivery, AuditActor::of(c));
                    if (!replayed)
                        return HttpResponse::fromError(replayed.error());
                    return HttpResponse::json(202, *replayed);
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional});

    router.add({"POST", "/api/v1/webhooks/{id}/replay", Permission::SystemManage, true,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchWebhook();
                    const QJsonObject body = c.body().object();
                    if (auto ok = Domain::Json::allowOnly(body, {u"from", u"to"}); !ok)
                        return HttpResponse::fromError(ok.error());
                    auto from = timeFrom(body, QStringLiteral("from"));
                    if (!from)
                        return HttpResponse::fromError(from.error());
                    auto to = timeFrom(body, QStringLiteral("to"));
                    if (!to)
                        return HttpResponse::fromError(to.error());
                    if (*to <= *from)
                        return HttpResponse::fromError(Error::validation(
                            QStringLiteral("The replay range is empty: to must be after from."),
                            {{QStringLiteral("to"), QStringLiteral("must be after from")}}));
                    auto count = m_webhooks.replayRange(*id, *from, *to, AuditActor::of(c));
                    if (!count)
                        return HttpResponse::fromError(count.error());
                    return HttpResponse::json(202, QJsonObject{{QStringLiteral("replayed"), *count}});
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional});
}

} // namespace Backroom::Server
