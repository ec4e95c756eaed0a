// SPDX-License-Identifier: MIT
#include "domain/barcode.h"

namespace Backroom::Domain {

QString gtinKindName(GtinKind kind)
{
    switch (kind) {
    case GtinKind::Ean8: return QStringLiteral("EAN-8");
    case GtinKind::UpcA: return QStringLiteral("UPC-A");
    case GtinKind::Ean13: return QStringLiteral("EAN-13");
    case GtinKind::Gtin14: return QStringLiteral("GTIN-14");
    }
    return {};
}

std::optional<GtinKind> gtinKindOfLength(qsizetype digits)
{
    switch (digits) {
    case 8: return GtinKind::Ean8;
    case 12: return GtinKind::UpcA;
    case 13: return GtinKind::Ean13;
    case 14: return GtinKind::Gtin14;
    default: return std::nullopt;
    }
}

int gtinCheckDigit(QStringView body)
{
    if (body.isEmpty())
        return -1;
    int sum = 0;
    int weight = 3; // the digit next to the check digit weighs 3, whatever the length
    for (qsizetype i = body.size() - 1; i >= 0; --i) {
        const QChar c = body[i];
        if (c < u'0' || c > u'9')
            return -1;
        sum += (c.unicode() - u'0') * weight;
        weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
}

Result<QString> parseGtin(QStringView text, const QString &field)
{
    const auto refuse = [&](const QString &why) {
        return fail(Error::validation(QStringLiteral("The barcode is not valid: %1.").arg(why), {{field, why}}));
    };
    const QStringView digits = text.trimmed();
    if (digits.isEmpty())
        return refuse(QStringLiteral("is empty; give an EAN-8, UPC-A, EAN-13 or GTIN-14 number, or leave it out"));
    // ASCII only: QChar::isDigit would let Arabic-Indic or full-width digits through.
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (digits[i] < u'0' || digits[i] > u'9') {
            const qsizetype width = digits[i].isHighSurrogate() && i + 1 < digits.size() ? 2 : 1;
            return refuse(QStringLiteral("must contain digits only; character %1 is \"%2\"")
                              .arg(QString::number(i + 1), digits.sliced(i, width).toString()));
        }
    }
    const auto kind = gtinKindOfLength(digits.size());
    if (!kind)
        return refuse(QStringLiteral("has %1 digits; an EAN-8 has 8, a UPC-A 12, an EAN-13 13 and a GTIN-14 14")
                          .arg(digits.size()));
    const int expected = gtinCheckDigit(digits.first(digits.size() - 1));
    const int given = digits.last().unicode() - u'0';
    if (expected != given)
        return refuse(QStringLiteral("the check digit of this %1 should be %2, not %3; the number was probably "
                                     "mistyped or misread")
                          .arg(gtinKindName(*kind), QString::number(expected), QString::number(given)));
    return digits.toString();
}

QString gtin14(const QString &gtin)
{
    return gtin.size() >= 14 ? gtin : QString(14 - gtin.size(), u'0') + gtin;
}

} // namespace Backroom::Domain
