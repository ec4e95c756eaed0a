// SPDX-License-Identifier: MIT
#include "domain/retailimport.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace Backroom::Domain;

namespace {
const QByteArray header = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

RetailImportPlan plan(const QByteArray &rows)
{
    CsvReader reader(header + rows);
    auto planned = planRetailImport(reader);
    EXPECT_TRUE(planned.has_value()) << (planned ? "" : planned.error().message.toStdString());
    return planned.value_or(RetailImportPlan());
}

std::expected<RetailRow, RetailRejectedRow> row(const QByteArray &line)
{
    CsvReader reader(header + line);
    const auto columns = retailColumns(reader.next()->fields).value();
    return readRetailRow(*reader.next(), columns);
}

RetailRejectReason reasonOf(const QByteArray &line)
{
    auto r = row(line);
    EXPECT_FALSE(r.has_value()) << line.constData();
    return r ? RetailRejectReason::Malformed : r.error().reason;
}

QStringList path(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out.append(QString::fromUtf8(n));
    return out;
}
} // namespace

TEST(RetailImport, ReadsARowOfTheDataSet)
{
    auto r =
        row("536365,85123A,WHITE HANGING  HEART T-LIGHT HOLDER ,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom\n");
    ASSERT_TRUE(r.has_value()) << r.error().message.toStdString();
    EXPECT_EQ(r->line, 2);
    EXPECT_EQ(r->stockCode, QStringLiteral("85123A"));
    EXPECT_EQ(r->description, QStringLiteral("WHITE HANGING HEART T-LIGHT HOLDER"));
    EXPECT_EQ(r->quantity, 6);
    EXPECT_EQ(r->unitPrice, 255);
    auto spreadsheet = row("536365,85123A,X,6,12/1/2010 8:26,2.5,17850.0,United Kingdom\n");
    ASSERT_TRUE(spreadsheet.has_value());
    EXPECT_EQ(spreadsheet->invoiceTime, r->invoiceTime);
    EXPECT_EQ(spreadsheet->unitPrice, 250);
}

TEST(RetailImport, FindsColumnsByNameInAnyOrder)
{
    auto columns =
        retailColumns({QStringLiteral("unitprice"), QStringLiteral(" StockCode "), QStringLiteral("Quantity"),
                       QStringLiteral("InvoiceNo"), QStringLiteral("InvoiceDate"), QStringLiteral("Description")});
    ASSERT_TRUE(columns.has_value());
    EXPECT_EQ(columns->unitPrice, 0);
    EXPECT_EQ(columns->stockCode, 1);
    EXPECT_EQ(columns->fieldCount, 6);
    auto missing = retailColumns({QStringLiteral("InvoiceNo"), QStringLiteral("StockCode")});
    ASSERT_FALSE(missing.has_value());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("Description, Quantity, InvoiceDate, UnitPrice")));
    EXPECT_EQ(missing.error().fields.size(), 4);
}

TEST(RetailImport, RefusesAFileWithoutTheColumns)
{
    CsvReader empty("");
    EXPECT_FALSE(planRetailImport(empty).has_value());
    CsvReader wrong("a,b,c\n1,2,3\n");
    auto planned = planRetailImport(wrong);
    ASSERT_FALSE(planned.has_value());
    EXPECT_EQ(planned.error().code, ErrorCode::Validation);
}

TEST(RetailImport, KnowsTheCodesThatAreNotProducts)
{
    for (const char *code :
         {"POST", "DOT", "C2", "D", "M", "m", "S", "B", "CRUK", "BANK CHARGES", "AMAZONFEE", "gift_0001_40"})
        EXPECT_TRUE(retailNonProductCode(QString::fromUtf8(code)).has_value()) << code;
    for (const char *code : {"85123A", "22423", "DCGS0070", "POST1", "84029g"})
        EXPECT_FALSE(retailNonProductCode(QString::fromUtf8(code)).has_value()) << code;
    EXPECT_EQ(retailNonProductCode(u"post"), QStringLiteral("postage"));
    EXPECT_EQ(reasonOf("536370,POST,POSTAGE,3,2010-12-01 08:45:00,18.0,12583.0,France\n"),
              RetailRejectReason::NotAProduct);
    EXPECT_EQ(reasonOf("536370,BANK CHARGES,Bank Charges,1,2010-12-01 08:45:00,15.0,,United Kingdom\n"),
              RetailRejectReason::NotAProduct);
}

