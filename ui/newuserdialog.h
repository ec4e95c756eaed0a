// SPDX-License-Identifier: MIT
#pragma once

#include "ui/usersmodel.h"

#include <QDialog>
#include <QHash>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
QT_END_NAMESPACE

namespace Backroom::Ui {

class Session;

// Creates a staff account (POST /api/v1/users); closes, accepted, once the server has created it, and stays
// open with the server's message when it has not (e.g. the email is taken). GUI thread.
class NewUserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewUserDialog(Session *session, QWidget *parent = nullptr);

    // The account as the server created it; valid once accepted.
    UserRow createdUser() const { return m_created; }

    void accept() override;

private:
    void showError(const QString &message, QWidget *field = nullptr);
    void setBusy(bool busy);

    Session *m_session;
    QLineEdit *m_email;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QHash<Domain::Role, QCheckBox *> m_boxes;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QObject *m_request = nullptr;
    UserRow m_created;
};

} // namespace Backroom::Ui
