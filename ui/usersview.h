// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace Backroom::Ui {

class Session;
class UsersModel;
struct UserRow;

// The accounts of the server for admins: a paged table (email, name, roles, status), creating staff
// accounts, changing roles, disabling and enabling. GUI thread.
class UsersView : public QWidget
{
    Q_OBJECT
public:
    UsersView(Session *session, UsersModel *model, QWidget *parent = nullptr);

    // The row of the table's current account, or -1.
    int currentRow() const;

    void createUser();
    void changeRoles();
    // Disables the current account (after asking) or enables it again.
    void toggleDisabled();

private:
    void updateActions();
    void showLoadState();
    void showMessage(const QString &message, bool error);
    void setDisabled(const UserRow &user, bool disabled);

    Session *m_session;
    UsersModel *m_model;
    QTableView *m_table;
    QPushButton *m_newUser;
    QPushButton *m_changeRoles;
    QPushButton *m_toggleDisabled;
    QPushButton *m_reload;
    QProgressBar *m_progress;
    QLabel *m_loadError;
    QLabel *m_message; // the outcome of the last change
    QLabel *m_count;
    QObject *m_request = nullptr;
};

} // namespace Backroom::Ui
