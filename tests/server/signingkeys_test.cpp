// SPDX-License-Identifier: MIT
#include "server/auth/signingkeys.h"
#include "tests/support/printers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace Backroom::Server;
using namespace std::chrono_literals;
using Backroom::Domain::ErrorCode;

namespace {

const std::chrono::sys_seconds start{1'750'000'000s};

SigningKeys::Options dirOptions(const QTemporaryDir &tmp)
{
    SigningKeys::Options o;
    o.directory = tmp.filePath(QStringLiteral("data/keys"));
    o.rotationAge = 24h;
    o.tokenLifetime = 15min;
    o.leeway = 60s;
    return o;
}

VerifyOptions verifyAt(std::chrono::sys_seconds now)
{
    VerifyOptions o;
    o.issuer = QStringLiteral("https://backroom.test");
    o.audience = QStringLiteral("backroom-api");
    o.now = now;
    return o;
}

QByteArray tokenAt(const SigningKeys &keys, std::chrono::sys_seconds now)
{
    TokenClaims c;
    c.issuer = QStringLiteral("https://backroom.test");
    c.audience = {QStringLiteral("backroom-api")};
    c.subject = QStringLiteral("user-7");
    c.issuedAt = now;
    c.expiresAt = now + 15min;
    return signToken(c, keys.signingKey().value()).value();
}

mode_t modeOf(const QString &path)
{
    struct stat st {};
    EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &st), 0) << path.toStdString();
    return st.st_mode & 07777;
}

QStringList keyFiles(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QStringList kids(const JwkSet &set)
{
    QStringList out;
    for (const Jwk &key : set.keys())
        out.append(key.kid());
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.setPermissions(permissions);
}

} // namespace

TEST(SigningKeys, GeneratesTheFirstKeyPrivatelyOnFirstStart)
{
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    SigningKeys keys(dirOptions(tmp));
    EXPECT_FALSE(keys.signingKey().has_value());
    ASSERT_TRUE(keys.load(start).has_value());

    const QString directory = dirOptions(tmp).directory;
    EXPECT_EQ(keyFiles(directory), QStringList{QStringLiteral("jwt-1750000000.pem")});
    EXPECT_EQ(modeOf(directory), mode_t(0700));
    EXPECT_EQ(modeOf(directory + QStringLiteral("/jwt-1750000000.pem")), mode_t(0600));

    auto signing = keys.signingKey();
    ASSERT_TRUE(signing.has_value());
    EXPECT_EQ(signing->algorithm(), JwsAlgorithm::EdDSA);
    EXPECT_TRUE(signing->hasPrivateKey());
    EXPECT_EQ(kids(keys.keySet()), QStringList{signing->kid()});
    EXPECT_FALSE(keys.keySet().keys().first().hasPrivateKey());
    const QJsonArray published = keys.jwks().value(QStringLiteral("keys")).toArray();
    ASSERT_EQ(published.size(), 1);
    EXPECT_FALSE(published.first().toObject().contains(QStringLiteral("d")));
    EXPECT_EQ(published.first().toObject().value(QStringLiteral("alg")).toString(), QStringLiteral("EdDSA"));
}

TEST(SigningKeys, InstancesOnOneDirectoryShareTheKey)
{
    QTemporaryDir tmp;
    SigningKeys first(dirOptions(tmp));
    ASSERT_TRUE(first.load(start).has_value());
    SigningKeys second(dirOptions(tmp));
    ASSERT_TRUE(second.load(start + 5min).has_value());
    EXPECT_EQ(second.signingKey()->kid(), first.signingKey()->kid());
    EXPECT_EQ(keyFiles(dirOptions(tmp).directory).size(), 1);
    EXPECT_TRUE(verifyToken(tokenAt(first, start), second.keySet(), verifyAt(start + 1min)).has_value());

    ASSERT_TRUE(second.rotate(start + 24h).has_value());
    EXPECT_NE(second.signingKey()->kid(), first.signingKey()->kid());
    ASSERT_TRUE(first.load(start + 24h + 1min).has_value()); // picks up the other instance's new key
    EXPECT_EQ(first.signingKey()->kid(), second.signingKey()->kid());
}

