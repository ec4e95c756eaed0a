// SPDX-License-Identifier: MIT
#include "server/orders/orderservice.h"

#include "domain/email.h"
#include "server/events/outbox.h"
#include "server/inventory/inventoryservice.h"
#include "server/routes/paging.h"
#include "server/store/database.h"
#include "server/store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Backroom::Server {

using Domain::Error;
using Domain::Money;

namespace {
Error noSuchOrder()
{
    return Error::notFound(QStringLiteral("There is no such order; check the order id."));
}

const QByteArray orderColumns = "o.id, o.number, o.status, o.fulfilment, o.customer_id, o.email, o.customer_name, "
                                "o.shipping_address, o.billing_address, o.currency, o.country, o.tax_basis_points, "
                                "o.subtotal_amount, o.discount_amount, o.shipping_amount, o.tax_amount, o.total_amount, "
                                "o.payment_reference, o.reservation_id, coalesce(o.cart_id, ''), "
                                + rfc3339("o.placed_at") + ", " + rfc3339("o.created_at") + ", " + rfc3339("o.updated_at")
                                + ", o.version, (SELECT coalesce(sum(quantity), 0) FROM order_lines l WHERE l.order_id = o.id), o.fees_amount";

StoredOrder orderFrom(const PgResult &r, int row, qint64 *itemCount = nullptr)
{
    StoredOrder o;
    o.id = r.toInt64(row, 0);
    o.number = r.text(row, 1);
    o.state = {Domain::orderStatusFromName(r.text(row, 2)).value_or(Domain::OrderStatus::Pending),
               Domain::fulfilmentStepFromName(r.text(row, 3)).value_or(Domain::FulfilmentStep::None)};
    if (!r.isNull(row, 4))
        o.customerId = r.toInt64(row, 4);
    o.email = r.text(row, 5);
    o.customerName = r.text(row, 6);
    o.shippingAddress = QJsonDocument::fromJson(r.value(row, 7).toByteArray()).object();
    if (!r.isNull(row, 8))
        o.billingAddress = QJsonDocument::fromJson(r.value(row, 8).toByteArray()).object();
    const QString currency = r.text(row, 9);
    o.totals.currency = currency;
    o.totals.country = r.text(row, 10);
    o.totals.taxBasisPoints = int(r.toInt64(row, 11));
    o.totals.subtotal = {r.toInt64(row, 12), currency};
    o.totals.discount = {r.toInt64(row, 13), currency};
    o.totals.shipping = {r.toInt64(row, 14), currency};
    o.totals.tax = {r.toInt64(row, 15), currency};
    o.totals.total = {r.toInt64(row, 16), currency};
    o.paymentReference = r.text(row, 17);
    if (!r.isNull(row, 18))
        o.reservationId = r.toInt64(row, 18);
    o.cartId = r.text(row, 19);
    o.placedAt = r.text(row, 20);
    o.createdAt = r.text(row, 21);
    o.updatedAt = r.text(row, 22);
    o.version = int(r.toInt64(row, 23));
    if (itemCount)
        *itemCount = r.toInt64(row, 24);
    o.totals.fees = {r.toInt64(row, 25), currency};
    return o;
}

QJsonObject stateJson(const Domain::OrderState &s)
{
    return {{QStringLiteral("status"), Domain::orderStatusName(s.status)},
            {QStringLiteral("fulfilment"), Domain::fulfilmentStepName(s.step)}};
}

PgExpected<void> addTimeline(PgConnection &c, qint64 orderId, const QString &type, const QString &from, const QString &to,
                             const QString &reason, const QDateTime &at, const AuditActor &actor)
{
    auto r = c.exec("INSERT INTO order_events (order_id, occurred_at, actor_id, actor, type, from_status, to_status, reason, "
                    "request_id) VALUES ($1, $2::timestamptz, $3, $4, $5, $6, $7, $8, $9)",
                    {intParam(orderId), at.toUTC().toString(Qt::ISODateWithMs).toLatin1(),
                     actor.userId ? std::optional(intParam(*actor.userId)) : std::nullopt,
                     actor.userId ? QByteArray() : actor.remoteAddress.toUtf8(), type.toUtf8(),
                     from.isEmpty() ? std::nullopt : std::optional(from.toUtf8()),
                     to.isEmpty() ? std::nullopt : std::optional(to.toUtf8()), reason.toUtf8(), actor.requestId});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

QByteArray jsonParam(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The outbox payload of every order event: enough for a subscriber to act without reading the order back.
QJsonObject eventPayload(const StoredOrder &o)
{
    QJsonObject p = o.summaryJson();
    p.remove(QStringLiteral("item_count"));
    return p;
}
} // namespace

QJsonObject OrderEventRecord::toJson() const
{
    return {{QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("at"), at},
            {QStringLiteral("actor_id"), actorId ? QJsonValue(QString::number(*actorId)) : QJsonValue()},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("type"), type},
            {QStringLiteral("from"), from.isEmpty() ? QJsonValue() : QJsonValue(from)},
            {QStringLiteral("to"), to.isEmpty() ? QJsonValue() : QJsonValue(to)},
            {QStringLiteral("reason"), reason}};
}

QJsonObject OrderNote::toJson() const
{
    return {{QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("author_id"), authorId ? QJsonValue(QString::number(*authorId)) : QJsonValue()},
            {QStringLiteral("author"), author},
            {QStringLiteral("body"), body},
            {QStringLiteral("created_at"), createdAt}};
}

QJsonObject StoredOrder::summaryJson() const
{
    qint64 items = 0;
    for (const Domain::TotalsLine &l : totals.lines)
        items += l.quantity;
    return {{QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("number"), number},
            {QStringLiteral("status"), Domain::orderStatusName(state.status)},
            {QStringLiteral("fulfilment"), Domain::fulfilmentStepName(state.step)},
            {QStringLiteral("customer_id"), customerId ? QJsonValue(QString::number(*customerId)) : QJsonValue()},
            {QStringLiteral("email"), email},
            {QStringLiteral("name"), customerName},
            {QStringLiteral("currency"), totals.currency},
            {QStringLiteral("total"), totals.total.toJson()},
            {QStringLiteral("item_count"), items},
            {QStringLiteral("placed_at"), placedAt},
            {QStringLiteral("version"), version}};
}

QJsonObject StoredOrder::toJson(bool staff) const
{
    QJsonObject o = summaryJson();
    o.insert(QStringLiteral("shipping_address"), shippingAddress);
    o.insert(QStringLiteral("billing_address"), billingAddress ? QJsonValue(*billingAddress) : QJsonValue());
    QJsonArray lines;
    for (const Domain::TotalsLine &l : totals.lines)
        lines.append(l.toJson());
    o.insert(QStringLiteral("lines"), lines);
    o.insert(QStringLiteral("totals"), totals.toJson());
    o.insert(QStringLiteral("payment_reference"), paymentReference);
    o.insert(QStringLiteral("created_at"), createdAt);
    o.insert(QStringLiteral("updated_at"), updatedAt);
    QJsonArray events;
    for (const OrderEventRecord &e : timeline)
        if (staff || e.type != QStringLiteral("note"))
            events.append(e.toJson());
    o.insert(QStringLiteral("timeline"), events);
    if (staff) {
        QJsonArray actions;
        for (Domain::OrderAction a : Domain::allowedOrderActions(state))
            actions.append(Domain::orderActionName(a));
        o.insert(QStringLiteral("allowed_actions"), actions);
        o.insert(QStringLiteral("reservation_id"), reservationId ? QJsonValue(QString::number(*reservationId)) : QJsonValue());
        QJsonArray list;
        for (const OrderNote &n : notes)
            list.append(n.toJson());
        o.insert(QStringLiteral("notes"), list);
    }
    return o;
}

QString encodeOrderCursor(const StoredOrder &last)
{
    return encodeTimeCursor(last.placedAt, QString::number(last.id));
}

Domain::Result<std::pair<QString, qint64>> decodeOrderCursor(const QString &cursor)
{
    auto decoded = decodeTimeCursor(cursor, QStringLiteral("[1-9]\\d{0,17}"));
    if (!decoded)
        return Domain::fail(decoded.error());
    return std::pair(decoded->first, decoded->second.toLongLong());
}

PgExpected<StoredOrder> OrderService::readOrder(PgConnection &c, qint64 id, bool forUpdate, bool withDetail)
{
    auto rows = c.exec("SELECT " + orderColumns + " FROM orders o WHERE o.id = $1" + (forUpdate ? " FOR UPDATE" : ""),
                       {intParam(id)});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->rows() == 0)
        return refuse(noSuchOrder());
    StoredOrder o = orderFrom(*rows, 0);
    auto lines = c.exec("SELECT sku, title, quantity, unit_amount, discount_amount, tax_amount, total_amount, "
                        "coalesce(promotion_id::text, '') FROM order_lines WHERE order_id = $1 ORDER BY line",
                        {intParam(id)});
    if (!lines)
        return std::unexpected(lines.error());
    const QString cur = o.totals.currency;
    qint64 lineTax = 0;
    for (int i = 0; i < lines->rows(); ++i) {
        Domain::TotalsLine l{lines->text(i, 0), lines->text(i, 1), lines->toInt64(i, 2), Money{lines->toInt64(i, 3), cur},
                             Money{lines->toInt64(i, 4), cur}, Money{lines->toInt64(i, 5), cur},
                             Money{lines->toInt64(i, 6), cur}, lines->text(i, 7), {}};
        lineTax += l.tax.amount;
        o.totals.lines.append(l);
    }
    o.totals.shippingTax = {o.totals.tax.amount - lineTax, cur};
    if (!withDetail)
        return o;
    auto events = c.exec("SELECT e.id, " + rfc3339("e.occurred_at") + ", e.actor_id, coalesce(u.email, e.actor), e.type, "
                         "coalesce(e.from_status, ''), coalesce(e.to_status, ''), e.reason FROM order_events e "
                         "LEFT JOIN users u ON u.id = e.actor_id WHERE e.order_id = $1 ORDER BY e.id",
                         {intParam(id)});
    if (!events)
        return std::unexpected(events.error());
    for (int i = 0; i < events->rows(); ++i)
        o.timeline.append({events->toInt64(i, 0), events->text(i, 1),
                           events->isNull(i, 2) ? std::nullopt : std::optional(events->toInt64(i, 2)), events->text(i, 3),
                           events->text(i, 4), events->text(i, 5), events->text(i, 6), events->text(i, 7)});
    auto notes = c.exec("SELECT n.id, n.author_id, coalesce(u.email, ''), n.body, " + rfc3339("n.created_at")
                            + " FROM order_notes n LEFT JOIN users u ON u.id = n.author_id WHERE n.order_id = $1 ORDER BY n.id",
                        {intParam(id)});
    if (!notes)
        return std::unexpected(notes.error());
    for (int i = 0; i < notes->rows(); ++i)
        o.notes.append({notes->toInt64(i, 0), notes->isNull(i, 1) ? std::nullopt : std::optional(notes->toInt64(i, 1)),
                        notes->text(i, 2), notes->text(i, 3), notes->text(i, 4)});
    return o;
}

