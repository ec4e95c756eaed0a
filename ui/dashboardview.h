// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace Backroom::Ui {

class HealthMonitor;
struct HealthStatus;

// The first page: which server the program talks to and what that server says about itself, as the
// HealthMonitor last saw it. Figures from the other areas join it as those areas arrive.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(HealthMonitor *health, QWidget *parent = nullptr);

signals:
    void connectRequested();

private:
    void showStatus(const HealthStatus &status);

    HealthMonitor *m_health;
    QLabel *m_server;
    QLabel *m_state;
    QLabel *m_serverVersion;
    QLabel *m_schemaVersion;
    QLabel *m_checkedAt;
    QLabel *m_details;
    QPushButton *m_checkNow;
};

} // namespace Backroom::Ui
