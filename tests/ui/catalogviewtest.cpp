// SPDX-License-Identifier: MIT
#include "catalogtestsupport.h"

#include "ui/catalogview.h"
#include "ui/categorypanel.h"
#include "ui/categorytreemodel.h"
#include "ui/producteditordialog.h"
#include "ui/productsmodel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;

namespace {

// The Catalog area of a merchandiser, against a real server.
class CatalogViewTest : public testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_server.start()) << str(m_server.error()); }

    void showView(int pageSize = 50, QSize size = {1100, 700})
    {
        m_view = std::make_unique<Ui::CatalogView>(&m_server.session());
        m_view->productsModel()->setPageSize(pageSize);
        m_view->resize(size);
        m_view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
        waitUntilLoaded();
    }

    void waitUntilLoaded()
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !m_view->isLoading(); }, 20'000));
    }

    // Waits for the search pause and the page it sends.
    void waitForFilter(const QString &text)
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return model()->filter().text == text && !m_view->isLoading(); }, 20'000));
    }

    void create(const QString &title, const QString &sku, qint64 amount, const QString &categoryId = {},
                const QString &status = u"active"_s)
    {
        QString error;
        ASSERT_TRUE(createProduct(m_server.session(), title, sku, amount, categoryId, status, &error)) << str(error);
    }

    QString makeCategory(const QString &name, const QString &parentId = {})
    {
        QString error;
        const auto category = createCategory(m_server.session(), name, parentId, &error);
        EXPECT_TRUE(category) << str(error);
        return category ? category->value("id"_L1).toString() : QString();
    }

    QStringList titles() const
    {
        QStringList titles;
        for (int row = 0; row < model()->rowCount(); ++row)
            titles.append(model()->product(row)->title);
        return titles;
    }

    Ui::ProductsModel *model() const { return m_view->productsModel(); }
    QTableView *table() const { return m_view->productTable(); }
    QLabel *count() const { return m_view->findChild<QLabel *>(u"productCount"_s); }

    CatalogServer m_server;
    std::unique_ptr<Ui::CatalogView> m_view;
};

} // namespace

TEST_F(CatalogViewTest, ShowsTheProductsWithTheirColumns)
{
    const QString mugs = makeCategory(u"Mugs"_s);
    create(u"Enamel Mug"_s, u"MUG-1"_s, 129900, mugs);
    showView();
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    ASSERT_EQ(model()->rowCount(), 1);
    const auto cell = [&](int column) { return str(model()->index(0, column).data().toString()); };
    EXPECT_EQ(cell(Ui::ProductsModel::TitleColumn), "Enamel Mug");
    EXPECT_EQ(cell(Ui::ProductsModel::SkuColumn), "MUG-1");
    EXPECT_EQ(cell(Ui::ProductsModel::PriceColumn), "1,299.00 GBP") << "the currency's two decimals, grouped";
    EXPECT_EQ(cell(Ui::ProductsModel::StatusColumn), "Active");
    EXPECT_EQ(cell(Ui::ProductsModel::CategoryColumn), "Mugs");
    EXPECT_FALSE(model()->index(0, Ui::ProductsModel::UpdatedColumn).data().toString().isEmpty());
    EXPECT_EQ(str(count()->text()), "Products: 1");
    EXPECT_EQ(str(Ui::ProductsModel::moneyText({1299, u"JPY"_s})), "1,299 JPY");
    EXPECT_EQ(str(Ui::ProductsModel::moneyText({1299, u"KWD"_s})), "1.299 KWD");
}

TEST_F(CatalogViewTest, PagesAsItScrollsAndWithLoadMoreWithoutRepeats)
{
    for (int i = 0; i < 35; ++i)
        create(u"Product %1"_s.arg(i, 2, 10, QChar(u'0')), u"SKU-%1"_s.arg(i), 100 + i);
    // A short view: fewer rows fit than a page holds, so only scrolling asks for more.
    // No model tester here: it asks for more pages by itself.
    showView(15, {1000, 420});
    ASSERT_LT(table()->viewport()->height() / table()->verticalHeader()->defaultSectionSize(), 15)
        << "the view must show fewer rows than a page for this test";
    QTest::qWait(200);
    ASSERT_EQ(model()->rowCount(), 15) << "one page, not the whole catalog";
    EXPECT_TRUE(model()->canFetchMore({}));
    EXPECT_EQ(str(count()->text()), "Products shown: 15; scroll down or choose Load More for more.");

    table()->scrollToBottom();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model()->rowCount() > 15 && !model()->isLoading(); }, 20'000));
    EXPECT_EQ(model()->rowCount(), 30);

    auto *loadMore = m_view->findChild<QPushButton *>(u"loadMoreProducts"_s);
    ASSERT_TRUE(loadMore->isEnabled());
    QTest::mouseClick(loadMore, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model()->rowCount() > 30 && !model()->isLoading(); }, 20'000));
    EXPECT_EQ(model()->rowCount(), 35);
    EXPECT_FALSE(model()->canFetchMore({}));
    EXPECT_FALSE(loadMore->isEnabled());
    EXPECT_EQ(str(count()->text()), "Products: 35");

    QSet<QString> ids;
    for (int row = 0; row < model()->rowCount(); ++row)
        ids.insert(model()->product(row)->id);
    EXPECT_EQ(ids.size(), 35) << "no product twice";
    EXPECT_EQ(str(titles().first()), "Product 00");
    EXPECT_EQ(str(titles().last()), "Product 34");
}