// The order locked for a change, when it is still at expectedVersion (if one is given).
PgExpected<StoredOrder> OrderService::lockOrder(PgConnection &c, qint64 id, std::optional<int> expectedVersion)
{
    auto order = readOrder(c, id, true, false);
    if (!order)
        return order;
    if (expectedVersion && *expectedVersion != order->version)
        return refuse(Error::stale(QStringLiteral("Someone else changed order %1 (version %2 is current); reload it and "
                                                  "try again.")
                                       .arg(order->number)
                                       .arg(order->version)));
    return order;
}

PgExpected<StoredOrder> OrderService::createOrder(PgConnection &c, const NewOrder &order, const AuditActor &actor)
{
    auto email = Domain::parseEmail(order.email, QStringLiteral("email"));
    if (!email)
        return refuse(email.error());
    if (order.totals.lines.isEmpty())
        return refuse(Error::validation(QStringLiteral("An order needs at least one line; the cart is empty."),
                                        {{QStringLiteral("lines"), QStringLiteral("must not be empty")}}));
    auto next = c.exec("SELECT nextval('orders_id_seq')");
    if (!next)
        return std::unexpected(next.error());
    const qint64 id = next->toInt64(0, 0);
    const QString number = QStringLiteral("BR-%1").arg(id, 7, 10, QLatin1Char('0'));
    const Domain::OrderTotals &t = order.totals;
    const QDateTime placedAt = order.placedAt.value_or(QDateTime::currentDateTimeUtc());
    const QString status = Domain::orderStatusName(order.status);
    // Imported history that was delivered was also picked and packed.
    const bool pastPacking = order.status == Domain::OrderStatus::Shipped || order.status == Domain::OrderStatus::Delivered;
    auto inserted = c.exec(
        "INSERT INTO orders (id, number, status, fulfilment, customer_id, email, customer_name, shipping_address, "
        "billing_address, currency, country, tax_basis_points, subtotal_amount, discount_amount, shipping_amount, "
        "tax_amount, total_amount, payment_reference, reservation_id, cart_id, source_reference, placed_at, fees_amount) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, "
        "$21, $22::timestamptz, $23) ON CONFLICT DO NOTHING",
        {intParam(id), number.toUtf8(), status.toUtf8(), pastPacking ? QByteArray("packed") : QByteArray("none"),
         order.customerId ? std::optional(intParam(*order.customerId)) : std::nullopt, email->toUtf8(),
         order.customerName.trimmed().left(200).toUtf8(), jsonParam(order.shippingAddress.toJson()),
         order.billingAddress ? std::optional(jsonParam(order.billingAddress->toJson())) : std::nullopt,
         t.currency.toUtf8(), t.country.toUtf8(), intParam(t.taxBasisPoints), intParam(t.subtotal.amount), intParam(t.discount.amount),
         intParam(t.shipping.amount), intParam(t.tax.amount), intParam(t.total.amount), order.paymentReference.toUtf8(),
         order.reservationId ? std::optional(intParam(*order.reservationId)) : std::nullopt,
         order.cartId.isEmpty() ? std::nullopt : std::optional(order.cartId.toUtf8()),
         order.sourceReference.isEmpty() ? std::nullopt : std::optional(order.sourceReference.toUtf8()),
         placedAt.toUTC().toString(Qt::ISODateWithMs).toLatin1(), intParam(t.fees.amount)});
    if (!inserted)
        return std::unexpected(inserted.error());
    if (inserted->affected() == 0)
        return refuse(Error::conflict(QStringLiteral("An order exists already for this %1.")
                                          .arg(order.cartId.isEmpty() ? QStringLiteral("source") : QStringLiteral("cart"))));
    // All lines in one statement: an imported invoice has hundreds, and a round trip per line made the
    // import of a month of history several times slower. Numbers travel as strings, exact.
    QJsonArray lineRows;
    for (qsizetype i = 0; i < t.lines.size(); ++i) {
        const Domain::TotalsLine &l = t.lines[i];
        bool numeric = false;
        const qint64 promotion = l.promotionId.toLongLong(&numeric);
        lineRows.append(QJsonObject{{QStringLiteral("line"), QString::number(i)},
                                    {QStringLiteral("sku"), l.sku},
                                    {QStringLiteral("title"), l.title},
                                    {QStringLiteral("quantity"), QString::number(l.quantity)},
                                    {QStringLiteral("unit"), QString::number(l.unitPrice.amount)},
                                    {QStringLiteral("discount"), QString::number(l.discount.amount)},
                                    {QStringLiteral("tax"), QString::number(l.tax.amount)},
                                    {QStringLiteral("total"), QString::number(l.lineTotal.amount)},
                                    {QStringLiteral("promotion"), numeric ? QJsonValue(QString::number(promotion)) : QJsonValue()}});
    }
    auto insertedLines = c.exec("INSERT INTO order_lines (order_id, line, sku, title, quantity, unit_amount, discount_amount, "
                        "tax_amount, total_amount, promotion_id) SELECT $1, (x->>'line')::integer, x->>'sku', x->>'title', "
                        "(x->>'quantity')::integer, (x->>'unit')::bigint, (x->>'discount')::bigint, (x->>'tax')::bigint, "
                        "(x->>'total')::bigint, (x->>'promotion')::bigint FROM jsonb_array_elements($2::jsonb) x",
                        {intParam(id), QJsonDocument(lineRows).toJson(QJsonDocument::Compact)});
    if (!insertedLines)
        return std::unexpected(insertedLines.error());
    if (auto e = addTimeline(c, id, QStringLiteral("placed"), {}, status, {}, placedAt, actor); !e)
        return std::unexpected(e.error());
    auto stored = readOrder(c, id, false, false);
    if (!stored)
        return stored;
    if (auto a = AuditLog::record(c, actor, {QStringLiteral("order.create"), QStringLiteral("order"), QString::number(id),
                                             std::nullopt, stored->summaryJson()});
        !a)
        return std::unexpected(a.error());
    QJsonObject payload = eventPayload(*stored);
    // The reports read sales from this event alone (rebuilds included), so it carries each line's figures and
    // its product and category as they were when the order was placed.
    QStringList skus;
    for (const Domain::TotalsLine &l : stored->totals.lines)
        skus.append(l.sku.toLower());
    auto products = c.exec("SELECT lower(v.sku), p.id, p.category_id FROM variants v JOIN products p ON p.id = v.product_id "
                           "WHERE lower(v.sku) = ANY($1::text[])",
                           {textArrayParam(skus)});
    if (!products)
        return std::unexpected(products.error());
    QHash<QString, std::pair<QJsonValue, QJsonValue>> productOf;
    for (int i = 0; i < products->rows(); ++i)
        productOf.insert(products->text(i, 0),
                         {products->text(i, 1), products->isNull(i, 2) ? QJsonValue() : QJsonValue(products->text(i, 2))});
    QJsonArray lines;
    for (const Domain::TotalsLine &l : stored->totals.lines) {
        const auto product = productOf.value(l.sku.toLower(), {QJsonValue(), QJsonValue()});
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("line_total"), l.lineTotal.toJson()},
                                 {QStringLiteral("title"), l.title},
                                 {QStringLiteral("unit_price"), l.unitPrice.toJson()},
                                 {QStringLiteral("discount"), l.discount.toJson()},
                                 {QStringLiteral("tax"), l.tax.toJson()},
                                 {QStringLiteral("product_id"), product.first},
                                 {QStringLiteral("category_id"), product.second}});
    }
    payload.insert(QStringLiteral("lines"), lines);
    payload.insert(QStringLiteral("totals"), stored->totals.toJson());
    if (auto e = recordEvent(c, QStringLiteral("OrderPlaced"), QStringLiteral("order"), QString::number(id), payload, actor); !e)
        return std::unexpected(e.error());
    return stored;
}

