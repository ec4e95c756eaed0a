// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace Backroom::Domain {

// An RFC 9457 problem detail, the one error shape the API speaks. Server and desktop share the codec so
// the desktop can show the same message the server meant.
struct Problem {
    QString type;   // stable URI-ish identifier, e.g. "https://backroom.dev/problems/validation"
    QString title;  // short, stable summary of the type
    int status = 0; // HTTP status code
    QString detail; // for a person: what went wrong and what to do
    QString instance;
    QString requestId;
    QList<FieldError> errors;

    QJsonObject toJson() const;
    QByteArray toBytes() const;
    // nullopt when the bytes are not a problem document
    static std::optional<Problem> fromJson(const QByteArray &bytes);

    // One sentence a person can act on, including field errors.
    QString userMessage() const;
};

QString problemTypeUri(const QString &slug);

} // namespace Backroom::Domain
