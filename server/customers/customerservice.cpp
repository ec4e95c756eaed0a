// SPDX-License-Identifier: MIT
#include "server/customers/customerservice.h"

#include "server/routes/paging.h"
#include "server/store/database.h"
#include "server/store/transaction.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

namespace {
Error noSuchCustomer()
{
    return Error::notFound(QStringLiteral("There is no such customer; search /api/v1/customers for the right id."));
}

// Explicit columns: the password hash and tokens never leave the users table through here.
const QByteArray summaryColumns =
    "u.id, u.email, u.name, coalesce(u.profile->>'country', ''), u.disabled_at IS NOT NULL, "
    "(SELECT count(*) FROM orders o WHERE o.customer_id = u.id), "
    "coalesce((SELECT " + rfc3339("max(o.placed_at)") + " FROM orders o WHERE o.customer_id = u.id), ''), "
    + rfc3339("u.created_at");

CustomerSummary summaryFrom(const PgResult &r, int row)
{
    CustomerSummary s;
    s.id = r.toInt64(row, 0);
    s.email = r.text(row, 1);
    s.name = r.text(row, 2);
    s.country = r.text(row, 3);
    s.disabled = r.value(row, 4) == "t";
    s.orderCount = r.toInt64(row, 5);
    s.lastOrderAt = r.text(row, 6);
    s.createdAt = r.text(row, 7);
    return s;
}

// LIKE's wildcards and escape character in text, escaped, so text matches literally.
QString likeEscaped(QString text)
{
    return text.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
}

CustomerNote noteFrom(const PgResult &r, int row)
{
    return {r.toInt64(row, 0), r.isNull(row, 1) ? std::nullopt : std::optional(r.toInt64(row, 1)), r.text(row, 2),
            r.text(row, 3), r.text(row, 4)};
}

const QByteArray noteColumns = "n.id, n.author_id, coalesce(u.email, ''), n.body, " + rfc3339("n.created_at");

// The keyset condition on (alias.created_at, alias.id) for after as $2 (the time, NULL for none) and $3 (the id).
QByteArray olderThan(const char *alias)
{
    return QByteArray("($2::timestamptz IS NULL OR (") + alias + ".created_at, " + alias + ".id) < ($2::timestamptz, $3::bigint))";
}

PgParams pageParams(qint64 customerId, const TimeKey &after, int limit)
{
    // One row more than the page tells whether another page follows.
    return {intParam(customerId), after ? std::optional(after->first.toUtf8()) : std::nullopt, intParam(after ? after->second : 0), intParam(limit + 1)};
}

template <typename T> CustomerPage<T> pageOf(QList<T> rows, int limit)
{
    CustomerPage<T> page;
    if (rows.size() > limit) {
        rows.resize(limit);
        page.nextCursor = encodeTimeCursor(rows.constLast().createdAt, QString::number(rows.constLast().id));
    }
    page.items = std::move(rows);
    return page;
}
} // namespace

QJsonObject CustomerSummary::toJson() const
{
    return {{QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("email"), email},
            {QStringLiteral("name"), name},
            {QStringLiteral("country"), country},
            {QStringLiteral("disabled"), disabled},
            {QStringLiteral("order_count"), orderCount},
            {QStringLiteral("last_order_at"), lastOrderAt.isEmpty() ? QJsonValue() : QJsonValue(lastOrderAt)},
            {QStringLiteral("created_at"), createdAt}};
}

QJsonObject CustomerProfile::toJson() const
{
    QJsonObject json = summary.toJson();
    json.insert(QStringLiteral("profile"), profile);
    QJsonArray list;
    for (const StoredAddress &a : addresses)
        list.append(a.toJson());
    json.insert(QStringLiteral("addresses"), list);
    QJsonArray value;
    for (const CustomerValue &v : lifetimeValue)
        value.append(QJsonObject{{QStringLiteral("amount"), v.net()},
                                 {QStringLiteral("gross"), v.gross},
                                 {QStringLiteral("refunded"), v.refunded},
                                 {QStringLiteral("currency"), v.currency},
                                 {QStringLiteral("orders"), v.orders}});
    json.insert(QStringLiteral("lifetime_value"), value);
    json.insert(QStringLiteral("first_order_at"), firstOrderAt.isEmpty() ? QJsonValue() : QJsonValue(firstOrderAt));
    QJsonArray months;
    for (const CustomerMonth &m : ordersPerMonth)
        months.append(QJsonObject{{QStringLiteral("month"), m.month}, {QStringLiteral("orders"), m.orders}});
    json.insert(QStringLiteral("orders_per_month"), months);
    return json;
}

QJsonObject CustomerRefund::toJson() const
{
    return {{QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("order_id"), QString::number(orderId)},
            {QStringLiteral("order_number"), orderNumber},
            {QStringLiteral("return_id"), returnId ? QJsonValue(QString::number(*returnId)) : QJsonValue()},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("status"), status},
            {QStringLiteral("amount"), amount.toJson()},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("created_at"), createdAt}};
}

