// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Backroom::Server {

// base64url as JOSE uses it (RFC 4648 §5, RFC 7515 §2): the URL-safe alphabet, no '=' padding.
QByteArray base64UrlEncode(QByteArrayView bytes);

// The strict inverse of base64UrlEncode: every byte string has exactly one text it accepts. Refuses
// (Validation, naming the offset) padding, '+', '/', whitespace or any other character outside
// A-Z a-z 0-9 '-' '_', a length that leaves a single character over, and a last character whose unused
// low bits are not zero. Any thread.
Domain::Result<QByteArray> base64UrlDecode(QByteArrayView text);

} // namespace Backroom::Server
