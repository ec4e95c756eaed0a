// SPDX-License-Identifier: MIT
#include "server/identity/identityservice.h"

#include "domain/email.h"
#include "server/store/database.h"
#include "server/store/transaction.h"

#include "server/audit/auditlog.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;
using Domain::Role;

namespace {
const QString wrongCredentials = QStringLiteral("The email address or password is wrong.");
const QString badRefreshToken = QStringLiteral("This session is no longer valid; sign in again.");

QByteArray rolesLiteral(const QList<Role> &roles)
{
    // A PostgreSQL array literal of names from our own fixed list, passed as a parameter.
    QStringList names;
    for (Role r : roles)
        names.append(Domain::roleName(r));
    return (u'{' + names.join(u',') + u'}').toUtf8();
}

QList<Role> parseRoles(QByteArrayView literal)
{
    QList<Role> roles;
    const QString text = QString::fromUtf8(literal.sliced(1, literal.size() - 2));
    for (const QString &name : text.split(u',', Qt::SkipEmptyParts)) {
        if (auto role = Domain::roleFromName(name))
            roles.append(*role);
    }
    return roles;
}

QByteArray tokenHash(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

QByteArray randomToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray timestamp(IdentityService::Clock::time_point t)
{
    return QByteArray::number(qint64(std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count()));
}

constexpr const char *userColumns =
    "id, email, name, roles, profile, preferences, version, to_char(created_at AT TIME ZONE 'UTC', "
    "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), disabled_at IS NOT NULL";

UserRecord userFrom(const PgResult &rows, int row)
{
    UserRecord u;
    u.id = rows.toInt64(row, 0);
    u.email = rows.text(row, 1);
    u.name = rows.text(row, 2);
    u.roles = parseRoles(rows.value(row, 3));
    u.profile = QJsonDocument::fromJson(rows.value(row, 4).toByteArray()).object();
    u.preferences = QJsonDocument::fromJson(rows.value(row, 5).toByteArray()).object();
    u.version = int(rows.toInt64(row, 6));
    u.createdAt = rows.text(row, 7);
    u.disabled = rows.value(row, 8) == "t";
    return u;
}
} // namespace

QJsonObject UserRecord::toJson() const
{
    QJsonArray roleNames;
    for (Role r : roles)
        roleNames.append(Domain::roleName(r));
    return {{QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("email"), email},
            {QStringLiteral("name"), name},
            {QStringLiteral("roles"), roleNames},
            {QStringLiteral("profile"), profile},
            {QStringLiteral("preferences"), preferences},
            {QStringLiteral("disabled"), disabled},
            {QStringLiteral("version"), version},
            {QStringLiteral("created_at"), createdAt}};
}

QJsonObject TokenPair::toJson() const
{
    return {{QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
            {QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)},
            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("expires_in"), expiresInSeconds}};
}

IdentityService::IdentityService(Database &database, SigningKeys &keys, const PasswordHasher &hasher, Options options)
    : m_database(database)
    , m_keys(keys)
    , m_hasher(hasher)
    , m_options(std::move(options))
{
}

Domain::Result<UserRecord> IdentityService::registerCustomer(const QString &email, const QByteArray &password,
                                                             const QString &name)
{
    return insertUser(email, password, name, {Role::Customer}, nullptr);
}

Domain::Result<UserRecord> IdentityService::createExternalCustomer(const QString &email, const QString &name)
{
    return insertUser(email, std::nullopt, name, {Role::Customer}, nullptr);
}

Domain::Result<UserRecord> IdentityService::createUser(const QString &email, const QByteArray &password,
                                                       const QString &name, const QList<Role> &roles,
                                                       const AuditActor &actor)
{
    return insertUser(email, password, name, roles, &actor);
}