PgExpected<StoredOrder> OrderService::applyAction(PgConnection &c, qint64 id, Domain::OrderAction action,
                                                  const QString &reason, std::optional<int> expectedVersion,
                                                  const QDateTime &at, const AuditActor &actor)
{
    auto before = lockOrder(c, id, expectedVersion);
    if (!before)
        return before;
    auto transition = Domain::decideOrderAction(before->state, action, at, reason);
    if (!transition)
        return refuse(transition.error());
    auto updated = c.exec("UPDATE orders SET status = $2, fulfilment = $3 WHERE id = $1",
                          {intParam(id), Domain::orderStatusName(transition->to.status).toUtf8(),
                           Domain::fulfilmentStepName(transition->to.step).toUtf8()});
    if (!updated)
        return std::unexpected(updated.error());
    if (auto e = addTimeline(c, id, Domain::orderActionName(action), Domain::orderStatusName(transition->from.status),
                             Domain::orderStatusName(transition->to.status), transition->reason, at, actor);
        !e)
        return std::unexpected(e.error());
    auto after = readOrder(c, id, false, true);
    if (!after)
        return after;
    if (auto a = AuditLog::record(c, actor, {QStringLiteral("order.") + Domain::orderActionName(action), QStringLiteral("order"),
                                             QString::number(id), stateJson(before->state), stateJson(after->state)});
        !a)
        return std::unexpected(a.error());
    QJsonObject payload = eventPayload(*after);
    payload.insert(QStringLiteral("from"), Domain::orderStatusName(transition->from.status));
    payload.insert(QStringLiteral("reason"), transition->reason);
    if (auto e = recordEvent(c, Domain::orderEventType(action), QStringLiteral("order"), QString::number(id), payload, actor); !e)
        return std::unexpected(e.error());
    return after;
}

