// SPDX-License-Identifier: MIT
#include "domain/productcsv.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace Backroom::Domain;
using namespace Qt::StringLiterals;

namespace {
const QByteArray header =
    "product_id,product_key,title,description,status,category_id,specifications,sku,options,barcode,price,"
    "compare_at_price,currency\n";

// Whether a spreadsheet would run the cell: its first character starts a formula.
bool startsAsFormulaForTest(const QString &cell)
{
    return !cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front());
}

ProductCsv::Plan planOf(const QByteArray &csv)
{
    CsvReader reader(csv);
    auto head = ProductCsv::readHeader(*reader.next());
    EXPECT_TRUE(head.has_value());
    return ProductCsv::plan(reader, *head);
}
} // namespace

TEST(ProductCsv, MapsRoundTripWithEscapes)
{
    const QMap<QString, QString> map{{QStringLiteral("a=b"), QStringLiteral("c;d\\e")}, {QStringLiteral("Size"), QStringLiteral("M")}};
    const QString text = ProductCsv::encodeMap(map);
    EXPECT_EQ(text, QStringLiteral("Size=M; a\\=b=c\\;d\\\\e"));
    EXPECT_EQ(ProductCsv::decodeMap(text, QStringLiteral("options")), map);
    EXPECT_EQ(ProductCsv::decodeMap(u" Size = M ;", QStringLiteral("options"))->value(QStringLiteral("Size")), QStringLiteral("M"));
    EXPECT_TRUE(ProductCsv::decodeMap(u"", QStringLiteral("options"))->isEmpty());
    EXPECT_FALSE(ProductCsv::decodeMap(u"Size", QStringLiteral("options")).has_value());
    EXPECT_FALSE(ProductCsv::decodeMap(u"a=1; a=2", QStringLiteral("options")).has_value());
    EXPECT_FALSE(ProductCsv::decodeMap(u"a=1=2", QStringLiteral("options")).has_value());
    EXPECT_FALSE(ProductCsv::decodeMap(u"a=1\\", QStringLiteral("options")).has_value());
}

TEST(ProductCsv, HeaderNamesEveryBadColumn)
{
    CsvReader reader("title,sku,sku,colour\n");
    auto head = ProductCsv::readHeader(*reader.next());
    ASSERT_FALSE(head.has_value());
    const QStringList fields = fieldsOf(head.error());
    EXPECT_TRUE(fields.contains(QStringLiteral("colour")));
    EXPECT_TRUE(fields.contains(QStringLiteral("sku")));
    EXPECT_TRUE(fields.contains(QStringLiteral("currency")));
    EXPECT_FALSE(fields.contains(QStringLiteral("title")));
}

TEST(ProductCsv, ExportRowsAreReadBackAsTheSameProduct)
{
    Product p;
    p.title = QStringLiteral("Mug, \"enamel\"");
    p.description = QStringLiteral("two\nlines");
    p.status = ProductStatus::Active;
    p.primaryCategoryId = QStringLiteral("4");
    p.specifications = {{QStringLiteral("Material"), QStringLiteral("Steel; coated")}};
    p.variants = {{QStringLiteral("MUG-S"), {{QStringLiteral("Size"), QStringLiteral("S")}}, QStringLiteral("4006381333931"),
                   {850, QStringLiteral("GBP")}, Money{900, QStringLiteral("GBP")}},
                  {QStringLiteral("MUG-L"), {{QStringLiteral("Size"), QStringLiteral("L")}}, {}, {999, QStringLiteral("GBP")}, {}}};
    const ProductCsv::Plan plan = planOf(header + ProductCsv::productRows(12, p));
    EXPECT_TRUE(plan.rejected.isEmpty());
    ASSERT_EQ(plan.groups.size(), 1);
    EXPECT_EQ(plan.groups.first().productId, 12);
    EXPECT_EQ(plan.groups.first().rows.at(1).line, 4) << "the description's line break counts";
    EXPECT_EQ(ProductCsv::product(plan.groups.first(), p), p);
}

