// SPDX-License-Identifier: MIT
// libFuzzer target for the bearer-token verifier every authenticated request goes through
// (Backroom::Server::verifyToken) and the strict base64url and JWK decoding under it.
//
// The harness holds one key of each algorithm: Ed25519 made from fixed seed bytes, RSA and P-256 from the
// test-only PEM keys below (they protect nothing), so that the tokens in corpus/fuzz_access_token/ stay
// valid across runs. At start-up it signs a few tokens and remembers their signing inputs
// (header.payload) and claims.
//
// Invariants:
//  - verifyToken never crashes, and refuses with Unauthorized and a message;
//  - it accepts a token only if its signing input is one the harness signed, with exactly the claims the
//    harness signed: the fuzzer cannot forge Ed25519, RSA or ECDSA signatures, so any other acceptance
//    means a check was skipped (an "alg" trusted, a signature not verified, a header or payload edited);
//  - an accepted token is within maxTokenBytes, and the same token is refused once it has expired, for
//    another audience, and by a key set without its key;
//  - base64url: text that decodes is canonical (re-encoding the bytes gives the same text);
//  - an input that starts with '{' is also read as a JWK and as a JWKS: what is accepted exports to a
//    public JWK that imports again to the same key.
//
// Regenerate the seeds (after changing the keys or claims):
//   BACKROOM_FUZZ_WRITE_SEEDS=tests/fuzz/corpus/fuzz_access_token build/fuzz/fuzz_access_token
#include "domain/json.h"
#include "server/auth/base64url.h"
#include "server/auth/jwt.h"
#include "tests/fuzz/invariant.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/evp.h>

#include <cstdint>
#include <cstdio>

using namespace Backroom::Server;
using namespace Backroom;
using namespace std::chrono_literals;

namespace {

#define CHECK(cond) BACKROOM_FUZZ_CHECK("fuzz_access_token", cond)

// Test keys for this harness only.
constexpr char rsaPem[] = R"(-----BEGIN PRIVATE KEY-----
MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC006KZyXR6h5gQ
chsJNWgK2xGtovskn+83vu7tbE6WZf7c5t+VWoeupKkbAIJPKUax3HikrZmIbdNw
7kKyAAg65PewtUb1UK9eltg1VkCU634lbNOnp1QXtJYFUfQgBag2d9WvWNN9koDK
WaPDFTSJiqpgi9KlpoKzZ5IvABdI9bV/M3ADl7q4QB0xZEwNcoM9sJ+36MdCN8lv
muOMo8xb0Fn5wgJYlv1ZViPEE3MzSfuyqzw4PtMT8MZZuotGUkgfT0+P/mfbTV3I
HP6C87ojYpUHaeBo6dgQvNG/DQV2M9xFGwhgxjmjgWyNdpZ3YYPvl2OqjYAFAeCB
Dd4mH8ArAgMBAAECggEABX0I9JGp8JAjXEMXsVCxfuba+Ky3jQsyV7xQBIfNiNYW
sBNtL4YnE8oZUeGoPYkwr/RTpcKZJDbFJ1Ur/rrD2oRu73+eZD1rMpFHMF3qVDrO
QjTf5bj380eUEsbuhHb3fekRj3gVjzxTnrtYHkiLUYNnxsoSU4ckH22M1n1dDOX5
vcJaTu2VTH0LPxO3NUX4MlBppoIZFe0DQY+5Hb1+kPBAxA6tVzxTpeUadtLM9Va8
dFUkkFxI7bPTeYrLPh8qlakTi5g8hUQyjsJcWyyBhS1dvnWY1Fsi2Qwy5unw6pSu
VolRSj2tqYWs0MKOns88LdMLaYMJi/zdXzBeP+zNAQKBgQD8vw33QxVhhEygUImh
B8aKTKNxRauEAqg/olpFgQd1V6ZAG8nQk6to6xpgpd1qrg14tmUJ/slLO/Gn/4Zp
GD7LTOCQp6gacFIihaHk4UvrLndPA6K2ACm6TofL8GlGg1Acc2Ars5Sh5u4S3XYM
mf2JtkyHBMKiDAp6qYq+GS85KwKBgQC3J5BYkCINxvcEqOA1TwGaUA8NVp+Nwsa0
WRsfSI5WOzSrugyFLRm2E+uJpIlqCJF0+FYgA2z/2vz45aJC9zhPsWwqsNqWlPOT
QE2ytlRCT2Li2sl3a0O0SgT7dDqJUnpFYP4g69+Pj1wIDxqt8EjjX1YoJIXQQ1ff
1vzsZ8AVAQKBgQC0h1bXZWAxPklpPP2BOseSYzlfIA9phGhew31NJeOI6ilCo1ac
l82YbE1z+SVVHKtcrJMw938aMN/kSnzcNkgr+GZyjH5jHBVeuSqxDEeo3ZC0rHkd
HLKxc4RFpBveFM808ygfLu8cUZF9ghfe2mMhaUfyLPFEw+r8QHtsWxrC7wKBgB+T
AH1kC5rYbAkvm8dU4W/a0V15S3RC2cKJgfV4qqEO/9uC7VmgFsie0oIeDVpsM7c4
gJBwRsAs3mOCIuDsgZarfXw2lNhUwVDnSv2+FPSBfwigsw6VPUy9XfKDbPvzbgS7
3dOLFjVHf5QcFntZ6xbXfqDY+wCWO3XpOB0BHcoBAoGBAPVQf5iFvJVlIaZmgruo
K5Rfj7irc7lrC9HSCy8VKAiCJh7YzbZXZbxm+nkfx+P0emitDTel/Pf/Fd7O7VpC
F/AH7t6ffcQEco/BdnYuG7Y5VFWsmuR9MiIxBP2FEWG7Mek7erwJUaduGC2kYcRw
xOuBEUa3z/AD62fvojAHi5CL
-----END PRIVATE KEY-----
)";

