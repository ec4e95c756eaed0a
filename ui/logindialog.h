// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace Backroom::Ui {

class Session;

// Asks for the server, email and password and signs the Session in; closes (accepted) once that worked,
// and stays open showing the server's message when it did not. "Stay signed in" keeps the sign-in in the
// system keychain; when the keychain is unavailable the box is off and says why. Remembers the server,
// email and the box's state in AppSettings on success. GUI thread.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose {
        SignIn,        // at start, after signing out
        SessionEnded,  // over an open window: same server, the work in the window waits
    };

    LoginDialog(Session *session, Purpose purpose, QWidget *parent = nullptr);

    // Start values; the defaults come from AppSettings.
    void setServerUrl(const QUrl &url);
    void setEmail(const QString &email);
    // Shown above the form, e.g. why the session ended or why the remembered sign-in did not work.
    void setNotice(const QString &notice);

    bool isSigningIn() const { return m_signingIn; }

    // Signs in with what the form holds; the dialog closes once that worked.
    void accept() override;
    // Also abandons a sign-in under way.
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateKeychainAvailability();
    void setSigningIn(bool signingIn);
    void showError(const QString &message, QWidget *field = nullptr);
    void finish();

    Session *m_session;
    Purpose m_purpose;
    QLabel *m_notice;
    QLineEdit *m_serverEdit;
    QLineEdit *m_emailEdit;
    QLineEdit *m_passwordEdit;
    QCheckBox *m_staySignedIn;
    QLabel *m_keychainNote;
    QLabel *m_error;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signInButton;
    // The context of the sign-in under way; deleting it abandons that sign-in.
    QObject *m_attempt = nullptr;
    bool m_signingIn = false;
    bool m_signedIn = false; // waiting for the person to read a keychain warning
};

} // namespace Backroom::Ui
