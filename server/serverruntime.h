// SPDX-License-Identifier: MIT
#pragma once

#include "server/auth/passwordhasher.h"
#include "server/catalog/productcache.h"
#include "server/catalog/productsearch.h"
#include "server/catalog/promotionindex.h"
#include "server/routes/searchroutes.h"
#include "server/auth/signingkeys.h"
#include "server/config.h"
#include "server/events/eventfeed.h"
#include "server/events/outboxdispatcher.h"
#include "server/events/webhooks.h"
#include "server/identity/identityservice.h"
#include "server/gateway/gateway.h"
#include "server/gateway/idempotency.h"
#include "server/gateway/metrics.h"
#include "server/http/httpserver.h"
#include "server/inventory/inventoryservice.h"
#include "server/jobs/jobrunner.h"
#include "server/notifications/notifications.h"
#include "server/payments/paymentprovider.h"
#include "server/payments/sandboxprocess.h"
#include "server/refunds/refundservice.h"
#include "server/sagas/checkoutsagas.h"
#include "server/store/changelistener.h"
#include "server/store/database.h"
#include "server/store/embeddedpostgres.h"

#include <QLockFile>
#include <QThreadPool>
#include <QTimer>
#include <vector>
#include <memory>

namespace Backroom::Server {

// Where the database is: the embedded cluster under the data directory (started if needed), or an external
// one from --database-url. Used by `serve` and by every CLI command alike.
class DatabaseLocation {
public:
    // Starts (or joins) the embedded cluster when no URL is configured.
    Domain::Status open(const ServerConfig &config);
    const QByteArray &conninfo() const { return m_conninfo; }
    EmbeddedPostgres *embedded() const { return m_embedded.get(); }
    QString describe() const;

private:
    QByteArray m_conninfo;
    std::unique_ptr<EmbeddedPostgres> m_embedded;
};

// A running server: the data-directory lock, the database, migrations applied, routes, gateway and the
// HTTP listeners. `backroom-server serve` is this plus signal handling; tests run it in-process.
class ServerRuntime {
public:
    explicit ServerRuntime(ServerConfig config);
    ~ServerRuntime();

    Domain::Status start();
    // Graceful: stops accepting, lets requests under way finish, stops the embedded database if ours.
    void stop();

    quint16 port() const;
    QString url() const;
    const Router &router() const { return m_router; }
    Metrics &metrics() { return *m_metrics; }
    // None when --product-cache-size is 0.
    ProductCache *productCache() const { return m_productCache.get(); }
    PromotionIndex *promotionIndex() const { return m_promotionIndex.get(); }
    // None when --facet-cache-size is 0.
    SearchFacetCache *facetCache() const { return m_facetCache.get(); }
    // None when --search-cache-size is 0.
    SearchPageCache *pageCache() const { return m_pageCache.get(); }
    // None when --outbox-dispatcher is off.
    OutboxDispatcher *dispatcher() const { return m_dispatcher.get(); }
    EventFeed *eventFeed() const { return m_eventFeed.get(); }
    // The payment provider client; none when neither --payments-url nor a sandbox program is configured.
    PaymentProvider *payments() const { return m_payments.get(); }
    // The sandbox this server started; none with --payments-url.
    SandboxProcess *paymentsSandbox() const { return m_sandbox.get(); }

    // Loads the TLS configuration (TLS 1.2 or newer) from PEM files.
    static Domain::Result<QSslConfiguration> loadTls(const QString &certFile, const QString &keyFile);

private:
    void registerRoutes(int schemaVersion);
    InventoryService::Options inventoryOptions() const;
    NotificationOptions notificationOptions() const;
    void startReservationExpiry();
    void startImageSweeps();
    Domain::Status startIdentity();
    Domain::Status startPayments();
    void startCheckoutSagas();

    ServerConfig m_config;
    std::unique_ptr<QLockFile> m_lock;
    DatabaseLocation m_location;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SigningKeys> m_keys;
    std::unique_ptr<QTimer> m_keyTimer;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<IdentityService> m_identity;
    Router m_router;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<IdempotencyStore> m_idempotency;
    std::unique_ptr<JobRunner> m_jobs;
    std::unique_ptr<ProductCache> m_productCache;
    std::unique_ptr<SearchFacetCache> m_facetCache;
    std::unique_ptr<SearchPageCache> m_pageCache;
    std::unique_ptr<PromotionIndex> m_promotionIndex;
    std::unique_ptr<ChangeListener> m_catalogListener; // feeds the caches and the promotion index
    std::unique_ptr<EventFeed> m_eventFeed;
    std::unique_ptr<WebhookFanout> m_webhookFanout;
    std::unique_ptr<OutboxConsumer> m_demandProjection; // stock_demand, which forecasts read
    std::unique_ptr<OutboxConsumer> m_reportsProjection; // the reports' read models (migration 0020)
    std::unique_ptr<OutboxDispatcher> m_dispatcher;
    std::unique_ptr<WebhookSender> m_webhookSender;
    std::unique_ptr<MailTemplates> m_mailTemplates;
    std::unique_ptr<NotificationConsumer> m_notificationConsumer; // queues customer mails
    std::unique_ptr<NotificationSender> m_notificationSender;
    std::unique_ptr<QThreadPool> m_workers;
    std::unique_ptr<Gateway> m_gateway;
    std::unique_ptr<HttpServer> m_http;
    std::vector<std::shared_ptr<void>> m_routeOwners;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<PaymentProvider> m_payments;
    std::unique_ptr<InventoryService> m_inventory; // for the reservation expiry
    std::unique_ptr<CheckoutSagas> m_sagas;
    std::unique_ptr<RefundService> m_refunds;
    std::unique_ptr<QTimer> m_expiryTimer;
    std::atomic<bool> m_expiring{false};
    std::unique_ptr<QTimer> m_imageSweepTimer;
    std::atomic<bool> m_sweepingImages{false};
};

} // namespace Backroom::Server
