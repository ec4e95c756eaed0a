// SPDX-License-Identifier: MIT
#include "uitestsupport.h"

#include "server/events/outbox.h"
#include "server/orders/orderservice.h"
#include "server/store/pgconnection.h"
#include "server/store/transaction.h"
#include "tests/server/smtpsink.h"
#include "ui/adminview.h"
#include "ui/notificationsview.h"
#include "ui/session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;

namespace {

// The Admin area's Notifications tab against a real server whose SMTP server (a sink on loopback) is down
// at first: the confirmation of an order fails after its one attempt and waits in the failure list.
class NotificationsViewTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_NE(m_sink.port(), 0);
        m_sink.setRefusing(true);
        ASSERT_TRUE(m_server.start({u"--smtp-host"_s, u"127.0.0.1"_s, u"--smtp-port"_s, QString::number(m_sink.port()),
                                    u"--notification-attempts"_s, u"1"_s}))
            << str(m_server.output());
        ASSERT_EQ(str(signInAndWait(m_session, m_server.url(), m_server.adminEmail(), m_server.adminPassword())), "");
        placeAndConfirm(u"robin@example.com"_s);
        m_view.resize(1000, 700);
        m_view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_view));
    }

    // An order and its OrderConfirmationRequested, as the checkout saga records them.
    void placeAndConfirm(const QString &email)
    {
        const Server::AuditActor actor{std::nullopt, "notifications-view-test", u"test"_s};
        Server::NewOrder o;
        o.email = email;
        o.customerName = u"Robin"_s;
        o.shippingAddress.name = o.customerName;
        o.shippingAddress.line1 = u"1 High Street"_s;
        o.shippingAddress.city = u"London"_s;
        o.shippingAddress.country = u"GB"_s;
        const Domain::Money price{1000, u"GBP"_s};
        o.totals = *Domain::computeTotals({{u"MUG-1"_s, u"Mug"_s, 1, price, price, {}, {}}}, u"GB"_s, u"GBP"_s,
                                          Domain::PricingRules::standard());
        Server::PgConnection c(m_server.server().database()->conninfo());
        auto done = Server::runInTransaction<void>(c, [&](Server::PgConnection &tx) -> Server::PgExpected<void> {
            auto placed = Server::OrderService::createOrder(tx, o, actor);
            if (!placed)
                return std::unexpected(placed.error());
            return Server::recordEvent(tx, u"OrderConfirmationRequested"_s, u"order"_s, QString::number(placed->id),
                                       QJsonObject{{u"order_id"_s, QString::number(placed->id)}}, actor);
        });
        ASSERT_TRUE(done.has_value()) << str(done.error().message);
    }

    Ui::NotificationsView *view() const { return m_view.notificationsView(); }
    Ui::NotificationsModel *model() const { return m_view.notificationsModel(); }

    // Reloads until the list has rows rows (the server sends in the background), or 30 s.
    bool waitForRows(int rows)
    {
        return QTest::qWaitFor(
            [&] {
                if (!model()->isLoading() && model()->rowCount() == rows)
                    return true;
                if (!model()->isLoading())
                    view()->findChild<QPushButton *>(u"notificationReload"_s)->click();
                QTest::qWait(100);
                return false;
            },
            30'000);
    }

    Backroom::Test::SmtpSink m_sink;
    StaffServer m_server;
    Ui::ApiClient m_api;
    Ui::Session m_session{&m_api, nullptr};
    Ui::AdminView m_view{&m_session};
};

} // namespace

TEST_F(NotificationsViewTest, ListsTheFailedMailAndRetriesItUntilItIsSent)
{
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(m_view.isTabAvailable(Ui::AdminView::Tab::Notifications));
    m_view.showTab(Ui::AdminView::Tab::Notifications);
    EXPECT_EQ(m_view.currentTab(), Ui::AdminView::Tab::Notifications);
    EXPECT_EQ(str(view()->statusFilter()->currentData().toString()), "failed");

    ASSERT_TRUE(waitForRows(1));
    EXPECT_EQ(str(model()->index(0, Ui::NotificationsModel::StatusColumn).data().toString()), "Failed");
    EXPECT_EQ(str(model()->index(0, Ui::NotificationsModel::TemplateColumn).data().toString()), "Order confirmation");
    EXPECT_EQ(str(model()->index(0, Ui::NotificationsModel::RecipientColumn).data().toString()), "robin@example.com");
    EXPECT_TRUE(model()->index(0, Ui::NotificationsModel::ErrorColumn).data().toString().contains(u"421"_s));
    EXPECT_FALSE(view()->retryButton()->isEnabled()); // nothing selected yet

    view()->table()->selectRow(0);
    ASSERT_TRUE(view()->retryButton()->isEnabled());
    m_sink.setRefusing(false);
    QTest::mouseClick(view()->retryButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view()->isRetrying(); }, 10'000));
    EXPECT_TRUE(view()->messageLabel()->text().contains(u"robin@example.com"_s)) << str(view()->messageLabel()->text());
    ASSERT_TRUE(m_sink.waitForMessages(1));
    EXPECT_TRUE(waitForRows(0)); // no longer failed

    // Under "Sent" it shows up, and cannot be retried.
    view()->statusFilter()->setCurrentIndex(view()->statusFilter()->findData(u"sent"_s));
    ASSERT_TRUE(waitForRows(1));
    EXPECT_EQ(str(model()->index(0, Ui::NotificationsModel::StatusColumn).data().toString()), "Sent");
    view()->table()->selectRow(0);
    EXPECT_FALSE(view()->retryButton()->isEnabled());
    EXPECT_EQ(m_sink.messages().size(), 1);
}

TEST_F(NotificationsViewTest, IsOnlyForAccountsThatManageTheSystem)
{
    QString error;
    const auto warehouse = m_server.addUser({u"warehouse"_s}, &error);
    ASSERT_TRUE(warehouse) << str(error);
    Ui::ApiClient api;
    Ui::Session session(&api, nullptr);
    ASSERT_EQ(str(signInAndWait(session, m_server.url(), warehouse->email, warehouse->password)), "");
    Ui::AdminView other(&session);
    EXPECT_FALSE(other.isTabAvailable(Ui::AdminView::Tab::Notifications));
    EXPECT_TRUE(m_view.isTabAvailable(Ui::AdminView::Tab::Notifications));
}
