// SPDX-License-Identifier: MIT
#include "server/routes/accountroutes.h"

#include "domain/json.h"
#include "server/audit/auditlog.h"
#include "server/gateway/requestcontext.h"
#include "server/identity/addressbook.h"
#include "server/identity/identityservice.h"
#include "server/routes/paging.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Backroom::Server {

using Domain::Error;
using Domain::Permission;

namespace {
constexpr qsizetype maxSettingsBytes = 16 * 1024;

HttpResponse versioned(int status, const QJsonObject &body, int version)
{
    HttpResponse r = HttpResponse::json(status, body);
    r.setHeader("ETag", versionETag(version));
    r.setHeader("Cache-Control", "private, no-cache");
    return r;
}

HttpResponse noSuchUser()
{
    return HttpResponse::fromError(Error::notFound(QStringLiteral("There is no such user; list /api/v1/users.")));
}

HttpResponse noSuchAddress()
{
    return HttpResponse::fromError(Error::notFound(
        QStringLiteral("There is no such address in your address book; list /api/v1/me/addresses for the ones there "
                       "are.")));
}

// Reads the members of a user update that are present. Which members are allowed is checked before.
Domain::Result<UserChanges> userChanges(const QJsonObject &body)
{
    UserChanges changes;
    QList<Domain::FieldError> errors;
    if (body.contains(QStringLiteral("name"))) {
        auto name = Domain::Json::requiredString(body, u"name", 200);
        if (name)
            changes.name = *name;
        else
            errors += name.error().fields;
    }
    for (const auto &[key, target] : {std::pair{QStringLiteral("profile"), &changes.profile},
                                      std::pair{QStringLiteral("preferences"), &changes.preferences}}) {
        if (!body.contains(key))
            continue;
        const QJsonValue v = body.value(key);
        if (!v.isObject())
            errors.append({key, QStringLiteral("must be a JSON object")});
        else if (QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).size() > maxSettingsBytes)
            errors.append({key, QStringLiteral("must be at most %1 bytes of JSON").arg(maxSettingsBytes)});
        else
            *target = v.toObject();
    }
    if (body.contains(QStringLiteral("roles"))) {
        auto roles = Domain::rolesFromJson(body.value(QStringLiteral("roles")), QStringLiteral("roles"));
        if (roles)
            changes.roles = *roles;
        else
            errors += roles.error().fields;
    }
    if (body.contains(QStringLiteral("disabled"))) {
        if (body.value(QStringLiteral("disabled")).isBool())
            changes.disabled = body.value(QStringLiteral("disabled")).toBool();
        else
            errors.append({QStringLiteral("disabled"), QStringLiteral("must be true or false")});
    }
    if (!errors.isEmpty())
        return Domain::fail(Error::validation(QStringLiteral("The changes are not valid; correct the fields named."),
                                              errors));
    return changes;
}

Domain::Result<AuditFilter> auditFilter(const QUrlQuery &query)
{
    AuditFilter f;
    QList<Domain::FieldError> errors;
    const auto item = [&](const char *name) { return query.queryItemValue(QString::fromLatin1(name)); };
    if (const QString actor = item("actor_id"); !actor.isEmpty()) {
        bool ok = false;
        f.actorId = actor.toLongLong(&ok);
        if (!ok || *f.actorId <= 0)
            errors.append({QStringLiteral("actor_id"), QStringLiteral("must be a user id")});
    }
    f.action = item("action").left(100);
    f.entityType = item("entity_type").left(100);
    f.entityId = item("entity_id").left(100);
    for (const auto &[name, target] : {std::pair{"since", &f.since}, std::pair{"until", &f.until}}) {
        const QString text = item(name);
        if (text.isEmpty())
            continue;
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
            errors.append({QString::fromLatin1(name),
                           QStringLiteral("must be an RFC 3339 time with a zone, e.g. 2026-11-24T09:00:00Z")});
        else
            *target = at;
    }
    auto page = PageRequest::from(query);
    if (!page)
        errors += page.error().fields;
    else {
        f.before = page->after; // newest first: the cursor is the smallest id seen
        f.limit = page->limit;
    }
    if (!errors.isEmpty())
        return Domain::fail(Error::validation(QStringLiteral("The audit log filters are not valid."), errors));
    return f;
}
} // namespace

AccountRoutes::AccountRoutes(IdentityService &identity, Database &database)
    : m_identity(identity)
    , m_addresses(database)
    , m_audit(database)
{
}