QJsonObject CustomerReturn::toJson() const
{
    return {{QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("order_id"), QString::number(orderId)},
            {QStringLiteral("order_number"), orderNumber},
            {QStringLiteral("status"), status},
            {QStringLiteral("note"), note},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("amount"), amount.toJson()},
            {QStringLiteral("created_at"), createdAt}};
}

QJsonObject CustomerNote::toJson() const
{
    return {{QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("author_id"), authorId ? QJsonValue(QString::number(*authorId)) : QJsonValue()},
            {QStringLiteral("author"), author},
            {QStringLiteral("body"), body},
            {QStringLiteral("created_at"), createdAt}};
}

Domain::Result<QList<CustomerSummary>> CustomerService::search(const QString &q, qint64 after, int limit) const
{
    const QString text = q.trimmed();
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT " + summaryColumns + " FROM users u WHERE 'customer' = ANY (u.roles) AND u.id > $1 "
                         "AND ($2 = '' OR lower(u.name) LIKE $3 OR lower(u.email) LIKE $3 "
                         "OR EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = u.id "
                         "AND (upper(o.number) = upper($2) OR o.source_reference = 'retail:' || $2))) "
                         "ORDER BY u.id LIMIT $4",
                         {intParam(after), text.toUtf8(), (u'%' + likeEscaped(text.toLower()) + u'%').toUtf8(), intParam(limit)});
    if (!rows)
        return fail(rows.error().error);
    QList<CustomerSummary> list;
    for (int i = 0; i < rows->rows(); ++i)
        list.append(summaryFrom(*rows, i));
    return list;
}

Domain::Result<CustomerProfile> CustomerService::customer(qint64 id) const
{
    CustomerProfile p;
    {
        auto db = m_database.acquire();
        auto rows = db->exec("SELECT " + summaryColumns + ", u.profile FROM users u WHERE u.id = $1 AND 'customer' = ANY (u.roles)",
                             {intParam(id)});
        if (!rows)
            return fail(rows.error().error);
        if (rows->rows() == 0)
            return fail(noSuchCustomer());
        p.summary = summaryFrom(*rows, 0);
        p.profile = QJsonDocument::fromJson(rows->value(0, 8).toByteArray()).object();

        // What was refunded is what order_payments records as issued; a cancelled order counts for nothing, so
        // what its cancellation gave back is not taken off twice.
        auto value = db->exec("SELECT o.currency, sum(o.total_amount), coalesce(sum(p.refunded_amount), 0), count(*) "
                              "FROM orders o LEFT JOIN order_payments p ON p.order_id = o.id WHERE o.customer_id = $1 "
                              "AND o.status <> 'cancelled' GROUP BY o.currency ORDER BY o.currency",
                              {intParam(id)});
        if (!value)
            return fail(value.error().error);
        for (int i = 0; i < value->rows(); ++i)
            p.lifetimeValue.append({value->text(i, 0), value->toInt64(i, 1), value->toInt64(i, 2), value->toInt64(i, 3)});

        auto months = db->exec("SELECT to_char(date_trunc('month', placed_at AT TIME ZONE 'UTC'), 'YYYY-MM'), count(*) "
                               "FROM orders WHERE customer_id = $1 GROUP BY 1 ORDER BY 1",
                               {intParam(id)});
        if (!months)
            return fail(months.error().error);
        auto first = db->exec("SELECT coalesce(" + rfc3339("min(placed_at)") + ", '') FROM orders WHERE customer_id = $1",
                              {intParam(id)});
        if (!first)
            return fail(first.error().error);
        p.firstOrderAt = first->text(0, 0);
        // Months without orders are in the series too, so a chart's axis is time.
        QHash<QString, qint64> counts;
        for (int i = 0; i < months->rows(); ++i)
            counts.insert(months->text(i, 0), months->toInt64(i, 1));
        if (months->rows() > 0) {
            QDate month = QDate::fromString(months->text(0, 0) + QStringLiteral("-01"), Qt::ISODate);
            const QDate last = QDate::fromString(months->text(months->rows() - 1, 0) + QStringLiteral("-01"), Qt::ISODate);
            while (month.isValid() && month <= last) {
                const QString key = month.toString(QStringLiteral("yyyy-MM"));
                p.ordersPerMonth.append({key, counts.value(key)});
                month = month.addMonths(1);
            }
        }
    }
    auto addresses = AddressBook(m_database).list(id);
    if (!addresses)
        return fail(addresses.error());
    p.addresses = *addresses;
    return p;
}

Domain::Status CustomerService::requireCustomer(qint64 id) const
{
    auto db = m_database.acquire();
    auto exists = db->exec("SELECT 1 FROM users WHERE id = $1 AND 'customer' = ANY (roles)", {intParam(id)});
    if (!exists)
        return fail(exists.error().error);
    if (exists->rows() == 0)
        return fail(noSuchCustomer());
    return {};
}

