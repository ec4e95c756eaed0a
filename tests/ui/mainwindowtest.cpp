// SPDX-License-Identifier: MIT
#include "uitestsupport.h"

#include "tests/support/testserver.h"
#include "ui/adminview.h"
#include "ui/apiclient.h"
#include "ui/appsettings.h"
#include "ui/auditlogmodel.h"
#include "ui/auditlogview.h"
#include "ui/connectiondialog.h"
#include "ui/customersview.h"
#include "ui/dashboardview.h"
#include "ui/healthmonitor.h"
#include "ui/logindialog.h"
#include "ui/areaview.h"
#include "ui/mainwindow.h"
#include "ui/ordersview.h"
#include "ui/refundsview.h"
#include "ui/sagamonitorview.h"
#include "ui/shipmentsview.h"
#include "ui/stockview.h"
#include "ui/session.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;
using Area = Ui::MainWindow::Area;

namespace {

// A main window over its own client, session and monitor, shown and active so shortcuts reach it.
struct ShownWindow {
    ShownWindow()
    {
        window.show();
        activated = QTest::qWaitForWindowActive(&window);
    }

    Ui::ApiClient api;
    Ui::Session session{&api, nullptr};
    Ui::HealthMonitor health{&api};
    Ui::MainWindow window{&session, &health};
    bool activated = false;

    QListWidget *navigation() const { return window.findChild<QListWidget *>(u"navigation"_s); }
    QStackedWidget *pages() const { return window.findChild<QStackedWidget *>(u"pages"_s); }
    QStackedWidget *frame() const { return window.findChild<QStackedWidget *>(u"frame"_s); }
    QLabel *healthLabel() const { return window.findChild<QLabel *>(u"health"_s); }
    QLabel *accountLabel() const { return window.findChild<QLabel *>(u"account"_s); }
    Ui::LoginDialog *loginDialog() const { return window.findChild<Ui::LoginDialog *>(u"loginDialog"_s); }

    QStringList visibleAreaTitles() const
    {
        QStringList titles;
        for (int row = 0; row < navigation()->count(); ++row) {
            if (!navigation()->item(row)->isHidden())
                titles.append(navigation()->item(row)->text());
        }
        return titles;
    }
};

// A window signed in to a real server as an account with the given roles (the first admin for "admin").
class SignedInWindow : public testing::Test
{
protected:
    void signIn(const QStringList &roles, const QStringList &serverArgs = {})
    {
        ASSERT_TRUE(m_server.start(serverArgs)) << str(m_server.output());
        if (roles == QStringList{u"admin"_s}) {
            m_email = m_server.adminEmail();
            m_password = m_server.adminPassword();
        } else {
            QString error;
            const auto account = m_server.addUser(roles, &error);
            ASSERT_TRUE(account) << str(error);
            m_email = account->email;
            m_password = account->password;
            m_id = account->id;
        }
        ASSERT_EQ(str(signInAndWait(m_shown.session, m_server.url(), m_email, m_password)), "");
    }

    StaffServer m_server;
    ShownWindow m_shown;
    QString m_email;
    QString m_password;
    QString m_id;
};

const QStringList AllAreas{u"Dashboard"_s, u"Catalog"_s,   u"Stock"_s,     u"Orders"_s,
                           u"Refunds"_s,   u"Shipments"_s, u"Customers"_s, u"Admin"_s};

} // namespace

TEST(MainWindow, ShowsNoAreaBeforeSigningIn)
{
    ShownWindow shown;

    EXPECT_EQ(str(shown.visibleAreaTitles().join(u", "_s)), "");
    EXPECT_EQ(str(shown.frame()->currentWidget()->objectName()), "signedOut");
    EXPECT_EQ(str(shown.accountLabel()->text()), "Not signed in");
    EXPECT_TRUE(shown.window.availableAreas().isEmpty());
    // No shortcut leads past the sign-in either.
    QTest::keyClick(&shown.window, Qt::Key_8, Qt::ControlModifier);
    EXPECT_EQ(str(shown.frame()->currentWidget()->objectName()), "signedOut");
}

