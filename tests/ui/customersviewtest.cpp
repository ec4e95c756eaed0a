// SPDX-License-Identifier: MIT
#include "ordertestsupport.h"

#include "server/orders/orderservice.h"
#include "server/store/pgconnection.h"
#include "server/store/transaction.h"
#include "tests/support/rawhttp.h"
#include "ui/customersmodel.h"
#include "ui/customersview.h"
#include "ui/orderdetaildialog.h"
#include "ui/productsmodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;

namespace {

// The Customers area of a support agent, against a real server: one customer with imported history over two
// months, one without any order.
class CustomersViewTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.start()) << str(m_server.error());
        QString error;
        const auto buyer = m_server.staff().registerCustomer(&error);
        ASSERT_TRUE(buyer) << str(error);
        const auto quiet = m_server.staff().registerCustomer(&error);
        ASSERT_TRUE(quiet) << str(error);
        m_buyer = *buyer;
        m_quiet = *quiet;
        // Registration answers tokens, not the account: the ids come from the database.
        m_buyer.id = idOf(m_buyer.email);
        m_quiet.id = idOf(m_quiet.email);
        ASSERT_FALSE(m_buyer.id.isEmpty());
        ASSERT_FALSE(m_quiet.id.isEmpty());
        m_first = place(u"retail:536365"_s, QDateTime(QDate(2010, 11, 30), QTime(9, 0), Qt::UTC), 1530);
        place(u"retail:536366"_s, QDateTime(QDate(2010, 12, 1), QTime(9, 0), Qt::UTC), 470);
        place(u"retail:536367"_s, QDateTime(QDate(2010, 12, 2), QTime(9, 0), Qt::UTC), 1000);
    }

    QString idOf(const QString &email)
    {
        Server::PgConnection c(m_server.staff().server().database()->conninfo());
        auto rows = c.exec("SELECT id FROM users WHERE email = $1", {email.toUtf8()});
        return rows && rows->rows() == 1 ? rows->text(0, 0) : QString();
    }

    // A delivered order of the buyer, as import-retail places history.
    QString place(const QString &reference, const QDateTime &at, qint64 amount)
    {
        Server::NewOrder o;
        o.customerId = m_buyer.id.toLongLong();
        o.email = m_buyer.email;
        o.customerName = u"Buyer"_s;
        o.shippingAddress.name = o.customerName;
        o.shippingAddress.country = u"GB"_s;
        const Domain::Money money{amount, u"GBP"_s};
        const Domain::Money zero{0, u"GBP"_s};
        o.totals.currency = u"GBP"_s;
        o.totals.country = u"GB"_s;
        o.totals.lines.append({u"85123A"_s, u"HEART"_s, 1, money, zero, zero, money, {}, {}});
        o.totals.subtotal = o.totals.total = money;
        o.totals.discount = o.totals.shipping = o.totals.tax = o.totals.shippingTax = o.totals.fees = zero;
        o.sourceReference = reference;
        o.placedAt = at;
        o.status = Domain::OrderStatus::Delivered;
        const Server::AuditActor actor{std::nullopt, QByteArrayLiteral("ui-test"), u"import-retail"_s};
        Server::PgConnection c(m_server.staff().server().database()->conninfo());
        auto placed = Server::runInTransaction<Server::StoredOrder>(
            c, [&](Server::PgConnection &tx) { return Server::OrderService::createOrder(tx, o, actor); });
        EXPECT_TRUE(placed.has_value()) << (placed ? "" : str(placed.error().message));
        return placed ? QString::number(placed->id) : QString();
    }

    void showView()
    {
        m_view = std::make_unique<Ui::CustomersView>(&m_server.agent());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_view->customers(),
                                                              QAbstractItemModelTester::FailureReportingMode::Warning);
        m_view->resize(1300, 900);
        m_view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
        waitUntilLoaded();
    }

    void waitUntilLoaded()
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !m_view->isLoading() && m_view->customers()->isStarted(); }, 20'000));
    }

    // Sends method path with body as whoever token signs in (nobody when empty); the answer's JSON, or {} with
    // a test failure unless the status is expected.
    QJsonObject call(const char *method, const QByteArray &path, const QJsonObject &body, const QByteArray &token,
                     const QByteArray &key, int expected)
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
        if (!token.isEmpty())
            headers.append({"Authorization", "Bearer " + token});
        if (!key.isEmpty())
            headers.append({"Idempotency-Key", key});
        auto r = Backroom::Test::RawHttp::request(quint16(m_server.url().port()), method, path,
                                                  QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
        EXPECT_TRUE(r && r->status == expected) << method << ' ' << path.constData() << ": "
                                                << (r ? r->body.constData() : "no answer");
        return r ? QJsonDocument::fromJson(r->body).object() : QJsonObject();
    }

    template <typename T>
    T *find(const char *name)
    {
        return m_view->findChild<T *>(QString::fromLatin1(name));
    }

    OrderServer m_server;
    StaffServer::Created m_buyer;
    StaffServer::Created m_quiet;
    QString m_first;
    std::unique_ptr<Ui::CustomersView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(CustomersViewTest, SearchesShowsTheProfileChartAndOrdersAndOpensAnOrder)
{
    showView();
    EXPECT_EQ(m_view->customers()->rowCount(), 2) << "the two customers; staff accounts are not customers";

    // Typing searches after a pause; the first match is shown.
    QTest::keyClicks(find<QLineEdit>("customerSearch"), m_buyer.email);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_view->customers()->rowCount() == 1 && !m_view->isLoading(); }, 20'000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_view->currentCustomerId() == m_buyer.id && !m_view->isLoading()
                                             && !m_view->profile().isEmpty(); },
                                20'000));
    EXPECT_EQ(m_view->notice(), QString());
    EXPECT_EQ(m_view->profile().value("order_count"_L1).toInt(), 3);
    EXPECT_TRUE(find<QLabel>("customerDetails")->text().contains(m_buyer.email));
    EXPECT_TRUE(find<QLabel>("customerValue")->text().contains(u"30.00"_s)) << str(find<QLabel>("customerValue")->text());
    EXPECT_EQ(m_view->chartPoints(), 2) << "November and December 2010";
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_view->orders()->rowCount() == 3; }, 20'000));

    // Enter on an order opens it.
    auto *orders = find<QTableView>("customerOrders");
    orders->setFocus();
    orders->setCurrentIndex(m_view->orders()->index(2, 0));
    QTest::keyClick(orders, Qt::Key_Return);
    auto *dialog = m_view->findChild<Ui::OrderDetailDialog *>(u"orderDetail"_s);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->orderId(), m_first) << "the oldest order is the last row";
    dialog->close();

    // An order number finds its customer too.
    m_view->search(u"536366"_s);
    waitUntilLoaded();
    ASSERT_EQ(m_view->customers()->rowCount(), 1);
    EXPECT_EQ(m_view->customers()->customer(0)->email, m_buyer.email);
}