Domain::Result<StoredOrder> OrderService::act(qint64 id, Domain::OrderAction action, const QString &reason,
                                              std::optional<int> expectedVersion, const AuditActor &actor)
{
    auto db = m_database.acquire();
    return runInTransaction<StoredOrder>(*db, [&](PgConnection &c) -> PgExpected<StoredOrder> {
        auto moved = applyAction(c, id, action, reason, expectedVersion, QDateTime::currentDateTimeUtc(), actor);
        if (!moved || action != Domain::OrderAction::Cancel)
            return moved;
        // Compensation that exists today: stock still only held for the order goes back. Allocated stock and
        // captured payments are the cancel hook's (the checkout saga's) to undo.
        if (moved->reservationId) {
            auto status = c.exec("SELECT status FROM reservations WHERE id = $1", {intParam(*moved->reservationId)});
            if (!status)
                return std::unexpected(status.error());
            if (status->rows() > 0 && status->text(0, 0) == QStringLiteral("held")) {
                InventoryService inventory(m_database, {});
                // Same thread, same connection: the release is a savepoint of this transaction.
                auto released = inventory.release(*moved->reservationId, actor);
                if (!released)
                    return refuse(released.error());
            }
        }
        if (m_cancelHook)
            if (auto hooked = m_cancelHook(c, *moved, actor); !hooked)
                return std::unexpected(hooked.error());
        return moved;
    });
}

