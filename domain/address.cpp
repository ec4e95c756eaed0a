// SPDX-License-Identifier: MIT
#include "domain/address.h"

#include "domain/json.h"

#include <QRegularExpression>

namespace Backroom::Domain {

namespace {
struct Member {
    QStringView name;
    QString Address::*field;
    qsizetype maxLength;
    bool required;
};

// The one list of address members: order is the order errors are reported in.
constexpr std::array<Member, 9> members{{
    {u"label", &Address::label, 100, false},
    {u"name", &Address::name, 200, true},
    {u"line1", &Address::line1, 200, true},
    {u"line2", &Address::line2, 200, false},
    {u"city", &Address::city, 100, true},
    {u"region", &Address::region, 100, false},
    {u"postal_code", &Address::postalCode, 20, false},
    {u"country", &Address::country, 2, true},
    {u"phone", &Address::phone, 40, false},
}};

Status checkAllowed(const QJsonObject &body)
{
    return Json::allowOnly(body, {u"label", u"name", u"line1", u"line2", u"city", u"region", u"postal_code",
                                  u"country", u"phone", u"is_default"});
}

// Applies the members present in body onto address, collecting every problem.
Result<Address> apply(Address address, const QJsonObject &body)
{
    QList<FieldError> errors;
    for (const Member &m : members) {
        const QString key = m.name.toString();
        if (!body.contains(key))
            continue;
        const QJsonValue value = body.value(key);
        if (!value.isString()) {
            errors.append({key, QStringLiteral("must be a string")});
            continue;
        }
        QString text = value.toString().trimmed();
        if (m.field == &Address::country)
            text = text.toUpper();
        if (text.size() > m.maxLength)
            errors.append({key, QStringLiteral("must be at most %1 characters").arg(m.maxLength)});
        else
            address.*m.field = text;
    }
    if (body.contains(QStringLiteral("is_default"))) {
        if (body.value(QStringLiteral("is_default")).isBool())
            address.isDefault = body.value(QStringLiteral("is_default")).toBool();
        else
            errors.append({QStringLiteral("is_default"), QStringLiteral("must be true or false")});
    }
    for (const Member &m : members) {
        const QString key = m.name.toString();
        if (m.required && (address.*m.field).isEmpty()
            && std::none_of(errors.cbegin(), errors.cend(), [&](const FieldError &e) { return e.field == key; }))
            errors.append({key, QStringLiteral("is required")});
    }
    static const QRegularExpression countryCode(QStringLiteral("^[A-Z]{2}$"));
    if (!address.country.isEmpty() && !countryCode.match(address.country).hasMatch())
        errors.append({QStringLiteral("country"), QStringLiteral("must be a two-letter ISO 3166 code, e.g. DE or GB")});
    if (!errors.isEmpty())
        return fail(Error::validation(QStringLiteral("The address is not complete or not valid; correct the fields "
                                                     "named."),
                                      errors));
    return address;
}
} // namespace

QJsonObject Address::toJson() const
{
    QJsonObject json;
    for (const Member &m : members)
        json.insert(m.name.toString(), this->*m.field);
    json.insert(QStringLiteral("is_default"), isDefault);
    return json;
}

Result<Address> addressFromJson(const QJsonObject &body)
{
    if (auto ok = checkAllowed(body); !ok)
        return fail(ok.error());
    return apply(Address{}, body);
}

Result<Address> patchAddress(Address address, const QJsonObject &patch)
{
    if (auto ok = checkAllowed(patch); !ok)
        return fail(ok.error());
    return apply(std::move(address), patch);
}

} // namespace Backroom::Domain
