// SPDX-License-Identifier: MIT
// Social sign-in against a local OpenID Connect issuer the tests run themselves: a real HTTP server on
// 127.0.0.1 publishing a JWKS of RS256 and ES256 keys, signing ID tokens with them.
#include "server/auth/base64url.h"
#include "server/auth/jwt.h"
#include "server/auth/passwordhasher.h"
#include "server/auth/signingkeys.h"
#include "server/http/httpserver.h"
#include "server/identity/identityservice.h"
#include "server/identity/oidcissuerrepository.h"
#include "server/identity/oidcsignin.h"
#include "server/store/database.h"
#include "tests/server/serverfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QTcpServer>

#include <mutex>
#include <thread>

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;
using namespace std::chrono_literals;

namespace {
const QString clientId = QStringLiteral("backroom-shop");

// The provider: serves its JWKS at /jwks and counts how often it is asked.
class TestIssuer {
public:
    TestIssuer()
    {
        publish({rs256, es256});
        HttpServer::Options options;
        options.address = QHostAddress(QHostAddress::LocalHost);
        options.port = 0;
        options.threads = 1;
        m_server = std::make_unique<HttpServer>(options, [this](HttpRequest &request, Reply reply) {
            reply(serve(request));
        });
        started = m_server->start().has_value();
    }
    ~TestIssuer() { m_server->shutdown(1000); }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()); }
    QString jwksUri() const { return url() + QStringLiteral("/jwks"); }
    int fetches() const { return m_fetches.load(); }

    void publish(const QList<Jwk> &keys)
    {
        JwkSet set;
        for (const Jwk &key : keys)
            (void)set.add(key.publicKey());
        answer(200, QJsonDocument(set.toJson()).toJson(QJsonDocument::Compact));
    }
    void answer(int status, QByteArray body)
    {
        const std::lock_guard lock(m_mutex);
        m_status = status;
        m_body = std::move(body);
    }

    TokenClaims claims(const QString &subject, const QString &email, std::optional<bool> emailVerified = true) const
    {
        const auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
        TokenClaims c;
        c.issuer = url();
        c.audience = {clientId};
        c.subject = subject;
        c.issuedAt = now;
        c.expiresAt = now + 3h;
        c.extra.insert(QStringLiteral("email"), email);
        c.extra.insert(QStringLiteral("name"), QStringLiteral("Nia Okafor"));
        if (emailVerified)
            c.extraBooleans.insert(QStringLiteral("email_verified"), *emailVerified);
        return c;
    }
    static QByteArray sign(const TokenClaims &claims, const Jwk &key) { return signToken(claims, key).value(); }

    const Jwk rs256 = Jwk::generate(JwsAlgorithm::RS256).value();
    const Jwk es256 = Jwk::generate(JwsAlgorithm::ES256).value();
    bool started = false;

private:
    HttpResponse serve(const HttpRequest &request)
    {
        if (request.path != "/jwks")
            return HttpResponse::text(404, "not here");
        ++m_fetches;
        const std::lock_guard lock(m_mutex);
        return HttpResponse::text(m_status, m_body, "application/jwk-set+json");
    }

    std::unique_ptr<HttpServer> m_server;
    std::mutex m_mutex;
    int m_status = 200;
    QByteArray m_body;
    std::atomic<int> m_fetches{0};
};

QByteArray segment(const QByteArray &json)
{
    return base64UrlEncode(json);
}

QList<QByteArray> partsOf(const QByteArray &token)
{
    return token.split('.');
}

// A port nothing listens on: connections to it are refused at once.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}
} // namespace

