// SPDX-License-Identifier: MIT
#include "domain/problem.h"
#include "tests/support/printers.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace Backroom::Domain;

TEST(Problem, RoundTripsThroughJson)
{
    Problem p;
    p.type = problemTypeUri(QStringLiteral("validation"));
    p.title = QStringLiteral("Unprocessable Content");
    p.status = 422;
    p.detail = QStringLiteral("Check the fields.");
    p.requestId = QStringLiteral("abc");
    p.errors = {{QStringLiteral("email"), QStringLiteral("is not an email address")}};
    const auto back = Problem::fromJson(p.toBytes());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->type, QStringLiteral("https://backroom.dev/problems/validation"));
    EXPECT_EQ(back->status, 422);
    EXPECT_EQ(back->requestId, QStringLiteral("abc"));
    ASSERT_EQ(back->errors.size(), 1);
    EXPECT_EQ(back->errors[0], p.errors[0]);
}

TEST(Problem, RejectsDocumentsThatAreNotProblems)
{
    EXPECT_FALSE(Problem::fromJson("[]").has_value());
    EXPECT_FALSE(Problem::fromJson(R"({"status": 404})").has_value());
    EXPECT_FALSE(Problem::fromJson("not json").has_value());
}

TEST(Problem, UserMessageListsFieldErrors)
{
    Problem p;
    p.detail = QStringLiteral("Some fields are wrong.");
    p.errors = {{QStringLiteral("sku"), QStringLiteral("is required")}};
    EXPECT_EQ(p.userMessage(), QStringLiteral("Some fields are wrong.\n• sku: is required"));
}

TEST(ErrorCode, HasAStableName)
{
    EXPECT_EQ(errorCodeName(ErrorCode::NotFound), QStringLiteral("not-found"));
    EXPECT_EQ(errorCodeName(ErrorCode::InvalidTransition), QStringLiteral("invalid-transition"));
}