TEST_F(SignedInWindow, ListsAllEightAreasForAnAdmin)
{
    signIn({u"admin"_s});
    QListWidget *navigation = m_shown.navigation();
    QStackedWidget *pages = m_shown.pages();
    ASSERT_TRUE(navigation);
    ASSERT_TRUE(pages);
    QAbstractItemModelTester tester(navigation->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    EXPECT_EQ(str(m_shown.visibleAreaTitles().join(u", "_s)), str(AllAreas.join(u", "_s)));
    ASSERT_EQ(pages->count(), AllAreas.size());
    for (int row = 0; row < navigation->count(); ++row)
        EXPECT_EQ(str(pages->widget(row)->objectName()), str(AllAreas.at(row).toLower()));
    EXPECT_EQ(m_shown.window.currentArea(), Area::Dashboard);
    EXPECT_EQ(m_shown.frame()->currentWidget(), pages->parentWidget());
}

TEST_F(SignedInWindow, ShowsOnlyTheAreasOfAWarehouseAccount)
{
    signIn({u"warehouse"_s});
    ASSERT_TRUE(m_shown.activated);

    EXPECT_EQ(str(m_shown.visibleAreaTitles().join(u", "_s)), "Dashboard, Stock, Orders, Shipments");
    EXPECT_EQ(m_shown.window.availableAreas(), (QList<Area>{Area::Dashboard, Area::Stock, Area::Orders, Area::Shipments}));

    // The shortcut of a hidden area does nothing; the others still work, with their usual numbers.
    QTest::keyClick(&m_shown.window, Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(m_shown.window.currentArea(), Area::Stock);
    QTest::keyClick(&m_shown.window, Qt::Key_8, Qt::ControlModifier);
    EXPECT_EQ(m_shown.window.currentArea(), Area::Stock) << "Ctrl+8 must not open Admin";
    QTest::keyClick(&m_shown.window, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(m_shown.window.currentArea(), Area::Stock) << "Ctrl+2 must not open Catalog";
    const auto *adminAction = m_shown.window.findChild<QAction *>(u"adminAction"_s);
    ASSERT_TRUE(adminAction);
    EXPECT_FALSE(adminAction->isVisible());
    EXPECT_FALSE(adminAction->isEnabled());

    // The arrow keys skip what is hidden.
    m_shown.window.showArea(Area::Dashboard);
    m_shown.navigation()->setFocus();
    QTest::keyClick(m_shown.navigation(), Qt::Key_Down);
    EXPECT_EQ(m_shown.window.currentArea(), Area::Stock);
    QTest::keyClick(m_shown.navigation(), Qt::Key_End);
    EXPECT_EQ(m_shown.window.currentArea(), Area::Shipments);
}

TEST_F(SignedInWindow, ShowsTheAreasOfEveryRole)
{
    signIn({u"merchandiser"_s});
    EXPECT_EQ(str(m_shown.visibleAreaTitles().join(u", "_s)), "Dashboard, Catalog, Stock");

    QString error;
    const auto support = m_server.addUser({u"support"_s}, &error);
    ASSERT_TRUE(support) << str(error);
    ASSERT_EQ(str(signInAndWait(m_shown.session, m_server.url(), support->email, support->password)), "");
    EXPECT_EQ(str(m_shown.visibleAreaTitles().join(u", "_s)),
              "Dashboard, Stock, Orders, Refunds, Shipments, Customers");

    const auto vendor = m_server.addUser({u"vendor"_s}, &error);
    ASSERT_TRUE(vendor) << str(error);
    ASSERT_EQ(str(signInAndWait(m_shown.session, m_server.url(), vendor->email, vendor->password)), "");
    EXPECT_EQ(str(m_shown.visibleAreaTitles().join(u", "_s)), "Dashboard, Catalog");
}

TEST_F(SignedInWindow, SwitchesAreaByClick)
{
    signIn({u"admin"_s});
    QListWidget *navigation = m_shown.navigation();
    const QList<Area> areas = Ui::MainWindow::areas();

    for (int row : {3, 7, 1, 0}) {
        const QRect rect = navigation->visualItemRect(navigation->item(row));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        EXPECT_EQ(m_shown.window.currentArea(), areas.at(row)) << "row " << row;
        EXPECT_EQ(m_shown.pages()->currentWidget(), m_shown.window.areaView(areas.at(row)));
        EXPECT_TRUE(m_shown.window.areaView(areas.at(row))->isVisible());
    }
}

TEST_F(SignedInWindow, SwitchesAreaWithShortcut)
{
    signIn({u"admin"_s});
    ASSERT_TRUE(m_shown.activated);
    const QList<Area> areas = Ui::MainWindow::areas();

    for (int index : {2, 7, 4, 0, 1, 6, 5, 3}) {
        QTest::keyClick(&m_shown.window, Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
        EXPECT_EQ(m_shown.window.currentArea(), areas.at(index)) << "Ctrl+" << index + 1;
        EXPECT_EQ(m_shown.navigation()->currentRow(), index);
        EXPECT_TRUE(m_shown.window.areaView(areas.at(index))->isVisible());
    }
}

TEST_F(SignedInWindow, MovesThroughAreasWithArrowKeys)
{
    signIn({u"admin"_s});
    ASSERT_TRUE(m_shown.activated);
    m_shown.navigation()->setFocus();

    QTest::keyClick(m_shown.navigation(), Qt::Key_Down);
    QTest::keyClick(m_shown.navigation(), Qt::Key_Down);
    EXPECT_EQ(m_shown.window.currentArea(), Area::Stock);
    QTest::keyClick(m_shown.navigation(), Qt::Key_End);
    EXPECT_EQ(m_shown.window.currentArea(), Area::Admin);
}

TEST_F(SignedInWindow, EveryAreaIsItsViewNotAPlaceholder)
{
    signIn({u"admin"_s});
    for (Area area : Ui::MainWindow::areas())
        EXPECT_FALSE(qobject_cast<Ui::AreaView *>(m_shown.window.areaView(area))) << str(Ui::MainWindow::areaKey(area));
}

TEST_F(SignedInWindow, StockAreaIsTheStockViewForWarehouseStaff)
{
    signIn({u"warehouse"_s});
    EXPECT_TRUE(m_shown.window.availableAreas().contains(Area::Stock));
    EXPECT_TRUE(qobject_cast<Ui::StockView *>(m_shown.window.areaView(Area::Stock)));
}

TEST_F(SignedInWindow, OrdersAreaIsTheOrdersViewForSupport)
{
    signIn({u"support"_s});
    EXPECT_TRUE(m_shown.window.availableAreas().contains(Area::Orders));
    EXPECT_TRUE(qobject_cast<Ui::OrdersView *>(m_shown.window.areaView(Area::Orders)));
}

TEST_F(SignedInWindow, RefundsAreaIsTheRefundsViewForSupport)
{
    signIn({u"support"_s});
    EXPECT_TRUE(m_shown.window.availableAreas().contains(Area::Refunds));
    EXPECT_TRUE(qobject_cast<Ui::RefundsView *>(m_shown.window.areaView(Area::Refunds)));
}

TEST_F(SignedInWindow, ShipmentsAreaIsTheShipmentsViewForWarehouseStaff)
{
    signIn({u"warehouse"_s});
    EXPECT_TRUE(m_shown.window.availableAreas().contains(Area::Shipments));
    EXPECT_TRUE(qobject_cast<Ui::ShipmentsView *>(m_shown.window.areaView(Area::Shipments)));
}

TEST_F(SignedInWindow, CustomersAreaIsTheCustomersViewForSupport)
{
    signIn({u"support"_s});
    EXPECT_TRUE(m_shown.window.availableAreas().contains(Area::Customers));
    EXPECT_TRUE(qobject_cast<Ui::CustomersView *>(m_shown.window.areaView(Area::Customers)));
}

TEST_F(SignedInWindow, ShowsWhoIsSignedIn)
{
    signIn({u"warehouse"_s});

    EXPECT_EQ(str(m_shown.accountLabel()->text()),
              str(u"Signed in as Test warehouse (%1) · Warehouse staff"_s.arg(m_email)));
}

TEST_F(SignedInWindow, AsksForThePasswordOverTheWindowAndKeepsWhatWasTyped)
{
    signIn({u"admin"_s, u"warehouse"_s}, {u"--access-token-lifetime"_s, u"2s"_s, u"--token-leeway"_s, u"1ms"_s});
    m_shown.window.showArea(Area::Admin);
    auto *admin = qobject_cast<Ui::AdminView *>(m_shown.window.areaView(Area::Admin));
    ASSERT_TRUE(admin);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !admin->isLoading(); }, 20'000));
    admin->findChild<QTabWidget *>(u"adminTabs"_s)->setCurrentWidget(admin->auditLogView());
    auto *actionFilter = admin->findChild<QLineEdit *>(u"actionFilter"_s);
    ASSERT_TRUE(actionFilter);
    QTest::keyClicks(actionFilter, u"user."_s);

    // Another admin disables the account; once its access token has expired, the next request finds the
    // session ended.
    ASSERT_EQ(str(m_server.patchUser(m_id, QJsonObject{{u"disabled"_s, true}})), "");
    QTest::qWait(3'200);
    admin->findChild<QPushButton *>(u"applyFilters"_s)->click();

    ASSERT_TRUE(QTest::qWaitFor([&] { return m_shown.loginDialog() && m_shown.loginDialog()->isVisible(); }, 20'000));
    Ui::LoginDialog *dialog = m_shown.loginDialog();
    EXPECT_EQ(dialog->windowModality(), Qt::WindowModal);
    EXPECT_EQ(dialog->parentWidget(), &m_shown.window);
    EXPECT_TRUE(dialog->findChild<QLabel *>(u"notice"_s)->text().startsWith(u"The server ended your session: "_s))
        << str(dialog->findChild<QLabel *>(u"notice"_s)->text());
    EXPECT_EQ(str(dialog->findChild<QLineEdit *>(u"email"_s)->text()), str(m_email));
    EXPECT_EQ(str(actionFilter->text()), "user.");
    EXPECT_TRUE(admin->auditLogModel()->isLoading()) << "the request waits for the sign-in";
    EXPECT_EQ(str(m_shown.accountLabel()->text()), str(u"Session ended for %1: sign in again"_s.arg(m_email)));

    ASSERT_EQ(str(m_server.patchUser(m_id, QJsonObject{{u"disabled"_s, false}})), "");
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"password"_s), m_password);
    QTest::keyClick(dialog->findChild<QLineEdit *>(u"password"_s), Qt::Key_Return);

    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_shown.loginDialog(); }, 20'000))
        << str(dialog->findChild<QLabel *>(u"error"_s)->text());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !admin->auditLogModel()->isLoading(); }, 20'000));
    EXPECT_EQ(str(admin->auditLogModel()->errorMessage()), "");
    EXPECT_EQ(str(admin->auditLogModel()->filter().action), "user.");
    EXPECT_GT(admin->auditLogModel()->rowCount(), 0) << "the admin's own changes are logged";
    EXPECT_EQ(m_shown.window.areaView(Area::Admin), admin) << "the view is the same one";
    EXPECT_EQ(str(actionFilter->text()), "user.");
    EXPECT_EQ(m_shown.window.currentArea(), Area::Admin);
}

TEST_F(SignedInWindow, SignsOutAndAsksForTheNextSignIn)
{
    signIn({u"warehouse"_s});
    auto *signOut = m_shown.window.findChild<QAction *>(u"signOutAction"_s);
    ASSERT_TRUE(signOut);

    signOut->trigger();

    EXPECT_EQ(str(m_shown.frame()->currentWidget()->objectName()), "signedOut");
    EXPECT_EQ(str(m_shown.visibleAreaTitles().join(u", "_s)), "");
    EXPECT_EQ(str(m_shown.accountLabel()->text()), "Not signed in");
    ASSERT_TRUE(m_shown.loginDialog());
    EXPECT_TRUE(m_shown.loginDialog()->isVisible());
    EXPECT_EQ(str(m_shown.loginDialog()->findChild<QLineEdit *>(u"server"_s)->text()), str(m_server.url().toString()));

    // Someone else signs in at the same window.
    const QString admin = m_server.adminEmail();
    Ui::LoginDialog *dialog = m_shown.loginDialog();
    dialog->findChild<QLineEdit *>(u"email"_s)->setText(admin);
    dialog->findChild<QLineEdit *>(u"password"_s)->setText(m_server.adminPassword());
    dialog->accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_shown.loginDialog(); }, 20'000));
    EXPECT_EQ(m_shown.visibleAreaTitles().size(), 8);
}

TEST(MainWindow, ShowsUnreachableServerInStatusBar)
{
    ShownWindow shown;
    ASSERT_TRUE(shown.healthLabel());
    EXPECT_EQ(str(shown.healthLabel()->text()), "Not connected to a server: choose File › Connect to Server…");

    const QUrl server = closedPortUrl();
    shown.api.setBaseUrl(server);
    ASSERT_TRUE(waitForSettledStatus(shown.health));

    EXPECT_TRUE(shown.healthLabel()->text().startsWith(u"Cannot reach %1: "_s.arg(server.toString())))
        << str(shown.healthLabel()->text());
    const auto *state = shown.window.areaView(Area::Dashboard)->findChild<QLabel *>(u"state"_s);
    ASSERT_TRUE(state);
    EXPECT_EQ(str(state->text()), "Unreachable");
}

TEST(MainWindow, ShowsReadyServerOnDashboard)
{
    Backroom::Test::TestServer server;
    ASSERT_TRUE(server.start()) << str(server.output());
    ShownWindow shown;
    shown.api.setBaseUrl(server.url());

    const std::optional<Ui::HealthStatus> status = waitForSettledStatus(shown.health);

    ASSERT_TRUE(status);
    ASSERT_EQ(status->state, Ui::HealthStatus::State::Ready) << str(status->reason);
    QWidget *dashboard = shown.window.areaView(Area::Dashboard);
    EXPECT_EQ(str(dashboard->findChild<QLabel *>(u"server"_s)->text()), str(server.url().toString()));
    EXPECT_EQ(str(dashboard->findChild<QLabel *>(u"state"_s)->text()), "Ready");
    EXPECT_EQ(str(dashboard->findChild<QLabel *>(u"serverVersion"_s)->text()), str(status->serverVersion));
    EXPECT_TRUE(shown.healthLabel()->text().startsWith(u"Connected to %1 — ready"_s.arg(server.url().toString())))
        << str(shown.healthLabel()->text());
}

TEST(MainWindow, ConnectsToServerChosenInDialog)
{
    ShownWindow shown;
    QAction *connectAction = shown.window.findChild<QAction *>(u"connectAction"_s);
    ASSERT_TRUE(connectAction);

    connectAction->trigger();
    auto *dialog = shown.window.findChild<Ui::ConnectionDialog *>(u"connectionDialog"_s);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    const QUrl server = closedPortUrl();
    dialog->findChild<QLineEdit *>(u"url"_s)->setText(server.toString());
    dialog->accept();

    EXPECT_EQ(shown.api.baseUrl(), server);
    EXPECT_EQ(Ui::AppSettings().serverUrl(), server);
    // A session belongs to one server: the window asks for a sign-in there.
    ASSERT_TRUE(shown.loginDialog());
    EXPECT_EQ(str(shown.loginDialog()->findChild<QLineEdit *>(u"server"_s)->text()), str(server.toString()));
}

TEST_F(SignedInWindow, DashboardCardsOpenTheListsTheyCount)
{
    signIn({u"admin"_s});
    auto *dashboard = qobject_cast<Ui::DashboardView *>(m_shown.window.areaView(Area::Dashboard));
    ASSERT_TRUE(dashboard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dashboard->isLoading() && dashboard->cardCount(Ui::DashboardView::Card::LateOrders) >= 0; },
                                20'000));
    const QDate lateSince = QDate::fromString(dashboard->attention().value(u"late_since"_s).toString(), Qt::ISODate);
    ASSERT_TRUE(lateSince.isValid());

    QTest::mouseClick(dashboard->findChild<QPushButton *>(u"card_lateOrders"_s), Qt::LeftButton);
    EXPECT_EQ(m_shown.window.currentArea(), Area::Orders);
    auto *orders = qobject_cast<Ui::OrdersView *>(m_shown.window.areaView(Area::Orders));
    const std::optional<Ui::OrderFilter> filter = orders->currentFilter();
    ASSERT_TRUE(filter);
    EXPECT_EQ(filter->status, Domain::OrderStatus::Confirmed);
    EXPECT_EQ(filter->to, lateSince);

    m_shown.window.showArea(Area::Dashboard);
    QTest::mouseClick(dashboard->findChild<QPushButton *>(u"card_lowStock"_s), Qt::LeftButton);
    EXPECT_EQ(m_shown.window.currentArea(), Area::Stock);
    EXPECT_EQ(m_shown.window.areaView(Area::Stock)->findChild<QTabWidget *>(u"stockTabs"_s)->currentIndex(),
              int(Ui::StockView::LowStockTab));

    m_shown.window.showArea(Area::Dashboard);
    QTest::mouseClick(dashboard->findChild<QPushButton *>(u"card_refundsAwaitingApproval"_s), Qt::LeftButton);
    EXPECT_EQ(m_shown.window.currentArea(), Area::Refunds);

    m_shown.window.showArea(Area::Dashboard);
    QTest::mouseClick(dashboard->findChild<QPushButton *>(u"card_failedSagas"_s), Qt::LeftButton);
    EXPECT_EQ(m_shown.window.currentArea(), Area::Admin);
    auto *admin = qobject_cast<Ui::AdminView *>(m_shown.window.areaView(Area::Admin));
    ASSERT_TRUE(admin);
    EXPECT_EQ(admin->currentTab(), Ui::AdminView::Tab::Sagas);
    auto *sagaFilter = admin->findChild<QComboBox *>(u"sagaStatusFilter"_s);
    ASSERT_TRUE(sagaFilter);
    EXPECT_EQ(sagaFilter->currentIndex(), int(Ui::SagaMonitorView::Filter::Failed));

    m_shown.window.showArea(Area::Dashboard);
    QTest::mouseClick(dashboard->findChild<QPushButton *>(u"card_deadWebhooks"_s), Qt::LeftButton);
    EXPECT_EQ(m_shown.window.currentArea(), Area::Admin);
}
