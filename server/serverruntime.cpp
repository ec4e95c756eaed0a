// SPDX-License-Identifier: MIT
#include "server/serverruntime.h"
#include "server/catalog/productimageservice.h"

#include "server/inventory/inventoryprojection.h"
#include "server/log.h"
#include "server/routes/accountroutes.h"
#include "server/routes/authroutes.h"
#include "server/routes/catalogroutes.h"
#include "server/routes/checkoutroutes.h"
#include "server/routes/sagaroutes.h"
#include "server/routes/customerroutes.h"
#include "server/routes/eventroutes.h"
#include "server/routes/imageroutes.h"
#include "server/routes/inventoryroutes.h"
#include "server/routes/jobroutes.h"
#include "server/routes/notificationroutes.h"
#include "server/routes/oidcroutes.h"
#include "server/routes/orderroutes.h"
#include "server/routes/shipmentroutes.h"
#include "server/shipments/shipmentservice.h"
#include "server/routes/paymentroutes.h"
#include "server/routes/reportroutes.h"
#include "server/reports/reportsprojection.h"
#include "server/routes/recommendationroutes.h"
#include "server/routes/searchroutes.h"
#include "server/routes/refundroutes.h"
#include "server/routes/systemroutes.h"
#include "server/store/migrator.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

Domain::Status DatabaseLocation::open(const ServerConfig &config)
{
    if (!config.databaseUrl.isEmpty()) {
        m_conninfo = config.databaseUrl;
        return {};
    }
    if (!QDir().mkpath(config.dataDir))
        return fail(Error::internal(QStringLiteral("Cannot create the data directory %1; check its parent's "
                                                   "permissions or choose another with --data-dir.")
                                        .arg(config.dataDir)));
    m_embedded = std::make_unique<EmbeddedPostgres>(EmbeddedPostgres::Options{
        config.dataDir + QStringLiteral("/postgres"), config.pgBinDir, QStringLiteral("backroom"), {}});
    if (auto started = m_embedded->start(); !started)
        return started;
    m_conninfo = m_embedded->conninfo();
    return {};
}

QString DatabaseLocation::describe() const
{
    if (m_embedded)
        return QStringLiteral("embedded PostgreSQL in %1").arg(m_embedded->socketDirectory());
    // Never log a password that may sit in the URL.
    const QUrl url(QString::fromUtf8(m_conninfo));
    if (url.isValid() && !url.scheme().isEmpty())
        return QStringLiteral("PostgreSQL at %1").arg(url.toString(QUrl::RemoveUserInfo));
    return QStringLiteral("external PostgreSQL");
}

ServerRuntime::ServerRuntime(ServerConfig config)
    : m_config(std::move(config))
{
}

ServerRuntime::~ServerRuntime()
{
    stop();
}

Domain::Result<QSslConfiguration> ServerRuntime::loadTls(const QString &certFile, const QString &keyFile)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile, QSsl::Pem);
    if (chain.isEmpty())
        return fail(Error::validation(
            QStringLiteral("--tls-cert %1 holds no PEM certificate; give the server certificate (chain).").arg(certFile)));
    QFile keyStream(keyFile);
    if (!keyStream.open(QIODevice::ReadOnly))
        return fail(Error::validation(QStringLiteral("--tls-key %1 cannot be read: %2.").arg(keyFile, keyStream.errorString())));
    const QByteArray pem = keyStream.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return fail(Error::validation(
            QStringLiteral("--tls-key %1 holds no unencrypted PEM private key (RSA, EC or DSA).").arg(keyFile)));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

