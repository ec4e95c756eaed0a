// SPDX-License-Identifier: MIT
#include "ui/usersview.h"

#include "ui/newuserdialog.h"
#include "ui/rolesdialog.h"
#include "ui/session.h"
#include "ui/usersmodel.h"
#include "ui/viewstyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

UsersView::UsersView(Session *session, UsersModel *model, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_newUser(new QPushButton(tr("&New Account…"), this))
    , m_changeRoles(new QPushButton(tr("Change &Roles…"), this))
    , m_toggleDisabled(new QPushButton(tr("&Disable"), this))
    , m_reload(new QPushButton(tr("Re&load"), this))
    , m_progress(new QProgressBar(this))
    , m_loadError(new QLabel(this))
    , m_message(new QLabel(this))
    , m_count(new QLabel(this))
{
    m_newUser->setObjectName(u"newUser"_s);
    m_changeRoles->setObjectName(u"changeRoles"_s);
    m_toggleDisabled->setObjectName(u"toggleDisabled"_s);
    m_reload->setObjectName(u"reloadUsers"_s);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_newUser, m_changeRoles, m_toggleDisabled, m_reload})
        buttons->addWidget(button);
    buttons->addStretch();

    m_progress->setObjectName(u"usersProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 2);
    for (QLabel *label : {m_loadError, m_message}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setVisible(false);
    }
    m_loadError->setObjectName(u"usersLoadError"_s);
    setErrorColour(m_loadError, true);
    m_message->setObjectName(u"usersMessage"_s);
    m_count->setObjectName(u"usersCount"_s);

    m_table->setObjectName(u"usersTable"_s);
    m_table->setModel(m_model);
    setUpListTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setColumnWidth(UsersModel::EmailColumn, fontMetrics().averageCharWidth() * 34);
    m_table->setColumnWidth(UsersModel::NameColumn, fontMetrics().averageCharWidth() * 26);
    m_table->setColumnWidth(UsersModel::RolesColumn, fontMetrics().averageCharWidth() * 36);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_loadError);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_newUser, &QPushButton::clicked, this, &UsersView::createUser);
    connect(m_changeRoles, &QPushButton::clicked, this, &UsersView::changeRoles);
    connect(m_toggleDisabled, &QPushButton::clicked, this, &UsersView::toggleDisabled);
    connect(m_reload, &QPushButton::clicked, m_model, &UsersModel::reload);
    connect(m_table, &QTableView::activated, this, &UsersView::changeRoles);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsersView::updateActions);
    connect(m_model, &UsersModel::dataChanged, this, &UsersView::updateActions);
    connect(m_model, &UsersModel::modelReset, this, &UsersView::updateActions);
    connect(m_model, &UsersModel::loadingChanged, this, &UsersView::showLoadState);
    connect(m_model, &UsersModel::pageLoaded, this, &UsersView::showLoadState);
    connect(m_model, &UsersModel::loadFailed, this, &UsersView::showLoadState);
    showLoadState();
    updateActions();
}

int UsersView::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void UsersView::showLoadState()
{
    m_progress->setVisible(m_model->isLoading() || m_request);
    const QString error = m_model->errorMessage();
    m_loadError->setText(
        error.isEmpty() ? QString() : tr("The accounts could not be loaded: %1\nChoose Reload to try again.").arg(error));
    m_loadError->setVisible(!error.isEmpty());
    const int rows = m_model->rowCount();
    if (m_model->isLoading())
        m_count->setText(tr("Loading accounts…"));
    else if (m_model->canFetchMore({}))
        m_count->setText(tr("Accounts shown: %L1; scroll down for more.").arg(rows));
    else
        m_count->setText(tr("Accounts: %L1").arg(rows));
}

void UsersView::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    setErrorColour(m_message, error);
    m_message->setVisible(!message.isEmpty());
}

void UsersView::updateActions()
{
    const UserRow *user = m_model->user(currentRow());
    m_changeRoles->setEnabled(user);
    m_toggleDisabled->setEnabled(user);
    m_toggleDisabled->setText(user && user->disabled ? tr("&Enable") : tr("&Disable"));
    const bool self = user && m_session->account() && m_session->account()->id == user->id;
    // Locking oneself out by accident is easy to do and hard to undo without another admin.
    if (self && !user->disabled)
        m_toggleDisabled->setEnabled(false);
    m_toggleDisabled->setToolTip(self ? tr("You cannot disable your own account.") : QString());
}

void UsersView::createUser()
{
    auto *dialog = new NewUserDialog(m_session, this);
    dialog->setObjectName(u"newUserDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const UserRow created = dialog->createdUser();
        showMessage(tr("The account %1 was created.").arg(created.email), false);
        m_model->reload();
    });
    dialog->open();
}

void UsersView::changeRoles()
{
    const UserRow *user = m_model->user(currentRow());
    if (!user)
        return;
    auto *dialog = new RolesDialog(m_session, *user, this);
    dialog->setObjectName(u"rolesDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const UserRow updated = dialog->updatedUser();
        m_model->updateUser(updated);
        showMessage(tr("The roles of %1 are now: %2.").arg(updated.email, UsersModel::rolesText(updated.roles)), false);
    });
    dialog->open();
}

void UsersView::toggleDisabled()
{
    const UserRow *current = m_model->user(currentRow());
    if (!current)
        return;
    const UserRow user = *current;
    if (user.disabled) {
        setDisabled(user, false);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Disable Account"),
                                tr("Disable the account %1? It can no longer sign in, and its sessions end. You can "
                                   "enable it again at any time.")
                                    .arg(user.email),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"confirmDisable"_s);
    box->addButton(tr("&Disable Account"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, user] { setDisabled(user, true); });
    box->open();
}

void UsersView::setDisabled(const UserRow &user, bool disabled)
{
    delete m_request;
    m_request = new QObject(this);
    showLoadState();
    m_session->send({QByteArrayLiteral("PATCH"), u"/api/v1/users/%1"_s.arg(user.id),
                     QJsonDocument(QJsonObject{{u"disabled"_s, disabled}}), {}, user.ifMatch()},
                    m_request, [this, user, disabled](const ApiResponse &response) {
                         std::exchange(m_request, nullptr)->deleteLater();
                         showLoadState();
                         if (!response.ok) {
                             showMessage((disabled ? tr("The account %1 could not be disabled: %2")
                                                   : tr("The account %1 could not be enabled: %2"))
                                             .arg(user.email, response.errorMessage),
                                         true);
                             return;
                         }
                         UserRow updated = UserRow::fromJson(response.json.object()).value_or(user);
                         // A server that leaves the flag out of its answer still did what was asked.
                         if (!response.json.object().contains("disabled"_L1))
                             updated.disabled = disabled;
                         m_model->updateUser(updated);
                         showMessage(disabled ? tr("The account %1 is disabled.").arg(user.email)
                                              : tr("The account %1 is enabled again.").arg(user.email),
                                     false);
                     });
}

} // namespace Backroom::Ui