Domain::Result<UserRecord> IdentityService::insertUser(const QString &email, const std::optional<QByteArray> &password,
                                                       const QString &name, const QList<Role> &roles,
                                                       const AuditActor *actor)
{
    auto address = Domain::parseEmail(email);
    if (!address)
        return fail(address.error());
    if (name.trimmed().isEmpty() || name.size() > 200)
        return fail(Error::validation(QStringLiteral("A name is required."),
                                      {{QStringLiteral("name"), QStringLiteral("must be 1 to 200 characters")}}));
    if (roles.isEmpty())
        return fail(Error::validation(QStringLiteral("A user needs at least one role."),
                                      {{QStringLiteral("roles"), QStringLiteral("must not be empty")}}));
    std::optional<QByteArray> hashed;
    if (password) {
        auto h = m_hasher.hash(*password);
        if (!h)
            return fail(h.error());
        hashed = *h;
    }
    auto db = m_database.acquire();
    return runInTransaction<UserRecord>(*db, [&](PgConnection &c) -> PgExpected<UserRecord> {
        auto rows = c.exec(QByteArray("INSERT INTO users (email, name, password_hash, roles) VALUES ($1, $2, $3, "
                                      "$4::text[]) RETURNING ")
                               + userColumns,
                           {address->toUtf8(), name.trimmed().toUtf8(), hashed, rolesLiteral(roles)});
        if (!rows) {
            if (rows.error().sqlstate == "23505")
                return std::unexpected(PgError::refusal(Error::conflict(
                    QStringLiteral("An account with this email address already exists; sign in instead, or use "
                                   "another address."))));
            return std::unexpected(rows.error());
        }
        UserRecord user = userFrom(*rows, 0);
        if (actor) {
            QJsonObject created = user.toJson();
            created.remove(QStringLiteral("version"));
            if (auto logged = AuditLog::record(c, *actor, {QStringLiteral("user.create"), QStringLiteral("user"),
                                                           QString::number(user.id), std::nullopt, created});
                !logged)
                return std::unexpected(logged.error());
        }
        return user;
    });
}

Domain::Result<TokenPair> IdentityService::login(const QString &email, const QByteArray &password, Clock::time_point now)
{
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT id, password_hash, roles, disabled_at IS NOT NULL FROM users WHERE lower(email) = lower($1)",
                         {email.trimmed().toUtf8()});
    if (!rows)
        return fail(rows.error().error);
    if (rows->rows() == 0 || rows->isNull(0, 1)) {
        m_hasher.verifyNothing(password);
        return fail(Error{Domain::ErrorCode::Unauthorized, wrongCredentials, {}});
    }
    const QByteArray stored = rows->value(0, 1).toByteArray();
    if (!m_hasher.verify(password, stored))
        return fail(Error{Domain::ErrorCode::Unauthorized, wrongCredentials, {}});
    if (rows->value(0, 3) == "t")
        return fail(Error{Domain::ErrorCode::Forbidden,
                          QStringLiteral("This account is disabled; ask an administrator to enable it."), {}});
    const qint64 userId = rows->toInt64(0, 0);
    const QList<Role> roles = parseRoles(rows->value(0, 2));
    if (m_hasher.needsRehash(stored)) {
        if (auto rehashed = m_hasher.hash(password))
            (void)db->exec("UPDATE users SET password_hash = $2 WHERE id = $1", {QByteArray::number(userId), *rehashed});
    }
    return issue(userId, roles, QUuid::createUuid().toByteArray(QUuid::WithoutBraces), now);
}

Domain::Result<TokenPair> IdentityService::startSession(qint64 userId, Clock::time_point now)
{
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT roles, disabled_at IS NOT NULL FROM users WHERE id = $1", {QByteArray::number(userId)});
    if (!rows)
        return fail(rows.error().error);
    if (rows->rows() == 0)
        return fail(Error::notFound(QStringLiteral("There is no such user.")));
    if (rows->value(0, 1) == "t")
        return fail(Error{Domain::ErrorCode::Forbidden,
                          QStringLiteral("This account is disabled; ask an administrator to enable it."), {}});
    return issue(userId, parseRoles(rows->value(0, 0)), QUuid::createUuid().toByteArray(QUuid::WithoutBraces), now);
}

Domain::Result<QByteArray> IdentityService::accessToken(qint64 userId, const QList<Role> &roles, Clock::time_point now) const
{
    auto key = m_keys.signingKey();
    if (!key)
        return fail(key.error());
    const auto issuedAt = std::chrono::time_point_cast<std::chrono::seconds>(now);
    TokenClaims claims;
    claims.issuer = m_options.issuer;
    claims.audience = {m_options.audience};
    claims.subject = QString::number(userId);
    claims.issuedAt = issuedAt;
    claims.notBefore = issuedAt;
    claims.expiresAt = issuedAt + m_options.accessTokenLifetime;
    claims.jwtId = QString::fromLatin1(randomToken().left(16));
    for (Role r : roles)
        claims.roles.append(Domain::roleName(r));
    return signToken(claims, *key);
}