TEST_F(CatalogViewTest, SearchesAsYouTypeWithOneRequestAfterThePause)
{
    create(u"Blue Mug"_s, u"MUG-B"_s, 900);
    create(u"Red mug"_s, u"MUG-R"_s, 900);
    create(u"Tea Towel"_s, u"TOWEL"_s, 500);
    showView();
    ASSERT_EQ(model()->rowCount(), 3);
    const int listsBefore = requestCount(m_server.url(), "GET /api/v1/products");
    ASSERT_GE(listsBefore, 1);

    auto *search = m_view->findChild<QLineEdit *>(u"productSearch"_s);
    search->setFocus();
    QTest::keyClicks(search, u"mug"_s);
    EXPECT_EQ(model()->rowCount(), 3) << "nothing is sent before the pause";
    waitForFilter(u"mug"_s);

    QStringList found = titles();
    found.sort();
    EXPECT_EQ(str(found.join(u", "_s)), "Blue Mug, Red mug");
    EXPECT_EQ(requestCount(m_server.url(), "GET /api/v1/products"), listsBefore + 1) << "one request for three keys";

    QTest::keyClicks(search, u"zz"_s);
    waitForFilter(u"mugzz"_s);
    EXPECT_EQ(model()->rowCount(), 0);
    EXPECT_EQ(str(count()->text()), "No products match the search and filters.");

    search->clear();
    waitForFilter(QString());
    EXPECT_EQ(model()->rowCount(), 3);
}

TEST_F(CatalogViewTest, AbandonsAnOlderSearchStillOnItsWay)
{
    create(u"Blue Mug"_s, u"MUG-B"_s, 900);
    create(u"Tea Towel"_s, u"TOWEL"_s, 500);
    showView();
    auto *search = m_view->findChild<QLineEdit *>(u"productSearch"_s);

    search->setText(u"towel"_s);
    QTest::keyClick(search, Qt::Key_Return); // sends at once
    ASSERT_TRUE(model()->isLoading());
    search->setText(u"mug"_s);
    QTest::keyClick(search, Qt::Key_Return); // the towel page is now stale
    waitForFilter(u"mug"_s);
    QTest::qWait(100);

    EXPECT_EQ(str(titles().join(u", "_s)), "Blue Mug") << "the older answer never lands";
}

TEST_F(CatalogViewTest, NarrowsByTheTreesCategoryAndByStatus)
{
    const QString kitchen = makeCategory(u"Kitchen"_s);
    const QString mugs = makeCategory(u"Mugs"_s, kitchen);
    const QString garden = makeCategory(u"Garden"_s);
    create(u"Blue Mug"_s, u"MUG-B"_s, 900, mugs);
    create(u"Rake"_s, u"RAKE"_s, 1500, garden);
    create(u"Loose Draft"_s, u"LOOSE"_s, 0, {}, u"draft"_s);
    showView();
    ASSERT_EQ(model()->rowCount(), 3);

    m_view->categoryPanel()->setCurrentCategoryId(kitchen);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model()->filter().categoryId == kitchen && !m_view->isLoading(); }, 20'000));
    EXPECT_EQ(str(titles().join(u", "_s)), "Blue Mug") << "a category shows what lies below it too";
    EXPECT_EQ(str(model()->index(0, Ui::ProductsModel::CategoryColumn).data().toString()), "Mugs");

    m_view->categoryPanel()->setCurrentCategoryId(QString());
    auto *status = m_view->findChild<QComboBox *>(u"statusFilter"_s);
    status->setCurrentIndex(status->findData(u"draft"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] { return model()->filter().status == u"draft"_s && !m_view->isLoading(); }, 20'000));
    EXPECT_EQ(str(titles().join(u", "_s)), "Loose Draft");
    EXPECT_TRUE(model()->filter().categoryId.isEmpty());
}

