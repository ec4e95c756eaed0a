// SPDX-License-Identifier: MIT
#include "ui/healthmonitor.h"

#include "ui/apiclient.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

QString HealthStatus::stateName() const
{
    switch (state) {
    case State::NotConnected:
        return HealthMonitor::tr("Not connected");
    case State::Checking:
        return HealthMonitor::tr("Checking…");
    case State::Ready:
        return HealthMonitor::tr("Ready");
    case State::NotReady:
        return HealthMonitor::tr("Not ready");
    case State::Unreachable:
        return HealthMonitor::tr("Unreachable");
    }
    return {};
}

QString HealthStatus::summary() const
{
    const QString address = server.toDisplayString();
    switch (state) {
    case State::NotConnected:
        return HealthMonitor::tr("Not connected to a server: choose File › Connect to Server…");
    case State::Checking:
        return HealthMonitor::tr("Checking %1…").arg(address);
    case State::Ready:
        return HealthMonitor::tr("Connected to %1 — ready (server %2, schema %3)")
            .arg(address, serverVersion)
            .arg(schemaVersion);
    case State::NotReady:
        return HealthMonitor::tr("Server at %1 is not ready: %2").arg(address, reason);
    case State::Unreachable:
        return HealthMonitor::tr("Cannot reach %1: %2").arg(address, reason);
    }
    return {};
}

HealthMonitor::HealthMonitor(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HealthMonitor::checkNow);
    connect(m_api, &ApiClient::baseUrlChanged, this, &HealthMonitor::serverChanged);
    m_status.server = m_api->baseUrl();
    if (!m_status.server.isEmpty())
        m_status.state = HealthStatus::State::Checking;
}

void HealthMonitor::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
}

void HealthMonitor::start()
{
    if (m_running)
        return;
    m_running = true;
    checkNow();
}

void HealthMonitor::stop()
{
    m_running = false;
    m_timer.stop();
    ++m_generation;
    m_inFlight = false;
}

void HealthMonitor::checkNow()
{
    if (!m_running || m_inFlight || m_api->baseUrl().isEmpty())
        return;
    m_timer.stop();
    m_inFlight = true;
    const quint64 generation = m_generation;
    const QUrl server = m_api->baseUrl();
    m_api->get(u"/readyz"_s, this, [this, generation, server](const ApiResponse &response) {
        if (generation != m_generation)
            return;
        m_inFlight = false;
        setStatus(interpret(server, response));
        if (m_running)
            m_timer.start(m_interval);
    });
}

HealthStatus HealthMonitor::interpret(const QUrl &server, const ApiResponse &response)
{
    HealthStatus status;
    status.server = server;
    status.checkedAt = QDateTime::currentDateTime();
    if (response.ok) {
        const QJsonObject body = response.json.object();
        if (body.value("status"_L1).toString() == "ready"_L1) {
            status.state = HealthStatus::State::Ready;
            status.serverVersion = body.value("version"_L1).toString();
            status.schemaVersion = body.value("schema_version"_L1).toInt();
        } else {
            status.state = HealthStatus::State::NotReady;
            status.reason = tr("Its /readyz answer does not say it is ready. Check that the address points at a "
                               "Backroom server.");
        }
    } else if (response.httpStatus == 0) {
        status.state = HealthStatus::State::Unreachable;
        status.reason = response.errorMessage;
    } else {
        status.state = HealthStatus::State::NotReady;
        status.reason = response.problem && !response.problem->detail.isEmpty() ? response.problem->detail
                                                                                  : response.errorMessage;
    }
    return status;
}

void HealthMonitor::serverChanged()
{
    ++m_generation;
    m_inFlight = false;
    m_timer.stop();
    HealthStatus status;
    status.server = m_api->baseUrl();
    status.state = status.server.isEmpty() ? HealthStatus::State::NotConnected : HealthStatus::State::Checking;
    setStatus(status);
    checkNow();
}

void HealthMonitor::setStatus(const HealthStatus &status)
{
    m_status = status;
    emit statusChanged(m_status);
}

} // namespace Backroom::Ui
