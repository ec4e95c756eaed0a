// SPDX-License-Identifier: MIT
#include "server/store/pgconnection.h"
#include "tests/server/apitest.h"

#include <thread>

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;

namespace {
QJsonObject homeAddress()
{
    return {{QStringLiteral("name"), QStringLiteral("Casey Jones")},
            {QStringLiteral("line1"), QStringLiteral("1 High Street")},
            {QStringLiteral("city"), QStringLiteral("Leeds")},
            {QStringLiteral("postal_code"), QStringLiteral("LS1 1AA")},
            {QStringLiteral("country"), QStringLiteral("gb")}};
}
QString idOf(const RawHttp::Response &r)
{
    return jsonOf(r).value(QStringLiteral("id")).toString();
}
} // namespace

class Accounts : public ApiTest {};

TEST_F(Accounts, ChangesTheOwnProfileButNeverTheOwnRoles)
{
    const QByteArray token = customer(QStringLiteral("casey@shop.test"));
    const auto me = get("/api/v1/me", token);
    ASSERT_EQ(me.status, 200);
    EXPECT_EQ(me.header("ETag"), "\"1\"");

    const auto renamed = send("PATCH", "/api/v1/me", token,
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("Casey J.")},
                                          {QStringLiteral("preferences"), QJsonObject{{QStringLiteral("language"), QStringLiteral("de")}}}},
                              {{"If-Match", "\"1\""}});
    ASSERT_EQ(renamed.status, 200) << renamed.body.constData();
    EXPECT_EQ(jsonOf(renamed).value(QStringLiteral("name")).toString(), QStringLiteral("Casey J."));
    EXPECT_EQ(renamed.header("ETag"), "\"2\"");

    const auto stale = send("PATCH", "/api/v1/me", token, QJsonObject{{QStringLiteral("name"), QStringLiteral("Old copy")}},
                            {{"If-Match", "\"1\""}});
    EXPECT_EQ(stale.status, 412);
    EXPECT_EQ(stale.header("Content-Type"), "application/problem+json");

    for (const char *forbidden : {"roles", "disabled", "email", "id"}) {
        const auto refused = send("PATCH", "/api/v1/me", token,
                                  QJsonObject{{QString::fromLatin1(forbidden), QJsonArray{QStringLiteral("admin")}}});
        EXPECT_EQ(refused.status, 422) << forbidden;
        EXPECT_EQ(firstErrorField(refused), QString::fromLatin1(forbidden));
    }
    const auto after = jsonOf(get("/api/v1/me", token));
    EXPECT_EQ(after.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("customer")});
    EXPECT_EQ(after.value(QStringLiteral("name")).toString(), QStringLiteral("Casey J.")) << "nothing changed";
}

TEST_F(Accounts, AnswersNotModifiedToAReaderThatIsUpToDate)
{
    const QByteArray token = customer(QStringLiteral("casey@shop.test"));
    const auto me = get("/api/v1/me", token);
    const auto again = get("/api/v1/me", token, {{"If-None-Match", me.header("ETag")}});
    EXPECT_EQ(again.status, 304);
    EXPECT_TRUE(again.body.isEmpty());
    const auto list = get("/api/v1/me/addresses", token);
    ASSERT_TRUE(list.header("ETag").startsWith("W/\"")) << "lists get a weak tag of their content";
    EXPECT_EQ(get("/api/v1/me/addresses", token, {{"If-None-Match", list.header("ETag")}}).status, 304);
    ASSERT_EQ(send("POST", "/api/v1/me/addresses", token, homeAddress()).status, 201);
    EXPECT_EQ(get("/api/v1/me/addresses", token, {{"If-None-Match", list.header("ETag")}}).status, 200);
}

