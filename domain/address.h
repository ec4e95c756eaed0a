// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QJsonObject>

namespace Backroom::Domain {

// A postal address of a customer's address book, as a shop ships to it.
struct Address {
    QString label; // "Home", "Office"; may be empty
    QString name;  // the recipient
    QString line1;
    QString line2;
    QString city;
    QString region;
    QString postalCode;
    QString country; // ISO 3166-1 alpha-2, upper case
    QString phone;
    bool isDefault = false;

    // The JSON members, snake_case, as the API shows them.
    QJsonObject toJson() const;
    friend bool operator==(const Address &, const Address &) = default;
};

// A whole address from a create body: name, line1, city and country are required, the rest optional.
// Every problem is reported at once, one field error each; unknown members are refused.
Result<Address> addressFromJson(const QJsonObject &body);

// The address with a partial update applied: members present replace the value (an optional one may be
// set to "" to clear it), members absent keep it. Same checks as addressFromJson.
Result<Address> patchAddress(Address address, const QJsonObject &patch);

} // namespace Backroom::Domain