void AccountRoutes::registerOn(Router &router)
{
    router.add({"PATCH", "/api/v1/me", Permission::OwnAccount, true,
                [this](RequestContext &c) {
                    const QJsonObject body = c.body().object();
                    // Roles and disabled are not among them: a customer cannot grant themselves anything.
                    if (auto ok = Domain::Json::allowOnly(
                            body, {u"name", u"profile", u"preferences", u"password", u"current_password"});
                        !ok)
                        return HttpResponse::fromError(ok.error());
                    auto expected = c.expectedVersion();
                    if (!expected)
                        return HttpResponse::fromError(expected.error());
                    QJsonObject rest = body;
                    rest.remove(QStringLiteral("password"));
                    rest.remove(QStringLiteral("current_password"));
                    auto changes = userChanges(rest);
                    if (!changes)
                        return HttpResponse::fromError(changes.error());
                    const qint64 me = c.principal()->userId;
                    if (body.contains(QStringLiteral("password"))) {
                        const QJsonValue next = body.value(QStringLiteral("password"));
                        if (!next.isString())
                            return HttpResponse::fromError(Error::validation(
                                QStringLiteral("The new password must be a string."),
                                {{QStringLiteral("password"), QStringLiteral("must be a string")}}));
                        const QByteArray current = body.value(QStringLiteral("current_password")).toString().toUtf8();
                        if (auto changed =
                                m_identity.changePassword(me, current, next.toString().toUtf8(), AuditActor::of(c));
                            !changed)
                            return HttpResponse::fromError(changed.error());
                    } else if (body.contains(QStringLiteral("current_password"))) {
                        return HttpResponse::fromError(Error::validation(
                            QStringLiteral("current_password is only needed to change the password."),
                            {{QStringLiteral("current_password"), QStringLiteral("is only allowed with password")}}));
                    }
                    auto user = changes->isEmpty() ? m_identity.user(me)
                                                   : m_identity.updateUser(me, *changes, *expected, AuditActor::of(c));
                    if (!user)
                        return HttpResponse::fromError(user.error());
                    return versioned(200, user->toJson(), user->version);
                },
                Execution::Worker});

    router.add({"GET", "/api/v1/me/addresses", Permission::OwnAccount, false, [this](RequestContext &c) {
                    auto list = m_addresses.list(c.principal()->userId);
                    if (!list)
                        return HttpResponse::fromError(list.error());
                    QJsonArray items;
                    for (const StoredAddress &a : std::as_const(*list))
                        items.append(a.toJson());
                    HttpResponse r = HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
                    r.setHeader("Cache-Control", "private, no-cache");
                    return r;
                }});
    router.add({"POST", "/api/v1/me/addresses", Permission::OwnAccount, true,
                [this](RequestContext &c) {
                    auto address = Domain::addressFromJson(c.body().object());
                    if (!address)
                        return HttpResponse::fromError(address.error());
                    auto stored = m_addresses.add(c.principal()->userId, *address);
                    if (!stored)
                        return HttpResponse::fromError(stored.error());
                    HttpResponse r = versioned(201, stored->toJson(), stored->version);
                    r.setHeader("Location", "/api/v1/me/addresses/" + QByteArray::number(stored->id));
                    return r;
                },
                Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Optional});
    router.add({"GET", "/api/v1/me/addresses/{id}", Permission::OwnAccount, false, [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchAddress();
                    auto stored = m_addresses.get(c.principal()->userId, *id);
                    if (!stored)
                        return HttpResponse::fromError(stored.error());
                    return versioned(200, stored->toJson(), stored->version);
                }});
    router.add({"PATCH", "/api/v1/me/addresses/{id}", Permission::OwnAccount, true,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchAddress();
                    auto expected = c.expectedVersion();
                    if (!expected)
                        return HttpResponse::fromError(expected.error());
                    auto stored = m_addresses.update(c.principal()->userId, *id, c.body().object(), *expected);
                    if (!stored)
                        return HttpResponse::fromError(stored.error());
                    return versioned(200, stored->toJson(), stored->version);
                },
                Execution::Worker});
    router.add({"DELETE", "/api/v1/me/addresses/{id}", Permission::OwnAccount, false,
                [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchAddress();
                    auto expected = c.expectedVersion();
                    if (!expected)
                        return HttpResponse::fromError(expected.error());
                    if (auto removed = m_addresses.remove(c.principal()->userId, *id, *expected); !removed)
                        return HttpResponse::fromError(removed.error());
                    return HttpResponse::noContent();
                },
                Execution::Worker});

    router.add({"GET", "/api/v1/users/{id}", Permission::UsersManage, false, [this](RequestContext &c) {
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchUser();
                    auto user = m_identity.user(*id);
                    if (!user)
                        return HttpResponse::fromError(user.error());
                    return versioned(200, user->toJson(), user->version);
                }});
    router.add({"PATCH", "/api/v1/users/{id}", Permission::UsersManage, true,
                [this](RequestContext &c) {
                    const QJsonObject body = c.body().object();
                    if (auto ok = Domain::Json::allowOnly(body, {u"name", u"roles", u"disabled", u"profile",
                                                                 u"preferences"});
                        !ok)
                        return HttpResponse::fromError(ok.error());
                    const auto id = c.idParam(QStringLiteral("id"));
                    if (!id)
                        return noSuchUser();
                    auto expected = c.expectedVersion();
                    if (!expected)
                        return HttpResponse::fromError(expected.error());
                    auto changes = userChanges(body);
                    if (!changes)
                        return HttpResponse::fromError(changes.error());
                    auto user = m_identity.updateUser(*id, *changes, *expected, AuditActor::of(c));
                    if (!user)
                        return HttpResponse::fromError(user.error());
                    return versioned(200, user->toJson(), user->version);
                },
                Execution::Worker});

    router.add({"GET", "/api/v1/audit", Permission::AuditRead, false, [this](RequestContext &c) {
                    auto filter = auditFilter(c.query());
                    if (!filter)
                        return HttpResponse::fromError(filter.error());
                    auto records = m_audit.find(*filter);
                    if (!records)
                        return HttpResponse::fromError(records.error());
                    QJsonArray items;
                    for (const AuditRecord &r : std::as_const(*records))
                        items.append(r.toJson());
                    HttpResponse r = HttpResponse::json(
                        200, pageJson(items, filter->limit, records->isEmpty() ? 0 : records->last().id));
                    r.setHeader("Cache-Control", "private, no-cache");
                    return r;
                }});
}

} // namespace Backroom::Server
