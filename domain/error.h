// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Backroom::Domain {

// The closed set of failure kinds every layer speaks. The HTTP boundary maps them to status codes;
// nothing below it knows about HTTP.
enum class ErrorCode {
    NotFound,
    Validation,
    InvalidTransition,
    Conflict,
    Stale, // the caller's copy is out of date (If-Match names an older version): re-read, then retry
    Unauthorized,
    Forbidden,
    Unavailable,
    Internal,
};

QString errorCodeName(ErrorCode code);

struct FieldError {
    QString field; // JSON pointer-ish path, e.g. "shipping_address.postcode"
    QString message;
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message; // for a person: what went wrong and what to do
    QList<FieldError> fields;

    static Error notFound(QString message) { return {ErrorCode::NotFound, std::move(message), {}}; }
    static Error validation(QString message, QList<FieldError> fields = {})
    {
        return {ErrorCode::Validation, std::move(message), std::move(fields)};
    }
    static Error conflict(QString message) { return {ErrorCode::Conflict, std::move(message), {}}; }
    static Error stale(QString message) { return {ErrorCode::Stale, std::move(message), {}}; }
    static Error unavailable(QString message) { return {ErrorCode::Unavailable, std::move(message), {}}; }
    static Error internal(QString message) { return {ErrorCode::Internal, std::move(message), {}}; }
};

} // namespace Backroom::Domain