TEST_F(Accounts, ChangingThePasswordNeedsTheOldOneAndEndsEverySession)
{
    customer(QStringLiteral("casey@shop.test"));
    const auto login = send("POST", "/api/v1/auth/login", {},
                            QJsonObject{{QStringLiteral("email"), QStringLiteral("casey@shop.test")},
                                        {QStringLiteral("password"), QStringLiteral("customer secret")}});
    const QByteArray token = jsonOf(login).value(QStringLiteral("access_token")).toString().toLatin1();
    const QString refresh = jsonOf(login).value(QStringLiteral("refresh_token")).toString();

    const auto wrong = send("PATCH", "/api/v1/me", token,
                            QJsonObject{{QStringLiteral("password"), QStringLiteral("a new secret 2")},
                                        {QStringLiteral("current_password"), QStringLiteral("guess")}});
    EXPECT_EQ(wrong.status, 422);
    EXPECT_EQ(firstErrorField(wrong), QStringLiteral("current_password"));

    const auto changed = send("PATCH", "/api/v1/me", token,
                              QJsonObject{{QStringLiteral("password"), QStringLiteral("a new secret 2")},
                                          {QStringLiteral("current_password"), QStringLiteral("customer secret")}});
    ASSERT_EQ(changed.status, 200) << changed.body.constData();
    EXPECT_EQ(send("POST", "/api/v1/auth/refresh", {}, QJsonObject{{QStringLiteral("refresh_token"), refresh}}).status,
              401)
        << "the session ended";
    EXPECT_EQ(send("POST", "/api/v1/auth/login", {},
                   QJsonObject{{QStringLiteral("email"), QStringLiteral("casey@shop.test")},
                               {QStringLiteral("password"), QStringLiteral("customer secret")}})
                  .status,
              401);
    signIn(QStringLiteral("casey@shop.test"), QStringLiteral("a new secret 2"));
}

TEST_F(Accounts, KeepsAnAddressBook)
{
    const QByteArray token = customer(QStringLiteral("casey@shop.test"));
    const auto home = send("POST", "/api/v1/me/addresses", token, homeAddress());
    ASSERT_EQ(home.status, 201) << home.body.constData();
    EXPECT_EQ(jsonOf(home).value(QStringLiteral("country")).toString(), QStringLiteral("GB"));
    EXPECT_TRUE(jsonOf(home).value(QStringLiteral("is_default")).toBool()) << "the first address is the default";
    EXPECT_EQ(home.header("Location"), "/api/v1/me/addresses/" + idOf(home).toLatin1());

    QJsonObject work = homeAddress();
    work.insert(QStringLiteral("label"), QStringLiteral("Office"));
    work.insert(QStringLiteral("is_default"), true);
    const auto office = send("POST", "/api/v1/me/addresses", token, work);
    ASSERT_EQ(office.status, 201);
    EXPECT_FALSE(jsonOf(get("/api/v1/me/addresses/" + idOf(home).toLatin1(), token)).value(QStringLiteral("is_default")).toBool())
        << "one default at a time";

    const QByteArray homePath = "/api/v1/me/addresses/" + idOf(home).toLatin1();
    const QByteArray etag = get(homePath, token).header("ETag");
    EXPECT_EQ(etag, "\"2\"") << "losing the default flag was a change";
    const auto moved = send("PATCH", homePath, token, QJsonObject{{QStringLiteral("city"), QStringLiteral("York")}},
                            {{"If-Match", etag}});
    ASSERT_EQ(moved.status, 200) << moved.body.constData();
    EXPECT_EQ(jsonOf(moved).value(QStringLiteral("city")).toString(), QStringLiteral("York"));
    EXPECT_EQ(jsonOf(moved).value(QStringLiteral("line1")).toString(), QStringLiteral("1 High Street"));
    EXPECT_EQ(send("PATCH", homePath, token, QJsonObject{{QStringLiteral("city"), QStringLiteral("Hull")}},
                   {{"If-Match", etag}})
                  .status,
              412);

    const auto bad = send("POST", "/api/v1/me/addresses", token,
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("X")},
                                      {QStringLiteral("country"), QStringLiteral("Germany")},
                                      {QStringLiteral("user_id"), QStringLiteral("1")}});
    EXPECT_EQ(bad.status, 422);
    EXPECT_EQ(firstErrorField(bad), QStringLiteral("user_id")) << "unknown fields first, nothing bound";

    EXPECT_EQ(send("DELETE", homePath, token).status, 204);
    EXPECT_EQ(get(homePath, token).status, 404);
    EXPECT_EQ(jsonOf(get("/api/v1/me/addresses", token)).value(QStringLiteral("items")).toArray().size(), 1);
}

