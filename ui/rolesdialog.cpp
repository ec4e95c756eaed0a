// SPDX-License-Identifier: MIT
#include "ui/rolesdialog.h"

#include "ui/session.h"
#include "ui/viewstyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

RolesDialog::RolesDialog(Session *session, const UserRow &user, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_user(user)
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Change Roles"));
    auto *intro = new QLabel(tr("Roles of %1. What each role may do takes effect at the account's next "
                                "sign-in or session renewal.")
                                 .arg(user.name.isEmpty() ? user.email : u"%1 (%2)"_s.arg(user.name, user.email)),
                             this);
    intro->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    for (Domain::Role role : Domain::allRoles()) {
        auto *box = new QCheckBox(UsersModel::roleTitle(role), this);
        box->setObjectName(u"role-"_s + Domain::roleName(role));
        box->setChecked(user.roles.contains(role));
        m_boxes.insert(role, box);
        layout->addWidget(box);
    }

    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setErrorColour(m_error, true);
    m_error->setVisible(false);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save Roles"));

    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RolesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RolesDialog::reject);
}

QList<Domain::Role> RolesDialog::checkedRoles() const
{
    QList<Domain::Role> roles;
    for (Domain::Role role : Domain::allRoles()) {
        if (m_boxes.value(role)->isChecked())
            roles.append(role);
    }
    return roles;
}

void RolesDialog::setChecked(Domain::Role role, bool checked)
{
    m_boxes.value(role)->setChecked(checked);
}

void RolesDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setEnabled(!busy);
}

void RolesDialog::accept()
{
    const QList<Domain::Role> roles = checkedRoles();
    if (roles.isEmpty()) {
        m_error->setText(tr("Tick at least one role. To stop someone from signing in, disable the account "
                            "instead."));
        m_error->setVisible(true);
        return;
    }
    QJsonArray names;
    for (Domain::Role role : roles)
        names.append(Domain::roleName(role));
    m_error->setVisible(false);
    setBusy(true);
    delete m_request;
    m_request = new QObject(this);
    m_session->send({QByteArrayLiteral("PATCH"), u"/api/v1/users/%1"_s.arg(m_user.id),
                     QJsonDocument(QJsonObject{{u"roles"_s, names}}), {}, m_user.ifMatch()},
                    m_request, [this](const ApiResponse &response) {
                         setBusy(false);
                         const std::optional<UserRow> updated =
                             response.ok ? UserRow::fromJson(response.json.object()) : std::nullopt;
                         if (!updated) {
                             m_error->setText(response.ok ? tr("The server changed the roles but did not send the "
                                                               "account back. Reload the list to see it.")
                                                          : response.errorMessage);
                             m_error->setVisible(true);
                             return;
                         }
                         m_updated = *updated;
                         QDialog::accept();
                     });
}

} // namespace Backroom::Ui