TEST(SigningKeys, RotationKeepsOldTokensValidUntilTheyExpire)
{
    QTemporaryDir tmp;
    SigningKeys keys(dirOptions(tmp));
    ASSERT_TRUE(keys.load(start).has_value());
    const QString oldKid = keys.signingKey()->kid();
    const auto rotation = start + 24h;
    EXPECT_FALSE(keys.rotationDue(rotation - 1s));
    EXPECT_TRUE(keys.rotationDue(rotation));
    const QByteArray oldToken = tokenAt(keys, rotation - 1s); // the last token the old key signs

    ASSERT_TRUE(keys.rotate(rotation).has_value());
    const QString newKid = keys.signingKey()->kid();
    EXPECT_NE(newKid, oldKid);
    EXPECT_EQ(kids(keys.keySet()), (QStringList{newKid, oldKid}));
    EXPECT_EQ(keys.jwks().value(QStringLiteral("keys")).toArray().size(), 2);
    EXPECT_TRUE(verifyToken(oldToken, keys.keySet(), verifyAt(rotation + 14min)).has_value());
    EXPECT_TRUE(verifyToken(tokenAt(keys, rotation), keys.keySet(), verifyAt(rotation + 1min)).has_value());

    // The old key verifies as long as a token it signed can still be within exp + leeway...
    ASSERT_TRUE(keys.load(rotation + 15min + 59s).has_value());
    EXPECT_EQ(kids(keys.keySet()), (QStringList{newKid, oldKid}));
    EXPECT_TRUE(verifyToken(oldToken, keys.keySet(), verifyAt(rotation + 15min + 58s)).has_value());
    // ...and not a second longer.
    ASSERT_TRUE(keys.load(rotation + 16min).has_value());
    EXPECT_EQ(kids(keys.keySet()), QStringList{newKid});
    auto late = verifyToken(oldToken, keys.keySet(), verifyAt(rotation + 15min + 58s));
    ASSERT_FALSE(late.has_value());
    EXPECT_EQ(late.error().code, ErrorCode::Unauthorized);
    EXPECT_EQ(keyFiles(dirOptions(tmp).directory).size(), 2); // load() reads, it never deletes

    // The next rotation deletes the file of the key that no longer verifies.
    ASSERT_TRUE(keys.rotate(rotation + 24h).has_value());
    EXPECT_EQ(keyFiles(dirOptions(tmp).directory),
              (QStringList{QStringLiteral("jwt-1750086400.pem"), QStringLiteral("jwt-1750172800.pem")}));
}

TEST(SigningKeys, AnOverdueRotationStillKeepsTheOldKeyForATokenLifetime)
{
    QTemporaryDir tmp;
    SigningKeys keys(dirOptions(tmp));
    ASSERT_TRUE(keys.load(start).has_value());
    const auto rotation = start + 90 * 24h; // the server was down for months
    const QByteArray oldToken = tokenAt(keys, rotation - 1s);
    ASSERT_TRUE(keys.rotate(rotation).has_value());
    EXPECT_EQ(keys.keySet().keys().size(), 2);
    EXPECT_TRUE(verifyToken(oldToken, keys.keySet(), verifyAt(rotation + 10min)).has_value());
}

TEST(SigningKeys, RotationMakesANewerKeyEvenWithinTheSameSecond)
{
    QTemporaryDir tmp;
    SigningKeys keys(dirOptions(tmp));
    ASSERT_TRUE(keys.load(start).has_value());
    const QString first = keys.signingKey()->kid();
    ASSERT_TRUE(keys.rotate(start).has_value());
    EXPECT_NE(keys.signingKey()->kid(), first);
    EXPECT_EQ(keyFiles(dirOptions(tmp).directory),
              (QStringList{QStringLiteral("jwt-1750000000.pem"), QStringLiteral("jwt-1750000001.pem")}));
}

TEST(SigningKeys, RefusesAKeyFileOthersCanRead)
{
    QTemporaryDir tmp;
    {
        SigningKeys keys(dirOptions(tmp));
        ASSERT_TRUE(keys.load(start).has_value());
    }
    const QString file = dirOptions(tmp).directory + QStringLiteral("/jwt-1750000000.pem");
    for (const QFile::Permissions permissions : {QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther,
                                                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup,
                                                 QFile::ReadOwner | QFile::WriteOwner | QFile::WriteOther}) {
        ASSERT_TRUE(QFile::setPermissions(file, permissions));
        SigningKeys keys(dirOptions(tmp));
        auto loaded = keys.load(start);
        ASSERT_FALSE(loaded.has_value());
        EXPECT_EQ(loaded.error().code, ErrorCode::Validation);
        EXPECT_TRUE(loaded.error().message.contains(file)) << loaded.error().message.toStdString();
        EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("chmod 600")));
        EXPECT_FALSE(keys.signingKey().has_value());
    }
    ASSERT_TRUE(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
    SigningKeys keys(dirOptions(tmp));
    EXPECT_TRUE(keys.load(start).has_value());
}

