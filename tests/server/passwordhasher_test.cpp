// SPDX-License-Identifier: MIT
#include "server/auth/passwordhasher.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace Backroom;
using Backroom::Server::PasswordHasher;

namespace {
// The lowest bcrypt cost keeps the tests fast; production uses 12.
const PasswordHasher hasher(4);
} // namespace

TEST(PasswordHasher, VerifiesTheRightPasswordOnly)
{
    auto hashed = hasher.hash("correct horse battery staple");
    ASSERT_TRUE(hashed.has_value());
    EXPECT_TRUE(hashed->startsWith("$2b$04$"));
    EXPECT_TRUE(hasher.verify("correct horse battery staple", *hashed));
    EXPECT_FALSE(hasher.verify("correct horse battery stapl", *hashed));
    EXPECT_FALSE(hasher.verify("", *hashed));
}

TEST(PasswordHasher, SaltsEveryHash)
{
    EXPECT_NE(hasher.hash("same password 123").value(), hasher.hash("same password 123").value());
}

TEST(PasswordHasher, NeverTruncatesLongPasswords)
{
    const QByteArray base(72, 'a');
    auto hashed = hasher.hash(base + "tail-one");
    ASSERT_TRUE(hashed.has_value());
    EXPECT_TRUE(hasher.verify(base + "tail-one", *hashed));
    EXPECT_FALSE(hasher.verify(base + "tail-two", *hashed)) << "bytes past 72 must count";
    EXPECT_FALSE(hasher.verify(base, *hashed));
}

TEST(PasswordHasher, RefusesWhatItCannotHashFaithfully)
{
    auto shortOne = hasher.hash("short");
    ASSERT_FALSE(shortOne.has_value());
    EXPECT_EQ(shortOne.error().code, Domain::ErrorCode::Validation);
    EXPECT_EQ(shortOne.error().fields.first().field, QStringLiteral("password"));
    EXPECT_FALSE(hasher.hash(QByteArray("long enough\0hidden", 18)).has_value()) << "a NUL would end it early";
    EXPECT_FALSE(hasher.hash(QByteArray(2000, 'x')).has_value());
}

TEST(PasswordHasher, RejectsMalformedStoredHashes)
{
    EXPECT_FALSE(hasher.verify("whatever password", "not a hash"));
    EXPECT_FALSE(hasher.verify("whatever password", "$1$md5$legacy"));
    EXPECT_FALSE(hasher.verify("whatever password", ""));
}

TEST(PasswordHasher, TellsWhenACostChanged)
{
    const QByteArray hashed = hasher.hash("a password here").value();
    EXPECT_FALSE(hasher.needsRehash(hashed));
    EXPECT_TRUE(PasswordHasher(5).needsRehash(hashed));
}
