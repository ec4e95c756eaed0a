// SPDX-License-Identifier: MIT
#include "server/auth/base64url.h"
#include "server/auth/jwt.h"
#include "tests/support/printers.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>

using namespace Backroom::Server;
using namespace std::chrono_literals;
using Backroom::Domain::ErrorCode;
using Backroom::Domain::Result;

namespace {

const std::chrono::sys_seconds issuedAt{1'750'000'000s};

QByteArray b64(QByteArrayView raw)
{
    return base64UrlEncode(raw);
}

QByteArray unb64(QByteArrayView text)
{
    auto decoded = base64UrlDecode(text);
    EXPECT_TRUE(decoded.has_value()) << text.toByteArray().constData();
    return decoded.value_or(QByteArray());
}

QByteArray segment(const QJsonObject &object)
{
    return b64(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(QByteArrayView segment)
{
    return QJsonDocument::fromJson(unb64(segment)).object();
}

QList<QByteArray> split(const QByteArray &token)
{
    return token.split('.');
}

QByteArray join(const QList<QByteArray> &parts)
{
    return parts.join('.');
}

// Keys are generated once: RSA generation takes a while.
const Jwk &edKey()
{
    static const Jwk key = Jwk::generate(JwsAlgorithm::EdDSA).value();
    return key;
}

const Jwk &otherEdKey()
{
    static const Jwk key = Jwk::generate(JwsAlgorithm::EdDSA).value();
    return key;
}

const Jwk &rsaKey()
{
    static const Jwk key = Jwk::generate(JwsAlgorithm::RS256, QStringLiteral("rsa-1")).value();
    return key;
}

const Jwk &ecKey()
{
    static const Jwk key = Jwk::generate(JwsAlgorithm::ES256, QStringLiteral("ec-1")).value();
    return key;
}

JwkSet keySet(std::initializer_list<const Jwk *> keys)
{
    JwkSet set;
    for (const Jwk *key : keys)
        EXPECT_TRUE(set.add(key->publicKey()).has_value());
    return set;
}

JwkSet ourKeys()
{
    return keySet({&edKey(), &otherEdKey()});
}

TokenClaims accessClaims()
{
    TokenClaims c;
    c.issuer = QStringLiteral("https://backroom.test");
    c.audience = {QStringLiteral("backroom-api")};
    c.subject = QStringLiteral("user-42");
    c.issuedAt = issuedAt;
    c.notBefore = issuedAt;
    c.expiresAt = issuedAt + 15min;
    c.jwtId = QStringLiteral("3f1c0a2e");
    c.roles = {QStringLiteral("support"), QStringLiteral("warehouse")};
    return c;
}

VerifyOptions options(std::chrono::sys_seconds now = issuedAt + 1min)
{
    VerifyOptions o;
    o.issuer = QStringLiteral("https://backroom.test");
    o.audience = QStringLiteral("backroom-api");
    o.now = now;
    return o;
}

QByteArray signedToken(const TokenClaims &claims = accessClaims(), const Jwk &key = edKey())
{
    return signToken(claims, key).value();
}

// A token built by hand: any header and payload, signed with the key's real algorithm.
QByteArray handSigned(const QJsonObject &header, const QJsonObject &payload, const Jwk &key)
{
    const QByteArray input = segment(header) + '.' + segment(payload);
    return input + '.' + b64(key.sign(input).value());
}

QJsonObject header(const Jwk &key)
{
    return QJsonObject{{QStringLiteral("alg"), jwsAlgorithmName(key.algorithm())},
                       {QStringLiteral("kid"), key.kid()},
                       {QStringLiteral("typ"), QStringLiteral("JWT")}};
}

QJsonObject payload()
{
    return object(split(signedToken())[1]);
}

QByteArray hmacSha256(QByteArrayView secret, QByteArrayView data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t size = 0;
    const unsigned char *mac =
        EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, secret.data(), size_t(secret.size()),
                  reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()), out, sizeof out, &size);
    EXPECT_NE(mac, nullptr);
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(size));
}

::testing::AssertionResult refused(const Result<TokenClaims> &result, const QString &because)
{
    if (result.has_value())
        return ::testing::AssertionFailure() << "the token was accepted";
    if (result.error().code != ErrorCode::Unauthorized)
        return ::testing::AssertionFailure()
               << "refused, but not as Unauthorized: " << ::testing::PrintToString(result.error());
    if (!result.error().message.contains(because, Qt::CaseInsensitive))
        return ::testing::AssertionFailure() << "refused for another reason: " << result.error().message.toStdString()
                                             << " (expected it to mention '" << because.toStdString() << "')";
    return ::testing::AssertionSuccess();
}

} // namespace

// --- base64url ---

