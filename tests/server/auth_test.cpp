// SPDX-License-Identifier: MIT
#include "server/auth/jwt.h"
#include "tests/server/serverfixture.h"

#include <QJsonArray>
#include <thread>

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;

namespace {
const QByteArray json = "application/json";
}

class Auth : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.isValid()) << db.error().toStdString();
        ServerConfig config = testConfig(db.conninfo());
        config.adminEmail = QStringLiteral("admin@shop.test");
        config.adminPassword = "admin-password-1";
        server = std::make_unique<ServerRuntime>(config);
        auto started = server->start();
        ASSERT_TRUE(started.has_value()) << started.error().message.toStdString();
    }

    RawHttp::Response post(QByteArrayView path, const QJsonObject &body, const QByteArray &token = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", json}};
        if (!token.isEmpty())
            headers.append({"Authorization", "Bearer " + token});
        auto r = RawHttp::request(server->port(), "POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
        EXPECT_TRUE(r.has_value());
        return r.value_or(RawHttp::Response{});
    }
    RawHttp::Response get(QByteArrayView path, const QByteArray &token = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!token.isEmpty())
            headers.append({"Authorization", "Bearer " + token});
        auto r = RawHttp::request(server->port(), "GET", path, {}, headers);
        EXPECT_TRUE(r.has_value());
        return r.value_or(RawHttp::Response{});
    }
    RawHttp::Response registerUser(const QString &email, const QString &password = QStringLiteral("long enough secret"))
    {
        return post("/api/v1/auth/register", {{QStringLiteral("email"), email},
                                              {QStringLiteral("password"), password},
                                              {QStringLiteral("name"), QStringLiteral("Ann Lee")}});
    }
    QJsonObject login(const QString &email, const QString &password = QStringLiteral("long enough secret"))
    {
        const auto r = post("/api/v1/auth/login", {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
        EXPECT_EQ(r.status, 200) << r.body.constData();
        return jsonOf(r);
    }
    static QByteArray field(const QJsonObject &o, const char *name) { return o.value(QString::fromLatin1(name)).toString().toLatin1(); }

    TestDatabase db;
    std::unique_ptr<ServerRuntime> server;
};

TEST_F(Auth, RegistersSignsInAndReadsTheOwnAccount)
{
    const auto created = registerUser(QStringLiteral("ann@shop.test"));
    ASSERT_EQ(created.status, 201) << created.body.constData();
    EXPECT_EQ(jsonOf(created).value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("customer")});
    EXPECT_FALSE(created.body.contains("password")) << "no hash ever leaves the server";

    const QJsonObject tokens = login(QStringLiteral("ANN@shop.test"));
    EXPECT_EQ(tokens.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    EXPECT_EQ(tokens.value(QStringLiteral("expires_in")).toInt(), 900);
    const auto me = get("/api/v1/me", field(tokens, "access_token"));
    ASSERT_EQ(me.status, 200) << me.body.constData();
    EXPECT_EQ(jsonOf(me).value(QStringLiteral("email")).toString(), QStringLiteral("ann@shop.test"));
}

TEST_F(Auth, RefusesFieldsACustomerMayNotSet)
{
    const auto r = post("/api/v1/auth/register", {{QStringLiteral("email"), QStringLiteral("eve@shop.test")},
                                                  {QStringLiteral("password"), QStringLiteral("long enough secret")},
                                                  {QStringLiteral("name"), QStringLiteral("Eve")},
                                                  {QStringLiteral("roles"), QJsonArray{QStringLiteral("admin")}}});
    EXPECT_EQ(r.status, 422);
    EXPECT_EQ(jsonOf(r).value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("field")).toString(),
              QStringLiteral("roles"));
    EXPECT_EQ(post("/api/v1/auth/login", {{QStringLiteral("email"), QStringLiteral("eve@shop.test")},
                                          {QStringLiteral("password"), QStringLiteral("long enough secret")}})
                  .status,
              401)
        << "nothing was created";
}

TEST_F(Auth, KeepsOneAccountPerAddressWhateverItsCase)
{
    ASSERT_EQ(registerUser(QStringLiteral("bob@shop.test")).status, 201);
    const auto again = registerUser(QStringLiteral("Bob@Shop.Test"));
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.header("Content-Type"), "application/problem+json");
}

