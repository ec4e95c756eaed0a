// SPDX-License-Identifier: MIT
#include "server/config.h"

#include "domain/money.h"
#include "server/gateway/ratelimiter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QRegularExpression>
#include <QStandardPaths>

#include <unistd.h>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

namespace {
QString envName(const QString &option)
{
    return QStringLiteral("BACKROOM_") + option.toUpper().replace(u'-', u'_');
}

// The effective value of an option: flag, else environment, else the declared default.
QString valueOf(const QCommandLineParser &parser, const QString &option)
{
    if (parser.isSet(option))
        return parser.value(option);
    const QByteArray env = qgetenv(envName(option).toLatin1().constData());
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return parser.value(option);
}

Error badOption(const QString &option, const QString &expected, const QString &given)
{
    return Error::validation(QStringLiteral("--%1 (or %2): '%3' is not valid; expected %4.")
                                 .arg(option, envName(option), given, expected),
                             {{option, expected}});
}

QCommandLineOption option(const QString &name, const QString &help, const QString &valueName,
                          const QString &defaultValue = {})
{
    return QCommandLineOption(name, help + QStringLiteral(" [env %1]").arg(envName(name)), valueName, defaultValue);
}
} // namespace

QString ServerConfig::defaultDataDir()
{
    if (geteuid() == 0)
        return QStringLiteral("/var/lib/backroom");
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/backroom");
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        option(QStringLiteral("data-dir"), QStringLiteral("Directory for the embedded database, keys and files."),
               QStringLiteral("dir"), ServerConfig::defaultDataDir()),
        option(QStringLiteral("database-url"),
               QStringLiteral("PostgreSQL URL or conninfo; without it an embedded PostgreSQL runs under --data-dir."),
               QStringLiteral("url")),
        option(QStringLiteral("bcrypt-cost"), QStringLiteral("bcrypt cost for password hashes (4-16)."),
               QStringLiteral("n"), QStringLiteral("12")),
        option(QStringLiteral("jwt-issuer"), QStringLiteral("The 'iss' of the access tokens this server signs."),
               QStringLiteral("name"), QStringLiteral("backroom")),
        option(QStringLiteral("jwt-key-file"),
               QStringLiteral("One Ed25519 PEM key shared by several instances (default: keys under --data-dir)."),
               QStringLiteral("file")),
        option(QStringLiteral("pg-bin-dir"), QStringLiteral("Where initdb and pg_ctl live (default: found)."),
               QStringLiteral("dir")),
        option(QStringLiteral("log-format"), QStringLiteral("Log line format: text or json."), QStringLiteral("format"),
               QStringLiteral("text")),
        option(QStringLiteral("log-level"), QStringLiteral("Least severe level logged: debug, info, warning, error."),
               QStringLiteral("level"), QStringLiteral("info")),
    });
}

void addServeOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        option(QStringLiteral("listen"), QStringLiteral("Address and port to listen on."), QStringLiteral("host:port"),
               QStringLiteral("127.0.0.1:8080")),
        option(QStringLiteral("threads"), QStringLiteral("I/O threads (0: one per core)."), QStringLiteral("n"),
               QStringLiteral("0")),
        option(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain) for HTTPS."), QStringLiteral("file")),
        option(QStringLiteral("tls-key"), QStringLiteral("PEM private key for HTTPS."), QStringLiteral("file")),
        option(QStringLiteral("max-body"), QStringLiteral("Largest request body."), QStringLiteral("size"),
               QStringLiteral("1MiB")),
        option(QStringLiteral("max-image-size"), QStringLiteral("Largest product image upload."), QStringLiteral("size"),
               QStringLiteral("10MiB")),
        option(QStringLiteral("max-import-size"), QStringLiteral("Largest product CSV an import takes."),
               QStringLiteral("size"), QStringLiteral("64MiB")),
        option(QStringLiteral("max-header"), QStringLiteral("Largest request header block."), QStringLiteral("size"),
               QStringLiteral("16KiB")),
        option(QStringLiteral("header-timeout"), QStringLiteral("Time allowed for a request's headers."),
               QStringLiteral("duration"), QStringLiteral("10s")),
        option(QStringLiteral("request-timeout"), QStringLiteral("Time allowed for a request's body."),
               QStringLiteral("duration"), QStringLiteral("30s")),
        option(QStringLiteral("idle-timeout"), QStringLiteral("How long an idle keep-alive connection stays open."),
               QStringLiteral("duration"), QStringLiteral("60s")),
        option(QStringLiteral("max-connections"), QStringLiteral("Open connections at most; beyond, new ones get 503."),
               QStringLiteral("n"), QStringLiteral("10000")),
        option(QStringLiteral("cors-origins"),
               QStringLiteral("Comma-separated storefront origins allowed by CORS (or *)."), QStringLiteral("origins")),
        option(QStringLiteral("rate-limits"),
               QStringLiteral("Rate limits, e.g. 'ip=1200/m,burst=300; login-account=5/15m; register-ip=off' "
                              "(policies: ip, user, login-ip, login-account, register-ip)."),
               QStringLiteral("spec")),
        option(QStringLiteral("workers"),
               QStringLiteral("Worker threads for writes and slow work, each with its own database connection."),
               QStringLiteral("n"), QStringLiteral("8")),
        option(QStringLiteral("product-cache-size"),
               QStringLiteral("Products whose answers are kept in memory, kept fresh through LISTEN/NOTIFY (0: off)."),
               QStringLiteral("n"), QStringLiteral("10000")),
        option(QStringLiteral("reservation-ttl"),
               QStringLiteral("Seconds a stock reservation holds before it expires and its stock comes back."),
               QStringLiteral("seconds"), QStringLiteral("900")),
        option(QStringLiteral("ship-promise-days"),
               QStringLiteral("Days within which a confirmed order should ship; later ones count as late on the dashboard."),
               QStringLiteral("days"), QStringLiteral("2")),
        option(QStringLiteral("facet-cache-size"),
               QStringLiteral("Searches whose facets (totals, counts) are kept in memory until the catalog changes (0: off)."),
               QStringLiteral("n"), QStringLiteral("1000")),
        option(QStringLiteral("search-cache-size"),
               QStringLiteral("Search and category pages kept in memory until the catalog changes or a promotion "
                              "starts or ends (0: off)."),
               QStringLiteral("n"), QStringLiteral("2000")),
        option(QStringLiteral("json-max-depth"), QStringLiteral("Deepest JSON nesting accepted in a body."),
               QStringLiteral("n"), QStringLiteral("32")),
        option(QStringLiteral("access-token-lifetime"),
               QStringLiteral("How long an access token is valid (1s to 24h); sessions renew them with refresh tokens."),
               QStringLiteral("duration"), QStringLiteral("15m")),
        option(QStringLiteral("token-leeway"),
               QStringLiteral("Clock difference tolerated when checking token times (0 to 5m)."),
               QStringLiteral("duration"), QStringLiteral("60s")),
        option(QStringLiteral("access-log"), QStringLiteral("Log a line per request: on or off."),
               QStringLiteral("on|off"), QStringLiteral("on")),
        option(QStringLiteral("outbox-dispatcher"),
               QStringLiteral("Deliver outbox events (webhooks, projections, notifications) from this instance: on "
                              "or off (off: an API-only instance, where other instances deliver them)."),
               QStringLiteral("on|off"), QStringLiteral("on")),
        option(QStringLiteral("allow-private-webhooks"),
               QStringLiteral("Accept webhook URLs on loopback, link-local or private addresses: on or off."),
               QStringLiteral("on|off"), QStringLiteral("off")),
        option(QStringLiteral("webhook-retry-delay"),
               QStringLiteral("Delay before a failed webhook delivery is tried again; doubles each time."),
               QStringLiteral("duration"), QStringLiteral("10s")),
        option(QStringLiteral("webhook-retry-for"),
               QStringLiteral("How long failed webhook deliveries are retried before they are dead-lettered."),
               QStringLiteral("duration"), QStringLiteral("24h")),
        option(QStringLiteral("webhook-timeout"), QStringLiteral("Time one webhook delivery attempt may take."),
               QStringLiteral("duration"), QStringLiteral("10s")),
        option(QStringLiteral("payments-url"),
               QStringLiteral("The payment provider's base URL; without it the server starts the bundled "
                              "backroom-payments-sandbox as a child process on a loopback port."),
               QStringLiteral("url")),
        option(QStringLiteral("payments-sandbox"),
               QStringLiteral("The sandbox program to start when there is no --payments-url (default: "
                              "backroom-payments-sandbox next to backroom-server)."),
               QStringLiteral("file")),
        option(QStringLiteral("payments-timeout"), QStringLiteral("Time one call to the payment provider may take."),
               QStringLiteral("duration"), QStringLiteral("5s")),
        option(QStringLiteral("payments-attempts"),
               QStringLiteral("Attempts per payment call when the provider times out or fails (1-5); every attempt "
                              "carries the same idempotency key, so none charges twice."),
               QStringLiteral("n"), QStringLiteral("2")),
        option(QStringLiteral("payments-breaker-threshold"),
               QStringLiteral("Failed payment calls within --payments-breaker-window that open the circuit: calls "
                              "are then refused at once until --payments-breaker-open has passed."),
               QStringLiteral("n"), QStringLiteral("5")),
        option(QStringLiteral("payments-breaker-window"),
               QStringLiteral("How long a failed payment call counts toward opening the circuit."),
               QStringLiteral("duration"), QStringLiteral("30s")),
        option(QStringLiteral("payments-breaker-open"),
               QStringLiteral("How long the payment circuit stays open before one trial call may test the provider."),
               QStringLiteral("duration"), QStringLiteral("10s")),
        option(QStringLiteral("refund-approval-limit"),
               QStringLiteral("Refunds above this many minor units (e.g. 10000 for 100.00) wait until someone else with "
                              "the refunds:approve permission approves them; 0: none need approval."),
               QStringLiteral("minor units"), QStringLiteral("10000")),
        option(QStringLiteral("smtp-host"),
               QStringLiteral("SMTP server for customer mails; without it they are written to <data-dir>/mail-drop."),
               QStringLiteral("host")),
        option(QStringLiteral("smtp-port"), QStringLiteral("SMTP port."), QStringLiteral("port"), QStringLiteral("25")),
        option(QStringLiteral("smtp-from"), QStringLiteral("Sender of customer mails, e.g. 'Shop <shop@example.com>'."),
               QStringLiteral("mailbox"), QStringLiteral("Backroom <noreply@localhost>")),
        option(QStringLiteral("smtp-starttls"), QStringLiteral("Require STARTTLS with the SMTP server: on or off."),
               QStringLiteral("on|off"), QStringLiteral("off")),
        option(QStringLiteral("smtp-user"),
               QStringLiteral("SMTP AUTH user (over STARTTLS only); the password comes from BACKROOM_SMTP_PASSWORD."),
               QStringLiteral("name")),
        option(QStringLiteral("smtp-timeout"), QStringLiteral("Time each SMTP step (connect, every reply) may take."),
               QStringLiteral("duration"), QStringLiteral("10s")),
        option(QStringLiteral("notification-retry-delay"),
               QStringLiteral("Delay before a failed customer mail is tried again; doubles each time (at most 1h)."),
               QStringLiteral("duration"), QStringLiteral("30s")),
        option(QStringLiteral("notification-attempts"),
               QStringLiteral("Attempts per customer mail before it is listed as failed (1-50)."), QStringLiteral("n"),
               QStringLiteral("8")),
        option(QStringLiteral("shop-name"), QStringLiteral("The shop's name as customer mails sign it."),
               QStringLiteral("name"), QStringLiteral("Backroom")),
        option(QStringLiteral("shop-language"),
               QStringLiteral("Language of customer mails for customers who chose none: en, de, fr or es."),
               QStringLiteral("code"), QStringLiteral("en")),
        option(QStringLiteral("checkout-wait-ms"),
               QStringLiteral("Milliseconds a checkout waits for its saga before answering 202 with the checkout's "
                              "status URL (0-60000)."),
               QStringLiteral("ms"), QStringLiteral("3000")),
        option(QStringLiteral("checkout-retry-ms"),
               QStringLiteral("Milliseconds before a checkout saga that had to wait (payment provider or database "
                              "unavailable, a payment's outcome unknown) is tried again (100-3600000)."),
               QStringLiteral("ms"), QStringLiteral("2000")),
        option(QStringLiteral("shutdown-grace"), QStringLiteral("Time requests under way get to finish on shutdown."),
               QStringLiteral("duration"), QStringLiteral("10s")),
    });
}