TEST(RetailImport, RejectsCancellationsNonSalesAndRowsWithoutAPrice)
{
    auto cancelled = row("C536379,D,Discount,-1,2010-12-01 09:41:00,27.5,14527.0,United Kingdom\n");
    ASSERT_FALSE(cancelled.has_value());
    EXPECT_EQ(cancelled.error().reason, RetailRejectReason::NotAProduct); // the code is checked first
    cancelled =
        row("C536383,35004C,SET OF 3 COLOURED  FLYING DUCKS,-1,2010-12-01 09:49:00,4.65,15311.0,United Kingdom\n");
    ASSERT_FALSE(cancelled.has_value());
    EXPECT_EQ(cancelled.error().reason, RetailRejectReason::Cancellation);
    EXPECT_EQ(cancelled.error().message, QStringLiteral("invoice C536383"));
    EXPECT_EQ(cancelled.error().describe(), QStringLiteral("cancellation: invoice C536383"));

    EXPECT_EQ(reasonOf("536589,21777,,-10,2010-12-01 16:50:00,0.0,,United Kingdom\n"), RetailRejectReason::NotASale);
    EXPECT_EQ(reasonOf("536589,21777,X,0,2010-12-01 16:50:00,1.0,,United Kingdom\n"), RetailRejectReason::NotASale);
    EXPECT_EQ(reasonOf("536414,22139,,56,2010-12-01 11:52:00,0.0,,United Kingdom\n"), RetailRejectReason::NoPrice);
    auto negative = row("A563185,22139,Adjust bad debt,1,2011-08-12 14:50:00,-11062.06,,United Kingdom\n");
    ASSERT_FALSE(negative.has_value());
    EXPECT_EQ(negative.error().reason, RetailRejectReason::NoPrice);
    EXPECT_TRUE(negative.error().message.contains(QStringLiteral("negative")));
}

TEST(RetailImport, RejectsValuesItCannotRead)
{
    EXPECT_EQ(reasonOf("536365,,X,6,2010-12-01 08:26:00,2.55,,UK\n"), RetailRejectReason::InvalidValue);
    EXPECT_EQ(reasonOf("536365,85 123,X,6,2010-12-01 08:26:00,2.55,,UK\n"), RetailRejectReason::InvalidValue);
    EXPECT_EQ(reasonOf("536365,85123A,X,six,2010-12-01 08:26:00,2.55,,UK\n"), RetailRejectReason::InvalidValue);
    EXPECT_EQ(reasonOf("536365,85123A,X,6.5,2010-12-01 08:26:00,2.55,,UK\n"), RetailRejectReason::InvalidValue);
    EXPECT_EQ(reasonOf("536365,85123A,X,6,2010-12-01 08:26:00,2.555,,UK\n"), RetailRejectReason::InvalidValue);
    EXPECT_EQ(reasonOf("536365,85123A,X,6,2010-12-01 08:26:00,1e3,,UK\n"), RetailRejectReason::InvalidValue);
    EXPECT_EQ(reasonOf("536365,85123A,X,6,2010-13-01 08:26:00,2.55,,UK\n"), RetailRejectReason::InvalidValue);
    EXPECT_EQ(reasonOf("536365,85123A,X,6,yesterday,2.55,,UK\n"), RetailRejectReason::InvalidValue);
    // Trailing zeros are not extra precision.
    auto zeros = row("536365,85123A,X,6,2010-12-01 08:26:00,2.5500,,UK\n");
    ASSERT_TRUE(zeros.has_value());
    EXPECT_EQ(zeros->unitPrice, 255);
    auto sku = row("536365,85 123,X,6,2010-12-01 08:26:00,2.55,,UK\n");
    EXPECT_TRUE(sku.error().message.contains(QStringLiteral("StockCode '85 123' is not a SKU")))
        << sku.error().message.toStdString();
}