TEST(JwtBase64Url, EncodesWithoutPaddingInTheUrlAlphabet)
{
    EXPECT_EQ(base64UrlEncode(""), QByteArray());
    EXPECT_EQ(base64UrlEncode("f"), QByteArray("Zg"));
    EXPECT_EQ(base64UrlEncode("fo"), QByteArray("Zm8"));
    EXPECT_EQ(base64UrlEncode("foo"), QByteArray("Zm9v"));
    EXPECT_EQ(base64UrlEncode(QByteArray::fromHex("fbff")), QByteArray("-_8"));
}

TEST(JwtBase64Url, RoundTripsEveryLength)
{
    QByteArray data;
    for (int i = 0; i < 70; ++i) {
        const QByteArray encoded = base64UrlEncode(data);
        EXPECT_FALSE(encoded.contains('=') || encoded.contains('+') || encoded.contains('/'));
        auto decoded = base64UrlDecode(encoded);
        ASSERT_TRUE(decoded.has_value()) << encoded.constData();
        EXPECT_EQ(*decoded, data);
        data.append(char(0xF0 ^ (i * 37)));
    }
}

TEST(JwtBase64Url, RefusesPaddingAndTheStandardAlphabet)
{
    const QByteArray texts[] = {"Zg==",        "Zg=",    "Zm8=",  "-_+/",   "ab+c",  "ab/c",
                                "Zm9v Zm9v",   "Zm9v\n", " Zm9v", "Zm\t9v", "Zm9v.", QByteArray("Zm9v\0", 5),
                                "Zm9v\xC3\xA9"};
    for (const QByteArray &text : texts) {
        auto decoded = base64UrlDecode(text);
        EXPECT_FALSE(decoded.has_value()) << "accepted: " << text.toHex().constData();
        if (!decoded) {
            EXPECT_EQ(decoded.error().code, ErrorCode::Validation);
        }
    }
    EXPECT_TRUE(base64UrlDecode("Zg").has_value());
}

TEST(JwtBase64Url, RefusesNonCanonicalTrailingBitsAndDanglingCharacters)
{
    EXPECT_TRUE(base64UrlDecode("QQ").has_value());
    EXPECT_FALSE(base64UrlDecode("QR").has_value()); // also decodes to "A" in a lax decoder
    EXPECT_TRUE(base64UrlDecode("QUI").has_value());
    EXPECT_FALSE(base64UrlDecode("QUJ").has_value());
    EXPECT_FALSE(base64UrlDecode("Q").has_value());
    EXPECT_FALSE(base64UrlDecode("QUJDQ").has_value());
}

// --- keys ---

TEST(JwtKeys, DerivesTheKidFromTheRawPublicKey)
{
    const QByteArray x = unb64(edKey().toPublicJson().value(QStringLiteral("x")).toString().toLatin1());
    ASSERT_EQ(x.size(), 32);
    unsigned char digest[32];
    unsigned int size = 0;
    ASSERT_EQ(EVP_Digest(x.constData(), size_t(x.size()), digest, &size, EVP_sha256(), nullptr), 1);
    EXPECT_EQ(edKey().kid(), QString::fromLatin1(b64(QByteArrayView(reinterpret_cast<const char *>(digest), 12))));
    EXPECT_EQ(edKey().kid().size(), 16);
    EXPECT_NE(edKey().kid(), otherEdKey().kid());
}

TEST(JwtKeys, MakesTheRfc8032KeyFromItsSeed)
{
    const QByteArray seed = QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    auto key = Jwk::fromEd25519Seed(seed);
    ASSERT_TRUE(key.has_value());
    EXPECT_EQ(unb64(key->toPublicJson().value(QStringLiteral("x")).toString().toLatin1()).toHex(),
              QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
    // RFC 8032, 7.1, test 1: the signature of the empty message.
    EXPECT_EQ(
        key->sign("").value().toHex(),
        QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b4"
                   "6bd25bf5f0595bbe24655141438e7a100b"));
    EXPECT_FALSE(Jwk::fromEd25519Seed(seed.first(31)).has_value());
}

