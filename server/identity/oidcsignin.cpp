// SPDX-License-Identifier: MIT
#include "server/identity/oidcsignin.h"

#include "domain/email.h"
#include "domain/json.h"
#include "server/auth/base64url.h"
#include "server/identity/oidcissuerrepository.h"
#include "server/log.h"
#include "server/store/database.h"
#include "server/store/transaction.h"

#include <optional>

namespace Backroom::Server {

using Domain::Error;
using Domain::ErrorCode;
using Domain::fail;

namespace {
constexpr qsizetype maxSubjectLength = 255; // oidc_identities.subject; OpenID Connect Core §2 says the same
constexpr qsizetype maxNameLength = 200;
constexpr int maxTokenJsonDepth = 8;

Error unauthorized(QString message)
{
    return Error{ErrorCode::Unauthorized, std::move(message), {}};
}

// A failure of our own inside a transaction: rolls it back and comes out of runInTransaction unchanged.
// What the token says about where it comes from, read before anything is verified: it only chooses which
// issuer's keys to try, and a lie here just makes verification fail.
struct UnverifiedToken {
    QString issuer;
    QString kid;
};

Domain::Result<QJsonObject> unverifiedSegment(QByteArrayView text, qsizetype maxBytes)
{
    auto raw = base64UrlDecode(text);
    if (!raw)
        return fail(raw.error());
    auto doc = Domain::Json::parse(*raw, Domain::Json::ParseLimits{maxTokenJsonDepth, maxBytes});
    if (!doc || !doc->isObject())
        return fail(Error{});
    return doc->object();
}

Domain::Result<UnverifiedToken> peek(QByteArrayView token, qsizetype maxBytes)
{
    if (token.size() > maxBytes)
        return fail(unauthorized(
            QStringLiteral("The ID token is %1 bytes long; tokens over %2 bytes are refused.").arg(token.size()).arg(maxBytes)));
    const Error malformed = unauthorized(QStringLiteral("The ID token is not a signed JWT (header.payload.signature); "
                                                        "send the id_token exactly as the sign-in provider returned it."));
    const QList<QByteArray> parts = token.toByteArray().split('.');
    if (parts.size() != 3)
        return fail(malformed);
    auto header = unverifiedSegment(parts[0], maxBytes);
    auto payload = unverifiedSegment(parts[1], maxBytes);
    if (!header || !payload)
        return fail(malformed);
    UnverifiedToken t{payload->value(QStringLiteral("iss")).toString(), header->value(QStringLiteral("kid")).toString()};
    if (t.issuer.isEmpty())
        return fail(unauthorized(QStringLiteral("The ID token has no \"iss\" claim naming the provider that issued it.")));
    if (t.kid.isEmpty())
        return fail(unauthorized(QStringLiteral("The ID token's header has no \"kid\"; tokens must name the key they "
                                                "were signed with.")));
    return t;
}

bool elapsed(OidcSignIn::Clock::time_point since, OidcSignIn::Clock::time_point now, std::chrono::seconds interval)
{
    return now < since || now - since >= interval; // a clock set back counts as time enough
}
} // namespace

struct OidcSignIn::IssuerKeys {
    std::mutex fetchMutex; // one fetch per issuer at a time; never taken while holding mutex
    std::mutex mutex;      // guards the members below, briefly
    QString jwksUri;       // the URL the members below belong to
    std::optional<JwkSet> keys;
    Clock::time_point fetchedAt{};
    std::optional<Clock::time_point> attemptedAt;
    bool lastFailed = false;
    Error lastError;
    quint64 attempts = 0;

