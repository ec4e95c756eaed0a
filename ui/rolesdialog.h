// SPDX-License-Identifier: MIT
#pragma once

#include "ui/usersmodel.h"

#include <QDialog>
#include <QHash>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
QT_END_NAMESPACE

namespace Backroom::Ui {

class Session;

// Changes the roles of one account (PATCH /api/v1/users/{id}); closes, accepted, once the server has taken
// them, and stays open with the server's message when it has not. GUI thread.
class RolesDialog : public QDialog
{
    Q_OBJECT
public:
    RolesDialog(Session *session, const UserRow &user, QWidget *parent = nullptr);

    QList<Domain::Role> checkedRoles() const;
    void setChecked(Domain::Role role, bool checked);
    // The account as the server returned it; valid once accepted.
    UserRow updatedUser() const { return m_updated; }

    void accept() override;

private:
    void setBusy(bool busy);

    Session *m_session;
    UserRow m_user;
    UserRow m_updated;
    QHash<Domain::Role, QCheckBox *> m_boxes;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QObject *m_request = nullptr;
};

} // namespace Backroom::Ui
