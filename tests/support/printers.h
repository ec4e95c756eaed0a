// SPDX-License-Identifier: MIT
#pragma once

// googletest printers for Qt and domain types, so failures show values instead of bytes.

#include "domain/error.h"

#include <QByteArray>
#include <QString>
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
} // namespace Backroom::Domain
