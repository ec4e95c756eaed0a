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
#include <QMap>
#include <QThreadPool>
#include <atomic>
#include <condition_variable>
#include <functional>
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
    QString kind = QStringLiteral("checkout");
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
    QString nextAttemptAt; // when the sweep takes an unfinished saga up again
    QString createdAt;
    QString updatedAt;
    QList<SagaStepRecord> steps; // oldest first

    // {"id","status","step","order_id","amount","card_last4","error","steps","created_at","updated_at"}:
    // nothing that identifies the customer, since the id alone lets anyone read it.
    QJsonObject toJson() const;
    // For the saga monitor (admins): the above plus kind, cart_id, customer_id, email, lines, reservation_id,
    // charge_id, attempts, next_attempt_at and each step's detail. Never a card number (none is stored).
    QJsonObject toMonitorJson() const;
};

// The saga monitor's list: newest first, keyset on (created_at, id).
struct SagaFilter {
    QList<Domain::SagaStatus> statuses; // empty: running, compensating and failed (what may need someone)
    QString kind;                       // empty: every kind
    std::optional<std::pair<QString, QString>> after; // (created_at, id) of the last row seen
    int limit = 50;
};
struct SagaPage {
    QList<SagaRecord> items; // without steps
    QString nextCursor;      // empty after the last page
};
// Opaque cursors: base64url of "<created_at>|<id>". Validation on "cursor" for anything else.
Domain::Result<std::pair<QString, QString>> decodeSagaCursor(const QString &cursor);

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

    // The saga monitor. Call from a thread with its own database connection (a worker).
    Domain::Result<SagaPage> sagas(const SagaFilter &filter) const;
    // How many sagas are running, compensating and failed (every one of the three named).
    Domain::Result<QMap<Domain::SagaStatus, qint64>> countUnfinished() const;
    // Staff actions. Both claim the saga the way the sweep does (its advisory lock): Conflict while it runs
    // elsewhere (its checkout, the sweep, another action). Both are audited, then drive the saga on the
    // calling thread and return it as it is then (still running or compensating when the provider or the
    // database made it wait again). NotFound for no such saga.
    //
    // retry: running — the step under way is run now instead of at next_attempt_at (a payment whose outcome
    // was unknown is asked for by its key; never charged again); compensating — the outstanding compensations
    // run now. InvalidTransition for completed (nothing to retry; compensate undoes it) and failed (undone
    // already, and the card number is never kept, so it cannot be charged again).
    Domain::Result<SagaRecord> retry(const QString &id, const AuditActor &actor);
    // compensate: undoes the saga. Before its order exists: the payment step's outcome is settled first (asked
    // by the key; Unavailable when the provider cannot say, nothing changed), then the compensations run
    // (refund, release the reservation, the cancellation notice) and the saga ends failed. Once its order
    // exists (running past create_order, or completed): the order is cancelled (its reservation released, its
    // payment refunded by the cancel hook) and the saga ends failed; InvalidTransition when the order can no
    // longer be cancelled (shipped, delivered, cancelled already). Compensating: the outstanding compensations
    // run now. Failed: InvalidTransition (nothing left to undo). reason: why, for the audit log and the history.
    Domain::Result<SagaRecord> compensate(const QString &id, const QString &reason, const AuditActor &actor);

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
    Next runCompensations(PgConnection &c, const SagaRecord &saga);
    Next wait(PgConnection &c, const SagaRecord &saga, const QString &why);
    Next fail(PgConnection &c, const SagaRecord &saga, const QJsonObject &failure, const QJsonObject &event = {});
    void crashPoint(const QString &name) const;
    // Runs action on the saga while holding its advisory lock on this thread's connection.
    Domain::Result<SagaRecord> claimed(const QString &id, const std::function<Domain::Result<void>(PgConnection &, const SagaRecord &)> &action);
    Domain::Result<void> settlePayment(PgConnection &c, const SagaRecord &saga, Domain::SagaStep &failAt);

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
