// SPDX-License-Identifier: MIT
#include "domain/csv.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace Backroom::Domain;

namespace {
QList<CsvRecord> readAll(const QByteArray &data)
{
    CsvReader reader(data);
    QList<CsvRecord> records;
    while (auto r = reader.next())
        records.append(*r);
    return records;
}

QStringList fields(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromUtf8(s));
    return out;
}
} // namespace

TEST(CsvReader, ReadsPlainRecordsWithTheirLineNumbers)
{
    const auto records = readAll("a,b,c\n1,2,3\n");
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].fields, fields({"a", "b", "c"}));
    EXPECT_EQ(records[0].line, 1);
    EXPECT_EQ(records[1].fields, fields({"1", "2", "3"}));
    EXPECT_EQ(records[1].line, 2);
    EXPECT_TRUE(records[1].isValid());
}

TEST(CsvReader, KeepsSeparatorsLineBreaksAndDoubledQuotesInsideQuotes)
{
    const auto records =
        readAll("\"AIRLINE LOUNGE,METAL SIGN\",\"RECORD FRAME 7\"\" SINGLE\",\"two\nlines\"\nnext,x,y\n");
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].fields, fields({"AIRLINE LOUNGE,METAL SIGN", "RECORD FRAME 7\" SINGLE", "two\nlines"}));
    EXPECT_TRUE(records[0].isValid());
    // The record after a quoted line break starts on the third physical line.
    EXPECT_EQ(records[1].line, 3);
}

TEST(CsvReader, ReadsEmptyFieldsQuotedOrNot)
{
    const auto records = readAll("a,,\"\",\n");
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].fields, fields({"a", "", "", ""}));
}

TEST(CsvReader, AcceptsCrlfAndLoneCrAndAMissingFinalLineBreak)
{
    const auto records = readAll("a,b\r\nc,d\re,f");
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[0].fields, fields({"a", "b"}));
    EXPECT_EQ(records[1].fields, fields({"c", "d"}));
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(records[2].fields, fields({"e", "f"}));
    EXPECT_EQ(records[2].line, 3);
}

TEST(CsvReader, CountsACrlfInsideQuotesAsOneLine)
{
    const auto records = readAll("\"x\r\ny\",1\r\nz,2\r\n");
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].fields.first(), QStringLiteral("x\r\ny"));
    EXPECT_EQ(records[1].line, 3);
}

TEST(CsvReader, SkipsAByteOrderMarkAndEmptyLines)
{
    const auto records = readAll("\xEF\xBB\xBFInvoiceNo,StockCode\n\n\r\n536365,85123A\n\n");
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].fields.first(), QStringLiteral("InvoiceNo"));
    EXPECT_EQ(records[1].fields, fields({"536365", "85123A"}));
    EXPECT_EQ(records[1].line, 4);
    CsvReader reader("a\n\n\n");
    ASSERT_TRUE(reader.next().has_value());
    EXPECT_TRUE(reader.atEnd());
    EXPECT_FALSE(reader.next().has_value());
}

TEST(CsvReader, ReturnsRaggedRowsAsTheyAre)
{
    const auto records = readAll("a,b,c\n1,2\n1,2,3,4\n");
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[1].fields.size(), 2);
    EXPECT_EQ(records[2].fields.size(), 4);
    EXPECT_TRUE(records[1].isValid());
}

TEST(CsvReader, DecodesUtf8AndRefusesOtherBytes)
{
    const auto records = readAll("Gift Voucher \xC2\xA3"
                                 "40.00,x\nbad \xA3 latin1,y\nok,z\n");
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[0].fields.first(), QStringLiteral("Gift Voucher £40.00"));
    EXPECT_TRUE(records[0].isValid());
    EXPECT_FALSE(records[1].isValid());
    EXPECT_TRUE(records[1].error.contains(QStringLiteral("field 1 is not UTF-8"))) << records[1].error.toStdString();
    EXPECT_TRUE(records[2].isValid());
}

TEST(CsvReader, ReportsAQuoteInsideAnUnquotedFieldAndGoesOn)
{
    const auto records = readAll("a,12\" RECORD,c\nd,e,f\n");
    ASSERT_EQ(records.size(), 2);
    EXPECT_FALSE(records[0].isValid());
    EXPECT_TRUE(records[0].error.contains(QStringLiteral("field 2"))) << records[0].error.toStdString();
    EXPECT_EQ(records[1].fields, fields({"d", "e", "f"}));
    EXPECT_EQ(records[1].line, 2);
}

TEST(CsvReader, ReportsTextAfterAClosingQuote)
{
    const auto records = readAll("\"a\"b,c\nd,e\n");
    ASSERT_EQ(records.size(), 2);
    EXPECT_FALSE(records[0].isValid());
    EXPECT_TRUE(records[0].error.contains(QStringLiteral("after its closing quote")));
    EXPECT_EQ(records[1].fields, fields({"d", "e"}));
}

TEST(CsvReader, AnUnclosedQuoteSpoilsOnlyItsOwnLine)
{
    const auto records = readAll("a,b\n1,\"oops\n2,x\n3,y\n");
    ASSERT_EQ(records.size(), 4);
    EXPECT_FALSE(records[1].isValid());
    EXPECT_EQ(records[1].line, 2);
    EXPECT_TRUE(records[1].error.contains(QStringLiteral("never closed"))) << records[1].error.toStdString();
    EXPECT_EQ(records[2].fields, fields({"2", "x"}));
    EXPECT_EQ(records[2].line, 3);
    EXPECT_EQ(records[3].fields, fields({"3", "y"}));
    EXPECT_EQ(records[3].line, 4);
}

TEST(CsvReader, ReadsNothingFromNothing)
{
    EXPECT_TRUE(readAll("").isEmpty());
    EXPECT_TRUE(readAll("\xEF\xBB\xBF").isEmpty());
    EXPECT_TRUE(readAll("\r\n\n").isEmpty());
}

TEST(CsvReader, UsesAnotherSeparatorWhenAsked)
{
    CsvReader reader("a;\"b;c\";d\n", ';');
    auto r = reader.next();
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->fields, fields({"a", "b;c", "d"}));
}