class Oidc : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.isValid()) << db.error().toStdString();
        ASSERT_TRUE(issuer.started);
        ServerConfig config = testConfig(db.conninfo());
        config.adminEmail = QStringLiteral("admin@shop.test");
        config.adminPassword = "admin-password-1";
        server = std::make_unique<ServerRuntime>(config);
        auto started = server->start();
        ASSERT_TRUE(started.has_value()) << started.error().message.toStdString();
        admin = login(QStringLiteral("admin@shop.test"), QStringLiteral("admin-password-1"));
        ASSERT_FALSE(admin.isEmpty());
    }

    RawHttp::Response call(QByteArrayView method, QByteArrayView path, const std::optional<QJsonObject> &body = {},
                           const QByteArray &token = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (body)
            headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        if (!token.isEmpty())
            headers.append({"Authorization", "Bearer " + token});
        auto r = RawHttp::request(server->port(), method, path,
                                  body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray(), headers);
        EXPECT_TRUE(r.has_value());
        return r.value_or(RawHttp::Response{});
    }
    QByteArray login(const QString &email, const QString &password)
    {
        const auto r = call("POST", "/api/v1/auth/login",
                            QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
        return r.status == 200 ? jsonOf(r).value(QStringLiteral("access_token")).toString().toLatin1() : QByteArray();
    }
    RawHttp::Response registerCustomer(const QString &email)
    {
        return call("POST", "/api/v1/auth/register",
                    QJsonObject{{QStringLiteral("email"), email},
                                {QStringLiteral("password"), QStringLiteral("long enough secret")},
                                {QStringLiteral("name"), QStringLiteral("Ann Lee")}});
    }
    RawHttp::Response signIn(const QByteArray &idToken)
    {
        return call("POST", "/api/v1/auth/oidc", QJsonObject{{QStringLiteral("id_token"), QString::fromLatin1(idToken)}});
    }
    // The account the tokens of a sign-in answer belong to, as /me tells.
    QJsonObject me(const RawHttp::Response &signedIn)
    {
        const auto r = call("GET", "/api/v1/me", std::nullopt,
                            jsonOf(signedIn).value(QStringLiteral("access_token")).toString().toLatin1());
        EXPECT_EQ(r.status, 200) << r.body.constData();
        return jsonOf(r);
    }
    QString configureIssuer(QJsonObject body = {})
    {
        if (!body.contains(QStringLiteral("issuer")))
            body.insert(QStringLiteral("issuer"), issuer.url());
        if (!body.contains(QStringLiteral("client_id")))
            body.insert(QStringLiteral("client_id"), clientId);
        if (!body.contains(QStringLiteral("jwks_uri")) && !body.contains(QStringLiteral("jwks")))
            body.insert(QStringLiteral("jwks_uri"), issuer.jwksUri());
        const auto r = call("POST", "/api/v1/oidc/issuers", body, admin);
        EXPECT_EQ(r.status, 201) << r.body.constData();
        return jsonOf(r).value(QStringLiteral("id")).toString();
    }
    qint64 count(const QByteArray &sql)
    {
        PgConnection connection(db.conninfo());
        auto rows = connection.exec(sql);
        EXPECT_TRUE(rows.has_value());
        return rows ? rows->toInt64(0, 0) : -1;
    }
    static void expectProblem(const RawHttp::Response &r, int status, const char *what)
    {
        EXPECT_EQ(r.status, status) << what << ": " << r.body.constData();
        EXPECT_EQ(r.header("Content-Type"), "application/problem+json") << what;
        EXPECT_FALSE(jsonOf(r).value(QStringLiteral("detail")).toString().isEmpty()) << what;
    }

    TestDatabase db;
    TestIssuer issuer;
    std::unique_ptr<ServerRuntime> server;
    QByteArray admin;
};

TEST_F(Oidc, FirstSignInCreatesACustomerWhoseTokensWork)
{
    configureIssuer();
    const auto r = signIn(TestIssuer::sign(issuer.claims(QStringLiteral("sub-1"), QStringLiteral("nia@mail.test")),
                                           issuer.rs256));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(r.header("Cache-Control"), "no-store");
    EXPECT_EQ(jsonOf(r).value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    EXPECT_FALSE(jsonOf(r).value(QStringLiteral("refresh_token")).toString().isEmpty());
    const QJsonObject account = me(r);
    EXPECT_EQ(account.value(QStringLiteral("email")).toString(), QStringLiteral("nia@mail.test"));
    EXPECT_EQ(account.value(QStringLiteral("name")).toString(), QStringLiteral("Nia Okafor"));
    EXPECT_EQ(account.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("customer")});
    EXPECT_EQ(count("SELECT count(*) FROM oidc_identities"), 1);
    EXPECT_TRUE(login(QStringLiteral("nia@mail.test"), QStringLiteral("any password at all")).isEmpty())
        << "an account made through a provider has no password";
}

