// SPDX-License-Identifier: MIT
#pragma once

// googletest printers for Qt and domain types, so failures show values instead of bytes.

#include "domain/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <ostream>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QByteArray &b, std::ostream *os)
{
    *os << '"' << b.toStdString() << '"';
}
QT_END_NAMESPACE

namespace Backroom::Domain {
inline void PrintTo(const Error &e, std::ostream *os)
{
    *os << errorCodeName(e.code).toStdString() << ": " << e.message.toStdString();
}

// The fields a validation error names, in order: what tests compare.
inline QStringList fieldsOf(const Error &e)
{
    QStringList fields;
    for (const FieldError &f : e.fields)
        fields.append(f.field);
    return fields;
}
} // namespace Backroom::Domain