Domain::Status ServerRuntime::start()
{
    if (m_config.databaseUrl.isEmpty()) {
        if (!QDir().mkpath(m_config.dataDir))
            return fail(Error::internal(QStringLiteral("Cannot create the data directory %1.").arg(m_config.dataDir)));
        m_lock = std::make_unique<QLockFile>(m_config.dataDir + QStringLiteral("/server.lock"));
        if (!m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host;
            QString app;
            m_lock->getLockInfo(&pid, &host, &app);
            return fail(Error::conflict(QStringLiteral("Another backroom-server (pid %1) is already serving the data "
                                                       "directory %2. Stop it first, or choose another --data-dir.")
                                            .arg(pid)
                                            .arg(m_config.dataDir)));
        }
    }
    if (!m_config.tlsCert.isEmpty()) {
        auto tls = loadTls(m_config.tlsCert, m_config.tlsKey);
        if (!tls)
            return fail(tls.error());
        m_config.http.tls = *tls;
    }
    if (auto opened = m_location.open(m_config); !opened)
        return opened;
    if (m_location.embedded())
        m_location.embedded()->adopt(); // the server stops the cluster it serves, whoever started it

    m_database = std::make_unique<Database>(m_location.conninfo());
    const Migrator migrator;
    int schemaVersion = 0;
    {
        auto db = m_database->acquire();
        auto migrated = migrator.migrate(*db);
        if (!migrated)
            return fail(migrated.error());
        schemaVersion = *migrated;
    }
    if (auto identity = startIdentity(); !identity)
        return identity;
    if (m_config.rateLimiting) {
        auto limits = RateLimitConfig::parse(m_config.rateLimits);
        if (!limits)
            return Domain::fail(limits.error());
        m_rateLimiter = std::make_unique<RateLimiter>(*limits);
    }
    m_idempotency = std::make_unique<IdempotencyStore>(*m_database);
    m_jobs = std::make_unique<JobRunner>(*m_database, JobRunner::Options{});
    if (auto jobs = m_jobs->start(); !jobs)
        return jobs;
    if (m_config.productCacheSize > 0)
        m_productCache = std::make_unique<ProductCache>(m_config.productCacheSize);
    if (m_config.facetCacheSize > 0)
        m_facetCache = std::make_unique<SearchFacetCache>(m_config.facetCacheSize);
    if (m_config.searchCacheSize > 0)
        m_pageCache = std::make_unique<SearchPageCache>(m_config.searchCacheSize);
    m_promotionIndex = std::make_unique<PromotionIndex>(*m_database);
    // The caches and the promotion index stay off until the listener hears changes (setListening).
    // Every follower of the catalog's notifications that is switched on (the caches may be off).
    const auto followers = [products = m_productCache.get(), facets = m_facetCache.get(), pages = m_pageCache.get(),
                            promotions = m_promotionIndex.get()](const auto &each) {
        if (products)
            each(*products);
        if (facets)
            each(*facets);
        if (pages)
            each(*pages);
        each(*promotions);
    };
    m_catalogListener = std::make_unique<ChangeListener>(
        m_location.conninfo(), QByteArrayLiteral("backroom_catalog"),
        ChangeListener::Callbacks{
            [followers](QByteArrayView payload) {
                followers([&](auto &follower) { follower.handleNotification(payload); });
            },
            [followers](bool listening) { followers([&](auto &follower) { follower.setListening(listening); }); }});
    m_catalogListener->start();
    m_eventFeed = std::make_unique<EventFeed>(m_location.conninfo());
    m_eventFeed->start();
    // "Bought together": its projection and cache live with the route owners (the dispatcher, stopped first,
    // only points to the projection). The cache holds as many lists as the product cache holds products.
    auto recommendations = std::make_shared<RecommendationParts>();
    if (m_config.productCacheSize > 0) {
        recommendations->cache = std::make_unique<RecommendationCache>(m_config.productCacheSize);
        recommendations->cache->start(m_location.conninfo());
    }
    m_routeOwners.push_back(recommendations);
    if (m_config.outboxDispatcher) {
        m_webhookFanout = std::make_unique<WebhookFanout>();
        m_dispatcher = std::make_unique<OutboxDispatcher>(m_location.conninfo(), OutboxDispatcher::Options{});
        m_demandProjection = std::make_unique<InventoryDemandProjection>();
        m_dispatcher->addConsumer(m_webhookFanout.get());
        m_dispatcher->addConsumer(m_demandProjection.get());
        m_mailTemplates = std::make_unique<MailTemplates>();
        m_notificationConsumer = std::make_unique<NotificationConsumer>(*m_mailTemplates, notificationOptions());
        m_dispatcher->addConsumer(m_notificationConsumer.get());
        m_reportsProjection = std::make_unique<ReportsProjection>();
        m_dispatcher->addConsumer(m_reportsProjection.get());
        m_dispatcher->addConsumer(&recommendations->projection);
        m_dispatcher->start();
        m_webhookSender = std::make_unique<WebhookSender>(
            m_location.conninfo(), WebhookSender::Options{m_config.webhookFirstRetryMs, m_config.webhookRetryForMs,
                                                          m_config.webhookTimeoutMs, m_config.allowPrivateWebhooks});
        m_webhookSender->start();
        m_notificationSender = std::make_unique<NotificationSender>(m_location.conninfo(), notificationOptions());
        m_notificationSender->start();
    }
    if (auto payments = startPayments(); !payments)
        return payments;
    CheckoutSagas::Options sagaOptions;
    sagaOptions.waitMs = m_config.checkoutWaitMs;
    sagaOptions.retryDelayMs = m_config.checkoutRetryMs;
    sagaOptions.threads = m_config.workerThreads + 1;
    sagaOptions.inventory = inventoryOptions();
#ifdef BACKROOM_TEST_HOOKS
    // Crash tests stop a server dead at a named saga step; release builds never read this.
    sagaOptions.crashAt = qEnvironmentVariable("BACKROOM_TEST_SAGA_CRASH_AT");
#endif
    m_sagas = std::make_unique<CheckoutSagas>(*m_database, m_payments.get(), sagaOptions);
    RefundService::Options refundOptions;
    refundOptions.approvalLimit = m_config.refundApprovalLimit;
    refundOptions.retryDelayMs = m_config.checkoutRetryMs;
    refundOptions.inventory = inventoryOptions();
    refundOptions.crashAt = sagaOptions.crashAt;
    m_refunds = std::make_unique<RefundService>(*m_database, m_payments.get(), refundOptions);
    registerRoutes(migrator.latestKnown());
    auto recommendationRoutes = std::make_shared<RecommendationRoutes>(*m_database, recommendations->cache.get());
    recommendationRoutes->registerOn(m_router);
    m_routeOwners.push_back(recommendationRoutes);

    QList<QByteArray> labels;
    for (const RouteSpec &r : m_router.routes())
        labels.append(r.method + ' ' + r.pattern);
    m_metrics = std::make_unique<Metrics>(labels);
    m_workers = std::make_unique<QThreadPool>();
    m_workers->setMaxThreadCount(m_config.workerThreads);
    // Workers keep their database connections for life; an expiring thread would strand its connection.
    m_workers->setExpiryTimeout(-1);
    m_gateway = std::make_unique<Gateway>(
        m_router, *m_metrics,
        GatewayOptions{m_config.corsOrigins, m_config.jsonMaxDepth, m_config.accessLog,
                       [identity = m_identity.get()](QByteArrayView token) {
                           return identity->authenticate(token, IdentityService::Clock::now());
                       },
                       m_rateLimiter.get(), m_idempotency.get()},
        m_workers.get());
    Gateway *gateway = m_gateway.get();
    m_config.http.limits.bodyLimitFor = [router = &m_router](QByteArrayView method, QByteArrayView path) {
        return router->bodyLimit(method, path);
    };
    m_http = std::make_unique<HttpServer>(
        m_config.http, [gateway](HttpRequest &request, Reply reply) { gateway->handle(request, std::move(reply)); },
        [gateway](int status, const QString &detail, const QHostAddress &peer) {
            return gateway->refuse(status, detail, peer);
        });
    if (m_rateLimiter)
        m_metrics->addWriter([limiter = m_rateLimiter.get()](QByteArray &out) { limiter->writeMetrics(out); });
    if (m_productCache)
        m_metrics->addWriter([cache = m_productCache.get()](QByteArray &out) { cache->writeMetrics(out); });
    if (m_facetCache)
        m_metrics->addWriter([cache = m_facetCache.get()](QByteArray &out) { cache->writeMetrics(out); });
    if (recommendations->cache)
        m_metrics->addWriter([cache = recommendations->cache.get()](QByteArray &out) { cache->writeMetrics(out); });
    if (m_pageCache)
        m_metrics->addWriter([cache = m_pageCache.get()](QByteArray &out) { cache->writeMetrics(out); });
    m_metrics->addWriter([feed = m_eventFeed.get()](QByteArray &out) { feed->writeMetrics(out); });
    if (m_dispatcher)
        m_metrics->addWriter([dispatcher = m_dispatcher.get()](QByteArray &out) { dispatcher->writeMetrics(out); });
    if (m_webhookSender)
        m_metrics->addWriter([sender = m_webhookSender.get()](QByteArray &out) { sender->writeMetrics(out); });
    if (m_notificationSender)
        m_metrics->addWriter([sender = m_notificationSender.get()](QByteArray &out) { sender->writeMetrics(out); });
    if (m_payments)
        m_metrics->addWriter([payments = m_payments.get()](QByteArray &out) { payments->writeMetrics(out); });
    m_metrics->addWriter([http = m_http.get(), db = m_database.get()](QByteArray &out) {
        const HttpServerShared &s = http->shared();
        out += "# TYPE backroom_http_open_connections gauge\nbackroom_http_open_connections "
            + QByteArray::number(s.openConnections.load()) + '\n';
        out += "# TYPE backroom_http_connections_accepted_total counter\nbackroom_http_connections_accepted_total "
            + QByteArray::number(s.acceptedConnections.load()) + '\n';
        out += "# TYPE backroom_http_connections_refused_total counter\nbackroom_http_connections_refused_total "
            + QByteArray::number(s.refusedConnections.load()) + '\n';
        out += "# TYPE backroom_http_connections_timed_out_total counter\nbackroom_http_connections_timed_out_total "
            + QByteArray::number(s.timedOutConnections.load()) + '\n';
        out += "# HELP backroom_db_pool_connections Database connections by state (one per I/O or worker thread).\n"
               "# TYPE backroom_db_pool_connections gauge\n";
        out += "backroom_db_pool_connections{state=\"open\"} " + QByteArray::number(db->openConnections()) + '\n';
        out += "backroom_db_pool_connections{state=\"busy\"} " + QByteArray::number(db->busyConnections()) + '\n';
        out += "backroom_db_pool_connections{state=\"threads\"} " + QByteArray::number(db->threadConnections()) + '\n';
    });
    if (auto listening = m_http->start(); !listening)
        return listening;
    startReservationExpiry();
    startImageSweeps();
    startCheckoutSagas();

    Log::info("server.started", {{"url", url()},
                                 {"threads", QString::number(m_http->threadCount())},
                                 {"database", m_location.describe()},
                                 {"schema_version", QString::number(schemaVersion)}});
    return {};
}

