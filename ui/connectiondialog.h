// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QDialog>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace Backroom::Ui {

class ApiClient;

// Asks for the server's address, checks it as it is typed, can try it out (GET /readyz), and remembers it in
// AppSettings when accepted.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(const QUrl &initialUrl, QWidget *parent = nullptr);

    // The accepted address; valid once the dialog is accepted.
    QUrl serverUrl() const { return m_url; }

    // An http or https URL with a host, no user info, query or fragment; surrounding blanks are ignored.
    // Fails with Validation and a message saying what to change.
    static Domain::Result<QUrl> parseServerUrl(const QString &text);

    void accept() override;

private:
    void validate();
    void testConnection();

    QLineEdit *m_urlEdit;
    QLabel *m_urlError;
    QPushButton *m_testButton;
    QLabel *m_testResult;
    QDialogButtonBox *m_buttons;
    ApiClient *m_probe;
    QUrl m_url;
    // Bumped whenever the address changes, so a test answer for an older address is not shown.
    quint64 m_testGeneration = 0;
};

} // namespace Backroom::Ui
