// SPDX-License-Identifier: MIT
#include "ordertestsupport.h"

#include "ui/eventfeed.h"
#include "ui/orderboard.h"
#include "ui/orderdetaildialog.h"
#include "ui/ordersmodel.h"
#include "ui/ordersview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;
using Action = Domain::OrderAction;
using Status = Domain::OrderStatus;

namespace {

// The Orders area of a support agent, against a real server with orders placed as the checkout places them.
class OrdersViewTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.start()) << str(m_server.error());
        ASSERT_EQ(str(m_server.stockProduct(u"Enamel mug"_s, u"MUG-1"_s, 10)), "");
        QString error;
        const QString reservation = m_server.reserve(u"MUG-1"_s, 2, &error);
        ASSERT_FALSE(reservation.isEmpty()) << str(error);
        // Oldest first: the list shows them newest first. Totals with shipping (GBP 3.95 below 50.00): Ann 23.95,
        // Bob 60.00, Cy 18.95, Dee 8.95.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_cy = place({u"cy@example.com"_s, u"Cy Old"_s, u"MUG-1"_s, 1, 1500, Status::Delivered, {}, now.addDays(-10)});
        m_dee = place({u"ann@example.com"_s, u"Ann Smith"_s, u"TEA-1"_s, 1, 500, Status::Cancelled, {}, now.addSecs(-300)});
        m_bob = place({u"bob@example.com"_s, u"Bob Jones"_s, u"POT-1"_s, 1, 6000, Status::Pending, {}, now.addSecs(-200)});
        m_ann = place({u"ann@example.com"_s, u"Ann Smith"_s, u"MUG-1"_s, 2, 1000, Status::Confirmed, reservation, now.addSecs(-100)});
    }

    OrderServer::Placed place(const OrderServer::Order &order)
    {
        QString error;
        const auto placed = m_server.place(order, &error);
        EXPECT_TRUE(placed) << str(error);
        return placed.value_or(OrderServer::Placed{});
    }

    void showView()
    {
        m_view = std::make_unique<Ui::OrdersView>(&m_server.agent());
        m_tester = std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::Warning);
        m_view->resize(1300, 800);
        m_view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
        waitUntilLoaded();
    }

    void waitUntilLoaded()
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !m_view->isLoading() && model()->isStarted(); }, 20'000));
    }

    // Applies what was typed at once (as Enter does) and waits for the list.
    void type(const QString &objectName, const QString &text)
    {
        auto *edit = m_view->findChild<QLineEdit *>(objectName);
        edit->setText(text);
        QTest::keyClick(edit, Qt::Key_Return);
        waitUntilLoaded();
    }

    Ui::OrdersModel *model() const { return m_view->ordersModel(); }

    QStringList numbers() const
    {
        QStringList list;
        for (int row = 0; row < model()->rowCount(); ++row)
            list.append(model()->order(row)->number);
        return list;
    }

    QString cell(const QString &id, int column) const
    {
        const int row = model()->rowOf(id);
        return row < 0 ? u"<no row>"_s : model()->index(row, column).data().toString();
    }

    // Opens id as a person does: select the row, Enter.
    Ui::OrderDetailDialog *openFromTable(const QString &id)
    {
        const int row = model()->rowOf(id);
        EXPECT_GE(row, 0);
        m_view->table()->setFocus();
        m_view->table()->setCurrentIndex(model()->index(row, Ui::OrdersModel::NumberColumn));
        QTest::keyClick(m_view->table(), Qt::Key_Return);
        const QList<Ui::OrderDetailDialog *> open = m_view->openOrders();
        EXPECT_EQ(open.size(), 1);
        Ui::OrderDetailDialog *dialog = open.isEmpty() ? nullptr : open.first();
        if (dialog)
            waitForDetail(dialog);
        return dialog;
    }

    static void waitForDetail(Ui::OrderDetailDialog *dialog)
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->isBusy() && !dialog->order().isEmpty(); }, 20'000))
            << str(dialog->message());
    }

    static std::optional<Domain::OrderState> stateAfter(Ui::OrderDetailDialog *dialog, Domain::OrderState expected)
    {
        (void)QTest::qWaitFor([&] { return !dialog->isBusy() && dialog->state() == expected; }, 20'000);
        return dialog->state();
    }

    static QStringList column(const QTableWidget *table, int column)
    {
        QStringList cells;
        for (int row = 0; row < table->rowCount(); ++row)
            cells.append(table->item(row, column) ? table->item(row, column)->text() : QString());
        return cells;
    }

    OrderServer m_server;
    OrderServer::Placed m_ann, m_bob, m_cy, m_dee;
    std::unique_ptr<Ui::OrdersView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

TEST_F(OrdersViewTest, TableListsOrdersNewestFirstAndFilters)
{
    showView();
    EXPECT_EQ(numbers(), (QStringList{m_ann.number, m_bob.number, m_dee.number, m_cy.number})) << str(m_view->notice());
    EXPECT_EQ(cell(m_ann.id, Ui::OrdersModel::CustomerColumn), u"Ann Smith <ann@example.com>"_s);
    EXPECT_EQ(cell(m_ann.id, Ui::OrdersModel::StatusColumn), u"Confirmed"_s);
    EXPECT_EQ(cell(m_ann.id, Ui::OrdersModel::ItemsColumn), u"2"_s);
    EXPECT_EQ(cell(m_ann.id, Ui::OrdersModel::TotalColumn), u"23.95 GBP"_s);
    // Delivered history went through picking and packing; only the status is worth saying now.
    EXPECT_EQ(cell(m_cy.id, Ui::OrdersModel::StatusColumn), u"Delivered"_s);

    auto *status = m_view->findChild<QComboBox *>(u"statusFilter"_s);
    status->setCurrentIndex(status->findData(u"pending"_s));
    waitUntilLoaded();
    EXPECT_EQ(numbers(), QStringList{m_bob.number});
    status->setCurrentIndex(0);
    waitUntilLoaded();

    type(u"orderSearch"_s, u"ann@"_s);
    EXPECT_EQ(numbers(), (QStringList{m_ann.number, m_dee.number}));
    type(u"skuFilter"_s, u"mug-1"_s);
    EXPECT_EQ(numbers(), QStringList{m_ann.number});
    type(u"orderSearch"_s, QString());
    EXPECT_EQ(numbers(), (QStringList{m_ann.number, m_cy.number}));
    type(u"totalFilter"_s, u"-19.99"_s);
    EXPECT_EQ(numbers(), QStringList{m_cy.number});
    type(u"totalFilter"_s, u"20-"_s);
    EXPECT_EQ(numbers(), QStringList{m_ann.number});

    // A total range that is not one: said, and the list stays as it was.
    type(u"totalFilter"_s, u"50-10"_s);
    EXPECT_FALSE(m_view->notice().isEmpty());
    EXPECT_EQ(numbers(), QStringList{m_ann.number});
    type(u"totalFilter"_s, QString());
    EXPECT_TRUE(m_view->notice().isEmpty()) << str(m_view->notice());

    // Placed in the last two days: the delivered order of ten days ago is out.
    auto *from = m_view->findChild<QDateEdit *>(u"fromDate"_s);
    from->setDate(QDate::currentDate().addDays(-2));
    m_view->findChild<QCheckBox *>(u"fromEnabled"_s)->setChecked(true);
    waitUntilLoaded();
    EXPECT_EQ(numbers(), QStringList{m_ann.number});
}

TEST_F(OrdersViewTest, SavedViewsBringTheirFiltersBack)
{
    showView();
    type(u"orderSearch"_s, u"ann"_s);
    type(u"totalFilter"_s, u"10-25"_s);
    EXPECT_EQ(numbers(), QStringList{m_ann.number});
    m_view->saveView(u"Ann, mid-size"_s);
    EXPECT_TRUE(m_view->savedViews().contains(u"Ann, mid-size"_s));

    m_view->setFilter({});
    waitUntilLoaded();
    EXPECT_EQ(model()->rowCount(), 4);
    auto *views = m_view->findChild<QComboBox *>(u"savedViews"_s);
    EXPECT_EQ(views->currentIndex(), 0); // the filters changed: no view is chosen any more

    // Chosen from the combo, as a person does.
    views->setFocus();
    views->setCurrentIndex(views->findData(u"Ann, mid-size"_s));
    emit views->activated(views->currentIndex());
    waitUntilLoaded();
    EXPECT_EQ(numbers(), QStringList{m_ann.number});
    EXPECT_EQ(m_view->findChild<QLineEdit *>(u"orderSearch"_s)->text(), u"ann"_s);
    EXPECT_EQ(m_view->findChild<QLineEdit *>(u"totalFilter"_s)->text(), u"10.00-25.00"_s);

    // Kept in the settings: another view (the next start) has it too.
    Ui::OrdersView another(&m_server.agent());
    EXPECT_TRUE(another.savedViews().contains(u"Ann, mid-size"_s));
    m_view->findChild<QPushButton *>(u"deleteView"_s)->click();
    EXPECT_FALSE(m_view->savedViews().contains(u"Ann, mid-size"_s));
    EXPECT_FALSE(another.savedViews().contains(u"Ann, mid-size"_s));
}

TEST_F(OrdersViewTest, BoardCountsEachStatusAndKeepsTheFilters)
{
    showView();
    type(u"orderSearch"_s, u"ann@"_s);
    m_view->showMode(Ui::OrdersView::BoardMode);
    Ui::OrderBoard *board = m_view->board();
    QAbstractItemModelTester columnTester(board->column(Status::Confirmed), QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_view->isLoading() && board->count(Status::Pending) >= 0; }, 20'000));
    EXPECT_EQ(board->count(Status::Pending), 0);
    EXPECT_EQ(board->count(Status::Confirmed), 1);
    EXPECT_EQ(board->count(Status::Cancelled), 1);
    EXPECT_EQ(board->column(Status::Confirmed)->rowCount(), 1);
    EXPECT_EQ(board->column(Status::Pending)->rowCount(), 0);

    type(u"orderSearch"_s, QString());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_view->isLoading() && board->count(Status::Pending) == 1; }, 20'000));
    EXPECT_EQ(board->count(Status::Confirmed), 1);
    EXPECT_EQ(board->count(Status::Delivered), 1);
    EXPECT_EQ(board->count(Status::Cancelled), 1);
    EXPECT_EQ(board->count(Status::Fulfilling), 0);
    EXPECT_EQ(board->count(Status::Shipped), 0);
    EXPECT_EQ(board->findChild<QLabel *>(u"pendingCount"_s)->text(), u"Pending (1)"_s);
    EXPECT_TRUE(board->column(Status::Pending)->order(0)->number == m_bob.number);

    // A status filter leaves its own column.
    auto *status = m_view->findChild<QComboBox *>(u"statusFilter"_s);
    status->setCurrentIndex(status->findData(u"delivered"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_view->isLoading() && board->count(Status::Pending) == 0; }, 20'000));
    EXPECT_FALSE(board->columnView(Status::Delivered)->isHidden());
    EXPECT_TRUE(board->columnView(Status::Pending)->isHidden());

    // Back in the table, the same filter.
    m_view->showMode(Ui::OrdersView::TableMode);
    waitUntilLoaded();
    EXPECT_EQ(numbers(), QStringList{m_cy.number});

    // Enter on a card opens the order.
    m_view->showMode(Ui::OrdersView::BoardMode);
    QListView *delivered = board->columnView(Status::Delivered);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_view->isLoading() && delivered->model()->rowCount() == 1; }, 20'000));
    delivered->setFocus();
    delivered->setCurrentIndex(delivered->model()->index(0, 0));
    QTest::keyClick(delivered, Qt::Key_Return);
    ASSERT_EQ(m_view->openOrders().size(), 1);
    EXPECT_EQ(m_view->openOrders().first()->orderId(), m_cy.id);
}

