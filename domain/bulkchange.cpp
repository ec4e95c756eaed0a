// SPDX-License-Identifier: MIT
#include "domain/bulkchange.h"

#include <QJsonArray>
#include <QSet>
#include <cmath>

namespace Backroom::Domain {

namespace {
void refuseUnknown(const QJsonObject &object, const QString &prefix, std::initializer_list<QStringView> allowed,
                   QList<FieldError> &errors)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
            errors.append({prefix + it.key(), QStringLiteral("is not a field you can set here")});
    }
}

std::optional<qint64> positiveId(const QJsonValue &value)
{
    bool ok = false;
    const qint64 id = value.toString().toLongLong(&ok);
    return value.isString() && ok && id > 0 ? std::optional(id) : std::nullopt;
}

void readSelection(const QJsonValue &value, QStringView shopCurrency, BulkSelection &selection, QList<FieldError> &errors)
{
    const QString field = QStringLiteral("selection");
    if (!value.isObject()) {
        errors.append({field, QStringLiteral("is required: {\"ids\": [...]} or {\"filter\": {...}}")});
        return;
    }
    const QJsonObject o = value.toObject();
    refuseUnknown(o, field + u'.', {u"ids", u"filter"}, errors);
    if (o.contains(QStringLiteral("ids")) == o.contains(QStringLiteral("filter"))) {
        errors.append({field, QStringLiteral("must have either ids or filter")});
        return;
    }
    if (o.contains(QStringLiteral("ids"))) {
        const QJsonValue ids = o.value(QStringLiteral("ids"));
        const QJsonArray list = ids.toArray();
        if (!ids.isArray() || list.isEmpty() || list.size() > BulkSelection::maxIds) {
            errors.append({field + QStringLiteral(".ids"),
                           QStringLiteral("must be an array of 1 to %1 product ids").arg(BulkSelection::maxIds)});
            return;
        }
        QSet<qint64> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const auto id = positiveId(list[i]);
            if (!id)
                errors.append({QStringLiteral("selection.ids[%1]").arg(i), QStringLiteral("must be a product id")});
            else if (!seen.contains(*id)) {
                seen.insert(*id);
                selection.ids.append(*id);
            }
        }
        return;
    }
    selection.byFilter = true;
    const QJsonValue filter = o.value(QStringLiteral("filter"));
    if (!filter.isObject()) {
        errors.append({field + QStringLiteral(".filter"),
                       QStringLiteral("must be an object with q, status, category, price_range")});
        return;
    }
    const QJsonObject f = filter.toObject();
    refuseUnknown(f, QStringLiteral("selection.filter."), {u"q", u"status", u"category", u"price_range"}, errors);
    const QJsonValue q = f.value(QStringLiteral("q"));
    if (!q.isUndefined() && !q.isNull() && !q.isString())
        errors.append({QStringLiteral("selection.filter.q"), QStringLiteral("must be text")});
    else
        selection.text = q.toString().left(200);
    const QJsonValue status = f.value(QStringLiteral("status"));
    if (!status.isUndefined() && !status.isNull() && !(status.isString() && status.toString().isEmpty())) {
        selection.status = productStatusFromName(status.toString());
        if (!status.isString() || !selection.status)
            errors.append({QStringLiteral("selection.filter.status"), QStringLiteral("must be draft, active or archived")});
    }
    const QJsonValue category = f.value(QStringLiteral("category"));
    if (!category.isUndefined() && !category.isNull() && !(category.isString() && category.toString().isEmpty())) {
        selection.categoryId = positiveId(category);
        if (!selection.categoryId)
            errors.append({QStringLiteral("selection.filter.category"), QStringLiteral("must be a category id")});
    }
    const QJsonValue range = f.value(QStringLiteral("price_range"));
    if (range.isUndefined() || range.isNull() || (range.isString() && range.toString().isEmpty()))
        return;
    const QString rangeField = QStringLiteral("selection.filter.price_range");
    if (!range.isString()) {
        errors.append({rangeField, QStringLiteral("must be text such as \"10-50\"")});
        return;
    }
    if (auto parsed = parsePriceRange(range.toString(), shopCurrency, rangeField)) {
        selection.price = *parsed;
        selection.priceCurrency = shopCurrency.toString();
    }
    else
        errors += parsed.error().fields;
}

void readPrice(const QJsonValue &value, BulkChange &change, QList<FieldError> &errors)
{
    const QString field = QStringLiteral("change.price");
    const QJsonObject o = value.toObject();
    if (!value.isObject() || o.size() != 1) {
        errors.append({field, QStringLiteral("must be one of {\"set\": price}, {\"percent\": n} or {\"amount\": price}")});
        return;
    }
    refuseUnknown(o, field + u'.', {u"set", u"percent", u"amount"}, errors);
    BulkPriceChange price;
    if (o.contains(QStringLiteral("percent"))) {
        const QJsonValue percent = o.value(QStringLiteral("percent"));
        const double hundredths = percent.toDouble() * 100.0;
        const qint64 basisPoints = std::llround(hundredths);
        if (!percent.isDouble() || std::abs(hundredths - double(basisPoints)) > 1e-6 || basisPoints < -10000
            || basisPoints > 1000000 || basisPoints == 0) {
            errors.append({field + QStringLiteral(".percent"),
                           QStringLiteral("must be a non-zero number from -100 to 10000 with at most two decimals")});
            return;
        }
        price.kind = BulkPriceChange::Kind::Percent;
        price.basisPoints = basisPoints;
    } else if (o.contains(QStringLiteral("set"))) {
        auto money = moneyFromJson(o.value(QStringLiteral("set")), field + QStringLiteral(".set"), AmountRule::NonNegative);
        if (!money) {
            errors.append(money.error().fields);
            return;
        }
        price.money = *money;
    } else if (o.contains(QStringLiteral("amount"))) {
        auto money = moneyFromJson(o.value(QStringLiteral("amount")), field + QStringLiteral(".amount"), AmountRule::Any);
        if (!money) {
            errors.append(money.error().fields);
            return;
        }
        if (money->amount == 0) {
            errors.append({field + QStringLiteral(".amount.amount"), QStringLiteral("must not be 0")});
            return;
        }
        price.kind = BulkPriceChange::Kind::Amount;
        price.money = *money;
    } else {
        return; // the unknown member is already reported
    }
    change.price = price;
}

