// SPDX-License-Identifier: MIT
#include "server/orders/cartservice.h"

#include "domain/categorytree.h"
#include "domain/json.h"
#include "domain/promotion.h"
#include "server/catalog/promotionservice.h"
#include "server/store/database.h"
#include "server/store/transaction.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Backroom::Server {

using Domain::Error;

namespace {
const QByteArray cartColumns = "id, user_id, status, country, version, "
                               "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
                               "to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

Error noSuchCart()
{
    return Error::notFound(QStringLiteral("There is no open cart with this id; create one with POST /api/v1/carts."));
}

bool isCartId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{32}$"));
    return pattern.match(id).hasMatch();
}

QByteArray atParam(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs).toLatin1();
}

// A refusal of the totals for a change to one line names that line's field, not the totals' "lines[i]".
PgError forLine(PgError e)
{
    for (Domain::FieldError &f : e.error.fields)
        if (f.field.startsWith(QStringLiteral("lines[")))
            f.field = QStringLiteral("sku");
    return e;
}

PgExpected<void> touch(PgConnection &c, const QString &id)
{
    auto r = c.exec("UPDATE carts SET updated_at = now() WHERE id = $1", {id.toUtf8()});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

// The catalog's spelling of a SKU that is for sale; Validation on "sku" otherwise.
PgExpected<QString> saleableSku(PgConnection &c, const QString &sku)
{
    if (sku.isEmpty() || sku.size() > 64)
        return refuse(Error::validation(QStringLiteral("Name the SKU of a product variant."),
                                        {{QStringLiteral("sku"), QStringLiteral("must be 1 to 64 characters")}}));
    auto rows = c.exec("SELECT v.sku, p.status FROM variants v JOIN products p ON p.id = v.product_id "
                       "WHERE lower(v.sku) = lower($1)",
                       {sku.toUtf8()});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->rows() == 0)
        return refuse(Error::validation(QStringLiteral("There is no product with SKU '%1'; check the SKU.").arg(sku),
                                        {{QStringLiteral("sku"), QStringLiteral("is not the SKU of a product")}}));
    if (rows->text(0, 1) != QStringLiteral("active"))
        return refuse(Error::validation(QStringLiteral("'%1' is not for sale at the moment.").arg(sku),
                                        {{QStringLiteral("sku"), QStringLiteral("is not for sale")}}));
    return rows->text(0, 0);
}

QString readSku(const QJsonObject &body, QList<Domain::FieldError> &errors)
{
    const QJsonValue v = body.value(QStringLiteral("sku"));
    if (!v.isString() || v.toString().trimmed().isEmpty() || v.toString().size() > 64) {
        errors.append({QStringLiteral("sku"), QStringLiteral("must be the SKU of a product, 1 to 64 characters")});
        return {};
    }
    return v.toString().trimmed();
}
} // namespace

QJsonObject CartView::toJson() const
{
    QJsonArray lines;
    for (const Domain::TotalsLine &l : totals.lines)
        lines.append(l.toJson());
    QJsonArray gone;
    for (const auto &[sku, quantity] : unavailable)
        gone.append(QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("quantity"), quantity}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("status"), status},
            {QStringLiteral("country"), country},
            {QStringLiteral("version"), version},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("unavailable"), gone},
            {QStringLiteral("totals"), totals.toJson()},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("updated_at"), updatedAt}};
}

QString CartService::newCartId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