TEST(JwtKeys, ExportsPublicJwksThatImportAgain)
{
    for (const Jwk *key : {&edKey(), &rsaKey(), &ecKey()}) {
        const QJsonObject jwk = key->toPublicJson();
        EXPECT_EQ(jwk.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
        EXPECT_EQ(jwk.value(QStringLiteral("alg")).toString(), jwsAlgorithmName(key->algorithm()));
        EXPECT_FALSE(jwk.contains(QStringLiteral("d")));
        auto imported = Jwk::fromJson(jwk);
        ASSERT_TRUE(imported.has_value()) << imported.error().message.toStdString();
        EXPECT_FALSE(imported->hasPrivateKey());
        EXPECT_EQ(imported->kid(), key->kid());
        EXPECT_EQ(imported->algorithm(), key->algorithm());
        EXPECT_EQ(imported->toPublicJson(), jwk);
        const QByteArray signature = key->sign("header.payload").value();
        EXPECT_TRUE(imported->verify("header.payload", signature));
        EXPECT_FALSE(imported->verify("header.payloaD", signature));
    }
    const QJsonObject ed = edKey().toPublicJson();
    EXPECT_EQ(ed.value(QStringLiteral("kty")).toString(), QStringLiteral("OKP"));
    EXPECT_EQ(ed.value(QStringLiteral("crv")).toString(), QStringLiteral("Ed25519"));
    EXPECT_EQ(ed.value(QStringLiteral("kid")).toString(), edKey().kid());
}

TEST(JwtKeys, KeySetRoundTripsAndVerifiesTokens)
{
    const JwkSet set = keySet({&edKey(), &rsaKey(), &ecKey()});
    const QJsonObject jwks = set.toJson();
    EXPECT_EQ(jwks.value(QStringLiteral("keys")).toArray().size(), 3);
    auto imported = JwkSet::fromJson(jwks);
    ASSERT_TRUE(imported.has_value()) << imported.error().message.toStdString();
    EXPECT_EQ(imported->toJson(), jwks);
    for (const Jwk *key : {&edKey(), &rsaKey(), &ecKey()})
        EXPECT_TRUE(verifyToken(signedToken(accessClaims(), *key), *imported, options()).has_value());
}

TEST(JwtKeys, PublicKeysCannotSign)
{
    const Jwk publicKey = edKey().publicKey();
    EXPECT_FALSE(publicKey.hasPrivateKey());
    EXPECT_FALSE(publicKey.sign("x").has_value());
    EXPECT_FALSE(publicKey.privateKeyPem().has_value());
    EXPECT_FALSE(signToken(accessClaims(), publicKey).has_value());
    EXPECT_TRUE(publicKey.verify("x", edKey().sign("x").value()));
}

TEST(JwtKeys, RefusesPrivateAndMalformedJwks)
{
    QJsonObject jwk = edKey().toPublicJson();
    jwk.insert(QStringLiteral("d"), QStringLiteral("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"));
    EXPECT_FALSE(Jwk::fromJson(jwk).has_value());

    QJsonObject noKid = edKey().toPublicJson();
    noKid.remove(QStringLiteral("kid"));
    EXPECT_FALSE(Jwk::fromJson(noKid).has_value());

    QJsonObject wrongAlg = edKey().toPublicJson();
    wrongAlg.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
    EXPECT_FALSE(Jwk::fromJson(wrongAlg).has_value());

    QJsonObject shortX = edKey().toPublicJson();
    shortX.insert(QStringLiteral("x"), QString::fromLatin1(b64(QByteArray(31, 'x'))));
    EXPECT_FALSE(Jwk::fromJson(shortX).has_value());

    QJsonObject offCurve = ecKey().toPublicJson();
    offCurve.insert(QStringLiteral("y"), QString::fromLatin1(b64(QByteArray(32, '\x01'))));
    EXPECT_FALSE(Jwk::fromJson(offCurve).has_value());

    QJsonObject padded = rsaKey().toPublicJson();
    padded.insert(QStringLiteral("e"), QStringLiteral("AQAB="));
    EXPECT_FALSE(Jwk::fromJson(padded).has_value());
}

TEST(JwtKeys, RefusesWeakRsaKeys)
{
    EVP_PKEY *small = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(1024));
    ASSERT_NE(small, nullptr);
    BIGNUM *n = nullptr;
    ASSERT_EQ(EVP_PKEY_get_bn_param(small, "n", &n), 1);
    QByteArray modulus(BN_num_bytes(n), Qt::Uninitialized);
    BN_bn2bin(n, reinterpret_cast<unsigned char *>(modulus.data()));
    BN_free(n);
    EVP_PKEY_free(small);
    QJsonObject jwk = rsaKey().toPublicJson();
    ASSERT_TRUE(Jwk::fromJson(jwk).has_value());
    jwk.insert(QStringLiteral("n"), QString::fromLatin1(b64(modulus)));
    auto imported = Jwk::fromJson(jwk);
    ASSERT_FALSE(imported.has_value());
    EXPECT_TRUE(imported.error().message.contains(QStringLiteral("1024 bits")))
        << imported.error().message.toStdString();

    QByteArray even = unb64(rsaKey().toPublicJson().value(QStringLiteral("n")).toString().toLatin1());
    even.back() = char(even.back() & 0xFE);
    jwk.insert(QStringLiteral("n"), QString::fromLatin1(b64(even)));
    EXPECT_FALSE(Jwk::fromJson(jwk).has_value());

    jwk = rsaKey().toPublicJson();
    jwk.insert(QStringLiteral("e"), QString::fromLatin1(b64(QByteArray::fromHex("010000000001"))));
    EXPECT_FALSE(Jwk::fromJson(jwk).has_value());
}

