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
    auto r = m_connection.execScript("BEGIN ISOLATION LEVEL " + isolation.toByteArray());
    if (r)
        m_open = true;
    return r;
}

PgExpected<void> Transaction::commit()
{
    auto r = m_connection.execScript("COMMIT");
    m_open = false;
    return r;
}

void Transaction::rollback()
{
    m_open = false;
    if (m_connection.isConnected())
        (void)m_connection.execScript("ROLLBACK");
}

} // namespace Backroom::Server
