// SPDX-License-Identifier: MIT
#include "ui/mainwindow.h"

#include "ui/adminview.h"
#include "ui/apiclient.h"
#include "ui/appsettings.h"
#include "ui/areaview.h"
#include "ui/catalogview.h"
#include "ui/connectiondialog.h"
#include "ui/customersview.h"
#include "ui/dashboardview.h"
#include "ui/healthmonitor.h"
#include "ui/languageloader.h"
#include "ui/ordersview.h"
#include "ui/refundsview.h"
#include "ui/sagamonitorview.h"
#include "ui/session.h"
#include "ui/shipmentsview.h"
#include "ui/stockview.h"
#include "ui/usersmodel.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMetaEnum>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {

QString areaPurpose(MainWindow::Area area)
{
    using Area = MainWindow::Area;
    switch (area) {
    case Area::Dashboard:
        return {};
    case Area::Catalog:
        return MainWindow::tr("Products, variants, categories, prices and promotions: create and edit them, change "
                              "many at once, import and export them as CSV, and manage their images.");
    case Area::Stock:
        return MainWindow::tr("Stock per warehouse: receive goods, count and correct stock with a scan field, move "
                              "stock between warehouses, and act on low-stock alerts.");
    case Area::Orders:
        return MainWindow::tr("Find any order fast, read its timeline, cancel it, and pick, pack and ship it with "
                              "printed packing slips.");
    case Area::Refunds:
        return MainWindow::tr("Partial and full refunds, with or without restocking, and where each one stands.");
    case Area::Shipments:
        return MainWindow::tr("Shipments and their tracking, as the carriers report it.");
    case Area::Customers:
        return MainWindow::tr("Customers and the history of their orders, refunds and shipments.");
    case Area::Admin:
        return MainWindow::tr("Users and roles, warehouses, webhooks, and the audit log of who changed what.");
    }
    return {};
}

QString effectiveLanguage()
{
    const QString code = QLocale::languageToCode(QLocale().language());
    return LanguageLoader::isSupported(code) ? code : u"en"_s;
}

} // namespace

MainWindow::MainWindow(Session *session, HealthMonitor *health, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_api(session->api())
    , m_health(health)
    , m_frame(new QStackedWidget(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_healthLabel(new QLabel(this))
    , m_accountLabel(new QLabel(this))
    , m_areaActions(new QActionGroup(this))
{
    setWindowTitle(tr("Backroom"));

    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(2);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.15);
    m_navigation->setFont(navigationFont);

    m_pages->setObjectName(u"pages"_s);
    for (Area area : areas()) {
        auto *item = new QListWidgetItem(areaTitle(area), m_navigation);
        item->setData(Qt::UserRole, QVariant::fromValue(area));
        QWidget *page = nullptr;
        if (area == Area::Dashboard) {
            auto *dashboard = new DashboardView(m_session, m_health, m_pages);
            connect(dashboard, &DashboardView::connectRequested, this, &MainWindow::connectToServer);
            connect(dashboard, &DashboardView::cardActivated, this, [this, dashboard](DashboardView::Card card) {
                openAttention(card, dashboard->attention());
            });
            page = dashboard;
        } else if (area == Area::Catalog) {
            m_catalogView = new CatalogView(m_session, m_pages);
            page = m_catalogView;
        } else if (area == Area::Stock) {
            m_stockView = new StockView(m_session, {}, m_pages);
            page = m_stockView;
        } else if (area == Area::Orders) {
            m_ordersView = new OrdersView(m_session, m_pages);
            page = m_ordersView;
        } else if (area == Area::Refunds) {
            page = new RefundsView(m_session, m_pages);
        } else if (area == Area::Shipments) {
            page = new ShipmentsView(m_session, m_pages);
        } else if (area == Area::Customers) {
            page = new CustomersView(m_session, m_pages);
        } else if (area == Area::Admin) {
            m_adminView = new AdminView(m_session, m_pages);
            page = m_adminView;
        } else {
            page = new AreaView(areaTitle(area), areaPurpose(area), m_pages);
        }
        page->setObjectName(areaKey(area));
        m_pages->addWidget(page);
    }
    const int navigationWidth = m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 48;
    m_navigation->setMinimumWidth(navigationWidth);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, false);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({navigationWidth, width() - navigationWidth});
    m_frame->setObjectName(u"frame"_s);
    m_frame->addWidget(splitter);
    m_frame->addWidget(createSignedOutPage());
    setCentralWidget(m_frame);

    m_healthLabel->setObjectName(u"health"_s);
    // Ignored width: a long message is cut at the window's edge instead of widening the window; the tooltip
    // keeps all of it. Not permanent, so that a passing message (e.g. a keychain warning) can take its place.
    m_healthLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_healthLabel, 1);
    m_accountLabel->setObjectName(u"account"_s);
    statusBar()->addPermanentWidget(m_accountLabel);

    createMenus();

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::areaSelected);
    connect(m_health, &HealthMonitor::statusChanged, this, &MainWindow::showHealth);
    showHealth(m_health->status());
    connect(m_session, &Session::accountChanged, this, &MainWindow::showAccount);
    connect(m_session, &Session::stateChanged, this, &MainWindow::showSessionState);
    connect(m_session, &Session::signInRequired, this, &MainWindow::sessionEnded);
    connect(m_session, &Session::warning, this, [this](const QString &message) {
        statusBar()->showMessage(message, 30'000);
    });

    m_navigation->setCurrentRow(0);
    showAccount(m_session->account());
    setTabOrder(m_navigation, m_pages);
    m_navigation->setFocus();

    resize(1100, 700);
    restoreGeometry(AppSettings().mainWindowGeometry());
}