TEST_F(OrdersViewTest, DetailShowsTheOrderThenPicksAndPacks)
{
    showView();
    Ui::OrderDetailDialog *detail = openFromTable(m_ann.id);
    ASSERT_NE(detail, nullptr);
    const QString totals = detail->findChild<QLabel *>(u"orderTotals"_s)->text();
    EXPECT_TRUE(totals.startsWith(u"Subtotal: 20.00 GBP\nDiscount: 0.00 GBP\nShipping: 3.95 GBP\nTax (included): "_s)) << str(totals);
    EXPECT_TRUE(totals.endsWith(u"\nTotal: 23.95 GBP"_s)) << str(totals);
    EXPECT_TRUE(detail->findChild<QLabel *>(u"orderSummary"_s)->text().contains(u"pi_test_4"_s));
    EXPECT_TRUE(detail->findChild<QLabel *>(u"shippingAddress"_s)->text().contains(u"N1 9GU London"_s));
    const auto *lines = detail->findChild<QTableWidget *>(u"orderLines"_s);
    EXPECT_EQ(column(lines, 0), QStringList{u"MUG-1"_s});
    EXPECT_EQ(column(lines, 2), QStringList{u"2"_s});
    // Where the stock is held: the reservation, per warehouse.
    const auto *allocation = detail->findChild<QTableWidget *>(u"orderAllocation"_s);
    EXPECT_EQ(column(allocation, 1), QStringList{u"MAIN"_s});
    EXPECT_EQ(column(allocation, 2), QStringList{u"2"_s});

    // The buttons come from the domain's state machine; the server says the same.
    EXPECT_EQ(detail->offeredActions(), (QList<Action>{Action::Pick, Action::Cancel}));
    QStringList serverActions;
    for (const QJsonValue &action : detail->order().value("allowed_actions"_L1).toArray())
        serverActions.append(action.toString());
    QStringList domainActions;
    for (Action action : Domain::allowedOrderActions(*detail->state()))
        domainActions.append(Domain::orderActionName(action));
    EXPECT_EQ(serverActions, domainActions);
    EXPECT_FALSE(detail->findChild<QPushButton *>(u"packOrder"_s)->isVisibleTo(detail));

    detail->findChild<QPushButton *>(u"pickOrder"_s)->click();
    EXPECT_EQ(stateAfter(detail, {Status::Fulfilling, Domain::FulfilmentStep::Picked}),
              (Domain::OrderState{Status::Fulfilling, Domain::FulfilmentStep::Picked}))
        << str(detail->message());
    EXPECT_EQ(detail->offeredActions(), (QList<Action>{Action::Pack, Action::Cancel}));
    EXPECT_TRUE(detail->pendingKey().isEmpty());
    detail->findChild<QPushButton *>(u"packOrder"_s)->click();
    EXPECT_EQ(stateAfter(detail, {Status::Fulfilling, Domain::FulfilmentStep::Packed}),
              (Domain::OrderState{Status::Fulfilling, Domain::FulfilmentStep::Packed}))
        << str(detail->message());
    EXPECT_EQ(detail->offeredActions(), QList<Action>{Action::Cancel});
    EXPECT_EQ(cell(m_ann.id, Ui::OrdersModel::StatusColumn), u"Fulfilling: packed"_s);
    const auto *timeline = detail->findChild<QTableWidget *>(u"orderTimeline"_s);
    EXPECT_EQ(column(timeline, 2).mid(column(timeline, 2).size() - 2), (QStringList{u"Picked"_s, u"Packed"_s}));

    // A note, on its tab: typed, Ctrl+Enter adds it.
    detail->findChild<QTabWidget *>(u"orderTabs"_s)->setCurrentIndex(3);
    detail->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(detail));
    auto *note = detail->findChild<QPlainTextEdit *>(u"noteText"_s);
    note->setFocus();
    QTest::keyClicks(note, u"Customer asked for gift wrap."_s);
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    const auto *notes = detail->findChild<QTableWidget *>(u"orderNotes"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return notes->rowCount() == 1; }, 20'000)) << str(detail->message());
    EXPECT_EQ(notes->item(0, 2)->text(), u"Customer asked for gift wrap."_s);
    EXPECT_TRUE(note->toPlainText().isEmpty());
}