TEST_F(CustomersViewTest, AReloadKeepsTheCustomerShown)
{
    showView();
    ASSERT_EQ(m_view->customers()->rowCount(), 2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_view->currentCustomerId() == m_buyer.id && !m_view->isLoading(); }, 20'000))
        << "the first customer is shown at once";
    auto *table = find<QTableView>("customersTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_view->currentCustomerId() == m_quiet.id && !m_view->isLoading(); }, 20'000));
    m_view->reload();
    waitUntilLoaded();
    EXPECT_EQ(m_view->currentCustomerId(), m_quiet.id);
    EXPECT_EQ(table->currentIndex().data(Ui::CustomersModel::IdRole).toString(), m_quiet.id);
}

TEST_F(CustomersViewTest, ACustomerWithoutOrdersShowsAnEmptyHistoryAndTakesNotes)
{
    showView();
    m_view->search(m_quiet.email);
    waitUntilLoaded();
    ASSERT_EQ(m_view->customers()->rowCount(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_view->currentCustomerId() == m_quiet.id && !m_view->isLoading()
                                             && !m_view->profile().isEmpty(); },
                                20'000));
    EXPECT_EQ(m_view->notice(), QString());
    EXPECT_EQ(m_view->profile().value("order_count"_L1).toInt(), 0);
    EXPECT_EQ(m_view->chartPoints(), 0);
    EXPECT_EQ(m_view->orders()->rowCount(), 0);
    EXPECT_TRUE(find<QLabel>("customerValue")->text().contains(u"No orders"_s)) << str(find<QLabel>("customerValue")->text());

    // A note: typed, Ctrl+Enter, then listed newest first.
    auto *add = find<QPushButton>("addCustomerNote");
    EXPECT_FALSE(add->isEnabled()) << "nothing typed yet";
    auto *text = find<QPlainTextEdit>("customerNoteText");
    text->setFocus();
    QTest::keyClicks(text, u"Asked for a callback."_s);
    EXPECT_TRUE(add->isEnabled());
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_view->notes().size() == 1 && !m_view->isLoading(); }, 20'000))
        << str(m_view->notice());
    EXPECT_EQ(m_view->notes().first(), u"Asked for a callback."_s);
    EXPECT_TRUE(text->toPlainText().isEmpty());
    m_view->addNote(); // nothing typed: nothing sent
    text->setPlainText(u"Second"_s);
    m_view->addNote();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_view->notes().size() == 2 && !m_view->isLoading(); }, 20'000));
    EXPECT_EQ(m_view->notes(), (QStringList{u"Second"_s, u"Asked for a callback."_s}));
}

