// SPDX-License-Identifier: MIT
#include "domain/order.h"

#include <QJsonObject>
#include <algorithm>
#include <numeric>

namespace Backroom::Domain {

Result<QList<qint64>> allocateLargestRemainder(qint64 total, const QList<qint64> &weights)
{
    if (weights.isEmpty())
        return fail(Error::validation(QStringLiteral("Nothing to split the amount over.")));
    __int128 sum = 0;
    for (qint64 w : weights) {
        if (w < 0)
            return fail(Error::validation(QStringLiteral("A split weight is negative.")));
        sum += w;
    }
    if (sum == 0)
        return fail(Error::validation(QStringLiteral("Every split weight is zero.")));
    const bool negative = total < 0;
    // -INT64_MIN does not fit a qint64, but it does fit the 128-bit arithmetic below.
    const __int128 t = negative ? -__int128(total) : __int128(total);
    QList<qint64> shares(weights.size());
    QList<__int128> remainders(weights.size());
    __int128 given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const __int128 product = t * weights[i];
        shares[i] = qint64(product / sum);
        remainders[i] = product % sum;
        given += shares[i];
    }
    QList<qsizetype> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    // Fewer units are left over than there are shares: each floor lost less than one unit.
    for (qsizetype k = 0; given < t; ++k, ++given)
        ++shares[order[k]];
    if (negative)
        for (qint64 &s : shares)
            s = -s;
    return shares;
}

Result<qint64> cartQuantityFromJson(const QJsonValue &value, const QString &field)
{
    const std::optional<qint64> n = jsonInteger(value);
    if (!n || *n < 1 || *n > CartLimits::maxQuantity)
        return fail(Error::validation(
            QStringLiteral("The quantity must be a whole number from 1 to %1.").arg(CartLimits::maxQuantity),
            {{field, QStringLiteral("must be a whole number from 1 to %1").arg(CartLimits::maxQuantity)}}));
    return *n;
}

PricingRules PricingRules::standard()
{
    PricingRules r;
    r.taxBasisPoints = {{QStringLiteral("GB"), 2000}, {QStringLiteral("IE"), 2300}, {QStringLiteral("FR"), 2000},
                        {QStringLiteral("DE"), 1900}, {QStringLiteral("NL"), 2100}, {QStringLiteral("BE"), 2100},
                        {QStringLiteral("ES"), 2100}, {QStringLiteral("IT"), 2200}, {QStringLiteral("PT"), 2300},
                        {QStringLiteral("AT"), 2000}, {QStringLiteral("DK"), 2500}, {QStringLiteral("SE"), 2500},
                        {QStringLiteral("FI"), 2400}, {QStringLiteral("PL"), 2300}, {QStringLiteral("US"), 0}};
    r.shipping = {{QStringLiteral("GB"), {395, QStringLiteral("GBP")}, 5000},
                  {QStringLiteral("*"), {995, QStringLiteral("GBP")}, 15000},
                  {QStringLiteral("*"), {495, QStringLiteral("EUR")}, std::nullopt},
                  {QStringLiteral("*"), {1295, QStringLiteral("USD")}, std::nullopt}};
    return r;
}

int PricingRules::taxRate(const QString &country) const
{
    return taxBasisPoints.value(country, 0);
}

std::optional<ShippingRule> PricingRules::shippingRule(const QString &country, const QString &currency) const
{
    for (const ShippingRule &rule : shipping)
        if (rule.country == country && rule.fee.currency == currency)
            return rule;
    for (const ShippingRule &rule : shipping)
        if (rule.country == QStringLiteral("*") && rule.fee.currency == currency)
            return rule;
    return std::nullopt;
}

QJsonObject TotalsLine::toJson() const
{
    QJsonObject o{{QStringLiteral("sku"), sku},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("quantity"), quantity},
                  {QStringLiteral("unit_price"), unitPrice.toJson()},
                  {QStringLiteral("discount"), discount.toJson()},
                  {QStringLiteral("tax"), tax.toJson()},
                  {QStringLiteral("line_total"), lineTotal.toJson()}};
    o.insert(QStringLiteral("promotion"),
             promotionId.isEmpty() ? QJsonValue()
                                   : QJsonValue(QJsonObject{{QStringLiteral("id"), promotionId},
                                                            {QStringLiteral("name"), promotionName}}));
    return o;
}

QJsonObject OrderTotals::toJson() const
{
    return {{QStringLiteral("currency"), currency},
            {QStringLiteral("country"), country},
            {QStringLiteral("tax_rate_basis_points"), taxBasisPoints},
            {QStringLiteral("subtotal"), subtotal.toJson()},
            {QStringLiteral("discount"), discount.toJson()},
            {QStringLiteral("shipping"), shipping.toJson()},
            {QStringLiteral("fees"), (fees.currency.isEmpty() ? Money{0, currency} : fees).toJson()},
            {QStringLiteral("tax"), tax.toJson()},
            {QStringLiteral("total"), total.toJson()}};
}