    struct Snapshot {
        std::optional<JwkSet> keys;
        Clock::time_point fetchedAt;
        std::optional<Clock::time_point> attemptedAt;
        bool lastFailed = false;
        Error lastError;
        quint64 attempts = 0;
    };
    // The state for uri; an admin's change of the issuer's jwks_uri starts it afresh.
    Snapshot snapshot(const QString &uri)
    {
        const std::lock_guard lock(mutex);
        if (jwksUri != uri) {
            jwksUri = uri;
            keys.reset();
            attemptedAt.reset();
            lastFailed = false;
            ++attempts;
        }
        return {keys, fetchedAt, attemptedAt, lastFailed, lastError, attempts};
    }
    void store(const QString &uri, const Domain::Result<JwkSet> &fetched, Clock::time_point now)
    {
        const std::lock_guard lock(mutex);
        if (jwksUri != uri)
            return;
        attemptedAt = now;
        ++attempts;
        lastFailed = !fetched;
        if (fetched) {
            keys = *fetched;
            fetchedAt = now;
        } else {
            lastError = fetched.error();
        }
    }
};

OidcSignIn::OidcSignIn(Database &database, OidcIssuerRepository &issuers, IdentityService &identity, Options options)
    : m_database(database)
    , m_issuers(issuers)
    , m_identity(identity)
    , m_options(options)
    , m_fetcher(options.fetch)
{
}

OidcSignIn::~OidcSignIn() = default;

std::shared_ptr<OidcSignIn::IssuerKeys> OidcSignIn::cacheEntry(qint64 issuerId)
{
    const std::lock_guard lock(m_cacheMutex);
    auto &entry = m_cache[issuerId];
    if (!entry)
        entry = std::make_shared<IssuerKeys>();
    return entry;
}

Domain::Result<JwkSet> OidcSignIn::keysFor(const OidcIssuer &issuer, const QString &kid, Clock::time_point now)
{
    if (issuer.jwks) {
        auto pasted = JwkSet::fromJson(*issuer.jwks);
        if (!pasted)
            return fail(Error::unavailable(QStringLiteral("The key set configured for this sign-in provider cannot be "
                                                          "read (%1); ask an administrator to correct the issuer's "
                                                          "jwks.")
                                               .arg(pasted.error().message)));
        return pasted;
    }

    const std::shared_ptr<IssuerKeys> entry = cacheEntry(issuer.id);
    const IssuerKeys::Snapshot cached = entry->snapshot(issuer.jwksUri);
    const bool fresh = cached.keys && !elapsed(cached.fetchedAt, now, m_options.cacheLifetime);
    if (fresh && cached.keys->find(kid))
        return *cached.keys;
    // Fresh keys without the kid: a rotation at the issuer, or a forged kid; either way one refetch per
    // interval, so made-up kids cannot turn the server into a stream of requests to the issuer.
    const std::chrono::seconds wait = fresh ? m_options.minRefetchInterval
                                    : cached.lastFailed ? m_options.retryAfterFailure
                                                        : std::chrono::seconds(0);
    if (cached.attemptedAt && !elapsed(*cached.attemptedAt, now, wait)) {
        if (cached.keys)
            return *cached.keys; // verifyToken refuses the unknown kid
        return fail(cached.lastError);
    }

    const std::lock_guard fetching(entry->fetchMutex);
    // Another sign-in may have fetched while this one waited for the lock: take its outcome instead of
    // asking the issuer again.
    const IssuerKeys::Snapshot latest = entry->snapshot(issuer.jwksUri);
    if (latest.attempts != cached.attempts) {
        if (latest.keys)
            return *latest.keys;
        return fail(latest.lastError);
    }
    auto fetched = m_fetcher.fetch(QUrl(issuer.jwksUri));
    if (!fetched && fetched.error().code != ErrorCode::Unavailable)
        fetched = fail(Error::unavailable(QStringLiteral("The sign-in provider's jwks_uri cannot be used (%1); ask an "
                                                         "administrator to correct it.")
                                              .arg(fetched.error().message)));
    entry->store(issuer.jwksUri, fetched, now);
    if (fetched)
        return fetched;
    Log::warning("oidc.jwks_fetch_failed", {{"issuer", issuer.issuer}, {"error", fetched.error().message}});
    if (latest.keys)
        return *latest.keys; // stale keys still verify what the issuer signed before
    return fail(fetched.error());
}

Domain::Result<qint64> OidcSignIn::linkOrCreate(qint64 issuerId, const Identity &identity)
{
    auto db = m_database.acquire();
    const QByteArray issuerParam = QByteArray::number(issuerId);
    const QByteArray subject = identity.subject.toUtf8();
    const QByteArray email = identity.email.toUtf8();
    // Two first sign-ins of one person at once both find nothing and both insert; the second insert waits for
    // the first to commit and then fails on the unique key. A second pass finds what the first one made.
    for (int attempt = 1;; ++attempt) {
        bool lostRace = false;
        auto userId = runInTransaction<qint64>(*db, [&](PgConnection &c) -> PgExpected<qint64> {
            lostRace = false;
            auto known = c.exec("SELECT user_id FROM oidc_identities WHERE issuer_id = $1 AND subject = $2",
                                {issuerParam, subject});
            if (!known)
                return std::unexpected(known.error());
            if (known->rows() > 0)
                return known->toInt64(0, 0);

            qint64 userId = 0;
            auto existing = c.exec("SELECT id, roles = ARRAY['customer'], disabled_at IS NOT NULL FROM users "
                                   "WHERE lower(email) = lower($1) FOR UPDATE",
                                   {email});
            if (!existing)
                return std::unexpected(existing.error());
            if (existing->rows() > 0) {
                // Whoever controls the issuer account could otherwise take over any account with that address.
                if (!identity.emailVerified)
                    return refuse(Error::conflict(QStringLiteral(
                        "An account with this email address exists already, and the sign-in provider has not "
                        "verified that the address is yours. Sign in with your password, or verify the address "
                        "with the provider and try again.")));
                if (existing->value(0, 1) != "t")
                    return refuse(Error::conflict(QStringLiteral(
                        "This email address belongs to a staff account, which cannot sign in through an external "
                        "provider. Sign in with your password.")));
                if (existing->value(0, 2) == "t")
                    return refuse(Error{ErrorCode::Forbidden,
                                        QStringLiteral("This account is disabled; ask an administrator to enable it."),
                                        {}});
                userId = existing->toInt64(0, 0);
            } else {
                // IdentityService works on this thread's connection, the one this transaction runs on, so the
                // new customer commits or rolls back with its link.
                auto created = m_identity.createExternalCustomer(identity.email, identity.name);
                if (!created) {
                    lostRace = created.error().code == ErrorCode::Conflict;
                    return refuse(created.error());
                }
                userId = created->id;
            }
            auto linked = c.exec("INSERT INTO oidc_identities (issuer_id, subject, user_id, email) VALUES ($1, $2, $3, $4)",
                                 {issuerParam, subject, QByteArray::number(userId), email});
            if (!linked) {
                lostRace = linked.error().sqlstate == "23505";
                return std::unexpected(linked.error());
            }
            return userId;
        });
        if (userId || !lostRace || attempt == 2)
            return userId;
    }
}

Domain::Result<TokenPair> OidcSignIn::signIn(QByteArrayView idToken, Clock::time_point now)
{
    auto unverified = peek(idToken, m_options.maxTokenBytes);
    if (!unverified)
        return fail(unverified.error());
    auto issuer = m_issuers.findEnabled(unverified->issuer);
    if (!issuer)
        return fail(issuer.error());
    if (!*issuer)
        return fail(unauthorized(QStringLiteral("The ID token comes from a sign-in provider this shop does not accept; "
                                                "sign in another way, or ask the shop to enable the provider.")));
    const OidcIssuer &trusted = **issuer;
    auto keys = keysFor(trusted, unverified->kid, now);
    if (!keys)
        return fail(keys.error());

    VerifyOptions options;
    options.issuer = trusted.issuer;
    options.audience = trusted.clientId;
    options.now = std::chrono::time_point_cast<std::chrono::seconds>(now);
    options.leeway = m_options.leeway;
    options.maxTokenBytes = m_options.maxTokenBytes;
    auto claims = verifyToken(idToken, *keys, options);
    if (!claims)
        return fail(claims.error());
    // OpenID Connect Core §3.1.3.7: when present, azp names the client the token was issued to.
    const auto azp = claims->extra.constFind(QStringLiteral("azp"));
    if (azp != claims->extra.cend() && *azp != trusted.clientId)
        return fail(unauthorized(
            QStringLiteral("The ID token was issued to another client (\"azp\" is not this shop's client id).")));
    if (claims->subject.size() > maxSubjectLength)
        return fail(unauthorized(
            QStringLiteral("The ID token's \"sub\" claim is longer than %1 characters.").arg(maxSubjectLength)));
    const QString emailClaim = claims->extra.value(QStringLiteral("email")).trimmed();
    if (emailClaim.isEmpty())
        return fail(unauthorized(QStringLiteral("The ID token has no \"email\" claim, and the shop needs the address: "
                                                "ask the provider for the \"email\" scope.")));
    auto address = Domain::parseEmail(emailClaim, QStringLiteral("id_token"));
    if (!address)
        return fail(Error::validation(QStringLiteral("The sign-in provider gave an email address this shop cannot use "
                                                     "(%1). Sign in another way, or register with a password.")
                                          .arg(address.error().message),
                                      address.error().fields));
    QString name = claims->extra.value(QStringLiteral("name")).trimmed().left(maxNameLength);
    if (name.isEmpty())
        name = address->section(u'@', 0, 0);

    const Identity who{claims->subject, *address,
                       claims->extraBooleans.value(QStringLiteral("email_verified"), false), name};
    auto userId = linkOrCreate(trusted.id, who);
    if (!userId)
        return fail(userId.error());
    return m_identity.startSession(*userId, now);
}

} // namespace Backroom::Server
