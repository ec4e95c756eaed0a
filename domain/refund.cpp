// SPDX-License-Identifier: MIT
#include "domain/refund.h"

#include "domain/json.h"

#include <QJsonArray>

namespace Backroom::Domain {

namespace {
struct ReasonName {
    RefundReason reason;
    const char16_t *name;
};
constexpr ReasonName reasonNames[] = {
    {RefundReason::CustomerRequest, u"customer_request"},
    {RefundReason::Damaged, u"damaged"},
    {RefundReason::Defective, u"defective"},
    {RefundReason::WrongItem, u"wrong_item"},
    {RefundReason::NotReceived, u"not_received"},
    {RefundReason::LateDelivery, u"late_delivery"},
    {RefundReason::Goodwill, u"goodwill"},
    {RefundReason::Other, u"other"},
};

constexpr qint64 maxNoteLength = 1000;
} // namespace

QString refundReasonName(RefundReason reason)
{
    for (const ReasonName &r : reasonNames)
        if (r.reason == reason)
            return QString::fromUtf16(r.name);
    return QStringLiteral("other");
}

std::optional<RefundReason> refundReasonFromName(QStringView name)
{
    for (const ReasonName &r : reasonNames)
        if (name == QStringView(r.name))
            return r.reason;
    return std::nullopt;
}

QStringList refundReasonNames()
{
    QStringList names;
    for (const ReasonName &r : reasonNames)
        names.append(QString::fromUtf16(r.name));
    return names;
}

Result<RefundRequest> refundRequestFromJson(const QJsonObject &body)
{
    QList<FieldError> errors;
    if (auto ok = Json::allowOnly(body, {u"lines", u"shipping", u"amount", u"reason", u"note"}); !ok)
        errors.append(ok.error().fields);
    RefundRequest request;
    const QJsonValue lines = body.value(QStringLiteral("lines"));
    if (!lines.isUndefined() && !lines.isNull() && !lines.isArray()) {
        errors.append({QStringLiteral("lines"), QStringLiteral("must be a list of {\"sku\", \"quantity\"}")});
    } else if (lines.toArray().size() > 200) {
        errors.append({QStringLiteral("lines"), QStringLiteral("must have at most 200 entries")});
    } else {
        const QJsonArray list = lines.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = QStringLiteral("lines[%1]").arg(i);
            if (!list[i].isObject()) {
                errors.append({at, QStringLiteral("must be an object {\"sku\", \"quantity\", \"restock_warehouse\"?}")});
                continue;
            }
            const QJsonObject line = list[i].toObject();
            if (auto ok = Json::allowOnly(line, {u"sku", u"quantity", u"restock_warehouse"}); !ok)
                for (const FieldError &f : ok.error().fields)
                    errors.append({at + u'.' + f.field, f.message});
            RefundLineRequest l;
            const QJsonValue sku = line.value(QStringLiteral("sku"));
            if (!sku.isString() || sku.toString().trimmed().isEmpty() || sku.toString().size() > 64)
                errors.append({at + QStringLiteral(".sku"), QStringLiteral("is required: the SKU of a line of the order")});
            else
                l.sku = sku.toString().trimmed();
            const auto quantity = jsonInteger(line.value(QStringLiteral("quantity")));
            if (!quantity)
                errors.append({at + QStringLiteral(".quantity"), QStringLiteral("is required: a whole number of units")});
            else if (*quantity <= 0)
                errors.append({at + QStringLiteral(".quantity"), QStringLiteral("must be at least 1")});
            else
                l.quantity = *quantity;
            const QJsonValue warehouse = line.value(QStringLiteral("restock_warehouse"));
            if (warehouse.isString() && !warehouse.toString().trimmed().isEmpty() && warehouse.toString().size() <= 32)
                l.restockWarehouse = warehouse.toString().trimmed();
            else if (!warehouse.isUndefined() && !warehouse.isNull())
                errors.append({at + QStringLiteral(".restock_warehouse"),
                               QStringLiteral("must be a warehouse code, or null not to restock")});
            request.lines.append(l);
        }
    }
    for (const char *name : {"shipping", "amount"}) {
        const QString field = QString::fromLatin1(name);
        const QJsonValue v = body.value(field);
        if (v.isUndefined() || v.isNull())
            continue;
        auto money = moneyFromJson(v, field, AmountRule::NonNegative);
        if (!money)
            errors.append(money.error().fields);
        else
            (field == u"shipping" ? request.shipping : request.goodwill) = *money;
    }
    const QJsonValue reason = body.value(QStringLiteral("reason"));
    const auto parsedReason = reason.isString() ? refundReasonFromName(reason.toString()) : std::nullopt;
    if (!parsedReason)
        errors.append({QStringLiteral("reason"), QStringLiteral("must be one of %1").arg(refundReasonNames().join(QStringLiteral(", ")))});
    else
        request.reason = *parsedReason;
    const QJsonValue note = body.value(QStringLiteral("note"));
    if (note.isString() && note.toString().size() <= maxNoteLength)
        request.note = note.toString().trimmed();
    else if (!note.isUndefined() && !note.isNull())
        errors.append({QStringLiteral("note"), QStringLiteral("must be text of at most %1 characters").arg(maxNoteLength)});
    if (!errors.isEmpty())
        return fail(Error::validation(QStringLiteral("The refund is not valid; see 'errors'."), errors));
    return request;
}

