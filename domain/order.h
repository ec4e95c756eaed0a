// SPDX-License-Identifier: MIT
#pragma once

#include "domain/money.h"
#include "domain/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

namespace Backroom::Domain {

// The one place where money is rounded for carts and orders. Splits total into shares proportional to
// weights by the largest-remainder method: every share is floor(total * weight / sum of weights), and the
// units left over go one each to the shares with the largest remainders (ties: the earlier share), so the
// shares always add up to total exactly. total may be negative (the shares then are the negated split of
// -total). Exact for any qint64 total and weights (128-bit intermediates). Validation error when weights
// is empty, a weight is negative, or all weights are zero.
Result<QList<qint64>> allocateLargestRemainder(qint64 total, const QList<qint64> &weights);

namespace CartLimits {
inline constexpr qint64 maxQuantity = 99; // per line, after adding to a line that exists
inline constexpr int maxLines = 50;
} // namespace CartLimits

// A quantity from a body member named field: a whole number from 1 to CartLimits::maxQuantity, else
// Validation naming field.
Result<qint64> cartQuantityFromJson(const QJsonValue &value, const QString &field);

// One shipping fee: to country (ISO 3166-1 alpha-2; "*" for any country without its own rule), in the
// currency of fee; free when the goods (after promotions) come to freeFrom or more.
struct ShippingRule {
    QString country;
    Money fee;
    std::optional<qint64> freeFrom;
};

// What a total depends on besides the lines. Prices are tax-inclusive (as shops selling to consumers in
// the UK and the EU show them): the tax of a cart is the part of its gross total that is tax, at the
// destination country's rate, split over the lines and shipping by their share of the gross.
struct PricingRules {
    QHash<QString, int> taxBasisPoints; // country -> rate (2000 = 20 %); a country missing here: 0 %
    QList<ShippingRule> shipping;       // the first rule matching country and currency wins; then "*"

    // The shop's table: GB 20 %, the EU countries we ship to at their standard rates, US 0 %; shipping in
    // GBP 3.95 in GB (free from 50.00), 9.95 to the rest of the world (free from 150.00), EUR 4.95 and
    // USD 12.95 anywhere.
    static PricingRules standard();
    int taxRate(const QString &country) const;
    // The matching rule; nullopt when the shop does not ship there in that currency.
    std::optional<ShippingRule> shippingRule(const QString &country, const QString &currency) const;
};

// A line as the cart holds it, priced: base price from the catalog, effective price after the best
// promotion in force (Domain::effectivePrice).
struct PricedLine {
    QString sku;
    QString title;
    qint64 quantity = 0;
    Money unitPrice;          // the catalog price
    Money effectiveUnitPrice; // after promotions; <= unitPrice
    QString promotionId;      // the promotion that made effectiveUnitPrice; empty for none
    QString promotionName;
};

struct TotalsLine {
    QString sku;
    QString title;
    qint64 quantity = 0;
    Money unitPrice;
    Money discount;  // (unitPrice - effectiveUnitPrice) * quantity
    Money tax;       // the tax contained in lineTotal
    Money lineTotal; // effectiveUnitPrice * quantity, tax included
    QString promotionId;
    QString promotionName;

    QJsonObject toJson() const;
    friend bool operator==(const TotalsLine &, const TotalsLine &) = default;
};

struct OrderTotals {
    QString currency;
    QString country;
    int taxBasisPoints = 0;
    QList<TotalsLine> lines;
    Money subtotal; // the lines at catalog prices
    Money discount; // what promotions take off
    Money shipping; // tax included
    Money tax;      // contained in total: the lines' tax plus shipping's
    Money shippingTax;
    // What an order charges besides goods and shipping: imported history's bank charges and manual
    // adjustments; a checkout charges none (zero).
    Money fees;
    Money total;    // subtotal - discount + shipping + fees

    // {"currency", "country", "tax_rate_basis_points", "subtotal", "discount", "shipping", "fees", "tax", "total"}
    // (lines go next to it, see TotalsLine::toJson).
    QJsonObject toJson() const;
};

// The totals of lines shipped to country. An empty cart totals zero without shipping (in currency, as
// given). Validation when the lines are in several currencies (naming "lines[i].sku"), when an effective
// price is above its base, or when the shop does not ship to country in that currency ("country"); also
// on overflow.
Result<OrderTotals> computeTotals(const QList<PricedLine> &lines, const QString &country, const QString &currency,
                                  const PricingRules &rules);

// The order state machine. An order is pending when placed, confirmed once paid, fulfilling while the
// warehouse picks and then packs it, then shipped and delivered; it may be cancelled until it ships.
enum class OrderStatus { Pending, Confirmed, Fulfilling, Shipped, Delivered, Cancelled };
enum class FulfilmentStep { None, Picked, Packed };
enum class OrderAction { Confirm, Pick, Pack, Ship, Deliver, Cancel };

QString orderStatusName(OrderStatus status); // "pending", …
std::optional<OrderStatus> orderStatusFromName(QStringView name);
QString fulfilmentStepName(FulfilmentStep step); // "none", "picked", "packed"
std::optional<FulfilmentStep> fulfilmentStepFromName(QStringView name);
QString orderActionName(OrderAction action); // "confirm", "pick", "pack", "ship", "deliver", "cancel"
// The outbox event of an action: OrderConfirmed, OrderPicked, OrderPacked, OrderShipped, OrderDelivered,
// OrderCancelled.
QString orderEventType(OrderAction action);

struct OrderState {
    OrderStatus status = OrderStatus::Pending;
    FulfilmentStep step = FulfilmentStep::None;
    friend bool operator==(const OrderState &, const OrderState &) = default;
};

struct OrderTransition {
    OrderAction action = OrderAction::Confirm;
    OrderState from;
    OrderState to;
    QDateTime at;
    QString reason;
};

// What action does to an order in state at `at`. InvalidTransition, naming the state and the action, when
// the state does not allow it; Validation on "reason" when a cancellation has no reason (1..500
// characters after trimming).
Result<OrderTransition> decideOrderAction(const OrderState &state, OrderAction action, const QDateTime &at,
                                          const QString &reason = {});
// The actions state allows, in the order of OrderAction (what the desktop offers as buttons).
QList<OrderAction> allowedOrderActions(const OrderState &state);

} // namespace Backroom::Domain