Domain::Result<StoredOrder> OrderService::addNote(qint64 id, const QString &body, std::optional<int> expectedVersion,
                                                  const AuditActor &actor)
{
    const QString text = body.trimmed();
    if (text.isEmpty() || text.size() > 4000)
        return Domain::fail(Error::validation(QStringLiteral("Write the note (up to 4000 characters)."),
                                              {{QStringLiteral("body"), QStringLiteral("must be text of 1 to 4000 characters")}}));
    auto db = m_database.acquire();
    return runInTransaction<StoredOrder>(*db, [&](PgConnection &c) -> PgExpected<StoredOrder> {
        auto before = lockOrder(c, id, expectedVersion);
        if (!before)
            return before;
        auto note = c.exec("INSERT INTO order_notes (order_id, author_id, body) VALUES ($1, $2, $3) RETURNING id",
                           {intParam(id), actor.userId ? std::optional(intParam(*actor.userId)) : std::nullopt, text.toUtf8()});
        if (!note)
            return std::unexpected(note.error());
        // A note changes the order's version too, so an agent acting on a stale read hears about it.
        auto touched = c.exec("UPDATE orders SET updated_at = now() WHERE id = $1", {intParam(id)});
        if (!touched)
            return std::unexpected(touched.error());
        const QString status = Domain::orderStatusName(before->state.status);
        if (auto e = addTimeline(c, id, QStringLiteral("note"), status, status, text.left(200),
                                 QDateTime::currentDateTimeUtc(), actor);
            !e)
            return std::unexpected(e.error());
        const QString noteId = note->text(0, 0);
        if (auto a = AuditLog::record(c, actor, {QStringLiteral("order.note"), QStringLiteral("order"), QString::number(id),
                                                 std::nullopt, QJsonObject{{QStringLiteral("note_id"), noteId},
                                                                           {QStringLiteral("body"), text}}});
            !a)
            return std::unexpected(a.error());
        auto after = readOrder(c, id, false, true);
        if (!after)
            return after;
        QJsonObject payload = eventPayload(*after);
        payload.insert(QStringLiteral("note_id"), noteId);
        if (auto e = recordEvent(c, QStringLiteral("OrderNoteAdded"), QStringLiteral("order"), QString::number(id), payload, actor);
            !e)
            return std::unexpected(e.error());
        return after;
    });
}