Domain::Result<TokenPair> IdentityService::issue(qint64 userId, const QList<Role> &roles, const QByteArray &family,
                                                 Clock::time_point now)
{
    auto access = accessToken(userId, roles, now);
    if (!access)
        return fail(access.error());
    const QByteArray refresh = randomToken();
    auto db = m_database.acquire();
    auto stored = db->exec("INSERT INTO refresh_tokens (family, user_id, token_hash, expires_at) "
                           "VALUES ($1::uuid, $2, $3::bytea, to_timestamp($4::bigint))",
                           {family, QByteArray::number(userId), byteaParam(tokenHash(refresh)),
                            timestamp(now + m_options.refreshTokenLifetime)});
    if (!stored)
        return fail(stored.error().error);
    return TokenPair{*access, refresh, qint64(m_options.accessTokenLifetime.count())};
}

Domain::Result<TokenPair> IdentityService::refresh(const QByteArray &refreshToken, Clock::time_point now)
{
    if (refreshToken.isEmpty() || refreshToken.size() > 256)
        return fail(Error{Domain::ErrorCode::Unauthorized, badRefreshToken, {}});
    struct Outcome {
        bool reused = false;
        bool valid = false;
        qint64 userId = 0;
        QByteArray family;
        QList<Role> roles;
    };
    auto db = m_database.acquire();
    // The row lock makes two uses of one token take turns: the second sees it used and revokes the family.
    // A reuse is committed, not rolled back, so the revocation sticks although the request fails.
    auto outcome = runInTransaction<Outcome>(*db, [&](PgConnection &c) -> PgExpected<Outcome> {
        auto rows = c.exec("SELECT t.family::text, t.user_id, t.used_at IS NOT NULL, t.revoked_at IS NOT NULL, "
                           "t.expires_at <= to_timestamp($2::bigint), u.disabled_at IS NOT NULL, u.roles "
                           "FROM refresh_tokens t JOIN users u ON u.id = t.user_id "
                           "WHERE t.token_hash = $1::bytea FOR UPDATE OF t",
                           {byteaParam(tokenHash(refreshToken)), timestamp(now)});
        if (!rows)
            return std::unexpected(rows.error());
        Outcome o;
        if (rows->rows() == 0)
            return o;
        o.family = rows->value(0, 0).toByteArray();
        o.userId = rows->toInt64(0, 1);
        o.roles = parseRoles(rows->value(0, 6));
        const bool used = rows->value(0, 2) == "t";
        const bool revoked = rows->value(0, 3) == "t";
        const bool expired = rows->value(0, 4) == "t";
        const bool disabled = rows->value(0, 5) == "t";
        if (used && !revoked) {
            o.reused = true;
            auto revokedAll = c.exec("UPDATE refresh_tokens SET revoked_at = now(), revoked_reason = 'reuse' "
                                     "WHERE family = $1::uuid AND revoked_at IS NULL",
                                     {o.family});
            if (!revokedAll)
                return std::unexpected(revokedAll.error());
            return o;
        }
        if (used || revoked || expired || disabled)
            return o;
        auto marked = c.exec("UPDATE refresh_tokens SET used_at = now() WHERE token_hash = $1::bytea",
                             {byteaParam(tokenHash(refreshToken))});
        if (!marked)
            return std::unexpected(marked.error());
        o.valid = true;
        return o;
    });
    if (!outcome)
        return fail(outcome.error());
    if (!outcome->valid)
        return fail(Error{Domain::ErrorCode::Unauthorized, badRefreshToken, {}});
    return issue(outcome->userId, outcome->roles, outcome->family, now);
}

Domain::Status IdentityService::logout(const Principal &principal, const QByteArray &refreshToken)
{
    auto db = m_database.acquire();
    auto revoked = db->exec("UPDATE refresh_tokens SET revoked_at = now(), revoked_reason = 'logout' "
                            "WHERE revoked_at IS NULL AND user_id = $2 AND family = "
                            "(SELECT family FROM refresh_tokens WHERE token_hash = $1::bytea AND user_id = $2)",
                            {byteaParam(tokenHash(refreshToken)), QByteArray::number(principal.userId)});
    if (!revoked)
        return fail(revoked.error().error);
    return {};
}

