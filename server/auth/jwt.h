// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

struct evp_pkey_st; // OpenSSL's EVP_PKEY

namespace Backroom::Server {

// The JWS algorithms Backroom knows. Every key is bound to exactly one of them when it is created or
// imported; a token's "alg" header is only compared with its key's algorithm, never used to pick one.
enum class JwsAlgorithm {
    EdDSA, // Ed25519: our own access tokens
    RS256, // RSASSA-PKCS1-v1_5 with SHA-256, modulus of 2048 to 8192 bits: third-party ID tokens
    ES256, // ECDSA on P-256 with SHA-256, signatures as JOSE's raw r||s: third-party ID tokens
};

QString jwsAlgorithmName(JwsAlgorithm algorithm);

// A key with its key id (kid) and the one algorithm it may be used with. Public, or private (which can
// sign). Immutable; copies share the OpenSSL key; usable from several threads at once.
//
// Default key ids are base64url of the first 12 bytes of the SHA-256 of the public key: the raw 32 bytes
// for Ed25519, the DER SubjectPublicKeyInfo for RSA and EC. Instances that share a key therefore agree on
// its kid without coordination.
//
// Errors: Validation for a key that is malformed or not one we accept (saying which member or property),
// Internal when OpenSSL fails on a well-formed key.
class Jwk {
public:
    // A new random key: Ed25519 for EdDSA, RSA 2048 for RS256, P-256 for ES256.
    static Domain::Result<Jwk> generate(JwsAlgorithm algorithm, QString kid = {});
    // The Ed25519 key whose 32-byte private seed is given (RFC 8032): deterministic keys for tests and fuzzing.
    static Domain::Result<Jwk> fromEd25519Seed(QByteArrayView seed, QString kid = {});
    // A PEM private key (PKCS#8 "PRIVATE KEY"; encrypted keys are refused). The algorithm follows from the
    // key type: Ed25519 → EdDSA, RSA → RS256, EC P-256 → ES256; anything else is refused.
    static Domain::Result<Jwk> fromPrivateKeyPem(QByteArrayView pem, QString kid = {});
    // A public JWK (RFC 7517) as found in a JWKS document: "kty" OKP/Ed25519, RSA or EC/P-256, a non-empty
    // "kid", "use" absent or "sig", "alg" absent or the one algorithm the key type allows. A JWK carrying
    // private members ("d", …) is refused: key sets are public documents.
    static Domain::Result<Jwk> fromJson(const QJsonObject &jwk);

    const QString &kid() const { return m_kid; }
    JwsAlgorithm algorithm() const { return m_algorithm; }
    bool hasPrivateKey() const { return m_private; }

    // The same key id and algorithm with only the public half.
    Jwk publicKey() const;
    // The public JWK, with "kid", "use":"sig" and "alg".
    QJsonObject toPublicJson() const;
    // SubjectPublicKeyInfo, PEM.
    QByteArray publicKeyPem() const;
    // PKCS#8, PEM, unencrypted. Internal error for a public key.
    Domain::Result<QByteArray> privateKeyPem() const;

    // The JWS signature of signingInput (for ES256 in JOSE's 64-byte r||s form). Internal error for a
    // public key.
    Domain::Result<QByteArray> sign(QByteArrayView signingInput) const;
    // True only when signature is a valid signature of signingInput under this key and its algorithm.
    bool verify(QByteArrayView signingInput, QByteArrayView signature) const;
    // The length every signature of this key has: 64 bytes for EdDSA and ES256, the modulus size for RS256.
    qsizetype signatureSize() const;

private:
    Jwk(std::shared_ptr<evp_pkey_st> key, JwsAlgorithm algorithm, QString kid, bool hasPrivate);
    static Domain::Result<Jwk> fromKey(std::shared_ptr<evp_pkey_st> key, QString kid, bool hasPrivate);

    std::shared_ptr<evp_pkey_st> m_key;
    JwsAlgorithm m_algorithm = JwsAlgorithm::EdDSA;
    QString m_kid;
    bool m_private = false;
};

// The keys a verifier trusts, found by kid.
class JwkSet {
public:
    // Validation error when a key with the same kid is already present.
    Domain::Status add(Jwk key);
    const Jwk *find(QStringView kid) const;
    const QList<Jwk> &keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.isEmpty(); }

    // {"keys":[…public JWKs…]}, as served at /.well-known/jwks.json.
    QJsonObject toJson() const;
    // Reads a JWKS document. Keys we cannot use (another "kty", "use":"enc", an algorithm we do not
    // support) are skipped; a key of a supported type that is malformed, or a repeated kid, refuses the
    // whole document (Validation, naming the kid).
    static Domain::Result<JwkSet> fromJson(const QJsonObject &jwks);

private:
    QList<Jwk> m_keys;
};

// What a token says. NumericDates are whole seconds since the epoch.
struct TokenClaims {
    using Time = std::chrono::sys_seconds;

    QString issuer;                // iss
    QStringList audience;          // aud: written as a string when it has one entry, else as an array
    QString subject;               // sub
    Time expiresAt{};              // exp
    std::optional<Time> notBefore; // nbf
    std::optional<Time> issuedAt;  // iat
    QString jwtId;                 // jti; empty: none
    QStringList roles;             // roles; written only when not empty
    // Further string-valued claims. On verification, every string claim that is not one of the above.
    QMap<QString, QString> extra;
    // Further boolean claims (OpenID Connect's email_verified, …). On verification, every boolean claim.
    QMap<QString, bool> extraBooleans;

    friend bool operator==(const TokenClaims &, const TokenClaims &) = default;
};

// A compact JWS over the claims, with the header {"alg":<the key's algorithm>,"kid":<its kid>,"typ":"JWT"}.
// Validation error for claims that could not be verified (no issuer, subject or audience, an extra claim
// with a registered name or in both extra maps); Internal for a key without its private half.
Domain::Result<QByteArray> signToken(const TokenClaims &claims, const Jwk &privateKey);

struct VerifyOptions {
    QString issuer;   // iss must equal this
    QString audience; // aud must equal this or, as an array, contain it
    std::chrono::sys_seconds now{};
    std::chrono::seconds leeway{60}; // clock difference tolerated on exp, nbf and iat
    qsizetype maxTokenBytes = 8 * 1024;
};

// Verifies a compact JWS and its claims. The header's "kid" must name a key of the set and its "alg" must
// equal that key's algorithm; a "crit" header is refused. The claims are read only after the signature
// has verified: exp is required, nbf and iat are optional, iss and aud must match the options, sub must
// be a non-empty string, roles (if present) an array of strings.
// Every refusal is Unauthorized, with a message naming the check that failed; it holds no key material and
// copies no string from the token. Internal error when options has no issuer or audience. Any thread.
Domain::Result<TokenClaims> verifyToken(QByteArrayView token, const JwkSet &keys, const VerifyOptions &options);

} // namespace Backroom::Server
