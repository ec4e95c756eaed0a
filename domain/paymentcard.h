// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QString>

namespace Backroom::Domain {

// Card numbers: checked, then reduced to what may be kept (the last four digits). The full number never
// goes into an error message, a log line or the database.

// Whether digits (only 0-9) pass the Luhn check.
bool luhnValid(QStringView digits);

// A card number as a customer types it: digits, with spaces or dashes between groups allowed. Returns the
// bare digits, or a Validation error naming `field` when it is not 12 to 19 digits or fails the Luhn check.
Result<QString> normalizedCardNumber(const QString &input, const QString &field = QStringLiteral("card_number"));

// The last four digits of a normalized number (fewer if it is shorter).
QString cardLast4(QStringView digits);

} // namespace Backroom::Domain