TEST(RetailImport, RejectsMalformedAndRaggedRows)
{
    EXPECT_EQ(reasonOf("536365,85123A,X,6,2010-12-01 08:26:00,2.55\n"), RetailRejectReason::Malformed);
    EXPECT_EQ(reasonOf("536365,85123A,X,6,2010-12-01 08:26:00,2.55,1,UK,extra\n"), RetailRejectReason::Malformed);
    EXPECT_EQ(reasonOf("536365,85123A,X\"Y,6,2010-12-01 08:26:00,2.55,1,UK\n"), RetailRejectReason::Malformed);
    auto ragged = row("536365,85123A,X,6,2010-12-01 08:26:00,2.55\n");
    EXPECT_EQ(ragged.error().message, QStringLiteral("has 6 fields, the header has 8"));
}

TEST(RetailImport, FoldsTheRowsOfAStockCodeIntoOneProduct)
{
    const auto p =
        plan("536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom\n"
             "536373,85123a,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 09:02:00,2.55,17850.0,United Kingdom\n"
             "536400,85123A,CREAM HANGING HEART T-LIGHT HOLDER,2,2010-12-03 10:00:00,2.95,,United Kingdom\n"
             // Earlier in time although later in the file: not the most recent price.
             "536390,85123A,WHITE HANGING HEART T-LIGHT HOLDER,1,2010-12-02 10:00:00,3.10,,United Kingdom\n"
             "C536401,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-1,2010-12-09 10:00:00,0.01,,United Kingdom\n"
             "536402,85123A,,5,2010-12-09 11:00:00,0.0,,United Kingdom\n"
             "536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom\n");
    EXPECT_EQ(p.rowsRead, 7);
    EXPECT_EQ(p.rowsUsed, 5);
    ASSERT_EQ(p.products.size(), 2);
    const RetailProduct &heart = p.products[0];
    EXPECT_EQ(heart.sku, QStringLiteral("85123A"));
    EXPECT_EQ(heart.title, QStringLiteral("WHITE HANGING HEART T-LIGHT HOLDER"));
    EXPECT_EQ(heart.price, 295); // the 3 December sale; the cancellation and the zero price do not count
    EXPECT_EQ(heart.priceLine, 4);
    EXPECT_EQ(heart.firstLine, 2);
    EXPECT_EQ(heart.rows, 4);
    EXPECT_EQ(heart.categoryPath, path({"Home", "Candles & Lights"}));
    EXPECT_EQ(p.products[1].sku, QStringLiteral("71053"));
    ASSERT_EQ(p.rejected.size(), 2);
    EXPECT_EQ(p.rejected[0].line, 6);
    EXPECT_EQ(p.rejected[0].reason, RetailRejectReason::Cancellation);
    EXPECT_EQ(p.rejected[1].line, 7);
    EXPECT_EQ(p.rejected[1].reason, RetailRejectReason::NoPrice);

    const Product product = heart.toProduct(QStringLiteral("7"));
    EXPECT_EQ(product.status, ProductStatus::Active);
    EXPECT_EQ(product.primaryCategoryId, QStringLiteral("7"));
    ASSERT_EQ(product.variants.size(), 1);
    EXPECT_EQ(product.variants[0].sku, QStringLiteral("85123A"));
    EXPECT_EQ(product.variants[0].price, (Money{295, QStringLiteral("GBP")}));
    EXPECT_TRUE(validateProduct(product).has_value());
}

