// SPDX-License-Identifier: MIT
#pragma once

#include "domain/address.h"
#include "domain/order.h"
#include "domain/result.h"
#include "server/audit/auditlog.h"
#include "server/store/pgconnection.h"

#include <QDateTime>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace Backroom::Server {

class Database;

struct OrderEventRecord {
    qint64 id = 0;
    QString at;
    std::optional<qint64> actorId;
    QString actor; // the actor's email, or a system actor's name ("import-retail", "checkout")
    QString type;  // placed, confirm, pick, pack, ship, deliver, cancel, note
    QString from;
    QString to;
    QString reason;
    QJsonObject toJson() const;
};

struct OrderNote {
    qint64 id = 0;
    std::optional<qint64> authorId;
    QString author;
    QString body;
    QString createdAt;
    QJsonObject toJson() const;
};

struct StoredOrder {
    qint64 id = 0;
    QString number; // BR-0000042
    Domain::OrderState state;
    std::optional<qint64> customerId;
    QString email;
    QString customerName;
    QJsonObject shippingAddress;
    std::optional<QJsonObject> billingAddress;
    Domain::OrderTotals totals; // with lines
    QString paymentReference;
    std::optional<qint64> reservationId;
    QString cartId;
    QString placedAt; // RFC 3339, microseconds: also the list cursor's key
    QString createdAt;
    QString updatedAt;
    int version = 0;
    QList<OrderEventRecord> timeline; // oldest first; detail reads only
    QList<OrderNote> notes;           // staff detail only

    // The list row: {id, number, status, fulfilment, customer_id, email, name, currency, total, item_count,
    // placed_at, version}.
    QJsonObject summaryJson() const;
    // Everything: the summary plus addresses, lines, totals, payment_reference, allowed_actions, timeline
    // and, for staff, notes and reservation_id.
    QJsonObject toJson(bool staff) const;
};

// What the checkout saga (or an import) hands over to place an order. Totals come from the cart
// (Domain::computeTotals), lines included.
struct NewOrder {
    std::optional<qint64> customerId; // none: a guest, known by email
    QString email;
    QString customerName;
    Domain::Address shippingAddress;
    std::optional<Domain::Address> billingAddress;
    Domain::OrderTotals totals;
    QString paymentReference; // the provider's reference; never a card number
    std::optional<qint64> reservationId;
    QString cartId;          // the cart checked out; one order per cart
    QString sourceReference; // outside a checkout: "retail:536365"; one order per reference
    std::optional<QDateTime> placedAt; // none: now
    Domain::OrderStatus status = Domain::OrderStatus::Pending; // an import places delivered history
};

struct OrderFilter {
    std::optional<Domain::OrderStatus> status;
    std::optional<QDateTime> from; // placed at or after
    std::optional<QDateTime> to;   // placed before
    std::optional<qint64> customerId;
    QString email; // exact, any case
    QString sku;   // orders with a line of this SKU, any case
    std::optional<qint64> minTotal;
    std::optional<qint64> maxTotal;
    QString text; // a part of the number, email or customer name
    // Keyset: orders placed before (placedAt, id) in (placed_at DESC, id DESC) order.
    std::optional<std::pair<QString, qint64>> after;
    int limit = 50;
};

// Opaque list cursors: base64url of "<placed_at>|<id>". Validation on "cursor" for anything else.
QString encodeOrderCursor(const StoredOrder &last);
Domain::Result<std::pair<QString, qint64>> decodeOrderCursor(const QString &cursor);

// Orders: placing them, reading them, and moving them through the domain state machine. Every change
// writes an order_events row (the timeline), an audit entry and outbox events (OrderPlaced, OrderConfirmed,
// OrderPicked, OrderPacked, OrderShipped, OrderDelivered, OrderCancelled, OrderNoteAdded) in one
// transaction. Errors: NotFound, Validation naming the field, InvalidTransition, Stale (If-Match), Conflict
// (a second order for one cart or source reference), Unavailable. Call from a thread with its own database
// connection.
class OrderService {
public:
    // Runs inside a cancellation's transaction, after the order is cancelled and before commit, for what the
    // orders service cannot undo itself (refunding captured payments, restocking allocated stock): the
    // checkout saga installs one. A refusal rolls the cancellation back.
    using CancelHook = std::function<PgExpected<void>(PgConnection &, const StoredOrder &, const AuditActor &)>;

    explicit OrderService(Database &database) : m_database(database) {}
    void setCancelHook(CancelHook hook) { m_cancelHook = std::move(hook); }

    // Places an order inside the caller's transaction on c: the order, its lines, the "placed" timeline
    // entry, an audit entry and OrderPlaced (plus OrderConfirmed … when status is past pending, for history)
    // in the outbox. Validation for an email that is not one, an empty order, or an address without its
    // required parts; Conflict when the cart or source reference has an order already.
    static PgExpected<StoredOrder> createOrder(PgConnection &c, const NewOrder &order, const AuditActor &actor);
    // Moves an order on c (inside the caller's transaction): locks it, checks expectedVersion, decides with
    // the domain state machine at `at`, writes the change, the timeline entry, audit and outbox events.
    static PgExpected<StoredOrder> applyAction(PgConnection &c, qint64 id, Domain::OrderAction action,
                                               const QString &reason, std::optional<int> expectedVersion,
                                               const QDateTime &at, const AuditActor &actor);

    // The same in a transaction of its own. A cancellation also releases the order's stock reservation
    // while it is still held, then runs the cancel hook.
    Domain::Result<StoredOrder> act(qint64 id, Domain::OrderAction action, const QString &reason,
                                    std::optional<int> expectedVersion, const AuditActor &actor);
    Domain::Result<StoredOrder> addNote(qint64 id, const QString &body, std::optional<int> expectedVersion,
                                        const AuditActor &actor);

    // onlyCustomer: the caller is a customer and sees only their own orders (another's is NotFound).
    Domain::Result<StoredOrder> order(qint64 id, std::optional<qint64> onlyCustomer) const;
    struct OrderPage {
        QList<StoredOrder> items;
        QString nextCursor; // empty after the last page
    };
    Domain::Result<OrderPage> orders(const OrderFilter &filter) const;

    static PgExpected<StoredOrder> readOrder(PgConnection &c, qint64 id, bool forUpdate, bool withDetail);

private:
    static PgExpected<StoredOrder> lockOrder(PgConnection &c, qint64 id, std::optional<int> expectedVersion);

    Database &m_database;
    CancelHook m_cancelHook;
};

} // namespace Backroom::Server