TEST(JwtKeys, VerifyRefusesSignaturesOfTheWrongLength)
{
    for (const Jwk *key : {&edKey(), &rsaKey(), &ecKey()}) {
        const QByteArray signature = key->sign("input").value();
        EXPECT_EQ(signature.size(), key->signatureSize());
        EXPECT_TRUE(key->verify("input", signature));
        EXPECT_FALSE(key->verify("input", signature + '\0'));
        EXPECT_FALSE(key->verify("input", signature.chopped(1)));
        EXPECT_FALSE(key->verify("input", QByteArray()));
    }
}

TEST(JwtKeys, KeySetImportSkipsKeysItCannotUse)
{
    QJsonObject encryption = rsaKey().toPublicJson();
    encryption.insert(QStringLiteral("use"), QStringLiteral("enc"));
    encryption.insert(QStringLiteral("kid"), QStringLiteral("enc-1"));
    QJsonObject ps256 = rsaKey().toPublicJson();
    ps256.insert(QStringLiteral("alg"), QStringLiteral("PS256"));
    ps256.insert(QStringLiteral("kid"), QStringLiteral("ps-1"));
    const QJsonObject symmetric{{QStringLiteral("kty"), QStringLiteral("oct")},
                                {QStringLiteral("kid"), QStringLiteral("hmac-1")},
                                {QStringLiteral("k"), QStringLiteral("c2VjcmV0")}};
    const QJsonArray keys{encryption, ps256, symmetric, ecKey().toPublicJson()};
    auto set = JwkSet::fromJson(QJsonObject{{QStringLiteral("keys"), keys}});
    ASSERT_TRUE(set.has_value()) << set.error().message.toStdString();
    ASSERT_EQ(set->keys().size(), 1);
    EXPECT_EQ(set->keys().first().kid(), ecKey().kid());

    const QJsonArray twice{ecKey().toPublicJson(), ecKey().toPublicJson()};
    EXPECT_FALSE(JwkSet::fromJson(QJsonObject{{QStringLiteral("keys"), twice}}).has_value());
}

// --- signing and verifying ---

TEST(Jwt, SignsAndVerifiesAnAccessToken)
{
    TokenClaims claims = accessClaims();
    claims.extra.insert(QStringLiteral("email"), QStringLiteral("kim@example.test"));
    const QByteArray token = signedToken(claims);
    EXPECT_EQ(token.count('.'), 2);
    auto verified = verifyToken(token, ourKeys(), options());
    ASSERT_TRUE(verified.has_value()) << verified.error().message.toStdString();
    EXPECT_EQ(*verified, claims);
}

TEST(Jwt, CarriesBooleanClaimsAsJsonBooleans)
{
    TokenClaims claims = accessClaims();
    claims.extra.insert(QStringLiteral("email"), QStringLiteral("kim@example.test"));
    claims.extraBooleans.insert(QStringLiteral("email_verified"), true);
    claims.extraBooleans.insert(QStringLiteral("phone_number_verified"), false);
    const QByteArray token = signedToken(claims);
    EXPECT_EQ(object(split(token)[1]).value(QStringLiteral("email_verified")), QJsonValue(true));
    auto verified = verifyToken(token, ourKeys(), options());
    ASSERT_TRUE(verified.has_value()) << verified.error().message.toStdString();
    EXPECT_EQ(*verified, claims);

    claims.extra.insert(QStringLiteral("email_verified"), QStringLiteral("true"));
    EXPECT_FALSE(signToken(claims, edKey()).has_value()) << "one claim, two values";
    claims = accessClaims();
    claims.extraBooleans.insert(QStringLiteral("exp"), true);
    EXPECT_FALSE(signToken(claims, edKey()).has_value()) << "a registered name";
}

TEST(Jwt, WritesTheHeaderWithAlgorithmKidAndType)
{
    const QJsonObject h = object(split(signedToken())[0]);
    EXPECT_EQ(h, header(edKey()));
    EXPECT_EQ(h.value(QStringLiteral("alg")).toString(), QStringLiteral("EdDSA"));
    const QJsonObject p = object(split(signedToken())[1]);
    EXPECT_EQ(p.value(QStringLiteral("aud")), QJsonValue(QStringLiteral("backroom-api"))); // one audience: a string
    EXPECT_EQ(p.value(QStringLiteral("exp")).toInteger(), (issuedAt + 15min).time_since_epoch().count());
}

