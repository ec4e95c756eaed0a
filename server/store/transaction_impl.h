// SPDX-License-Identifier: MIT
#pragma once

namespace Backroom::Server {

template<typename T>
Domain::Result<T> runInTransaction(PgConnection &connection, const std::function<PgExpected<T>(PgConnection &)> &fn,
                                   QByteArrayView isolation, int maxAttempts)
{
    PgError last;
    for (int attempt = 1; attempt <= maxAttempts; ++attempt) {
        Transaction tx(connection);
        if (auto begun = tx.begin(isolation); !begun) {
            last = begun.error();
            if (last.isRetryable())
                continue;
            return Domain::fail(last.error);
        }
        PgExpected<T> result = fn(connection);
        if (!result) {
            last = result.error();
            // A serialization failure or deadlock dooms the outer transaction too: only it can run again.
            if (last.isRetryable() && !tx.isNested())
                continue;
            return Domain::fail(last.error);
        }
        if (auto committed = tx.commit(); !committed) {
            last = committed.error();
            if (last.isRetryable())
                continue;
            return Domain::fail(last.error);
        }
        if constexpr (std::is_void_v<T>)
            return {};
        else
            return std::move(*result);
    }
    return Domain::fail(last.error);
}

} // namespace Backroom::Server