TEST(ProductCsv, FormulasAreGuardedOnExportAndReadBackUnchanged)
{
    for (const QString &text : {u"=HYPERLINK(\"http://x\")"_s, u"+1"_s, u"-2"_s, u"@SUM(A1)"_s, u"\t=1"_s, u"'=1"_s,
                                u"''+x"_s})
        EXPECT_EQ(ProductCsv::guardFormula(text), u'\'' + text) << text.toStdString();
    for (const QString &text : {u"Mug"_s, u"'quoted'"_s, u"a=b"_s, u""_s, u"'"_s})
        EXPECT_EQ(ProductCsv::guardFormula(text), text) << text.toStdString();
    EXPECT_EQ(ProductCsv::unguardFormula(u"'=1"_s), u"=1"_s);
    EXPECT_EQ(ProductCsv::unguardFormula(u"'quoted'"_s), u"'quoted'"_s);
    // Typed into a spreadsheet without the guard: taken as it is.
    EXPECT_EQ(ProductCsv::unguardFormula(u"=1"_s), u"=1"_s);

    Product p;
    p.title = QStringLiteral("=cmd|' /C calc'!A0");
    p.description = QStringLiteral("@import");
    p.status = ProductStatus::Active;
    p.specifications = {{QStringLiteral("+Size"), QStringLiteral("L")}};
    p.variants = {{QStringLiteral("-A1"), {{QStringLiteral("-Colour"), QStringLiteral("red")}}, {}, {850, QStringLiteral("GBP")}, {}}};
    const QByteArray rows = ProductCsv::productRows(3, p);
    CsvReader reader(rows);
    const CsvRecord record = *reader.next();
    for (const QString &field : record.fields)
        EXPECT_FALSE(startsAsFormulaForTest(field)) << field.toStdString();
    const ProductCsv::Plan plan = planOf(header + rows);
    ASSERT_TRUE(plan.rejected.isEmpty());
    ASSERT_EQ(plan.groups.size(), 1);
    EXPECT_EQ(ProductCsv::product(plan.groups.first(), p), p);
}

TEST(ProductCsv, ReportsEachRowProblemWhereItIs)
{
    const ProductCsv::Plan plan = planOf(header
                                         + ",k,Tee,,,,,TEE-S,,,5.00,,GBP\n"      // 2
                                           ",k,Tee,,,,,TEE-M,,,5.001,,GBP\n"     // 3: too many decimals
                                           ",k,Shirt,,,,,TEE-L,,,5.00,,GBP\n"    // 4: another title
                                           ",,Cup,,,,,tee-s,,,5.00,,GBP\n"       // 5: SKU of line 2
                                           ",,Cup,,soon,,,CUP-1,,,5,,JPY\n"      // 6: status
                                           ",,Cup,,,,,CUP-2,,\n"                 // 7: fields
                                           ",,Cup,,,,,CUP-3,,,5.00,6.00,EUR\n"); // 8: fine
    QList<ProductCsv::RowError> expected{
        {3, QStringLiteral("price"), {}}, {4, QStringLiteral("title"), {}}, {5, QStringLiteral("sku"), {}},
        {6, QStringLiteral("status"), {}}, {7, QString(), {}}};
    ASSERT_EQ(plan.rejected.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(plan.rejected[i].line, expected[i].line);
        EXPECT_EQ(plan.rejected[i].column, expected[i].column) << plan.rejected[i].reason.toStdString();
    }
    EXPECT_EQ(plan.rows, 7);
    EXPECT_EQ(plan.groups.size(), 2);
}

TEST(ProductCsv, ProductRulesAreMappedToLineAndColumn)
{
    const ProductCsv::Plan plan = planOf(header
                                         + ",k,Tee,,active,,,TEE-S,Size=S,,5.00,,GBP\n"
                                           ",k,Tee,,active,,,TEE-M,Size=M,,5.00,4.00,EUR\n");
    ASSERT_EQ(plan.groups.size(), 1);
    auto product = ProductCsv::product(plan.groups.first(), std::nullopt);
    ASSERT_FALSE(product.has_value());
    for (const ProductCsv::RowError &e : product.error())
        EXPECT_EQ(e.line, 3) << e.column.toStdString() << ": " << e.reason.toStdString();
    QStringList columns;
    for (const ProductCsv::RowError &e : product.error())
        columns.append(e.column);
    EXPECT_TRUE(columns.contains(QStringLiteral("currency"))) << columns.join(u',').toStdString();
}
