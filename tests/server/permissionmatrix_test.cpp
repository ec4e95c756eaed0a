// SPDX-License-Identifier: MIT
// Every route × every role (and nobody): the gateway allows exactly what the permission table grants.
// Generated from the live route table, so a new route is covered the moment it is registered.
#include "tests/server/serverfixture.h"

#include <QJsonArray>

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;

namespace {
QByteArray concretePath(const QByteArray &pattern)
{
    QByteArray path;
    for (const QByteArray &segment : pattern.split('/')) {
        if (segment.isEmpty())
            continue;
        path += '/' + (segment.startsWith('{') ? QByteArray("1") : segment);
    }
    return path;
}
} // namespace

TEST(PermissionMatrix, EveryRouteAllowsExactlyWhatTheTableGrants)
{
    TestDatabase db;
    ASSERT_TRUE(db.isValid()) << db.error().toStdString();
    ServerConfig config = testConfig(db.conninfo());
    config.adminEmail = QStringLiteral("matrix-admin@shop.test");
    config.adminPassword = "matrix admin password";
    ServerRuntime server(config);
    ASSERT_TRUE(server.start().has_value());
    const quint16 port = server.port();

    auto login = [&](const QString &email, const QByteArray &password) {
        auto r = RawHttp::request(port, "POST", "/api/v1/auth/login",
                                  QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                                            {QStringLiteral("password"), QString::fromUtf8(password)}})
                                      .toJson(),
                                  {{"Content-Type", "application/json"}});
        return r && r->status == 200 ? jsonOf(*r).value(QStringLiteral("access_token")).toString().toLatin1() : QByteArray();
    };
    const QByteArray admin = login(config.adminEmail, config.adminPassword);
    ASSERT_FALSE(admin.isEmpty());

    // One signed-in user per role.
    QHash<Domain::Role, QByteArray> tokens;
    for (Domain::Role role : Domain::allRoles()) {
        const QString email = Domain::roleName(role) + QStringLiteral("@matrix.test");
        auto created = RawHttp::request(
            port, "POST", "/api/v1/users",
            QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                      {QStringLiteral("password"), QStringLiteral("matrix password 1")},
                                      {QStringLiteral("name"), Domain::roleName(role)},
                                      {QStringLiteral("roles"), QJsonArray{Domain::roleName(role)}}})
                .toJson(),
            {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + admin}});
        ASSERT_TRUE(created && created->status == 201) << (created ? created->body.constData() : "no answer");
        tokens.insert(role, login(email, "matrix password 1"));
        ASSERT_FALSE(tokens.value(role).isEmpty());
    }

    int checked = 0;
    for (const RouteSpec &route : server.router().routes()) {
        const QByteArray path = concretePath(route.pattern);
        // A body that is valid JSON but not a valid request: allowed calls then fail validation, which is
        // not what this test looks at; a logout body would end a matrix user's session, so it gets none.
        const QByteArray body = route.jsonBody ? QByteArray("{}") : QByteArray();
        auto call = [&](const QByteArray &token) {
            QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
            if (!token.isEmpty())
                headers.append({"Authorization", "Bearer " + token});
            auto r = RawHttp::request(port, route.method, path, body, headers);
            return r ? r->status : 0;
        };
        const QString what = QString::fromLatin1(route.method + ' ' + route.pattern);

        const int anonymous = call({});
        if (route.permission == Domain::Permission::Public)
            EXPECT_TRUE(anonymous != 401 && anonymous != 403 && anonymous != 0) << what.toStdString() << " anonymous: " << anonymous;
        else
            EXPECT_EQ(anonymous, 401) << what.toStdString() << " anonymous";
        ++checked;

        for (Domain::Role role : Domain::allRoles()) {
            const int status = call(tokens.value(role));
            const bool granted = Domain::roleGrants(role, route.permission);
            if (granted)
                EXPECT_TRUE(status != 401 && status != 403 && status != 0)
                    << what.toStdString() << " as " << Domain::roleName(role).toStdString() << ": " << status;
            else
                EXPECT_EQ(status, 403) << what.toStdString() << " as " << Domain::roleName(role).toStdString();
            ++checked;
        }
    }
    EXPECT_GE(checked, 7 * 10);
}