Domain::Result<StoredOrder> OrderService::order(qint64 id, std::optional<qint64> onlyCustomer) const
{
    auto db = m_database.acquire();
    auto found = readOrder(*db, id, false, true);
    if (!found)
        return Domain::fail(found.error().error);
    if (onlyCustomer && found->customerId != onlyCustomer)
        return Domain::fail(noSuchOrder());
    return *found;
}

namespace {
// The WHERE conditions of filter (all but the cursor), appended to sql from constant fragments only; every
// value is a parameter.
void appendFilter(QByteArray &sql, PgParams &params, const OrderFilter &filter)
{
    auto param = [&](QByteArray value) {
        params.append(std::move(value));
        return "$" + QByteArray::number(params.size());
    };
    if (filter.status)
        sql += " AND o.status = " + param(Domain::orderStatusName(*filter.status).toUtf8());
    if (filter.from)
        sql += " AND o.placed_at >= " + param(filter.from->toUTC().toString(Qt::ISODateWithMs).toLatin1()) + "::timestamptz";
    if (filter.to)
        sql += " AND o.placed_at < " + param(filter.to->toUTC().toString(Qt::ISODateWithMs).toLatin1()) + "::timestamptz";
    if (filter.customerId)
        sql += " AND o.customer_id = " + param(intParam(*filter.customerId));
    if (!filter.email.isEmpty())
        sql += " AND lower(o.email) = lower(" + param(filter.email.toUtf8()) + ")";
    if (!filter.sku.isEmpty())
        sql += " AND EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND lower(l.sku) = lower("
               + param(filter.sku.toUtf8()) + "))";
    if (filter.minTotal)
        sql += " AND o.total_amount >= " + param(intParam(*filter.minTotal));
    if (filter.maxTotal)
        sql += " AND o.total_amount <= " + param(intParam(*filter.maxTotal));
    if (!filter.text.trimmed().isEmpty()) {
        QString escaped = filter.text.trimmed().toLower();
        escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        const QByteArray p = param((u'%' + escaped + u'%').toUtf8());
        sql += " AND (o.number ILIKE " + p + " OR lower(o.email) LIKE " + p + " OR lower(o.customer_name) LIKE " + p + ")";
    }
}
} // namespace

