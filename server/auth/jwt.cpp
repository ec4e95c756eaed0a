// SPDX-License-Identifier: MIT
#include "server/auth/jwt.h"

#include "domain/json.h"
#include "server/auth/base64url.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <cmath>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

namespace {

template<auto Free>
struct Deleter {
    template<typename T>
    void operator()(T *p) const
    {
        Free(p);
    }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM_free>>;

// OpenSSL keeps failures in a per-thread queue that Qt's TLS code on the same I/O thread reads later; a
// refused token must not leave entries there that would surface as a TLS error on another connection.
struct ClearOpenSslErrors {
    ~ClearOpenSslErrors() { ERR_clear_error(); }
};

constexpr qsizetype ec256CoordinateBytes = 32;
constexpr qsizetype ed25519KeyBytes = 32;
constexpr int minRsaBits = 2048;
constexpr int maxRsaBits = 8192; // larger moduli make every verification a denial-of-service lever
constexpr qsizetype kidHashBytes = 12;
constexpr double maxNumericDate = 253402300799.0; // 9999-12-31T23:59:59Z
constexpr qsizetype maxPemBytes = 64 * 1024;

const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

std::shared_ptr<EVP_PKEY> share(EVP_PKEY *key)
{
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

Error unauthorized(QString message)
{
    return Error{Domain::ErrorCode::Unauthorized, std::move(message), {}};
}

QString openSslReason()
{
    const unsigned long code = ERR_peek_last_error();
    if (code == 0)
        return QStringLiteral("no reason given");
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, size) : QByteArray();
}

QByteArray bignumBytes(const BIGNUM *bn, int width = 0)
{
    QByteArray out(width > 0 ? width : BN_num_bytes(bn), Qt::Uninitialized);
    if (width > 0) {
        if (BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), width) != width)
            return {};
    } else {
        BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    }
    return out;
}

QByteArray publicKeyDer(EVP_PKEY *key)
{
    const int size = i2d_PUBKEY(key, nullptr);
    if (size <= 0)
        return {};
    QByteArray der(size, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_PUBKEY(key, &p) != size)
        return {};
    return der;
}

QByteArray rawEd25519PublicKey(EVP_PKEY *key)
{
    QByteArray raw(ed25519KeyBytes, Qt::Uninitialized);
    size_t size = size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(raw.data()), &size) != 1
        || size != size_t(ed25519KeyBytes))
        return {};
    return raw;
}

Domain::Result<QString> defaultKeyId(EVP_PKEY *key, JwsAlgorithm algorithm)
{
    const QByteArray material = algorithm == JwsAlgorithm::EdDSA ? rawEd25519PublicKey(key) : publicKeyDer(key);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestSize = 0;
    if (material.isEmpty()
        || EVP_Digest(material.constData(), size_t(material.size()), digest, &digestSize, EVP_sha256(), nullptr) != 1)
        return fail(Error::internal(QStringLiteral("Could not derive a key id: %1.").arg(openSslReason())));
    return QString::fromLatin1(base64UrlEncode(QByteArrayView(reinterpret_cast<const char *>(digest), kidHashBytes)));
}

Domain::Result<JwsAlgorithm> algorithmOf(EVP_PKEY *key)
{
    if (EVP_PKEY_is_a(key, "ED25519"))
        return JwsAlgorithm::EdDSA;
    if (EVP_PKEY_is_a(key, "RSA")) {
        const int bits = EVP_PKEY_get_bits(key);
        if (bits < minRsaBits || bits > maxRsaBits)
            return fail(Error::validation(QStringLiteral("The RSA key has %1 bits; RS256 keys need %2 to %3 bits.")
                                              .arg(bits)
                                              .arg(minRsaBits)
                                              .arg(maxRsaBits)));
        return JwsAlgorithm::RS256;
    }
    if (EVP_PKEY_is_a(key, "EC")) {
        char group[64] = {};
        size_t size = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &size) != 1
            || QByteArrayView(group, qsizetype(size)) != "prime256v1")
            return fail(
                Error::validation(QStringLiteral("The EC key is not on curve P-256, the only curve ES256 uses.")));
        return JwsAlgorithm::ES256;
    }
    const char *type = EVP_PKEY_get0_type_name(key);
    return fail(Error::validation(QStringLiteral("Keys of type %1 are not supported; use Ed25519, RSA or EC P-256.")
                                      .arg(QString::fromLatin1(type ? type : "unknown"))));
}