QList<MainWindow::Area> MainWindow::areas()
{
    return {Area::Dashboard, Area::Catalog, Area::Stock,     Area::Orders,
            Area::Refunds,   Area::Shipments, Area::Customers, Area::Admin};
}

bool MainWindow::mayUse(Area area, const Account &account)
{
    using Domain::Permission;
    switch (area) {
    case Area::Dashboard:
        return account.hasBackOfficeAccess();
    case Area::Catalog:
        return account.may(Permission::CatalogWrite) || account.may(Permission::VendorProducts);
    case Area::Stock:
        return account.may(Permission::InventoryRead);
    case Area::Orders:
        return account.may(Permission::OrdersRead);
    case Area::Refunds:
        return account.may(Permission::RefundsCreate);
    case Area::Shipments:
        return account.may(Permission::ShipmentsManage);
    case Area::Customers:
        return account.may(Permission::CustomersRead);
    case Area::Admin:
        return account.may(Permission::UsersManage) || account.may(Permission::AuditRead);
    }
    return false;
}

QList<MainWindow::Area> MainWindow::availableAreas() const
{
    QList<Area> available;
    if (const std::optional<Account> &account = m_session->account()) {
        for (Area area : areas()) {
            if (mayUse(area, *account))
                available.append(area);
        }
    }
    return available;
}

bool MainWindow::isAreaLoading(Area area) const
{
    if (area == Area::Dashboard)
        return static_cast<DashboardView *>(areaView(Area::Dashboard))->isLoading();
    if (area == Area::Catalog)
        return m_catalogView->isLoading();
    if (area == Area::Stock)
        return m_stockView->isLoading();
    if (area == Area::Orders)
        return m_ordersView->isLoading();
    return area == Area::Admin && m_adminView->isLoading();
}

QString MainWindow::areaKey(Area area)
{
    return QString::fromLatin1(QMetaEnum::fromType<Area>().valueToKey(int(area))).toLower();
}

QString MainWindow::areaTitle(Area area)
{
    switch (area) {
    case Area::Dashboard:
        return tr("Dashboard");
    case Area::Catalog:
        return tr("Catalog");
    case Area::Stock:
        return tr("Stock");
    case Area::Orders:
        return tr("Orders");
    case Area::Refunds:
        return tr("Refunds");
    case Area::Shipments:
        return tr("Shipments");
    case Area::Customers:
        return tr("Customers");
    case Area::Admin:
        return tr("Admin");
    }
    return {};
}

MainWindow::Area MainWindow::currentArea() const
{
    return areas().value(m_pages->currentIndex());
}