Domain::Result<OrderService::OrderPage> OrderService::orders(const OrderFilter &filter) const
{
    QByteArray sql = "SELECT " + orderColumns + " FROM orders o WHERE true";
    PgParams params;
    appendFilter(sql, params, filter);
    auto param = [&](QByteArray value) {
        params.append(std::move(value));
        return "$" + QByteArray::number(params.size());
    };
    if (filter.after) {
        const QByteArray at = param(filter.after->first.toLatin1());
        sql += " AND (o.placed_at, o.id) < (" + at + "::timestamptz, " + param(intParam(filter.after->second)) + ")";
    }
    sql += " ORDER BY o.placed_at DESC, o.id DESC LIMIT " + param(intParam(filter.limit + 1));
    auto db = m_database.acquire();
    auto rows = db->execPlanned(sql, params);
    if (!rows)
        return Domain::fail(rows.error().error);
    OrderPage page;
    for (int i = 0; i < rows->rows() && i < filter.limit; ++i) {
        qint64 items = 0;
        StoredOrder o = orderFrom(*rows, i, &items);
        // The list shows the count without loading every line.
        o.totals.lines = {Domain::TotalsLine{{}, {}, items, {}, {}, {}, {}, {}, {}}};
        page.items.append(o);
    }
    if (rows->rows() > filter.limit && !page.items.isEmpty())
        page.nextCursor = encodeOrderCursor(page.items.last());
    return page;
}

Domain::Result<QMap<Domain::OrderStatus, qint64>> OrderService::countByStatus(const OrderFilter &filter) const
{
    QByteArray sql = "SELECT o.status, count(*) FROM orders o WHERE true";
    PgParams params;
    appendFilter(sql, params, filter);
    sql += " GROUP BY o.status";
    auto db = m_database.acquire();
    auto rows = db->execPlanned(sql, params);
    if (!rows)
        return Domain::fail(rows.error().error);
    QMap<Domain::OrderStatus, qint64> counts;
    for (int i = 0; i < rows->rows(); ++i)
        if (const auto status = Domain::orderStatusFromName(rows->text(i, 0)))
            counts.insert(*status, rows->toInt64(i, 1));
    return counts;
}

} // namespace Backroom::Server