Domain::Result<UserRecord> IdentityService::updateUser(qint64 id, const UserChanges &changes,
                                                       std::optional<int> expectedVersion, const AuditActor &actor)
{
    if (changes.name && (changes.name->trimmed().isEmpty() || changes.name->size() > 200))
        return fail(Error::validation(QStringLiteral("A name is required."),
                                      {{QStringLiteral("name"), QStringLiteral("must be 1 to 200 characters")}}));
    if (changes.roles && changes.roles->isEmpty())
        return fail(Error::validation(QStringLiteral("A user needs at least one role."),
                                      {{QStringLiteral("roles"), QStringLiteral("must not be empty")}}));
    const auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    auto db = m_database.acquire();
    return runInTransaction<UserRecord>(*db, [&](PgConnection &c) -> PgExpected<UserRecord> {
        auto rows = c.exec(QByteArray("SELECT ") + userColumns + " FROM users WHERE id = $1 FOR UPDATE",
                           {QByteArray::number(id)});
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->rows() == 0)
            return std::unexpected(PgError::refusal(Error::notFound(QStringLiteral("There is no such user."))));
        const UserRecord before = userFrom(*rows, 0);
        if (expectedVersion && *expectedVersion != before.version)
            return std::unexpected(PgError::refusal(Error::stale(
                QStringLiteral("This account was changed by someone else since you read it (version %1 is current); "
                               "read it again and reapply your change.")
                    .arg(before.version))));
        UserRecord after = before;
        if (changes.name)
            after.name = changes.name->trimmed();
        if (changes.profile)
            after.profile = *changes.profile;
        if (changes.preferences)
            after.preferences = *changes.preferences;
        if (changes.roles)
            after.roles = *changes.roles;
        if (changes.disabled)
            after.disabled = *changes.disabled;
        auto updated = c.exec(QByteArray("UPDATE users SET name = $2, profile = $3::jsonb, preferences = $4::jsonb, "
                                         "roles = $5::text[], disabled_at = CASE WHEN $6::boolean THEN "
                                         "coalesce(disabled_at, now()) END WHERE id = $1 RETURNING ")
                                  + userColumns,
                              {QByteArray::number(id), after.name.toUtf8(), json(after.profile), json(after.preferences),
                               rolesLiteral(after.roles), after.disabled ? QByteArray("true") : QByteArray("false")});
        if (!updated)
            return std::unexpected(updated.error());
        after = userFrom(*updated, 0);
        const bool lostAdmin = before.roles.contains(Role::Admin) && !before.disabled
            && (!after.roles.contains(Role::Admin) || after.disabled);
        if (lostAdmin) {
            auto admins = c.exec("SELECT count(*) FROM users WHERE 'admin' = ANY (roles) AND disabled_at IS NULL");
            if (!admins)
                return std::unexpected(admins.error());
            if (admins->toInt64(0, 0) == 0)
                return std::unexpected(PgError::refusal(Error::conflict(
                    QStringLiteral("This is the last enabled admin account; make another account an admin first."))));
        }
        if (before.roles != after.roles || (after.disabled && !before.disabled)) {
            auto revoked = c.exec("UPDATE refresh_tokens SET revoked_at = now(), revoked_reason = $2 "
                                  "WHERE user_id = $1 AND revoked_at IS NULL",
                                  {QByteArray::number(id), after.disabled ? "disabled" : "roles_changed"});
            if (!revoked)
                return std::unexpected(revoked.error());
        }
        // Only what changed goes into the log, with its old and new values.
        QJsonObject was, is;
        const QJsonObject b = before.toJson(), a = after.toJson();
        for (const QString &key : {QStringLiteral("name"), QStringLiteral("profile"), QStringLiteral("preferences"),
                                   QStringLiteral("roles"), QStringLiteral("disabled")}) {
            if (b.value(key) != a.value(key)) {
                was.insert(key, b.value(key));
                is.insert(key, a.value(key));
            }
        }
        if (!is.isEmpty()) {
            if (auto logged = AuditLog::record(c, actor, {QStringLiteral("user.update"), QStringLiteral("user"),
                                                          QString::number(id), was, is});
                !logged)
                return std::unexpected(logged.error());
        }
        return after;
    });
}