TEST(Jwt, RefusesAlgNone)
{
    QJsonObject none = header(edKey());
    none.insert(QStringLiteral("alg"), QStringLiteral("none"));
    const QList<QByteArray> parts = split(signedToken());
    const QByteArray unsignedToken = segment(none) + '.' + parts[1] + '.';
    EXPECT_TRUE(refused(verifyToken(unsignedToken, ourKeys(), options()), QStringLiteral("empty part")));
    EXPECT_TRUE(refused(verifyToken(segment(none) + '.' + parts[1], ourKeys(), options()), QStringLiteral("parts")));
    const QByteArray withSignature = segment(none) + '.' + parts[1] + '.' + parts[2];
    EXPECT_TRUE(refused(verifyToken(withSignature, ourKeys(), options()), QStringLiteral("\"alg\" is not EdDSA")));
    none.remove(QStringLiteral("kid"));
    EXPECT_TRUE(
        refused(verifyToken(segment(none) + '.' + parts[1] + '.', ourKeys(), options()), QStringLiteral("empty")));
    EXPECT_TRUE(refused(verifyToken(segment(none) + '.' + parts[1] + '.' + parts[2], ourKeys(), options()),
                        QStringLiteral("no \"kid\"")));
}

TEST(Jwt, RefusesHs256SignedWithThePublicKeyAsSecret)
{
    QJsonObject hs = header(edKey());
    hs.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
    const QByteArray input = segment(hs) + '.' + split(signedToken())[1];
    const QByteArray rawPublic = unb64(edKey().toPublicJson().value(QStringLiteral("x")).toString().toLatin1());
    const QByteArray jwkText = QJsonDocument(edKey().toPublicJson()).toJson(QJsonDocument::Compact);
    for (const QByteArray &secret : {rawPublic, edKey().publicKeyPem(), jwkText}) {
        ASSERT_FALSE(secret.isEmpty());
        const QByteArray forged = input + '.' + b64(hmacSha256(secret, input));
        EXPECT_TRUE(refused(verifyToken(forged, ourKeys(), options()), QStringLiteral("\"alg\" is not EdDSA")));
    }
}

TEST(Jwt, RefusesUnknownOrMissingKeyIds)
{
    const QJsonObject p = payload();
    QJsonObject unknown = header(edKey());
    unknown.insert(QStringLiteral("kid"), QStringLiteral("no-such-key"));
    EXPECT_TRUE(refused(verifyToken(handSigned(unknown, p, edKey()), ourKeys(), options()), QStringLiteral("trusts")));

    QJsonObject missing = header(edKey());
    missing.remove(QStringLiteral("kid"));
    EXPECT_TRUE(
        refused(verifyToken(handSigned(missing, p, edKey()), ourKeys(), options()), QStringLiteral("no \"kid\"")));

    QJsonObject notAString = header(edKey());
    notAString.insert(QStringLiteral("kid"), 7);
    EXPECT_TRUE(refused(verifyToken(handSigned(notAString, p, edKey()), ourKeys(), options()), QStringLiteral("kid")));

    // A kid the server knows, on a token another key signed.
    const QByteArray token = handSigned(header(otherEdKey()), p, edKey());
    EXPECT_TRUE(refused(verifyToken(token, ourKeys(), options()), QStringLiteral("signature does not verify")));
    // A token from a key that is not in the set.
    EXPECT_TRUE(refused(verifyToken(signedToken(), keySet({&otherEdKey()}), options()), QStringLiteral("trusts")));
}

TEST(Jwt, RefusesAnEditedPayload)
{
    const QList<QByteArray> parts = split(signedToken());
    QJsonObject p = object(parts[1]);
    p.insert(QStringLiteral("roles"), QJsonArray{QStringLiteral("admin")});
    const QByteArray forged = join({parts[0], segment(p), parts[2]});
    EXPECT_TRUE(refused(verifyToken(forged, ourKeys(), options()), QStringLiteral("signature does not verify")));
    QJsonObject later = object(parts[1]);
    later.insert(QStringLiteral("exp"), qint64((issuedAt + 24h).time_since_epoch().count()));
    EXPECT_TRUE(refused(verifyToken(join({parts[0], segment(later), parts[2]}), ourKeys(), options()),
                        QStringLiteral("signature")));
    EXPECT_TRUE(verifyToken(join(parts), ourKeys(), options()).has_value());
}

TEST(Jwt, RefusesAnEditedHeader)
{
    const QList<QByteArray> parts = split(signedToken());
    QJsonObject h = object(parts[0]);
    h.insert(QStringLiteral("typ"), QStringLiteral("at+jwt"));
    EXPECT_TRUE(refused(verifyToken(join({segment(h), parts[1], parts[2]}), ourKeys(), options()),
                        QStringLiteral("signature does not verify")));
}

TEST(Jwt, ChecksTheSignatureBeforeReadingTheClaims)
{
    const QList<QByteArray> parts = split(signedToken());
    const QByteArray garbage = join({parts[0], b64("not json"), parts[2]});
    EXPECT_TRUE(refused(verifyToken(garbage, ourKeys(), options()), QStringLiteral("signature")));
    const QByteArray signedGarbage = parts[0] + '.' + b64("not json");
    const QByteArray token = signedGarbage + '.' + b64(edKey().sign(signedGarbage).value());
    EXPECT_TRUE(refused(verifyToken(token, ourKeys(), options()), QStringLiteral("payload is not a JSON object")));
}