Domain::Result<int> parseDurationMs(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return fail(Error::validation(QStringLiteral("a duration such as 500ms, 10s, 2m or 1h")));
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    const double ms = unit == QStringLiteral("ms") ? value
        : unit == QStringLiteral("m")              ? value * 60000
        : unit == QStringLiteral("h")              ? value * 3600000
                                                   : value * 1000;
    if (ms < 1 || ms > 24.0 * 3600 * 1000)
        return fail(Error::validation(QStringLiteral("a duration between 1ms and 24h")));
    return int(ms);
}

Domain::Result<qsizetype> parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*(B|KB|KiB|MB|MiB|GB|GiB)?\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return fail(Error::validation(QStringLiteral("a size such as 1MiB, 64KiB or 1048576")));
    const QString unit = m.captured(2).toLower();
    qint64 factor = 1;
    if (unit == QStringLiteral("kb"))
        factor = 1000;
    else if (unit == QStringLiteral("kib"))
        factor = 1024;
    else if (unit == QStringLiteral("mb"))
        factor = 1000 * 1000;
    else if (unit == QStringLiteral("mib"))
        factor = 1024 * 1024;
    else if (unit == QStringLiteral("gb"))
        factor = 1000LL * 1000 * 1000;
    else if (unit == QStringLiteral("gib"))
        factor = 1024LL * 1024 * 1024;
    const qint64 value = m.captured(1).toLongLong() * factor;
    if (value < 1 || value > 1024LL * 1024 * 1024)
        return fail(Error::validation(QStringLiteral("a size between 1 byte and 1GiB")));
    return qsizetype(value);
}

