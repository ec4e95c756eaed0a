// SPDX-License-Identifier: MIT
#include "domain/paymentcard.h"

#include <gtest/gtest.h>

using namespace Backroom::Domain;

TEST(PaymentCard, LuhnAcceptsTheTestCardsAndRefusesATypo)
{
    EXPECT_TRUE(luhnValid(u"4242424242424242"));
    EXPECT_TRUE(luhnValid(u"4000000000000002"));
    EXPECT_TRUE(luhnValid(u"4000000000000119"));
    EXPECT_TRUE(luhnValid(u"79927398713"));
    EXPECT_FALSE(luhnValid(u"4242424242424241"));
    EXPECT_FALSE(luhnValid(u"79927398710"));
    EXPECT_FALSE(luhnValid(u""));
    EXPECT_FALSE(luhnValid(u"42424242x2424242"));
}

TEST(PaymentCard, NormalizesGroupsAndNamesTheFieldOnErrors)
{
    EXPECT_EQ(normalizedCardNumber(QStringLiteral("4242 4242-4242 4242")).value(), QStringLiteral("4242424242424242"));
    const auto typo = normalizedCardNumber(QStringLiteral("4242424242424241"), QStringLiteral("payment.card_number"));
    ASSERT_FALSE(typo);
    EXPECT_EQ(typo.error().code, ErrorCode::Validation);
    ASSERT_EQ(typo.error().fields.size(), 1);
    EXPECT_EQ(typo.error().fields.first().field, QStringLiteral("payment.card_number"));
    EXPECT_FALSE(typo.error().message.contains(QStringLiteral("4242424242424241")));
    EXPECT_FALSE(normalizedCardNumber(QStringLiteral("42424242")));
    EXPECT_FALSE(normalizedCardNumber(QStringLiteral("4242424242424242424242")));
    EXPECT_FALSE(normalizedCardNumber(QStringLiteral("4242.4242.4242.4242")));
    EXPECT_EQ(cardLast4(u"4242424242424242"), QStringLiteral("4242"));
}