qint64 unitsShare(qint64 lineAmount, qint64 lineQuantity, qint64 already, qint64 quantity)
{
    if (lineQuantity <= 0 || quantity <= 0)
        return 0;
    const auto cumulative = [&](qint64 units) -> qint64 {
        units = std::clamp<qint64>(units, 0, lineQuantity);
        auto split = allocateLargestRemainder(lineAmount, {units, lineQuantity - units});
        return split ? split->at(0) : 0;
    };
    return cumulative(already + quantity) - cumulative(already);
}

QJsonObject RefundRemainder::toJson() const
{
    QJsonArray list;
    for (const RefundRemainderLine &l : lines)
        list.append(QJsonObject{{QStringLiteral("line"), l.line},
                                {QStringLiteral("sku"), l.sku},
                                {QStringLiteral("quantity"), l.quantity},
                                {QStringLiteral("amount"), l.amount.toJson()}});
    return {{QStringLiteral("lines"), list}, {QStringLiteral("shipping"), shipping.toJson()}, {QStringLiteral("total"), total.toJson()}};
}

QJsonObject RefundPlanLine::toJson() const
{
    return {{QStringLiteral("line"), line},
            {QStringLiteral("sku"), sku},
            {QStringLiteral("title"), title},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("amount"), amount.toJson()},
            {QStringLiteral("tax"), tax.toJson()},
            {QStringLiteral("discount"), discount.toJson()},
            {QStringLiteral("restock_warehouse"), restockWarehouse.isEmpty() ? QJsonValue() : QJsonValue(restockWarehouse)}};
}

QJsonObject RefundPlan::toJson() const
{
    QJsonArray list;
    for (const RefundPlanLine &l : lines)
        list.append(l.toJson());
    return {{QStringLiteral("currency"), currency},
            {QStringLiteral("lines"), list},
            {QStringLiteral("shipping"), shipping.toJson()},
            {QStringLiteral("shipping_tax"), shippingTax.toJson()},
            {QStringLiteral("goodwill"), goodwill.toJson()},
            {QStringLiteral("tax"), tax.toJson()},
            {QStringLiteral("total"), total.toJson()},
            {QStringLiteral("reason"), refundReasonName(reason)},
            {QStringLiteral("note"), note},
            {QStringLiteral("remaining_after"), remainingAfter.toJson()}};
}

RefundRemainder refundRemainder(const OrderTotals &order, qint64 captured, const RefundedSoFar &sofar)
{
    const QString currency = order.currency;
    RefundRemainder r;
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const TotalsLine &l = order.lines[i];
        const qint64 done = std::clamp<qint64>(sofar.lineQuantities.value(i), 0, l.quantity);
        r.lines.append({int(i), l.sku, l.quantity - done,
                        Money{unitsShare(l.lineTotal.amount, l.quantity, done, l.quantity - done), currency}});
    }
    r.shipping = {qMax<qint64>(0, order.shipping.amount - sofar.shipping), currency};
    r.total = {qMax<qint64>(0, captured - sofar.total), currency};
    return r;
}

