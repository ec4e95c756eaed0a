// SPDX-License-Identifier: MIT
#include "ui/connectiondialog.h"

#include "ui/apiclient.h"
#include "ui/appsettings.h"
#include "ui/healthmonitor.h"
#include "ui/viewstyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

ConnectionDialog::ConnectionDialog(const QUrl &initialUrl, QWidget *parent)
    : QDialog(parent)
    , m_urlEdit(new QLineEdit(this))
    , m_urlError(new QLabel(this))
    , m_testButton(new QPushButton(tr("&Test Connection"), this))
    , m_testResult(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_probe(new ApiClient(this))
{
    setWindowTitle(tr("Connect to Server"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    auto *intro = new QLabel(tr("Enter the address of the Backroom server, as your administrator gave it to you."),
                             this);
    intro->setWordWrap(true);

    m_urlEdit->setObjectName(u"url"_s);
    m_urlEdit->setPlaceholderText(u"http://localhost:8080"_s);
    m_urlEdit->setText(initialUrl.toString());

    m_urlError->setObjectName(u"urlError"_s);
    m_urlError->setWordWrap(true);
    setErrorColour(m_urlError, true);

    m_testButton->setObjectName(u"testConnection"_s);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *form = new QFormLayout;
    auto *urlLabel = new QLabel(tr("Server &address:"), this);
    urlLabel->setBuddy(m_urlEdit);
    form->addRow(urlLabel, m_urlEdit);
    form->addRow(QString(), m_urlError);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_testButton, 0, Qt::AlignLeft);
    layout->addWidget(m_testResult);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_urlEdit, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    validate();
}

Domain::Result<QUrl> ConnectionDialog::parseServerUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Domain::fail(Domain::Error::validation(tr("Enter the server address, for example http://localhost:8080.")));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return Domain::fail(Domain::Error::validation(
            tr("This is not a valid address (%1). Use the form http://host:port, for example "
               "http://localhost:8080.")
                .arg(url.errorString())));
    if (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)
        return Domain::fail(Domain::Error::validation(tr("The address must start with http:// or https://.")));
    if (url.host().isEmpty())
        return Domain::fail(Domain::Error::validation(
            tr("The address needs a host name after %1://, for example %1://localhost:8080.").arg(url.scheme())));
    if (!url.userInfo().isEmpty())
        return Domain::fail(Domain::Error::validation(
            tr("Leave the user name and password out of the address; you sign in after connecting.")));
    if (url.hasQuery() || url.hasFragment())
        return Domain::fail(Domain::Error::validation(
            tr("The address must not contain a query (?…) or fragment (#…).")));
    return url;
}

void ConnectionDialog::validate()
{
    ++m_testGeneration;
    m_testResult->clear();
    const Domain::Result<QUrl> url = parseServerUrl(m_urlEdit->text());
    // An empty field is not an error yet: the placeholder already shows what to type.
    const bool showError = !url && !m_urlEdit->text().trimmed().isEmpty();
    m_urlError->setText(showError ? url.error().message : QString());
    m_urlError->setVisible(showError);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(url.has_value());
    m_testButton->setEnabled(url.has_value());
}

void ConnectionDialog::testConnection()
{
    const Domain::Result<QUrl> url = parseServerUrl(m_urlEdit->text());
    if (!url)
        return;
    const quint64 generation = ++m_testGeneration;
    m_testResult->setText(tr("Testing %1…").arg(url->toDisplayString()));
    m_testButton->setEnabled(false);
    m_probe->setBaseUrl(*url);
    m_probe->get(u"/readyz"_s, this, [this, generation, server = *url](const ApiResponse &response) {
        if (generation != m_testGeneration)
            return;
        m_testButton->setEnabled(true);
        const HealthStatus status = HealthMonitor::interpret(server, response);
        switch (status.state) {
        case HealthStatus::State::Ready:
            m_testResult->setText(tr("Connection works: Backroom server %1, database schema %2, ready.")
                                      .arg(status.serverVersion)
                                      .arg(status.schemaVersion));
            break;
        case HealthStatus::State::NotReady:
            m_testResult->setText(tr("The server answers but is not ready: %1").arg(status.reason));
            break;
        default:
            m_testResult->setText(status.reason);
            break;
        }
    });
}

void ConnectionDialog::accept()
{
    const Domain::Result<QUrl> url = parseServerUrl(m_urlEdit->text());
    if (!url)
        return;
    m_url = *url;
    AppSettings().setServerUrl(m_url);
    QDialog::accept();
}

} // namespace Backroom::Ui
