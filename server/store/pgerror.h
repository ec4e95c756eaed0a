// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"

#include <QByteArray>

#include <expected>

namespace Backroom::Server {

// A database failure as the store reports it: the SQLSTATE is kept so the unit-of-work runner can decide
// whether to retry; everything above the store sees only the Domain::Error.
struct PgError {
    QByteArray sqlstate; // empty when the failure was not reported by the server (connection lost)
    QString serverMessage;
    Domain::Error error;

    // A refusal of the caller's own inside a transaction (not found, stale, …): rolls the unit back and
    // reaches the caller of runInTransaction as this error.
    static PgError refusal(Domain::Error error) { return PgError{{}, {}, std::move(error)}; }

    bool isRetryable() const;      // serialization failure or deadlock: run the whole unit again
    bool isConnectionLost() const; // the session must reconnect
};

// PgError::refusal as the failure of a PgExpected: `return refuse(Error::notFound(…));`.
inline std::unexpected<PgError> refuse(Domain::Error error)
{
    return std::unexpected(PgError::refusal(std::move(error)));
}

// The one place SQLSTATEs become error codes.
PgError mapPgError(const QByteArray &sqlstate, const QString &serverMessage, bool connectionBad);

} // namespace Backroom::Server