Domain::Status ServerRuntime::startIdentity()
{
    const auto now = std::chrono::time_point_cast<std::chrono::seconds>(IdentityService::Clock::now());
    IdentityService::Options identityOptions;
    identityOptions.issuer = m_config.jwtIssuer;
    identityOptions.accessTokenLifetime =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::milliseconds(m_config.accessTokenLifetimeMs));
    identityOptions.leeway =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::milliseconds(m_config.tokenLeewayMs));
    SigningKeys::Options keyOptions;
    keyOptions.directory = m_config.dataDir + QStringLiteral("/keys");
    keyOptions.keyFile = m_config.jwtKeyFile;
    keyOptions.tokenLifetime = identityOptions.accessTokenLifetime;
    keyOptions.leeway = identityOptions.leeway;
    m_keys = std::make_unique<SigningKeys>(keyOptions);
    if (auto loaded = m_keys->load(now); !loaded)
        return loaded;
    if (m_keys->rotationDue(now)) {
        if (auto rotated = m_keys->rotate(now); !rotated)
            Log::warning("auth.key_rotation_failed", {{"error", rotated.error().message}});
    }
    // Picks up keys other instances wrote, drops expired ones and rotates when due, while the server runs.
    m_keyTimer = std::make_unique<QTimer>();
    m_keyTimer->setInterval(std::chrono::minutes(1));
    QObject::connect(m_keyTimer.get(), &QTimer::timeout, m_keyTimer.get(), [keys = m_keys.get()] {
        const auto at = std::chrono::time_point_cast<std::chrono::seconds>(IdentityService::Clock::now());
        if (auto loaded = keys->load(at); !loaded)
            Log::warning("auth.key_reload_failed", {{"error", loaded.error().message}});
        if (keys->rotationDue(at)) {
            if (auto rotated = keys->rotate(at); !rotated)
                Log::warning("auth.key_rotation_failed", {{"error", rotated.error().message}});
        }
    });
    m_keyTimer->start();
    m_hasher = std::make_unique<PasswordHasher>(m_config.bcryptCost);
    m_identity = std::make_unique<IdentityService>(*m_database, *m_keys, *m_hasher, identityOptions);

    if (m_config.adminEmail.isEmpty())
        return {};
    auto exists = m_identity->adminExists();
    if (!exists)
        return Domain::fail(exists.error());
    if (*exists)
        return {};
    auto admin = m_identity->createUser(m_config.adminEmail, m_config.adminPassword, QStringLiteral("Administrator"),
                                        {Domain::Role::Admin},
                                        AuditActor{std::nullopt, {}, QStringLiteral("BACKROOM_ADMIN_EMAIL at start")});
    if (!admin && admin.error().code != Domain::ErrorCode::Conflict) {
        Domain::Error e = admin.error();
        e.message = QStringLiteral("Could not create the first admin from BACKROOM_ADMIN_EMAIL/BACKROOM_ADMIN_PASSWORD: ")
            + e.message + (e.fields.isEmpty() ? QString() : QStringLiteral(" (%1 %2)").arg(e.fields.first().field, e.fields.first().message));
        return Domain::fail(e);
    }
    if (admin)
        Log::info("auth.first_admin_created", {{"email", admin->email}});
    return {};
}