PgExpected<CartView> CartService::pricedCart(PgConnection &c, const QString &id, std::optional<qint64> caller,
                                             const QDateTime &at, const Domain::PricingRules &rules, bool lock)
{
    if (!isCartId(id))
        return refuse(noSuchCart());
    auto head = c.exec("SELECT " + cartColumns + " FROM carts WHERE id = $1" + (lock ? " FOR UPDATE" : ""), {id.toUtf8()});
    if (!head)
        return std::unexpected(head.error());
    if (head->rows() == 0 || head->text(0, 2) != QStringLiteral("open"))
        return refuse(noSuchCart());
    CartView cart;
    cart.id = head->text(0, 0);
    if (!head->isNull(0, 1))
        cart.userId = head->toInt64(0, 1);
    // Someone else's cart does not exist for this caller.
    if (cart.userId && cart.userId != caller)
        return refuse(noSuchCart());
    cart.status = head->text(0, 2);
    cart.country = head->text(0, 3);
    cart.version = int(head->toInt64(0, 4));
    cart.createdAt = head->text(0, 5);
    cart.updatedAt = head->text(0, 6);

    auto rows = c.exec("SELECT l.sku, l.quantity, v.sku, p.title, v.price_amount, v.currency, p.category_path, p.status "
                       "FROM cart_lines l LEFT JOIN variants v ON lower(v.sku) = lower(l.sku) "
                       "LEFT JOIN products p ON p.id = v.product_id WHERE l.cart_id = $1 ORDER BY l.id",
                       {id.toUtf8()});
    if (!rows)
        return std::unexpected(rows.error());
    struct Row {
        Domain::PricedLine line;
        QStringList categories; // the product's category first, then its ancestors
    };
    QList<Row> priced;
    QStringList skus;
    QList<qint64> categoryIds;
    for (int i = 0; i < rows->rows(); ++i) {
        if (rows->isNull(i, 2) || rows->text(i, 7) != QStringLiteral("active")) {
            cart.unavailable.append({rows->text(i, 0), rows->toInt64(i, 1)});
            continue;
        }
        Row r;
        const Domain::Money price{rows->toInt64(i, 4), rows->text(i, 5)};
        r.line = {rows->text(i, 2), rows->text(i, 3), rows->toInt64(i, 1), price, price, {}, {}};
        const QList<qint64> path = int64ArrayValue(rows->value(i, 6));
        r.categories = Domain::categoryWithAncestors(path);
        categoryIds.append(path);
        skus.append(r.line.sku.toLower());
        priced.append(r);
    }
    QList<Domain::Promotion> promotions;
    if (!priced.isEmpty()) {
        auto promos = c.exec(QByteArray("SELECT ") + PromotionService::record
                                 + " FROM promotions WHERE starts_at <= $1::timestamptz AND (ends_at IS NULL OR ends_at > "
                                   "$1::timestamptz) AND (EXISTS (SELECT 1 FROM unnest(skus) s WHERE lower(s) = "
                                   "ANY($2::text[])) OR category_ids && $3::bigint[])",
                             {atParam(at), textArrayParam(skus), int64ArrayParam(categoryIds)});
        if (!promos)
            return std::unexpected(promos.error());
        for (int i = 0; i < promos->rows(); ++i)
            promotions.append(PromotionService::promotionFrom(*promos, i).promotion);
    }
    QList<Domain::PricedLine> lines;
    for (Row &r : priced) {
        const Domain::EffectivePrice effective =
            Domain::effectivePrice(r.line.unitPrice, r.line.sku, r.categories, promotions, at);
        r.line.effectiveUnitPrice = effective.price;
        if (effective.promotion) {
            r.line.promotionId = effective.promotion->id;
            r.line.promotionName = effective.promotion->name;
        }
        lines.append(r.line);
    }
    const QString currency = lines.isEmpty() ? QStringLiteral("GBP") : lines.first().unitPrice.currency;
    auto totals = Domain::computeTotals(lines, cart.country, currency, rules);
    if (!totals)
        return refuse(totals.error());
    cart.totals = *totals;
    return cart;
}

PgExpected<void> CartService::markCheckedOut(PgConnection &c, const QString &id)
{
    auto r = c.exec("UPDATE carts SET status = 'checked_out' WHERE id = $1 AND status = 'open'", {id.toUtf8()});
    if (!r)
        return std::unexpected(r.error());
    if (r->affected() == 0)
        return refuse(noSuchCart());
    return {};
}