Domain::Result<CustomerPage<CustomerRefund>> CustomerService::refunds(qint64 customerId, const TimeKey &after, int limit) const
{
    if (auto known = requireCustomer(customerId); !known)
        return fail(known.error());
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT r.id, r.order_id, o.number, r.return_id, r.kind, r.status, r.currency, r.amount, r.reason, "
                         + rfc3339("r.created_at") + " FROM refunds r JOIN orders o ON o.id = r.order_id "
                         "WHERE o.customer_id = $1 AND " + olderThan("r") + " ORDER BY r.created_at DESC, r.id DESC LIMIT $4",
                         pageParams(customerId, after, limit));
    if (!rows)
        return fail(rows.error().error);
    QList<CustomerRefund> list;
    for (int i = 0; i < rows->rows(); ++i)
        list.append({rows->toInt64(i, 0), rows->toInt64(i, 1), rows->text(i, 2),
                     rows->isNull(i, 3) ? std::nullopt : std::optional(rows->toInt64(i, 3)), rows->text(i, 4),
                     rows->text(i, 5), Domain::Money{rows->toInt64(i, 7), rows->text(i, 6)}, rows->text(i, 8),
                     rows->text(i, 9)});
    return pageOf(std::move(list), limit);
}

Domain::Result<CustomerPage<CustomerReturn>> CustomerService::returns(qint64 customerId, const TimeKey &after, int limit) const
{
    if (auto known = requireCustomer(customerId); !known)
        return fail(known.error());
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT t.id, t.order_id, o.number, t.status, t.note, "
                         "(SELECT coalesce(sum(l.quantity), 0) FROM return_lines l WHERE l.return_id = t.id), o.currency, "
                         "(SELECT coalesce(sum(f.amount), 0) FROM refunds f WHERE f.return_id = t.id AND f.status = 'succeeded'), "
                         + rfc3339("t.created_at") + " FROM returns t JOIN orders o ON o.id = t.order_id "
                         "WHERE o.customer_id = $1 AND " + olderThan("t") + " ORDER BY t.created_at DESC, t.id DESC LIMIT $4",
                         pageParams(customerId, after, limit));
    if (!rows)
        return fail(rows.error().error);
    QList<CustomerReturn> list;
    for (int i = 0; i < rows->rows(); ++i)
        list.append({rows->toInt64(i, 0), rows->toInt64(i, 1), rows->text(i, 2), rows->text(i, 3), rows->text(i, 4),
                     rows->toInt64(i, 5), Domain::Money{rows->toInt64(i, 7), rows->text(i, 6)}, rows->text(i, 8)});
    return pageOf(std::move(list), limit);
}

Domain::Result<QList<CustomerNote>> CustomerService::notes(qint64 customerId, qint64 before, int limit) const
{
    if (auto known = requireCustomer(customerId); !known)
        return fail(known.error());
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT " + noteColumns + " FROM customer_notes n LEFT JOIN users u ON u.id = n.author_id "
                         "WHERE n.customer_id = $1 AND ($2 = 0 OR n.id < $2) ORDER BY n.id DESC LIMIT $3",
                         {intParam(customerId), intParam(before), intParam(limit)});
    if (!rows)
        return fail(rows.error().error);
    QList<CustomerNote> list;
    for (int i = 0; i < rows->rows(); ++i)
        list.append(noteFrom(*rows, i));
    return list;
}

Domain::Result<CustomerNote> CustomerService::addNote(qint64 customerId, const QString &body, const AuditActor &actor)
{
    const QString text = body.trimmed();
    if (text.isEmpty() || text.size() > maxNoteLength)
        return fail(Error::validation(QStringLiteral("Write the note (up to %1 characters).").arg(maxNoteLength),
                                      {{QStringLiteral("body"),
                                        QStringLiteral("must be text of 1 to %1 characters").arg(maxNoteLength)}}));
    auto db = m_database.acquire();
    return runInTransaction<CustomerNote>(*db, [&](PgConnection &c) -> PgExpected<CustomerNote> {
        auto exists = c.exec("SELECT 1 FROM users WHERE id = $1 AND 'customer' = ANY (roles) FOR SHARE", {intParam(customerId)});
        if (!exists)
            return std::unexpected(exists.error());
        if (exists->rows() == 0)
            return refuse(noSuchCustomer());
        auto inserted = c.exec("WITH n AS (INSERT INTO customer_notes (customer_id, author_id, body) VALUES ($1, $2, $3) "
                               "RETURNING *) SELECT " + noteColumns + " FROM n LEFT JOIN users u ON u.id = n.author_id",
                               {intParam(customerId), actor.userId ? std::optional(intParam(*actor.userId)) : std::nullopt,
                                text.toUtf8()});
        if (!inserted)
            return std::unexpected(inserted.error());
        CustomerNote note = noteFrom(*inserted, 0);
        if (auto a = AuditLog::record(c, actor, {QStringLiteral("customer_note.create"), QStringLiteral("customer"),
                                                 QString::number(customerId), std::nullopt, note.toJson()});
            !a)
            return std::unexpected(a.error());
        return note;
    });
}

} // namespace Backroom::Server