Result<OrderTotals> computeTotals(const QList<PricedLine> &lines, const QString &country, const QString &currency,
                                  const PricingRules &rules)
{
    OrderTotals t;
    t.currency = currency;
    t.country = country;
    const Money zero{0, currency};
    t.subtotal = t.discount = t.shipping = t.tax = t.shippingTax = t.fees = t.total = zero;
    if (lines.isEmpty())
        return t;
    Money goods = zero;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const PricedLine &l = lines[i];
        const QString field = QStringLiteral("lines[%1].sku").arg(i);
        if (l.unitPrice.currency != currency || l.effectiveUnitPrice.currency != currency)
            return fail(Error::validation(
                QStringLiteral("%1 is priced in %2, the cart in %3; a cart holds one currency only.")
                    .arg(l.sku, l.unitPrice.currency, currency),
                {{field, QStringLiteral("is priced in another currency than the cart")}}));
        if (l.effectiveUnitPrice.amount > l.unitPrice.amount || l.effectiveUnitPrice.amount < 0)
            return fail(Error::validation(QStringLiteral("The price of %1 after promotions is not valid.").arg(l.sku),
                                          {{field, QStringLiteral("has an effective price above its price")}}));
        TotalsLine line{l.sku, l.title, l.quantity, l.unitPrice, {}, zero, {}, l.promotionId, l.promotionName};
        auto gross = multiply(l.unitPrice, l.quantity);
        auto net = multiply(l.effectiveUnitPrice, l.quantity);
        if (!gross || !net)
            return fail(gross ? net.error() : gross.error());
        line.lineTotal = *net;
        line.discount = {gross->amount - net->amount, currency};
        auto subtotal = add(t.subtotal, *gross);
        auto discount = add(t.discount, line.discount);
        auto sum = add(goods, *net);
        if (!subtotal || !discount || !sum)
            return fail(Error::validation(QStringLiteral("The cart's total is too large.")));
        t.subtotal = *subtotal;
        t.discount = *discount;
        goods = *sum;
        t.lines.append(line);
    }
    const std::optional<ShippingRule> rule = rules.shippingRule(country, currency);
    if (!rule)
        return fail(Error::validation(
            QStringLiteral("We do not ship to %1 in %2; choose another country or contact the shop.").arg(country, currency),
            {{QStringLiteral("country"), QStringLiteral("is not a country the shop ships to in this currency")}}));
    if (!(rule->freeFrom && goods.amount >= *rule->freeFrom))
        t.shipping = rule->fee;
    auto total = add(goods, t.shipping);
    if (!total)
        return fail(Error::validation(QStringLiteral("The cart's total is too large.")));
    t.total = *total;
    t.taxBasisPoints = rules.taxRate(country);
    if (t.total.amount == 0 || t.taxBasisPoints == 0)
        return t;
    // Tax-inclusive prices: the tax is the rate's share of the gross, split off once for the whole cart and
    // then spread over the lines and shipping, so the parts always add up to the cart's tax.
    auto split = allocateLargestRemainder(t.total.amount, {10000, t.taxBasisPoints});
    if (!split)
        return fail(split.error());
    t.tax = {split->at(1), currency};
    QList<qint64> weights;
    for (const TotalsLine &line : std::as_const(t.lines))
        weights.append(line.lineTotal.amount);
    weights.append(t.shipping.amount);
    auto spread = allocateLargestRemainder(t.tax.amount, weights);
    if (!spread)
        return fail(spread.error());
    for (qsizetype i = 0; i < t.lines.size(); ++i)
        t.lines[i].tax = {spread->at(i), currency};
    t.shippingTax = {spread->last(), currency};
    return t;
}

QString orderStatusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Pending: return QStringLiteral("pending");
    case OrderStatus::Confirmed: return QStringLiteral("confirmed");
    case OrderStatus::Fulfilling: return QStringLiteral("fulfilling");
    case OrderStatus::Shipped: return QStringLiteral("shipped");
    case OrderStatus::Delivered: return QStringLiteral("delivered");
    case OrderStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<OrderStatus> orderStatusFromName(QStringView name)
{
    for (OrderStatus s : {OrderStatus::Pending, OrderStatus::Confirmed, OrderStatus::Fulfilling, OrderStatus::Shipped,
                          OrderStatus::Delivered, OrderStatus::Cancelled})
        if (orderStatusName(s) == name)
            return s;
    return std::nullopt;
}

QString fulfilmentStepName(FulfilmentStep step)
{
    switch (step) {
    case FulfilmentStep::None: return QStringLiteral("none");
    case FulfilmentStep::Picked: return QStringLiteral("picked");
    case FulfilmentStep::Packed: return QStringLiteral("packed");
    }
    return {};
}

