// SPDX-License-Identifier: MIT
#pragma once

#include "ui/dashboardview.h"
#include "ui/logindialog.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

QT_BEGIN_NAMESPACE
class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
QT_END_NAMESPACE

namespace Backroom::Ui {

class AdminView;
class ApiClient;
class CatalogView;
class ConnectionDialog;
class HealthMonitor;
class OrdersView;
class Session;
class StockView;
struct Account;
struct HealthStatus;

// The program's frame: a navigation list of the areas the signed-in account may use, one page per area, the
// menus, and who is signed in and the server's health in the status bar. When the server ends the session,
// it asks for the password over the open window and keeps every view as it is, so that nothing typed is
// lost. Lives on, and is called from, the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // In navigation order; Ctrl+1 … Ctrl+8 follow it, also when areas are hidden, so a key always means
    // the same area.
    enum class Area { Dashboard, Catalog, Stock, Orders, Refunds, Shipments, Customers, Admin };
    Q_ENUM(Area)

    MainWindow(Session *session, HealthMonitor *health, QWidget *parent = nullptr);

    static QList<Area> areas();
    // Whether account may use area: each area needs a permission (domain/roles.h); the dashboard is for
    // every staff role.
    static bool mayUse(Area area, const Account &account);
    // The areas of the signed-in account, in navigation order; none when nobody is signed in.
    QList<Area> availableAreas() const;
    // A stable, untranslated name, e.g. "dashboard": for file names and object names.
    static QString areaKey(Area area);
    static QString areaTitle(Area area);

    Area currentArea() const;
    void showArea(Area area);
    QWidget *areaView(Area area) const;
    // Whether area still waits for data from the server (screenshots wait for it).
    bool isAreaLoading(Area area) const;
    // Shows the list a dashboard card counts: low stock in Stock, late orders in Orders (confirmed, placed
    // on or before attention's late_since); refunds awaiting approval in Refunds (its approval queue); failed
    // checkouts in Admin's saga monitor, filtered to failed; dead webhooks in Admin.
    void openAttention(DashboardView::Card card, const QJsonObject &attention);

    // Opens the connection dialog; accepting it switches the program to the new server. A session belongs
    // to one server, so switching ends it and asks for a sign-in at the new one.
    void connectToServer();
    // A connection dialog for the current server (else the saved one), owned by this window, not yet shown.
    ConnectionDialog *newConnectionDialog();
    // A login dialog over this window, owned by it, not yet shown.
    LoginDialog *newLoginDialog(LoginDialog::Purpose purpose);

    // Opens the login dialog over the window: to sign in again when the session ended, else to sign in.
    void signIn();
    // Ends the session (on the server too) and asks for a new sign-in over the window.
    void signOut();

signals:
    void currentAreaChanged(Backroom::Ui::MainWindow::Area area);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void chooseLanguage(const QString &code);
    void showAbout();
    void showHealth(const HealthStatus &status);
    void areaSelected(int row);
    void showAccount(const std::optional<Account> &account);
    void showSessionState();
    void sessionEnded(const QString &reason);
    QWidget *createSignedOutPage();

    Session *m_session;
    ApiClient *m_api;
    HealthMonitor *m_health;
    QStackedWidget *m_frame; // the areas, or the signed-out page
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    AdminView *m_adminView = nullptr;
    CatalogView *m_catalogView = nullptr;
    StockView *m_stockView = nullptr;
    OrdersView *m_ordersView = nullptr;
    QLabel *m_healthLabel;
    QLabel *m_accountLabel;
    QActionGroup *m_areaActions;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QPointer<LoginDialog> m_loginDialog; // the one open over the window, if any
};

} // namespace Backroom::Ui