TEST_F(Accounts, HidesOtherCustomersAddressesAsIfTheyDidNotExist)
{
    const QByteArray ann = customer(QStringLiteral("ann@shop.test"));
    const QByteArray bob = customer(QStringLiteral("bob@shop.test"));
    const auto annHome = send("POST", "/api/v1/me/addresses", ann, homeAddress());
    ASSERT_EQ(annHome.status, 201);
    const QByteArray path = "/api/v1/me/addresses/" + idOf(annHome).toLatin1();

    const auto peek = get(path, bob);
    const auto missing = get("/api/v1/me/addresses/999999", bob);
    EXPECT_EQ(peek.status, 404);
    EXPECT_EQ(jsonOf(peek).value(QStringLiteral("detail")), jsonOf(missing).value(QStringLiteral("detail")))
        << "someone else's address and no address read the same";
    EXPECT_EQ(send("PATCH", path, bob, QJsonObject{{QStringLiteral("city"), QStringLiteral("Nowhere")}}).status, 404);
    EXPECT_EQ(send("DELETE", path, bob).status, 404);
    EXPECT_EQ(get("/api/v1/me/addresses/not-a-number", bob).status, 404);
    EXPECT_TRUE(jsonOf(get("/api/v1/me/addresses", bob)).value(QStringLiteral("items")).toArray().isEmpty());

    const auto still = get(path, ann);
    ASSERT_EQ(still.status, 200);
    EXPECT_EQ(jsonOf(still).value(QStringLiteral("city")).toString(), QStringLiteral("Leeds")) << "nothing changed";
}

TEST_F(Accounts, ReplaysAnAddressSentTwiceWithOneKey)
{
    const QByteArray ann = customer(QStringLiteral("ann@shop.test"));
    const QByteArray bob = customer(QStringLiteral("bob@shop.test"));
    const auto first = send("POST", "/api/v1/me/addresses", ann, homeAddress(), {{"Idempotency-Key", "k1"}});
    const auto again = send("POST", "/api/v1/me/addresses", ann, homeAddress(), {{"Idempotency-Key", "k1"}});
    ASSERT_EQ(first.status, 201);
    EXPECT_EQ(again.status, 201);
    EXPECT_EQ(idOf(again), idOf(first));
    EXPECT_EQ(jsonOf(get("/api/v1/me/addresses", ann)).value(QStringLiteral("items")).toArray().size(), 1);
    const auto bobs = send("POST", "/api/v1/me/addresses", bob, homeAddress(), {{"Idempotency-Key", "k1"}});
    EXPECT_EQ(bobs.status, 201);
    EXPECT_NE(idOf(bobs), idOf(first)) << "keys are per user";
}

