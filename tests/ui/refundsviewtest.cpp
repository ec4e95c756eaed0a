// SPDX-License-Identifier: MIT
#include "ordertestsupport.h"

#include "tests/support/rawhttp.h"
#include "ui/orderdetaildialog.h"
#include "ui/refunddialog.h"
#include "ui/refundsmodel.h"
#include "ui/refundsview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;

namespace {

// The refund wizard and the Refunds area against a real server and the payments sandbox it starts: orders are
// placed through a real checkout, so every refund goes back to a real charge. Refunds above 20.00 need approval.
class RefundsViewTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.start({u"--refund-approval-limit"_s, u"2000"_s})) << str(m_server.error());
        ASSERT_EQ(str(m_server.stockProduct(u"Enamel mug"_s, u"MUG-1"_s, 20)), ""); // 10.00 each
    }

    // A checkout of quantity mugs; the order's id.
    QString checkout(qint64 quantity)
    {
        const quint16 port = quint16(m_server.url().port());
        const auto compact = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
        auto cart = Backroom::Test::RawHttp::request(port, "POST", "/api/v1/carts", {}, {});
        EXPECT_TRUE(cart && cart->status == 201);
        const QByteArray id = QJsonDocument::fromJson(cart->body).object().value("id"_L1).toString().toLatin1();
        auto added = Backroom::Test::RawHttp::request(port, "POST", "/api/v1/carts/" + id + "/items",
                                      compact({{u"sku"_s, u"MUG-1"_s}, {u"quantity"_s, quantity}}),
                                      {{"Content-Type", "application/json"}});
        EXPECT_TRUE(added && added->status == 200);
        auto placed = Backroom::Test::RawHttp::request(
            port, "POST", "/api/v1/carts/" + id + "/checkout",
            compact({{u"email"_s, u"buyer@example.com"_s},
                     {u"shipping_address"_s, QJsonObject{{u"name"_s, u"Robin Buyer"_s}, {u"line1"_s, u"1 High Street"_s},
                                                         {u"city"_s, u"London"_s}, {u"country"_s, u"GB"_s}}},
                     {u"payment"_s, QJsonObject{{u"card_number"_s, u"4242424242424242"_s}}}}),
            {{"Content-Type", "application/json"}, {"Idempotency-Key", "ui-" + id}});
        EXPECT_TRUE(placed && placed->status == 201) << (placed ? placed->body.constData() : "no answer");
        return placed ? QJsonDocument::fromJson(placed->body).object().value("id"_L1).toString() : QString();
    }

    std::unique_ptr<Ui::OrderDetailDialog> openOrder(const QString &id)
    {
        auto dialog = std::make_unique<Ui::OrderDetailDialog>(&m_server.agent(), id, true, true);
        dialog->show();
        EXPECT_TRUE(QTest::qWaitFor([&] { return !dialog->isBusy() && !dialog->order().isEmpty(); }, 20'000));
        return dialog;
    }

    static bool previewed(Ui::RefundDialog *wizard)
    {
        return QTest::qWaitFor([&] { return wizard->canConfirm(); }, 20'000);
    }

    OrderServer m_server;
};

TEST_F(RefundsViewTest, TheWizardCapsWhatRemainsShowsThePreviewAndRefunds)
{
    const QString id = checkout(2); // 20.00 + 3.95 shipping
    ASSERT_FALSE(id.isEmpty());
    auto detail = openOrder(id);
    ASSERT_TRUE(detail->refundOffered());
    auto *wizard = qobject_cast<Ui::RefundDialog *>(detail->openRefundDialog());
    ASSERT_NE(wizard, nullptr);

    QSpinBox *quantity = wizard->quantityBox(0);
    ASSERT_NE(quantity, nullptr);
    EXPECT_EQ(quantity->maximum(), 2);
    quantity->setValue(5); // more than the order has cannot be entered
    EXPECT_EQ(quantity->value(), 2);
    EXPECT_DOUBLE_EQ(wizard->shippingBox()->maximum(), 3.95);
    wizard->goodwillBox()->setValue(1000);
    EXPECT_DOUBLE_EQ(wizard->goodwillBox()->value(), 23.95);
    wizard->goodwillBox()->setValue(0);
    quantity->setValue(1);
    QComboBox *restock = wizard->restockBox(0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return restock->count() > 1; }, 20'000)); // the warehouses arrived
    restock->setCurrentIndex(restock->findData(u"MAIN"_s));
    wizard->reasonBox()->setCurrentIndex(wizard->reasonBox()->findData(u"damaged"_s));
    ASSERT_TRUE(previewed(wizard)) << str(wizard->previewText());
    EXPECT_EQ(wizard->preview().value("total"_L1).toObject().value("amount"_L1).toInteger(), 1000);
    EXPECT_EQ(wizard->body().value("lines"_L1).toArray().first().toObject().value("restock_warehouse"_L1).toString(), u"MAIN"_s);

    wizard->confirm();
    ASSERT_TRUE(QTest::qWaitFor([&] { return detail->findChild<Ui::RefundDialog *>() == nullptr || !wizard->isVisible(); }, 20'000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !detail->isBusy() && !detail->order().value("refunds"_L1).toArray().isEmpty(); }, 20'000));
    const QJsonObject refund = detail->order().value("refunds"_L1).toArray().first().toObject();
    EXPECT_EQ(refund.value("status"_L1).toString(), u"succeeded"_s);
    EXPECT_EQ(refund.value("amount"_L1).toObject().value("amount"_L1).toInteger(), 1000);
    auto *refunds = detail->findChild<QTableWidget *>(u"orderRefunds"_s);
    ASSERT_NE(refunds, nullptr);
    EXPECT_EQ(refunds->rowCount(), 1);
    // What is left: one mug and the shipping; a second wizard starts from there.
    auto *again = qobject_cast<Ui::RefundDialog *>(detail->openRefundDialog());
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(again->quantityBox(0)->maximum(), 1);
    EXPECT_DOUBLE_EQ(again->goodwillBox()->maximum(), 13.95);
    again->reject();
}

// The order detail's Returns tab: open a return for some of the lines, receive it into a warehouse, refund it.
TEST_F(RefundsViewTest, TheOrderDetailOpensReceivesAndRefundsAReturn)
{
    const QString id = checkout(2);
    ASSERT_FALSE(id.isEmpty());
    auto detail = openOrder(id);
    const auto returnOf = [&] { return detail->order().value("returns"_L1).toArray().first().toObject(); };
    const auto press = [](QDialog *dialog) { dialog->findChild<QPushButton *>(u"okButton"_s)->click(); };
    EXPECT_FALSE(detail->findChild<QPushButton *>(u"openReturn"_s)->isHidden()) << "on the Returns tab";
    EXPECT_FALSE(detail->receiveOffered()) << "no return yet";
    EXPECT_FALSE(detail->refundReturnOffered());

    QDialog *open = detail->openReturnDialog();
    ASSERT_NE(open, nullptr);
    auto *quantity = open->findChild<QSpinBox *>(u"returnQuantity_0"_s);
    ASSERT_NE(quantity, nullptr);
    EXPECT_EQ(quantity->maximum(), 2);
    press(open); // nothing chosen: said, not sent
    EXPECT_TRUE(open->findChild<QLabel *>(u"returnError"_s)->isVisibleTo(open));
    quantity->setValue(1);
    open->findChild<QLineEdit *>(u"returnNote"_s)->setText(u"Too small"_s);
    press(open);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !detail->isBusy() && returnOf().value("status"_L1) == u"open"_s; }, 20'000))
        << str(detail->message());
    auto *returns = detail->findChild<QTableWidget *>(u"orderReturns"_s);
    ASSERT_EQ(returns->rowCount(), 1);
    EXPECT_EQ(returns->item(0, 4)->text(), u"Too small"_s);
    EXPECT_EQ(detail->selectedReturnId(), returnOf().value("id"_L1).toString());
    EXPECT_TRUE(detail->returnOffered()) << "one mug is not in a return yet";

    ASSERT_TRUE(detail->receiveOffered());
    QDialog *receive = detail->openReceiveDialog();
    ASSERT_NE(receive, nullptr);
    auto *warehouse = receive->findChild<QComboBox *>(u"warehouse_0"_s);
    ASSERT_NE(warehouse, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return warehouse->findData(u"MAIN"_s) >= 0; }, 20'000)); // the warehouses arrived
    warehouse->setCurrentIndex(warehouse->findData(u"MAIN"_s));
    EXPECT_EQ(receive->findChild<QSpinBox *>(u"receivedQuantity_0"_s)->value(), 1);
    EXPECT_EQ(receive->findChild<QComboBox *>(u"condition_0"_s)->currentData().toString(), u"sellable"_s);
    press(receive);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !detail->isBusy() && returnOf().value("status"_L1) == u"received"_s; }, 20'000))
        << str(detail->message());
    const QJsonObject line = returnOf().value("lines"_L1).toArray().first().toObject();
    EXPECT_EQ(line.value("received"_L1).toInteger(), 1);
    EXPECT_EQ(line.value("warehouse"_L1).toString(), u"MAIN"_s);
    EXPECT_FALSE(detail->receiveOffered()) << "received already";

    ASSERT_TRUE(detail->refundReturnOffered());
    QDialog *refund = detail->openRefundReturnDialog();
    ASSERT_NE(refund, nullptr);
    auto *reason = refund->findChild<QComboBox *>(u"refundReason"_s);
    reason->setCurrentIndex(reason->findData(u"wrong_item"_s));
    press(refund);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !detail->isBusy() && returnOf().value("status"_L1) == u"refunded"_s; }, 20'000))
        << str(detail->message());
    const QJsonArray refunds = detail->order().value("refunds"_L1).toArray();
    ASSERT_EQ(refunds.size(), 1);
    EXPECT_EQ(refunds.first().toObject().value("amount"_L1).toObject().value("amount"_L1).toInteger(), 1000);
    EXPECT_EQ(refunds.first().toObject().value("reason"_L1).toString(), u"wrong_item"_s);
    EXPECT_FALSE(detail->refundReturnOffered()) << "refunded already";
}

