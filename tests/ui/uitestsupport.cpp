// SPDX-License-Identifier: MIT
#include "uitestsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Backroom::UiTest {

QUrl closedPortUrl()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        qFatal("cannot listen on loopback: %s", qPrintable(probe.errorString()));
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port));
}

QString newPassword()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

QString newEmail(const QString &prefix)
{
    return u"%1-%2@example.com"_s.arg(prefix, QUuid::createUuid().toString(QUuid::Id128).left(12));
}

bool StaffServer::start(const QStringList &extraArgs)
{
    m_adminEmail = newEmail(u"admin"_s);
    m_adminPassword = newPassword();
    // The server reads the first admin from its environment, which it inherits from this process.
    qputenv("BACKROOM_ADMIN_EMAIL", m_adminEmail.toUtf8());
    qputenv("BACKROOM_ADMIN_PASSWORD", m_adminPassword.toUtf8());
    const bool started = m_server.start(extraArgs);
    qunsetenv("BACKROOM_ADMIN_EMAIL");
    qunsetenv("BACKROOM_ADMIN_PASSWORD");
    return started;
}

Ui::Session *StaffServer::admin(QString *error)
{
    if (m_admin && m_admin->state() == Ui::Session::State::SignedIn)
        return m_admin.get();
    m_api = std::make_unique<Ui::ApiClient>();
    m_admin = std::make_unique<Ui::Session>(m_api.get(), nullptr);
    const QString failure = signInAndWait(*m_admin, url(), m_adminEmail, m_adminPassword);
    if (!failure.isEmpty()) {
        if (error)
            *error = u"the first admin cannot sign in: "_s + failure;
        return nullptr;
    }
    return m_admin.get();
}

std::optional<StaffServer::Created> StaffServer::addUser(const QStringList &roles, QString *error)
{
    Ui::Session *session = admin(error);
    if (!session)
        return std::nullopt;
    Created created{{}, newEmail(roles.value(0, u"staff"_s)), newPassword()};
    const QJsonObject body{{u"email"_s, created.email},
                           {u"password"_s, created.password},
                           {u"name"_s, u"Test "_s + roles.join(u' ')},
                           {u"roles"_s, QJsonArray::fromStringList(roles)}};
    const std::optional<Ui::ApiResponse> response =
        sendAndWait(*session, {QByteArrayLiteral("POST"), u"/api/v1/users"_s, QJsonDocument(body), {}});
    if (!response || !response->ok) {
        if (error)
            *error = response ? response->errorMessage : u"no answer to POST /api/v1/users"_s;
        return std::nullopt;
    }
    const QJsonValue id = response->json.object().value("id"_L1);
    created.id = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
    return created;
}

std::optional<StaffServer::Created> StaffServer::registerCustomer(QString *error)
{
    Created created{{}, newEmail(u"customer"_s), newPassword()};
    Ui::ApiClient api;
    api.setBaseUrl(url());
    std::optional<Ui::ApiResponse> response;
    QObject context;
    api.post(u"/api/v1/auth/register"_s,
             QJsonDocument(QJsonObject{{u"email"_s, created.email},
                                       {u"password"_s, created.password},
                                       {u"name"_s, u"Test Customer"_s}}),
             &context, [&](const Ui::ApiResponse &answer) { response = answer; });
    if (!QTest::qWaitFor([&] { return response.has_value(); }, 20'000) || !response->ok) {
        if (error)
            *error = response ? response->errorMessage : u"no answer to POST /api/v1/auth/register"_s;
        return std::nullopt;
    }
    return created;
}

QString StaffServer::patchUser(const QString &id, const QJsonObject &changes)
{
    QString error;
    Ui::Session *session = admin(&error);
    if (!session)
        return error;
    return messageOf(sendAndWait(*session, {QByteArrayLiteral("PATCH"), u"/api/v1/users/"_s + id, QJsonDocument(changes), {}}),
                     u"PATCH /api/v1/users/"_s + id);
}

QString messageOf(const std::optional<Ui::ApiResponse> &response, const QString &what)
{
    if (!response)
        return u"no answer to "_s + what;
    return response->ok ? QString() : response->errorMessage;
}

QString signInAndWait(Ui::Session &session, const QUrl &server, const QString &email, const QString &password,
                      Ui::Session::Remember remember)
{
    std::optional<Ui::Session::SignInResult> result;
    QObject context;
    session.signIn(server, email, password, remember, &context,
                   [&](const Ui::Session::SignInResult &answer) { result = answer; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000))
        return u"no answer to the sign-in within 20 s"_s;
    return result->status ? QString() : result->status.error().message;
}

std::optional<Ui::ApiResponse> sendAndWait(Ui::Session &session, const Ui::ApiRequest &request,
                                           std::chrono::milliseconds timeout)
{
    std::optional<Ui::ApiResponse> result;
    QObject context;
    session.send(request, &context, [&](const Ui::ApiResponse &response) { result = response; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, int(timeout.count())))
        return std::nullopt;
    return result;
}

std::optional<Ui::ApiResponse> getAndWait(Ui::ApiClient &api, const QString &path,
                                          std::chrono::milliseconds timeout)
{
    std::optional<Ui::ApiResponse> result;
    QObject context;
    api.get(path, &context, [&](const Ui::ApiResponse &response) { result = response; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, int(timeout.count())))
        return std::nullopt;
    return result;
}

std::optional<Ui::HealthStatus> waitForSettledStatus(Ui::HealthMonitor &monitor, std::chrono::milliseconds timeout)
{
    std::optional<Ui::HealthStatus> result;
    QObject context;
    QObject::connect(&monitor, &Ui::HealthMonitor::statusChanged, &context, [&](const Ui::HealthStatus &status) {
        if (status.state != Ui::HealthStatus::State::Checking && !result)
            result = status;
    });
    monitor.start();
    if (!QTest::qWaitFor([&] { return result.has_value(); }, int(timeout.count())))
        return std::nullopt;
    return result;
}

} // namespace Backroom::UiTest
