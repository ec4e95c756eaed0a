// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QTabWidget;
QT_END_NAMESPACE

namespace Backroom::Ui {

class AuditLogModel;
class AuditLogView;
class SagaMonitorView;
class SagasModel;
class NotificationsModel;
class NotificationsView;
class Session;
class UsersModel;
class UsersView;
struct Account;

// The Admin area: the accounts and their roles, the audit log, the saga monitor and the customer mails that
// failed or wait; each tab only for an account that may use it. Loads when first shown and again when another
// account signs in. GUI thread.
class AdminView : public QWidget
{
    Q_OBJECT
public:
    enum class Tab { Users, AuditLog, Sagas, Notifications };

    explicit AdminView(Session *session, QWidget *parent = nullptr);

    // Whether the signed-in account may use tab.
    bool isTabAvailable(Tab tab) const;
    Tab currentTab() const;
    void showTab(Tab tab);

    // Whether a page of either list is on its way.
    bool isLoading() const;
    void reload();

    UsersView *usersView() const { return m_usersView; }
    AuditLogView *auditLogView() const { return m_auditView; }
    UsersModel *usersModel() const { return m_users; }
    AuditLogModel *auditLogModel() const { return m_audit; }
    SagaMonitorView *sagaMonitorView() const { return m_sagaView; }
    SagasModel *sagasModel() const { return m_sagas; }
    NotificationsView *notificationsView() const { return m_notificationsView; }
    NotificationsModel *notificationsModel() const { return m_notifications; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void accountChanged(const std::optional<Account> &account);
    QWidget *tabWidget(Tab tab) const;

    Session *m_session;
    UsersModel *m_users;
    AuditLogModel *m_audit;
    SagasModel *m_sagas;
    QTabWidget *m_tabs;
    UsersView *m_usersView;
    AuditLogView *m_auditView;
    SagaMonitorView *m_sagaView;
    NotificationsModel *m_notifications;
    NotificationsView *m_notificationsView;
    QString m_accountId; // whose lists these are
    bool m_loaded = false;
};

} // namespace Backroom::Ui