TEST(Jwt, RefusesACritHeaderEvenWhenSigned)
{
    QJsonObject h = header(edKey());
    h.insert(QStringLiteral("crit"), QJsonArray{QStringLiteral("b64")});
    h.insert(QStringLiteral("b64"), false);
    EXPECT_TRUE(refused(verifyToken(handSigned(h, payload(), edKey()), ourKeys(), options()), QStringLiteral("crit")));
}

TEST(Jwt, RefusesExpiredTokensAfterTheLeeway)
{
    const QByteArray token = signedToken();
    const auto exp = accessClaims().expiresAt;
    EXPECT_TRUE(verifyToken(token, ourKeys(), options(exp + 59s)).has_value());
    EXPECT_TRUE(refused(verifyToken(token, ourKeys(), options(exp + 60s)), QStringLiteral("expired")));
    VerifyOptions strict = options(exp);
    strict.leeway = 0s;
    EXPECT_TRUE(refused(verifyToken(token, ourKeys(), strict), QStringLiteral("expired")));

    QJsonObject noExp = payload();
    noExp.remove(QStringLiteral("exp"));
    EXPECT_TRUE(refused(verifyToken(handSigned(header(edKey()), noExp, edKey()), ourKeys(), options()),
                        QStringLiteral("no \"exp\"")));
    QJsonObject textExp = payload();
    textExp.insert(QStringLiteral("exp"), QStringLiteral("1750000900"));
    EXPECT_TRUE(refused(verifyToken(handSigned(header(edKey()), textExp, edKey()), ourKeys(), options()),
                        QStringLiteral("\"exp\" claim is not a date")));
}

TEST(Jwt, RefusesTokensNotYetValid)
{
    TokenClaims claims = accessClaims();
    claims.issuedAt.reset();
    claims.notBefore = issuedAt + 10min;
    const QByteArray token = signedToken(claims);
    EXPECT_TRUE(refused(verifyToken(token, ourKeys(), options(issuedAt)), QStringLiteral("not valid before")));
    EXPECT_TRUE(
        refused(verifyToken(token, ourKeys(), options(issuedAt + 8min + 59s)), QStringLiteral("not valid before")));
    EXPECT_TRUE(verifyToken(token, ourKeys(), options(issuedAt + 9min)).has_value());
}

TEST(Jwt, RefusesTokensIssuedInTheFuture)
{
    TokenClaims claims = accessClaims();
    claims.notBefore.reset();
    claims.issuedAt = issuedAt + 5min;
    const QByteArray token = signedToken(claims);
    EXPECT_TRUE(refused(verifyToken(token, ourKeys(), options(issuedAt)), QStringLiteral("future")));
    EXPECT_TRUE(verifyToken(token, ourKeys(), options(issuedAt + 4min)).has_value());
}

TEST(Jwt, RefusesAnotherIssuer)
{
    TokenClaims claims = accessClaims();
    claims.issuer = QStringLiteral("https://evil.test");
    EXPECT_TRUE(refused(verifyToken(signedToken(claims), ourKeys(), options()), QStringLiteral("issuer")));
    QJsonObject noIss = payload();
    noIss.remove(QStringLiteral("iss"));
    EXPECT_TRUE(refused(verifyToken(handSigned(header(edKey()), noIss, edKey()), ourKeys(), options()),
                        QStringLiteral("\"iss\" claim is missing")));
}

TEST(Jwt, RefusesAnotherAudience)
{
    TokenClaims claims = accessClaims();
    claims.audience = {QStringLiteral("storefront")};
    EXPECT_TRUE(refused(verifyToken(signedToken(claims), ourKeys(), options()), QStringLiteral("audience")));
}

TEST(Jwt, AcceptsAnAudienceArrayOnlyWhenItNamesUs)
{
    TokenClaims claims = accessClaims();
    claims.audience = {QStringLiteral("storefront"), QStringLiteral("backroom-api")};
    const QByteArray token = signedToken(claims);
    EXPECT_TRUE(object(split(token)[1]).value(QStringLiteral("aud")).isArray());
    auto verified = verifyToken(token, ourKeys(), options());
    ASSERT_TRUE(verified.has_value()) << verified.error().message.toStdString();
    EXPECT_EQ(verified->audience, claims.audience);

    claims.audience = {QStringLiteral("storefront"), QStringLiteral("reports")};
    EXPECT_TRUE(refused(verifyToken(signedToken(claims), ourKeys(), options()), QStringLiteral("audience")));

    QJsonObject mixed = payload();
    mixed.insert(QStringLiteral("aud"), QJsonArray{QStringLiteral("backroom-api"), 3});
    EXPECT_TRUE(refused(verifyToken(handSigned(header(edKey()), mixed, edKey()), ourKeys(), options()),
                        QStringLiteral("\"aud\"")));
    mixed.insert(QStringLiteral("aud"), QJsonArray{});
    EXPECT_TRUE(refused(verifyToken(handSigned(header(edKey()), mixed, edKey()), ourKeys(), options()),
                        QStringLiteral("\"aud\"")));
}