// JOSE writes an ECDSA signature as r||s, each 32 bytes; OpenSSL reads and writes DER.
QByteArray joseToDer(QByteArrayView signature)
{
    BnPtr r(BN_bin2bn(bytes(signature), int(ec256CoordinateBytes), nullptr));
    BnPtr s(BN_bin2bn(bytes(signature) + ec256CoordinateBytes, int(ec256CoordinateBytes), nullptr));
    EcdsaSigPtr sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return {};
    (void)r.release(); // owned by sig now
    (void)s.release();
    const int size = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (size <= 0)
        return {};
    QByteArray der(size, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_ECDSA_SIG(sig.get(), &p) != size)
        return {};
    return der;
}

QByteArray derToJose(QByteArrayView der)
{
    const unsigned char *p = bytes(der);
    EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, long(der.size())));
    if (!sig)
        return {};
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    const QByteArray rBytes = bignumBytes(r, int(ec256CoordinateBytes));
    const QByteArray sBytes = bignumBytes(s, int(ec256CoordinateBytes));
    if (rBytes.isEmpty() || sBytes.isEmpty())
        return {};
    return rBytes + sBytes;
}

const char *digestName(JwsAlgorithm algorithm)
{
    return algorithm == JwsAlgorithm::EdDSA ? nullptr : "SHA256"; // Ed25519 hashes internally
}

// --- JWK import ---

Domain::Result<QByteArray> jwkBytes(const QJsonObject &jwk, const QString &member, const QString &kid)
{
    const QJsonValue value = jwk.value(member);
    if (!value.isString())
        return fail(Error::validation(
            QStringLiteral("JWK \"%1\": member \"%2\" is missing or not a string.").arg(kid, member)));
    auto decoded = base64UrlDecode(value.toString().toLatin1());
    if (!decoded)
        return fail(Error::validation(
            QStringLiteral("JWK \"%1\": member \"%2\": %3").arg(kid, member, decoded.error().message)));
    return decoded;
}

// EVP_PKEY_fromdata refuses an EC point that is not on the curve. OpenSSL's EVP_PKEY_public_check is not used:
// for P-256 it adds nothing to that, and for RSA it runs a randomised primality test that, on a malformed
// modulus, passes on some runs and fails on others; rsaFromJwk's checks are deterministic instead, so
// importing a key set always gives the same answer.
Domain::Result<PkeyPtr> keyFromParams(const char *type, OSSL_PARAM_BLD *builder, const QString &kid)
{
    ParamPtr params(OSSL_PARAM_BLD_to_param(builder));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return fail(Error::validation(QStringLiteral("JWK \"%1\" is not a valid %2 public key: %3.")
                                          .arg(kid, QString::fromLatin1(type), openSslReason())));
    return PkeyPtr(key);
}

Domain::Result<PkeyPtr> rsaFromJwk(const QJsonObject &jwk, const QString &kid)
{
    auto n = jwkBytes(jwk, QStringLiteral("n"), kid);
    if (!n)
        return fail(n.error());
    auto e = jwkBytes(jwk, QStringLiteral("e"), kid);
    if (!e)
        return fail(e.error());
    BnPtr modulus(BN_bin2bn(bytes(*n), int(n->size()), nullptr));
    BnPtr exponent(BN_bin2bn(bytes(*e), int(e->size()), nullptr));
    if (!modulus || !exponent)
        return fail(Error::internal(QStringLiteral("Out of memory reading JWK \"%1\".").arg(kid)));
    if (!BN_is_odd(modulus.get()))
        return fail(
            Error::validation(QStringLiteral("JWK \"%1\": the RSA modulus is even; it is not an RSA key.").arg(kid)));
    // A huge public exponent would make each verification slow; real keys use 65537 (or 3).
    if (!BN_is_odd(exponent.get()) || BN_num_bits(exponent.get()) < 2 || BN_num_bits(exponent.get()) > 32)
        return fail(Error::validation(
            QStringLiteral("JWK \"%1\": the RSA public exponent must be odd, at least 3 and below 2^32.").arg(kid)));
    ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) != 1
        || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get()) != 1)
        return fail(Error::internal(QStringLiteral("Could not build RSA key \"%1\": %2.").arg(kid, openSslReason())));
    return keyFromParams("RSA", builder.get(), kid);
}

Domain::Result<PkeyPtr> ecFromJwk(const QJsonObject &jwk, const QString &kid)
{
    auto x = jwkBytes(jwk, QStringLiteral("x"), kid);
    if (!x)
        return fail(x.error());
    auto y = jwkBytes(jwk, QStringLiteral("y"), kid);
    if (!y)
        return fail(y.error());
    if (x->size() != ec256CoordinateBytes || y->size() != ec256CoordinateBytes)
        return fail(Error::validation(
            QStringLiteral("JWK \"%1\": P-256 coordinates \"x\" and \"y\" must be 32 bytes each.").arg(kid)));
    const QByteArray point = QByteArray(1, '\x04') + *x + *y; // SEC 1 uncompressed point
    ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder || OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) != 1
        || OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                            size_t(point.size()))
               != 1)
        return fail(Error::internal(QStringLiteral("Could not build EC key \"%1\": %2.").arg(kid, openSslReason())));
    return keyFromParams("EC", builder.get(), kid);
}

