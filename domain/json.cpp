// SPDX-License-Identifier: MIT
#include "domain/json.h"

#include <QJsonParseError>

namespace Backroom::Domain::Json {

int nestingDepth(QByteArrayView bytes, int stopAbove)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"': inString = true; break;
        case '[':
        case '{':
            if (++depth > deepest) {
                deepest = depth;
                if (deepest > stopAbove)
                    return deepest;
            }
            break;
        case ']':
        case '}':
            if (--depth < 0)
                return -1;
            break;
        default: break;
        }
    }
    return deepest;
}

Result<QJsonDocument> parse(QByteArrayView bytes, ParseLimits limits)
{
    if (bytes.size() > limits.maxBytes)
        return fail(Error::validation(QStringLiteral("The JSON body is larger than %1 bytes.").arg(limits.maxBytes)));
    if (bytes.trimmed().isEmpty())
        return fail(Error::validation(QStringLiteral("The request body is empty; send a JSON document.")));
    const int depth = nestingDepth(bytes, limits.maxDepth);
    if (depth > limits.maxDepth)
        return fail(Error::validation(
            QStringLiteral("The JSON body is nested deeper than %1 levels; flatten it.").arg(limits.maxDepth)));
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(Error::validation(QStringLiteral("The body is not valid JSON: %1 at byte %2.")
                                          .arg(error.errorString())
                                          .arg(error.offset)));
    return doc;
}

} // namespace Backroom::Domain::Json