Result<RefundPlan> planRefund(const OrderTotals &order, qint64 captured, const RefundedSoFar &sofar,
                              const RefundRequest &request)
{
    const QString currency = order.currency;
    const RefundRemainder before = refundRemainder(order, captured, sofar);
    QList<FieldError> errors;
    RefundPlan plan;
    plan.currency = currency;
    plan.reason = request.reason;
    plan.note = request.note;
    RefundedSoFar after = sofar;
    after.lineQuantities.resize(order.lines.size());
    qint64 lineTotal = 0;
    qint64 tax = 0;
    QList<int> named;
    for (qsizetype i = 0; i < request.lines.size(); ++i) {
        const RefundLineRequest &want = request.lines[i];
        const QString at = QStringLiteral("lines[%1]").arg(i);
        if (want.quantity <= 0) {
            errors.append({at + QStringLiteral(".quantity"), QStringLiteral("must be at least 1")});
            continue;
        }
        int index = -1;
        for (qsizetype k = 0; k < order.lines.size() && index < 0; ++k)
            if (order.lines[k].sku.compare(want.sku, Qt::CaseInsensitive) == 0 && !named.contains(int(k)))
                index = int(k);
        if (index < 0) {
            const bool twice = std::any_of(named.cbegin(), named.cend(), [&](int k) {
                return order.lines[k].sku.compare(want.sku, Qt::CaseInsensitive) == 0;
            });
            errors.append({at + QStringLiteral(".sku"), twice ? QStringLiteral("is named twice; give each line once")
                                                              : QStringLiteral("is not a line of this order")});
            continue;
        }
        named.append(index);
        const TotalsLine &line = order.lines[index];
        const qint64 remaining = before.lines[index].quantity;
        if (want.quantity > remaining) {
            errors.append({at + QStringLiteral(".quantity"),
                           QStringLiteral("must be at most %1 (what remains of the line to refund)").arg(remaining)});
            continue;
        }
        const qint64 done = line.quantity - remaining;
        RefundPlanLine p;
        p.line = index;
        p.sku = line.sku;
        p.title = line.title;
        p.quantity = want.quantity;
        p.amount = {unitsShare(line.lineTotal.amount, line.quantity, done, want.quantity), currency};
        p.tax = {unitsShare(line.tax.amount, line.quantity, done, want.quantity), currency};
        p.discount = {unitsShare(line.discount.amount, line.quantity, done, want.quantity), currency};
        p.restockWarehouse = want.restockWarehouse;
        lineTotal += p.amount.amount;
        tax += p.tax.amount;
        after.lineQuantities[index] += want.quantity;
        plan.lines.append(p);
    }
    plan.shipping = {0, currency};
    plan.shippingTax = {0, currency};
    if (request.shipping) {
        if (request.shipping->currency != currency) {
            errors.append({QStringLiteral("shipping.currency"), QStringLiteral("must be the order's currency, %1").arg(currency)});
        } else if (request.shipping->amount > before.shipping.amount) {
            errors.append({QStringLiteral("shipping"),
                           QStringLiteral("must be at most %1 (what remains of the shipping to refund)").arg(before.shipping.amount)});
        } else {
            plan.shipping.amount = request.shipping->amount;
            plan.shippingTax.amount = unitsShare(order.shippingTax.amount, order.shipping.amount, sofar.shipping,
                                                 request.shipping->amount);
            after.shipping += plan.shipping.amount;
        }
    }
    plan.goodwill = {0, currency};
    if (request.goodwill) {
        if (request.goodwill->currency != currency)
            errors.append({QStringLiteral("amount.currency"), QStringLiteral("must be the order's currency, %1").arg(currency)});
        else
            plan.goodwill.amount = request.goodwill->amount;
    }
    if (!errors.isEmpty())
        return fail(Error::validation(QStringLiteral("The refund does not fit the order; see 'errors'."), errors));
    // Each part is at most what the order holds (a bounded amount), so the sum cannot overflow.
    const qint64 total = lineTotal + plan.shipping.amount + plan.goodwill.amount;
    if (total <= 0)
        return fail(Error::validation(QStringLiteral("The refund comes to nothing; choose lines, shipping or an amount."),
                                      {{QStringLiteral("amount"), QStringLiteral("the refund's total must be greater than zero")}}));
    if (total > before.total.amount)
        return fail(Error::validation(
            QStringLiteral("The refund (%1) is more than what remains of the captured payment (%2).")
                .arg(formatMajorUnits(Money{total, currency}), formatMajorUnits(before.total)),
            {{QStringLiteral("amount"), QStringLiteral("the refund's total must be at most %1, what remains of the captured "
                                                       "payment").arg(before.total.amount)}}));
    plan.tax = {tax + plan.shippingTax.amount, currency};
    plan.total = {total, currency};
    after.total += total;
    plan.remainingAfter = refundRemainder(order, captured, after);
    return plan;
}

} // namespace Backroom::Domain