Domain::Result<CartView> CartService::create(std::optional<qint64> userId, const QDateTime &at, bool *created)
{
    auto db = m_database.acquire();
    bool made = false;
    auto result = runInTransaction<CartView>(*db, [&](PgConnection &c) -> PgExpected<CartView> {
        made = false;
        if (userId) {
            auto open = c.exec("SELECT id FROM carts WHERE user_id = $1 AND status = 'open'", {QByteArray::number(*userId)});
            if (!open)
                return std::unexpected(open.error());
            if (open->rows() > 0)
                return pricedCart(c, open->text(0, 0), userId, at, m_rules, false);
        }
        const QString id = newCartId();
        // Two first requests of one customer at once: the second finds the first one's cart.
        auto inserted = c.exec("INSERT INTO carts (id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                               {id.toUtf8(), userId ? std::optional(QByteArray::number(*userId)) : std::nullopt});
        if (!inserted)
            return std::unexpected(inserted.error());
        if (inserted->affected() == 0 && userId) {
            auto open = c.exec("SELECT id FROM carts WHERE user_id = $1 AND status = 'open'", {QByteArray::number(*userId)});
            if (!open)
                return std::unexpected(open.error());
            if (open->rows() > 0)
                return pricedCart(c, open->text(0, 0), userId, at, m_rules, false);
        }
        if (inserted->affected() == 0)
            return refuse(Error::conflict(QStringLiteral("The cart could not be made; try again.")));
        made = true;
        return pricedCart(c, id, userId, at, m_rules, false);
    });
    if (created)
        *created = made;
    return result;
}

Domain::Result<CartView> CartService::cart(const QString &id, std::optional<qint64> caller, const QDateTime &at) const
{
    auto db = m_database.acquire();
    auto found = pricedCart(*db, id, caller, at, m_rules, false);
    if (!found)
        return Domain::fail(found.error().error);
    return *found;
}

Domain::Result<CartView> CartService::addItem(const QString &id, std::optional<qint64> caller, const QJsonObject &body,
                                              const QDateTime &at)
{
    if (auto ok = Domain::Json::allowOnly(body, {u"sku", u"quantity"}); !ok)
        return Domain::fail(ok.error());
    QList<Domain::FieldError> errors;
    const QString sku = readSku(body, errors);
    auto quantity = Domain::cartQuantityFromJson(body.value(QStringLiteral("quantity")), QStringLiteral("quantity"));
    if (!quantity)
        errors.append(quantity.error().fields);
    if (!errors.isEmpty())
        return Domain::fail(Error::validation(QStringLiteral("The item is not valid; see 'errors'."), errors));
    auto db = m_database.acquire();
    return runInTransaction<CartView>(*db, [&](PgConnection &c) -> PgExpected<CartView> {
        auto locked = pricedCart(c, id, caller, at, m_rules, true);
        if (!locked)
            return std::unexpected(locked.error());
        auto canonical = saleableSku(c, sku);
        if (!canonical)
            return std::unexpected(canonical.error());
        auto existing = c.exec("SELECT id, quantity, (SELECT count(*) FROM cart_lines WHERE cart_id = $1) FROM cart_lines "
                               "WHERE cart_id = $1 AND lower(sku) = lower($2)",
                               {id.toUtf8(), canonical->toUtf8()});
        if (!existing)
            return std::unexpected(existing.error());
        if (existing->rows() > 0) {
            const qint64 total = existing->toInt64(0, 1) + *quantity;
            if (total > Domain::CartLimits::maxQuantity)
                return refuse(Error::validation(
                    QStringLiteral("The cart holds %1 of %2 already; at most %3 of one item fit in a cart.")
                        .arg(existing->toInt64(0, 1))
                        .arg(*canonical)
                        .arg(Domain::CartLimits::maxQuantity),
                    {{QStringLiteral("quantity"), QStringLiteral("would take the line above %1").arg(Domain::CartLimits::maxQuantity)}}));
            auto updated = c.exec("UPDATE cart_lines SET quantity = $2 WHERE id = $1",
                                  {existing->value(0, 0).toByteArray(), QByteArray::number(total)});
            if (!updated)
                return std::unexpected(updated.error());
        } else {
            if (locked->totals.lines.size() + locked->unavailable.size() >= Domain::CartLimits::maxLines)
                return refuse(Error::validation(
                    QStringLiteral("A cart holds at most %1 different items; remove one first.").arg(Domain::CartLimits::maxLines),
                    {{QStringLiteral("sku"), QStringLiteral("would be one line too many")}}));
            auto inserted = c.exec("INSERT INTO cart_lines (cart_id, sku, quantity) VALUES ($1, $2, $3)",
                                   {id.toUtf8(), canonical->toUtf8(), QByteArray::number(*quantity)});
            if (!inserted)
                return std::unexpected(inserted.error());
        }
        if (auto t = touch(c, id); !t)
            return std::unexpected(t.error());
        auto after = pricedCart(c, id, caller, at, m_rules, false);
        if (!after)
            return std::unexpected(forLine(after.error()));
        return after;
    });
}

Domain::Result<CartView> CartService::setQuantity(const QString &id, std::optional<qint64> caller, const QString &sku,
                                                  const QJsonObject &body, const QDateTime &at)
{
    if (auto ok = Domain::Json::allowOnly(body, {u"quantity"}); !ok)
        return Domain::fail(ok.error());
    auto quantity = Domain::cartQuantityFromJson(body.value(QStringLiteral("quantity")), QStringLiteral("quantity"));
    if (!quantity)
        return Domain::fail(quantity.error());
    auto db = m_database.acquire();
    return runInTransaction<CartView>(*db, [&](PgConnection &c) -> PgExpected<CartView> {
        auto locked = pricedCart(c, id, caller, at, m_rules, true);
        if (!locked)
            return std::unexpected(locked.error());
        auto updated = c.exec("UPDATE cart_lines SET quantity = $3 WHERE cart_id = $1 AND lower(sku) = lower($2)",
                              {id.toUtf8(), sku.toUtf8(), QByteArray::number(*quantity)});
        if (!updated)
            return std::unexpected(updated.error());
        if (updated->affected() == 0)
            return refuse(Error::notFound(QStringLiteral("The cart has no line for SKU '%1'; add it with POST "
                                                         "/api/v1/carts/{id}/items.").arg(sku)));
        if (auto t = touch(c, id); !t)
            return std::unexpected(t.error());
        return pricedCart(c, id, caller, at, m_rules, false);
    });
}

Domain::Result<CartView> CartService::removeItem(const QString &id, std::optional<qint64> caller, const QString &sku,
                                                 const QDateTime &at)
{
    auto db = m_database.acquire();
    return runInTransaction<CartView>(*db, [&](PgConnection &c) -> PgExpected<CartView> {
        auto locked = pricedCart(c, id, caller, at, m_rules, true);
        if (!locked)
            return std::unexpected(locked.error());
        auto deleted = c.exec("DELETE FROM cart_lines WHERE cart_id = $1 AND lower(sku) = lower($2)",
                              {id.toUtf8(), sku.toUtf8()});
        if (!deleted)
            return std::unexpected(deleted.error());
        if (deleted->affected() == 0)
            return refuse(Error::notFound(QStringLiteral("The cart has no line for SKU '%1'.").arg(sku)));
        if (auto t = touch(c, id); !t)
            return std::unexpected(t.error());
        return pricedCart(c, id, caller, at, m_rules, false);
    });
}

Domain::Result<CartView> CartService::update(const QString &id, std::optional<qint64> caller, const QJsonObject &body,
                                             const QDateTime &at)
{
    if (auto ok = Domain::Json::allowOnly(body, {u"country"}); !ok)
        return Domain::fail(ok.error());
    static const QRegularExpression countryPattern(QStringLiteral("^[A-Za-z]{2}$"));
    const QJsonValue v = body.value(QStringLiteral("country"));
    if (!v.isString() || !countryPattern.match(v.toString()).hasMatch())
        return Domain::fail(Error::validation(QStringLiteral("Give the country the cart ships to as two letters, e.g. \"GB\"."),
                                              {{QStringLiteral("country"), QStringLiteral("must be an ISO 3166-1 alpha-2 code")}}));
    const QString country = v.toString().toUpper();
    auto db = m_database.acquire();
    return runInTransaction<CartView>(*db, [&](PgConnection &c) -> PgExpected<CartView> {
        auto locked = pricedCart(c, id, caller, at, m_rules, true);
        if (!locked)
            return std::unexpected(locked.error());
        auto updated = c.exec("UPDATE carts SET country = $2 WHERE id = $1", {id.toUtf8(), country.toUtf8()});
        if (!updated)
            return std::unexpected(updated.error());
        return pricedCart(c, id, caller, at, m_rules, false);
    });
}

Domain::Result<CartView> CartService::claim(const QString &id, qint64 userId, const QDateTime &at)
{
    auto db = m_database.acquire();
    return runInTransaction<CartView>(*db, [&](PgConnection &c) -> PgExpected<CartView> {
        // The guest cart is looked at as its owner would: an open cart of nobody's, or already the caller's.
        auto guest = pricedCart(c, id, userId, at, m_rules, true);
        if (!guest)
            return std::unexpected(guest.error());
        if (guest->userId)
            return guest;
        const QByteArray user = QByteArray::number(userId);
        auto own = c.exec("SELECT id FROM carts WHERE user_id = $1 AND status = 'open' FOR UPDATE", {user});
        if (!own)
            return std::unexpected(own.error());
        if (own->rows() == 0) {
            auto taken = c.exec("UPDATE carts SET user_id = $2 WHERE id = $1", {id.toUtf8(), user});
            if (!taken)
                return std::unexpected(taken.error());
            return pricedCart(c, id, userId, at, m_rules, false);
        }
        const QString target = own->text(0, 0);
        // Lines of one SKU add up, capped at the per-line limit; new SKUs join in the guest cart's order.
        auto merged = c.exec("INSERT INTO cart_lines (cart_id, sku, quantity) "
                             "SELECT $2, sku, quantity FROM cart_lines WHERE cart_id = $1 ORDER BY id "
                             "ON CONFLICT (cart_id, lower(sku)) DO UPDATE SET quantity = least($3, cart_lines.quantity + "
                             "EXCLUDED.quantity)",
                             {id.toUtf8(), target.toUtf8(), QByteArray::number(Domain::CartLimits::maxQuantity)});
        if (!merged)
            return std::unexpected(merged.error());
        auto closed = c.exec("UPDATE carts SET status = 'merged', merged_into = $2 WHERE id = $1", {id.toUtf8(), target.toUtf8()});
        if (!closed)
            return std::unexpected(closed.error());
        if (auto t = touch(c, target); !t)
            return std::unexpected(t.error());
        auto result = pricedCart(c, target, userId, at, m_rules, false);
        if (!result)
            return std::unexpected(result.error());
        return result;
    });
}

} // namespace Backroom::Server