TEST(RetailImport, BreaksTiesBetweenDescriptionsAndPricesByTimeThenLine)
{
    const auto p = plan("1,22000,RED MUG,1,2010-12-01 08:00:00,1.00,,UK\n"
                        "2,22000,BLUE MUG,1,2010-12-02 08:00:00,2.00,,UK\n"
                        "3,22000,RED MUG,1,2010-12-03 08:00:00,3.00,,UK\n"
                        "4,22000,BLUE MUG,1,2010-12-03 08:00:00,4.00,,UK\n");
    ASSERT_EQ(p.products.size(), 1);
    // Two each: the most recent wins, and at the same minute the later line.
    EXPECT_EQ(p.products[0].title, QStringLiteral("BLUE MUG"));
    EXPECT_EQ(p.products[0].price, 400);
    EXPECT_EQ(p.products[0].priceLine, 5);
}

TEST(RetailImport, RejectsEveryRowOfAStockCodeThatMakesNoValidProduct)
{
    const QByteArray longTitle(201, 'X');
    const auto p = plan("1,30000,,1,2010-12-01 08:00:00,1.00,,UK\n"
                        "2,30000,,2,2010-12-01 09:00:00,1.00,,UK\n"
                        "3,30001," +
                        longTitle +
                        ",1,2010-12-01 08:00:00,1.00,,UK\n"
                        "4,30002,FINE,1,2010-12-01 08:00:00,1.00,,UK\n");
    ASSERT_EQ(p.products.size(), 1);
    EXPECT_EQ(p.products[0].sku, QStringLiteral("30002"));
    ASSERT_EQ(p.rejected.size(), 3);
    EXPECT_EQ(p.rejected[0].reason, RetailRejectReason::InvalidProduct);
    EXPECT_EQ(p.rejected[0].line, 2);
    EXPECT_EQ(p.rejected[1].line, 3);
    EXPECT_TRUE(p.rejected[0].message.contains(QStringLiteral("no description")));
    EXPECT_EQ(p.rejected[2].line, 4);
    EXPECT_TRUE(p.rejected[2].message.contains(QStringLiteral("title"))) << p.rejected[2].message.toStdString();
    EXPECT_EQ(p.rowsRead, p.rowsUsed + p.rejected.size());
}

TEST(RetailImport, DerivesCategoriesFromTitleKeywords)
{
    EXPECT_EQ(retailCategoryPath(u"WHITE HANGING HEART T-LIGHT HOLDER"), path({"Home", "Candles & Lights"}));
    EXPECT_EQ(retailCategoryPath(u"PAPER CHAIN KIT 50'S CHRISTMAS"), path({"Seasonal", "Christmas"}));
    EXPECT_EQ(retailCategoryPath(u"PACK OF 72 RETROSPOT CAKE CASES"), path({"Kitchen & Dining", "Baking"}));
    EXPECT_EQ(retailCategoryPath(u"KNITTED UNION FLAG HOT WATER BOTTLE"), path({"Home", "Textiles"}));
    EXPECT_EQ(retailCategoryPath(u"JUMBO BAG RED RETROSPOT"), path({"Fashion", "Bags & Purses"}));
    EXPECT_EQ(retailCategoryPath(u"LUNCH BAG RED RETROSPOT"), path({"Kitchen & Dining", "Kitchenware"}));
    EXPECT_EQ(retailCategoryPath(u"VINTAGE HEADS AND TAILS CARD GAME"), path({"Toys & Party", "Toys & Games"}));
    EXPECT_EQ(retailCategoryPath(u"FANCY FONT BIRTHDAY CARD,"), path({"Gifts & Stationery", "Cards & Wrap"}));
    EXPECT_EQ(retailCategoryPath(u"SET OF 6 HEART EARRINGS"), path({"Fashion", "Jewellery"}));
    EXPECT_EQ(retailCategoryPath(u"ALARM CLOCK BAKELIKE RED"), path({"Home", "Clocks"}));
    EXPECT_EQ(retailCategoryPath(u"HERB MARKER BASIL"), path({"Garden"}));
    EXPECT_EQ(retailCategoryPath(u"FRENCH ENAMEL CANDLEHOLDER"), path({"Home", "Candles & Lights"})); // prefix
    EXPECT_EQ(retailCategoryPath(u"Red mugs"), path({"Kitchen & Dining", "Tableware"}));              // case, plural
    EXPECT_EQ(retailCategoryPath(u"INFLATABLE POLITICAL GLOBE"), path({"Other"}));
    // Words, not substrings: PENGUIN is no PEN, CARDIGAN no CARD.
    EXPECT_EQ(retailCategoryPath(u"PENGUIN CARDIGAN"), path({"Other"}));
}