Domain::Status ServerRuntime::startPayments()
{
    QUrl url(m_config.paymentsUrl);
    if (m_config.paymentsUrl.isEmpty()) {
        if (m_config.paymentsSandbox.isEmpty())
            return {};
        m_sandbox = std::make_unique<SandboxProcess>();
        static const QStringList levels{QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
                                        QStringLiteral("error")};
        // The sandbox logs to our standard error, as much as we do.
        if (auto started = m_sandbox->start(m_config.paymentsSandbox, m_config.dataDir + QStringLiteral("/payments-sandbox"),
                                            {QStringLiteral("--log-level"), levels.value(int(m_config.logLevel))});
            !started) {
            m_sandbox.reset();
            return started;
        }
        url = m_sandbox->url();
    }
    PaymentProvider::Options options;
    options.baseUrl = url;
    options.timeoutMs = m_config.paymentsTimeoutMs;
    options.maxAttempts = m_config.paymentsAttempts;
    options.breaker.failureThreshold = m_config.paymentsBreakerThreshold;
    options.breaker.window = std::chrono::milliseconds(m_config.paymentsBreakerWindowMs);
    options.breaker.openFor = std::chrono::milliseconds(m_config.paymentsBreakerOpenMs);
    m_payments = std::make_unique<PaymentProvider>(options);
    Log::info("payments.provider", {{"url", url.toString()}, {"managed_sandbox", m_sandbox ? QStringLiteral("yes") : QStringLiteral("no")}});
    return {};
}