TEST_F(Auth, ValidatesRegistrations)
{
    const auto badEmail = registerUser(QStringLiteral("not-an-address"));
    EXPECT_EQ(badEmail.status, 422);
    EXPECT_EQ(jsonOf(badEmail).value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("field")).toString(),
              QStringLiteral("email"));
    EXPECT_EQ(registerUser(QStringLiteral("c@shop.test"), QStringLiteral("short")).status, 422);
}

TEST_F(Auth, AnswersAWrongPasswordAndAnUnknownAccountAlike)
{
    ASSERT_EQ(registerUser(QStringLiteral("dan@shop.test")).status, 201);
    const auto wrong = post("/api/v1/auth/login", {{QStringLiteral("email"), QStringLiteral("dan@shop.test")},
                                                   {QStringLiteral("password"), QStringLiteral("not the password")}});
    const auto unknown = post("/api/v1/auth/login", {{QStringLiteral("email"), QStringLiteral("nobody@shop.test")},
                                                     {QStringLiteral("password"), QStringLiteral("not the password")}});
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(unknown.status, 401);
    EXPECT_EQ(jsonOf(wrong).value(QStringLiteral("detail")), jsonOf(unknown).value(QStringLiteral("detail")));
}

TEST_F(Auth, RotatesRefreshTokensAndRevokesTheFamilyOnReuse)
{
    ASSERT_EQ(registerUser(QStringLiteral("fay@shop.test")).status, 201);
    const QByteArray first = field(login(QStringLiteral("fay@shop.test")), "refresh_token");
    const auto rotated = post("/api/v1/auth/refresh", {{QStringLiteral("refresh_token"), QString::fromLatin1(first)}});
    ASSERT_EQ(rotated.status, 200) << rotated.body.constData();
    const QByteArray second = field(jsonOf(rotated), "refresh_token");
    EXPECT_NE(second, first);
    EXPECT_EQ(rotated.header("Cache-Control"), "no-store");

    // The used token comes back: someone holds a copy. The whole session ends, the thief's and the owner's.
    EXPECT_EQ(post("/api/v1/auth/refresh", {{QStringLiteral("refresh_token"), QString::fromLatin1(first)}}).status, 401);
    EXPECT_EQ(post("/api/v1/auth/refresh", {{QStringLiteral("refresh_token"), QString::fromLatin1(second)}}).status, 401);
    // Other sessions of the same user are untouched.
    const QByteArray other = field(login(QStringLiteral("fay@shop.test")), "refresh_token");
    EXPECT_EQ(post("/api/v1/auth/refresh", {{QStringLiteral("refresh_token"), QString::fromLatin1(other)}}).status, 200);
}

TEST_F(Auth, LetsOnlyOneOfConcurrentRefreshesWin)
{
    ASSERT_EQ(registerUser(QStringLiteral("gus@shop.test")).status, 201);
    const QString token = QString::fromLatin1(field(login(QStringLiteral("gus@shop.test")), "refresh_token"));
    std::atomic<int> ok{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 6; ++i) {
        threads.emplace_back([&] {
            auto r = RawHttp::request(server->port(), "POST", "/api/v1/auth/refresh",
                                      QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), token}}).toJson(),
                                      {{"Content-Type", json}});
            if (r && r->status == 200)
                ++ok;
        });
    }
    for (auto &t : threads)
        t.join();
    EXPECT_EQ(ok.load(), 1);
}

TEST_F(Auth, SignsOutASession)
{
    ASSERT_EQ(registerUser(QStringLiteral("hal@shop.test")).status, 201);
    const QJsonObject tokens = login(QStringLiteral("hal@shop.test"));
    const auto out = post("/api/v1/auth/logout", {{QStringLiteral("refresh_token"), tokens.value(QStringLiteral("refresh_token"))}},
                          field(tokens, "access_token"));
    EXPECT_EQ(out.status, 204) << out.body.constData();
    EXPECT_EQ(post("/api/v1/auth/refresh", {{QStringLiteral("refresh_token"), tokens.value(QStringLiteral("refresh_token"))}}).status,
              401);
}