TEST_F(CustomersViewTest, ShowsTheRefundsAndReturnsAndTheNetLifetimeValueAndOpensTheirOrders)
{
    // A checkout of the buyer's, paid through the payments sandbox, partly refunded and partly sent back.
    ASSERT_EQ(str(m_server.stockProduct(u"Enamel mug"_s, u"MUG-1"_s, 20)), "");
    const QByteArray token = call("POST", "/api/v1/auth/login", {{u"email"_s, m_buyer.email}, {u"password"_s, m_buyer.password}},
                                  {}, {}, 200)
                                 .value("access_token"_L1)
                                 .toString()
                                 .toLatin1();
    ASSERT_FALSE(token.isEmpty());
    const QByteArray cart = call("POST", "/api/v1/carts", {}, token, {}, 201).value("id"_L1).toString().toLatin1();
    call("POST", "/api/v1/carts/" + cart + "/items", {{u"sku"_s, u"MUG-1"_s}, {u"quantity"_s, 2}}, token, {}, 200);
    const QJsonObject placed = call(
        "POST", "/api/v1/carts/" + cart + "/checkout",
        {{u"email"_s, m_buyer.email},
         {u"shipping_address"_s, QJsonObject{{u"name"_s, u"Buyer"_s}, {u"line1"_s, u"1 High Street"_s},
                                             {u"city"_s, u"London"_s}, {u"country"_s, u"GB"_s}}},
         {u"payment"_s, QJsonObject{{u"card_number"_s, u"4242424242424242"_s}}}},
        token, "ui-customer-" + cart, 201);
    const QString paid = placed.value("id"_L1).toString();
    ASSERT_FALSE(paid.isEmpty());
    const QByteArray admin = call("POST", "/api/v1/auth/login",
                                  {{u"email"_s, m_server.staff().adminEmail()}, {u"password"_s, m_server.staff().adminPassword()}},
                                  {}, {}, 200)
                                 .value("access_token"_L1)
                                 .toString()
                                 .toLatin1();
    const QJsonObject refund = call("POST", "/api/v1/orders/" + paid.toLatin1() + "/refunds",
                                    {{u"amount"_s, QJsonObject{{u"amount"_s, 300}, {u"currency"_s, u"GBP"_s}}},
                                     {u"reason"_s, u"goodwill"_s}},
                                    admin, "ui-goodwill", 201);
    ASSERT_EQ(refund.value("status"_L1).toString(), u"succeeded"_s);
    call("POST", "/api/v1/orders/" + paid.toLatin1() + "/returns",
         {{u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"MUG-1"_s}, {u"quantity"_s, 1}}}}, {u"note"_s, u"Chipped"_s}}, admin, {},
         201);

    showView();
    m_view->search(m_buyer.email);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_view->currentCustomerId() == m_buyer.id && !m_view->isLoading()
                                             && !m_view->profile().isEmpty(); },
                                20'000));
    EXPECT_EQ(m_view->notice(), QString());

    // The lifetime value is net of the refund, with the refund beside it.
    const QJsonObject value = m_view->profile().value("lifetime_value"_L1).toArray().first().toObject();
    const qint64 gross = 3000 + placed.value("total"_L1).toObject().value("amount"_L1).toInteger();
    EXPECT_GT(gross, 3000);
    EXPECT_EQ(value.value("amount"_L1).toInteger(), gross - 300);
    const QString valueText = find<QLabel>("customerValue")->text();
    EXPECT_TRUE(valueText.contains(Ui::ProductsModel::moneyText({gross - 300, u"GBP"_s}))) << str(valueText);
    EXPECT_TRUE(valueText.contains(Ui::ProductsModel::moneyText({300, u"GBP"_s}))) << str(valueText);

    ASSERT_TRUE(QTest::qWaitFor([&] { return m_view->refunds()->rowCount() == 1 && m_view->returns()->rowCount() == 1; }, 20'000));
    EXPECT_EQ(m_view->refunds()->refund(0)->amount.amount, 300);
    EXPECT_EQ(m_view->refunds()->refund(0)->reason, u"goodwill"_s);
    EXPECT_EQ(m_view->returns()->customerReturn(0)->note, u"Chipped"_s);
    EXPECT_EQ(m_view->returns()->customerReturn(0)->status, u"open"_s);
    auto *tabs = find<QTabWidget>("customerTabs");
    ASSERT_NE(tabs, nullptr);

    // Enter on the refund opens its order.
    auto *refunds = find<QTableView>("customerRefunds");
    tabs->setCurrentWidget(refunds);
    refunds->setFocus();
    refunds->setCurrentIndex(m_view->refunds()->index(0, 0));
    QTest::keyClick(refunds, Qt::Key_Return);
    auto *dialog = m_view->findChild<Ui::OrderDetailDialog *>(u"orderDetail"_s);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->orderId(), paid);
    dialog->close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_view->findChild<Ui::OrderDetailDialog *>(u"orderDetail"_s) == nullptr; }, 20'000));

    // A double-click on the return opens its order too.
    auto *returns = find<QTableView>("customerReturns");
    tabs->setCurrentWidget(returns);
    ASSERT_TRUE(QTest::qWaitFor([&] { return returns->isVisible(); }, 20'000));
    const QRect cell = returns->visualRect(m_view->returns()->index(0, Ui::CustomerReturnsModel::OrderColumn));
    QTest::mouseClick(returns->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(returns->viewport(), Qt::LeftButton, {}, cell.center());
    dialog = m_view->findChild<Ui::OrderDetailDialog *>(u"orderDetail"_s);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->orderId(), paid);
    dialog->close();
}
