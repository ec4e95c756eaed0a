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

namespace {
// Qt's parser is lenient where strict JSON is not, and silently drops a U+FEFF inside keys only after it has
// de-duplicated them, so two parsers could read one body differently. Anything of that kind is refused
// here: a byte-order mark anywhere, raw control characters in strings, escapes JSON does not define.
QString strictnessProblem(QByteArrayView bytes)
{
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0xEF && i + 2 < bytes.size() && static_cast<unsigned char>(bytes[i + 1]) == 0xBB
            && static_cast<unsigned char>(bytes[i + 2]) == 0xBF)
            return QStringLiteral("The JSON body contains a byte-order mark (U+FEFF) at byte %1; remove it.").arg(i);
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c < 0x20)
            return QStringLiteral("The JSON body has an unescaped control character in a string at byte %1.").arg(i);
        if (c == '"') {
            inString = false;
        } else if (c == '\\') {
            if (++i >= bytes.size() || !QByteArrayView("\"\\/bfnrtu").contains(bytes[i]))
                return QStringLiteral("The JSON body has an invalid escape sequence at byte %1.").arg(i - 1);
            // Qt writes an escaped U+FEFF back raw, where the same key confusion as above begins.
            const QByteArrayView hex = bytes.sliced(i + 1).first(std::min<qsizetype>(4, bytes.size() - i - 1));
            if (bytes[i] == 'u' && hex.compare("feff", Qt::CaseInsensitive) == 0)
                return QStringLiteral("The JSON body contains a byte-order mark (U+FEFF) at byte %1; remove it.").arg(i - 1);
        }
    }
    return {};
}
} // namespace

Result<QJsonDocument> parse(QByteArrayView bytes, ParseLimits limits)
{
    if (bytes.size() > limits.maxBytes)
        return fail(Error::validation(QStringLiteral("The JSON body is larger than %1 bytes.").arg(limits.maxBytes)));
    if (bytes.trimmed().isEmpty())
        return fail(Error::validation(QStringLiteral("The request body is empty; send a JSON document.")));
    const int depth = nestingDepth(bytes, limits.maxDepth);
    if (depth < 0)
        return fail(Error::validation(QStringLiteral("The body is not valid JSON: a bracket is closed that was never "
                                                     "opened.")));
    if (depth > limits.maxDepth)
        return fail(Error::validation(
            QStringLiteral("The JSON body is nested deeper than %1 levels; flatten it.").arg(limits.maxDepth)));
    if (const QString problem = strictnessProblem(bytes); !problem.isEmpty())
        return fail(Error::validation(problem));
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(Error::validation(QStringLiteral("The body is not valid JSON: %1 at byte %2.")
                                          .arg(error.errorString())
                                          .arg(error.offset)));
    return doc;
}

Status allowOnly(const QJsonObject &body, std::initializer_list<QStringView> allowed)
{
    QList<FieldError> unknown;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), QStringView(it.key())) == allowed.end())
            unknown.append({it.key(), QStringLiteral("is not a field you can set here")});
    }
    if (unknown.isEmpty())
        return {};
    return fail(Error::validation(QStringLiteral("The body has fields this request does not accept; remove them."),
                                  std::move(unknown)));
}

Result<QString> requiredString(const QJsonObject &body, QStringView field, qsizetype maxLength)
{
    const QJsonValue value = body.value(field);
    const QString name = field.toString();
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return fail(Error::validation(QStringLiteral("%1 is required.").arg(name),
                                      {{name, QStringLiteral("is required and must be a non-empty string")}}));
    const QString text = value.toString().trimmed();
    if (text.size() > maxLength)
        return fail(Error::validation(QStringLiteral("%1 is too long.").arg(name),
                                      {{name, QStringLiteral("must be at most %1 characters").arg(maxLength)}}));
    return text;
}

} // namespace Backroom::Domain::Json