TEST_F(Auth, AsksForATokenAndRefusesBadOnes)
{
    const auto anonymous = get("/api/v1/me");
    EXPECT_EQ(anonymous.status, 401);
    EXPECT_EQ(anonymous.header("WWW-Authenticate"), "Bearer");
    const auto garbage = get("/api/v1/me", "not.a.token");
    EXPECT_EQ(garbage.status, 401);
    EXPECT_TRUE(garbage.header("WWW-Authenticate").contains("invalid_token"));
    const QByteArray none = QByteArray(R"({"alg":"none","typ":"JWT"})").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        + '.' + QByteArray(R"({"sub":"1","roles":["admin"],"exp":9999999999})").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        + '.';
    EXPECT_EQ(get("/api/v1/users", none).status, 401);
    auto basic = RawHttp::request(server->port(), "GET", "/api/v1/me", {}, {{"Authorization", "Basic YTpi"}});
    EXPECT_EQ(basic->status, 401);
    // A public route with a broken token says so too, rather than silently serving an anonymous answer.
    EXPECT_EQ(get("/healthz", "broken").status, 401);
}

TEST_F(Auth, KeepsStaffRoutesFromCustomers)
{
    ASSERT_EQ(registerUser(QStringLiteral("ivy@shop.test")).status, 201);
    const QByteArray customer = field(login(QStringLiteral("ivy@shop.test")), "access_token");
    const auto refused = get("/api/v1/users", customer);
    EXPECT_EQ(refused.status, 403);
    EXPECT_TRUE(jsonOf(refused).value(QStringLiteral("detail")).toString().contains(QStringLiteral("users:manage")));

    const QByteArray admin = field(login(QStringLiteral("admin@shop.test"), QStringLiteral("admin-password-1")), "access_token");
    const auto created = post("/api/v1/users", {{QStringLiteral("email"), QStringLiteral("wh@shop.test")},
                                                {QStringLiteral("password"), QStringLiteral("warehouse secret")},
                                                {QStringLiteral("name"), QStringLiteral("Wanda")},
                                                {QStringLiteral("roles"), QJsonArray{QStringLiteral("warehouse")}}},
                              admin);
    ASSERT_EQ(created.status, 201) << created.body.constData();
    EXPECT_EQ(post("/api/v1/users", {{QStringLiteral("email"), QStringLiteral("x@shop.test")},
                                     {QStringLiteral("password"), QStringLiteral("warehouse secret")},
                                     {QStringLiteral("name"), QStringLiteral("X")},
                                     {QStringLiteral("roles"), QJsonArray{QStringLiteral("root")}}},
                   admin)
                  .status,
              422);
    const QByteArray warehouse = field(login(QStringLiteral("wh@shop.test"), QStringLiteral("warehouse secret")), "access_token");
    EXPECT_EQ(get("/api/v1/users", warehouse).status, 403);
}

TEST_F(Auth, PagesThroughUsersWithACursor)
{
    for (int i = 0; i < 5; ++i)
        ASSERT_EQ(registerUser(QStringLiteral("p%1@shop.test").arg(i)).status, 201);
    const QByteArray admin = field(login(QStringLiteral("admin@shop.test"), QStringLiteral("admin-password-1")), "access_token");
    QStringList seen;
    QString cursor;
    for (int page = 0; page < 10; ++page) {
        const auto r = get("/api/v1/users?limit=2" + (cursor.isEmpty() ? QByteArray() : "&cursor=" + cursor.toLatin1()), admin);
        ASSERT_EQ(r.status, 200) << r.body.constData();
        for (const QJsonValue &u : jsonOf(r).value(QStringLiteral("items")).toArray())
            seen.append(u.toObject().value(QStringLiteral("email")).toString());
        if (jsonOf(r).value(QStringLiteral("next_cursor")).isNull())
            break;
        cursor = jsonOf(r).value(QStringLiteral("next_cursor")).toString();
    }
    EXPECT_EQ(seen.size(), 6) << "five customers and the first admin, each once";
    EXPECT_EQ(get("/api/v1/users?limit=1000", admin).status, 422);
    EXPECT_EQ(get("/api/v1/users?cursor=%%%", admin).status, 422);
}

