// SPDX-License-Identifier: MIT
// The Admin area's saga monitor against a real server, its payments sandbox and real checkouts.
#include "ordertestsupport.h"

#include "server/store/pgconnection.h"
#include "tests/support/rawhttp.h"
#include "ui/adminview.h"
#include "ui/eventfeed.h"
#include "ui/sagamonitorview.h"
#include "ui/sagasmodel.h"
#include "ui/session.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;

namespace {

class SagaMonitorTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.start()) << str(m_server.error());
        ASSERT_EQ(str(m_server.stockProduct(u"Mug"_s, u"MUG-9"_s, 10)), "");
        m_view.resize(1100, 760);
        m_view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_view));
        m_view.showTab(Ui::AdminView::Tab::Sagas);
        waitUntilIdle();
    }

    void waitUntilIdle()
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !m_view.isLoading() && !monitor()->isBusy(); }, 20'000));
    }

    // A storefront's checkout of one mug (a guest, over plain HTTP): the HTTP status, and the saga's id.
    std::pair<int, QString> checkout(const QString &card)
    {
        const quint16 port = quint16(m_server.url().port());
        const auto cart = Backroom::Test::RawHttp::request(port, "POST", "/api/v1/carts");
        if (!cart)
            return {0, {}};
        const QByteArray id = QJsonDocument::fromJson(cart->body).object().value("id"_L1).toString().toUtf8();
        const QList<QPair<QByteArray, QByteArray>> json{{"Content-Type", "application/json"}};
        Backroom::Test::RawHttp::request(port, "POST", "/api/v1/carts/" + id + "/items", R"({"sku":"MUG-9","quantity":1})", json);
        const QJsonObject body{{u"email"_s, u"buyer@example.com"_s},
                               {u"shipping_address"_s, QJsonObject{{u"name"_s, u"Robin Buyer"_s},
                                                                   {u"line1"_s, u"1 High Street"_s},
                                                                   {u"city"_s, u"London"_s},
                                                                   {u"postal_code"_s, u"N1 1AA"_s},
                                                                   {u"country"_s, u"GB"_s}}},
                               {u"payment"_s, QJsonObject{{u"card_number"_s, card}}}};
        auto headers = json;
        headers.append({"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
        const auto r = Backroom::Test::RawHttp::request(port, "POST", "/api/v1/carts/" + id + "/checkout",
                                              QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
        if (!r)
            return {0, {}};
        const QJsonObject answer = QJsonDocument::fromJson(r->body).object();
        return {r->status, answer.value("checkout_id"_L1).toString()};
    }

    // Selects the saga and waits for its detail.
    void select(const QString &id)
    {
        const int row = sagas()->rowOf(id);
        ASSERT_GE(row, 0) << str(id);
        m_view.findChild<QTableView *>(u"sagaTable"_s)->setCurrentIndex(sagas()->index(row, 0));
        ASSERT_TRUE(QTest::qWaitFor([&] { return monitor()->detail().value("id"_L1).toString() == id && !monitor()->isBusy(); }, 20'000));
    }

    QStringList steps() const
    {
        auto *table = m_view.findChild<QTableWidget *>(u"sagaSteps"_s);
        QStringList list;
        for (int row = 0; row < table->rowCount(); ++row)
            list.append(table->item(row, 0)->text() + u':' + table->item(row, 1)->text());
        return list;
    }

    Ui::SagaMonitorView *monitor() const { return m_view.sagaMonitorView(); }
    Ui::SagasModel *sagas() const { return m_view.sagasModel(); }
    QPushButton *button(const QString &name) const { return m_view.findChild<QPushButton *>(name); }

    OrderServer m_server;
    Ui::AdminView m_view{&m_server.admin()};
};

} // namespace

TEST_F(SagaMonitorTest, ShowsFailedSagasAndUndoesACompletedOneAfterConfirmation)
{
    QAbstractItemModelTester tester(sagas(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(m_view.isTabAvailable(Ui::AdminView::Tab::Sagas));
    const auto [declinedStatus, declined] = checkout(u"4000000000000002"_s);
    ASSERT_EQ(declinedStatus, 402);
    const auto [placedStatus, placed] = checkout(u"4242424242424242"_s);
    ASSERT_EQ(placedStatus, 201);

    // What needs attention by default: the failed one only.
    monitor()->reload();
    waitUntilIdle();
    ASSERT_EQ(sagas()->rowCount(), 1);
    EXPECT_EQ(str(sagas()->index(0, Ui::SagasModel::StatusColumn).data().toString()), "Failed");
    EXPECT_EQ(str(sagas()->index(0, Ui::SagasModel::EmailColumn).data().toString()), "buyer@example.com");
    select(declined);
    EXPECT_FALSE(button(u"sagaRetry"_s)->isEnabled());
    EXPECT_FALSE(button(u"sagaCompensate"_s)->isEnabled());
    EXPECT_EQ(monitor()->openRetryDialog(), nullptr);
    const QStringList failedSteps = steps();
    EXPECT_TRUE(failedSteps.contains(u"Process payment:failed"_s)) << str(failedSteps.join(u' '));
    EXPECT_TRUE(failedSteps.contains(u"Release reservation:compensated"_s)) << str(failedSteps.join(u' '));

    monitor()->setFilter(Ui::SagaMonitorView::Filter::Completed);
    waitUntilIdle();
    ASSERT_EQ(sagas()->rowCount(), 1);
    select(placed);
    const QString orderId = monitor()->detail().value("order_id"_L1).toString();
    ASSERT_FALSE(orderId.isEmpty());
    EXPECT_FALSE(button(u"sagaRetry"_s)->isEnabled());
    ASSERT_TRUE(button(u"sagaCompensate"_s)->isEnabled());

    // Cancelling the confirmation changes nothing.
    QDialog *dialog = monitor()->openCompensateDialog();
    ASSERT_NE(dialog, nullptr);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled()) << "a reason is required";
    dialog->reject();
    QTest::qWait(50);
    EXPECT_EQ(str(monitor()->detail().value("status"_L1).toString()), "completed");

    dialog = monitor()->openCompensateDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QLineEdit *>(u"compensateReason"_s)->setText(u"duplicate order"_s);
    ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ASSERT_TRUE(ok->isEnabled());
    ok->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return monitor()->detail().value("status"_L1).toString() == "failed"_L1 && !monitor()->isBusy(); },
                                30'000))
        << str(monitor()->message());
    EXPECT_TRUE(monitor()->message().contains(u"Compensated"_s)) << str(monitor()->message());
    EXPECT_TRUE(steps().contains(u"Cancel order:compensated"_s)) << str(steps().join(u' '));
    EXPECT_FALSE(button(u"sagaCompensate"_s)->isEnabled());
    EXPECT_EQ(str(sagas()->index(sagas()->rowOf(placed), Ui::SagasModel::StatusColumn).data().toString()), "Failed");
    QString error;
    const auto order = m_server.order(orderId, &error);
    ASSERT_TRUE(order) << str(error);
    EXPECT_EQ(str(order->value("status"_L1).toString()), "cancelled");
}

TEST_F(SagaMonitorTest, ShowsThePaymentProvidersCircuit)
{
    ASSERT_TRUE(QTest::qWaitFor([&] { return !monitor()->providerStatus().isEmpty(); }, 20'000));
    EXPECT_EQ(str(monitor()->providerStatus()), "Payment provider: working (circuit closed).");
}

TEST_F(SagaMonitorTest, RetriesAWaitingSagaAfterConfirmation)
{
    // A saga put back to waiting at the payment step until an hour from now, as one is after the provider
    // failed to answer; the provider declined its charge, so resuming it undoes it.
    const auto [status, waiting] = checkout(u"4000000000000002"_s);
    ASSERT_EQ(status, 402);
    {
        Server::PgConnection c(m_server.staff().server().database()->conninfo());
        auto r = c.exec("UPDATE sagas SET status = 'running', step = 'process_payment', failure = NULL, attempts = 1, "
                        "next_attempt_at = now() + interval '1 hour' WHERE id = $1",
                        {waiting.toUtf8()});
        ASSERT_TRUE(r && r->affected() == 1);
        // Its history as far as the reservation: the payment's failure and what undid it had not happened yet.
        auto history = c.exec("DELETE FROM saga_steps WHERE saga_id = $1 AND step NOT IN ('started', 'reserve_inventory')",
                              {waiting.toUtf8()});
        ASSERT_TRUE(history && history->affected() > 0);
    }
    monitor()->reload();
    waitUntilIdle();
    ASSERT_EQ(sagas()->rowCount(), 1);
    EXPECT_EQ(str(sagas()->index(0, Ui::SagasModel::StatusColumn).data().toString()), "Running");
    select(waiting);
    ASSERT_TRUE(button(u"sagaRetry"_s)->isEnabled());
    EXPECT_TRUE(button(u"sagaCompensate"_s)->isEnabled());
    EXPECT_TRUE(m_view.findChild<QLabel *>(u"sagaSummary"_s)->text().contains(u"next automatic attempt"_s));

    QDialog *box = monitor()->openRetryDialog();
    ASSERT_NE(box, nullptr);
    qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return monitor()->detail().value("status"_L1).toString() == "failed"_L1 && !monitor()->isBusy(); },
                                30'000))
        << str(monitor()->message());
    EXPECT_TRUE(monitor()->message().contains(u"Retried"_s)) << str(monitor()->message());
    EXPECT_FALSE(button(u"sagaRetry"_s)->isEnabled());
}

TEST_F(SagaMonitorTest, FollowsTheEventFeed)
{
    ASSERT_EQ(sagas()->rowCount(), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return monitor()->feed()->isRunning() && monitor()->feed()->lastId() > 0; }, 20'000));
    const auto [status, declined] = checkout(u"4000000000000002"_s);
    ASSERT_EQ(status, 402);
    // CheckoutFailed arrives and the list is read again.
    ASSERT_TRUE(QTest::qWaitFor([&] { return sagas()->rowOf(declined) >= 0; }, 30'000));
    EXPECT_EQ(str(sagas()->saga(sagas()->rowOf(declined))->step), "process_payment");
}