std::optional<FulfilmentStep> fulfilmentStepFromName(QStringView name)
{
    for (FulfilmentStep s : {FulfilmentStep::None, FulfilmentStep::Picked, FulfilmentStep::Packed})
        if (fulfilmentStepName(s) == name)
            return s;
    return std::nullopt;
}

QString orderActionName(OrderAction action)
{
    switch (action) {
    case OrderAction::Confirm: return QStringLiteral("confirm");
    case OrderAction::Pick: return QStringLiteral("pick");
    case OrderAction::Pack: return QStringLiteral("pack");
    case OrderAction::Ship: return QStringLiteral("ship");
    case OrderAction::Deliver: return QStringLiteral("deliver");
    case OrderAction::Cancel: return QStringLiteral("cancel");
    }
    return {};
}

QString orderEventType(OrderAction action)
{
    switch (action) {
    case OrderAction::Confirm: return QStringLiteral("OrderConfirmed");
    case OrderAction::Pick: return QStringLiteral("OrderPicked");
    case OrderAction::Pack: return QStringLiteral("OrderPacked");
    case OrderAction::Ship: return QStringLiteral("OrderShipped");
    case OrderAction::Deliver: return QStringLiteral("OrderDelivered");
    case OrderAction::Cancel: return QStringLiteral("OrderCancelled");
    }
    return {};
}

namespace {
// The state an action leads to, or nullopt when the state does not allow it.
std::optional<OrderState> next(const OrderState &s, OrderAction action)
{
    using S = OrderStatus;
    using F = FulfilmentStep;
    switch (action) {
    case OrderAction::Confirm:
        return s.status == S::Pending ? std::optional(OrderState{S::Confirmed, F::None}) : std::nullopt;
    case OrderAction::Pick:
        return s.status == S::Confirmed ? std::optional(OrderState{S::Fulfilling, F::Picked}) : std::nullopt;
    case OrderAction::Pack:
        return s.status == S::Fulfilling && s.step == F::Picked ? std::optional(OrderState{S::Fulfilling, F::Packed})
                                                                 : std::nullopt;
    case OrderAction::Ship:
        return s.status == S::Fulfilling && s.step == F::Packed ? std::optional(OrderState{S::Shipped, F::Packed})
                                                                 : std::nullopt;
    case OrderAction::Deliver:
        return s.status == S::Shipped ? std::optional(OrderState{S::Delivered, s.step}) : std::nullopt;
    case OrderAction::Cancel:
        return s.status == S::Pending || s.status == S::Confirmed || s.status == S::Fulfilling
            ? std::optional(OrderState{S::Cancelled, s.step})
            : std::nullopt;
    }
    return std::nullopt;
}

QString describe(const OrderState &s)
{
    if (s.status == OrderStatus::Fulfilling)
        return s.step == FulfilmentStep::Packed ? QStringLiteral("fulfilling (packed)") : QStringLiteral("fulfilling (picked)");
    return orderStatusName(s.status);
}
} // namespace

Result<OrderTransition> decideOrderAction(const OrderState &state, OrderAction action, const QDateTime &at,
                                          const QString &reason)
{
    const std::optional<OrderState> to = next(state, action);
    if (!to) {
        QStringList allowed;
        for (OrderAction a : allowedOrderActions(state))
            allowed.append(orderActionName(a));
        return fail(Error{ErrorCode::InvalidTransition,
                          QStringLiteral("An order that is %1 cannot be %2: the action '%3' is not allowed now (%4).")
                              .arg(describe(state),
                                   action == OrderAction::Cancel ? QStringLiteral("cancelled")
                                   : action == OrderAction::Pick ? QStringLiteral("picked")
                                   : action == OrderAction::Pack ? QStringLiteral("packed")
                                   : action == OrderAction::Ship ? QStringLiteral("shipped")
                                   : action == OrderAction::Deliver ? QStringLiteral("delivered")
                                                                    : QStringLiteral("confirmed"),
                                   orderActionName(action),
                                   allowed.isEmpty() ? QStringLiteral("no action is")
                                                     : QStringLiteral("allowed: ") + allowed.join(QStringLiteral(", "))),
                          {}});
    }
    const QString trimmed = reason.trimmed();
    if (action == OrderAction::Cancel && (trimmed.isEmpty() || trimmed.size() > 500))
        return fail(Error::validation(QStringLiteral("Say why the order is cancelled (up to 500 characters)."),
                                      {{QStringLiteral("reason"), QStringLiteral("must be text of 1 to 500 characters")}}));
    return OrderTransition{action, state, *to, at, trimmed};
}

QList<OrderAction> allowedOrderActions(const OrderState &state)
{
    QList<OrderAction> list;
    for (OrderAction a : {OrderAction::Confirm, OrderAction::Pick, OrderAction::Pack, OrderAction::Ship,
                          OrderAction::Deliver, OrderAction::Cancel})
        if (next(state, a))
            list.append(a);
    return list;
}

} // namespace Backroom::Domain