void ServerRuntime::registerRoutes(int schemaVersion)
{
    // Route handlers point into their owner, so owners live as long as the runtime.
    auto system = std::make_shared<SystemRoutes>(*m_database, [this] { return m_metrics->render(); }, schemaVersion);
    system->registerOn(m_router);
    m_routeOwners.push_back(system);
    auto auth = std::make_shared<AuthRoutes>(*m_identity, *m_keys, m_rateLimiter.get());
    auth->registerOn(m_router);
    m_routeOwners.push_back(auth);
    auto accounts = std::make_shared<AccountRoutes>(*m_identity, *m_database);
    accounts->registerOn(m_router);
    m_routeOwners.push_back(accounts);
    auto search = std::make_shared<SearchRoutes>(*m_database, m_facetCache.get(), m_pageCache.get());
    search->registerOn(m_router);
    m_routeOwners.push_back(search);
    auto catalog = std::make_shared<CatalogRoutes>(*m_database, m_productCache.get(), m_promotionIndex.get());
    catalog->registerOn(m_router);
    m_routeOwners.push_back(catalog);
    auto images = std::make_shared<ImageRoutes>(*m_database, m_config.dataDir + QStringLiteral("/images"),
                                                m_config.maxImageBytes, m_productCache.get());
    images->registerOn(m_router);
    m_routeOwners.push_back(images);
    auto jobs = std::make_shared<JobRoutes>(*m_database, *m_jobs, m_config.maxImportBytes);
    jobs->registerOn(m_router);
    m_routeOwners.push_back(jobs);
    auto oidc = std::make_shared<OidcRoutes>(*m_database, *m_identity);
    oidc->registerOn(m_router);
    m_routeOwners.push_back(oidc);
    auto events = std::make_shared<EventRoutes>(*m_database, *m_eventFeed, m_config.allowPrivateWebhooks);
    events->registerOn(m_router);
    m_routeOwners.push_back(events);
    auto inventory = std::make_shared<InventoryRoutes>(*m_database, inventoryOptions());
    inventory->registerOn(m_router);
    m_routeOwners.push_back(inventory);
    auto payments = std::make_shared<PaymentRoutes>(m_payments.get(), m_sandbox.get());
    payments->registerOn(m_router);
    m_routeOwners.push_back(payments);
    auto orders = std::make_shared<OrderRoutes>(*m_database);
    orders->orders().setCancelHook(m_refunds->cancelHook(m_sagas->cancelHook()));
    // The staff detail gains the order's refunds, returns, what is refundable, and its shipments.
    orders->setDetailExtension([refunds = m_refunds.get(), database = m_database.get()](qint64 id) -> Domain::Result<QJsonObject> {
        auto extras = refunds->orderExtras(id);
        if (!extras)
            return extras;
        auto c = database->acquire();
        auto shipments = ShipmentService::orderShipmentsJson(*c, id);
        if (!shipments)
            return Domain::fail(shipments.error().error);
        extras->insert(QStringLiteral("shipments"), *shipments);
        return extras;
    });
    orders->registerOn(m_router);
    m_routeOwners.push_back(orders);
    auto shipments = std::make_shared<ShipmentRoutes>(*m_database);
    shipments->registerOn(m_router);
    m_routeOwners.push_back(shipments);
    auto checkout = std::make_shared<CheckoutRoutes>(*m_database, *m_sagas);
    checkout->registerOn(m_router);
    m_routeOwners.push_back(checkout);
    auto reports = std::make_shared<ReportRoutes>(*m_database, ReportService::Options{m_config.shipPromiseDays});
    reports->registerOn(m_router);
    m_routeOwners.push_back(reports);
    auto customers = std::make_shared<CustomerRoutes>(*m_database);
    customers->registerOn(m_router);
    m_routeOwners.push_back(customers);
    auto sagas = std::make_shared<SagaRoutes>(*m_database, *m_sagas);
    sagas->registerOn(m_router);
    m_routeOwners.push_back(sagas);
    auto refunds = std::make_shared<RefundRoutes>(*m_refunds);
    refunds->registerOn(m_router);
    m_routeOwners.push_back(refunds);
    auto notifications = std::make_shared<NotificationRoutes>(*m_database);
    notifications->registerOn(m_router);
    m_routeOwners.push_back(notifications);
}