void MainWindow::openAttention(DashboardView::Card card, const QJsonObject &attention)
{
    switch (card) {
    case DashboardView::Card::LowStock:
        showArea(Area::Stock);
        if (m_stockView)
            m_stockView->showTab(StockView::LowStockTab);
        return;
    case DashboardView::Card::LateOrders: {
        showArea(Area::Orders);
        OrderFilter late;
        late.status = Domain::OrderStatus::Confirmed;
        late.to = QDate::fromString(attention.value(u"late_since"_s).toString(), Qt::ISODate);
        if (m_ordersView)
            m_ordersView->setFilter(late);
        return;
    }
    case DashboardView::Card::RefundsAwaitingApproval:
        showArea(Area::Refunds);
        if (auto *refunds = qobject_cast<RefundsView *>(areaView(Area::Refunds)))
            refunds->queueTable()->setFocus();
        return;
    case DashboardView::Card::FailedSagas:
        showArea(Area::Admin);
        // Without system:manage the tab is hidden; the Admin area then shows what the account may see.
        if (m_adminView && m_adminView->isTabAvailable(AdminView::Tab::Sagas)) {
            m_adminView->showTab(AdminView::Tab::Sagas);
            m_adminView->sagaMonitorView()->setFilter(SagaMonitorView::Filter::Failed);
        }
        return;
    case DashboardView::Card::DeadWebhooks:
        showArea(Area::Admin);
        return;
    }
}

void MainWindow::showArea(Area area)
{
    m_navigation->setCurrentRow(int(areas().indexOf(area)));
}

QWidget *MainWindow::areaView(Area area) const
{
    return m_pages->widget(int(areas().indexOf(area)));
}

void MainWindow::areaSelected(int row)
{
    if (row < 0)
        return;
    // Keys like End move onto hidden rows too; the nearest visible row on the way back is meant.
    if (m_navigation->item(row)->isHidden()) {
        const int previous = m_pages->currentIndex();
        const int step = previous < row ? -1 : 1;
        int visible = row;
        while (visible != previous && m_navigation->item(visible)->isHidden())
            visible += step;
        if (m_navigation->item(visible)->isHidden()) // nothing visible: signed out
            return;
        m_navigation->setCurrentRow(visible);
        return;
    }
    m_pages->setCurrentIndex(row);
    m_areaActions->actions().at(row)->setChecked(true);
    emit currentAreaChanged(areas().at(row));
}

QWidget *MainWindow::createSignedOutPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"signedOut"_s);
    auto *heading = new QLabel(tr("Not signed in"), page);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *text = new QLabel(tr("Sign in to see the areas your account may use."), page);
    text->setWordWrap(true);
    auto *button = new QPushButton(tr("&Sign In…"), page);
    button->setObjectName(u"signInButton"_s);
    connect(button, &QPushButton::clicked, this, &MainWindow::signIn);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(button, 0, Qt::AlignLeft);
    layout->addStretch();
    return page;
}

void MainWindow::showAccount(const std::optional<Account> &account)
{
    const QList<Area> all = areas();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const bool allowed = account && mayUse(all.at(i), *account);
        m_navigation->item(int(i))->setHidden(!allowed);
        // A hidden area's shortcut must not lead to it either.
        QAction *action = m_areaActions->actions().at(i);
        action->setVisible(allowed);
        action->setEnabled(allowed);
    }
    const QList<Area> available = availableAreas();
    m_frame->setCurrentIndex(available.isEmpty() ? 1 : 0);
    if (!available.isEmpty() && !available.contains(currentArea()))
        showArea(available.first());
    showSessionState();
}

void MainWindow::showSessionState()
{
    const std::optional<Account> &account = m_session->account();
    QString text;
    if (!account)
        text = tr("Not signed in");
    else if (m_session->state() == Session::State::SignInRequired)
        text = tr("Session ended for %1: sign in again").arg(account->email);
    else
        text = tr("Signed in as %1 · %2").arg(account->displayName(), UsersModel::rolesText(account->roles));
    m_accountLabel->setText(text);
    m_accountLabel->setToolTip(text);
    const bool signedIn = account && m_session->state() != Session::State::SignInRequired;
    if (m_signInAction)
        m_signInAction->setEnabled(!signedIn);
    if (m_signOutAction)
        m_signOutAction->setEnabled(account.has_value());
}

LoginDialog *MainWindow::newLoginDialog(LoginDialog::Purpose purpose)
{
    auto *dialog = new LoginDialog(m_session, purpose, this);
    dialog->setObjectName(u"loginDialog"_s);
    if (!m_api->baseUrl().isEmpty())
        dialog->setServerUrl(m_api->baseUrl());
    if (const std::optional<Account> &account = m_session->account())
        dialog->setEmail(account->email);
    return dialog;
}

