// SPDX-License-Identifier: MIT
#include "ui/logindialog.h"

#include "domain/email.h"
#include "ui/appsettings.h"
#include "ui/connectiondialog.h"
#include "ui/session.h"
#include "ui/tokenstore.h"
#include "ui/viewstyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

LoginDialog::LoginDialog(Session *session, Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_purpose(purpose)
    , m_notice(newMessageLabel(u"notice"_s, this))
    , m_serverEdit(new QLineEdit(this))
    , m_emailEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_staySignedIn(new QCheckBox(tr("S&tay signed in on this computer"), this))
    , m_keychainNote(newMessageLabel(u"keychainNote"_s, this))
    , m_error(newMessageLabel(u"error"_s, this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(tr("Signing in…"), this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(purpose == Purpose::SessionEnded ? tr("Sign In Again") : tr("Sign In to Backroom"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    auto *intro = new QLabel(purpose == Purpose::SessionEnded
                                 ? tr("Sign in again to continue. Everything open in the window stays as it is, "
                                      "and what was waiting for the server is sent once you are signed in.")
                                 : tr("Sign in with the staff account your administrator gave you."),
                             this);
    intro->setObjectName(u"intro"_s);
    intro->setWordWrap(true);

    QFont noticeFont = m_notice->font();
    noticeFont.setBold(true);
    m_notice->setFont(noticeFont);

    m_serverEdit->setObjectName(u"server"_s);
    m_serverEdit->setPlaceholderText(u"http://localhost:8080"_s);
    m_serverEdit->setText(AppSettings().serverUrl().toString());
    // The work waiting in the window belongs to this server.
    m_serverEdit->setReadOnly(purpose == Purpose::SessionEnded);
    m_emailEdit->setObjectName(u"email"_s);
    m_emailEdit->setPlaceholderText(tr("name@example.com"));
    m_emailEdit->setText(AppSettings().lastEmail());
    m_passwordEdit->setObjectName(u"password"_s);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_staySignedIn->setObjectName(u"staySignedIn"_s);
    m_staySignedIn->setChecked(AppSettings().staySignedIn());
    m_staySignedIn->setToolTip(tr("Keeps the sign-in in your system keychain, so Backroom does not ask for the "
                                  "password at the next start. Never stored anywhere else."));

    setErrorColour(m_error, true);
    m_error->setAccessibleName(tr("Sign-in error"));

    m_progress->setObjectName(u"progress"_s);
    m_progress->setRange(0, 0); // busy: a sign-in has no measurable steps
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height());
    m_progressLabel->setObjectName(u"progressLabel"_s);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progress, 1);

    auto *form = new QFormLayout;
    auto *serverLabel = new QLabel(tr("Server &address:"), this);
    serverLabel->setBuddy(m_serverEdit);
    auto *emailLabel = new QLabel(tr("&Email:"), this);
    emailLabel->setBuddy(m_emailEdit);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_passwordEdit);
    form->addRow(serverLabel, m_serverEdit);
    form->addRow(emailLabel, m_emailEdit);
    form->addRow(passwordLabel, m_passwordEdit);
    form->addRow(QString(), m_staySignedIn);
    form->addRow(QString(), m_keychainNote);

    m_signInButton = m_buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(u"signIn"_s);
    m_signInButton->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancel"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(progressRow);
    layout->addStretch();
    layout->addWidget(m_buttons);

    setTabOrder(m_serverEdit, m_emailEdit);
    setTabOrder(m_emailEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_staySignedIn);
    setTabOrder(m_staySignedIn, m_signInButton);
    setTabOrder(m_signInButton, cancel);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    // A changed field makes an old error stale.
    for (QLineEdit *edit : {m_serverEdit, m_emailEdit, m_passwordEdit})
        connect(edit, &QLineEdit::textEdited, m_error, [this] { m_error->setVisible(false); });
    if (TokenStore *store = m_session->tokenStore())
        connect(store, &TokenStore::availabilityChanged, this, &LoginDialog::updateKeychainAvailability);
    updateKeychainAvailability();
    setSigningIn(false);
}

void LoginDialog::setServerUrl(const QUrl &url)
{
    m_serverEdit->setText(url.toString());
}

void LoginDialog::setEmail(const QString &email)
{
    m_emailEdit->setText(email);
}

void LoginDialog::setNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    QLineEdit *first = m_passwordEdit;
    if (m_serverEdit->text().trimmed().isEmpty())
        first = m_serverEdit;
    else if (m_emailEdit->text().trimmed().isEmpty())
        first = m_emailEdit;
    first->setFocus(Qt::OtherFocusReason);
}

void LoginDialog::updateKeychainAvailability()
{
    if (m_signedIn)
        return; // the note holds the warning of this sign-in
    const TokenStore *store = m_session->tokenStore();
    const bool unavailable = !store || store->availability() == TokenStore::Availability::Unavailable;
    m_staySignedIn->setEnabled(!unavailable && !m_signingIn);
    if (unavailable) {
        m_staySignedIn->setChecked(false);
        m_keychainNote->setText(store ? store->unavailableReason()
                                      : tr("This program keeps no sign-in: it has no access to a system keychain."));
    }
    m_keychainNote->setVisible(unavailable && !m_keychainNote->text().isEmpty());
}

void LoginDialog::setSigningIn(bool signingIn)
{
    m_signingIn = signingIn;
    m_serverEdit->setEnabled(!signingIn);
    m_emailEdit->setEnabled(!signingIn);
    m_passwordEdit->setEnabled(!signingIn);
    m_signInButton->setEnabled(!signingIn);
    m_progress->setVisible(signingIn);
    m_progressLabel->setVisible(signingIn);
    updateKeychainAvailability();
}

void LoginDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->setVisible(true);
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

void LoginDialog::accept()
{
    if (m_signedIn) { // the person has read the keychain warning
        finish();
        return;
    }
    if (m_signingIn)
        return;
    const Domain::Result<QUrl> server = ConnectionDialog::parseServerUrl(m_serverEdit->text());
    if (!server) {
        showError(server.error().message, m_serverEdit);
        return;
    }
    if (!Domain::parseEmail(m_emailEdit->text())) {
        showError(m_emailEdit->text().trimmed().isEmpty()
                      ? tr("Enter the email address of your account.")
                      : tr("“%1” is not an email address. Enter it as name@example.com.").arg(m_emailEdit->text().trimmed()),
                  m_emailEdit);
        return;
    }
    if (m_passwordEdit->text().isEmpty()) {
        showError(tr("Enter your password."), m_passwordEdit);
        return;
    }

    // Unticked, the keychain is cleaned up only when an earlier sign-in asked it to keep something: a
    // person who never ticked the box gets no keychain prompts and no keychain errors.
    Session::Remember remember = Session::Remember::Nothing;
    if (m_staySignedIn->isEnabled() && m_staySignedIn->isChecked())
        remember = Session::Remember::Yes;
    else if (AppSettings().staySignedIn())
        remember = Session::Remember::No;
    m_error->setVisible(false);
    setSigningIn(true);
    delete m_attempt;
    m_attempt = new QObject(this);
    m_session->signIn(*server, m_emailEdit->text(), m_passwordEdit->text(), remember, m_attempt,
                      [this, server = *server](const Session::SignInResult &result) {
                          setSigningIn(false);
                          if (!result.status) {
                              m_passwordEdit->selectAll();
                              showError(result.status.error().message, m_passwordEdit);
                              return;
                          }
                          AppSettings settings;
                          settings.setServerUrl(server);
                          if (m_session->account())
                              settings.setLastEmail(m_session->account()->email);
                          settings.setStaySignedIn(m_staySignedIn->isChecked());
                          m_passwordEdit->clear();
                          if (result.keychainWarning.isEmpty()) {
                              finish();
                              return;
                          }
                          // Signed in, but the next start will ask again: say why before going on.
                          m_signedIn = true;
                          m_staySignedIn->setChecked(false);
                          m_staySignedIn->setEnabled(false);
                          m_keychainNote->setText(result.keychainWarning);
                          m_keychainNote->setVisible(true);
                          for (QWidget *field : {static_cast<QWidget *>(m_serverEdit), static_cast<QWidget *>(m_emailEdit),
                                                 static_cast<QWidget *>(m_passwordEdit)})
                              field->setEnabled(false);
                          m_signInButton->setText(tr("&Continue"));
                          m_signInButton->setFocus(Qt::OtherFocusReason);
                      });
}

void LoginDialog::finish()
{
    delete std::exchange(m_attempt, nullptr);
    QDialog::accept();
}

void LoginDialog::reject()
{
    if (m_signedIn) { // signed in already; closing only skips reading the warning
        finish();
        return;
    }
    if (m_signingIn) {
        delete std::exchange(m_attempt, nullptr); // aborts what is under way
        setSigningIn(false);
        showError(tr("Signing in was cancelled."));
        return;
    }
    QDialog::reject();
}

} // namespace Backroom::Ui
