// SPDX-License-Identifier: MIT
#include "server/config.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace Backroom::Server;

TEST(Config, ParsesDurations)
{
    EXPECT_EQ(parseDurationMs(QStringLiteral("500ms")).value(), 500);
    EXPECT_EQ(parseDurationMs(QStringLiteral("10s")).value(), 10000);
    EXPECT_EQ(parseDurationMs(QStringLiteral("2m")).value(), 120000);
    EXPECT_EQ(parseDurationMs(QStringLiteral("3")).value(), 3000);
    EXPECT_EQ(parseDurationMs(QStringLiteral("2h")).value(), 7200000);
    EXPECT_FALSE(parseDurationMs(QStringLiteral("25h")).has_value());
    EXPECT_FALSE(parseDurationMs(QStringLiteral("soon")).has_value());
    EXPECT_FALSE(parseDurationMs(QStringLiteral("0s")).has_value());
}

TEST(Config, ParsesSizes)
{
    EXPECT_EQ(parseSize(QStringLiteral("1MiB")).value(), 1024 * 1024);
    EXPECT_EQ(parseSize(QStringLiteral("16kib")).value(), 16 * 1024);
    EXPECT_EQ(parseSize(QStringLiteral("2MB")).value(), 2000000);
    EXPECT_EQ(parseSize(QStringLiteral("100")).value(), 100);
    EXPECT_FALSE(parseSize(QStringLiteral("lots")).has_value());
}

TEST(Config, ParsesListenAddresses)
{
    auto v4 = parseListen(QStringLiteral("127.0.0.1:8080"));
    ASSERT_TRUE(v4.has_value());
    EXPECT_EQ(v4->first, QHostAddress(QHostAddress::LocalHost));
    EXPECT_EQ(v4->second, 8080);
    auto v6 = parseListen(QStringLiteral("[::1]:9000"));
    ASSERT_TRUE(v6.has_value());
    EXPECT_EQ(v6->first, QHostAddress(QHostAddress::LocalHostIPv6));
    EXPECT_EQ(parseListen(QStringLiteral(":0"))->first, QHostAddress(QHostAddress::AnyIPv4));
    EXPECT_FALSE(parseListen(QStringLiteral("127.0.0.1")).has_value());
    EXPECT_FALSE(parseListen(QStringLiteral("nohost.example:80")).has_value());
    EXPECT_FALSE(parseListen(QStringLiteral("127.0.0.1:70000")).has_value());
}

namespace {
Backroom::Domain::Result<ServerConfig> configFrom(const QStringList &args)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    addServeOptions(parser);
    EXPECT_TRUE(parser.parse(QStringList{QStringLiteral("backroom-server")} + args));
    return readConfig(parser, true);
}
} // namespace

TEST(Config, FlagsWinOverEnvironmentWhichWinsOverDefaults)
{
    qputenv("BACKROOM_MAX_BODY", "2MiB");
    qputenv("BACKROOM_HEADER_TIMEOUT", "3s");
    auto fromEnv = configFrom({});
    auto fromFlag = configFrom({QStringLiteral("--max-body"), QStringLiteral("64KiB")});
    qunsetenv("BACKROOM_MAX_BODY");
    qunsetenv("BACKROOM_HEADER_TIMEOUT");
    auto defaults = configFrom({});
    ASSERT_TRUE(fromEnv && fromFlag && defaults);
    EXPECT_EQ(fromEnv->http.limits.maxBodyBytes, 2 * 1024 * 1024);
    EXPECT_EQ(fromEnv->http.timeouts.headerMs, 3000);
    EXPECT_EQ(fromFlag->http.limits.maxBodyBytes, 64 * 1024);
    EXPECT_EQ(defaults->http.limits.maxBodyBytes, 1024 * 1024);
    EXPECT_EQ(defaults->http.timeouts.headerMs, 10000);
}

TEST(Config, ImportSizeComesFromItsOwnOption)
{
    qputenv("BACKROOM_MAX_IMPORT_SIZE", "8MiB");
    auto fromEnv = configFrom({});
    auto fromFlag = configFrom({QStringLiteral("--max-import-size"), QStringLiteral("100KiB")});
    qunsetenv("BACKROOM_MAX_IMPORT_SIZE");
    auto defaults = configFrom({});
    auto bad = configFrom({QStringLiteral("--max-import-size"), QStringLiteral("lots")});
    ASSERT_TRUE(fromEnv && fromFlag && defaults);
    EXPECT_EQ(fromEnv->maxImportBytes, 8 * 1024 * 1024);
    EXPECT_EQ(fromFlag->maxImportBytes, 100 * 1024);
    EXPECT_EQ(defaults->maxImportBytes, 64 * 1024 * 1024);
    EXPECT_EQ(defaults->http.limits.maxBodyBytes, 1024 * 1024) << "other routes keep the general limit";
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("max-import-size"))) << bad.error().message.toStdString();
}

