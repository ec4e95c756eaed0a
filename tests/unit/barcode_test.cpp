// SPDX-License-Identifier: MIT
#include "domain/barcode.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace Backroom::Domain;

TEST(Barcode, AcceptsEveryGtinLengthWithAValidCheckDigit)
{
    EXPECT_EQ(parseGtin(u"96385074").value(), QStringLiteral("96385074"));          // EAN-8
    EXPECT_EQ(parseGtin(u"036000291452").value(), QStringLiteral("036000291452"));  // UPC-A
    EXPECT_EQ(parseGtin(u"4006381333931").value(), QStringLiteral("4006381333931")); // EAN-13
    EXPECT_EQ(parseGtin(u"00012345600012").value(), QStringLiteral("00012345600012")); // GTIN-14
    EXPECT_EQ(parseGtin(u"5012345678900").value(), QStringLiteral("5012345678900"));  // check digit 0
}

TEST(Barcode, TrimsWhatAScannerOrAPasteAddsAround)
{
    EXPECT_EQ(parseGtin(u" 4006381333931\n").value(), QStringLiteral("4006381333931"));
}

TEST(Barcode, SaysWhichCheckDigitWasExpected)
{
    auto r = parseGtin(u"4006381333932", QStringLiteral("variants[1].barcode"));
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::Validation);
    ASSERT_EQ(r.error().fields.size(), 1);
    EXPECT_EQ(r.error().fields.first().field, QStringLiteral("variants[1].barcode"));
    EXPECT_TRUE(r.error().fields.first().message.contains(u"EAN-13"));
    EXPECT_TRUE(r.error().fields.first().message.contains(u"should be 1, not 2"));
    EXPECT_TRUE(parseGtin(u"036000291453").error().fields.first().message.contains(u"UPC-A"));
    EXPECT_TRUE(parseGtin(u"96385075").error().fields.first().message.contains(u"should be 4, not 5"));
}

TEST(Barcode, RefusesAnythingButDigits)
{
    auto letter = parseGtin(u"40063813339a1");
    ASSERT_FALSE(letter.has_value());
    EXPECT_TRUE(letter.error().fields.first().message.contains(u"character 12 is \"a\""));
    EXPECT_TRUE(parseGtin(u"4006381333\U0001F600").error().fields.first().message.contains(u"is \"\U0001F600\""));
    for (QStringView text : {u"4006-381333931", u"4006381333931.", u"+4006381333931", u"４００６３８１３３３９３１",
                             u"٤٠٠٦٣٨١٣٣٣٩٣١", u"4006 381333931"}) {
        auto r = parseGtin(text);
        ASSERT_FALSE(r.has_value()) << text.toString().toStdString();
        EXPECT_EQ(r.error().fields.first().field, QStringLiteral("barcode"));
        EXPECT_TRUE(r.error().fields.first().message.contains(u"digits only"));
    }
}

TEST(Barcode, RefusesLengthsNoGtinHas)
{
    for (QStringView text : {u"1", u"9638507", u"963850744", u"0360002914", u"03600029145", u"400638133393112", u""}) {
        auto r = parseGtin(text);
        ASSERT_FALSE(r.has_value()) << text.toString().toStdString();
        EXPECT_EQ(r.error().fields.first().field, QStringLiteral("barcode"));
    }
    EXPECT_TRUE(parseGtin(u"963850744").error().fields.first().message.contains(u"has 9 digits"));
    EXPECT_TRUE(parseGtin(u"  ").error().fields.first().message.contains(u"empty"));
}

TEST(Barcode, ComputesTheMod10CheckDigit)
{
    EXPECT_EQ(gtinCheckDigit(u"400638133393"), 1);
    EXPECT_EQ(gtinCheckDigit(u"03600029145"), 2);
    EXPECT_EQ(gtinCheckDigit(u"9638507"), 4);
    EXPECT_EQ(gtinCheckDigit(u"501234567890"), 0);
    EXPECT_EQ(gtinCheckDigit(u"0"), 0);
    EXPECT_EQ(gtinCheckDigit(u""), -1);
    EXPECT_EQ(gtinCheckDigit(u"12a"), -1);
}

TEST(Barcode, NamesTheKindsAndComparesThemAsFourteenDigits)
{
    EXPECT_EQ(gtinKindName(GtinKind::Ean8), QStringLiteral("EAN-8"));
    EXPECT_EQ(gtinKindName(GtinKind::UpcA), QStringLiteral("UPC-A"));
    EXPECT_EQ(gtinKindName(GtinKind::Ean13), QStringLiteral("EAN-13"));
    EXPECT_EQ(gtinKindName(GtinKind::Gtin14), QStringLiteral("GTIN-14"));
    EXPECT_EQ(gtinKindOfLength(12), GtinKind::UpcA);
    EXPECT_EQ(gtinKindOfLength(11), std::nullopt);
    EXPECT_EQ(gtin14(QStringLiteral("036000291452")), gtin14(QStringLiteral("0036000291452")));
    EXPECT_EQ(gtin14(QStringLiteral("96385074")), QStringLiteral("00000096385074"));
    EXPECT_EQ(gtin14(QStringLiteral("00012345600012")), QStringLiteral("00012345600012"));
}
