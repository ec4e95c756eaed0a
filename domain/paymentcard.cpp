// SPDX-License-Identifier: MIT
#include "domain/paymentcard.h"

namespace Backroom::Domain {

bool luhnValid(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits[i];
        if (c < u'0' || c > u'9')
            return false;
        int d = c.unicode() - u'0';
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

Result<QString> normalizedCardNumber(const QString &input, const QString &field)
{
    QString digits;
    digits.reserve(input.size());
    for (const QChar c : input) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (c != u' ' && c != u'-')
            return fail(Error::validation(QStringLiteral("The card number may hold only digits, spaces and dashes; "
                                                         "check what was typed."),
                                          {{field, QStringLiteral("only digits, spaces and dashes")}}));
    }
    if (digits.size() < 12 || digits.size() > 19)
        return fail(Error::validation(QStringLiteral("A card number has 12 to 19 digits; check the number on the card."),
                                      {{field, QStringLiteral("12 to 19 digits")}}));
    if (!luhnValid(digits))
        return fail(Error::validation(QStringLiteral("This is not a valid card number (its check digit does not "
                                                     "match); check it for a typing mistake."),
                                      {{field, QStringLiteral("fails the card number check (Luhn)")}}));
    return digits;
}

QString cardLast4(QStringView digits)
{
    return digits.right(4).toString();
}

} // namespace Backroom::Domain
