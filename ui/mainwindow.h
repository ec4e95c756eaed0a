// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
QT_END_NAMESPACE

namespace Backroom::Ui {

class ApiClient;
class ConnectionDialog;
class HealthMonitor;
struct HealthStatus;

// The program's frame: a navigation list of the areas, one page per area, the menus, and the server's health
// in the status bar. Lives on, and is called from, the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // In navigation order; Ctrl+1 … Ctrl+8 follow it.
    enum class Area { Dashboard, Catalog, Stock, Orders, Refunds, Shipments, Customers, Admin };
    Q_ENUM(Area)

    MainWindow(ApiClient *api, HealthMonitor *health, QWidget *parent = nullptr);

    static QList<Area> areas();
    // A stable, untranslated name, e.g. "dashboard": for file names and object names.
    static QString areaKey(Area area);
    static QString areaTitle(Area area);

    Area currentArea() const;
    void showArea(Area area);
    QWidget *areaView(Area area) const;

    // Opens the connection dialog; accepting it switches the program to the new server.
    void connectToServer();
    // A connection dialog for the current server (else the saved one), owned by this window, not yet shown.
    ConnectionDialog *newConnectionDialog();

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

    ApiClient *m_api;
    HealthMonitor *m_health;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_healthLabel;
    QActionGroup *m_areaActions;
};

} // namespace Backroom::Ui