TEST(Config, NamesTheOptionAndTheVariableInErrors)
{
    auto bad = configFrom({QStringLiteral("--idle-timeout"), QStringLiteral("forever")});
    ASSERT_FALSE(bad.has_value());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("--idle-timeout")));
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("BACKROOM_IDLE_TIMEOUT")));
}

TEST(Config, ReadsTheOnOffSwitches)
{
    auto defaults = configFrom({});
    ASSERT_TRUE(defaults.has_value()) << defaults.error().message.toStdString();
    EXPECT_TRUE(defaults->accessLog);
    EXPECT_FALSE(defaults->allowPrivateWebhooks);
    EXPECT_TRUE(defaults->outboxDispatcher);
    auto flipped = configFrom({QStringLiteral("--access-log"), QStringLiteral("off"), QStringLiteral("--allow-private-webhooks"),
                               QStringLiteral("on"), QStringLiteral("--outbox-dispatcher"), QStringLiteral("off")});
    ASSERT_TRUE(flipped.has_value()) << flipped.error().message.toStdString();
    EXPECT_FALSE(flipped->accessLog);
    EXPECT_TRUE(flipped->allowPrivateWebhooks);
    EXPECT_FALSE(flipped->outboxDispatcher);
    for (const QString &name : {QStringLiteral("--access-log"), QStringLiteral("--allow-private-webhooks"),
                                QStringLiteral("--outbox-dispatcher")}) {
        auto refused = configFrom({name, QStringLiteral("yes")});
        ASSERT_FALSE(refused.has_value()) << name.toStdString();
        EXPECT_TRUE(refused.error().message.contains(name)) << refused.error().message.toStdString();
    }
}

TEST(Config, WantsTlsCertificateAndKeyTogether)
{
    auto bad = configFrom({QStringLiteral("--tls-cert"), QStringLiteral("/tmp/cert.pem")});
    ASSERT_FALSE(bad.has_value());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("--tls-key")));
}

TEST(Config, ReadsTokenLifetimeAndLeeway)
{
    auto defaults = configFrom({});
    ASSERT_TRUE(defaults);
    EXPECT_EQ(defaults->accessTokenLifetimeMs, 15 * 60 * 1000);
    EXPECT_EQ(defaults->tokenLeewayMs, 60 * 1000);
    auto tight = configFrom({QStringLiteral("--access-token-lifetime"), QStringLiteral("2s"),
                             QStringLiteral("--token-leeway"), QStringLiteral("0")});
    ASSERT_TRUE(tight) << tight.error().message.toStdString();
    EXPECT_EQ(tight->accessTokenLifetimeMs, 2000);
    EXPECT_EQ(tight->tokenLeewayMs, 0);
    EXPECT_FALSE(configFrom({QStringLiteral("--access-token-lifetime"), QStringLiteral("500ms")}).has_value());
    EXPECT_FALSE(configFrom({QStringLiteral("--token-leeway"), QStringLiteral("10m")}).has_value());
}

TEST(Config, ReadsTheLargestImageUploadApartFromTheBodyLimit)
{
    auto defaults = configFrom({});
    ASSERT_TRUE(defaults);
    EXPECT_EQ(defaults->maxImageBytes, 10 * 1024 * 1024);
    EXPECT_EQ(defaults->http.limits.maxBodyBytes, 1024 * 1024);
    qputenv("BACKROOM_MAX_IMAGE_SIZE", "2MiB");
    auto fromEnv = configFrom({});
    auto fromFlag = configFrom({QStringLiteral("--max-image-size"), QStringLiteral("25MB")});
    qunsetenv("BACKROOM_MAX_IMAGE_SIZE");
    ASSERT_TRUE(fromEnv && fromFlag);
    EXPECT_EQ(fromEnv->maxImageBytes, 2 * 1024 * 1024);
    EXPECT_EQ(fromFlag->maxImageBytes, 25'000'000);
    for (const char *bad : {"huge", "10", "2GiB"}) {
        auto refused = configFrom({QStringLiteral("--max-image-size"), QString::fromLatin1(bad)});
        ASSERT_FALSE(refused.has_value()) << bad;
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("--max-image-size"))) << bad;
    }
}