TEST(Jwt, RefusesAnEmptySubjectAndRolesThatAreNotStrings)
{
    QJsonObject p = payload();
    p.insert(QStringLiteral("sub"), QString());
    EXPECT_TRUE(
        refused(verifyToken(handSigned(header(edKey()), p, edKey()), ourKeys(), options()), QStringLiteral("\"sub\"")));
    p = payload();
    p.insert(QStringLiteral("sub"), 42);
    EXPECT_TRUE(
        refused(verifyToken(handSigned(header(edKey()), p, edKey()), ourKeys(), options()), QStringLiteral("\"sub\"")));
    p = payload();
    p.insert(QStringLiteral("roles"), QStringLiteral("admin"));
    EXPECT_TRUE(
        refused(verifyToken(handSigned(header(edKey()), p, edKey()), ourKeys(), options()), QStringLiteral("roles")));
    p.insert(QStringLiteral("roles"), QJsonArray{QStringLiteral("support"), QJsonObject{}});
    EXPECT_TRUE(
        refused(verifyToken(handSigned(header(edKey()), p, edKey()), ourKeys(), options()), QStringLiteral("roles")));
    p.insert(QStringLiteral("roles"), QJsonArray{QStringLiteral("support")});
    EXPECT_TRUE(verifyToken(handSigned(header(edKey()), p, edKey()), ourKeys(), options()).has_value());
}

TEST(Jwt, RefusesTokensOverTheSizeLimit)
{
    TokenClaims claims = accessClaims();
    claims.extra.insert(QStringLiteral("padding"), QString(7000, u'x'));
    const QByteArray token = signedToken(claims);
    ASSERT_GT(token.size(), 8 * 1024);
    EXPECT_TRUE(refused(verifyToken(token, ourKeys(), options()), QStringLiteral("over 8192 bytes")));
    VerifyOptions roomy = options();
    roomy.maxTokenBytes = 16 * 1024;
    EXPECT_TRUE(verifyToken(token, ourKeys(), roomy).has_value());
}

TEST(Jwt, RefusesTwoOrFourSegments)
{
    const QList<QByteArray> parts = split(signedToken());
    EXPECT_TRUE(
        refused(verifyToken(join({parts[0], parts[1]}), ourKeys(), options()), QStringLiteral("2 dot-separated")));
    EXPECT_TRUE(refused(verifyToken(join({parts[0], parts[1], parts[2], parts[2]}), ourKeys(), options()),
                        QStringLiteral("4 dot-separated")));
    EXPECT_TRUE(refused(verifyToken(join(parts) + '.', ourKeys(), options()), QStringLiteral("4 dot-separated")));
    EXPECT_TRUE(refused(verifyToken("", ourKeys(), options()), QStringLiteral("1 dot-separated")));
    EXPECT_TRUE(refused(verifyToken("..", ourKeys(), options()), QStringLiteral("empty part")));
}

TEST(Jwt, RefusesBadBase64Url)
{
    const QList<QByteArray> parts = split(signedToken());
    auto check = [&](const QList<QByteArray> &edited, const char *why) {
        EXPECT_TRUE(refused(verifyToken(join(edited), ourKeys(), options()), QStringLiteral("not base64url"))) << why;
    };
    QByteArray signature = parts[2];
    ASSERT_EQ(signature.size(), 86); // 64 bytes
    check({parts[0], parts[1], signature + "=="}, "padded signature");
    QByteArray plus = parts[2];
    plus[5] = '+';
    check({parts[0], parts[1], plus}, "'+' in the signature");
    QByteArray slash = parts[0];
    slash[3] = '/';
    check({slash, parts[1], parts[2]}, "'/' in the header");
    check({parts[0] + ' ', parts[1], parts[2]}, "space after the header");
    check({parts[0], parts[1], parts[2].first(40) + '\n' + parts[2].sliced(40)}, "newline in the signature");
    // The header of an EdDSA token is 52 bytes: its text ends in a character with unused bits.
    QByteArray header = parts[0];
    ASSERT_EQ(header.size() % 4, 2);
    header.back() = char(header.back() + 1);
    check({header, parts[1], parts[2]}, "non-canonical last character");
}