TEST_F(Oidc, SignsTheSameSubjectInAsTheSameUser)
{
    configureIssuer();
    const auto first = signIn(TestIssuer::sign(issuer.claims(QStringLiteral("sub-2"), QStringLiteral("oz@mail.test")),
                                               issuer.rs256));
    ASSERT_EQ(first.status, 200) << first.body.constData();
    // Another key of the same issuer, and the provider's address changed meanwhile: the subject decides.
    const auto second = signIn(TestIssuer::sign(
        issuer.claims(QStringLiteral("sub-2"), QStringLiteral("oz.new@mail.test"), false), issuer.es256));
    ASSERT_EQ(second.status, 200) << second.body.constData();
    EXPECT_EQ(me(first).value(QStringLiteral("id")), me(second).value(QStringLiteral("id")));
    EXPECT_EQ(count("SELECT count(*) FROM users WHERE 'customer' = ANY (roles)"), 1);
}

TEST_F(Oidc, NamesTheAccountAfterTheAddressWhenTheTokenHasNoName)
{
    configureIssuer();
    TokenClaims claims = issuer.claims(QStringLiteral("sub-3"), QStringLiteral("quinn@mail.test"));
    claims.extra.remove(QStringLiteral("name"));
    const auto r = signIn(TestIssuer::sign(claims, issuer.es256));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(me(r).value(QStringLiteral("name")).toString(), QStringLiteral("quinn"));
}

TEST_F(Oidc, LinksAVerifiedAddressToTheExistingCustomer)
{
    configureIssuer();
    const auto registered = registerCustomer(QStringLiteral("ann@mail.test"));
    ASSERT_EQ(registered.status, 201) << registered.body.constData();
    const auto r = signIn(TestIssuer::sign(issuer.claims(QStringLiteral("sub-4"), QStringLiteral("Ann@Mail.test")),
                                           issuer.rs256));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(me(r).value(QStringLiteral("id")), jsonOf(registered).value(QStringLiteral("id")));
    EXPECT_EQ(count("SELECT count(*) FROM users"), 2) << "the admin and Ann, nobody new";
    EXPECT_FALSE(login(QStringLiteral("ann@mail.test"), QStringLiteral("long enough secret")).isEmpty())
        << "the password still works";
}