Domain::Status IdentityService::changePassword(qint64 id, const QByteArray &currentPassword,
                                               const QByteArray &newPassword, const AuditActor &actor)
{
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT password_hash FROM users WHERE id = $1", {QByteArray::number(id)});
    if (!rows)
        return fail(rows.error().error);
    if (rows->rows() == 0)
        return fail(Error::notFound(QStringLiteral("There is no such user.")));
    const QByteArray stored = rows->value(0, 0).toByteArray();
    if (!rows->isNull(0, 0) && !m_hasher.verify(currentPassword, stored))
        return fail(Error::validation(QStringLiteral("The current password is wrong; the password was not changed."),
                                      {{QStringLiteral("current_password"), QStringLiteral("is wrong")}}));
    auto hashed = m_hasher.hash(newPassword);
    if (!hashed)
        return fail(hashed.error());
    return runInTransaction<void>(*db, [&](PgConnection &c) -> PgExpected<void> {
        // Only if nobody changed it meanwhile: the check above was against this hash.
        auto updated = c.exec("UPDATE users SET password_hash = $2 WHERE id = $1 AND password_hash IS NOT DISTINCT FROM $3",
                              {QByteArray::number(id), *hashed,
                               rows->isNull(0, 0) ? std::nullopt : std::optional(stored)});
        if (!updated)
            return std::unexpected(updated.error());
        if (updated->affected() != 1)
            return std::unexpected(PgError::refusal(Error::conflict(
                QStringLiteral("The password was changed at the same time from elsewhere; sign in again."))));
        auto revoked = c.exec("UPDATE refresh_tokens SET revoked_at = now(), revoked_reason = 'password_changed' "
                              "WHERE user_id = $1 AND revoked_at IS NULL",
                              {QByteArray::number(id)});
        if (!revoked)
            return std::unexpected(revoked.error());
        return AuditLog::record(c, actor, {QStringLiteral("user.password_change"), QStringLiteral("user"),
                                           QString::number(id), std::nullopt, std::nullopt});
    });
}

Domain::Result<Principal> IdentityService::authenticate(QByteArrayView bearerToken, Clock::time_point now) const
{
    if (auto known = m_verified.find(bearerToken, now))
        return *known;
    VerifyOptions options;
    options.issuer = m_options.issuer;
    options.audience = m_options.audience;
    options.now = std::chrono::time_point_cast<std::chrono::seconds>(now);
    options.leeway = m_options.leeway;
    auto claims = verifyToken(bearerToken, m_keys.keySet(), options);
    if (!claims)
        return fail(claims.error());
    bool ok = false;
    Principal p;
    p.userId = claims->subject.toLongLong(&ok);
    if (!ok || p.userId <= 0)
        return fail(Error{Domain::ErrorCode::Unauthorized, QStringLiteral("The access token names no user."), {}});
    for (const QString &name : std::as_const(claims->roles)) {
        if (auto role = Domain::roleFromName(name))
            p.roles.append(*role);
    }
    m_verified.insert(bearerToken, p, claims->expiresAt + m_options.leeway, now);
    return p;
}

Domain::Result<UserRecord> IdentityService::user(qint64 id) const
{
    auto db = m_database.acquire();
    auto rows = db->exec(QByteArray("SELECT ") + userColumns + " FROM users WHERE id = $1", {QByteArray::number(id)});
    if (!rows)
        return fail(rows.error().error);
    if (rows->rows() == 0)
        return fail(Error::notFound(QStringLiteral("There is no such user.")));
    return userFrom(*rows, 0);
}

Domain::Result<QList<UserRecord>> IdentityService::users(qint64 after, int limit) const
{
    auto db = m_database.acquire();
    auto rows = db->exec(QByteArray("SELECT ") + userColumns + " FROM users WHERE id > $1 ORDER BY id LIMIT $2",
                         {QByteArray::number(after), QByteArray::number(limit)});
    if (!rows)
        return fail(rows.error().error);
    QList<UserRecord> list;
    for (int i = 0; i < rows->rows(); ++i)
        list.append(userFrom(*rows, i));
    return list;
}

Domain::Result<bool> IdentityService::adminExists() const
{
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT EXISTS (SELECT 1 FROM users WHERE 'admin' = ANY (roles) AND disabled_at IS NULL)");
    if (!rows)
        return fail(rows.error().error);
    return rows->value(0, 0) == "t";
}

} // namespace Backroom::Server