Domain::Result<PkeyPtr> okpFromJwk(const QJsonObject &jwk, const QString &kid)
{
    auto x = jwkBytes(jwk, QStringLiteral("x"), kid);
    if (!x)
        return fail(x.error());
    if (x->size() != ed25519KeyBytes)
        return fail(Error::validation(QStringLiteral("JWK \"%1\": an Ed25519 \"x\" must be 32 bytes.").arg(kid)));
    PkeyPtr key(EVP_PKEY_new_raw_public_key_ex(nullptr, "ED25519", nullptr, bytes(*x), size_t(x->size())));
    if (!key)
        return fail(Error::validation(
            QStringLiteral("JWK \"%1\" is not a valid Ed25519 public key: %2.").arg(kid, openSslReason())));
    return key;
}

// Why a JWK is not one we can use at all (as opposed to one that is malformed); empty when it is.
QString unsupportedReason(const QJsonObject &jwk, const QString &kid)
{
    const QJsonValue kty = jwk.value(QStringLiteral("kty"));
    const QJsonValue crv = jwk.value(QStringLiteral("crv"));
    if (jwk.contains(QStringLiteral("use")) && jwk.value(QStringLiteral("use")) != QJsonValue(QStringLiteral("sig")))
        return QStringLiteral("JWK \"%1\" is not for signatures (its \"use\" is not \"sig\").").arg(kid);
    std::optional<JwsAlgorithm> algorithm;
    if (kty == QJsonValue(QStringLiteral("OKP"))) {
        if (crv != QJsonValue(QStringLiteral("Ed25519")))
            return QStringLiteral("JWK \"%1\": of the OKP curves only Ed25519 is supported.").arg(kid);
        algorithm = JwsAlgorithm::EdDSA;
    } else if (kty == QJsonValue(QStringLiteral("RSA"))) {
        algorithm = JwsAlgorithm::RS256;
    } else if (kty == QJsonValue(QStringLiteral("EC"))) {
        if (crv != QJsonValue(QStringLiteral("P-256")))
            return QStringLiteral("JWK \"%1\": of the EC curves only P-256 is supported.").arg(kid);
        algorithm = JwsAlgorithm::ES256;
    } else {
        return QStringLiteral("JWK \"%1\": its \"kty\" is not supported; use OKP (Ed25519), RSA or EC (P-256).")
            .arg(kid);
    }
    if (jwk.contains(QStringLiteral("alg"))
        && jwk.value(QStringLiteral("alg")) != QJsonValue(jwsAlgorithmName(*algorithm)))
        return QStringLiteral("JWK \"%1\": its \"alg\" is not supported; a %2 key is used with %3 only.")
            .arg(kid, kty.toString(), jwsAlgorithmName(*algorithm));
    return {};
}

} // namespace

QString jwsAlgorithmName(JwsAlgorithm algorithm)
{
    switch (algorithm) {
    case JwsAlgorithm::EdDSA:
        return QStringLiteral("EdDSA");
    case JwsAlgorithm::RS256:
        return QStringLiteral("RS256");
    case JwsAlgorithm::ES256:
        return QStringLiteral("ES256");
    }
    return {};
}

Jwk::Jwk(std::shared_ptr<evp_pkey_st> key, JwsAlgorithm algorithm, QString kid, bool hasPrivate)
    : m_key(std::move(key))
    , m_algorithm(algorithm)
    , m_kid(std::move(kid))
    , m_private(hasPrivate)
{}

Domain::Result<Jwk> Jwk::fromKey(std::shared_ptr<evp_pkey_st> key, QString kid, bool hasPrivate)
{
    auto algorithm = algorithmOf(key.get());
    if (!algorithm)
        return fail(algorithm.error());
    if (kid.isEmpty()) {
        auto derived = defaultKeyId(key.get(), *algorithm);
        if (!derived)
            return fail(derived.error());
        kid = *derived;
    }
    return Jwk(std::move(key), *algorithm, std::move(kid), hasPrivate);
}

Domain::Result<Jwk> Jwk::generate(JwsAlgorithm algorithm, QString kid)
{
    ClearOpenSslErrors clearErrors;
    EVP_PKEY *key = nullptr;
    switch (algorithm) {
    case JwsAlgorithm::EdDSA:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        break;
    case JwsAlgorithm::RS256:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(minRsaBits));
        break;
    case JwsAlgorithm::ES256:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        break;
    }
    if (!key)
        return fail(Error::internal(
            QStringLiteral("Could not generate a %1 key: %2.").arg(jwsAlgorithmName(algorithm), openSslReason())));
    return fromKey(share(key), std::move(kid), true);
}

