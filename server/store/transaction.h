// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "server/store/pgconnection.h"

#include <functional>

namespace Backroom::Server {

// A scoped transaction: rolls back unless commit() succeeded. Events collected during the unit are
// published by the caller only after commit. Begun while the connection is already inside a transaction
// it is a savepoint instead, so a service that runs its own unit can be called from inside another one and
// commits or rolls back with it (a plain BEGIN there would be ignored and its COMMIT would end the outer).
// The BEGIN waits in the connection's queue (PgConnection::queue) and goes out with the unit's first
// statement, the COMMIT with what execLater() left waiting: a round trip less at each end of every unit.
class Transaction {
public:
    explicit Transaction(PgConnection &connection) : m_connection(connection) {}
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    PgExpected<void> begin(QByteArrayView isolation = "READ COMMITTED");
    PgExpected<void> commit();
    void rollback();
    bool isNested() const { return !m_savepoint.isEmpty(); }

private:
    PgConnection &m_connection;
    bool m_open = false;
    QByteArray m_savepoint; // set when nested
    quint64 m_start = 0;    // the position of its BEGIN or SAVEPOINT in the connection's queue
};

// Runs fn inside a transaction and commits it. A serialization failure or deadlock (40001/40P01) runs the
// whole unit again, up to maxAttempts; every other failure rolls back and is returned as a Domain::Error.
template<typename T>
Domain::Result<T> runInTransaction(PgConnection &connection, const std::function<PgExpected<T>(PgConnection &)> &fn,
                                   QByteArrayView isolation = "READ COMMITTED", int maxAttempts = 5);

} // namespace Backroom::Server

#include "server/store/transaction_impl.h"