TEST(Config, ReadsTheMailOptionsAndTheSmtpPasswordOnlyFromTheEnvironment)
{
    qputenv("BACKROOM_SMTP_PASSWORD", "s3cret");
    auto mail = configFrom({QStringLiteral("--smtp-host"), QStringLiteral("mail.example.com"), QStringLiteral("--smtp-port"),
                            QStringLiteral("587"), QStringLiteral("--smtp-starttls"), QStringLiteral("on"),
                            QStringLiteral("--smtp-user"), QStringLiteral("shop"), QStringLiteral("--smtp-from"),
                            QStringLiteral("Shop <shop@example.com>"), QStringLiteral("--shop-language"), QStringLiteral("DE"),
                            QStringLiteral("--notification-retry-delay"), QStringLiteral("2m"),
                            QStringLiteral("--notification-attempts"), QStringLiteral("5")});
    qunsetenv("BACKROOM_SMTP_PASSWORD");
    ASSERT_TRUE(mail.has_value()) << mail.error().message.toStdString();
    EXPECT_EQ(mail->smtpHost, QStringLiteral("mail.example.com"));
    EXPECT_EQ(mail->smtpPort, 587);
    EXPECT_TRUE(mail->smtpStartTls);
    EXPECT_EQ(mail->smtpUser, QStringLiteral("shop"));
    EXPECT_EQ(mail->smtpPassword, "s3cret");
    EXPECT_EQ(mail->smtpFrom, QStringLiteral("Shop <shop@example.com>"));
    EXPECT_EQ(mail->shopLanguage, QStringLiteral("de"));
    EXPECT_EQ(mail->notificationRetryMs, 120000);
    EXPECT_EQ(mail->notificationAttempts, 5);
    auto defaults = configFrom({});
    ASSERT_TRUE(defaults.has_value());
    EXPECT_TRUE(defaults->smtpHost.isEmpty()); // the mail-drop
    EXPECT_FALSE(defaults->smtpStartTls);
    EXPECT_EQ(defaults->shopLanguage, QStringLiteral("en"));
    for (const QStringList &bad : {QStringList{QStringLiteral("--smtp-starttls"), QStringLiteral("maybe")},
                                   QStringList{QStringLiteral("--shop-language"), QStringLiteral("it")},
                                   QStringList{QStringLiteral("--smtp-from"), QStringLiteral("nobody")},
                                   QStringList{QStringLiteral("--smtp-port"), QStringLiteral("70000")},
                                   QStringList{QStringLiteral("--notification-attempts"), QStringLiteral("0")}}) {
        auto refused = configFrom(bad);
        ASSERT_FALSE(refused.has_value()) << bad.join(u' ').toStdString();
        EXPECT_TRUE(refused.error().message.contains(bad.first())) << refused.error().message.toStdString();
    }
}

TEST(Config, ReadsTheCheckoutWaitAndRetryIntervals)
{
    auto defaults = configFrom({});
    ASSERT_TRUE(defaults);
    EXPECT_EQ(defaults->checkoutWaitMs, 3000);
    EXPECT_EQ(defaults->checkoutRetryMs, 2000);
    qputenv("BACKROOM_CHECKOUT_RETRY_MS", "750");
    auto fromEnv = configFrom({});
    auto fromFlag = configFrom({QStringLiteral("--checkout-wait-ms"), QStringLiteral("0"), QStringLiteral("--checkout-retry-ms"),
                                QStringLiteral("60000")});
    qunsetenv("BACKROOM_CHECKOUT_RETRY_MS");
    ASSERT_TRUE(fromEnv && fromFlag);
    EXPECT_EQ(fromEnv->checkoutRetryMs, 750);
    EXPECT_EQ(fromEnv->checkoutWaitMs, 3000);
    EXPECT_EQ(fromFlag->checkoutWaitMs, 0); // answer 202 at once: every checkout is followed by its status URL
    EXPECT_EQ(fromFlag->checkoutRetryMs, 60000);
    for (const auto &[flag, value] : {std::pair{"--checkout-wait-ms", "60001"}, std::pair{"--checkout-wait-ms", "3s"},
                                      std::pair{"--checkout-retry-ms", "99"}, std::pair{"--checkout-retry-ms", "-5"},
                                      std::pair{"--checkout-retry-ms", "soon"}}) {
        auto refused = configFrom({QString::fromLatin1(flag), QString::fromLatin1(value)});
        ASSERT_FALSE(refused.has_value()) << flag << ' ' << value;
        EXPECT_TRUE(refused.error().message.contains(QString::fromLatin1(flag))) << refused.error().message.toStdString();
    }
}
