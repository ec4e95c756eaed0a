// SPDX-License-Identifier: MIT
#include "domain/error.h"

namespace Backroom::Domain {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::Validation: return QStringLiteral("validation");
    case ErrorCode::InvalidTransition: return QStringLiteral("invalid-transition");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::Stale: return QStringLiteral("stale");
    case ErrorCode::Unauthorized: return QStringLiteral("unauthorized");
    case ErrorCode::Forbidden: return QStringLiteral("forbidden");
    case ErrorCode::Unavailable: return QStringLiteral("unavailable");
    case ErrorCode::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace Backroom::Domain