// A pending order a checkout left behind is confirmed from its detail; confirmed orders offer no Confirm.
TEST_F(OrdersViewTest, APendingOrderIsConfirmedFromItsDetail)
{
    showView();
    Ui::OrderDetailDialog *detail = openFromTable(m_bob.id);
    ASSERT_NE(detail, nullptr);
    EXPECT_EQ(detail->offeredActions(), (QList<Action>{Action::Confirm, Action::Cancel}));
    auto *confirm = detail->findChild<QPushButton *>(u"confirmOrder"_s);
    ASSERT_TRUE(confirm);
    ASSERT_TRUE(confirm->isVisibleTo(detail));
    confirm->click();
    EXPECT_EQ(stateAfter(detail, {Status::Confirmed, Domain::FulfilmentStep::None}),
              (Domain::OrderState{Status::Confirmed, Domain::FulfilmentStep::None}))
        << str(detail->message());
    EXPECT_FALSE(confirm->isVisibleTo(detail));
    EXPECT_FALSE(detail->offeredActions().contains(Action::Confirm));
    EXPECT_EQ(m_server.order(m_bob.id).value_or(QJsonObject()).value("status"_L1).toString(), u"confirmed"_s);
}

TEST_F(OrdersViewTest, CancelNeedsAReasonAndReleasesTheStock)
{
    showView();
    Ui::OrderDetailDialog *detail = openFromTable(m_ann.id);
    ASSERT_NE(detail, nullptr);
    detail->findChild<QPushButton *>(u"cancelOrder"_s)->click();
    auto *question = detail->findChild<QDialog *>(u"cancelOrderDialog"_s);
    ASSERT_NE(question, nullptr);
    auto *ok = question->findChild<QPushButton *>(u"okButton"_s);
    ok->click();
    EXPECT_TRUE(question->findChild<QLabel *>(u"reasonError"_s)->isVisibleTo(question));
    EXPECT_TRUE(question->isVisible());
    EXPECT_FALSE(detail->isBusy());

    // Typed, and Enter sends.
    auto *reason = question->findChild<QLineEdit *>(u"cancelReason"_s);
    QTest::keyClicks(reason, u"Customer changed their mind"_s);
    QTest::keyClick(reason, Qt::Key_Return);
    EXPECT_EQ(stateAfter(detail, {Status::Cancelled, Domain::FulfilmentStep::None}),
              (Domain::OrderState{Status::Cancelled, Domain::FulfilmentStep::None}))
        << str(detail->message());
    EXPECT_TRUE(detail->offeredActions().isEmpty());
    EXPECT_FALSE(detail->findChild<QPushButton *>(u"cancelOrder"_s)->isVisibleTo(detail));
    const auto *timeline = detail->findChild<QTableWidget *>(u"orderTimeline"_s);
    EXPECT_EQ(column(timeline, 3).last(), u"Customer changed their mind"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !detail->isBusy(); }, 20'000));
    EXPECT_TRUE(detail->findChild<QLabel *>(u"allocationNote"_s)->text().startsWith(u"Released"_s))
        << str(detail->findChild<QLabel *>(u"allocationNote"_s)->text());
}

