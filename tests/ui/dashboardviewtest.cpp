// SPDX-License-Identifier: MIT
#include "ordertestsupport.h"

#include "ui/apiclient.h"
#include "ui/dashboardview.h"
#include "ui/healthmonitor.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;
using Card = Ui::DashboardView::Card;

namespace {

// The dashboard of an administrator, against a real server whose orders are placed as the checkout places them.
class DashboardViewTest : public testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_server.start()) << str(m_server.error()); }

    void showView()
    {
        m_view = std::make_unique<Ui::DashboardView>(&m_server.admin(), &m_health);
        m_view->setRefreshDelay(100);
        m_spy = std::make_unique<QSignalSpy>(m_view.get(), &Ui::DashboardView::refreshed);
        m_view->resize(1300, 1000);
        m_view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
        waitForRefresh();
    }
    void waitForRefresh()
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_spy->count() > 0 && !m_view->isLoading(); }, 20'000));
        m_spy->clear();
    }
    Ui::DashboardChart *chart(const char *name) const
    {
        Ui::DashboardChart *c = m_view->chart(QString::fromLatin1(name));
        EXPECT_TRUE(c) << name;
        return c;
    }
    template<typename Series>
    Series *series(const char *name, int index = 0) const
    {
        const QList<QAbstractSeries *> all = chart(name)->chart()->series();
        return index < all.size() ? qobject_cast<Series *>(all[index]) : nullptr;
    }
    QString exportCsv(const char *name)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name) + u".csv"_s);
        bool finished = false;
        QString error;
        m_view->exportCsv(QString::fromLatin1(name), path, [&](const QString &e) {
            error = e;
            finished = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return finished; }, 20'000));
        EXPECT_EQ(str(error), "");
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    OrderServer m_server;
    Ui::ApiClient m_healthApi;
    Ui::HealthMonitor m_health{&m_healthApi};
    std::unique_ptr<Ui::DashboardView> m_view;
    std::unique_ptr<QSignalSpy> m_spy;
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(DashboardViewTest, AnEmptyShopShowsEmptyChartsWithAFriendlyMessage)
{
    showView();
    EXPECT_EQ(str(m_view->notice()), "");
    for (const QString &name : m_view->chartNames()) {
        Ui::DashboardChart *c = m_view->chart(name);
        EXPECT_TRUE(c->isEmpty()) << str(name);
        EXPECT_TRUE(c->chart()->series().isEmpty()) << str(name);
        const auto *message = c->findChild<QLabel *>(u"emptyMessage"_s);
        ASSERT_TRUE(message);
        EXPECT_TRUE(message->isVisibleTo(m_view.get())) << str(name);
        EXPECT_FALSE(message->text().isEmpty());
    }
    EXPECT_EQ(m_view->chartNames().size(), 5);
    for (Card card : {Card::LowStock, Card::LateOrders, Card::FailedSagas, Card::DeadWebhooks, Card::RefundsAwaitingApproval})
        EXPECT_EQ(m_view->cardCount(card), 0);
    EXPECT_TRUE(m_view->findChild<QLabel *>(u"salesSummary"_s)->text().startsWith(u"Gross 0.00 GBP"_s))
        << str(m_view->findChild<QLabel *>(u"salesSummary"_s)->text());

    // Even an empty chart can be saved and its (empty) data exported.
    const QString png = m_dir.filePath(u"sales.png"_s);
    ASSERT_TRUE(chart("sales")->savePng(png));
    EXPECT_FALSE(QImage(png).isNull());
    EXPECT_EQ(str(exportCsv("refunds")), "reason,refunds,amount,rate\r\n");
}

TEST_F(DashboardViewTest, FollowsTheShopThroughTheFeedAndLeadsToTheLists)
{
    ASSERT_EQ(str(m_server.stockProduct(u"Enamel mug"_s, u"MUG-1"_s, 10)), "");
    showView();
    EXPECT_TRUE(chart("sales")->isEmpty());
    ASSERT_FALSE(chart("stockValue")->isEmpty());
    auto *stock = series<QBarSeries>("stockValue");
    ASSERT_TRUE(stock);
    EXPECT_DOUBLE_EQ(stock->barSets().first()->at(0), 10 * 10.00) << "the MAIN warehouse at the product's price";

    // Orders placed elsewhere reach the charts through the event feed, without a click.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[sku, quantity, price] : {std::tuple{"MUG-1", 2, 1000}, std::tuple{"POT-1", 1, 2500},
                                               std::tuple{"MUG-1", 1, 1000}}) {
        QString error;
        ASSERT_TRUE(m_server.place({u"ann@example.com"_s, u"Ann"_s, QString::fromLatin1(sku), quantity, price,
                                    Domain::OrderStatus::Confirmed, {}, now.addSecs(-60)},
                                   &error))
            << str(error);
    }
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto *pie = series<QPieSeries>("ordersByState");
            return !chart("sales")->isEmpty() && pie && pie->sum() == 3 && !m_view->isLoading();
        },
        30'000));
    auto *sales = series<QLineSeries>("sales");
    ASSERT_TRUE(sales);
    EXPECT_EQ(sales->count(), 30);
    double gross = 0;
    for (const QPointF &p : sales->points())
        gross += p.y();
    EXPECT_DOUBLE_EQ(gross, 20.00 + 25.00 + 10.00);
    EXPECT_EQ(series<QLineSeries>("sales", 1)->name(), u"Previous period"_s);
    EXPECT_TRUE(m_view->findChild<QLabel *>(u"salesSummary"_s)->text().contains(u"orders: 3"_s))
        << str(m_view->findChild<QLabel *>(u"salesSummary"_s)->text());
    auto *top = series<QHorizontalBarSeries>("topProducts");
    ASSERT_TRUE(top);
    EXPECT_EQ(top->barSets().first()->count(), 2);
    EXPECT_TRUE(chart("refunds")->isEmpty());

    // The data behind a chart, as the server's CSV.
    const QString csv = exportCsv("topProducts");
    EXPECT_TRUE(csv.startsWith(u"sku,product_id,title,units,revenue\r\n"_s)) << str(csv);
    EXPECT_TRUE(csv.contains(u"MUG-1"_s)) << str(csv);

    // A card is a click away from its list.
    QSignalSpy cards(m_view.get(), &Ui::DashboardView::cardActivated);
    QTest::mouseClick(m_view->findChild<QPushButton *>(u"card_lateOrders"_s), Qt::LeftButton);
    ASSERT_EQ(cards.count(), 1);
    EXPECT_EQ(cards.first().first().value<Card>(), Card::LateOrders);
    QTest::mouseClick(m_view->findChild<QPushButton *>(u"card_refundsAwaitingApproval"_s), Qt::LeftButton);
    ASSERT_EQ(cards.count(), 2);
    EXPECT_EQ(cards.at(1).first().value<Card>(), Card::RefundsAwaitingApproval);
    EXPECT_EQ(m_view->attention().value(u"ship_promise_days"_s).toInt(), 2);

    // Another range: seven days of points, the previous seven beside them.
    m_spy->clear();
    m_view->setRange(Ui::DashboardView::Last7Days);
    waitForRefresh();
    EXPECT_EQ(m_view->rangeFrom(), QDate::currentDate().addDays(-6));
    EXPECT_EQ(series<QLineSeries>("sales")->count(), 7);

    // A custom range the server refuses says why.
    m_view->setRange(Ui::DashboardView::CustomRange, QDate::currentDate(), QDate::currentDate().addDays(-5));
    waitForRefresh();
    EXPECT_TRUE(m_view->notice().contains(u"to"_s)) << str(m_view->notice());
}
