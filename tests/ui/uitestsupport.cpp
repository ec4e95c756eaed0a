// SPDX-License-Identifier: MIT
#include "uitestsupport.h"

#include <QObject>
#include <QTcpServer>
#include <QTest>

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
