// SPDX-License-Identifier: MIT
#include "domain/address.h"
#include "domain/roles.h"
#include "tests/support/printers.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace Backroom::Domain;

namespace {
QJsonObject minimal()
{
    return {{QStringLiteral("name"), QStringLiteral(" Ann Lee ")},
            {QStringLiteral("line1"), QStringLiteral("1 High Street")},
            {QStringLiteral("city"), QStringLiteral("Leeds")},
            {QStringLiteral("country"), QStringLiteral("gb")}};
}
} // namespace

TEST(Address, ReadsAMinimalAddressTrimmedAndNormalised)
{
    auto a = addressFromJson(minimal());
    ASSERT_TRUE(a.has_value());
    EXPECT_EQ(a->name, QStringLiteral("Ann Lee"));
    EXPECT_EQ(a->country, QStringLiteral("GB"));
    EXPECT_FALSE(a->isDefault);
    EXPECT_EQ(a->toJson().value(QStringLiteral("postal_code")).toString(), QString());
}

TEST(Address, ReportsEveryProblemAtOnce)
{
    auto a = addressFromJson({{QStringLiteral("line1"), 7},
                              {QStringLiteral("country"), QStringLiteral("Germany")},
                              {QStringLiteral("phone"), QString(41, u'1')},
                              {QStringLiteral("is_default"), QStringLiteral("yes")}});
    ASSERT_FALSE(a.has_value());
    EXPECT_EQ(a.error().code, ErrorCode::Validation);
    EXPECT_EQ(fieldsOf(a.error()), (QStringList{QStringLiteral("line1"), QStringLiteral("country"),
                                                QStringLiteral("phone"), QStringLiteral("is_default"),
                                                QStringLiteral("name"), QStringLiteral("city")}));
}

TEST(Address, RefusesUnknownMembersBeforeAnythingElse)
{
    QJsonObject body = minimal();
    body.insert(QStringLiteral("user_id"), 1);
    auto a = addressFromJson(body);
    ASSERT_FALSE(a.has_value());
    EXPECT_EQ(fieldsOf(a.error()), QStringList{QStringLiteral("user_id")});
}

TEST(Address, PatchesOnlyWhatIsSentAndKeepsRequiredFieldsRequired)
{
    const Address base = addressFromJson(minimal()).value();
    auto moved = patchAddress(base, {{QStringLiteral("city"), QStringLiteral("York")}, {QStringLiteral("is_default"), true}});
    ASSERT_TRUE(moved.has_value());
    EXPECT_EQ(moved->city, QStringLiteral("York"));
    EXPECT_EQ(moved->line1, base.line1);
    EXPECT_TRUE(moved->isDefault);
    auto cleared = patchAddress(base, {{QStringLiteral("city"), QStringLiteral("  ")}});
    ASSERT_FALSE(cleared.has_value());
    EXPECT_EQ(fieldsOf(cleared.error()), QStringList{QStringLiteral("city")});
}

TEST(Roles, ReadsARoleListAndRefusesAnythingElse)
{
    EXPECT_EQ(rolesFromJson(QJsonArray{QStringLiteral("warehouse"), QStringLiteral("support")}, QStringLiteral("roles")).value(),
              (QList<Role>{Role::Warehouse, Role::Support}));
    for (const QJsonValue &bad : {QJsonValue(QStringLiteral("admin")), QJsonValue(QJsonArray{QStringLiteral("root")}),
                                  QJsonValue(QJsonArray{1}),
                                  QJsonValue(QJsonArray{QStringLiteral("admin"), QStringLiteral("admin")})}) {
        auto r = rolesFromJson(bad, QStringLiteral("roles"));
        ASSERT_FALSE(r.has_value());
        EXPECT_EQ(r.error().fields.first().field, QStringLiteral("roles"));
    }
}