TEST(RetailImport, OrdersTheCategoryTreeParentsFirst)
{
    const QList<QStringList> tree = retailCategoryTree();
    ASSERT_FALSE(tree.isEmpty());
    EXPECT_EQ(tree.last(), path({"Other"}));
    for (qsizetype i = 0; i < tree.size(); ++i) {
        if (tree[i].size() == 2) {
            EXPECT_TRUE(tree.indexOf(tree[i].mid(0, 1)) < i) << tree[i].join(u'/').toStdString();
        }
        for (const QString &name : tree[i])
            EXPECT_LE(name.size(), 100);
    }
    EXPECT_TRUE(tree.contains(path({"Home", "Candles & Lights"})));

    const auto p = plan("1,22000,RED MUG,1,2010-12-01 08:00:00,1.00,,UK\n"
                        "2,22001,HERB MARKER MINT,1,2010-12-01 08:00:00,1.00,,UK\n");
    EXPECT_EQ(p.categoryPaths(), (QList<QStringList>{path({"Garden"}), path({"Kitchen & Dining"}),
                                                     path({"Kitchen & Dining", "Tableware"})}));
}

TEST(RetailImport, MergesIntoAStoredProductOnlyWhatTheFileCarries)
{
    const auto p = plan("1,22000,RED MUG,1,2010-12-01 08:00:00,1.50,,UK\n");
    const RetailProduct &mug = p.products.first();
    Product stored = mug.toProduct(QStringLiteral("3"));
    EXPECT_EQ(mergeRetailProduct(stored, mug, QStringLiteral("9")), stored); // unchanged: nothing to write

    stored.title = QStringLiteral("Red mug");
    stored.description = QStringLiteral("Written by a merchandiser.");
    stored.status = ProductStatus::Archived;
    stored.variants[0].price.amount = 999;
    stored.variants[0].sku = QStringLiteral("22000"); // same SKU
    Product merged = mergeRetailProduct(stored, mug, QStringLiteral("9"));
    EXPECT_EQ(merged.title, QStringLiteral("RED MUG"));
    EXPECT_EQ(merged.variants[0].price.amount, 150);
    EXPECT_EQ(merged.description, stored.description);
    EXPECT_EQ(merged.status, ProductStatus::Archived);
    EXPECT_EQ(merged.primaryCategoryId, QStringLiteral("3")); // a chosen category stays

    stored.primaryCategoryId.clear();
    Variant other = stored.variants[0];
    other.sku = QStringLiteral("22000-L");
    other.options = {{QStringLiteral("size"), QStringLiteral("L")}};
    stored.variants[0].options = {{QStringLiteral("size"), QStringLiteral("M")}};
    stored.variants.append(other);
    merged = mergeRetailProduct(stored, mug, QStringLiteral("9"));
    EXPECT_EQ(merged.title, QStringLiteral("Red mug")); // several variants: the product's title is not the SKU's
    EXPECT_EQ(merged.variants[0].price.amount, 150);
    EXPECT_EQ(merged.variants[1].price.amount, 999);
    EXPECT_EQ(merged.primaryCategoryId, QStringLiteral("9"));
}
