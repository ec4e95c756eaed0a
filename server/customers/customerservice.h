// SPDX-License-Identifier: MIT
#pragma once

#include "domain/money.h"
#include "domain/result.h"
#include "server/audit/auditlog.h"
#include "server/identity/addressbook.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace Backroom::Server {

class Database;

// A customer as lists show one: never a password hash or a token.
struct CustomerSummary {
    qint64 id = 0;
    QString email;
    QString name;
    QString country; // the profile's country code, may be empty
    bool disabled = false;
    qint64 orderCount = 0;
    QString lastOrderAt; // RFC 3339; empty without orders
    QString createdAt;

    // {id, email, name, country, disabled, order_count, last_order_at, created_at}
    QJsonObject toJson() const;
};

struct CustomerValue {
    QString currency;
    qint64 gross = 0;    // minor units: the totals of the customer's orders that are not cancelled
    qint64 refunded = 0; // what refunds of those orders gave back
    qint64 orders = 0;
    qint64 net() const { return gross - refunded; }
};

struct CustomerMonth {
    QString month; // "2010-12"
    qint64 orders = 0;
};

struct CustomerProfile {
    CustomerSummary summary;
    QJsonObject profile; // the account's profile document (imported customers: country, country_name)
    QList<StoredAddress> addresses;
    QList<CustomerValue> lifetimeValue; // per currency, by currency code; "amount" in JSON is the net
    QString firstOrderAt;               // RFC 3339; empty without orders
    QList<CustomerMonth> ordersPerMonth; // every month from the first order's to the last's, empty ones included

    QJsonObject toJson() const;
};

struct CustomerNote {
    qint64 id = 0;
    std::optional<qint64> authorId;
    QString author; // the author's email
    QString body;
    QString createdAt;

    QJsonObject toJson() const;
};

// A refund of one of the customer's orders, as the customer's list shows it (the keys of the refund's own JSON).
struct CustomerRefund {
    qint64 id = 0;
    qint64 orderId = 0;
    QString orderNumber;
    std::optional<qint64> returnId;
    QString kind;
    QString status;
    Domain::Money amount;
    QString reason;
    QString createdAt;

    // {id, order_id, order_number, return_id, kind, status, amount, reason, created_at}
    QJsonObject toJson() const;
};

// A return of one of the customer's orders. A return has no amount or reason of its own: amount is what its
// succeeded refunds gave back, and the note is why the customer sent it.
struct CustomerReturn {
    qint64 id = 0;
    qint64 orderId = 0;
    QString orderNumber;
    QString status;
    QString note;
    qint64 quantity = 0; // units on the return's lines
    Domain::Money amount;
    QString createdAt;

    // {id, order_id, order_number, status, note, quantity, amount, created_at}
    QJsonObject toJson() const;
};

// Newest first, in (created_at, id) order; nextCursor is empty on the last page.
template <typename T> struct CustomerPage {
    QList<T> items;
    QString nextCursor;
};

// Where a (created_at, id) page starts: after this time and id, newest first; none from the newest.
using TimeKey = std::optional<std::pair<QString, qint64>>;

// Customers (users with the customer role) for staff: search, the profile with what they bought, and notes.
// A user without the customer role is NotFound like an id that does not exist. Errors: NotFound,
// Validation naming the field, Unavailable. Call from a thread with its own database connection.
class CustomerService {
public:
    static constexpr int maxNoteLength = 4000;

    explicit CustomerService(Database &database) : m_database(database) {}

    // Customers whose name or email contains q (any case), or who placed the order numbered q (BR-0000042,
    // or an imported invoice's number); all customers for an empty q. By id, after the id `after`.
    Domain::Result<QList<CustomerSummary>> search(const QString &q, qint64 after, int limit) const;
    Domain::Result<CustomerProfile> customer(qint64 id) const;
    // NotFound unless id is a customer's.
    Domain::Status requireCustomer(qint64 id) const;
    // Newest first, before the note id `before` (0: from the newest).
    Domain::Result<QList<CustomerNote>> notes(qint64 customerId, qint64 before, int limit) const;
    // The refunds and the returns of the customer's orders; NotFound unless id is a customer's.
    Domain::Result<CustomerPage<CustomerRefund>> refunds(qint64 customerId, const TimeKey &after, int limit) const;
    Domain::Result<CustomerPage<CustomerReturn>> returns(qint64 customerId, const TimeKey &after, int limit) const;
    // Validation on "body" unless it is 1 to maxNoteLength characters after trimming; audited.
    Domain::Result<CustomerNote> addNote(qint64 customerId, const QString &body, const AuditActor &actor);

private:
    Database &m_database;
};

} // namespace Backroom::Server