constexpr char ecPem[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgyximfN6thFCiDCER
1lTsqCRZ0p+9uuBTk3tm1xRPFCmhRANCAAQ42b4Wl7hXoySzhljZdXre84ecfZml
Rc+BkhazRqCub2escPRnN2mIc72c5JH/TAULQTx6Mq5yxrYplYP+VhHG
-----END PRIVATE KEY-----
)";

const std::chrono::sys_seconds issuedAt{1'750'000'000s};

QByteArray segment(const QJsonObject &object)
{
    return base64UrlEncode(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

struct Harness {
    Jwk ed;
    Jwk rsa;
    Jwk ec;
    JwkSet keys;        // the public halves of all three
    JwkSet withoutKeys; // another Ed25519 key only
    VerifyOptions options;
    VerifyOptions tinyLimit;
    VerifyOptions expired;
    VerifyOptions otherAudience;
    QHash<QByteArray, TokenClaims> signedInputs; // header.payload → the claims in it
    QList<std::pair<QString, QByteArray>> seeds; // file name → content

    Harness()
        : ed(Jwk::fromEd25519Seed(QByteArrayView("backroom-fuzz-ed25519-seed-32byt")).value())
        , rsa(Jwk::fromPrivateKeyPem(QByteArrayView(rsaPem)).value())
        , ec(Jwk::fromPrivateKeyPem(QByteArrayView(ecPem)).value())
    {
        for (const Jwk *key : {&ed, &rsa, &ec})
            CHECK(keys.add(key->publicKey()).has_value());
        const Jwk stranger = Jwk::fromEd25519Seed(QByteArrayView("another-ed25519-seed-of-32-bytes")).value();
        CHECK(withoutKeys.add(stranger.publicKey()).has_value());

        options.issuer = QStringLiteral("https://backroom.test");
        options.audience = QStringLiteral("backroom-api");
        options.now = issuedAt + 1min;
        tinyLimit = options;
        tinyLimit.maxTokenBytes = 256;
        expired = options;
        expired.now = issuedAt + 24h;
        otherAudience = options;
        otherAudience.audience = QStringLiteral("reports");

        TokenClaims access;
        access.issuer = options.issuer;
        access.audience = {options.audience};
        access.subject = QStringLiteral("user-42");
        access.issuedAt = issuedAt;
        access.notBefore = issuedAt;
        access.expiresAt = issuedAt + 15min;
        access.jwtId = QStringLiteral("3f1c0a2e");
        access.roles = {QStringLiteral("support"), QStringLiteral("warehouse")};
        sign(QStringLiteral("ed25519_access"), access, ed);

        TokenClaims wide = access;
        wide.audience = {QStringLiteral("storefront"), options.audience};
        wide.roles.clear();
        wide.extra.insert(QStringLiteral("email"), QStringLiteral("kim@example.test"));
        sign(QStringLiteral("ed25519_audience_array"), wide, ed);

        TokenClaims idToken = access;
        idToken.roles.clear();
        idToken.notBefore.reset();
        idToken.jwtId.clear();
        idToken.extra.insert(QStringLiteral("nonce"), QStringLiteral("n-0S6_WzA2Mj"));
        sign(QStringLiteral("rs256_id_token"), idToken, rsa);
        sign(QStringLiteral("es256_id_token"), idToken, ec);

        // Refused shapes, as starting points for mutations.
        const QByteArray edToken = signedToken(access, ed);
        const QList<QByteArray> parts = edToken.split('.');
        QJsonObject header = QJsonDocument::fromJson(base64UrlDecode(parts[0]).value()).object();
        QJsonObject none = header;
        none.insert(QStringLiteral("alg"), QStringLiteral("none"));
        seeds.append({QStringLiteral("alg_none"), segment(none) + '.' + parts[1] + '.'});
        QJsonObject hs = header;
        hs.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
        const QByteArray hsInput = segment(hs) + '.' + parts[1];
        const QByteArray secret =
            base64UrlDecode(ed.toPublicJson().value(QStringLiteral("x")).toString().toLatin1()).value();
        unsigned char mac[EVP_MAX_MD_SIZE];
        size_t macSize = 0;
        CHECK(EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, secret.constData(), size_t(secret.size()),
                        reinterpret_cast<const unsigned char *>(hsInput.constData()), size_t(hsInput.size()), mac,
                        sizeof mac, &macSize));
        seeds.append(
            {QStringLiteral("hs256_public_key"),
             hsInput + '.' + base64UrlEncode(QByteArrayView(reinterpret_cast<const char *>(mac), qsizetype(macSize)))});
        seeds.append({QStringLiteral("two_segments"), parts[0] + '.' + parts[1]});
        seeds.append({QStringLiteral("padded_signature"), edToken + "=="});
        QJsonObject crit = header;
        crit.insert(QStringLiteral("crit"), QJsonArray{QStringLiteral("b64")});
        crit.insert(QStringLiteral("b64"), false);
        const QByteArray critInput = segment(crit) + '.' + parts[1];
        seeds.append({QStringLiteral("crit_signed"), critInput + '.' + base64UrlEncode(ed.sign(critInput).value())});
        seeds.append({QStringLiteral("jwks"), QJsonDocument(keys.toJson()).toJson(QJsonDocument::Compact)});
        seeds.append({QStringLiteral("jwk_rsa"), QJsonDocument(rsa.toPublicJson()).toJson(QJsonDocument::Compact)});
    }

    QByteArray signedToken(const TokenClaims &claims, const Jwk &key) const
    {
        auto token = signToken(claims, key);
        CHECK(token.has_value());
        return *token;
    }

    void sign(const QString &name, const TokenClaims &claims, const Jwk &key)
    {
        const QByteArray token = signedToken(claims, key);
        const auto verified = verifyToken(token, keys, options);
        CHECK(verified.has_value() && *verified == claims);
        signedInputs.insert(token.first(token.lastIndexOf('.')), claims);
        seeds.append({name, token});
    }
};

const Harness &harness()
{
    static const Harness h;
    return h;
}

void checkToken(QByteArrayView token)
{
    const Harness &h = harness();
    for (const VerifyOptions *options : {&h.options, &h.tinyLimit}) {
        const auto result = verifyToken(token, h.keys, *options);
        if (!result) {
            CHECK(result.error().code == Domain::ErrorCode::Unauthorized);
            CHECK(!result.error().message.isEmpty());
            continue;
        }
        CHECK(token.size() <= options->maxTokenBytes);
        qsizetype lastDot = token.size() - 1;
        while (lastDot >= 0 && token[lastDot] != '.')
            --lastDot;
        CHECK(lastDot > 0);
        const auto signedClaims = h.signedInputs.constFind(token.first(lastDot).toByteArray());
        if (signedClaims == h.signedInputs.constEnd())
            Fuzz::violated("fuzz_access_token", "accepted a token whose header and payload the harness never signed");
        CHECK(*result == *signedClaims);
        CHECK(!verifyToken(token, h.keys, h.expired).has_value());
        CHECK(!verifyToken(token, h.keys, h.otherAudience).has_value());
        CHECK(!verifyToken(token, h.withoutKeys, *options).has_value());
    }
}

void checkBase64Url(QByteArrayView text)
{
    const auto decoded = base64UrlDecode(text);
    if (!decoded) {
        CHECK(decoded.error().code == Domain::ErrorCode::Validation);
        return;
    }
    CHECK(base64UrlEncode(*decoded) == text);
    CHECK(decoded->size() == text.size() * 3 / 4);
}

void checkJwk(QByteArrayView bytes)
{
    const auto doc = Domain::Json::parse(bytes, Domain::Json::ParseLimits{8, 64 * 1024});
    if (!doc || !doc->isObject())
        return;
    if (const auto key = Jwk::fromJson(doc->object())) {
        CHECK(!key->hasPrivateKey());
        const QJsonObject exported = key->toPublicJson();
        const auto again = Jwk::fromJson(exported);
        CHECK(again.has_value());
        CHECK(again->kid() == key->kid() && again->algorithm() == key->algorithm());
        CHECK(again->toPublicJson() == exported);
    }
    if (const auto set = JwkSet::fromJson(doc->object())) {
        const auto again = JwkSet::fromJson(set->toJson());
        CHECK(again.has_value());
        CHECK(again->toJson() == set->toJson());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const Harness &h = harness();
    const QByteArray seedDir = qgetenv("BACKROOM_FUZZ_WRITE_SEEDS");
    if (seedDir.isEmpty())
        return 0;
    const QDir dir(QString::fromLocal8Bit(seedDir));
    for (const auto &[name, content] : h.seeds) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
            std::exit(1);
        }
    }
    std::fprintf(stderr, "wrote %d seeds to %s\n", int(h.seeds.size()), seedDir.constData());
    std::exit(0);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkToken(bytes);
    checkBase64Url(bytes);
    if (!bytes.isEmpty() && bytes.front() == '{')
        checkJwk(bytes);
    return 0;
}