TEST_F(RefundsViewTest, ARefundAboveTheLimitWaitsInTheQueueUntilAnotherPersonApproves)
{
    const QString id = checkout(3); // 30.00 + 3.95 shipping
    ASSERT_FALSE(id.isEmpty());
    auto detail = openOrder(id);
    auto *wizard = qobject_cast<Ui::RefundDialog *>(detail->openRefundDialog());
    ASSERT_NE(wizard, nullptr);
    wizard->quantityBox(0)->setValue(3);
    wizard->reasonBox()->setCurrentIndex(wizard->reasonBox()->findData(u"defective"_s));
    ASSERT_TRUE(previewed(wizard)) << str(wizard->previewText());
    EXPECT_TRUE(wizard->preview().value("requires_approval"_L1).toBool());
    wizard->confirm();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !detail->order().value("refunds"_L1).toArray().isEmpty(); }, 20'000));
    EXPECT_EQ(detail->order().value("refunds"_L1).toArray().first().toObject().value("status"_L1).toString(),
              u"awaiting_approval"_s);

    // The agent sees the queue but may not decide.
    Ui::RefundsView agentView(&m_server.agent());
    agentView.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return agentView.queueModel()->isStarted() && !agentView.queueModel()->isLoading(); }, 20'000));
    EXPECT_EQ(agentView.queueModel()->rowCount(), 1);
    EXPECT_FALSE(agentView.findChild<QPushButton *>(u"approveRefund"_s)->isVisible());

    Ui::RefundsView view(&m_server.admin());
    QAbstractItemModelTester tester(view.queueModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    view.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.queueModel()->isStarted() && !view.queueModel()->isLoading(); }, 20'000));
    ASSERT_EQ(view.queueModel()->rowCount(), 1);
    EXPECT_EQ(view.queueModel()->refund(0)->amount.amount, 3000);
    auto *approve = view.findChild<QPushButton *>(u"approveRefund"_s);
    EXPECT_FALSE(approve->isEnabled()); // nothing selected yet
    view.queueTable()->selectRow(0);
    ASSERT_TRUE(approve->isEnabled());
    approve->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.isBusy() && !view.message().isEmpty(); }, 20'000));
    EXPECT_TRUE(view.message().contains(u"Refunded"_s)) << str(view.message());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.queueModel()->isLoading() && view.queueModel()->rowCount() == 0; }, 20'000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.recentModel()->isLoading() && view.recentModel()->rowCount() == 1; }, 20'000));
    EXPECT_EQ(view.recentModel()->refund(0)->status, u"succeeded"_s);
}