TEST_F(Oidc, RefusesToLinkAnAddressTheProviderHasNotVerified)
{
    configureIssuer();
    ASSERT_EQ(registerCustomer(QStringLiteral("bea@mail.test")).status, 201);
    TokenClaims claims = issuer.claims(QStringLiteral("sub-5"), QStringLiteral("bea@mail.test"), false);
    expectProblem(signIn(TestIssuer::sign(claims, issuer.rs256)), 409, "email_verified false");
    claims.extraBooleans.clear();
    expectProblem(signIn(TestIssuer::sign(claims, issuer.rs256)), 409, "no email_verified");
    claims.extra.insert(QStringLiteral("email_verified"), QStringLiteral("true"));
    const auto asString = signIn(TestIssuer::sign(claims, issuer.rs256));
    expectProblem(asString, 409, "email_verified as a string");
    EXPECT_TRUE(jsonOf(asString).value(QStringLiteral("detail")).toString().contains(QStringLiteral("password")));
    EXPECT_EQ(count("SELECT count(*) FROM oidc_identities"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM users"), 2);
}

TEST_F(Oidc, NeverLinksAStaffAccount)
{
    configureIssuer();
    const auto r = signIn(TestIssuer::sign(issuer.claims(QStringLiteral("sub-6"), QStringLiteral("admin@shop.test")),
                                           issuer.rs256));
    expectProblem(r, 409, "staff address");
    EXPECT_TRUE(jsonOf(r).value(QStringLiteral("detail")).toString().contains(QStringLiteral("password")));
    EXPECT_EQ(count("SELECT count(*) FROM oidc_identities"), 0);
}

TEST_F(Oidc, RefusesForgedTokensAndChangesNothing)
{
    configureIssuer();
    const qint64 usersBefore = count("SELECT count(*) FROM users");
    const TokenClaims good = issuer.claims(QStringLiteral("sub-7"), QStringLiteral("mallory@mail.test"));
    const QList<QByteArray> parts = partsOf(TestIssuer::sign(good, issuer.rs256));
    const auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());

    std::vector<std::pair<const char *, QByteArray>> forged;
    forged.push_back({"alg none", segment(QByteArray(R"({"alg":"none","typ":"JWT","kid":")") + issuer.rs256.kid().toLatin1() + "\"}")
                                   + '.' + parts[1] + '.'});
    {
        const QByteArray input = segment(QByteArray(R"({"alg":"HS256","typ":"JWT","kid":")") + issuer.rs256.kid().toLatin1() + "\"}")
            + '.' + parts[1];
        const QByteArray mac = QMessageAuthenticationCode::hash(input, issuer.rs256.publicKeyPem(), QCryptographicHash::Sha256);
        forged.push_back({"HS256 with the public key as secret", input + '.' + base64UrlEncode(mac)});
    }
    forged.push_back({"unknown kid", TestIssuer::sign(good, Jwk::generate(JwsAlgorithm::RS256, QStringLiteral("elsewhere")).value())});
    {
        TokenClaims edited = good;
        edited.subject = QStringLiteral("sub-of-someone-else");
        forged.push_back({"edited payload", parts[0] + '.' + partsOf(TestIssuer::sign(edited, issuer.rs256))[1] + '.' + parts[2]});
    }
    TokenClaims expired = good;
    expired.issuedAt = now - 3h;
    expired.expiresAt = now - 2h;
    forged.push_back({"expired", TestIssuer::sign(expired, issuer.rs256)});
    TokenClaims early = good;
    early.notBefore = now + 1h;
    forged.push_back({"not yet valid", TestIssuer::sign(early, issuer.es256)});
    TokenClaims otherIssuer = good;
    otherIssuer.issuer = QStringLiteral("https://accounts.elsewhere.test");
    forged.push_back({"unknown issuer", TestIssuer::sign(otherIssuer, issuer.rs256)});
    TokenClaims otherAudience = good;
    otherAudience.audience = {QStringLiteral("another-shop")};
    forged.push_back({"wrong audience", TestIssuer::sign(otherAudience, issuer.rs256)});
    TokenClaims otherParty = good;
    otherParty.extra.insert(QStringLiteral("azp"), QStringLiteral("another-shop"));
    forged.push_back({"authorized party is another client", TestIssuer::sign(otherParty, issuer.rs256)});
    TokenClaims noEmail = good;
    noEmail.extra.remove(QStringLiteral("email"));
    forged.push_back({"no email", TestIssuer::sign(noEmail, issuer.rs256)});
    forged.push_back({"not a JWT", "not-a-token"});

    for (const auto &[what, token] : forged)
        expectProblem(signIn(token), 401, what);
    EXPECT_EQ(count("SELECT count(*) FROM users"), usersBefore);
    EXPECT_EQ(count("SELECT count(*) FROM oidc_identities"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM refresh_tokens"), 1) << "only the admin's session from SetUp";
}

TEST_F(Oidc, RefusesTokensOfADisabledOrDeletedIssuer)
{
    const QString id = configureIssuer();
    const QByteArray token = TestIssuer::sign(issuer.claims(QStringLiteral("sub-8"), QStringLiteral("dee@mail.test")),
                                              issuer.rs256);
    ASSERT_EQ(signIn(token).status, 200);
    const QByteArray path = "/api/v1/oidc/issuers/" + id.toLatin1();
    ASSERT_EQ(call("PATCH", path, QJsonObject{{QStringLiteral("enabled"), false}}, admin).status, 200);
    expectProblem(signIn(token), 401, "disabled issuer");
    ASSERT_EQ(call("PATCH", path, QJsonObject{{QStringLiteral("enabled"), true}}, admin).status, 200);
    EXPECT_EQ(signIn(token).status, 200);
    ASSERT_EQ(call("DELETE", path, std::nullopt, admin).status, 204);
    expectProblem(signIn(token), 401, "deleted issuer");
    EXPECT_EQ(count("SELECT count(*) FROM oidc_identities"), 0) << "the links went with the issuer";
}

TEST_F(Oidc, UsesAPastedKeySetWithoutFetching)
{
    JwkSet published;
    ASSERT_TRUE(published.add(issuer.es256.publicKey()).has_value());
    configureIssuer({{QStringLiteral("jwks"), published.toJson()}});
    const auto r = signIn(TestIssuer::sign(issuer.claims(QStringLiteral("sub-9"), QStringLiteral("eli@mail.test")),
                                           issuer.es256));
    EXPECT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(issuer.fetches(), 0);
    expectProblem(signIn(TestIssuer::sign(issuer.claims(QStringLiteral("sub-9"), QStringLiteral("eli@mail.test")),
                                          issuer.rs256)),
                  401, "a key the pasted set does not hold");
}

TEST_F(Oidc, AnswersAnUnreachableKeySetQuicklyWithAClearError)
{
    configureIssuer({{QStringLiteral("jwks_uri"), QStringLiteral("http://127.0.0.1:%1/jwks").arg(closedPort())}});
    QElapsedTimer timer;
    timer.start();
    const auto r = signIn(TestIssuer::sign(issuer.claims(QStringLiteral("sub-10"), QStringLiteral("fay@mail.test")),
                                           issuer.rs256));
    expectProblem(r, 503, "unreachable JWKS");
    EXPECT_LT(timer.elapsed(), 5000);
    EXPECT_TRUE(jsonOf(r).value(QStringLiteral("detail")).toString().contains(QStringLiteral("could not be fetched")))
        << r.body.constData();
    EXPECT_EQ(count("SELECT count(*) FROM users"), 1);
}

TEST_F(Oidc, CreatesOneAccountForConcurrentFirstSignIns)
{
    configureIssuer();
    const QString token = QString::fromLatin1(
        TestIssuer::sign(issuer.claims(QStringLiteral("sub-11"), QStringLiteral("gil@mail.test")), issuer.rs256));
    std::mutex mutex;
    QByteArrayList refusals;
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back([&] {
            auto r = RawHttp::request(server->port(), "POST", "/api/v1/auth/oidc",
                                      QJsonDocument(QJsonObject{{QStringLiteral("id_token"), token}}).toJson(),
                                      {{"Content-Type", "application/json"}});
            if (!r || r->status != 200) {
                const std::lock_guard lock(mutex);
                refusals.append(r ? QByteArray::number(r->status) + ' ' + r->body : QByteArray("no answer"));
            }
        });
    }
    for (auto &t : threads)
        t.join();
    EXPECT_TRUE(refusals.isEmpty()) << refusals.join('\n').constData();
    EXPECT_EQ(count("SELECT count(*) FROM users WHERE lower(email) = 'gil@mail.test'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM oidc_identities"), 1);
}

TEST_F(Oidc, KeepsIssuerAdministrationForAdmins)
{
    const QString id = configureIssuer();
    ASSERT_EQ(registerCustomer(QStringLiteral("cal@mail.test")).status, 201);
    const QByteArray customer = login(QStringLiteral("cal@mail.test"), QStringLiteral("long enough secret"));
    const QByteArray path = "/api/v1/oidc/issuers/" + id.toLatin1();
    const QJsonObject body{{QStringLiteral("issuer"), QStringLiteral("https://id.example.test")},
                           {QStringLiteral("client_id"), clientId},
                           {QStringLiteral("jwks_uri"), QStringLiteral("https://id.example.test/jwks")}};
    expectProblem(call("GET", "/api/v1/oidc/issuers", std::nullopt, customer), 403, "list as customer");
    expectProblem(call("POST", "/api/v1/oidc/issuers", body, customer), 403, "create as customer");
    expectProblem(call("GET", path, std::nullopt, customer), 403, "read as customer");
    expectProblem(call("PATCH", path, QJsonObject{{QStringLiteral("enabled"), false}}, customer), 403, "update as customer");
    expectProblem(call("DELETE", path, std::nullopt, customer), 403, "delete as customer");
    expectProblem(call("GET", "/api/v1/oidc/issuers"), 401, "list anonymously");

    const auto list = call("GET", "/api/v1/oidc/issuers", std::nullopt, admin);
    ASSERT_EQ(list.status, 200);
    const QJsonArray items = jsonOf(list).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().toObject().value(QStringLiteral("issuer")).toString(), issuer.url());
    EXPECT_TRUE(items.first().toObject().value(QStringLiteral("enabled")).toBool());
    EXPECT_EQ(count("SELECT count(*) FROM oidc_issuers"), 1);
}

TEST_F(Oidc, ValidatesIssuers)
{
    const auto field = [](const RawHttp::Response &r) {
        return jsonOf(r).value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("field")).toString();
    };
    const auto create = [&](const QJsonObject &changes, const QString &without = {}) {
        QJsonObject body{{QStringLiteral("issuer"), QStringLiteral("https://id.example.test")},
                         {QStringLiteral("client_id"), clientId},
                         {QStringLiteral("jwks_uri"), QStringLiteral("https://id.example.test/jwks")}};
        for (auto it = changes.begin(); it != changes.end(); ++it)
            body.insert(it.key(), it.value());
        body.remove(without);
        return call("POST", "/api/v1/oidc/issuers", body, admin);
    };
    const QJsonObject malformedRsa{
        {QStringLiteral("keys"), QJsonArray{QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                                                        {QStringLiteral("kid"), QStringLiteral("k1")},
                                                        {QStringLiteral("n"), QStringLiteral("AQAB")},
                                                        {QStringLiteral("e"), QStringLiteral("AQAB")}}}}};
    const struct {
        const char *what;
        QJsonObject changes;
        const char *field;
        QString without;
    } cases[] = {
        {"unknown member", {{QStringLiteral("roles"), QJsonArray{}}}, "roles"},
        {"issuer not a URL", {{QStringLiteral("issuer"), QStringLiteral("accounts")}}, "issuer"},
        {"issuer with a query", {{QStringLiteral("issuer"), QStringLiteral("https://id.example.test/?x=1")}}, "issuer"},
        {"no client id", {}, "client_id", QStringLiteral("client_id")},
        {"jwks_uri not http", {{QStringLiteral("jwks_uri"), QStringLiteral("file:///etc/passwd")}}, "jwks_uri"},
        {"jwks_uri with a user", {{QStringLiteral("jwks_uri"), QStringLiteral("https://u:p@id.example.test/jwks")}}, "jwks_uri"},
        {"jwks malformed", {{QStringLiteral("jwks"), malformedRsa}}, "jwks"},
        {"jwks without keys", {{QStringLiteral("jwks"), QJsonObject{{QStringLiteral("keys"), QJsonArray{}}}}}, "jwks"},
        {"jwks not an object", {{QStringLiteral("jwks"), QStringLiteral("{}")}}, "jwks"},
        {"no keys at all", {}, "jwks_uri", QStringLiteral("jwks_uri")},
        {"enabled not a boolean", {{QStringLiteral("enabled"), QStringLiteral("yes")}}, "enabled"},
    };
    for (const auto &c : cases) {
        const auto r = create(c.changes, c.without);
        expectProblem(r, 422, c.what);
        EXPECT_EQ(field(r), QString::fromLatin1(c.field)) << c.what;
    }
    EXPECT_EQ(count("SELECT count(*) FROM oidc_issuers"), 0);

    ASSERT_EQ(create({}).status, 201);
    expectProblem(create({}), 409, "the same issuer twice");
    const QByteArray path = "/api/v1/oidc/issuers/" + QByteArray::number(count("SELECT max(id) FROM oidc_issuers"));
    expectProblem(call("PATCH", path, QJsonObject{{QStringLiteral("issuer"), QStringLiteral("https://x.test")}}, admin), 422,
                  "changing the issuer");
    expectProblem(call("PATCH", path, QJsonObject{{QStringLiteral("jwks_uri"), QJsonValue()}}, admin), 422,
                  "removing the only source of keys");
    expectProblem(call("PATCH", path, QJsonObject{}, admin), 422, "an empty change");
    expectProblem(call("PATCH", "/api/v1/oidc/issuers/999999", QJsonObject{{QStringLiteral("enabled"), false}}, admin),
                  404, "an unknown issuer");
    expectProblem(call("DELETE", "/api/v1/oidc/issuers/nope", std::nullopt, admin), 404, "a malformed id");
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE entity_type = 'oidc_issuer'"), 1) << "only the one creation";
}