TEST(Jwt, RefusesSignaturesOfTheWrongLength)
{
    const QList<QByteArray> parts = split(signedToken());
    const QByteArray signature = unb64(parts[2]);
    EXPECT_TRUE(refused(verifyToken(join({parts[0], parts[1], b64(signature.first(63))}), ourKeys(), options()),
                        QStringLiteral("63 bytes long")));
    EXPECT_TRUE(refused(verifyToken(join({parts[0], parts[1], b64(signature + '\0')}), ourKeys(), options()),
                        QStringLiteral("65 bytes long")));
    QByteArray flipped = signature;
    flipped[10] = char(flipped[10] ^ 1);
    EXPECT_TRUE(refused(verifyToken(join({parts[0], parts[1], b64(flipped)}), ourKeys(), options()),
                        QStringLiteral("signature does not verify")));
}

TEST(Jwt, VerifiesRs256OnlyWithTheKeyBoundToIt)
{
    const JwkSet keys = keySet({&rsaKey(), &edKey()});
    const QByteArray token = signedToken(accessClaims(), rsaKey());
    const QList<QByteArray> parts = split(token);
    EXPECT_EQ(object(parts[0]).value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
    EXPECT_EQ(unb64(parts[2]).size(), 256);
    auto verified = verifyToken(token, keys, options());
    ASSERT_TRUE(verified.has_value()) << verified.error().message.toStdString();
    EXPECT_EQ(*verified, accessClaims());

    QJsonObject asEdDsa = object(parts[0]);
    asEdDsa.insert(QStringLiteral("alg"), QStringLiteral("EdDSA"));
    EXPECT_TRUE(refused(verifyToken(join({segment(asEdDsa), parts[1], parts[2]}), keys, options()),
                        QStringLiteral("\"alg\" is not RS256")));
    QJsonObject es = object(parts[0]);
    es.insert(QStringLiteral("alg"), QStringLiteral("ES256"));
    EXPECT_TRUE(refused(verifyToken(join({segment(es), parts[1], parts[2]}), keys, options()),
                        QStringLiteral("\"alg\" is not RS256")));
    // Pointing the header at the Ed25519 key does not help either.
    asEdDsa.insert(QStringLiteral("kid"), edKey().kid());
    EXPECT_TRUE(refused(verifyToken(join({segment(asEdDsa), parts[1], parts[2]}), keys, options()),
                        QStringLiteral("256 bytes long")));
}

TEST(Jwt, VerifiesEs256WithJoseSignatures)
{
    const JwkSet keys = keySet({&ecKey()});
    const QByteArray token = signedToken(accessClaims(), ecKey());
    const QList<QByteArray> parts = split(token);
    EXPECT_EQ(object(parts[0]).value(QStringLiteral("alg")).toString(), QStringLiteral("ES256"));
    const QByteArray signature = unb64(parts[2]);
    ASSERT_EQ(signature.size(), 64);
    auto verified = verifyToken(token, keys, options());
    ASSERT_TRUE(verified.has_value()) << verified.error().message.toStdString();
    EXPECT_EQ(*verified, accessClaims());

    // The DER form OpenSSL itself produces is not a JWS signature.
    ECDSA_SIG *sig = ECDSA_SIG_new();
    ASSERT_EQ(
        ECDSA_SIG_set0(sig, BN_bin2bn(reinterpret_cast<const unsigned char *>(signature.constData()), 32, nullptr),
                       BN_bin2bn(reinterpret_cast<const unsigned char *>(signature.constData()) + 32, 32, nullptr)),
        1);
    unsigned char *der = nullptr;
    const int derSize = i2d_ECDSA_SIG(sig, &der);
    ECDSA_SIG_free(sig);
    ASSERT_GT(derSize, 64);
    const QByteArray derSignature(reinterpret_cast<const char *>(der), derSize);
    OPENSSL_free(der);
    EXPECT_TRUE(refused(verifyToken(join({parts[0], parts[1], b64(derSignature)}), keys, options()),
                        QStringLiteral("bytes long")));

    QByteArray swapped = signature.sliced(32) + signature.first(32); // s||r
    EXPECT_TRUE(refused(verifyToken(join({parts[0], parts[1], b64(swapped)}), keys, options()),
                        QStringLiteral("signature does not verify")));
    EXPECT_TRUE(refused(verifyToken(join({parts[0], parts[1], b64(QByteArray(64, '\0'))}), keys, options()),
                        QStringLiteral("signature does not verify")));
}

TEST(Jwt, NeedsAnExpectedIssuerAndAudience)
{
    VerifyOptions o = options();
    o.audience.clear();
    auto result = verifyToken(signedToken(), ourKeys(), o);
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, ErrorCode::Internal);
}

TEST(Jwt, RefusesToSignIncompleteClaims)
{
    TokenClaims claims = accessClaims();
    claims.subject.clear();
    EXPECT_FALSE(signToken(claims, edKey()).has_value());
    claims = accessClaims();
    claims.audience.clear();
    EXPECT_FALSE(signToken(claims, edKey()).has_value());
    claims = accessClaims();
    claims.extra.insert(QStringLiteral("sub"), QStringLiteral("admin"));
    EXPECT_FALSE(signToken(claims, edKey()).has_value());
}
