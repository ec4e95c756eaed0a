// SPDX-License-Identifier: MIT
#include "domain/email.h"
#include "domain/json.h"
#include "tests/support/printers.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace Backroom::Domain;

TEST(Email, AcceptsOrdinaryAddresses)
{
    EXPECT_EQ(parseEmail(QStringLiteral("  Ann.Lee+shop@Example.co.uk ")).value(), QStringLiteral("Ann.Lee+shop@Example.co.uk"));
    EXPECT_TRUE(parseEmail(QStringLiteral("a@b.io")).has_value());
}

TEST(Email, RefusesWhatIsNotAnAddress)
{
    for (const char *bad : {"", "plain", "a@b", "a b@c.io", "a@@c.io", ".a@c.io", "a.@c.io", "a..b@c.io",
                            "a@-c.io", "\"quoted\"@c.io", "a@[127.0.0.1]", "a@c\n.io"}) {
        auto r = parseEmail(QString::fromUtf8(bad));
        ASSERT_FALSE(r.has_value()) << bad;
        EXPECT_EQ(r.error().fields.first().field, QStringLiteral("email"));
    }
    EXPECT_FALSE(parseEmail(QString(250, u'a') + QStringLiteral("@b.io")).has_value());
}

TEST(JsonFields, RefusesUnknownMembersByName)
{
    const QJsonObject body{{QStringLiteral("email"), QStringLiteral("a@b.io")}, {QStringLiteral("roles"), QJsonArray{}}};
    auto ok = Json::allowOnly(body, {u"email", u"roles"});
    EXPECT_TRUE(ok.has_value());
    auto refused = Json::allowOnly(body, {u"email"});
    ASSERT_FALSE(refused.has_value());
    ASSERT_EQ(refused.error().fields.size(), 1);
    EXPECT_EQ(refused.error().fields.first().field, QStringLiteral("roles"));
}

TEST(JsonFields, ReadsRequiredStrings)
{
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("  Ann ")}, {QStringLiteral("n"), 3}};
    EXPECT_EQ(Json::requiredString(body, u"name", 10).value(), QStringLiteral("Ann"));
    EXPECT_FALSE(Json::requiredString(body, u"n", 10).has_value());
    EXPECT_FALSE(Json::requiredString(body, u"missing", 10).has_value());
    EXPECT_FALSE(Json::requiredString(body, u"name", 2).has_value());
}