TEST_F(Oidc, RecordsEveryIssuerChangeInTheAuditLog)
{
    const QString id = configureIssuer();
    const QByteArray path = "/api/v1/oidc/issuers/" + id.toLatin1();
    JwkSet pasted;
    ASSERT_TRUE(pasted.add(issuer.es256.publicKey()).has_value());
    const auto patched = call("PATCH", path,
                              QJsonObject{{QStringLiteral("jwks"), pasted.toJson()}, {QStringLiteral("jwks_uri"), QJsonValue()},
                                          {QStringLiteral("client_id"), QStringLiteral("renamed-client")}},
                              admin);
    ASSERT_EQ(patched.status, 200) << patched.body.constData();
    EXPECT_EQ(jsonOf(patched).value(QStringLiteral("client_id")).toString(), QStringLiteral("renamed-client"));
    EXPECT_TRUE(jsonOf(patched).value(QStringLiteral("jwks_uri")).isNull());
    EXPECT_EQ(jsonOf(patched).value(QStringLiteral("version")).toInt(), 2);
    ASSERT_EQ(call("DELETE", path, std::nullopt, admin).status, 204);
    EXPECT_EQ(call("GET", path, std::nullopt, admin).status, 404);

    PgConnection connection(db.conninfo());
    auto rows = connection.exec("SELECT action, entity_id, actor_email, before::text, after::text FROM audit_log "
                                "WHERE entity_type = 'oidc_issuer' ORDER BY id");
    ASSERT_TRUE(rows.has_value());
    ASSERT_EQ(rows->rows(), 3);
    EXPECT_EQ(rows->text(0, 0), QStringLiteral("oidc_issuer.create"));
    EXPECT_EQ(rows->text(1, 0), QStringLiteral("oidc_issuer.update"));
    EXPECT_EQ(rows->text(2, 0), QStringLiteral("oidc_issuer.delete"));
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(rows->text(i, 1), id);
        EXPECT_EQ(rows->text(i, 2), QStringLiteral("admin@shop.test"));
    }
    const QJsonObject before = QJsonDocument::fromJson(rows->value(1, 3).toByteArray()).object();
    const QJsonObject after = QJsonDocument::fromJson(rows->value(1, 4).toByteArray()).object();
    EXPECT_EQ(before.value(QStringLiteral("client_id")).toString(), clientId);
    EXPECT_EQ(after.value(QStringLiteral("client_id")).toString(), QStringLiteral("renamed-client"));
    EXPECT_FALSE(after.contains(QStringLiteral("enabled"))) << "only what changed";
}