NotificationOptions ServerRuntime::notificationOptions() const
{
    NotificationOptions options;
    options.shopName = m_config.shopName;
    options.shopLanguage = m_config.shopLanguage;
    options.from = m_config.smtpFrom;
    options.mailDropDir = m_config.dataDir + QStringLiteral("/mail-drop");
    options.smtp.host = m_config.smtpHost;
    options.smtp.port = m_config.smtpPort;
    options.smtp.startTls = m_config.smtpStartTls;
    options.smtp.user = m_config.smtpUser;
    options.smtp.password = m_config.smtpPassword;
    options.smtp.timeoutMs = m_config.smtpTimeoutMs;
    options.firstRetryMs = m_config.notificationRetryMs;
    options.maxAttempts = m_config.notificationAttempts;
    return options;
}

InventoryService::Options ServerRuntime::inventoryOptions() const
{
    InventoryService::Options options;
    options.reservationTtlSeconds = m_config.reservationTtlSeconds;
    return options;
}

void ServerRuntime::startReservationExpiry()
{
    m_inventory = std::make_unique<InventoryService>(*m_database, inventoryOptions());
    m_expiryTimer = std::make_unique<QTimer>();
    m_expiryTimer->setInterval(m_config.reservationExpiryIntervalMs);
    // On a worker, whose database connection it uses; never two at once, so a slow round is not doubled.
    QObject::connect(m_expiryTimer.get(), &QTimer::timeout, m_expiryTimer.get(), [this] {
        if (m_expiring.exchange(true))
            return;
        m_workers->start([this] {
            auto expired = m_inventory->expireDue();
            if (!expired)
                Log::warning("stock.reservation_expiry_failed", {{"error", expired.error().message}});
            else if (*expired > 0)
                Log::info("stock.reservations_expired", {{"count", QString::number(*expired)}});
            m_expiring = false;
        });
    });
    m_expiryTimer->start();
}