// Warehouse staff read orders (orders:read) but do not act on them here (no orders:manage).
TEST_F(OrdersViewTest, ReadersWithoutOrdersManageGetNoActions)
{
    QString error;
    const auto worker = m_server.staff().addUser({u"warehouse"_s}, &error);
    ASSERT_TRUE(worker) << str(error);
    Ui::ApiClient api;
    Ui::Session session(&api, nullptr);
    ASSERT_EQ(str(signInAndWait(session, m_server.url(), worker->email, worker->password)), "");
    Ui::OrdersView view(&session);
    view.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.isLoading() && view.ordersModel()->rowCount() == 4; }, 20'000))
        << str(view.notice());
    Ui::OrderDetailDialog *detail = view.openOrder(m_ann.id);
    ASSERT_NE(detail, nullptr);
    waitForDetail(detail);
    EXPECT_TRUE(detail->offeredActions().isEmpty());
    for (const char *button : {"pickOrder", "cancelOrder", "addNote"})
        EXPECT_FALSE(detail->findChild<QPushButton *>(QLatin1StringView(button))->isVisibleTo(detail)) << button;
    // Its stock allocation is theirs to see (inventory:read).
    EXPECT_EQ(detail->findChild<QTableWidget *>(u"orderAllocation"_s)->rowCount(), 1);
}