// The key cache, driven with a clock of the test's choosing: the service itself, without the HTTP server.
class OidcKeyCache : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.isValid()) << db.error().toStdString();
        ASSERT_TRUE(issuer.started);
        Log::configure(Log::Format::Text, Log::Level::Error);
        database = std::make_unique<Database>(db.conninfo());
        SigningKeys::Options keyOptions;
        keyOptions.directory = keyDir.path();
        keys = std::make_unique<SigningKeys>(keyOptions);
        ASSERT_TRUE(keys->load(std::chrono::time_point_cast<std::chrono::seconds>(start)).has_value());
        hasher = std::make_unique<PasswordHasher>(4);
        identity = std::make_unique<IdentityService>(*database, *keys, *hasher, IdentityService::Options{});
        issuers = std::make_unique<OidcIssuerRepository>(*database);
        OidcSignIn::Options options;
        options.fetch.timeout = 500ms;
        options.fetch.maxBytes = 64 * 1024;
        signIn = std::make_unique<OidcSignIn>(*database, *issuers, *identity, options);
    }
    void addIssuer(const QString &jwksUri)
    {
        const RequestContext operatorContext(HttpRequest{}, {}, "oidc-test");
        auto created = issuers->create(OidcIssuerInput{issuer.url(), clientId, jwksUri, std::nullopt, true}, operatorContext);
        ASSERT_TRUE(created.has_value()) << created.error().message.toStdString();
    }
    QByteArray token(const Jwk &key, const QString &subject = QStringLiteral("sub-c"))
    {
        return TestIssuer::sign(issuer.claims(subject, subject + QStringLiteral("@mail.test")), key);
    }

    const OidcSignIn::Clock::time_point start = OidcSignIn::Clock::now();
    TestDatabase db;
    TestIssuer issuer;
    QTemporaryDir keyDir;
    std::unique_ptr<Database> database;
    std::unique_ptr<SigningKeys> keys;
    std::unique_ptr<PasswordHasher> hasher;
    std::unique_ptr<IdentityService> identity;
    std::unique_ptr<OidcIssuerRepository> issuers;
    std::unique_ptr<OidcSignIn> signIn;
};

