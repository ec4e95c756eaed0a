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
    // Nothing is sent yet: the BEGIN (or SAVEPOINT) goes out with the unit's first statement.
    if (m_connection.inTransaction()) {
        // The outer transaction's isolation level holds for the whole unit.
        m_savepoint = "backroom_nested_" + QByteArray::number(quintptr(this), 16);
        m_start = m_connection.queue("SAVEPOINT " + m_savepoint);
    } else {
        m_start =
            m_connection.queue("BEGIN ISOLATION LEVEL " + isolation.toByteArray(), PgConnection::Opens::Transaction);
    }
    m_open = true;
    return {};
}

PgExpected<void> Transaction::commit()
{
    if (isNested()) {
        // Goes out with the outer unit's next statement; a failure there fails the outer unit.
        m_connection.queue("RELEASE SAVEPOINT " + m_savepoint);
        m_open = false;
        return {};
    }
    if (m_connection.onlyQueued(m_start)) { // the unit ran no statement: there is nothing to commit
        m_connection.dropQueuedFrom(m_start);
        m_open = false;
        return {};
    }
    m_connection.queue("COMMIT");
    auto r = m_connection.flush();
    if (!r)
        // A statement that waited for the COMMIT failed, so the COMMIT did not run: the transaction is
        // still open, failed, on the server.
        rollback();
    m_open = false;
    return r;
}

void Transaction::rollback()
{
    m_open = false;
    const bool started = m_connection.sent(m_start);
    m_connection.dropQueuedFrom(m_start); // statements of the unit still waiting never go out
    if (!started || !m_connection.isConnected() || !m_connection.inTransaction())
        return; // nothing went out, or the server already ended it (a COMMIT that failed)
    if (isNested())
        (void)m_connection.execScript("ROLLBACK TO SAVEPOINT " + m_savepoint + "; RELEASE SAVEPOINT " + m_savepoint);
    else
        (void)m_connection.execScript("ROLLBACK");
}

} // namespace Backroom::Server
