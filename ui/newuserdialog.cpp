// SPDX-License-Identifier: MIT
#include "ui/newuserdialog.h"

#include "domain/email.h"
#include "ui/session.h"
#include "ui/viewstyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

NewUserDialog::NewUserDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_email(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Staff Account"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    m_email->setObjectName(u"email"_s);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_name->setObjectName(u"name"_s);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Give it to the person in a safe way; they cannot see it anywhere in Backroom."));

    auto *form = new QFormLayout;
    auto *emailLabel = new QLabel(tr("&Email:"), this);
    emailLabel->setBuddy(m_email);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(emailLabel, m_email);
    form->addRow(nameLabel, m_name);
    form->addRow(passwordLabel, m_password);

    auto *rolesBox = new QGroupBox(tr("Roles"), this);
    auto *rolesLayout = new QVBoxLayout(rolesBox);
    for (Domain::Role role : Domain::allRoles()) {
        if (!Domain::isStaffRole(role))
            continue; // customers sign up on the storefront
        auto *box = new QCheckBox(UsersModel::roleTitle(role), rolesBox);
        box->setObjectName(u"role-"_s + Domain::roleName(role));
        m_boxes.insert(role, box);
        rolesLayout->addWidget(box);
    }

    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setErrorColour(m_error, true);
    m_error->setVisible(false);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create Account"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(rolesBox);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewUserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewUserDialog::reject);
}

void NewUserDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->setVisible(true);
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

void NewUserDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void NewUserDialog::accept()
{
    const Domain::Result<QString> email = Domain::parseEmail(m_email->text());
    if (!email) {
        showError(tr("Enter the email address the person signs in with, e.g. name@example.com."), m_email);
        return;
    }
    if (m_name->text().trimmed().isEmpty()) {
        showError(tr("Enter the person's name, as colleagues should see it."), m_name);
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter a first password for the account."), m_password);
        return;
    }
    QJsonArray roles;
    for (Domain::Role role : Domain::allRoles()) {
        if (m_boxes.contains(role) && m_boxes.value(role)->isChecked())
            roles.append(Domain::roleName(role));
    }
    if (roles.isEmpty()) {
        showError(tr("Tick at least one role: it decides what the account may use."));
        return;
    }

    m_error->setVisible(false);
    setBusy(true);
    delete m_request;
    m_request = new QObject(this);
    const QJsonObject body{{u"email"_s, *email},
                           {u"name"_s, m_name->text().trimmed()},
                           {u"password"_s, m_password->text()},
                           {u"roles"_s, roles}};
    m_session->post(u"/api/v1/users"_s, QJsonDocument(body), m_request, [this](const ApiResponse &response) {
        setBusy(false);
        if (!response.ok) {
            showError(response.errorMessage);
            return;
        }
        m_created = UserRow::fromJson(response.json.object()).value_or(UserRow{});
        m_password->clear();
        QDialog::accept();
    });
}

} // namespace Backroom::Ui
