// SPDX-License-Identifier: MIT
#pragma once

#include "domain/address.h"
#include "domain/checkoutsaga.h"
#include "domain/inventory.h"
#include "domain/money.h"
#include "domain/order.h"
#include "domain/result.h"
#include "server/audit/auditlog.h"
#include "server/inventory/inventoryservice.h"
#include "server/orders/orderservice.h"

#include <QJsonObject>
#include <QThreadPool>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <optional>

namespace Backroom::Server {

class Database;
class PaymentProvider;
class PgConnection;

// What a checkout asks for, checked: POST /api/v1/carts/{id}/checkout.
struct CheckoutRequest {
    QString cartId;
    std::optional<qint64> customerId; // the signed-in caller; none for a guest
    QString email;
    Domain::Address shippingAddress;
    QString cardNumber; // digits only; kept in memory for the one charge attempt, never stored or logged
};

struct SagaStepRecord {
    QString step; // a step or a compensation name
    QString outcome; // done, failed, compensated, waiting
    QJsonObject detail;
    QString at;
};

// One saga as stored.
struct SagaRecord {
    QString id;
    Domain::SagaStatus status = Domain::SagaStatus::Running;
    Domain::SagaStep step = Domain::SagaStep::ReserveInventory;
    QString cartId;
    std::optional<qint64> customerId;
    QString email;
    QJsonObject shippingAddress;
    QList<Domain::StockLine> lines;
    Domain::Money amount;
    QString cardLast4;
    std::optional<qint64> reservationId;
    QString chargeId;
    std::optional<qint64> orderId;
    QJsonObject failure; // the problem the checkout answers, plus "status"; empty unless compensating/failed
    int attempts = 0;
    QString createdAt;
    QString updatedAt;
    QList<SagaStepRecord> steps; // oldest first

    // {"id","status","step","order_id","amount","card_last4","error","steps","created_at","updated_at"}:
    // nothing that identifies the customer, since the id alone lets anyone read it.
    QJsonObject toJson() const;
};

// The checkout saga (Domain::checkoutSteps): reserve inventory, process the payment, create the order, send
// the confirmation, update analytics; on failure, the compensations of Domain::compensationsFor. Every step's
// outcome is stored (sagas, saga_steps) before the next step starts, in the same transaction as the step's own
// database effect where it has one. The provider is called with the saga's own idempotency key
// ("checkout-<saga id>"), so a retried or resumed payment step never charges twice; after an unknown outcome
// the saga asks the provider by that key instead of charging again.
//
// A saga runs on a thread of this class's pool holding a session advisory lock on its id: another thread or
// server instance skips it while it runs, and a killed server's locks go with its connections, so the
// recovery sweep (resumeDue, every second and at start) of any instance takes over at once.
class CheckoutSagas {
public:
    struct Options {
        int waitMs = 3000;        // how long checkout() waits for the saga before answering "still running"
        int retryDelayMs = 2000;  // before a waiting saga (provider unknown or down) is tried again
        int threads = 8;
        InventoryService::Options inventory;
        Domain::PricingRules rules = Domain::PricingRules::standard();
        // Test builds only: "<step or compensation>" stops the process dead (SIGKILL) before it runs,
        // "<step>:after" after its outside effect but before the saga records it.
        QString crashAt;
    };

    CheckoutSagas(Database &database, PaymentProvider *payments, Options options);
    ~CheckoutSagas();
    // Waits for sagas under way; call before the database and the provider go.
    void stop();

    // The body's members, every problem at once (email, shipping_address.*, payment.card_number, unknown ones).
    static Domain::Result<CheckoutRequest> parseRequest(const QString &cartId, std::optional<qint64> customerId,
                                                        const QJsonObject &body);
    // Checks the cart (NotFound; Validation on "cart" when empty or holding lines no longer for sale, on
    // shipping_address.country when the cart ships elsewhere), then starts the saga on the pool and waits up to
    // waitMs for it. The saga as it is then: completed, failed (failure says why) or still under way.
    // Conflict when another checkout of the cart is under way.
    Domain::Result<SagaRecord> checkout(const CheckoutRequest &request, const AuditActor &actor);
    Domain::Result<SagaRecord> saga(const QString &id) const;

    // Resumes or compensates every unfinished saga that is due and not running elsewhere; on the calling thread.
    // Returns how many it took up.
    int resumeDue();
    // Runs resumeDue at once and then every intervalMs on a thread of its own (no event loop needed), until stop().
    void startSweeping(int intervalMs);

    // For OrderService::setCancelHook: a cancelled order placed by a checkout has its payment refunded.
    OrderService::CancelHook cancelHook();

private:
    enum class Next { Continue, Stop };
    void drive(PgConnection &c, const QString &id, QString card);
    Next reserve(PgConnection &c, const SagaRecord &saga);
    Next pay(PgConnection &c, const SagaRecord &saga, QString &card);
    Next placeOrder(PgConnection &c, const SagaRecord &saga);
    Next confirm(PgConnection &c, const SagaRecord &saga);
    Next recordAnalytics(PgConnection &c, const SagaRecord &saga);
    Next compensate(PgConnection &c, const SagaRecord &saga);
    Next wait(PgConnection &c, const SagaRecord &saga, const QString &why);
    Next fail(PgConnection &c, const SagaRecord &saga, const QJsonObject &failure, const QJsonObject &event = {});
    void crashPoint(const QString &name) const;

    Database &m_database;
    PaymentProvider *m_payments;
    Options m_options;
    InventoryService m_inventory;
    QThreadPool m_pool;
    std::atomic<bool> m_stopping{false};
    std::mutex m_sweepMutex;
    std::condition_variable m_sweepWake;
    std::thread m_sweeper;
};

} // namespace Backroom::Server
