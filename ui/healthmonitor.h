// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace Backroom::Ui {

class ApiClient;
struct ApiResponse;

struct HealthStatus {
    enum class State {
        NotConnected, // no server address is set
        Checking,     // the first check of this server is under way
        Ready,        // /readyz answered ready
        NotReady,     // the server answered, but is not ready (e.g. its database is down) or is no Backroom
        Unreachable,  // no HTTP answer: refused, unknown host, timeout, TLS failure
    };

    State state = State::NotConnected;
    QUrl server;
    QString reason;        // NotReady and Unreachable: what is wrong, for a person
    QString serverVersion; // Ready only
    int schemaVersion = 0; // Ready only
    QDateTime checkedAt;   // when the answer (or failure) arrived; invalid before the first one

    // One line for the status bar, e.g. "Connected to http://… — ready (server 0.1.0, schema 1)".
    QString summary() const;
    // The state alone, e.g. "Ready" or "Unreachable".
    QString stateName() const;
};

// Polls the server's /readyz on an interval and reports what it finds. Follows the ApiClient's base URL:
// a new URL is checked at once. Only one check is ever in flight; the next is scheduled after it ends.
// Lives on, and is called from, the GUI thread.
class HealthMonitor : public QObject
{
    Q_OBJECT
public:
    explicit HealthMonitor(ApiClient *api, QObject *parent = nullptr);

    std::chrono::milliseconds interval() const { return m_interval; }
    void setInterval(std::chrono::milliseconds interval);

    // Starts polling (checking at once when a server is set); stop() ends it and ignores answers in flight.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Checks now unless a check is already in flight.
    void checkNow();

    HealthStatus status() const { return m_status; }

    // What a /readyz answer from server means.
    static HealthStatus interpret(const QUrl &server, const ApiResponse &response);

signals:
    // After every finished check, and when the server changes.
    void statusChanged(const Backroom::Ui::HealthStatus &status);

private:
    void serverChanged();
    void setStatus(const HealthStatus &status);

    ApiClient *m_api;
    QTimer m_timer;
    std::chrono::milliseconds m_interval{std::chrono::seconds(5)};
    HealthStatus m_status;
    // Answers from an earlier server or an earlier start() carry an older generation and are dropped.
    quint64 m_generation = 0;
    bool m_inFlight = false;
    bool m_running = false;
};

} // namespace Backroom::Ui