TEST_F(OidcKeyCache, PicksUpARotatedKeyByRefetchingAtMostOncePerMinute)
{
    addIssuer(issuer.jwksUri());
    ASSERT_TRUE(signIn->signIn(token(issuer.rs256), start).has_value());
    ASSERT_TRUE(signIn->signIn(token(issuer.es256), start + 1s).has_value());
    EXPECT_EQ(issuer.fetches(), 1) << "both keys came in one fetch";

    const Jwk rotated = Jwk::generate(JwsAlgorithm::RS256).value();
    issuer.publish({rotated});
    auto tooSoon = signIn->signIn(token(rotated), start + 5s);
    ASSERT_FALSE(tooSoon.has_value());
    EXPECT_EQ(tooSoon.error().code, Domain::ErrorCode::Unauthorized);
    EXPECT_EQ(issuer.fetches(), 1) << "no refetch within a minute of the last one";

    auto afterAMinute = signIn->signIn(token(rotated), start + 61s);
    EXPECT_TRUE(afterAMinute.has_value()) << afterAMinute.error().message.toStdString();
    EXPECT_EQ(issuer.fetches(), 2);

    // Made-up kids, and the retired key, do not turn into requests to the issuer.
    for (int i = 0; i < 5; ++i) {
        auto forged = signIn->signIn(token(Jwk::generate(JwsAlgorithm::ES256).value()), start + 62s + std::chrono::seconds(i));
        EXPECT_EQ(forged.error().code, Domain::ErrorCode::Unauthorized);
    }
    EXPECT_EQ(signIn->signIn(token(issuer.rs256), start + 70s).error().code, Domain::ErrorCode::Unauthorized);
    EXPECT_EQ(issuer.fetches(), 2);

    // Keys are fetched again when the cache expires, known kid or not.
    EXPECT_TRUE(signIn->signIn(token(rotated), start + 61s + 1h).has_value());
    EXPECT_EQ(issuer.fetches(), 3);
}

