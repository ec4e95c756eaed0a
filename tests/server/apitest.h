// SPDX-License-Identifier: MIT
#pragma once

#include "tests/server/serverfixture.h"

#include <QJsonArray>

namespace Backroom::Test {

// A real server on a fresh database with one admin (admin@shop.test), and a small JSON client for it.
class ApiTest : public ::testing::Test {
protected:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    static constexpr const char *adminEmail = "admin@shop.test";
    static constexpr const char *adminPassword = "admin-password-1";

    virtual void configure(Server::ServerConfig &) {}

    void SetUp() override
    {
        ASSERT_TRUE(db.isValid()) << db.error().toStdString();
        Server::ServerConfig config = testConfig(db.conninfo());
        config.adminEmail = QString::fromLatin1(adminEmail);
        config.adminPassword = adminPassword;
        configure(config);
        server = std::make_unique<Server::ServerRuntime>(config);
        auto started = server->start();
        ASSERT_TRUE(started.has_value()) << started.error().message.toStdString();
    }

    RawHttp::Response send(QByteArrayView method, QByteArrayView path, const QByteArray &token = {},
                           std::optional<QJsonObject> body = std::nullopt, Headers headers = {})
    {
        if (body)
            headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        if (!token.isEmpty())
            headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token});
        auto r = RawHttp::request(server->port(), method, path,
                                  body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray(), headers);
        EXPECT_TRUE(r.has_value()) << "no answer to " << method.toByteArray().constData() << ' '
                                   << path.toByteArray().constData();
        return r.value_or(RawHttp::Response{});
    }
    RawHttp::Response get(QByteArrayView path, const QByteArray &token = {}, Headers headers = {})
    {
        return send("GET", path, token, std::nullopt, std::move(headers));
    }

    // Signs in and returns the access token (empty on failure, which the test is told about).
    QByteArray signIn(const QString &email, const QString &password)
    {
        const auto r = send("POST", "/api/v1/auth/login", {},
                            QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
        EXPECT_EQ(r.status, 200) << r.body.constData();
        return jsonOf(r).value(QStringLiteral("access_token")).toString().toLatin1();
    }
    QByteArray adminToken()
    {
        return signIn(QString::fromLatin1(adminEmail), QString::fromLatin1(adminPassword));
    }
    // A customer who signed themselves up; returns their access token.
    QByteArray customer(const QString &email)
    {
        const auto r = send("POST", "/api/v1/auth/register", {},
                            QJsonObject{{QStringLiteral("email"), email},
                                        {QStringLiteral("password"), QStringLiteral("customer secret")},
                                        {QStringLiteral("name"), QStringLiteral("Casey")}});
        EXPECT_EQ(r.status, 201) << r.body.constData();
        return signIn(email, QStringLiteral("customer secret"));
    }
    // A staff account the admin created; returns its id.
    QString createStaff(const QString &email, const QStringList &roles, const QString &password = QStringLiteral("staff secret 1"))
    {
        const auto r = send("POST", "/api/v1/users", adminToken(),
                            QJsonObject{{QStringLiteral("email"), email},
                                        {QStringLiteral("password"), password},
                                        {QStringLiteral("name"), QStringLiteral("Staff")},
                                        {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}});
        EXPECT_EQ(r.status, 201) << r.body.constData();
        return jsonOf(r).value(QStringLiteral("id")).toString();
    }
    static QString firstErrorField(const RawHttp::Response &r)
    {
        return jsonOf(r).value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("field")).toString();
    }

    TestDatabase db;
    std::unique_ptr<Server::ServerRuntime> server;
};

} // namespace Backroom::Test