Domain::Result<std::pair<QHostAddress, quint16>> parseListen(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:\\[([0-9a-fA-F:.]+)\\]|([^:\\[\\]]*)):(\\d{1,5})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return fail(Error::validation(QStringLiteral("host:port, [ipv6]:port or :port")));
    const int port = m.captured(3).toInt();
    if (port > 65535)
        return fail(Error::validation(QStringLiteral("a port from 0 to 65535")));
    QString host = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    QHostAddress address;
    if (host.isEmpty() || host == QStringLiteral("*"))
        address = QHostAddress(QHostAddress::AnyIPv4);
    else if (host == QStringLiteral("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return fail(Error::validation(QStringLiteral("an IP address (or localhost) before the port")));
    return std::pair{address, quint16(port)};
}

Domain::Result<ServerConfig> readConfig(const QCommandLineParser &parser, bool serveOptions)
{
    ServerConfig c;
    c.dataDir = QFileInfo(valueOf(parser, QStringLiteral("data-dir"))).absoluteFilePath();
    c.databaseUrl = valueOf(parser, QStringLiteral("database-url")).toUtf8();
    c.pgBinDir = valueOf(parser, QStringLiteral("pg-bin-dir"));
    c.jwtIssuer = valueOf(parser, QStringLiteral("jwt-issuer"));
    c.jwtKeyFile = valueOf(parser, QStringLiteral("jwt-key-file"));
    c.adminEmail = qEnvironmentVariable("BACKROOM_ADMIN_EMAIL");
    c.adminPassword = qgetenv("BACKROOM_ADMIN_PASSWORD");
    bool costOk = false;
    c.bcryptCost = valueOf(parser, QStringLiteral("bcrypt-cost")).toInt(&costOk);
    if (!costOk || c.bcryptCost < 4 || c.bcryptCost > 16)
        return fail(badOption(QStringLiteral("bcrypt-cost"), QStringLiteral("a whole number from 4 to 16"),
                              valueOf(parser, QStringLiteral("bcrypt-cost"))));

    const QString format = valueOf(parser, QStringLiteral("log-format"));
    if (format == QStringLiteral("json"))
        c.logFormat = Log::Format::Json;
    else if (format != QStringLiteral("text"))
        return fail(badOption(QStringLiteral("log-format"), QStringLiteral("text or json"), format));
    const QString level = valueOf(parser, QStringLiteral("log-level"));
    static const QStringList levels{QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
                                    QStringLiteral("error")};
    if (!levels.contains(level))
        return fail(badOption(QStringLiteral("log-level"), levels.join(QStringLiteral(", ")), level));
    c.logLevel = Log::Level(levels.indexOf(level));

    if (!serveOptions)
        return c;

    const QString listen = valueOf(parser, QStringLiteral("listen"));
    auto address = parseListen(listen);
    if (!address)
        return fail(badOption(QStringLiteral("listen"), address.error().message, listen));
    c.http.address = address->first;
    c.http.port = address->second;

    auto number = [&](const QString &name, int min, int max) -> Domain::Result<int> {
        bool ok = false;
        const QString text = valueOf(parser, name);
        const int n = text.toInt(&ok);
        if (!ok || n < min || n > max)
            return fail(badOption(name, QStringLiteral("a whole number from %1 to %2").arg(min).arg(max), text));
        return n;
    };
    auto duration = [&](const QString &name) -> Domain::Result<int> {
        const QString text = valueOf(parser, name);
        auto ms = parseDurationMs(text);
        if (!ms)
            return fail(badOption(name, ms.error().message, text));
        return ms;
    };
    auto size = [&](const QString &name) -> Domain::Result<qsizetype> {
        const QString text = valueOf(parser, name);
        auto bytes = parseSize(text);
        if (!bytes)
            return fail(badOption(name, bytes.error().message, text));
        return bytes;
    };
    auto onOff = [&](const QString &name) -> Domain::Result<bool> {
        const QString text = valueOf(parser, name);
        if (text != QStringLiteral("on") && text != QStringLiteral("off"))
            return fail(badOption(name, QStringLiteral("on or off"), text));
        return text == QStringLiteral("on");
    };

    // The first bad option is reported; the others keep their defaults meanwhile.
    std::optional<Error> firstError;
    auto take = [&](auto result, auto &target) {
        if (result)
            target = decltype(+target)(*result);
        else if (!firstError)
            firstError = result.error();
    };
    take(number(QStringLiteral("threads"), 0, 256), c.http.threads);
    take(number(QStringLiteral("max-connections"), 1, 1000000), c.http.maxConnections);
    take(number(QStringLiteral("json-max-depth"), 1, 512), c.jsonMaxDepth);
    take(number(QStringLiteral("workers"), 1, 64), c.workerThreads);
    take(number(QStringLiteral("product-cache-size"), 0, 1000000), c.productCacheSize);
    take(number(QStringLiteral("facet-cache-size"), 0, 1000000), c.facetCacheSize);
    take(number(QStringLiteral("search-cache-size"), 0, 1000000), c.searchCacheSize);
    take(number(QStringLiteral("reservation-ttl"), 1, 7 * 24 * 3600), c.reservationTtlSeconds);
    take(number(QStringLiteral("ship-promise-days"), 0, 365), c.shipPromiseDays);
    take(size(QStringLiteral("max-body")), c.http.limits.maxBodyBytes);
    take(size(QStringLiteral("max-import-size")), c.maxImportBytes);
    take(size(QStringLiteral("max-header")), c.http.limits.maxHeaderBytes);
    take(size(QStringLiteral("max-image-size")), c.maxImageBytes);
    take(duration(QStringLiteral("header-timeout")), c.http.timeouts.headerMs);
    take(duration(QStringLiteral("request-timeout")), c.http.timeouts.requestMs);
    take(duration(QStringLiteral("idle-timeout")), c.http.timeouts.idleMs);
    take(duration(QStringLiteral("shutdown-grace")), c.shutdownGraceMs);
    take(duration(QStringLiteral("webhook-retry-delay")), c.webhookFirstRetryMs);
    take(duration(QStringLiteral("webhook-retry-for")), c.webhookRetryForMs);
    take(duration(QStringLiteral("webhook-timeout")), c.webhookTimeoutMs);
    take(duration(QStringLiteral("access-token-lifetime")), c.accessTokenLifetimeMs);
    take(duration(QStringLiteral("payments-timeout")), c.paymentsTimeoutMs);
    take(number(QStringLiteral("payments-attempts"), 1, 5), c.paymentsAttempts);
    take(number(QStringLiteral("smtp-port"), 1, 65535), c.smtpPort);
    take(duration(QStringLiteral("smtp-timeout")), c.smtpTimeoutMs);
    take(duration(QStringLiteral("notification-retry-delay")), c.notificationRetryMs);
    take(number(QStringLiteral("notification-attempts"), 1, 50), c.notificationAttempts);
    take(number(QStringLiteral("payments-breaker-threshold"), 1, 1000), c.paymentsBreakerThreshold);
    take(duration(QStringLiteral("payments-breaker-window")), c.paymentsBreakerWindowMs);
    take(duration(QStringLiteral("payments-breaker-open")), c.paymentsBreakerOpenMs);
    {
        bool ok = false;
        const QString text = valueOf(parser, QStringLiteral("refund-approval-limit"));
        const qint64 limit = text.trimmed().toLongLong(&ok);
        if (!ok || limit < 0 || limit > Domain::maxJsonAmount) {
            if (!firstError)
                firstError = badOption(QStringLiteral("refund-approval-limit"),
                                       QStringLiteral("a whole number of minor units, 0 or more"), text);
        } else {
            c.refundApprovalLimit = limit;
        }
    }
    take(number(QStringLiteral("checkout-wait-ms"), 0, 60000), c.checkoutWaitMs);
    take(number(QStringLiteral("checkout-retry-ms"), 100, 3600000), c.checkoutRetryMs);
    // No leeway at all is a sensible choice here (clocks kept in sync), unlike for the timeouts above.
    if (valueOf(parser, QStringLiteral("token-leeway")).trimmed() == QStringLiteral("0"))
        c.tokenLeewayMs = 0;
    else
        take(duration(QStringLiteral("token-leeway")), c.tokenLeewayMs);
    if (!firstError && (c.accessTokenLifetimeMs < 1000 || c.accessTokenLifetimeMs > 24 * 3600 * 1000))
        firstError = badOption(QStringLiteral("access-token-lifetime"), QStringLiteral("a duration from 1s to 24h"),
                               valueOf(parser, QStringLiteral("access-token-lifetime")));
    if (!firstError && c.tokenLeewayMs > 5 * 60 * 1000)
        firstError = badOption(QStringLiteral("token-leeway"), QStringLiteral("a duration from 0 to 5m"),
                               valueOf(parser, QStringLiteral("token-leeway")));
    if (!firstError && (c.maxImageBytes < 1024 || c.maxImageBytes > qsizetype(1024) * 1024 * 1024))
        firstError = badOption(QStringLiteral("max-image-size"), QStringLiteral("a size from 1KiB to 1GiB"),
                               valueOf(parser, QStringLiteral("max-image-size")));
    take(onOff(QStringLiteral("access-log")), c.accessLog);
    take(onOff(QStringLiteral("allow-private-webhooks")), c.allowPrivateWebhooks);
    take(onOff(QStringLiteral("smtp-starttls")), c.smtpStartTls);
    take(onOff(QStringLiteral("outbox-dispatcher")), c.outboxDispatcher);
    if (firstError)
        return fail(*firstError);

    c.smtpHost = valueOf(parser, QStringLiteral("smtp-host")).trimmed();
    c.smtpUser = valueOf(parser, QStringLiteral("smtp-user"));
    c.smtpPassword = qgetenv("BACKROOM_SMTP_PASSWORD");
    c.smtpFrom = valueOf(parser, QStringLiteral("smtp-from")).trimmed();
    if (!c.smtpFrom.contains(u'@') || c.smtpFrom.contains(u'\r') || c.smtpFrom.contains(u'\n'))
        return fail(badOption(QStringLiteral("smtp-from"), QStringLiteral("an address such as 'Shop <shop@example.com>'"), c.smtpFrom));
    c.shopName = valueOf(parser, QStringLiteral("shop-name"));
    c.shopLanguage = valueOf(parser, QStringLiteral("shop-language")).trimmed().toLower();
    if (!QStringList{u"en"_qs, u"de"_qs, u"fr"_qs, u"es"_qs}.contains(c.shopLanguage))
        return fail(badOption(QStringLiteral("shop-language"), QStringLiteral("en, de, fr or es"), c.shopLanguage));

    c.rateLimits = valueOf(parser, QStringLiteral("rate-limits"));
    if (auto limits = RateLimitConfig::parse(c.rateLimits); !limits)
        return fail(badOption(QStringLiteral("rate-limits"), limits.error().message, c.rateLimits));
    c.tlsCert = valueOf(parser, QStringLiteral("tls-cert"));
    c.tlsKey = valueOf(parser, QStringLiteral("tls-key"));
    if (c.tlsCert.isEmpty() != c.tlsKey.isEmpty())
        return fail(Error::validation(QStringLiteral("--tls-cert and --tls-key go together: give both for HTTPS, or "
                                                     "neither for plain HTTP.")));
    c.paymentsUrl = valueOf(parser, QStringLiteral("payments-url")).trimmed();
    if (!c.paymentsUrl.isEmpty()) {
        const QUrl url(c.paymentsUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
            return fail(badOption(QStringLiteral("payments-url"), QStringLiteral("an http or https URL such as http://127.0.0.1:9090"),
                                  c.paymentsUrl));
    }
    c.paymentsSandbox = valueOf(parser, QStringLiteral("payments-sandbox"));
    if (c.paymentsSandbox.isEmpty())
        c.paymentsSandbox = QCoreApplication::applicationDirPath() + QStringLiteral("/backroom-payments-sandbox");
    for (const QString &origin : valueOf(parser, QStringLiteral("cors-origins")).split(u',', Qt::SkipEmptyParts))
        c.corsOrigins.append(origin.trimmed().toUtf8());
    return c;
}

} // namespace Backroom::Server
