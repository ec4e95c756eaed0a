// SPDX-License-Identifier: MIT
#include "server/auth/base64url.h"

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

namespace {
constexpr auto flags = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

int sextet(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '-')
        return 62;
    if (c == '_')
        return 63;
    return -1;
}
} // namespace

QByteArray base64UrlEncode(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(flags);
}

// Qt's decoder (even with AbortOnBase64DecodingErrors) accepts '=' padding, a dangling single character and
// non-zero unused bits, so one value would have several accepted spellings; those are refused here first.
Domain::Result<QByteArray> base64UrlDecode(QByteArrayView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (sextet(text[i]) < 0)
            return fail(Error::validation(
                QStringLiteral("base64url text has a character outside A-Z a-z 0-9 - _ at offset %1%2.")
                    .arg(i)
                    .arg(text[i] == '=' ? QStringLiteral(" ('=' padding is not used in base64url)") : QString())));
    }
    const qsizetype rest = text.size() % 4;
    if (rest == 1)
        return fail(Error::validation(
            QStringLiteral("base64url text of %1 characters is truncated: a single character cannot encode a byte.")
                .arg(text.size())));
    if (rest != 0) {
        const int unusedBits = rest == 2 ? 0x0F : 0x03;
        if ((sextet(text.back()) & unusedBits) != 0)
            return fail(Error::validation(
                QStringLiteral("base64url text is not canonical: its last character carries bits beyond the data.")));
    }
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(), flags | QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return fail(Error::validation(QStringLiteral("base64url text could not be decoded.")));
    return std::move(decoded.decoded);
}

} // namespace Backroom::Server