void readChange(const QJsonValue &value, BulkChange &change, QList<FieldError> &errors)
{
    const QString field = QStringLiteral("change");
    if (!value.isObject()) {
        errors.append({field, QStringLiteral("is required: an object with price, status and/or category")});
        return;
    }
    const QJsonObject o = value.toObject();
    refuseUnknown(o, field + u'.', {u"price", u"status", u"category"}, errors);
    if (!o.contains(QStringLiteral("price")) && !o.contains(QStringLiteral("status"))
        && !o.contains(QStringLiteral("category"))) {
        errors.append({field, QStringLiteral("must change at least one of price, status, category")});
        return;
    }
    if (o.contains(QStringLiteral("price")))
        readPrice(o.value(QStringLiteral("price")), change, errors);
    if (o.contains(QStringLiteral("status"))) {
        change.status = productStatusFromName(o.value(QStringLiteral("status")).toString());
        if (!o.value(QStringLiteral("status")).isString() || !change.status)
            errors.append({QStringLiteral("change.status"), QStringLiteral("must be draft, active or archived")});
    }
    if (o.contains(QStringLiteral("category"))) {
        const QJsonValue category = o.value(QStringLiteral("category"));
        if (category.isNull())
            change.categoryId = QString();
        else if (const auto id = positiveId(category))
            change.categoryId = QString::number(*id);
        else
            errors.append({QStringLiteral("change.category"), QStringLiteral("must be a category id or null")});
    }
}

Result<Money> changedPrice(const Money &price, const BulkPriceChange &change, const QString &field)
{
    if (change.kind == BulkPriceChange::Kind::Percent) {
        auto adjusted = adjustByBasisPoints(price, change.basisPoints);
        if (!adjusted)
            return fail(Error::validation(adjusted.error().message, {{field, adjusted.error().message}}));
        return adjusted;
    }
    if (change.money.currency != price.currency)
        return fail(Error::validation(
            QStringLiteral("The price change is in another currency."),
            {{field, QStringLiteral("is in %1; the change is in %2").arg(price.currency, change.money.currency)}}));
    if (change.kind == BulkPriceChange::Kind::Set)
        return change.money;
    auto sum = add(price, change.money);
    if (!sum)
        return fail(Error::validation(sum.error().message, {{field, sum.error().message}}));
    if (sum->amount < 0)
        return fail(Error::validation(QStringLiteral("A price would become negative."),
                                      {{field, QStringLiteral("would become %1 %2, below zero")
                                                   .arg(formatMajorUnits(*sum), sum->currency)}}));
    return sum;
}
} // namespace

Result<BulkRequest> bulkRequestFromJson(const QJsonObject &body, QStringView shopCurrency)
{
    BulkRequest request;
    QList<FieldError> errors;
    refuseUnknown(body, {}, {u"selection", u"change", u"dry_run"}, errors);
    readSelection(body.value(QStringLiteral("selection")), shopCurrency, request.selection, errors);
    readChange(body.value(QStringLiteral("change")), request.change, errors);
    const QJsonValue dryRun = body.value(QStringLiteral("dry_run"));
    if (!dryRun.isUndefined() && !dryRun.isBool())
        errors.append({QStringLiteral("dry_run"), QStringLiteral("must be true or false")});
    request.dryRun = dryRun.toBool(false);
    if (!errors.isEmpty())
        return fail(Error::validation(QStringLiteral("The bulk change is not valid; correct the fields named."), errors));
    return request;
}

Result<Product> applyBulkChange(const Product &current, const BulkChange &change)
{
    Product next = current;
    QList<FieldError> errors;
    if (change.price) {
        for (qsizetype i = 0; i < next.variants.size(); ++i) {
            const QString field = QStringLiteral("variants[%1].price").arg(i);
            auto price = changedPrice(next.variants[i].price, *change.price, field);
            if (price)
                next.variants[i].price = *price;
            else
                errors.append(price.error().fields);
        }
    }
    if (change.status)
        next.status = *change.status;
    if (change.categoryId)
        next.primaryCategoryId = *change.categoryId;
    if (!errors.isEmpty())
        return fail(Error::validation(QStringLiteral("The change would break a rule of this product."), errors));
    if (auto valid = validateProduct(next); !valid)
        return fail(valid.error());
    if (auto allowed = checkStatusTransition(current.status, next.status); !allowed)
        return fail(allowed.error());
    return next;
}

} // namespace Backroom::Domain