Domain::Result<Jwk> Jwk::fromEd25519Seed(QByteArrayView seed, QString kid)
{
    ClearOpenSslErrors clearErrors;
    if (seed.size() != ed25519KeyBytes)
        return fail(Error::validation(QStringLiteral("An Ed25519 seed is 32 bytes, not %1.").arg(seed.size())));
    EVP_PKEY *key = EVP_PKEY_new_raw_private_key_ex(nullptr, "ED25519", nullptr, bytes(seed), size_t(seed.size()));
    if (!key)
        return fail(Error::internal(QStringLiteral("Could not make an Ed25519 key: %1.").arg(openSslReason())));
    return fromKey(share(key), std::move(kid), true);
}

Domain::Result<Jwk> Jwk::fromPrivateKeyPem(QByteArrayView pem, QString kid)
{
    ClearOpenSslErrors clearErrors;
    if (pem.isEmpty() || pem.size() > maxPemBytes)
        return fail(Error::validation(QStringLiteral("A PEM private key is expected (1 byte to %1 KiB); got %2 bytes.")
                                          .arg(maxPemBytes / 1024)
                                          .arg(pem.size())));
    BioPtr bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    // Without a callback OpenSSL would prompt on the terminal for the passphrase of an encrypted key.
    auto noPassphrase = [](char *, int, int, void *) -> int { return -1; };
    EVP_PKEY *key =
        bio ? PEM_read_bio_PrivateKey_ex(bio.get(), nullptr, noPassphrase, nullptr, nullptr, nullptr) : nullptr;
    if (!key)
        return fail(Error::validation(
            QStringLiteral("The text is not an unencrypted PEM private key (PKCS#8, \"BEGIN PRIVATE KEY\"): %1.")
                .arg(openSslReason())));
    return fromKey(share(key), std::move(kid), true);
}

Domain::Result<Jwk> Jwk::fromJson(const QJsonObject &jwk)
{
    ClearOpenSslErrors clearErrors;
    const QJsonValue kidValue = jwk.value(QStringLiteral("kid"));
    const QString kid = kidValue.toString();
    if (!kidValue.isString() || kid.isEmpty())
        return fail(Error::validation(
            QStringLiteral("A JWK has no \"kid\"; tokens name their key by kid, so every key needs one.")));
    for (const char *member : {"d", "p", "q", "dp", "dq", "qi", "oth", "k"}) {
        if (jwk.contains(QLatin1StringView(member)))
            return fail(Error::validation(QStringLiteral("JWK \"%1\" contains private key material (\"%2\"); key "
                                                         "sets are public, publish only the public key.")
                                              .arg(kid, QLatin1StringView(member))));
    }
    if (const QString reason = unsupportedReason(jwk, kid); !reason.isEmpty())
        return fail(Error::validation(reason));
    const QString kty = jwk.value(QStringLiteral("kty")).toString();
    Domain::Result<PkeyPtr> key = kty == QStringLiteral("OKP")   ? okpFromJwk(jwk, kid)
                                  : kty == QStringLiteral("RSA") ? rsaFromJwk(jwk, kid)
                                                                 : ecFromJwk(jwk, kid);
    if (!key)
        return fail(key.error());
    return fromKey(share(key->release()), kid, false);
}

Jwk Jwk::publicKey() const
{
    ClearOpenSslErrors clearErrors;
    if (!m_private)
        return *this;
    const QByteArray der = publicKeyDer(m_key.get());
    const unsigned char *p = bytes(der);
    EVP_PKEY *key = der.isEmpty() ? nullptr : d2i_PUBKEY(nullptr, &p, long(der.size()));
    // Only allocation can make this fail; a key that cannot be used is safer than one with its private half.
    return Jwk(key ? share(key) : nullptr, m_algorithm, m_kid, false);
}

