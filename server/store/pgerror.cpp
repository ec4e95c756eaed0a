// SPDX-License-Identifier: MIT
#include "server/store/pgerror.h"

namespace Backroom::Server {

using Domain::Error;
using Domain::ErrorCode;

bool PgError::isRetryable() const
{
    return sqlstate == "40001" || sqlstate == "40P01";
}

bool PgError::isConnectionLost() const
{
    return error.code == ErrorCode::Unavailable;
}

PgError mapPgError(const QByteArray &sqlstate, const QString &serverMessage, bool connectionBad)
{
    PgError e{sqlstate, serverMessage, {}};
    // Class 08 (connection exception), 57P01-57P03 (shutdown, crash, cannot connect now), 53300 (too many
    // connections) are the database being away, not the request being wrong.
    if (connectionBad || sqlstate.startsWith("08") || sqlstate == "57P01" || sqlstate == "57P02"
        || sqlstate == "57P03" || sqlstate == "53300") {
        e.error = Error::unavailable(
            QStringLiteral("The database is not reachable right now; try again in a moment."));
    } else if (sqlstate == "23505") {
        e.error = Error::conflict(QStringLiteral("This would create a duplicate of something that already exists."));
    } else if (sqlstate == "23503") {
        e.error = Error::conflict(QStringLiteral("This refers to something that does not exist or is still in use."));
    } else if (sqlstate == "23514" || sqlstate == "23502" || sqlstate == "22P02" || sqlstate == "22003") {
        e.error = Error::validation(QStringLiteral("A value is outside what is allowed."));
    } else if (sqlstate == "40001" || sqlstate == "40P01") {
        e.error = Error::conflict(QStringLiteral("The change collided with another one; try again."));
    } else if (sqlstate == "57014") {
        e.error = Error::unavailable(QStringLiteral("The database took too long to answer; try again."));
    } else {
        e.error = Error::internal(QStringLiteral("The database reported an unexpected error."));
    }
    return e;
}

} // namespace Backroom::Server