TEST_F(Accounts, LetsAnAdminChangeRolesAndDisableAccounts)
{
    const QString id = createStaff(QStringLiteral("wh@shop.test"), {QStringLiteral("warehouse")});
    const auto session = send("POST", "/api/v1/auth/login", {},
                              QJsonObject{{QStringLiteral("email"), QStringLiteral("wh@shop.test")},
                                          {QStringLiteral("password"), QStringLiteral("staff secret 1")}});
    const QString refresh = jsonOf(session).value(QStringLiteral("refresh_token")).toString();
    const QByteArray admin = adminToken();
    const QByteArray path = "/api/v1/users/" + id.toLatin1();

    const auto promoted = send("PATCH", path, admin,
                               QJsonObject{{QStringLiteral("roles"),
                                            QJsonArray{QStringLiteral("warehouse"), QStringLiteral("support")}}});
    ASSERT_EQ(promoted.status, 200) << promoted.body.constData();
    EXPECT_EQ(jsonOf(promoted).value(QStringLiteral("roles")).toArray().size(), 2);
    EXPECT_EQ(send("POST", "/api/v1/auth/refresh", {}, QJsonObject{{QStringLiteral("refresh_token"), refresh}}).status,
              401)
        << "a session with the old roles cannot be renewed";

    EXPECT_EQ(send("PATCH", path, admin, QJsonObject{{QStringLiteral("roles"), QJsonArray{QStringLiteral("root")}}}).status,
              422);
    EXPECT_EQ(send("PATCH", path, admin, QJsonObject{{QStringLiteral("password"), QStringLiteral("x")}}).status, 422);
    EXPECT_EQ(send("PATCH", "/api/v1/users/999999", admin, QJsonObject{{QStringLiteral("disabled"), true}}).status, 404);

    ASSERT_EQ(send("PATCH", path, admin, QJsonObject{{QStringLiteral("disabled"), true}}).status, 200);
    EXPECT_EQ(send("POST", "/api/v1/auth/login", {},
                   QJsonObject{{QStringLiteral("email"), QStringLiteral("wh@shop.test")},
                               {QStringLiteral("password"), QStringLiteral("staff secret 1")}})
                  .status,
              403);
    EXPECT_TRUE(jsonOf(get(path, admin)).value(QStringLiteral("disabled")).toBool());

    const QByteArray staff = signIn(QStringLiteral("admin@shop.test"), QStringLiteral("admin-password-1"));
    const QString sup = createStaff(QStringLiteral("sup@shop.test"), {QStringLiteral("support")});
    const QByteArray support = signIn(QStringLiteral("sup@shop.test"), QStringLiteral("staff secret 1"));
    EXPECT_EQ(send("PATCH", "/api/v1/users/" + sup.toLatin1(), support,
                   QJsonObject{{QStringLiteral("roles"), QJsonArray{QStringLiteral("admin")}}})
                  .status,
              403)
        << "only admins manage users";
    Q_UNUSED(staff);
}

TEST_F(Accounts, KeepsAtLeastOneEnabledAdmin)
{
    const QByteArray admin = adminToken();
    const QString myId = jsonOf(get("/api/v1/me", admin)).value(QStringLiteral("id")).toString();
    const auto demoted = send("PATCH", "/api/v1/users/" + myId.toLatin1(), admin,
                              QJsonObject{{QStringLiteral("roles"), QJsonArray{QStringLiteral("support")}}});
    EXPECT_EQ(demoted.status, 409) << demoted.body.constData();
    EXPECT_EQ(send("PATCH", "/api/v1/users/" + myId.toLatin1(), admin, QJsonObject{{QStringLiteral("disabled"), true}}).status,
              409);
    createStaff(QStringLiteral("second@shop.test"), {QStringLiteral("admin")});
    EXPECT_EQ(send("PATCH", "/api/v1/users/" + myId.toLatin1(), admin,
                   QJsonObject{{QStringLiteral("roles"), QJsonArray{QStringLiteral("support")}}})
                  .status,
              200)
        << "with another admin it is allowed";
}