TEST(SigningKeys, RefusesAKeysDirectoryOthersCanWrite)
{
    QTemporaryDir tmp;
    const QString directory = dirOptions(tmp).directory;
    ASSERT_TRUE(QDir().mkpath(directory));
    ASSERT_TRUE(QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                     | QFile::WriteOther | QFile::ExeOther | QFile::ReadOther));
    SigningKeys keys(dirOptions(tmp));
    auto loaded = keys.load(start);
    ASSERT_FALSE(loaded.has_value());
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("chmod 700")));
    EXPECT_TRUE(keyFiles(directory).isEmpty());
}

TEST(SigningKeys, RefusesAKeyThatIsNotEd25519)
{
    QTemporaryDir tmp;
    const QString directory = dirOptions(tmp).directory;
    ASSERT_TRUE(QDir().mkpath(directory));
    const QByteArray pem = Jwk::generate(JwsAlgorithm::ES256).value().privateKeyPem().value();
    ASSERT_TRUE(writeFile(directory + QStringLiteral("/jwt-1.pem"), pem, QFile::ReadOwner | QFile::WriteOwner));
    SigningKeys keys(dirOptions(tmp));
    auto loaded = keys.load(start);
    ASSERT_FALSE(loaded.has_value());
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("not an Ed25519 key")));

    ASSERT_TRUE(writeFile(directory + QStringLiteral("/jwt-1.pem"), "-----BEGIN PRIVATE KEY-----\nnope\n",
                          QFile::ReadOwner | QFile::WriteOwner));
    loaded = keys.load(start);
    ASSERT_FALSE(loaded.has_value());
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("jwt-1.pem")));
}

TEST(SigningKeys, UsesAKeyFileGivenByPath)
{
    QTemporaryDir tmp;
    const Jwk key = Jwk::generate(JwsAlgorithm::EdDSA).value();
    const QString file = tmp.filePath(QStringLiteral("shared-jwt.pem"));
    ASSERT_TRUE(writeFile(file, key.privateKeyPem().value(), QFile::ReadOwner | QFile::WriteOwner));
    SigningKeys::Options o;
    o.keyFile = file;
    SigningKeys first(o);
    SigningKeys second(o);
    ASSERT_TRUE(first.load(start).has_value());
    ASSERT_TRUE(second.load(start).has_value());
    EXPECT_EQ(first.signingKey()->kid(), key.kid());
    EXPECT_EQ(second.signingKey()->kid(), key.kid());
    EXPECT_TRUE(verifyToken(tokenAt(first, start), second.keySet(), verifyAt(start)).has_value());
    EXPECT_FALSE(first.rotationDue(start + 365 * 24h));
    EXPECT_FALSE(first.rotate(start + 1s).has_value());
    EXPECT_EQ(first.signingKey()->kid(), key.kid());

    ASSERT_TRUE(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    auto refused = SigningKeys(o).load(start);
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("chmod 600 '%1'").arg(file)))
        << refused.error().message.toStdString();
}

TEST(SigningKeys, PublishesKeysThatImportAsAKeySet)
{
    QTemporaryDir tmp;
    SigningKeys keys(dirOptions(tmp));
    ASSERT_TRUE(keys.load(start).has_value());
    const QByteArray oldToken = tokenAt(keys, start);
    ASSERT_TRUE(keys.rotate(start + 1h).has_value());
    auto imported = JwkSet::fromJson(keys.jwks());
    ASSERT_TRUE(imported.has_value()) << imported.error().message.toStdString();
    EXPECT_EQ(kids(*imported), kids(keys.keySet()));
    EXPECT_TRUE(verifyToken(oldToken, *imported, verifyAt(start + 10min)).has_value());
    EXPECT_TRUE(verifyToken(tokenAt(keys, start + 1h), *imported, verifyAt(start + 1h)).has_value());
}
