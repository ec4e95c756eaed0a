// SPDX-License-Identifier: MIT
#pragma once

#include "domain/money.h"
#include "domain/order.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace Backroom::Domain {

// Why money goes back: a fixed list, so reports can count them.
enum class RefundReason { CustomerRequest, Damaged, Defective, WrongItem, NotReceived, LateDelivery, Goodwill, Other };
QString refundReasonName(RefundReason reason); // "customer_request", "damaged", …
std::optional<RefundReason> refundReasonFromName(QStringView name);
QStringList refundReasonNames(); // in the order of RefundReason

struct RefundLineRequest {
    QString sku;
    qint64 quantity = 0;
    QString restockWarehouse; // a warehouse code; empty: do not restock (damaged goods)
};

// What an agent asks to refund: lines and quantities, some of the shipping, a goodwill amount, or any mix.
struct RefundRequest {
    QList<RefundLineRequest> lines;
    std::optional<Money> shipping;
    std::optional<Money> goodwill; // the body's "amount"
    RefundReason reason = RefundReason::Other;
    QString note;
};

// The body of POST /orders/{id}/refunds (and its preview): {"lines":[{"sku","quantity","restock_warehouse"?}],
// "shipping"?:{amount,currency}, "amount"?:{amount,currency}, "reason", "note"?}. Validation naming every field
// at fault, unknown members included.
Result<RefundRequest> refundRequestFromJson(const QJsonObject &body);

// What earlier refunds of the order (issued, or reserved by ones under way or awaiting approval) took.
struct RefundedSoFar {
    QList<qint64> lineQuantities; // by order line index; missing: none
    qint64 shipping = 0;
    qint64 total = 0; // everything, goodwill included
};

struct RefundRemainderLine {
    int line = 0;
    QString sku;
    qint64 quantity = 0; // units not refunded yet
    Money amount;        // what those units are worth, tax included, after the promotion discount
};

// What is still refundable: per line, of the shipping, and overall (the captured amount not refunded yet,
// which also bounds goodwill).
struct RefundRemainder {
    QList<RefundRemainderLine> lines;
    Money shipping;
    Money total;
    // {"lines":[{"line","sku","quantity","amount"}],"shipping","total"}
    QJsonObject toJson() const;
};

struct RefundPlanLine {
    int line = 0; // the order line's index
    QString sku;
    QString title;
    qint64 quantity = 0;
    Money amount;   // tax included, after the discount
    Money tax;      // contained in amount
    Money discount; // the promotion's share given back with these units (already out of amount)
    QString restockWarehouse;
    QJsonObject toJson() const;
};

struct RefundPlan {
    QString currency;
    QList<RefundPlanLine> lines;
    Money shipping;
    Money shippingTax;
    Money goodwill;
    Money tax;   // the lines' tax plus the shipping's
    Money total; // lines + shipping + goodwill: what goes back to the payment
    RefundReason reason = RefundReason::Other;
    QString note;
    RefundRemainder remainingAfter;
    // {"currency","lines","shipping","shipping_tax","goodwill","tax","total","reason","note","remaining_after"}
    QJsonObject toJson() const;
};

// The amount of `quantity` units of a line out of lineQuantity units worth lineAmount, after `already` of them
// went back: the difference of two cumulative splits (allocateLargestRemainder), so refunding a line in any
// number of steps gives back exactly its amount. Also used for a line's tax and discount.
qint64 unitsShare(qint64 lineAmount, qint64 lineQuantity, qint64 already, qint64 quantity);

RefundRemainder refundRemainder(const OrderTotals &order, qint64 captured, const RefundedSoFar &sofar);

// The refund request makes of order, of which captured was charged and sofar went back already. Validation,
// naming the field: "lines[i].quantity" at or below zero or above what remains of the line, "lines[i].sku" not a
// line of the order (or named twice), "shipping" above what remains of it, a currency that is not the order's
// ("shipping.currency", "amount.currency"), "amount" when the total is above the captured amount not yet
// refunded or is zero.
Result<RefundPlan> planRefund(const OrderTotals &order, qint64 captured, const RefundedSoFar &sofar,
                              const RefundRequest &request);

} // namespace Backroom::Domain
