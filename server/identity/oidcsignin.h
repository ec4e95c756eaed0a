// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "server/auth/jwt.h"
#include "server/identity/identityservice.h"
#include "server/identity/jwksfetcher.h"

#include <QHash>

#include <chrono>
#include <memory>
#include <mutex>

namespace Backroom::Server {

class Database;
class OidcIssuerRepository;
struct OidcIssuer;

// Social sign-in: turns an OpenID Connect ID token from a configured issuer into a Backroom session.
//
// The token's unverified "iss" only picks the enabled issuer whose keys then verify it (its "alg" pinned to
// the key, "iss" that issuer, "aud" naming its client id, "azp" if present that client id, exp/nbf/iat with
// the leeway); nothing in the token is believed before that. The account is then, in this order:
//   1. the one already linked to the issuer's subject ("sub");
//   2. an existing plain customer with the token's email, linked now, only when "email_verified" is JSON
//      true; a staff account is never linked;
//   3. a new customer without a password (name from "name", else the address's local part), linked.
// Linking and creating happen in one transaction, so no account is left half-made.
//
// Keys come from the issuer's pasted jwks when set, else from its jwks_uri, fetched with a bounded timeout
// and cached per issuer (cacheLifetime). A token naming a kid the cache lacks triggers at most one refetch
// per minRefetchInterval; after a failed fetch the next attempt waits retryAfterFailure, so an unreachable
// issuer costs one timeout, not one per sign-in. Cached keys outlive a failed refresh.
//
// Errors: Unauthorized for any token that does not verify or lacks "sub" or "email" (nothing written);
// Conflict when the address belongs to an account that cannot be linked (a staff account, or the address is
// not verified by the issuer); Forbidden for a disabled account; Validation for an address the shop cannot
// use; Unavailable when the issuer's keys cannot be fetched or the database is away.
//
// Blocking (database, and possibly an HTTP fetch): call from a worker thread. Thread-safe.
class OidcSignIn {
public:
    using Clock = IdentityService::Clock;
    struct Options {
        std::chrono::seconds leeway{60};
        std::chrono::seconds cacheLifetime = std::chrono::hours(1);
        std::chrono::seconds minRefetchInterval{60};
        std::chrono::seconds retryAfterFailure{10};
        qsizetype maxTokenBytes = 16 * 1024;
        JwksFetcher::Options fetch;
    };

    // identity must use the same database: the customer it creates belongs to this class's transaction.
    OidcSignIn(Database &database, OidcIssuerRepository &issuers, IdentityService &identity, Options options);
    ~OidcSignIn();

    Domain::Result<TokenPair> signIn(QByteArrayView idToken, Clock::time_point now);

    const Options &options() const { return m_options; }

private:
    struct IssuerKeys;
    struct Identity {
        QString subject;
        QString email;
        bool emailVerified = false;
        QString name;
    };

    Domain::Result<JwkSet> keysFor(const OidcIssuer &issuer, const QString &kid, Clock::time_point now);
    Domain::Result<qint64> linkOrCreate(qint64 issuerId, const Identity &identity);
    std::shared_ptr<IssuerKeys> cacheEntry(qint64 issuerId);

    Database &m_database;
    OidcIssuerRepository &m_issuers;
    IdentityService &m_identity;
    Options m_options;
    JwksFetcher m_fetcher;
    std::mutex m_cacheMutex;
    QHash<qint64, std::shared_ptr<IssuerKeys>> m_cache;
};

} // namespace Backroom::Server