QJsonObject Jwk::toPublicJson() const
{
    ClearOpenSslErrors clearErrors;
    QJsonObject jwk{
        {QStringLiteral("kid"), m_kid},
        {QStringLiteral("use"), QStringLiteral("sig")},
        {QStringLiteral("alg"), jwsAlgorithmName(m_algorithm)},
    };
    auto encoded = [](const QByteArray &raw) { return QString::fromLatin1(base64UrlEncode(raw)); };
    switch (m_algorithm) {
    case JwsAlgorithm::EdDSA:
        jwk.insert(QStringLiteral("kty"), QStringLiteral("OKP"));
        jwk.insert(QStringLiteral("crv"), QStringLiteral("Ed25519"));
        jwk.insert(QStringLiteral("x"), encoded(rawEd25519PublicKey(m_key.get())));
        break;
    case JwsAlgorithm::RS256: {
        BIGNUM *n = nullptr;
        BIGNUM *e = nullptr;
        EVP_PKEY_get_bn_param(m_key.get(), OSSL_PKEY_PARAM_RSA_N, &n);
        EVP_PKEY_get_bn_param(m_key.get(), OSSL_PKEY_PARAM_RSA_E, &e);
        const BnPtr modulus(n);
        const BnPtr exponent(e);
        jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        jwk.insert(QStringLiteral("n"), encoded(n ? bignumBytes(n) : QByteArray()));
        jwk.insert(QStringLiteral("e"), encoded(e ? bignumBytes(e) : QByteArray()));
        break;
    }
    case JwsAlgorithm::ES256: {
        BIGNUM *x = nullptr;
        BIGNUM *y = nullptr;
        EVP_PKEY_get_bn_param(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X, &x);
        EVP_PKEY_get_bn_param(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, &y);
        const BnPtr xCoordinate(x);
        const BnPtr yCoordinate(y);
        jwk.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        jwk.insert(QStringLiteral("crv"), QStringLiteral("P-256"));
        jwk.insert(QStringLiteral("x"), encoded(x ? bignumBytes(x, int(ec256CoordinateBytes)) : QByteArray()));
        jwk.insert(QStringLiteral("y"), encoded(y ? bignumBytes(y, int(ec256CoordinateBytes)) : QByteArray()));
        break;
    }
    }
    return jwk;
}

QByteArray Jwk::publicKeyPem() const
{
    ClearOpenSslErrors clearErrors;
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || !m_key || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        return {};
    return bioContents(bio.get());
}

Domain::Result<QByteArray> Jwk::privateKeyPem() const
{
    ClearOpenSslErrors clearErrors;
    if (!m_private)
        return fail(
            Error::internal(QStringLiteral("Key %1 is a public key; it has no private half to write.").arg(m_kid)));
    BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return fail(Error::internal(QStringLiteral("Could not write key %1 as PEM: %2.").arg(m_kid, openSslReason())));
    return bioContents(bio.get());
}

qsizetype Jwk::signatureSize() const
{
    if (m_algorithm == JwsAlgorithm::RS256)
        return m_key ? EVP_PKEY_get_size(m_key.get()) : 0;
    return 2 * ec256CoordinateBytes; // Ed25519 signatures are 64 bytes as well
}

Domain::Result<QByteArray> Jwk::sign(QByteArrayView signingInput) const
{
    ClearOpenSslErrors clearErrors;
    if (!m_private)
        return fail(Error::internal(QStringLiteral("Key %1 is a public key and cannot sign.").arg(m_kid)));
    MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyCtx = nullptr;
    size_t size = 0;
    if (!ctx
        || EVP_DigestSignInit_ex(ctx.get(), &keyCtx, digestName(m_algorithm), nullptr, nullptr, m_key.get(), nullptr)
               != 1
        || (m_algorithm == JwsAlgorithm::RS256 && EVP_PKEY_CTX_set_rsa_padding(keyCtx, RSA_PKCS1_PADDING) != 1)
        || EVP_DigestSign(ctx.get(), nullptr, &size, bytes(signingInput), size_t(signingInput.size())) != 1)
        return fail(Error::internal(QStringLiteral("Could not sign with key %1: %2.").arg(m_kid, openSslReason())));
    QByteArray signature(qsizetype(size), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &size, bytes(signingInput),
                       size_t(signingInput.size()))
        != 1)
        return fail(Error::internal(QStringLiteral("Could not sign with key %1: %2.").arg(m_kid, openSslReason())));
    signature.resize(qsizetype(size));
    if (m_algorithm == JwsAlgorithm::ES256) {
        signature = derToJose(signature);
        if (signature.isEmpty())
            return fail(Error::internal(QStringLiteral("Could not convert the ECDSA signature of key %1.").arg(m_kid)));
    }
    return signature;
}

bool Jwk::verify(QByteArrayView signingInput, QByteArrayView signature) const
{
    ClearOpenSslErrors clearErrors;
    if (!m_key || signature.size() != signatureSize())
        return false;
    QByteArray der;
    if (m_algorithm == JwsAlgorithm::ES256) {
        der = joseToDer(signature);
        if (der.isEmpty())
            return false;
        signature = der;
    }
    MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyCtx = nullptr;
    if (!ctx
        || EVP_DigestVerifyInit_ex(ctx.get(), &keyCtx, digestName(m_algorithm), nullptr, nullptr, m_key.get(), nullptr)
               != 1)
        return false;
    if (m_algorithm == JwsAlgorithm::RS256 && EVP_PKEY_CTX_set_rsa_padding(keyCtx, RSA_PKCS1_PADDING) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), bytes(signature), size_t(signature.size()), bytes(signingInput),
                            size_t(signingInput.size()))
           == 1;
}