TEST_F(CatalogViewTest, SortsTheWholeCatalogByTitleOrPriceAndOtherColumnsLocally)
{
    create(u"Cheap"_s, u"C-1"_s, 100);
    create(u"Dear"_s, u"D-1"_s, 900);
    create(u"Middling"_s, u"M-1"_s, 500, {}, u"draft"_s);
    create(u"Bargain"_s, u"B-1"_s, 300);
    // Pages of two, which the grid fetches one after the other while it has room.
    showView(2);
    const auto allLoaded = [&] { return model()->rowCount() == 4 && !model()->canFetchMore({}) && !m_view->isLoading(); };
    ASSERT_TRUE(QTest::qWaitFor(allLoaded, 20'000));
    ASSERT_EQ(str(titles().join(u", "_s)), "Cheap, Dear, Middling, Bargain") << "the server's order, oldest first";

    // Price is the server's order: the pages start again, and the second page continues it.
    table()->sortByColumn(Ui::ProductsModel::PriceColumn, Qt::DescendingOrder);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model()->filter().sort == u"-price"_s && allLoaded(); }, 20'000));
    EXPECT_EQ(str(titles().join(u", "_s)), "Dear, Middling, Bargain, Cheap");
    EXPECT_TRUE(count()->text().contains(u"Sorted by Price across the whole catalog"_s)) << str(count()->text());

    // Status is sorted among the rows loaded, and says so.
    table()->sortByColumn(Ui::ProductsModel::StatusColumn, Qt::AscendingOrder);
    EXPECT_EQ(str(titles().first()), "Middling") << "drafts first";
    EXPECT_TRUE(count()->text().contains(u"Sorted by Status among the products loaded"_s)) << str(count()->text());

    table()->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model()->filter().sort.isEmpty() && allLoaded(); }, 20'000));
    EXPECT_EQ(str(titles().join(u", "_s)), "Cheap, Dear, Middling, Bargain");
}

TEST_F(CatalogViewTest, NarrowsByAPriceRangeAndNamesABadOne)
{
    create(u"Cheap"_s, u"C-1"_s, 100);
    create(u"Dear"_s, u"D-1"_s, 900);
    create(u"Middling"_s, u"M-1"_s, 500);
    showView();
    auto *price = m_view->findChild<QLineEdit *>(u"priceFilter"_s);
    ASSERT_TRUE(price);
    price->setFocus();
    QTest::keyClicks(price, u"4-6"_s);
    QTest::keyClick(price, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model()->filter().priceRange == u"4-6"_s && !m_view->isLoading(); }, 20'000));
    EXPECT_EQ(str(titles().join(u", "_s)), "Middling");

    price->setText(u"9-1"_s);
    QTest::keyClick(price, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model()->filter().priceRange == u"9-1"_s && !m_view->isLoading(); }, 20'000));
    auto *notice = m_view->findChild<QLabel *>(u"catalogNotice"_s);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(u"price_range"_s)) << str(notice->text());
}

TEST_F(CatalogViewTest, EnterOpensTheProductInTheEditor)
{
    create(u"Enamel Mug"_s, u"MUG-1"_s, 1299);
    showView();
    table()->setFocus();
    table()->setCurrentIndex(model()->index(0, 0));

    QTest::keyClick(table(), Qt::Key_Return);

    Ui::ProductEditorDialog *editor = m_view->editor();
    ASSERT_TRUE(editor);
    EXPECT_TRUE(editor->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !editor->isLoading(); }, 20'000));
    EXPECT_EQ(str(editor->findChild<QLineEdit *>(u"title"_s)->text()), "Enamel Mug");
    EXPECT_EQ(str(editor->variantsTable()->item(0, Ui::ProductEditorDialog::PriceColumn)->text()), "12.99");
    editor->reject();
}

TEST_F(CatalogViewTest, SelectsSeveralRowsAndCopiesThem)
{
    create(u"One"_s, u"ONE"_s, 100);
    create(u"Two"_s, u"TWO"_s, 200);
    create(u"Three"_s, u"THREE"_s, 300);
    showView();
    table()->setFocus();
    table()->setCurrentIndex(model()->index(0, 0));
    QTest::keyClick(table(), Qt::Key_Down, Qt::ShiftModifier);

    EXPECT_EQ(m_view->selectedProductIds().size(), 2);
    EXPECT_TRUE(count()->text().endsWith(u"2 selected."_s)) << str(count()->text());
    QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << str(QGuiApplication::clipboard()->text());
    EXPECT_TRUE(lines.at(0).startsWith(u"Title\tSKU\tPrice"_s));
    EXPECT_TRUE(lines.at(1).startsWith(u"One\tONE\t1.00 GBP"_s)) << str(lines.at(1));
}
