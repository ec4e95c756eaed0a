// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <optional>

namespace Backroom::Domain {

// The GS1 trade item numbers a variant's barcode may carry, named by their digit count.
enum class GtinKind {
    Ean8 = 8,
    UpcA = 12,
    Ean13 = 13,
    Gtin14 = 14,
};

QString gtinKindName(GtinKind kind); // "EAN-8", "UPC-A", "EAN-13", "GTIN-14"
std::optional<GtinKind> gtinKindOfLength(qsizetype digits);

// The GS1 mod-10 check digit for the digits before it (weights 3,1,3,… from the right); -1 when body
// is empty or holds anything but ASCII digits.
int gtinCheckDigit(QStringView body);

// A barcode as typed or scanned: surrounding spaces trimmed, then 8, 12, 13 or 14 ASCII digits whose last
// digit is the check digit. Returns the digits. Validation error on field saying what is wrong: a
// non-digit, a length no GTIN has, or which check digit was expected.
Result<QString> parseGtin(QStringView text, const QString &field = QStringLiteral("barcode"));

// The same item number as 14 digits (zeros on the left), so a UPC-A and the EAN-13 it is part of compare
// equal: 036000291452 and 0036000291452 name one item. Expects a valid GTIN.
QString gtin14(const QString &gtin);

} // namespace Backroom::Domain