Domain::Status JwkSet::add(Jwk key)
{
    if (find(key.kid()))
        return fail(Error::validation(QStringLiteral("The key set already has a key with kid \"%1\".").arg(key.kid())));
    m_keys.append(std::move(key));
    return {};
}

const Jwk *JwkSet::find(QStringView kid) const
{
    for (const Jwk &key : m_keys) {
        if (key.kid() == kid)
            return &key;
    }
    return nullptr;
}

QJsonObject JwkSet::toJson() const
{
    QJsonArray keys;
    for (const Jwk &key : m_keys)
        keys.append(key.toPublicJson());
    return QJsonObject{{QStringLiteral("keys"), keys}};
}

Domain::Result<JwkSet> JwkSet::fromJson(const QJsonObject &jwks)
{
    const QJsonValue keys = jwks.value(QStringLiteral("keys"));
    if (!keys.isArray())
        return fail(Error::validation(QStringLiteral("A JWKS document is an object with a \"keys\" array.")));
    JwkSet set;
    for (const QJsonValue &value : keys.toArray()) {
        if (!value.isObject())
            return fail(Error::validation(QStringLiteral("A JWKS \"keys\" entry is not an object.")));
        const QJsonObject jwk = value.toObject();
        if (!unsupportedReason(jwk, jwk.value(QStringLiteral("kid")).toString()).isEmpty())
            continue;
        auto key = Jwk::fromJson(jwk);
        if (!key)
            return fail(key.error());
        if (auto added = set.add(std::move(*key)); !added)
            return fail(added.error());
    }
    return set;
}

