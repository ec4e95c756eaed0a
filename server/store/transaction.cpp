// SPDX-License-Identifier: MIT
#include "server/store/transaction.h"

namespace Backroom::Server {

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

PgExpected<void> Transaction::begin(QByteArrayView isolation)
{
    // Isolation levels come from a fixed set of the caller's constants, never from input.
    Q_ASSERT(isolation == "READ COMMITTED" || isolation == "REPEATABLE READ" || isolation == "SERIALIZABLE");
    if (m_connection.handle() && PQtransactionStatus(m_connection.handle()) != PQTRANS_IDLE) {
        // The outer transaction's isolation level holds for the whole unit.
        m_savepoint = "backroom_nested_" + QByteArray::number(quintptr(this), 16);
        auto r = m_connection.execScript("SAVEPOINT " + m_savepoint);
        if (r)
            m_open = true;
        return r;
    }
    auto r = m_connection.execScript("BEGIN ISOLATION LEVEL " + isolation.toByteArray());
    if (r)
        m_open = true;
    return r;
}

PgExpected<void> Transaction::commit()
{
    auto r = m_connection.execScript(isNested() ? "RELEASE SAVEPOINT " + m_savepoint : QByteArray("COMMIT"));
    m_open = false;
    return r;
}

void Transaction::rollback()
{
    m_open = false;
    if (!m_connection.isConnected())
        return;
    if (isNested())
        (void)m_connection.execScript("ROLLBACK TO SAVEPOINT " + m_savepoint + "; RELEASE SAVEPOINT " + m_savepoint);
    else
        (void)m_connection.execScript("ROLLBACK");
}

} // namespace Backroom::Server
