// SPDX-License-Identifier: MIT
#include "domain/email.h"

#include <QRegularExpression>

namespace Backroom::Domain {

Result<QString> parseEmail(const QString &text, const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    const QString email = text.trimmed();
    if (email.size() > 254 || !pattern.match(email).hasMatch() || email.startsWith(u'.')
        || email.contains(QStringLiteral("..")) || email.section(u'@', 0, 0).endsWith(u'.'))
        return fail(Error::validation(QStringLiteral("'%1' is not an email address.").arg(email.left(100)),
                                      {{field, QStringLiteral("must be an email address such as name@example.com")}}));
    return email;
}

} // namespace Backroom::Domain
