// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "domain/roles.h"
#include "server/audit/auditlog.h"
#include "server/auth/passwordhasher.h"
#include "server/auth/signingkeys.h"
#include "server/auth/verifiedtokens.h"
#include "server/identity/principal.h"

#include <QJsonObject>
#include <chrono>

namespace Backroom::Server {

class Database;

struct UserRecord {
    qint64 id = 0;
    QString email;
    QString name;
    QList<Domain::Role> roles;
    QJsonObject profile;
    QJsonObject preferences;
    bool disabled = false;
    int version = 0;
    QString createdAt;

    QJsonObject toJson() const;
};

// A partial update of an account: what is set changes, the rest stays. Which members a caller may set is
// the route's business (a customer never sets roles or disabled).
struct UserChanges {
    std::optional<QString> name;
    std::optional<QJsonObject> profile;
    std::optional<QJsonObject> preferences;
    std::optional<QList<Domain::Role>> roles;
    std::optional<bool> disabled;

    bool isEmpty() const { return !name && !profile && !preferences && !roles && !disabled; }
};

struct TokenPair {
    QByteArray accessToken;
    QByteArray refreshToken;
    qint64 expiresInSeconds = 0;

    QJsonObject toJson() const; // the OAuth2 token response shape
};

// Accounts, passwords and sessions. Password work (register, login, createUser) costs a bcrypt hash: call
// those from a worker thread. authenticate() does no I/O and is meant for the I/O threads.
// Errors: Validation (bad input, naming fields), Conflict (email taken), Unauthorized (wrong credentials or
// token, always the same words so nothing tells whether an account exists), Forbidden (disabled account),
// Unavailable (database away).
class IdentityService {
public:
    using Clock = std::chrono::system_clock;
    struct Options {
        QString issuer = QStringLiteral("backroom");
        QString audience = QStringLiteral("backroom-api");
        std::chrono::seconds accessTokenLifetime = std::chrono::minutes(15);
        std::chrono::seconds refreshTokenLifetime = std::chrono::days(30);
        std::chrono::seconds leeway = std::chrono::seconds(60);
    };

    IdentityService(Database &database, SigningKeys &keys, const PasswordHasher &hasher, Options options);

    Domain::Result<UserRecord> registerCustomer(const QString &email, const QByteArray &password, const QString &name);
    // Staff accounts and the first admin; roles are whatever the caller (an admin, or the operator) grants.
    // The creation is recorded in the audit log as the actor's.
    Domain::Result<UserRecord> createUser(const QString &email, const QByteArray &password, const QString &name,
                                          const QList<Domain::Role> &roles, const AuditActor &actor);
    // A customer who signs in only through an OIDC issuer: no password, so password sign-in never matches.
    Domain::Result<UserRecord> createExternalCustomer(const QString &email, const QString &name);
    Domain::Result<TokenPair> login(const QString &email, const QByteArray &password, Clock::time_point now);
    // A new session for an account whose owner proved who they are some other way (an OIDC ID token).
    // Forbidden for a disabled account, NotFound for an unknown one.
    Domain::Result<TokenPair> startSession(qint64 userId, Clock::time_point now);
    // Uses up the refresh token and returns its successor. A token used before revokes its whole family.
    Domain::Result<TokenPair> refresh(const QByteArray &refreshToken, Clock::time_point now);
    // Ends the session the refresh token belongs to, if it is the caller's.
    Domain::Status logout(const Principal &principal, const QByteArray &refreshToken);

    // Applies changes to an account and records them in the audit log in the same transaction. Disabling an
    // account or changing its roles ends its sessions (refresh tokens); access tokens already out keep their
    // old roles until they expire. Stale when expectedVersion is given and is not the stored one; Conflict
    // when the change would leave no enabled admin.
    Domain::Result<UserRecord> updateUser(qint64 id, const UserChanges &changes, std::optional<int> expectedVersion,
                                          const AuditActor &actor);
    // Sets a new password after checking the current one (not needed for an account that has none, i.e.
    // signs in only through an OIDC issuer) and ends every session of the account. Call from a worker.
    Domain::Status changePassword(qint64 id, const QByteArray &currentPassword, const QByteArray &newPassword,
                                  const AuditActor &actor);

    Domain::Result<Principal> authenticate(QByteArrayView bearerToken, Clock::time_point now) const;
    Domain::Result<UserRecord> user(qint64 id) const;
    // Keyset pagination by id: users with id > after, at most limit.
    Domain::Result<QList<UserRecord>> users(qint64 after, int limit) const;
    // True when at least one account holds the admin role.
    Domain::Result<bool> adminExists() const;

    const Options &options() const { return m_options; }

private:
    // actor: whose action to audit; none for customers signing themselves up.
    Domain::Result<UserRecord> insertUser(const QString &email, const std::optional<QByteArray> &password,
                                          const QString &name, const QList<Domain::Role> &roles,
                                          const AuditActor *actor);
    Domain::Result<TokenPair> issue(qint64 userId, const QList<Domain::Role> &roles, const QByteArray &family,
                                    Clock::time_point now);
    Domain::Result<QByteArray> accessToken(qint64 userId, const QList<Domain::Role> &roles, Clock::time_point now) const;

    Database &m_database;
    SigningKeys &m_keys;
    const PasswordHasher &m_hasher;
    Options m_options;
    mutable VerifiedTokens m_verified;
};

} // namespace Backroom::Server