namespace {

const QString issClaim = QStringLiteral("iss");
const QString subClaim = QStringLiteral("sub");
const QString audClaim = QStringLiteral("aud");
const QString expClaim = QStringLiteral("exp");
const QString nbfClaim = QStringLiteral("nbf");
const QString iatClaim = QStringLiteral("iat");
const QString jtiClaim = QStringLiteral("jti");
const QString rolesClaim = QStringLiteral("roles");

bool isRegisteredClaim(const QString &name)
{
    for (const QString *registered :
         {&issClaim, &subClaim, &audClaim, &expClaim, &nbfClaim, &iatClaim, &jtiClaim, &rolesClaim}) {
        if (name == *registered)
            return true;
    }
    return false;
}

qint64 seconds(TokenClaims::Time time)
{
    return qint64(time.time_since_epoch().count());
}

QString utc(TokenClaims::Time time)
{
    return QDateTime::fromSecsSinceEpoch(seconds(time), Qt::UTC).toString(Qt::ISODate);
}

QByteArray segment(const QJsonObject &object)
{
    return base64UrlEncode(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Domain::Result<QJsonObject> decodeJsonSegment(QByteArrayView text, const QString &what, qsizetype maxBytes)
{
    auto raw = base64UrlDecode(text);
    if (!raw)
        return fail(unauthorized(QStringLiteral("The token's %1 is not base64url: %2").arg(what, raw.error().message)));
    auto doc = Domain::Json::parse(*raw, Domain::Json::ParseLimits{8, maxBytes});
    if (!doc || !doc->isObject())
        return fail(unauthorized(QStringLiteral("The token's %1 is not a JSON object.").arg(what)));
    return doc->object();
}

Domain::Result<std::optional<TokenClaims::Time>> numericDate(const QJsonObject &claims, const QString &name)
{
    const QJsonValue value = claims.value(name);
    if (value.isUndefined())
        return std::optional<TokenClaims::Time>();
    const double number = value.toDouble(-1);
    if (!value.isDouble() || !(number >= 0 && number <= maxNumericDate))
        return fail(unauthorized(
            QStringLiteral("The token's \"%1\" claim is not a date (whole seconds since 1970, as a number).")
                .arg(name)));
    return std::optional(TokenClaims::Time(std::chrono::seconds(qint64(std::floor(number)))));
}

Domain::Result<QString> stringClaim(const QJsonObject &claims, const QString &name, bool required)
{
    const QJsonValue value = claims.value(name);
    if (value.isUndefined() && !required)
        return QString();
    if (!value.isString() || value.toString().isEmpty())
        return fail(unauthorized(QStringLiteral("The token's \"%1\" claim is %2.")
                                     .arg(name, value.isUndefined() ? QStringLiteral("missing")
                                                                    : QStringLiteral("not a non-empty string"))));
    return value.toString();
}

Domain::Result<QStringList> stringList(const QJsonValue &value)
{
    if (!value.isArray())
        return fail(Error{});
    QStringList list;
    for (const QJsonValue &entry : value.toArray()) {
        if (!entry.isString())
            return fail(Error{});
        list.append(entry.toString());
    }
    return list;
}

Domain::Result<TokenClaims> readClaims(const QJsonObject &payload, const VerifyOptions &options)
{
    TokenClaims claims;
    auto exp = numericDate(payload, expClaim);
    if (!exp)
        return fail(exp.error());
    if (!*exp)
        return fail(
            unauthorized(QStringLiteral("The token has no \"exp\" claim; tokens without an expiry are refused.")));
    claims.expiresAt = **exp;
    if (options.now >= claims.expiresAt + options.leeway)
        return fail(unauthorized(QStringLiteral("The token expired at %1 (server time %2, leeway %3 s); refresh it or "
                                                "sign in again.")
                                     .arg(utc(claims.expiresAt), utc(options.now))
                                     .arg(options.leeway.count())));
    auto nbf = numericDate(payload, nbfClaim);
    if (!nbf)
        return fail(nbf.error());
    claims.notBefore = *nbf;
    if (claims.notBefore && *claims.notBefore > options.now + options.leeway)
        return fail(unauthorized(QStringLiteral("The token is not valid before %1 (server time %2, leeway %3 s); check "
                                                "the clocks of the issuer and this server.")
                                     .arg(utc(*claims.notBefore), utc(options.now))
                                     .arg(options.leeway.count())));
    auto iat = numericDate(payload, iatClaim);
    if (!iat)
        return fail(iat.error());
    claims.issuedAt = *iat;
    if (claims.issuedAt && *claims.issuedAt > options.now + options.leeway)
        return fail(unauthorized(QStringLiteral("The token claims to be issued at %1, in the future (server time %2, "
                                                "leeway %3 s); check the clocks of the issuer and this server.")
                                     .arg(utc(*claims.issuedAt), utc(options.now))
                                     .arg(options.leeway.count())));

    auto iss = stringClaim(payload, issClaim, true);
    if (!iss)
        return fail(iss.error());
    if (*iss != options.issuer)
        return fail(unauthorized(
            QStringLiteral("The token was issued by another issuer (\"iss\" is not \"%1\").").arg(options.issuer)));
    claims.issuer = *iss;

    const QJsonValue aud = payload.value(audClaim);
    if (aud.isString()) {
        claims.audience = QStringList{aud.toString()};
    } else if (auto list = stringList(aud); list && !list->isEmpty()) {
        claims.audience = *list;
    } else {
        return fail(unauthorized(QStringLiteral("The token's \"aud\" claim is missing or not a string or an array of "
                                                "strings.")));
    }
    if (!claims.audience.contains(options.audience))
        return fail(
            unauthorized(QStringLiteral("The token is meant for another audience (\"aud\" does not name \"%1\").")
                             .arg(options.audience)));

    auto sub = stringClaim(payload, subClaim, true);
    if (!sub)
        return fail(sub.error());
    claims.subject = *sub;
    auto jti = stringClaim(payload, jtiClaim, false);
    if (!jti)
        return fail(jti.error());
    claims.jwtId = *jti;
    if (payload.contains(rolesClaim)) {
        auto roles = stringList(payload.value(rolesClaim));
        if (!roles)
            return fail(unauthorized(QStringLiteral("The token's \"roles\" claim is not an array of strings.")));
        claims.roles = *roles;
    }
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        if (it.value().isString() && !isRegisteredClaim(it.key()))
            claims.extra.insert(it.key(), it.value().toString());
        else if (it.value().isBool())
            claims.extraBooleans.insert(it.key(), it.value().toBool());
    }
    return claims;
}

} // namespace

Domain::Result<QByteArray> signToken(const TokenClaims &claims, const Jwk &privateKey)
{
    if (!privateKey.hasPrivateKey())
        return fail(Error::internal(
            QStringLiteral("Key %1 is a public key; tokens are signed with a private key.").arg(privateKey.kid())));
    if (claims.issuer.isEmpty() || claims.subject.isEmpty() || claims.audience.isEmpty()
        || claims.audience.contains(QString()))
        return fail(Error::validation(QStringLiteral("A token needs an issuer, a subject and a non-empty audience.")));
    QJsonObject payload{
        {issClaim, claims.issuer},
        {subClaim, claims.subject},
        {audClaim, claims.audience.size() == 1 ? QJsonValue(claims.audience.first())
                                               : QJsonValue(QJsonArray::fromStringList(claims.audience))},
        {expClaim, seconds(claims.expiresAt)},
    };
    if (claims.notBefore)
        payload.insert(nbfClaim, seconds(*claims.notBefore));
    if (claims.issuedAt)
        payload.insert(iatClaim, seconds(*claims.issuedAt));
    if (!claims.jwtId.isEmpty())
        payload.insert(jtiClaim, claims.jwtId);
    if (!claims.roles.isEmpty())
        payload.insert(rolesClaim, QJsonArray::fromStringList(claims.roles));
    for (auto it = claims.extra.begin(); it != claims.extra.end(); ++it) {
        if (isRegisteredClaim(it.key()))
            return fail(Error::validation(
                QStringLiteral("The extra claim \"%1\" has the name of a registered claim; set the field instead.")
                    .arg(it.key())));
        payload.insert(it.key(), it.value());
    }
    for (auto it = claims.extraBooleans.begin(); it != claims.extraBooleans.end(); ++it) {
        if (isRegisteredClaim(it.key()) || claims.extra.contains(it.key()))
            return fail(Error::validation(
                QStringLiteral("The boolean claim \"%1\" has the name of a registered or string claim; a claim has "
                               "one value.")
                    .arg(it.key())));
        payload.insert(it.key(), it.value());
    }
    const QJsonObject header{
        {QStringLiteral("alg"), jwsAlgorithmName(privateKey.algorithm())},
        {QStringLiteral("kid"), privateKey.kid()},
        {QStringLiteral("typ"), QStringLiteral("JWT")},
    };
    const QByteArray signingInput = segment(header) + '.' + segment(payload);
    auto signature = privateKey.sign(signingInput);
    if (!signature)
        return fail(signature.error());
    return signingInput + '.' + base64UrlEncode(*signature);
}

Domain::Result<TokenClaims> verifyToken(QByteArrayView token, const JwkSet &keys, const VerifyOptions &options)
{
    if (options.issuer.isEmpty() || options.audience.isEmpty())
        return fail(Error::internal(QStringLiteral("Token verification needs an expected issuer and audience.")));
    if (token.size() > options.maxTokenBytes)
        return fail(unauthorized(QStringLiteral("The token is %1 bytes long; tokens over %2 bytes are refused.")
                                     .arg(token.size())
                                     .arg(options.maxTokenBytes)));
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= token.size(); ++i) {
        if (i == token.size() || token[i] == '.') {
            parts.append(token.sliced(start, i - start));
            start = i + 1;
        }
    }
    if (parts.size() != 3)
        return fail(unauthorized(QStringLiteral("The token has %1 dot-separated parts; a signed JWT has three "
                                                "(header.payload.signature).")
                                     .arg(parts.size())));
    for (const QByteArrayView part : parts) {
        if (part.isEmpty())
            return fail(unauthorized(QStringLiteral("The token has an empty part; unsigned tokens are refused.")));
    }

