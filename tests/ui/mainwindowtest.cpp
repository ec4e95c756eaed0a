// SPDX-License-Identifier: MIT
#include "uitestsupport.h"

#include "tests/support/testserver.h"
#include "ui/apiclient.h"
#include "ui/appsettings.h"
#include "ui/connectiondialog.h"
#include "ui/healthmonitor.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;
using Area = Ui::MainWindow::Area;

namespace {

// A main window over its own client and monitor, shown and active so shortcuts reach it.
struct ShownWindow {
    ShownWindow()
    {
        window.show();
        activated = QTest::qWaitForWindowActive(&window);
    }

    Ui::ApiClient api;
    Ui::HealthMonitor health{&api};
    Ui::MainWindow window{&api, &health};
    bool activated = false;

    QListWidget *navigation() const { return window.findChild<QListWidget *>(u"navigation"_s); }
    QStackedWidget *pages() const { return window.findChild<QStackedWidget *>(u"pages"_s); }
    QLabel *healthLabel() const { return window.findChild<QLabel *>(u"health"_s); }
};

} // namespace

TEST(MainWindow, ListsAllEightAreas)
{
    ShownWindow shown;
    QListWidget *navigation = shown.navigation();
    QStackedWidget *pages = shown.pages();
    ASSERT_TRUE(navigation);
    ASSERT_TRUE(pages);
    QAbstractItemModelTester tester(navigation->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QStringList expected{u"Dashboard"_s, u"Catalog"_s,   u"Stock"_s,     u"Orders"_s,
                               u"Refunds"_s,   u"Shipments"_s, u"Customers"_s, u"Admin"_s};
    ASSERT_EQ(navigation->count(), expected.size());
    ASSERT_EQ(pages->count(), expected.size());
    for (int row = 0; row < navigation->count(); ++row) {
        EXPECT_EQ(str(navigation->item(row)->text()), str(expected.at(row)));
        EXPECT_EQ(str(pages->widget(row)->objectName()), str(expected.at(row).toLower()));
    }
    EXPECT_EQ(shown.window.currentArea(), Area::Dashboard);
}

TEST(MainWindow, SwitchesAreaByClick)
{
    ShownWindow shown;
    QListWidget *navigation = shown.navigation();
    ASSERT_TRUE(navigation);
    const QList<Area> areas = Ui::MainWindow::areas();

    for (int row : {3, 7, 1, 0}) {
        const QRect rect = navigation->visualItemRect(navigation->item(row));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        EXPECT_EQ(shown.window.currentArea(), areas.at(row)) << "row " << row;
        EXPECT_EQ(shown.pages()->currentWidget(), shown.window.areaView(areas.at(row)));
        EXPECT_TRUE(shown.window.areaView(areas.at(row))->isVisible());
    }
}

TEST(MainWindow, SwitchesAreaWithShortcut)
{
    ShownWindow shown;
    ASSERT_TRUE(shown.activated);
    const QList<Area> areas = Ui::MainWindow::areas();

    for (int index : {2, 7, 4, 0, 1, 6, 5, 3}) {
        QTest::keyClick(&shown.window, Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
        EXPECT_EQ(shown.window.currentArea(), areas.at(index)) << "Ctrl+" << index + 1;
        EXPECT_EQ(shown.navigation()->currentRow(), index);
        EXPECT_TRUE(shown.window.areaView(areas.at(index))->isVisible());
    }
}

TEST(MainWindow, MovesThroughAreasWithArrowKeys)
{
    ShownWindow shown;
    ASSERT_TRUE(shown.activated);
    EXPECT_EQ(QApplication::focusWidget(), shown.navigation()) << "the navigation should have the focus at start";

    QTest::keyClick(shown.navigation(), Qt::Key_Down);
    QTest::keyClick(shown.navigation(), Qt::Key_Down);
    EXPECT_EQ(shown.window.currentArea(), Area::Stock);
    QTest::keyClick(shown.navigation(), Qt::Key_End);
    EXPECT_EQ(shown.window.currentArea(), Area::Admin);
}

TEST(MainWindow, ExplainsAreasNotYetAvailable)
{
    ShownWindow shown;
    for (Area area : Ui::MainWindow::areas()) {
        if (area == Area::Dashboard)
            continue;
        const auto *availability = shown.window.areaView(area)->findChild<QLabel *>(u"availability"_s);
        ASSERT_TRUE(availability) << str(Ui::MainWindow::areaKey(area));
        EXPECT_EQ(str(availability->text()), "This area is not available in this version of Backroom yet.");
        const auto *purpose = shown.window.areaView(area)->findChild<QLabel *>(u"purpose"_s);
        ASSERT_TRUE(purpose);
        EXPECT_FALSE(purpose->text().isEmpty());
    }
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
}