TEST_F(Accounts, AuditsStaffWritesWithBeforeAndAfter)
{
    const QString id = createStaff(QStringLiteral("wh@shop.test"), {QStringLiteral("warehouse")});
    const QByteArray admin = adminToken();
    ASSERT_EQ(send("PATCH", "/api/v1/users/" + id.toLatin1(), admin,
                   QJsonObject{{QStringLiteral("roles"), QJsonArray{QStringLiteral("merchandiser")}}},
                   {{"X-Request-Id", "audit-test-1"}})
                  .status,
              200);

    const auto all = get("/api/v1/audit", admin);
    ASSERT_EQ(all.status, 200) << all.body.constData();
    const QJsonArray items = jsonOf(all).value(QStringLiteral("items")).toArray();
    ASSERT_GE(items.size(), 2);
    const QJsonObject update = items.first().toObject();
    EXPECT_EQ(update.value(QStringLiteral("action")).toString(), QStringLiteral("user.update")) << "newest first";
    EXPECT_EQ(update.value(QStringLiteral("entity_id")).toString(), id);
    EXPECT_EQ(update.value(QStringLiteral("actor_email")).toString(), QStringLiteral("admin@shop.test"));
    EXPECT_EQ(update.value(QStringLiteral("request_id")).toString(), QStringLiteral("audit-test-1"));
    EXPECT_EQ(update.value(QStringLiteral("remote_addr")).toString(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(update.value(QStringLiteral("before")).toObject().value(QStringLiteral("roles")).toArray(),
              QJsonArray{QStringLiteral("warehouse")});
    EXPECT_EQ(update.value(QStringLiteral("after")).toObject().value(QStringLiteral("roles")).toArray(),
              QJsonArray{QStringLiteral("merchandiser")});
    EXPECT_FALSE(update.value(QStringLiteral("after")).toObject().contains(QStringLiteral("name"))) << "only what changed";
    EXPECT_FALSE(all.body.contains("$2b$")) << "no password hash is ever logged";

    const auto creations = jsonOf(get("/api/v1/audit?action=user.create&entity_id=" + id.toLatin1(), admin));
    ASSERT_EQ(creations.value(QStringLiteral("items")).toArray().size(), 1);
    EXPECT_EQ(jsonOf(get("/api/v1/audit?action=user.", admin)).value(QStringLiteral("items")).toArray().size(),
              items.size())
        << "a prefix ending in a dot matches the family";
    EXPECT_TRUE(jsonOf(get("/api/v1/audit?since=2999-01-01T00:00:00Z", admin)).value(QStringLiteral("items")).toArray().isEmpty());
    EXPECT_EQ(get("/api/v1/audit?since=yesterday", admin).status, 422);
    EXPECT_EQ(get("/api/v1/audit?actor_id=abc", admin).status, 422);

    // Paging: one at a time, newest first, each once.
    QStringList ids;
    QString cursor;
    for (int i = 0; i < 10; ++i) {
        const auto page = jsonOf(get("/api/v1/audit?limit=1" + (cursor.isEmpty() ? QByteArray() : "&cursor=" + cursor.toLatin1()), admin));
        for (const QJsonValue &v : page.value(QStringLiteral("items")).toArray())
            ids.append(v.toObject().value(QStringLiteral("id")).toString());
        if (page.value(QStringLiteral("next_cursor")).isNull())
            break;
        cursor = page.value(QStringLiteral("next_cursor")).toString();
    }
    EXPECT_EQ(ids.size(), items.size());
    EXPECT_EQ(ids.first(), update.value(QStringLiteral("id")).toString());

    const QString wh = QStringLiteral("wh@shop.test");
    EXPECT_EQ(get("/api/v1/audit", signIn(wh, QStringLiteral("staff secret 1"))).status, 403);
}

TEST_F(Accounts, KeepsTheAuditLogAppendOnlyEvenForTheOwner)
{
    createStaff(QStringLiteral("wh@shop.test"), {QStringLiteral("warehouse")});
    PgConnection c(db.conninfo());
    for (const char *sql : {"UPDATE audit_log SET action = 'nothing happened'", "DELETE FROM audit_log",
                            "TRUNCATE audit_log"}) {
        auto changed = c.exec(sql);
        ASSERT_FALSE(changed.has_value()) << sql;
        EXPECT_EQ(changed.error().sqlstate, "42501") << sql;
    }
    auto count = c.exec("SELECT count(*) FROM audit_log WHERE action = 'user.create'");
    ASSERT_TRUE(count);
    EXPECT_GE(count->toInt64(0, 0), 1);
}