void MainWindow::sessionEnded(const QString &reason)
{
    if (m_loginDialog)
        return; // one is open already and will sign in again
    LoginDialog *dialog = newLoginDialog(LoginDialog::Purpose::SessionEnded);
    dialog->setNotice(reason);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, this, [this] {
        m_session->cancelWaitingRequests();
        statusBar()->showMessage(tr("Not signed in: what was waiting for the server was not sent. Choose File › "
                                    "Sign In… to continue."),
                                 60'000);
    });
    m_loginDialog = dialog;
    dialog->open(); // window-modal: the window and everything typed in it stay as they are
}

void MainWindow::signIn()
{
    if (m_session->state() == Session::State::SignInRequired) {
        sessionEnded(tr("Your session has ended."));
        return;
    }
    if (m_loginDialog)
        return;
    LoginDialog *dialog = newLoginDialog(LoginDialog::Purpose::SignIn);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_loginDialog = dialog;
    dialog->open();
}

void MainWindow::signOut()
{
    m_session->signOut(this, [this](const Domain::Status &status) {
        if (!status)
            statusBar()->showMessage(status.error().message, 60'000);
    });
    signIn();
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_signInAction = fileMenu->addAction(tr("Sign &In…"), this, &MainWindow::signIn);
    m_signInAction->setObjectName(u"signInAction"_s);
    m_signOutAction = fileMenu->addAction(tr("Sign &Out"), this, &MainWindow::signOut);
    m_signOutAction->setObjectName(u"signOutAction"_s);
    fileMenu->addSeparator();
    QAction *connectAction = fileMenu->addAction(tr("&Connect to Server…"), this, &MainWindow::connectToServer);
    connectAction->setObjectName(u"connectAction"_s);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    const QList<Area> all = areas();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Area area = all.at(i);
        QAction *action = viewMenu->addAction(areaTitle(area), this, [this, area] { showArea(area); });
        action->setObjectName(areaKey(area) + u"Action"_s);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(i))));
        m_areaActions->addAction(action);
    }
    viewMenu->addSeparator();
    QAction *checkAction = viewMenu->addAction(tr("Check Server &Now"), m_health, &HealthMonitor::checkNow);
    checkAction->setShortcut(QKeySequence::Refresh);

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QMenu *languageMenu = settingsMenu->addMenu(tr("&Language"));
    auto *languageActions = new QActionGroup(this);
    const QString current = effectiveLanguage();
    for (const Language &language : LanguageLoader::supportedLanguages()) {
        QAction *action = languageMenu->addAction(language.nativeName, this,
                                                  [this, code = language.code] { chooseLanguage(code); });
        action->setObjectName(language.code + u"LanguageAction"_s);
        action->setCheckable(true);
        action->setChecked(language.code == current);
        languageActions->addAction(action);
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Backroom"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);
}

ConnectionDialog *MainWindow::newConnectionDialog()
{
    const QUrl current = m_api->baseUrl().isEmpty() ? AppSettings().serverUrl() : m_api->baseUrl();
    auto *dialog = new ConnectionDialog(current, this);
    dialog->setObjectName(u"connectionDialog"_s);
    return dialog;
}

void MainWindow::connectToServer()
{
    ConnectionDialog *dialog = newConnectionDialog();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const bool otherServer = dialog->serverUrl() != m_api->baseUrl();
        if (otherServer && m_session->account()) {
            m_session->signOut(this, [this](const Domain::Status &status) {
                if (!status)
                    statusBar()->showMessage(status.error().message, 60'000);
            });
        }
        m_api->setBaseUrl(dialog->serverUrl());
        m_health->checkNow(); // when the address did not change, it is a request to look again
        if (otherServer && !m_loginDialog)
            signIn();
    });
    dialog->open();
}

void MainWindow::chooseLanguage(const QString &code)
{
    AppSettings().setLanguage(code);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("Backroom will use the new language the next time it starts."),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    const QString server = m_api->baseUrl().isEmpty() ? tr("none") : m_api->baseUrl().toDisplayString();
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Backroom"),
                                tr("<h3>Backroom %1</h3>"
                                   "<p>The back office for online shops: catalog, stock, orders, refunds and "
                                   "shipments.</p>"
                                   "<p>Server: %2</p>"
                                   "<p>Built with Qt %3.</p>")
                                    .arg(QCoreApplication::applicationVersion(), server.toHtmlEscaped(),
                                         QString::fromLatin1(qVersion())),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showHealth(const HealthStatus &status)
{
    const QString text = status.summary().replace(u'\n', u' ');
    m_healthLabel->setText(text);
    m_healthLabel->setToolTip(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings().setMainWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace Backroom::Ui
