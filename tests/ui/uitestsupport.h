// SPDX-License-Identifier: MIT
#pragma once

#include "ui/apiclient.h"
#include "ui/healthmonitor.h"

#include <QUrl>

#include <chrono>
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

inline std::string str(const QString &text)
{
    return text.toStdString();
}

} // namespace Backroom::UiTest
