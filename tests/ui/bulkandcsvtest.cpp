// SPDX-License-Identifier: MIT
#include "catalogtestsupport.h"

#include "ui/bulkeditdialog.h"
#include "ui/catalogview.h"
#include "ui/csvimportdialog.h"
#include "ui/productsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;

namespace {

// Bulk edits and CSV import/export from the Catalog area, against a real server.
class BulkAndCsvTest : public testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_server.start()) << str(m_server.error()); }

    void showView()
    {
        m_view = std::make_unique<Ui::CatalogView>(&m_server.session());
        m_view->resize(1100, 700);
        m_view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
        ASSERT_TRUE(QTest::qWaitFor([&] { return !m_view->isLoading(); }, 20'000));
    }

    void create(const QString &title, const QString &sku, qint64 amount)
    {
        QString error;
        ASSERT_TRUE(createProduct(m_server.session(), title, sku, amount, {}, u"active"_s, &error)) << str(error);
    }

    void select(const QStringList &titles)
    {
        auto *selection = m_view->productTable()->selectionModel();
        selection->clear();
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (titles.contains(model()->product(row)->title))
                selection->select(model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    // Title → lowest price in minor units, as the grid shows after a reload.
    QMap<QString, qint64> prices()
    {
        model()->reload();
        EXPECT_TRUE(QTest::qWaitFor([&] { return !m_view->isLoading(); }, 20'000));
        QMap<QString, qint64> out;
        for (int row = 0; row < model()->rowCount(); ++row) {
            const Ui::ProductRow *p = model()->product(row);
            out.insert(p->title, p->lowestPrice ? p->lowestPrice->amount : -1);
        }
        return out;
    }

    Ui::ProductsModel *model() const { return m_view->productsModel(); }

    CatalogServer m_server;
    std::unique_ptr<Ui::CatalogView> m_view;
};

void choosePrice(Ui::BulkEditDialog *dialog, Ui::BulkEditDialog::PriceMode mode, const QString &value)
{
    dialog->findChild<QCheckBox *>(u"changePrice"_s)->setChecked(true);
    auto *modes = dialog->findChild<QComboBox *>(u"priceMode"_s);
    modes->setCurrentIndex(modes->findData(mode));
    dialog->findChild<QLineEdit *>(u"priceValue"_s)->setText(value);
}

} // namespace

TEST_F(BulkAndCsvTest, PreviewsABulkPriceCutThenAppliesItToTheSelectionOnly)
{
    create(u"Cheap"_s, u"C-1"_s, 100);
    create(u"Dear"_s, u"D-1"_s, 900);
    create(u"Middling"_s, u"M-1"_s, 500);
    showView();
    select({u"Cheap"_s, u"Middling"_s});

    Ui::BulkEditDialog *dialog = m_view->editManyProducts();
    ASSERT_TRUE(dialog);
    choosePrice(dialog, Ui::BulkEditDialog::LowerByPercent, u"10"_s);
    EXPECT_FALSE(dialog->canApply()) << "nothing is applied before a preview";
    dialog->preview();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->isBusy(); }, 20'000));
    EXPECT_EQ(dialog->previewTable()->rowCount(), 2);
    EXPECT_TRUE(dialog->summaryText().contains(u"2 would change"_s)) << str(dialog->summaryText());
    EXPECT_EQ(prices().value(u"Cheap"_s), 100) << "a preview changes nothing";
    ASSERT_TRUE(dialog->canApply());

    // Editing the form withdraws the preview: Apply would no longer do what was shown.
    dialog->findChild<QLineEdit *>(u"priceValue"_s)->setText(u"20"_s);
    EXPECT_FALSE(dialog->canApply());
    dialog->findChild<QLineEdit *>(u"priceValue"_s)->setText(u"10"_s);
    dialog->preview();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->isBusy(); }, 20'000));

    QSignalSpy applied(dialog, &Ui::BulkEditDialog::applied);
    dialog->apply();
    ASSERT_TRUE(QTest::qWaitFor([&] { return applied.count() == 1; }, 30'000)) << str(dialog->summaryText());
    const auto after = prices();
    EXPECT_EQ(after.value(u"Cheap"_s), 90);
    EXPECT_EQ(after.value(u"Middling"_s), 450);
    EXPECT_EQ(after.value(u"Dear"_s), 900) << "not selected";
}

TEST_F(BulkAndCsvTest, AppliesToEveryProductInThePriceRangeTheGridIsNarrowedTo)
{
    create(u"Cheap"_s, u"C-1"_s, 100);
    create(u"Dear"_s, u"D-1"_s, 900);
    create(u"Middling"_s, u"M-1"_s, 500);
    showView();
    auto *price = m_view->findChild<QLineEdit *>(u"priceFilter"_s);
    price->setText(u"2-5"_s);
    QTest::keyClick(price, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model()->filter().priceRange == u"2-5"_s && !m_view->isLoading(); }, 20'000));
    m_view->productTable()->selectionModel()->clear();

    Ui::BulkEditDialog *dialog = m_view->editManyProducts();
    ASSERT_TRUE(dialog);
    auto *filterScope = dialog->findChild<QRadioButton *>(u"filterScope"_s);
    ASSERT_TRUE(filterScope->isEnabled());
    ASSERT_TRUE(filterScope->isChecked());
    choosePrice(dialog, Ui::BulkEditDialog::RaiseByAmount, u"1.00"_s);
    dialog->preview();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->isBusy(); }, 20'000));
    EXPECT_TRUE(dialog->summaryText().contains(u"1 would change"_s)) << str(dialog->summaryText());
    QSignalSpy applied(dialog, &Ui::BulkEditDialog::applied);
    dialog->apply();
    ASSERT_TRUE(QTest::qWaitFor([&] { return applied.count() == 1; }, 30'000)) << str(dialog->summaryText());

    price->clear();
    QTest::keyClick(price, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model()->filter().priceRange.isEmpty() && !m_view->isLoading(); }, 20'000));
    const auto after = prices();
    EXPECT_EQ(after.value(u"Middling"_s), 600);
    EXPECT_EQ(after.value(u"Cheap"_s), 100) << "below the range";
    EXPECT_EQ(after.value(u"Dear"_s), 900) << "above the range";
}

TEST_F(BulkAndCsvTest, RefusesABulkChangeThatWouldBreakAProductAndOffersNoApply)
{
    create(u"Cheap"_s, u"C-1"_s, 100);
    create(u"Dear"_s, u"D-1"_s, 900);
    showView();
    select({u"Cheap"_s, u"Dear"_s});
    Ui::BulkEditDialog *dialog = m_view->editManyProducts();
    choosePrice(dialog, Ui::BulkEditDialog::LowerByAmount, u"2.00"_s);
    dialog->preview();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->isBusy(); }, 20'000));
    EXPECT_FALSE(dialog->canApply());
    EXPECT_TRUE(dialog->summaryText().contains(u"1 would be refused"_s)) << str(dialog->summaryText());
    bool named = false;
    for (int row = 0; row < dialog->previewTable()->rowCount(); ++row)
        named = named || dialog->previewTable()->item(row, 0)->text() == u"Cheap"_s;
    EXPECT_TRUE(named) << "the product that would go below zero is listed";

    // A form that cannot be sent says so and sends nothing.
    choosePrice(dialog, Ui::BulkEditDialog::RaiseByPercent, u"ten"_s);
    dialog->preview();
    EXPECT_FALSE(dialog->isBusy());
    auto *message = dialog->findChild<QLabel *>(u"bulkMessage"_s);
    EXPECT_TRUE(message->text().contains(u"percentage"_s)) << str(message->text());
}

TEST_F(BulkAndCsvTest, ChecksACsvFileReportingBadLinesThenImportsAGoodOne)
{
    showView();
    QTemporaryDir dir;
    const QByteArray header =
        "product_id,product_key,title,description,status,category_id,specifications,sku,options,barcode,price,"
        "compare_at_price,currency\n";
    const QString bad = dir.filePath(u"bad.csv"_s);
    {
        QFile f(bad);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(header + ",,Tea towel,,active,,,TT-1,,,4.50,,GBP\n"
                         ",,Apron,,active,,,AP-1,,,-3.00,,GBP\n"
                         ",,Oven glove,,active,,,OG-1,,,2.99,,GBP\n");
    }
    Ui::CsvImportDialog *dialog = m_view->importProducts();
    ASSERT_TRUE(dialog);
    dialog->setFile(bad);
    dialog->check();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->isBusy(); }, 30'000)) << str(dialog->summaryText());
    ASSERT_EQ(dialog->report()->rowCount(), 1) << str(dialog->summaryText());
    EXPECT_EQ(dialog->report()->item(0, Ui::CsvImportDialog::LineColumn)->text(), u"3"_s);
    EXPECT_EQ(dialog->report()->item(0, Ui::CsvImportDialog::ColumnColumn)->text(), u"price"_s);
    EXPECT_FALSE(dialog->canImport());
    EXPECT_EQ(model()->rowCount(), 0) << "a check changes nothing";

    const QString good = dir.filePath(u"good.csv"_s);
    {
        QFile f(good);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(header + ",,Tea towel,,active,,,TT-1,,,4.50,,GBP\n,,Oven glove,,active,,,OG-1,,,2.99,,GBP\n");
    }
    dialog->setFile(good);
    dialog->check();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->isBusy(); }, 30'000));
    EXPECT_TRUE(dialog->summaryText().contains(u"create 2"_s)) << str(dialog->summaryText());
    ASSERT_TRUE(dialog->canImport());
    QSignalSpy imported(dialog, &Ui::CsvImportDialog::imported);
    dialog->import();
    ASSERT_TRUE(QTest::qWaitFor([&] { return imported.count() == 1; }, 30'000)) << str(dialog->summaryText());
    const auto after = prices();
    EXPECT_EQ(after.value(u"Tea towel"_s), 450);
    EXPECT_EQ(after.value(u"Oven glove"_s), 299);
}

TEST_F(BulkAndCsvTest, ExportsTheFilteredProductsToAFile)
{
    create(u"Cheap"_s, u"C-1"_s, 100);
    create(u"Dear"_s, u"D-1"_s, 900);
    showView();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"products.csv"_s);
    QSignalSpy finished(m_view.get(), &Ui::CatalogView::exportFinished);
    m_view->exportProducts(path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 30'000));
    EXPECT_TRUE(finished.first().at(0).toBool()) << str(finished.first().at(1).toString());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines.first().startsWith("product_id")) << lines.first().constData();
    EXPECT_TRUE(lines.at(1).contains("C-1") && lines.at(2).contains("D-1"));
}