void ServerRuntime::startCheckoutSagas()
{
    // Sagas a stopped or killed server (this one or another) left unfinished are resumed or compensated now,
    // then whatever comes due (a payment whose outcome was unknown) every second.
    m_sagas->startSweeping(1000);
    m_refunds->startSweeping(1000);
}

void ServerRuntime::startImageSweeps()
{
    m_imageSweepTimer = std::make_unique<QTimer>();
    m_imageSweepTimer->setInterval(m_config.imageSweepIntervalMs);
    QObject::connect(m_imageSweepTimer.get(), &QTimer::timeout, m_imageSweepTimer.get(), [this] {
        if (m_sweepingImages.exchange(true))
            return;
        m_workers->start([this] {
            const ImageStore store(m_config.dataDir + QStringLiteral("/images"));
            const QDateTime untouchedSince = QDateTime::currentDateTimeUtc().addSecs(-m_config.imageGraceSeconds);
            auto swept = ProductImageService(*m_database).collectUnreferenced(store, untouchedSince);
            if (!swept)
                Log::warning("images.sweep_failed", {{"error", swept.error().message}});
            else if (swept->removed > 0)
                Log::info("images.swept", {{"removed", QString::number(swept->removed)},
                                           {"bytes", QString::number(swept->bytesFreed)}});
            m_sweepingImages = false;
        });
    });
    m_imageSweepTimer->start();
}

void ServerRuntime::stop()
{
    // Waiting long polls are answered first, so they do not hold up the graceful shutdown below.
    if (m_eventFeed)
        m_eventFeed->stop();
    m_expiryTimer.reset(); // no new rounds; one under way finishes with the workers below
    m_imageSweepTimer.reset();
    if (m_http) {
        m_http->shutdown(m_config.shutdownGraceMs);
        m_http.reset();
        Log::info("server.stopped");
    }
    if (m_workers)
        m_workers->waitForDone(); // handlers still running use the gateway and the database
    m_workers.reset();
    // After the workers (a checkout waits for its saga); before the provider and the database they use.
    if (m_refunds)
        m_refunds->stop();
    m_refunds.reset();
    if (m_sagas)
        m_sagas->stop();
    m_sagas.reset();
    m_inventory.reset();
    // After the workers, whose requests may be calling the provider.
    m_payments.reset();
    if (m_sandbox)
        m_sandbox->stop();
    m_sandbox.reset();
    // After the workers: a request may still have queued a job. Before the database: a job uses it.
    if (m_jobs)
        m_jobs->stop();
    m_gateway.reset();
    // The event under way commits or rolls back; whatever is left is delivered by the next instance.
    m_webhookSender.reset();
    m_notificationSender.reset();
    m_dispatcher.reset();
    m_notificationConsumer.reset();
    m_mailTemplates.reset();
    m_webhookFanout.reset();
    m_eventFeed.reset();
    m_catalogListener.reset(); // before the embedded database stops: it would only try to reconnect
    // No request runs any more (the gateway is gone): the route owners go too, among them the recommendation
    // cache's listeners, for the same reason.
    m_routeOwners.clear();
    m_idempotency.reset();
    m_identity.reset();
    m_keyTimer.reset();
    m_database.reset();
    if (m_location.embedded()) {
        if (auto stopped = m_location.embedded()->stop(); !stopped)
            Log::error("database.stop_failed", {{"error", stopped.error().message}});
    }
    m_lock.reset();
}

quint16 ServerRuntime::port() const
{
    return m_http ? m_http->port() : 0;
}

QString ServerRuntime::url() const
{
    const QHostAddress &a = m_config.http.address;
    QString host = a.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(a.toString()) : a.toString();
    if (a == QHostAddress(QHostAddress::AnyIPv4))
        host = QStringLiteral("127.0.0.1");
    return QStringLiteral("%1://%2:%3").arg(m_config.http.tls ? QStringLiteral("https") : QStringLiteral("http"), host).arg(port());
}

} // namespace Backroom::Server
