// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "server/store/pgconnection.h"

#include <functional>

namespace Backroom::Server {

// A scoped transaction: rolls back unless commit() succeeded. Events collected during the unit are
// published by the caller only after commit.
class Transaction {
public:
    explicit Transaction(PgConnection &connection) : m_connection(connection) {}
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    PgExpected<void> begin(QByteArrayView isolation = "READ COMMITTED");
    PgExpected<void> commit();
    void rollback();

private:
    PgConnection &m_connection;
    bool m_open = false;
};

// Runs fn inside a transaction and commits it. A serialization failure or deadlock (40001/40P01) runs the
// whole unit again, up to maxAttempts; every other failure rolls back and is returned as a Domain::Error.
template<typename T>
Domain::Result<T> runInTransaction(PgConnection &connection, const std::function<PgExpected<T>(PgConnection &)> &fn,
                                   QByteArrayView isolation = "READ COMMITTED", int maxAttempts = 5);

} // namespace Backroom::Server

#include "server/store/transaction_impl.h"