TEST_F(RefundsViewTest, TheQueueFollowsTheEventFeed)
{
    const QString id = checkout(3);
    ASSERT_FALSE(id.isEmpty());
    Ui::RefundsView view(&m_server.admin());
    view.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.queueModel()->isStarted() && !view.queueModel()->isLoading(); }, 20'000));
    EXPECT_EQ(view.queueModel()->rowCount(), 0);

    // Asked for elsewhere: the area shows it without a reload.
    Ui::ApiRequest request;
    request.method = "POST"_ba;
    request.path = u"/api/v1/orders/%1/refunds"_s.arg(id);
    request.body = QJsonDocument(QJsonObject{{u"amount"_s, QJsonObject{{u"amount"_s, 2500}, {u"currency"_s, u"GBP"_s}}},
                                             {u"reason"_s, u"goodwill"_s}});
    request.headers.append({"Idempotency-Key"_ba, "feed-1"_ba});
    bool answered = false;
    int status = 0;
    m_server.agent().send(request, &view, [&](const Ui::ApiResponse &response) {
        answered = true;
        status = response.httpStatus;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answered; }, 20'000));
    ASSERT_EQ(status, 201);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.queueModel()->isLoading() && view.queueModel()->rowCount() == 1; }, 20'000));
    EXPECT_EQ(view.queueModel()->refund(0)->status, u"awaiting_approval"_s);
}

} // namespace
