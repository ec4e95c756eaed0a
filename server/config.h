// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "server/http/httpserver.h"
#include "server/log.h"

#include <QCommandLineParser>

namespace Backroom::Server {

// Everything the server reads from its command line and BACKROOM_* environment variables. A flag wins over
// the environment, the environment over the default.
struct ServerConfig {
    QString dataDir;
    QByteArray databaseUrl; // empty: embedded PostgreSQL under dataDir
    QString pgBinDir;
    HttpServer::Options http;
    QString tlsCert;
    QString tlsKey;
    QList<QByteArray> corsOrigins;
    int jsonMaxDepth = 32;
    qsizetype maxImageBytes = 10 * 1024 * 1024; // the largest product image upload; others keep http.limits
    bool accessLog = true;
    int shutdownGraceMs = 10000;
    int bcryptCost = 12;
    QString jwtIssuer = QStringLiteral("backroom");
    QString jwtKeyFile; // empty: keys under <data-dir>/keys
    int accessTokenLifetimeMs = 15 * 60 * 1000;
    int tokenLeewayMs = 60 * 1000; // clock difference tolerated when checking a token's times
    // The first admin, created at start when no admin exists. Environment only: flags show in `ps`.
    QString adminEmail;
    QByteArray adminPassword;
    QString rateLimits; // RateLimitConfig::parse syntax; empty: the defaults
    bool rateLimiting = true;
    qsizetype maxImportBytes = 64 * 1024 * 1024; // the body of a product CSV import
    int workerThreads = 8; // each holds a database connection: writes need several transactions in flight
    // Products whose GET answer is kept in memory (ProductCache); 0: no cache, no change listener.
    int productCacheSize = 10000;
    int reservationTtlSeconds = 900; // how long a stock reservation holds without payment
    int shipPromiseDays = 2; // confirmed orders not shipped within this many days are late (the dashboard's card)
    int reservationExpiryIntervalMs = 5000; // how often held reservations past their time are expired
    // Image files no product shows are deleted once nobody stored them for imageGraceSeconds, checked this often.
    int imageSweepIntervalMs = 3600 * 1000;
    int imageGraceSeconds = 24 * 3600;
    // Searches whose facets are kept in memory (SearchFacetCache); 0: none.
    int facetCacheSize = 1000;
    // Whole search answers kept in memory (SearchPageCache); 0: none.
    int searchCacheSize = 2000;
    // Webhooks: URLs resolving to loopback, link-local or private addresses are refused unless allowed
    // (a receiver on the shop's own network; the test suite's receiver on 127.0.0.1).
    bool allowPrivateWebhooks = false;
    int webhookFirstRetryMs = 10000; // the delay before the second attempt; doubles after each failure
    int webhookRetryForMs = 24 * 3600 * 1000; // after this long without success a delivery is dead
    int webhookTimeoutMs = 10000; // one attempt: connect, send, answer
    // The payment provider: --payments-url names one; without it the server starts paymentsSandbox as a
    // child process (readConfig defaults it to backroom-payments-sandbox next to the server); with neither
    // (in-process tests) the server runs without a provider.
    QString paymentsUrl;
    QString paymentsSandbox;
    int paymentsTimeoutMs = 5000;      // one attempt
    int paymentsAttempts = 2;          // per call, the first included (all carry the same idempotency key)
    int paymentsBreakerThreshold = 5;  // failures within the window that open the circuit
    int paymentsBreakerWindowMs = 30000;
    int paymentsBreakerOpenMs = 10000; // open this long before a trial call
    // A checkout waits this long for its saga before answering 202 with the saga's status URL.
    int checkoutWaitMs = 3000;
    // A saga waiting on the provider (outcome unknown, provider down) is tried again after this long.
    int checkoutRetryMs = 2000;
    // Refunds above this (minor units) wait for a second person's approval; 0: none do.
    qint64 refundApprovalLimit = 10000;
    // Customer mails: by SMTP when smtpHost is set, else as files in <dataDir>/mail-drop. The password comes
    // from BACKROOM_SMTP_PASSWORD only: flags show in `ps`.
    QString smtpHost;
    quint16 smtpPort = 25;
    QString smtpFrom = QStringLiteral("Backroom <noreply@localhost>");
    bool smtpStartTls = false;
    QString smtpUser;
    QByteArray smtpPassword;
    int smtpTimeoutMs = 10000;
    int notificationRetryMs = 30000; // before the second attempt; doubles after each failure
    int notificationAttempts = 8;    // then a notification is failed until an admin retries it
    QString shopName = QStringLiteral("Backroom");
    QString shopLanguage = QStringLiteral("en"); // the mails' language for customers who chose none
    bool outboxDispatcher = true; // off: this instance delivers no events (others do)
    Log::Format logFormat = Log::Format::Text;
    Log::Level logLevel = Log::Level::Info;

    static QString defaultDataDir();
};

// Declares the options shared by every command (data directory, database, logging).
void addCommonOptions(QCommandLineParser &parser);
// Declares the options of `serve`.
void addServeOptions(QCommandLineParser &parser);

// Reads the declared options (flags, then BACKROOM_* variables, then defaults) into a config. Every bad
// value is a Validation error naming the option and what it expects.
Domain::Result<ServerConfig> readConfig(const QCommandLineParser &parser, bool serveOptions);

// Parses "10s", "500ms", "2m" or a plain number of seconds.
Domain::Result<int> parseDurationMs(const QString &text);
// Parses "1MiB", "16KiB", "2MB" or a plain number of bytes.
Domain::Result<qsizetype> parseSize(const QString &text);
// Parses "host:port", "[v6]:port" or ":port".
Domain::Result<std::pair<QHostAddress, quint16>> parseListen(const QString &text);

} // namespace Backroom::Server
