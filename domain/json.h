// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonObject>

namespace Backroom::Domain::Json {

struct ParseLimits {
    int maxDepth = 32;
    qsizetype maxBytes = 1024 * 1024;
};

// Decodes an untrusted JSON document. Refuses (Validation, with a message naming the problem and its byte
// offset) anything that is not UTF-8 JSON, is nested deeper than the limit, or is larger than allowed.
// The depth is checked before Qt's parser sees the text, so a hostile document cannot make it recurse.
Result<QJsonDocument> parse(QByteArrayView bytes, ParseLimits limits = {});

// Refuses (Validation, one field error per member) members of a write body that are not in allowed: an
// unknown field is a mistake or an attempt to set what the caller may not, never something to ignore.
Status allowOnly(const QJsonObject &body, std::initializer_list<QStringView> allowed);

// A required string member, trimmed; Validation error naming the field when missing, not a string, empty,
// or longer than maxLength characters.
Result<QString> requiredString(const QJsonObject &body, QStringView field, qsizetype maxLength);

// Depth of the deepest array/object nesting, ignoring brackets inside strings; -1 when the nesting is
// unbalanced in a way that makes the text certainly invalid.
int nestingDepth(QByteArrayView bytes, int stopAbove);

} // namespace Backroom::Domain::Json