    auto header = decodeJsonSegment(parts[0], QStringLiteral("header"), options.maxTokenBytes);
    if (!header)
        return fail(header.error());
    if (header->contains(QStringLiteral("crit")))
        return fail(unauthorized(QStringLiteral("The token's header has a \"crit\" member; no JWS extensions are "
                                                "supported.")));
    const QJsonValue alg = header->value(QStringLiteral("alg"));
    const QJsonValue kid = header->value(QStringLiteral("kid"));
    if (!alg.isString())
        return fail(unauthorized(QStringLiteral("The token's header has no \"alg\".")));
    if (!kid.isString())
        return fail(unauthorized(QStringLiteral("The token's header has no \"kid\"; tokens must name the key they "
                                                "were signed with.")));
    const Jwk *key = keys.find(kid.toString());
    if (!key)
        return fail(unauthorized(QStringLiteral("The token's \"kid\" names no key this server trusts (the key may "
                                                "have been retired, or the token comes from elsewhere).")));
    if (alg.toString() != jwsAlgorithmName(key->algorithm()))
        return fail(
            unauthorized(QStringLiteral("The token's \"alg\" is not %1, the only algorithm key %2 is used with.")
                             .arg(jwsAlgorithmName(key->algorithm()), key->kid())));

    auto signature = base64UrlDecode(parts[2]);
    if (!signature)
        return fail(
            unauthorized(QStringLiteral("The token's signature is not base64url: %1").arg(signature.error().message)));
    if (signature->size() != key->signatureSize())
        return fail(unauthorized(QStringLiteral("The token's signature is %1 bytes long; %2 signatures with key %3 are "
                                                "%4 bytes.")
                                     .arg(signature->size())
                                     .arg(jwsAlgorithmName(key->algorithm()), key->kid())
                                     .arg(key->signatureSize())));
    const QByteArrayView signingInput = token.first(parts[0].size() + 1 + parts[1].size());
    if (!key->verify(signingInput, *signature))
        return fail(unauthorized(QStringLiteral("The token's signature does not verify with key %1; the token was "
                                                "altered or signed by someone else.")
                                     .arg(key->kid())));

    auto payload = decodeJsonSegment(parts[1], QStringLiteral("payload"), options.maxTokenBytes);
    if (!payload)
        return fail(payload.error());
    return readClaims(*payload, options);
}

} // namespace Backroom::Server
