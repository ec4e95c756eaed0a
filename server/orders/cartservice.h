// SPDX-License-Identifier: MIT
#pragma once

#include "domain/order.h"
#include "domain/result.h"
#include "server/store/pgconnection.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace Backroom::Server {

class Database;

// A cart with its lines priced now: totals by Domain::computeTotals.
struct CartView {
    QString id;
    std::optional<qint64> userId;
    QString status; // open, merged, checked_out
    QString country;
    int version = 0;
    QString createdAt;
    QString updatedAt;
    Domain::OrderTotals totals;
    // Lines whose SKU is no longer for sale (deleted, draft or archived product): kept, not priced.
    QList<std::pair<QString, qint64>> unavailable;

    // {"id", "status", "country", "version", "lines": [TotalsLine], "unavailable": [{sku, quantity}],
    //  "totals": OrderTotals, "created_at", "updated_at"}
    QJsonObject toJson() const;
};

// Carts for guests and customers. A guest cart's unguessable id is its only key; a cart that belongs to a
// customer answers only to that customer (to anyone else it does not exist: NotFound). Only open carts
// are found. Every write locks the cart row, changes it, and answers the cart repriced; a change the
// totals refuse (a SKU in another currency, a country the shop does not ship to) rolls back.
// Errors: NotFound (cart), Validation naming the field (sku, quantity, country, unknown members),
// Unavailable. Call from a thread with its own database connection.
class CartService {
public:
    explicit CartService(Database &database, Domain::PricingRules rules = Domain::PricingRules::standard())
        : m_database(database)
        , m_rules(std::move(rules))
    {
    }

    // A guest (no user) gets a new cart; a customer gets their open cart, made if they have none. created
    // says which.
    Domain::Result<CartView> create(std::optional<qint64> userId, const QDateTime &at, bool *created = nullptr);
    Domain::Result<CartView> cart(const QString &id, std::optional<qint64> caller, const QDateTime &at) const;
    // body {"sku", "quantity"}: adds to the line of that SKU (any case) or makes one.
    Domain::Result<CartView> addItem(const QString &id, std::optional<qint64> caller, const QJsonObject &body,
                                     const QDateTime &at);
    // body {"quantity"}: the line's new quantity. NotFound when the cart has no line of that SKU.
    Domain::Result<CartView> setQuantity(const QString &id, std::optional<qint64> caller, const QString &sku,
                                         const QJsonObject &body, const QDateTime &at);
    Domain::Result<CartView> removeItem(const QString &id, std::optional<qint64> caller, const QString &sku,
                                        const QDateTime &at);
    // body {"country"}: where the cart ships, for shipping and tax (ISO 3166-1 alpha-2).
    Domain::Result<CartView> update(const QString &id, std::optional<qint64> caller, const QJsonObject &body,
                                    const QDateTime &at);
    // A signed-in customer claims a guest cart. Without an open cart of their own it becomes theirs; with
    // one, the guest cart's lines are merged into it (quantities of one SKU added, capped at
    // CartLimits::maxQuantity) and the guest cart is closed as merged. Answers the customer's cart.
    // NotFound for a cart that is not open or belongs to someone else.
    Domain::Result<CartView> claim(const QString &id, qint64 userId, const QDateTime &at);

    // For the checkout saga, inside its transaction on c: the cart priced at `at` (lock: FOR UPDATE, so the
    // lines cannot change until the transaction ends), and closing it once the order exists.
    static PgExpected<CartView> pricedCart(PgConnection &c, const QString &id, std::optional<qint64> caller,
                                           const QDateTime &at, const Domain::PricingRules &rules, bool lock);
    static PgExpected<void> markCheckedOut(PgConnection &c, const QString &id);

    const Domain::PricingRules &rules() const { return m_rules; }

    // 32 lower-case hex digits from the system's random source (128 bits).
    static QString newCartId();

private:
    Database &m_database;
    Domain::PricingRules m_rules;
};

} // namespace Backroom::Server