// Someone else acted on the order after it was opened: the action is refused (412), the order re-read.
TEST_F(OrdersViewTest, StaleVersionIsRefusedAndTheOrderReloaded)
{
    // On its own, without the area's feed, so only the refusal can bring the news.
    Ui::OrderDetailDialog detail(&m_server.agent(), m_ann.id, true, true);
    detail.show();
    waitForDetail(&detail);
    const int seen = detail.version();
    ASSERT_EQ(str(m_server.actElsewhere(m_ann.id, u"pick"_s)), "");

    detail.act(Action::Pick);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !detail.isBusy() && detail.version() != seen; }, 20'000)) << str(detail.message());
    EXPECT_TRUE(detail.message().startsWith(u"Someone else changed this order meanwhile"_s)) << str(detail.message());
    EXPECT_EQ(detail.state(), (Domain::OrderState{Status::Fulfilling, Domain::FulfilmentStep::Picked}));
    EXPECT_EQ(detail.offeredActions(), (QList<Action>{Action::Pack, Action::Cancel}));
    EXPECT_TRUE(detail.pendingKey().isEmpty());
}

// No answer: the pick may have happened, so sending it again must replay under the same key, not repeat.
TEST_F(OrdersViewTest, SendingAgainAfterNoAnswerKeepsTheIdempotencyKey)
{
    Ui::OrderDetailDialog detail(&m_server.agent(), m_ann.id, true, true);
    detail.show();
    waitForDetail(&detail);
    ASSERT_EQ(m_server.staff().server().stop(), 0);
    detail.act(Action::Pick);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !detail.isBusy(); }, 30'000));
    EXPECT_FALSE(detail.message().isEmpty());
    const QString key = detail.pendingKey();
    EXPECT_FALSE(key.isEmpty());
    EXPECT_EQ(detail.state(), (Domain::OrderState{Status::Confirmed, Domain::FulfilmentStep::None}));

    ASSERT_TRUE(m_server.staff().server().restart()) << str(m_server.staff().output());
    detail.act(Action::Pick);
    EXPECT_EQ(detail.pendingKey(), key);
    EXPECT_EQ(stateAfter(&detail, {Status::Fulfilling, Domain::FulfilmentStep::Picked}),
              (Domain::OrderState{Status::Fulfilling, Domain::FulfilmentStep::Picked}))
        << str(detail.message());
    EXPECT_TRUE(detail.pendingKey().isEmpty());
    EXPECT_TRUE(detail.message().isEmpty()) << str(detail.message());
}