TEST_F(Auth, PublishesKeysThatVerifyItsTokens)
{
    ASSERT_EQ(registerUser(QStringLiteral("jo@shop.test")).status, 201);
    const QByteArray token = field(login(QStringLiteral("jo@shop.test")), "access_token");
    const auto jwks = get("/.well-known/jwks.json");
    ASSERT_EQ(jwks.status, 200);
    auto keys = JwkSet::fromJson(jsonOf(jwks));
    ASSERT_TRUE(keys.has_value()) << keys.error().message.toStdString();
    VerifyOptions options;
    options.issuer = QStringLiteral("backroom");
    options.audience = QStringLiteral("backroom-api");
    options.now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    auto claims = verifyToken(token, *keys, options);
    ASSERT_TRUE(claims.has_value()) << claims.error().message.toStdString();
    EXPECT_EQ(claims->roles, QStringList{QStringLiteral("customer")});
}

TEST_F(Auth, CreatesTheFirstAdminOnlyOnce)
{
    server->stop();
    ServerConfig config = testConfig(db.conninfo());
    config.adminEmail = QStringLiteral("second-admin@shop.test");
    config.adminPassword = "another password";
    ServerRuntime again(config);
    ASSERT_TRUE(again.start().has_value());
    auto r = RawHttp::request(again.port(), "POST", "/api/v1/auth/login",
                              R"({"email":"second-admin@shop.test","password":"another password"})", {{"Content-Type", json}});
    EXPECT_EQ(r->status, 401) << "an admin already exists, so none is added";
}

class RateLimits : public Auth {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.isValid()) << db.error().toStdString();
        ServerConfig config = testConfig(db.conninfo());
        config.rateLimiting = true;
        config.rateLimits = QStringLiteral("login-account=3/15m; register-ip=2/h; ip=1000/m,burst=1000");
        server = std::make_unique<ServerRuntime>(config);
        ASSERT_TRUE(server->start().has_value());
    }
};

TEST_F(RateLimits, StopsPasswordGuessingPerAccountBeforeAnyHashing)
{
    ASSERT_EQ(registerUser(QStringLiteral("kim@shop.test")).status, 201);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(post("/api/v1/auth/login", {{QStringLiteral("email"), QStringLiteral("kim@shop.test")},
                                              {QStringLiteral("password"), QStringLiteral("guess number %1").arg(i)}})
                      .status,
                  401);
    // Even the right password waits now; and the address's case does not open a second bucket.
    const auto limited = post("/api/v1/auth/login", {{QStringLiteral("email"), QStringLiteral("KIM@shop.test")},
                                                     {QStringLiteral("password"), QStringLiteral("long enough secret")}});
    EXPECT_EQ(limited.status, 429);
    EXPECT_GT(limited.header("Retry-After").toInt(), 0);
    EXPECT_EQ(limited.header("Content-Type"), "application/problem+json");
    // An unknown account is limited the same way, so a 429 tells nothing about who has an account.
    for (int i = 0; i < 3; ++i)
        post("/api/v1/auth/login", {{QStringLiteral("email"), QStringLiteral("ghost@shop.test")},
                                    {QStringLiteral("password"), QStringLiteral("guess number %1").arg(i)}});
    EXPECT_EQ(post("/api/v1/auth/login", {{QStringLiteral("email"), QStringLiteral("ghost@shop.test")},
                                          {QStringLiteral("password"), QStringLiteral("guess again")}})
                  .status,
              429);
}

TEST_F(RateLimits, LimitsRegistrationsPerAddressAndSaysWhen)
{
    EXPECT_EQ(registerUser(QStringLiteral("r1@shop.test")).status, 201);
    const auto second = registerUser(QStringLiteral("r2@shop.test"));
    EXPECT_EQ(second.status, 201);
    EXPECT_FALSE(second.header("RateLimit-Limit").isEmpty());
    const auto third = registerUser(QStringLiteral("r3@shop.test"));
    EXPECT_EQ(third.status, 429);
    EXPECT_GT(third.header("Retry-After").toInt(), 0);
}

TEST_F(RateLimits, SendsLimitHeadersOnApiRoutesButNotOnProbes)
{
    const auto api = get("/api/v1/system/migrations/1");
    EXPECT_EQ(api.header("RateLimit-Limit"), "1000");
    EXPECT_FALSE(api.header("RateLimit-Remaining").isEmpty());
    EXPECT_TRUE(get("/healthz").header("RateLimit-Limit").isEmpty());
}
