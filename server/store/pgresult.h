// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <libpq-fe.h>
#include <memory>

namespace Backroom::Server {

// Owns a PGresult. Values are text-format columns, read as views into libpq's memory.
class PgResult {
public:
    PgResult() = default;
    explicit PgResult(PGresult *result) : m_result(result, &PQclear) {}

    int rows() const { return m_result ? PQntuples(m_result.get()) : 0; }
    int columns() const { return m_result ? PQnfields(m_result.get()) : 0; }
    bool isNull(int row, int column) const { return PQgetisnull(m_result.get(), row, column) != 0; }
    QByteArrayView value(int row, int column) const
    {
        return {PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column)};
    }
    QString text(int row, int column) const { return QString::fromUtf8(value(row, column)); }
    qint64 toInt64(int row, int column) const { return value(row, column).toLongLong(); }
    // Rows affected by an INSERT/UPDATE/DELETE.
    qint64 affected() const { return QByteArrayView(PQcmdTuples(m_result.get())).toLongLong(); }
    PGresult *get() const { return m_result.get(); }

private:
    std::shared_ptr<PGresult> m_result;
};

} // namespace Backroom::Server
