// SPDX-License-Identifier: MIT
#include "domain/json.h"
#include "tests/support/printers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace Backroom::Domain;

TEST(JsonParse, AcceptsAnObject)
{
    auto doc = Json::parse(R"({"a": [1, {"b": "x"}]})");
    ASSERT_TRUE(doc.has_value());
    EXPECT_EQ(doc->object().value(QStringLiteral("a")).toArray().size(), 2);
}

TEST(JsonParse, RefusesNestingDeeperThanTheLimit)
{
    const QByteArray deep = QByteArray(33, '[') + QByteArray(33, ']');
    auto doc = Json::parse(deep, {32, 1024});
    ASSERT_FALSE(doc.has_value());
    EXPECT_EQ(doc.error().code, ErrorCode::Validation);
    EXPECT_TRUE(doc.error().message.contains(QStringLiteral("deeper than 32")));
    EXPECT_TRUE(Json::parse(QByteArray(32, '[') + QByteArray(32, ']'), {32, 1024}).has_value());
}

TEST(JsonParse, IgnoresBracketsInsideStrings)
{
    EXPECT_EQ(Json::nestingDepth(R"({"a": "[[[[{{{{\"]]]"})", 100), 1);
}

TEST(JsonParse, NamesTheOffsetOfASyntaxError)
{
    auto doc = Json::parse(R"({"a": 1,,})");
    ASSERT_FALSE(doc.has_value());
    EXPECT_TRUE(doc.error().message.contains(QStringLiteral("at byte")));
}

TEST(JsonParse, RefusesEmptyAndOversizedBodies)
{
    EXPECT_FALSE(Json::parse("   ").has_value());
    EXPECT_FALSE(Json::parse(QByteArray(2000, ' ') + "{}", {32, 1000}).has_value());
}

TEST(JsonParse, SurvivesAMillionOpeningBrackets)
{
    const QByteArray hostile(1'000'000, '[');
    auto doc = Json::parse(hostile, {32, 2'000'000});
    EXPECT_FALSE(doc.has_value());
}

// Qt 6.4 drops a U+FEFF inside a key only after de-duplicating keys, so {"\uFEFFrole":"admin","role":"user"}
// would read as role=user here and role=admin to anything re-serialising it.
TEST(JsonParse, RefusesByteOrderMarks)
{
    auto doc = Json::parse("{\"\xEF\xBB\xBFrole\":\"admin\",\"role\":\"user\"}");
    ASSERT_FALSE(doc.has_value());
    EXPECT_TRUE(doc.error().message.contains(QStringLiteral("byte-order mark")));
    EXPECT_FALSE(Json::parse("\xEF\xBB\xBF{}").has_value());
    EXPECT_FALSE(Json::parse(R"({"\uFEFFrole":"admin"})").has_value());
}

TEST(JsonParse, RefusesWhatStrictJsonRefuses)
{
    EXPECT_FALSE(Json::parse("{\"a\":\"line\nbreak\"}").has_value()) << "raw control character";
    EXPECT_FALSE(Json::parse(R"({"a":"\|"})").has_value()) << "unknown escape";
    EXPECT_FALSE(Json::parse("]{}").has_value()) << "stray closing bracket";
    EXPECT_TRUE(Json::parse(R"({"a":"\"\\\/\b\f\n\r\t\u00e9"})").has_value()) << "every escape JSON defines";
}
