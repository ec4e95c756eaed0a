// SPDX-License-Identifier: MIT
#include "ui/dashboardview.h"

#include "ui/healthmonitor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

DashboardView::DashboardView(HealthMonitor *health, QWidget *parent)
    : QWidget(parent)
    , m_health(health)
{
    auto *heading = new QLabel(tr("Dashboard"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *serverBox = new QGroupBox(tr("Server"), this);
    m_server = valueLabel(u"server"_s, serverBox);
    m_state = valueLabel(u"state"_s, serverBox);
    m_serverVersion = valueLabel(u"serverVersion"_s, serverBox);
    m_schemaVersion = valueLabel(u"schemaVersion"_s, serverBox);
    m_checkedAt = valueLabel(u"checkedAt"_s, serverBox);
    m_details = valueLabel(u"details"_s, serverBox);
    auto *form = new QFormLayout;
    form->addRow(tr("Address:"), m_server);
    form->addRow(tr("Status:"), m_state);
    form->addRow(tr("Server version:"), m_serverVersion);
    form->addRow(tr("Database schema:"), m_schemaVersion);
    form->addRow(tr("Last checked:"), m_checkedAt);
    form->addRow(tr("Details:"), m_details);

    m_checkNow = new QPushButton(tr("Check &Now"), serverBox);
    m_checkNow->setObjectName(u"checkNow"_s);
    auto *connectButton = new QPushButton(tr("&Connect to Server…"), serverBox);
    connectButton->setObjectName(u"connect"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkNow);
    buttons->addWidget(connectButton);
    buttons->addStretch();

    auto *boxLayout = new QVBoxLayout(serverBox);
    boxLayout->addLayout(form);
    boxLayout->addLayout(buttons);

    auto *later = new QLabel(tr("Sales, stock and order figures will appear here as those areas become "
                                "available in later versions."),
                             this);
    later->setWordWrap(true);
    QFont laterFont = later->font();
    laterFont.setItalic(true);
    later->setFont(laterFont);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(serverBox);
    layout->addWidget(later);
    layout->addStretch();

    connect(m_checkNow, &QPushButton::clicked, m_health, &HealthMonitor::checkNow);
    connect(connectButton, &QPushButton::clicked, this, &DashboardView::connectRequested);
    connect(m_health, &HealthMonitor::statusChanged, this, &DashboardView::showStatus);
    showStatus(m_health->status());
}

void DashboardView::showStatus(const HealthStatus &status)
{
    using State = HealthStatus::State;
    const QString none = tr("—", "no value known");
    m_server->setText(status.server.isEmpty() ? tr("None chosen yet") : status.server.toDisplayString());
    m_state->setText(status.stateName());
    m_serverVersion->setText(status.state == State::Ready ? status.serverVersion : none);
    m_schemaVersion->setText(status.state == State::Ready ? QLocale().toString(status.schemaVersion) : none);
    m_checkedAt->setText(status.checkedAt.isValid() ? QLocale().toString(status.checkedAt.time(), QLocale::LongFormat)
                                                    : none);
    m_details->setText(status.reason.isEmpty() ? none : status.reason);
    m_checkNow->setEnabled(status.state != State::NotConnected);
}

} // namespace Backroom::Ui