TEST_F(OrdersViewTest, FollowsChangesOthersMake)
{
    showView();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_view->eventFeed()->lastId() > 0; }, 20'000));
    Ui::OrderDetailDialog *detail = openFromTable(m_ann.id);
    ASSERT_NE(detail, nullptr);

    ASSERT_EQ(str(m_server.actElsewhere(m_ann.id, u"pick"_s)), "");
    ASSERT_TRUE(QTest::qWaitFor([&] { return cell(m_ann.id, Ui::OrdersModel::StatusColumn) == u"Fulfilling: picked"_s; },
                                30'000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return !detail->isBusy() && detail->state() == Domain::OrderState{Status::Fulfilling, Domain::FulfilmentStep::Picked};
        },
        30'000));
    EXPECT_EQ(detail->offeredActions().value(0), Action::Pack);

    // A new order shows up at the top.
    const OrderServer::Placed fresh = place({u"new@example.com"_s, u"Nia New"_s, u"MUG-1"_s, 1, 1000, Status::Pending, {}, {}});
    ASSERT_TRUE(QTest::qWaitFor([&] { return model()->rowOf(fresh.id) == 0; }, 30'000));

    // On the board, the counts move.
    m_view->showMode(Ui::OrdersView::BoardMode);
    Ui::OrderBoard *board = m_view->board();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_view->isLoading() && board->count(Status::Pending) == 2; }, 20'000));
    ASSERT_EQ(str(m_server.actElsewhere(m_bob.id, u"cancel"_s, QJsonObject{{u"reason"_s, u"Duplicate order"_s}})), "");
    ASSERT_TRUE(QTest::qWaitFor([&] { return board->count(Status::Pending) == 1 && board->count(Status::Cancelled) == 2; },
                                30'000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return board->column(Status::Cancelled)->rowOf(m_bob.id) >= 0; }, 20'000));
    EXPECT_LT(board->column(Status::Pending)->rowOf(m_bob.id), 0);
}

} // namespace
