// SPDX-License-Identifier: MIT
#pragma once

#include "tests/support/testserver.h"
#include "ui/apiclient.h"
#include "ui/healthmonitor.h"
#include "ui/session.h"

#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace Backroom::UiTest {

using namespace std::chrono_literals;

// http://127.0.0.1:<port> where nothing listens: the port was just free and is closed again.
QUrl closedPortUrl();

// Sends GET path and spins the event loop until the answer arrives; nullopt if none came within timeout.
std::optional<Ui::ApiResponse> getAndWait(Ui::ApiClient &api, const QString &path,
                                          std::chrono::milliseconds timeout = 20s);

// Starts monitor if needed and waits for its next status other than Checking.
std::optional<Ui::HealthStatus> waitForSettledStatus(Ui::HealthMonitor &monitor,
                                                     std::chrono::milliseconds timeout = 20s);

// A password nobody wrote down: tests make up their own, as the server's users would.
QString newPassword();
// A fresh address for an account of one test.
QString newEmail(const QString &prefix);

// The real server with a first admin (BACKROOM_ADMIN_EMAIL/BACKROOM_ADMIN_PASSWORD, as an operator sets it
// up) and more accounts made through its API, as an admin makes them.
class StaffServer
{
public:
    // Starts the server; extraArgs go to `backroom-server serve`. False (see output()) if it did not start.
    bool start(const QStringList &extraArgs = {});
    QUrl url() const { return m_server.url(); }
    QString output() const { return m_server.output(); }
    Test::TestServer &server() { return m_server; }

    QString adminEmail() const { return m_adminEmail; }
    QString adminPassword() const { return m_adminPassword; }

    struct Created {
        QString id;
        QString email;
        QString password;
    };
    // Creates an account with these role names through POST /api/v1/users as the first admin; nullopt, with
    // the reason in *error, if the server refused.
    std::optional<Created> addUser(const QStringList &roles, QString *error = nullptr);
    // A customer, through POST /api/v1/auth/register.
    std::optional<Created> registerCustomer(QString *error = nullptr);
    // PATCH /api/v1/users/{id} as the first admin; the server's error message, empty on success.
    QString patchUser(const QString &id, const QJsonObject &changes);

private:
    // A session of the first admin, signed in on first use.
    Ui::Session *admin(QString *error);

    Test::TestServer m_server;
    QString m_adminEmail;
    QString m_adminPassword;
    std::unique_ptr<Ui::ApiClient> m_api;
    std::unique_ptr<Ui::Session> m_admin;
};

// Signs session in and waits; the failure's message, or empty on success.
QString signInAndWait(Ui::Session &session, const QUrl &server, const QString &email, const QString &password,
                      Ui::Session::Remember remember = Ui::Session::Remember::Nothing);

// Sends request through session and spins the event loop until the answer arrives.
std::optional<Ui::ApiResponse> sendAndWait(Ui::Session &session, const Ui::ApiRequest &request,
                                           std::chrono::milliseconds timeout = 20s);
// What went wrong with the answer to `what` (e.g. "POST /api/v1/warehouses"): empty when it succeeded, the
// server's message when refused, "no answer to <what>" when none came.
QString messageOf(const std::optional<Ui::ApiResponse> &response, const QString &what);

inline std::string str(const QString &text)
{
    return text.toStdString();
}

} // namespace Backroom::UiTest