TEST_F(OidcKeyCache, GivesUpOnAnIssuerThatDoesNotAnswerWithinTheTimeout)
{
    QTcpServer blackHole; // accepts connections (the kernel does) but never answers
    ASSERT_TRUE(blackHole.listen(QHostAddress::LocalHost));
    addIssuer(QStringLiteral("http://127.0.0.1:%1/jwks").arg(blackHole.serverPort()));
    QElapsedTimer timer;
    timer.start();
    auto first = signIn->signIn(token(issuer.rs256), start);
    ASSERT_FALSE(first.has_value());
    EXPECT_EQ(first.error().code, Domain::ErrorCode::Unavailable);
    EXPECT_TRUE(first.error().message.contains(QStringLiteral("no answer within 500 ms"))) << first.error().message.toStdString();
    EXPECT_GE(timer.elapsed(), 450);
    EXPECT_LT(timer.elapsed(), 3000);

    // Right after a failure the next sign-in fails at once instead of waiting out another timeout.
    timer.restart();
    auto second = signIn->signIn(token(issuer.rs256), start + 1s);
    EXPECT_EQ(second.error().code, Domain::ErrorCode::Unavailable);
    EXPECT_LT(timer.elapsed(), 300);
}

TEST_F(OidcKeyCache, RefusesKeySetsThatAreNotUsable)
{
    addIssuer(issuer.jwksUri());
    const struct {
        int status;
        QByteArray body;
        const char *says;
    } answers[] = {
        {500, "{}", "HTTP status 500"},
        {200, "<html>hello</html>", "not JSON"},
        {200, QByteArray(100 * 1024, ' '), "larger than"},
        {200, R"({"keys":[]})", "no key this server can use"},
    };
    auto when = start;
    for (const auto &answer : answers) {
        issuer.answer(answer.status, answer.body);
        when += 1min; // past the retry interval of the previous failure
        auto r = signIn->signIn(token(issuer.rs256), when);
        ASSERT_FALSE(r.has_value()) << answer.says;
        EXPECT_EQ(r.error().code, Domain::ErrorCode::Unavailable) << answer.says;
        EXPECT_TRUE(r.error().message.contains(QString::fromLatin1(answer.says))) << r.error().message.toStdString();
    }
    // Fixed at the issuer: the next attempt after the retry interval succeeds.
    issuer.publish({issuer.rs256});
    EXPECT_TRUE(signIn->signIn(token(issuer.rs256), when + 1min).has_value());
}
