// SPDX-License-Identifier: MIT
#include "ui/adminview.h"

#include "ui/auditlogmodel.h"
#include "ui/auditlogview.h"
#include "ui/sagamonitorview.h"
#include "ui/sagasmodel.h"
#include "ui/notificationsview.h"
#include "ui/session.h"
#include "ui/usersmodel.h"
#include "ui/usersview.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

AdminView::AdminView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_users(new UsersModel(session, this))
    , m_audit(new AuditLogModel(session, this))
    , m_sagas(new SagasModel(session, this))
    , m_tabs(new QTabWidget(this))
    , m_usersView(new UsersView(session, m_users, m_tabs))
    , m_auditView(new AuditLogView(m_audit, m_users, m_tabs))
    , m_sagaView(new SagaMonitorView(session, m_sagas, m_tabs))
    , m_notifications(new NotificationsModel(session, this))
    , m_notificationsView(new NotificationsView(session, m_notifications, m_tabs))
{
    auto *heading = new QLabel(tr("Admin"), this);
    heading->setObjectName(u"heading"_s);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_tabs->setObjectName(u"adminTabs"_s);
    m_usersView->setObjectName(u"users"_s);
    m_auditView->setObjectName(u"auditLog"_s);
    m_tabs->addTab(m_usersView, tr("&Users and Roles"));
    m_tabs->addTab(m_auditView, tr("Audit Lo&g"));
    m_sagaView->setObjectName(u"sagaMonitor"_s);
    m_tabs->addTab(m_sagaView, tr("&Sagas"));
    m_notificationsView->setObjectName(u"notifications"_s);
    m_tabs->addTab(m_notificationsView, tr("&Notifications"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);

    connect(m_session, &Session::accountChanged, this, &AdminView::accountChanged);
    accountChanged(m_session->account());
}

QWidget *AdminView::tabWidget(Tab tab) const
{
    switch (tab) {
    case Tab::Users:
        return m_usersView;
    case Tab::AuditLog:
        return m_auditView;
    case Tab::Sagas:
        return m_sagaView;
    case Tab::Notifications:
        return m_notificationsView;
    }
    return m_usersView;
}

bool AdminView::isTabAvailable(Tab tab) const
{
    return m_tabs->isTabVisible(m_tabs->indexOf(tabWidget(tab)));
}

AdminView::Tab AdminView::currentTab() const
{
    for (Tab tab : {Tab::Users, Tab::AuditLog, Tab::Sagas, Tab::Notifications})
        if (m_tabs->currentWidget() == tabWidget(tab))
            return tab;
    return Tab::Users;
}

void AdminView::showTab(Tab tab)
{
    m_tabs->setCurrentWidget(tabWidget(tab));
}

bool AdminView::isLoading() const
{
    return m_users->isLoading() || m_audit->isLoading() || m_sagas->isLoading() || m_notifications->isLoading();
}

void AdminView::accountChanged(const std::optional<Account> &account)
{
    const bool users = account && account->may(Domain::Permission::UsersManage);
    const bool audit = account && account->may(Domain::Permission::AuditRead);
    m_tabs->setTabVisible(m_tabs->indexOf(m_usersView), users);
    m_tabs->setTabVisible(m_tabs->indexOf(m_auditView), audit);
    m_tabs->setTabVisible(m_tabs->indexOf(m_sagaView), account && account->may(Domain::Permission::SystemManage));
    m_tabs->setTabVisible(m_tabs->indexOf(m_notificationsView), account && account->may(Domain::Permission::SystemManage));
    // Another account sees the lists afresh; the same one signing in again keeps its place in them.
    const QString id = account ? account->id : QString();
    if (id == m_accountId)
        return;
    m_accountId = id;
    m_loaded = false;
    if (isVisible() && account)
        reload();
}

void AdminView::reload()
{
    const std::optional<Account> &account = m_session->account();
    if (!account)
        return;
    m_loaded = true;
    if (account->may(Domain::Permission::UsersManage))
        m_users->reload();
    if (account->may(Domain::Permission::AuditRead))
        m_audit->reload();
    if (account->may(Domain::Permission::SystemManage)) {
        m_sagaView->reload();
        m_notifications->reload();
    }
}

void AdminView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

} // namespace Backroom::Ui
